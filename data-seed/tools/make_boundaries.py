#!/usr/bin/env python3
"""Generate data-seed/map/streets.geojson: SCHEMATIC street/town boundaries.

Each street's cell is the Voronoi cell of its centroid (regions.json), clipped to
the city outline (map/city-outline.geojson).  Stdlib only:

  * project lon/lat to a local equirectangular plane, x = lon*cos(36.65 deg), y = lat,
    so that distances are (nearly) isotropic;
  * for each site, start with the outline polygon and clip it successively with the
    half-plane of points closer to this site than to each other site
    (Sutherland-Hodgman clipping against a line);
  * if the outline is concave, a clip can leave several pieces joined by zero-width
    "bridges" along a clip line; those are split apart into a MultiPolygon;
  * un-project and round to 5 decimals.

Checks printed on every run: every cell non-empty, every cell contains its own
centroid, and the cell areas sum to the outline area (within 0.5%).

These are NOT official boundaries.  To use the official ones, replace
map/streets.geojson with a FeatureCollection whose features carry the same
`code` property (the 9-digit street code of regions.json).

Usage: python3 data-seed/tools/make_boundaries.py
"""
import math
import sys

from seedjson import SEED_DIR, read_json, write_json

LAT0 = 36.65
COS0 = math.cos(math.radians(LAT0))
KM_X = 111.32  # km per projected unit (x already scaled by cos(lat0))
KM_Y = 110.95
EPS = 1e-12
AREA_TOLERANCE = 0.005


def project(lon, lat):
    return (lon * COS0, lat)


def unproject(x, y):
    return (x / COS0, y)


def ring_area(ring):
    a = 0.0
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        a += x1 * y2 - x2 * y1
    return a / 2.0


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            if x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
                inside = not inside
    return inside


def clip_halfplane(poly, a, b, c):
    """Keep the part of `poly` where a*x + b*y <= c (Sutherland-Hodgman)."""
    if not poly:
        return []
    out = []
    n = len(poly)
    for i in range(n):
        cur = poly[i]
        prev = poly[i - 1]
        fc = a * cur[0] + b * cur[1] - c
        fp = a * prev[0] + b * prev[1] - c
        cur_in = fc <= EPS
        prev_in = fp <= EPS
        if cur_in:
            if not prev_in:
                t = fp / (fp - fc)
                out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
            out.append(cur)
        elif prev_in:
            t = fp / (fp - fc)
            out.append((prev[0] + t * (cur[0] - prev[0]), prev[1] + t * (cur[1] - prev[1])))
    return dedupe(out)


def dedupe(ring, tol=1e-11):
    out = []
    for p in ring:
        if not out or abs(p[0] - out[-1][0]) > tol or abs(p[1] - out[-1][1]) > tol:
            out.append(p)
    while len(out) > 1 and abs(out[0][0] - out[-1][0]) <= tol and abs(out[0][1] - out[-1][1]) <= tol:
        out.pop()
    return out


def voronoi_cell(outline, sites, i):
    """Outline clipped by the bisector half-planes of site i, plus the clip lines used."""
    px, py = sites[i]
    poly = list(outline)
    lines = []
    # nearer sites first: the cell shrinks quickly and later clips are cheap
    order = sorted(range(len(sites)), key=lambda j: (sites[j][0] - px) ** 2 + (sites[j][1] - py) ** 2)
    for j in order:
        if j == i:
            continue
        qx, qy = sites[j]
        # |p - s_i|^2 <= |p - s_j|^2  <=>  2(qx-px) x + 2(qy-py) y <= |q|^2 - |p|^2
        a = 2 * (qx - px)
        b = 2 * (qy - py)
        c = qx * qx + qy * qy - px * px - py * py
        # skip bisectors that cannot touch the current polygon
        if all(a * x + b * y - c <= EPS for x, y in poly):
            continue
        poly = clip_halfplane(poly, a, b, c)
        lines.append((a, b, c))
        if len(poly) < 3:
            return [], lines
    return poly, lines


def split_bridges(ring, tol=1e-10):
    """Split a Sutherland-Hodgman result that consists of several pieces joined by
    zero-width bridges (an edge traversed forth and back along the same line)."""
    pieces = [ring]
    changed = True
    while changed:
        changed = False
        new_pieces = []
        for r in pieces:
            cut = find_bridge(r, tol)
            if cut is None:
                new_pieces.append(r)
                continue
            i, j = cut
            # r[i] -> r[i+1] and r[j] -> r[j+1] overlap in opposite directions:
            # piece A = r[i+1 .. j], piece B = r[j+1 .. i] (wrapping)
            n = len(r)
            a_piece = [r[k % n] for k in range(i + 1, j + 1)]
            b_piece = [r[k % n] for k in range(j + 1, i + n + 1)]
            for piece in (a_piece, b_piece):
                piece = dedupe(piece)
                if len(piece) >= 3 and abs(ring_area(piece)) > 1e-12:
                    new_pieces.append(piece)
            changed = True
        pieces = new_pieces
    return pieces


def find_bridge(r, tol):
    n = len(r)
    for i in range(n):
        a0, a1 = r[i], r[(i + 1) % n]
        dax, day = a1[0] - a0[0], a1[1] - a0[1]
        la = math.hypot(dax, day)
        if la < tol:
            continue
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            b0, b1 = r[j], r[(j + 1) % n]
            dbx, dby = b1[0] - b0[0], b1[1] - b0[1]
            lb = math.hypot(dbx, dby)
            if lb < tol:
                continue
            # opposite direction and collinear
            if dax * dbx + day * dby >= 0:
                continue
            if abs(dax * dby - day * dbx) > tol * la * lb * 1e3:
                continue
            if abs((b0[0] - a0[0]) * day - (b0[1] - a0[1]) * dax) / la > tol * 1e3:
                continue
            # overlapping extents along the line
            ta = sorted([0.0, la])
            tb = sorted([((b0[0] - a0[0]) * dax + (b0[1] - a0[1]) * day) / la,
                         ((b1[0] - a0[0]) * dax + (b1[1] - a0[1]) * day) / la])
            if min(ta[1], tb[1]) - max(ta[0], tb[0]) > tol:
                return i, j
    return None


def to_lonlat_ring(ring):
    pts = [unproject(x, y) for x, y in ring]
    if ring_area(ring) < 0:  # GeoJSON (RFC 7946): exterior rings counter-clockwise
        pts.reverse()
    out = [[round(lon, 5), round(lat, 5)] for lon, lat in pts]
    cleaned = []
    for p in out:
        if not cleaned or p != cleaned[-1]:
            cleaned.append(p)
    if cleaned[0] == cleaned[-1]:
        cleaned.pop()
    cleaned.append(list(cleaned[0]))
    return cleaned


def km2(area_projected):
    return abs(area_projected) * KM_X * KM_Y


def main():
    regions = read_json(SEED_DIR / "regions.json")
    outline_fc = read_json(SEED_DIR / "map" / "city-outline.geojson")
    geom = outline_fc["features"][0]["geometry"]
    if geom["type"] != "Polygon":
        sys.exit("city outline must be a single Polygon")
    outer = geom["coordinates"][0]
    if outer[0] == outer[-1]:
        outer = outer[:-1]
    outline = [project(lon, lat) for lon, lat in outer]
    if ring_area(outline) < 0:
        outline.reverse()
    outline_area = km2(ring_area(outline))

    streets = []
    for d in regions["districts"]:
        for s in d["streets"]:
            streets.append((s, d))
    sites = [project(s["lon"], s["lat"]) for s, _ in streets]

    features = []
    problems = []
    total_area = 0.0
    multipolygons = 0
    district_area = {}
    for i, (s, d) in enumerate(streets):
        cell, _ = voronoi_cell(outline, sites, i)
        if len(cell) < 3 or abs(ring_area(cell)) <= 0:
            problems.append(f"EMPTY cell: {s['code']} {s['name']}")
            continue
        pieces = split_bridges(cell)
        area = sum(km2(ring_area(p)) for p in pieces)
        total_area += area
        district_area[d["name"]] = district_area.get(d["name"], 0.0) + area
        if not any(point_in_ring(sites[i][0], sites[i][1], p) for p in pieces):
            problems.append(f"centroid outside its own cell: {s['code']} {s['name']}")
        if len(pieces) == 1:
            geometry = {"type": "Polygon", "coordinates": [to_lonlat_ring(pieces[0])]}
        else:
            multipolygons += 1
            geometry = {"type": "MultiPolygon", "coordinates": [[to_lonlat_ring(p)] for p in pieces]}
        features.append({
            "type": "Feature",
            "properties": {
                "code": s["code"],
                "name": s["name"],
                "districtCode": d["code"],
                "districtName": d["name"],
            },
            "geometry": geometry,
        })

    diff = abs(total_area - outline_area) / outline_area
    print(f"streets in regions.json : {len(streets)}")
    print(f"features written        : {len(features)} ({multipolygons} MultiPolygon)")
    print(f"non-empty cells         : {'OK' if not any(p.startswith('EMPTY') for p in problems) else 'FAIL'}")
    print(f"centroid inside own cell: {'OK' if not any(p.startswith('centroid') for p in problems) else 'FAIL'}")
    print(f"outline area            : {outline_area:,.1f} km2")
    print(f"sum of cell areas       : {total_area:,.1f} km2 (difference {diff * 100:.4f}%, "
          f"{'OK' if diff <= AREA_TOLERANCE else 'FAIL'} <= {AREA_TOLERANCE * 100}%)")
    print("schematic area by district/zone (km2):")
    for d in regions["districts"]:
        print(f"  {d['code']} {d['name']}: {district_area.get(d['name'], 0.0):,.0f}")
    for p in problems:
        print("PROBLEM:", p)
    if problems or diff > AREA_TOLERANCE or len(features) != len(streets):
        sys.exit(1)
    fc = {"type": "FeatureCollection", "features": features}
    path = write_json(SEED_DIR / "map" / "streets.geojson", fc, collapse_numeric_arrays=True)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
