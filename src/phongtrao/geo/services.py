"""Rules of the geo app: loading the shipped unit data, resolving free text to units."""
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from django.db import transaction

from phongtrao.core.db import analyze
from phongtrao.core.text import fold

from .gazetteer import Gazetteer
from .models import LEGACY_ROOT, AdminUnit, Level, UnitSuccession

DATA_FILE = Path(__file__).parent / "data" / "units.json"
LEVEL_ORDER = (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE)
FIELDS = ("level", "kind", "name", "full_name", "name_folded", "parent_id", "path", "valid_from", "valid_to", "lat", "lon")


@dataclass
class LoadReport:
    created: int = 0
    updated: int = 0
    successions_created: int = 0
    successions_deleted: int = 0

    def __str__(self):
        return (
            f"{self.created} created, {self.updated} updated, "
            f"crosswalk +{self.successions_created} -{self.successions_deleted}"
        )


def _rows(data: dict, is_current: bool):
    """Fixture rows of one era, parents before children."""
    rows = data["current" if is_current else "legacy"]
    return sorted(rows, key=lambda r: LEVEL_ORDER.index(r["level"]))


def _load_era(data: dict, is_current: bool, report: LoadReport) -> dict[str, int]:
    meta = data["meta"]
    valid_from = date.fromisoformat(meta["effective_from"]) if is_current else None
    valid_to = None if is_current else date.fromisoformat(meta["legacy_valid_to"])
    existing = {u.code: u for u in AdminUnit.objects.filter(is_current=is_current)}
    ids = {code: u.pk for code, u in existing.items()}
    paths: dict[str, str] = {}
    for level in LEVEL_ORDER:
        new, changed = [], []
        for row in (r for r in _rows(data, is_current) if r["level"] == level):
            parent = row.get("parent")
            root = "" if is_current else LEGACY_ROOT
            paths[row["code"]] = (paths[parent] if parent else root) + row["code"] + "/"
            values = {
                "level": level, "kind": row["kind"], "name": row["name"], "full_name": row["full_name"],
                "name_folded": fold(row["full_name"]), "parent_id": ids.get(parent) if parent else None,
                "path": paths[row["code"]], "valid_from": valid_from, "valid_to": valid_to,
                "lat": row.get("lat"), "lon": row.get("lon"),
            }
            unit = existing.get(row["code"])
            if unit is None:
                new.append(AdminUnit(code=row["code"], is_current=is_current, **values))
            elif any(getattr(unit, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(unit, f, v)
                changed.append(unit)
        for unit in AdminUnit.objects.bulk_create(new, batch_size=2000):
            ids[unit.code] = unit.pk
        if changed:
            AdminUnit.objects.bulk_update(changed, FIELDS, batch_size=2000)
        report.created += len(new)
        report.updated += len(changed)
    return ids


def _load_crosswalk(data: dict, current_ids: dict, legacy_ids: dict, report: LoadReport) -> None:
    wanted = {
        (legacy_ids[r["legacy"]], current_ids[r["current"]]): bool(r.get("partial"))
        for r in data["crosswalk"]
        if r["legacy"] in legacy_ids and r["current"] in current_ids
    }
    have = {(s.predecessor_id, s.successor_id): s for s in UnitSuccession.objects.all()}
    stale = [s.pk for key, s in have.items() if key not in wanted or s.partial != wanted[key]]
    UnitSuccession.objects.filter(pk__in=stale).delete()
    kept = {key for key, s in have.items() if s.pk not in stale}
    new = [
        UnitSuccession(predecessor_id=p, successor_id=s, partial=partial)
        for (p, s), partial in wanted.items()
        if (p, s) not in kept
    ]
    UnitSuccession.objects.bulk_create(new, batch_size=5000)
    report.successions_created += len(new)
    report.successions_deleted += len(stale)


def load_units(path: Path = DATA_FILE) -> LoadReport:
    """Create or update every unit and crosswalk row from the shipped fixture; idempotent."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    report = LoadReport()
    with transaction.atomic():
        current_ids = _load_era(data, True, report)
        legacy_ids = _load_era(data, False, report)
        _load_crosswalk(data, current_ids, legacy_ids, report)
    if report.created or report.updated or report.successions_created:
        analyze(AdminUnit, UnitSuccession)
    return report


@dataclass(frozen=True)
class Resolution:
    """A place resolved to the current unit, and the legacy unit the text named, if any."""

    unit: AdminUnit
    legacy: AdminUnit | None
    score: float


def resolve_place(text: str, *, parent: str | None = None, limit: int = 5) -> list[Resolution]:
    """Free text → ranked current units (through the in-memory gazetteer), as database rows."""
    matches = Gazetteer.default().lookup(text, parent=parent, limit=limit)
    keys = {(m.unit.code, True) for m in matches} | {(m.legacy.code, False) for m in matches if m.legacy}
    rows = {
        (u.code, u.is_current): u
        for u in AdminUnit.objects.filter(code__in={c for c, _ in keys}).select_related("parent")
    }
    return [
        Resolution(rows[(m.unit.code, True)], rows.get((m.legacy.code, False)) if m.legacy else None, m.score)
        for m in matches
        if (m.unit.code, True) in rows
    ]
