#!/usr/bin/env python3
"""Generate data-seed/holidays.json: China's statutory public holidays (days-off periods,
inclusive) and the make-up working days that fall on weekends, for 2025 to 2027.

Sources: 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号) and
国务院办公厅关于2026年部分节假日安排的通知.  The script checks that every make-up
day is a Saturday/Sunday and that periods do not overlap.

2027 is PROVISIONAL: its notice was not available when this was written. Its days off are
the statutory holidays of 《全国年节及纪念日放假办法》 (2024 revision): 元旦 1 day, 春节 4 days
(除夕 to 初三), 清明节 1, 劳动节 2 (1-2 May), 端午节 1, 中秋节 1, 国庆节 3 (1-3 October), a
holiday falling on a Saturday or Sunday made up on the following working days (第六条), and
the weekend next to a Friday/Monday holiday. Lunar dates from .NET's ChineseLunisolarCalendar
(春节 6 February, 端午 9 June, 中秋 15 September); 清明 5 April. No make-up working day is
entered: they are a choice of each year's notice and cannot be derived. When the notice is
published, check every 2027 date against it and add its make-up days (in the app: 节假日日历,
import of the year's JSON).

Usage: python3 data-seed/tools/make_holidays.py
"""
import sys
from datetime import date, timedelta

from seedjson import SEED_DIR, write_json

HOLIDAYS = [
    # 2025
    ("元旦", "2025-01-01", "2025-01-01"),
    ("春节", "2025-01-28", "2025-02-04"),
    ("清明节", "2025-04-04", "2025-04-06"),
    ("劳动节", "2025-05-01", "2025-05-05"),
    ("端午节", "2025-05-31", "2025-06-02"),
    ("国庆节、中秋节", "2025-10-01", "2025-10-08"),
    # 2026
    ("元旦", "2026-01-01", "2026-01-03"),
    ("春节", "2026-02-15", "2026-02-23"),
    ("清明节", "2026-04-04", "2026-04-06"),
    ("劳动节", "2026-05-01", "2026-05-05"),
    ("端午节", "2026-06-19", "2026-06-21"),
    ("中秋节", "2026-09-25", "2026-09-27"),
    ("国庆节", "2026-10-01", "2026-10-07"),
    # 2027, provisional (see the docstring): statutory days only, no make-up days yet.
    ("元旦", "2027-01-01", "2027-01-03"),
    ("春节", "2027-02-05", "2027-02-10"),
    ("清明节", "2027-04-03", "2027-04-05"),
    ("劳动节", "2027-05-01", "2027-05-04"),
    ("端午节", "2027-06-09", "2027-06-09"),
    ("中秋节", "2027-09-15", "2027-09-15"),
    ("国庆节", "2027-10-01", "2027-10-05"),
]

SOURCES = {
    "2025": "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号）",
    "2026": "国务院办公厅关于2026年部分节假日安排的通知",
    "2027": "暂按《全国年节及纪念日放假办法》推定，未含调休上班日；国务院办公厅2027年通知公布后须逐日核对并补录调休",
}

MAKE_UP_WORKDAYS = [
    ("2025-01-26", "春节"),
    ("2025-02-08", "春节"),
    ("2025-04-27", "劳动节"),
    ("2025-09-28", "国庆节、中秋节"),
    ("2025-10-11", "国庆节、中秋节"),
    ("2026-01-04", "元旦"),
    ("2026-02-14", "春节"),
    ("2026-02-28", "春节"),
    ("2026-05-09", "劳动节"),
    ("2026-09-20", "国庆节"),
    ("2026-10-10", "国庆节"),
]


def d(s):
    return date.fromisoformat(s)


def validate():
    errors = []
    days_off = {}
    for name, f, t in HOLIDAYS:
        if d(f) > d(t):
            errors.append(f"{name} {f}..{t}: from after to")
        x = d(f)
        while x <= d(t):
            if x in days_off:
                errors.append(f"{x} in both {days_off[x]} and {name}")
            days_off[x] = name
            x += timedelta(days=1)
    names_by_year = {(d(f).year, n) for n, f, _ in HOLIDAYS}
    for s, name in MAKE_UP_WORKDAYS:
        if d(s).weekday() < 5:
            errors.append(f"make-up day {s} is not a weekend day")
        if d(s) in days_off:
            errors.append(f"make-up day {s} falls inside {days_off[d(s)]}")
        if (d(s).year, name) not in names_by_year:
            errors.append(f"make-up day {s} refers to unknown holiday {name}")
    return errors


def main():
    errors = validate()
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    doc = {
        "source": "国务院办公厅关于2025年/2026年部分节假日安排的通知；2027年为推定安排，待通知公布后核对",
        "sources": SOURCES,
        "years": [2025, 2026, 2027],
        "holidays": [{"name": n, "from": f, "to": t} for n, f, t in HOLIDAYS],
        "makeUpWorkdays": [{"date": s, "for": n} for s, n in MAKE_UP_WORKDAYS],
    }
    path = write_json(SEED_DIR / "holidays.json", doc)
    wd = "一二三四五六日"
    print(f"wrote {path}: {len(HOLIDAYS)} holiday periods, {len(MAKE_UP_WORKDAYS)} make-up workdays")
    for s, n in MAKE_UP_WORKDAYS:
        print(f"  make-up {s} (周{wd[d(s).weekday()]}) for {n}")


if __name__ == "__main__":
    main()
