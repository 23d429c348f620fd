"""Shared helpers for the data-seed generator scripts (stdlib only).

All seed files are written as UTF-8 without BOM, pretty-printed with a
2-space indent and ensure_ascii=False so Chinese stays readable.  Innermost
numeric arrays (coordinate pairs) are collapsed onto one line to keep the
GeoJSON files readable.
"""
import json
import re
from pathlib import Path

SEED_DIR = Path(__file__).resolve().parent.parent

_NUM = r"-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?"
_NUM_ARRAY = re.compile(r"\[\s*(" + _NUM + r"(?:,\s*" + _NUM + r")*)\s*\]")


def dumps(obj, collapse_numeric_arrays=False):
    text = json.dumps(obj, ensure_ascii=False, indent=2)
    if collapse_numeric_arrays:
        text = _NUM_ARRAY.sub(
            lambda m: "[" + ", ".join(p.strip() for p in m.group(1).split(",")) + "]", text)
    return text + "\n"


def write_json(path, obj, collapse_numeric_arrays=False):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = dumps(obj, collapse_numeric_arrays)
    json.loads(text)  # sanity: still valid JSON
    path.write_bytes(text.encode("utf-8"))  # no BOM
    return path


def read_json(path):
    return json.loads(Path(path).read_bytes().decode("utf-8"))
