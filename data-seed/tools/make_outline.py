#!/usr/bin/env python3
"""Generate data-seed/map/city-outline.geojson: a hand-drawn, approximate outline of
济南市's administrative area (WGS84 lon/lat, single counter-clockwise ring).

The vertices were drawn from general knowledge of Jinan's shape: 商河 in the far
north (~37.55), 济阳 and the Yellow River belt, the main urban area, 南部山区 and
长清 in the south, 平阴 in the south-west (~116.2), 莱芜/钢城 in the south-east
(~36.0).  It is NOT survey data.  The script checks that every street centroid of
regions.json lies inside with at least MIN_MARGIN_KM margin.

Usage: python3 data-seed/tools/make_outline.py
"""
import math
import sys

from seedjson import SEED_DIR, read_json, write_json

MIN_MARGIN_KM = 2.0
LAT0 = 36.65
KX = math.cos(math.radians(LAT0)) * 111.32  # km per degree of longitude at LAT0
KY = 110.95                                  # km per degree of latitude (~36.6N)

# Counter-clockwise: from the northern tip down the west side, along the south, up the east side.
OUTLINE = [
    (117.15, 37.52),   # 商河 north
    (117.03, 37.49),
    (116.97, 37.43),
    (116.95, 37.35),   # 商河 west
    (116.95, 37.25),
    (116.98, 37.16),
    (116.99, 37.06),   # 济阳 west (垛石)
    (116.95, 36.96),
    (116.91, 36.88),
    (116.88, 36.81),   # 天桥 桑梓店 west, along the Yellow River
    (116.84, 36.76),
    (116.77, 36.72),   # 槐荫 玉清湖 west
    (116.72, 36.67),
    (116.66, 36.65),   # 长清 归德 north-west
    (116.58, 36.56),
    (116.53, 36.48),
    (116.44, 36.44),   # 长清 孝里 / 平阴 border on the Yellow River
    (116.35, 36.41),
    (116.27, 36.34),
    (116.24, 36.26),   # 平阴 west
    (116.27, 36.17),
    (116.33, 36.11),
    (116.40, 36.08),   # 平阴 south
    (116.49, 36.11),
    (116.57, 36.19),
    (116.67, 36.26),   # 长清 south-west
    (116.79, 36.29),
    (116.91, 36.27),
    (117.02, 36.26),   # 长清 万德 south (泰山 north slope)
    (117.11, 36.29),
    (117.21, 36.33),   # 南部山区 south
    (117.30, 36.325),
    (117.39, 36.28),
    (117.41, 36.18),   # 莱芜 west
    (117.47, 36.10),
    (117.57, 36.04),
    (117.65, 36.00),   # 钢城 south-west
    (117.75, 35.97),
    (117.88, 35.98),
    (117.93, 36.03),   # 钢城 east
    (117.95, 36.15),
    (117.93, 36.27),   # 莱芜 苗山 east
    (117.89, 36.40),
    (117.81, 36.47),
    (117.71, 36.52),
    (117.67, 36.58),   # 章丘 垛庄 south-east
    (117.73, 36.65),
    (117.76, 36.75),   # 章丘 相公庄 east
    (117.71, 36.85),
    (117.67, 36.92),   # 章丘 刁镇 north-east
    (117.56, 36.97),
    (117.46, 36.98),   # 章丘 黄河 on the Yellow River
    (117.43, 37.06),   # 济阳 仁风 east
    (117.41, 37.15),
    (117.39, 37.25),   # 商河 east
    (117.385, 37.35),
    (117.365, 37.44),
    (117.29, 37.49),
    (117.21, 37.515),
]


def signed_area(ring):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    for i in range(n):
        x1, y1 = ring[i]
        x2, y2 = ring[(i + 1) % n]
        if (y1 > y) != (y2 > y):
            xi = x1 + (y - y1) * (x2 - x1) / (y2 - y1)
            if xi > x:
                inside = not inside
    return inside


def seg_dist(px, py, ax, ay, bx, by):
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def margin_km(lon, lat, ring):
    km = [(x * KX, y * KY) for x, y in ring]
    px, py = lon * KX, lat * KY
    return min(seg_dist(px, py, *km[i], *km[(i + 1) % len(km)]) for i in range(len(km)))


def self_intersects(ring):
    n = len(ring)

    def cross(o, a, b):
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    for i in range(n):
        a, b = ring[i], ring[(i + 1) % n]
        for j in range(i + 2, n):
            if i == 0 and j == n - 1:
                continue
            c, d = ring[j], ring[(j + 1) % n]
            if (cross(a, b, c) * cross(a, b, d) < 0) and (cross(c, d, a) * cross(c, d, b) < 0):
                return True
    return False


def main():
    ring = list(OUTLINE)
    errors = []
    if signed_area(ring) <= 0:
        errors.append("outline is not counter-clockwise")
    if self_intersects(ring):
        errors.append("outline self-intersects")
    regions = read_json(SEED_DIR / "regions.json")
    worst = None
    for d in regions["districts"]:
        for s in d["streets"]:
            if not point_in_ring(s["lon"], s["lat"], ring):
                errors.append(f"{s['name']} ({s['lon']}, {s['lat']}) is outside the outline")
                continue
            m = margin_km(s["lon"], s["lat"], ring)
            if worst is None or m < worst[0]:
                worst = (m, s["name"])
            if m < MIN_MARGIN_KM:
                errors.append(f"{s['name']} is only {m:.2f} km from the outline")
    area_km2 = abs(signed_area([(x * KX, y * KY) for x, y in ring]))
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    closed = [[round(x, 5), round(y, 5)] for x, y in ring] + [[round(ring[0][0], 5), round(ring[0][1], 5)]]
    fc = {
        "type": "FeatureCollection",
        "features": [{
            "type": "Feature",
            "properties": {"code": "370100", "name": "济南市"},
            "geometry": {"type": "Polygon", "coordinates": [closed]},
        }],
    }
    path = write_json(SEED_DIR / "map" / "city-outline.geojson", fc, collapse_numeric_arrays=True)
    print(f"wrote {path}: {len(ring)} vertices, area ~{area_km2:,.0f} km2 (real: ~10,244 km2)")
    print(f"smallest centroid-to-outline margin: {worst[0]:.2f} km ({worst[1]})")


if __name__ == "__main__":
    main()
