#!/usr/bin/env python3
"""Generate data-seed/agencies.json from regions.json: every enforcement agency at
city, district (区/县/功能区) and street (街道/镇) level.

  code       = region code + "-" + sector abbreviation (e.g. 370102-CGZF)
  level      = City | District | Street
  sector     = see SECTOR_ABBR
  regionCode = the region the agency belongs to
  parentCode = city agencies: null; district agencies: the city department with the
               same abbreviation; street teams: the district's CGZF agency

District-level line-ups are realistic but schematic (which bureaus exist and their
exact names vary by district and over time).

Usage: python3 data-seed/tools/make_agencies.py
"""
import sys

from seedjson import SEED_DIR, read_json, write_json

SECTOR_ABBR = {
    "UrbanManagement": "CGZF",
    "MarketRegulation": "SCJG",
    "Ecology": "STHJ",
    "Transport": "JTYS",
    "EmergencyManagement": "YJGL",
    "CultureTourism": "WHLY",
    "Agriculture": "NYNC",
    "Health": "WSJK",
    "NaturalResources": "ZRZY",
    "Housing": "ZFCJ",
    "Water": "SW",
    "Education": "JY",
    "HumanResources": "RSBZ",
    "PublicSecurity": "GA",
    "Forestry": "YLLY",
    "Comprehensive": "ZHZF",
}
ABBR_SECTOR = {v: k for k, v in SECTOR_ABBR.items()}

CITY_CODE = "370100"

# The 33 city departments: (abbreviation, name, sector)
CITY_DEPARTMENTS = [
    ("CGZF", "济南市城市管理局", "UrbanManagement"),
    ("SCJG", "济南市市场监督管理局", "MarketRegulation"),
    ("STHJ", "济南市生态环境局", "Ecology"),
    ("JTYS", "济南市交通运输局", "Transport"),
    ("YJGL", "济南市应急管理局", "EmergencyManagement"),
    ("WHLY", "济南市文化和旅游局", "CultureTourism"),
    ("NYNC", "济南市农业农村局", "Agriculture"),
    ("WSJK", "济南市卫生健康委员会", "Health"),
    ("ZRZY", "济南市自然资源和规划局", "NaturalResources"),
    ("ZFCJ", "济南市住房和城乡建设局", "Housing"),
    ("SW", "济南市水务局", "Water"),
    ("JY", "济南市教育局", "Education"),
    ("RSBZ", "济南市人力资源和社会保障局", "HumanResources"),
    ("GA", "济南市公安局", "PublicSecurity"),
    ("YLLY", "济南市园林和林业绿化局", "Forestry"),
    ("MZ", "济南市民政局", "Other"),
    ("SWJ", "济南市商务局", "Other"),
    ("FGW", "济南市发展和改革委员会", "Other"),
    ("GXJ", "济南市工业和信息化局", "Other"),
    ("KJJ", "济南市科学技术局", "Other"),
    ("CZJ", "济南市财政局", "Other"),
    ("TJJ", "济南市统计局", "Other"),
    ("YBJ", "济南市医疗保障局", "Other"),
    ("TYJ", "济南市体育局", "Other"),
    ("RFB", "济南市人民防空办公室", "Other"),
    ("MZZJ", "济南市民族宗教事务局", "Other"),
    ("TYJR", "济南市退役军人事务局", "Other"),
    ("QXJ", "济南市气象局", "Other"),
    ("XFZD", "济南市消防救援支队", "Other"),
    ("JRJ", "济南市地方金融监督管理局", "Other"),
    ("YC", "济南市烟草专卖局", "Other"),
    ("SFJ", "济南市司法局", "Other"),
    ("DZJ", "济南市地震局", "Other"),
]

# Per district / county / function zone:
#   prefix  - used for "<prefix>市场监督管理局" etc.
#   branch  - used for the city bureaus' branch offices: "济南市生态环境局<branch>分局"
#   bureaus - abbreviations of the district-level bureaus that exist there
URBAN = ["CGZF", "SCJG", "STHJ", "YJGL", "WHLY", "WSJK", "ZFCJ", "SW", "ZRZY"]
SUBURBAN = URBAN + ["NYNC"]
RURAL = SUBURBAN + ["JTYS"]
DISTRICT_SETUP = {
    "370102": ("历下区", "历下", URBAN),
    "370103": ("市中区", "市中", SUBURBAN),
    "370104": ("槐荫区", "槐荫", SUBURBAN),
    "370105": ("天桥区", "天桥", SUBURBAN),
    "370112": ("历城区", "历城", RURAL),
    "370113": ("长清区", "长清", RURAL),
    "370114": ("章丘区", "章丘", RURAL),
    "370115": ("济阳区", "济阳", RURAL),
    "370116": ("莱芜区", "莱芜", RURAL),
    "370117": ("钢城区", "钢城", RURAL),
    "370124": ("平阴县", "平阴", RURAL),
    "370126": ("商河县", "商河", RURAL),
    "370171": ("济南高新区", "高新", ["CGZF", "SCJG", "STHJ", "YJGL", "WHLY", "WSJK", "ZFCJ", "ZRZY"]),
    "370172": ("济南新旧动能转换起步区", "起步区", ["CGZF", "SCJG", "STHJ", "YJGL", "JTYS", "NYNC", "ZFCJ", "SW", "ZRZY"]),
    "370173": ("济南市南部山区", "南部山区", ["CGZF", "SCJG", "STHJ", "YJGL", "WHLY", "NYNC", "ZFCJ", "SW", "ZRZY"]),
}

# Order in which district bureaus are listed
BUREAU_ORDER = ["CGZF", "SCJG", "STHJ", "YJGL", "JTYS", "WHLY", "NYNC", "WSJK", "ZFCJ", "SW", "ZRZY"]


def district_bureau_name(abbr, prefix, branch, kind):
    if abbr == "CGZF":
        # districts: 城市管理局; counties: 综合行政执法局; function zones: 城市管理局
        return prefix + ("综合行政执法局" if kind == "County" else "城市管理局")
    if abbr == "STHJ":
        return f"济南市生态环境局{branch}分局"
    if abbr == "ZRZY":
        return f"济南市自然资源和规划局{branch}分局"
    suffix = {
        "SCJG": "市场监督管理局",
        "YJGL": "应急管理局",
        "JTYS": "交通运输局",
        "WHLY": "文化和旅游局",
        "NYNC": "农业农村局",
        "WSJK": "卫生健康局",
        "ZFCJ": "住房和城乡建设局",
        "SW": "水务局",
    }[abbr]
    return prefix + suffix


def agency(code, name, level, sector, region, parent):
    return {"code": code, "name": name, "level": level, "sector": sector,
            "regionCode": region, "parentCode": parent}


def build(regions):
    out = []
    for abbr, name, sector in CITY_DEPARTMENTS:
        out.append(agency(f"{CITY_CODE}-{abbr}", name, "City", sector, CITY_CODE, None))
    for d in regions["districts"]:
        prefix, branch, bureaus = DISTRICT_SETUP[d["code"]]
        for abbr in BUREAU_ORDER:
            if abbr not in bureaus:
                continue
            out.append(agency(f"{d['code']}-{abbr}", district_bureau_name(abbr, prefix, branch, d["kind"]),
                              "District", ABBR_SECTOR[abbr], d["code"], f"{CITY_CODE}-{abbr}"))
    for d in regions["districts"]:
        for s in d["streets"]:
            suffix = "综合行政执法队" if s["kind"] == "Street" else "综合行政执法办公室"
            out.append(agency(f"{s['code']}-ZHZF", s["name"] + suffix, "Street", "Comprehensive",
                              s["code"], f"{d['code']}-CGZF"))
    return out


def validate(agencies, regions):
    errors = []
    codes = {}
    for a in agencies:
        if a["code"] in codes:
            errors.append(f"duplicate code {a['code']}")
        codes[a["code"]] = a
    names = [a["name"] for a in agencies]
    if len(names) != len(set(names)):
        errors.append("duplicate agency names")
    region_codes = {CITY_CODE} | {d["code"] for d in regions["districts"]} | {
        s["code"] for d in regions["districts"] for s in d["streets"]}
    valid_sectors = set(SECTOR_ABBR) | {"Other"}
    for a in agencies:
        if a["sector"] not in valid_sectors:
            errors.append(f"bad sector {a['sector']} ({a['code']})")
        if a["regionCode"] not in region_codes:
            errors.append(f"unknown region {a['regionCode']} ({a['code']})")
        if not a["code"].startswith(a["regionCode"] + "-"):
            errors.append(f"code/region mismatch {a['code']}")
        if a["parentCode"] is not None:
            p = codes.get(a["parentCode"])
            if p is None:
                errors.append(f"missing parent {a['parentCode']} ({a['code']})")
            elif {"City": 0, "District": 1, "Street": 2}[p["level"]] >= {"City": 0, "District": 1, "Street": 2}[a["level"]]:
                errors.append(f"parent level not above child ({a['code']})")
        elif a["level"] != "City":
            errors.append(f"non-city agency without parent ({a['code']})")
    city = [a for a in agencies if a["level"] == "City"]
    if len(city) != 33:
        errors.append(f"expected 33 city departments, got {len(city)}")
    for d in regions["districts"]:
        if f"{d['code']}-CGZF" not in codes:
            errors.append(f"district {d['name']} has no CGZF agency")
    return errors


def main():
    regions = read_json(SEED_DIR / "regions.json")
    agencies = build(regions)
    errors = validate(agencies, regions)
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    path = write_json(SEED_DIR / "agencies.json", agencies)
    by_level = {}
    for a in agencies:
        by_level[a["level"]] = by_level.get(a["level"], 0) + 1
    print(f"wrote {path}: {len(agencies)} agencies, by level {by_level}")
    for d in regions["districts"]:
        n = sum(1 for a in agencies if a["level"] == "District" and a["regionCode"] == d["code"])
        print(f"  {d['code']} {d['name']}: {n} district-level bureaus")


if __name__ == "__main__":
    main()
