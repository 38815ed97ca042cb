"""Import of 124,000 sites from CSV and from XLSX: seconds, peak memory, and the ratio to a bulk_create floor."""
import csv
import json
import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from django.db import connection, transaction

ROWS = 124_000
ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
USERNAME = "bench.import"
CHILD = """
import json, resource, sys
import django
django.setup()
from phongtrao.accounts.models import User
from phongtrao.initiatives.importing import import_sites
report = import_sites(sys.argv[1], user=User.objects.get(username=sys.argv[2]), dry_run=False)
print(json.dumps({"errors": report.errors[:5], "created": report.created, "seconds": report.seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""
"""Runs in a fresh process so that its peak memory is the import's own (Django and the gazetteer included)."""


def _places():
    """(code, commune name, province name) per current commune; the name is a legacy one where that resolves."""
    from phongtrao.geo.gazetteer import Gazetteer

    gazetteer = Gazetteer.default()
    places = []
    for unit in gazetteer.units():
        if unit.level != "commune":
            continue
        province = gazetteer.get(unit.parent).name
        legacy = [u for u, _partial in gazetteer.predecessors(unit.code) if u.level == "commune"]
        for name in [u.full_name for u in legacy[:1]] + [unit.full_name]:
            found = gazetteer.lookup(name, parent=province)
            if found and found[0].unit.code == unit.code and (len(found) == 1 or found[0].score > found[1].score):
                break
        else:
            name = ""
        places.append((unit.code, name, province))
    return places


def _rows(type_names, places):
    """Rows as a province would send them: codes for most, names (legacy where possible) for every fourth."""
    for i in range(ROWS):
        code, name, province = places[i % len(places)]
        by_name = i % 4 == 0 and name
        started = date(2005 + i % 20, 1 + i % 12, 1 + i % 28)
        yield [f"Điểm thử nhập {i}", type_names[i % len(type_names)], "" if by_name else code,
               name if by_name else "", province if by_name else "", f"Số {i} đường Thử Nhập", f"Tổ {i % 40}",
               started.strftime("%d/%m/%Y") if i % 2 else started, 5 + i % 50, "Công an", ""]


def _write_files(rows):
    from openpyxl import Workbook

    from phongtrao.initiatives.import_format import HEADERS

    header = [HEADERS[k] for k in ("name", "model_type", "commune_code", "commune", "province", "address", "village",
                                   "started_on", "members_count", "leading_org", "status")]
    csv_path, xlsx_path = BENCH_DIR / "import-124k.csv", BENCH_DIR / "import-124k.xlsx"
    with csv_path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows([*r[:7], r[7].strftime("%Y-%m-%d") if isinstance(r[7], date) else r[7], *r[8:]] for r in rows)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Điểm mô hình")
    sheet.append(header)
    for r in rows:
        sheet.append(r)
    workbook.save(xlsx_path)
    return csv_path, xlsx_path


def _delete_sites_after(last_pk):
    """Raw deletes: the ORM's would collect 124,000 objects and write an audit entry for each."""
    from phongtrao.initiatives.models import Site, StatusChange

    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {StatusChange._meta.db_table} WHERE site_id > %s", [last_pk])
        cursor.execute(f"DELETE FROM {Site._meta.db_table} WHERE id > %s", [last_pk])


def _import_in_child(path):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", CHILD, str(path), USERNAME], env=env, capture_output=True, text=True,
                          check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["errors"]:
        raise RuntimeError(f"bench file rejected: {result['errors']}")
    return result, time.perf_counter() - start


def _floor(path, user):
    """bulk_create of the same rows, already parsed and built: the database's share of the import."""
    from phongtrao.initiatives import importing
    from phongtrao.initiatives.models import Site, StatusChange

    report = importing.ImportReport(file_name=path.name, dry_run=True)
    parsed = importing.validate_file(path, user=user, create_types=False, report=report, notify=lambda *a: None)
    sites = [importing.build_site(row, {}) for row in parsed]
    start = time.perf_counter()
    with transaction.atomic():
        for i in range(0, len(sites), importing.BATCH):
            batch = Site.objects.bulk_create(sites[i:i + importing.BATCH])
            StatusChange.objects.bulk_create(
                [StatusChange(site_id=s.pk, to_status=s.status, changed_on=s.started_on) for s in batch])
    return time.perf_counter() - start


def run():
    from phongtrao.accounts.models import User
    from phongtrao.initiatives.models import ModelType, Site

    user, _created = User.objects.get_or_create(username=USERNAME, defaults={"role": "national"})
    type_names = list(ModelType.objects.order_by("pk").values_list("name", flat=True)[:500])
    start = time.perf_counter()
    csv_path, xlsx_path = _write_files(list(_rows(type_names, _places())))
    yield "write 124k-row CSV + XLSX (s)", round(time.perf_counter() - start, 1), "setup, not measured below"
    last_pk = Site.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    timings = {}
    for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
        result, wall = _import_in_child(path)
        _delete_sites_after(last_pk)
        timings[label] = result["seconds"]
        yield f"import 124k sites from {label} (s)", round(result["seconds"], 1), (
            f"{result['created'] / result['seconds']:,.0f} rows/s; process {wall:.1f} s; goal ≤ 60 s")
        yield f"import from {label} peak memory (MB)", round(result["peak_mb"]), "child process max RSS; goal ≤ 1024"
    floor = _floor(csv_path, user)
    _delete_sites_after(last_pk)
    yield "bulk_create floor, 124k sites + statuses (s)", round(floor, 1), "same rows, parsed and built beforehand"
    for label, seconds in timings.items():
        yield f"{label} import / bulk_create floor (ratio)", round(seconds / floor, 1), "validation, parsing, lookups"
