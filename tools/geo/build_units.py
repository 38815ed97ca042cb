"""Generate src/phongtrao/geo/data/units.json (administrative units, legacy units, crosswalk) once, offline.

Needs Python >= 3.12 and exactly these packages (pip on 3.11 silently serves an older vietnam-provinces):
    ~/.pyenv/versions/3.12.1/bin/python -m venv /tmp/geogen
    /tmp/geogen/bin/pip install vietnam-provinces==2026.9.0 vietnamadminunits==1.0.4
    /tmp/geogen/bin/python tools/geo/build_units.py
Sources: vietnam-provinces 2026.9.0 (GPL-3.0-or-later) for every name, code, level and the official
conversion table; vietnamadminunits 1.0.4 (MIT) for coordinates of current units only, matched by code.
Only facts (official names, statistics codes, mappings, coordinates) are copied; see PROVENANCE.md.
"""
import json
import sqlite3
import sys
from collections import Counter, defaultdict
from datetime import date
from importlib.metadata import version
from pathlib import Path

import vietnam_provinces
import vietnamadminunits
from vietnam_provinces import Province, Ward
from vietnam_provinces import _province_conversion_2025 as province_table
from vietnam_provinces import _ward_conversion_2025 as ward_table
from vietnam_provinces.legacy import District as LegacyDistrict
from vietnam_provinces.legacy import Province as LegacyProvince
from vietnam_provinces.legacy import Ward as LegacyWard

OUT = Path(__file__).resolve().parents[2] / "src" / "phongtrao" / "geo" / "data" / "units.json"
PINS = {"vietnam-provinces": "2026.9.0", "vietnamadminunits": "1.0.4"}
KINDS = ("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Tỉnh", "Quận", "Huyện", "Phường", "Xã")
WIDTH = {"province": 2, "district": 3, "commune": 5}
LEGACY_WARDS_FILE = "Xa_2025-01-04.csv"  # vietnam-provinces README: the seed list of pre-2025 units


def split_name(full: str) -> tuple[str, str]:
    """'Thành Phố Bắc Kạn' → ('Thành phố', 'Bắc Kạn'): canonical level word and bare name."""
    for kind in KINDS:
        if full.lower().startswith(kind.lower() + " "):
            return kind, full[len(kind) + 1:].strip()
    raise ValueError(f"no level word in {full!r}")


def unit(obj, level: str, parent: str | None, coords: dict | None = None) -> dict:
    code = f"{int(obj.code):0{WIDTH[level]}d}"
    kind, name = split_name(obj.name)
    row = {"code": code, "level": level, "kind": kind, "name": name, "full_name": f"{kind} {name}", "parent": parent}
    if coords is not None:
        lat, lon = coords.get(code, (None, None))
        row |= {"lat": lat, "lon": lon}
    return row


def current_coords() -> dict[str, tuple[float, float]]:
    """Code → (lat, lon): a point per current ward, the centroid given per current province."""
    db = Path(vietnamadminunits.__file__).parent / "data" / "dataset.db"
    with sqlite3.connect(db) as conn:
        sql = "SELECT provinceCode, provinceLat, provinceLon, wardCode, wardLat, wardLon FROM admin_units"
        rows = conn.execute(sql)
        coords = {}
        for pcode, plat, plon, wcode, wlat, wlon in rows:
            coords[pcode] = (round(plat, 5), round(plon, 5))
            coords[wcode] = (round(wlat, 5), round(wlon, 5))
    return coords


def current_units() -> list[dict]:
    coords = current_coords()
    provinces = [unit(p, "province", None, coords) for p in Province.iter_all()]
    wards = [unit(w, "commune", f"{int(w.province_code):02d}", coords) for w in Ward.iter_all()]
    return provinces + wards


def legacy_units() -> list[dict]:
    provinces = [unit(p, "province", None) for p in LegacyProvince.iter_all()]
    districts = [unit(d, "district", f"{int(d.province_code):02d}") for d in LegacyDistrict.iter_all()]
    wards = [unit(w, "commune", f"{int(w.district_code):03d}") for w in LegacyWard.iter_all()]
    return provinces + districts + wards


def commune_rows(legacy_codes: set[str]) -> tuple[list[dict], list[int]]:
    """Official conversion table, legacy ward → new ward(s); codes unknown to the legacy list are skipped."""
    rows, skipped = [], []
    for code, entry in ward_table.OLD_TO_NEW.items():
        if f"{code:05d}" not in legacy_codes:
            skipped.append(code)
            continue
        partial = entry.old_ward.is_partly_merged or len(entry.new_wards) > 1
        rows += [{"legacy": f"{code:05d}", "current": f"{n.code:05d}", "partial": partial} for n in entry.new_wards]
    return rows, skipped


def rolled_up(commune_rows: list[dict], legacy: list[dict], current: list[dict]) -> list[dict]:
    """Legacy provinces and districts → the current province(s) their communes went to (partial if several)."""
    parent = {u["code"]: u["parent"] for u in legacy}
    province_of = {u["code"]: u["parent"] for u in current if u["level"] == "commune"}
    targets = defaultdict(set)
    for row in commune_rows:
        district = parent[row["legacy"]]
        targets[district].add(province_of[row["current"]])
        targets[parent[district]].add(province_of[row["current"]])
    rows = []
    for u in (u for u in legacy if u["level"] != "commune"):
        found = targets.get(u["code"]) or targets[u["parent"]]  # a district without communes follows its province
        rows += [{"legacy": u["code"], "current": p, "partial": len(found) > 1} for p in sorted(found)]
    return rows


def island_rows(legacy: list[dict], current: list[dict]) -> list[dict]:
    """Island districts that had no communes became special zones (đặc khu) of the same name."""
    has_children = {u["parent"] for u in legacy if u["level"] == "commune"}
    zones = {u["name"]: u["code"] for u in current if u["kind"] == "Đặc khu"}
    return [
        {"legacy": u["code"], "current": zones[u["name"]], "partial": False}
        for u in legacy
        if u["level"] == "district" and u["code"] not in has_children and u["name"] in zones
    ]


def check_provinces(rows: list[dict]) -> list[str]:
    """Differences between our roll-up and the package's own province table (printed, not fatal)."""
    ours = defaultdict(set)
    for r in rows:
        ours[r["legacy"]].add(r["current"])
    theirs = {f"{k:02d}": {f"{n.code:02d}" for n in v.new_provinces} for k, v in province_table.OLD_TO_NEW.items()}
    return [f"{k}: ours {sorted(ours[k])} package {sorted(v)}" for k, v in sorted(theirs.items()) if ours[k] != v]


def report(data: dict, skipped: list[int]) -> None:
    cur, leg, cw = data["current"], data["legacy"], data["crosswalk"]
    levels = Counter(u["level"] for u in cur), Counter(u["level"] for u in leg)
    kinds = Counter(u["kind"] for u in cur if u["level"] == "commune")
    mapped = {r["legacy"] for r in cw}
    communes = [u for u in leg if u["level"] == "commune"]
    unmapped = [u for u in communes if u["code"] not in mapped]
    split = Counter(r["legacy"] for r in cw if r["legacy"] in {u["code"] for u in communes})
    print("current:", dict(levels[0]), dict(kinds))
    print("legacy:", dict(levels[1]))
    print(f"crosswalk rows: {len(cw)}; legacy communes split over several: {sum(1 for n in split.values() if n > 1)}")
    print(f"legacy communes unmapped: {len(unmapped)}:", ", ".join(f"{u['code']} {u['full_name']}" for u in unmapped))
    print(f"conversion-table codes absent from the legacy list (skipped): {len(skipped)}: {sorted(skipped)}")
    print("province roll-up vs package table:", check_provinces([r for r in cw if len(r["legacy"]) == 2]) or "same")
    print("without coordinates:", sum(1 for u in cur if u["lat"] is None))
    assert (levels[0]["province"], levels[0]["commune"]) == (34, 3321)
    assert kinds == {"Xã": 2621, "Phường": 687, "Đặc khu": 13}
    assert (levels[1]["province"], levels[1]["district"], levels[1]["commune"]) == (63, 696, 10051)


def main() -> int:
    for package, pinned in PINS.items():
        if version(package) != pinned:
            sys.exit(f"{package} {version(package)} installed, {pinned} pinned")
    current, legacy = current_units(), legacy_units()
    communes, skipped = commune_rows({u["code"] for u in legacy if u["level"] == "commune"})
    crosswalk = (
        rolled_up(communes, legacy, current)
        + island_rows(legacy, current)
        + communes
    )
    meta = {
        "sources": [
            {"package": "vietnam-provinces", "version": PINS["vietnam-provinces"], "license": "GPL-3.0-or-later",
             "used_for": "names, kinds, statistics codes and hierarchy of current and legacy units; crosswalk from the "
                         f"official conversion table {ward_table.SOURCE}",
             "upstream": "National Statistics Office of Viet Nam, danhmuchanhchinh.nso.gov.vn"},
            {"package": "vietnamadminunits", "version": PINS["vietnamadminunits"], "license": "MIT",
             "used_for": "lat/lon of current provinces and communes, matched by statistics code",
             "upstream": "the package README names danhmuchanhchinh.gso.gov.vn, sapnhap.bando.com.vn and the Google "
                         "Geocoding API; the source of each point is not recorded: approximate, for maps only"},
        ],
        "data_date": vietnam_provinces.__data_version__,
        "legacy_data_date": "2025-01-04",
        "legacy_source": LEGACY_WARDS_FILE,
        "generated": date.today().isoformat(),
        "effective_from": ward_table.EFFECTIVE_DATE,
        "legacy_valid_to": "2025-06-30",
    }
    data = {"meta": meta, "current": current, "legacy": legacy, "crosswalk": crosswalk}
    report(data, skipped)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"written {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
