"""Import of 124,000 sites from CSV and from XLSX: seconds, peak memory, and the ratios to two floors measured in the
same run: Django's bulk_create of the same rows, and plain SQL (executemany on SQLite, COPY on PostgreSQL) of them."""
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
peaks = [resource.getrusage(who).ru_maxrss / 1024 for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)]
print(json.dumps({"errors": report.errors[:5], "created": report.created, "seconds": report.seconds,
                  "locked": report.locked_seconds, "peak_mb": max(peaks), "reader_mb": peaks[1]}))
"""
"""Runs in a fresh process so that its peak memory is the import's own (Django and the gazetteer included); the XLSX
reader's own child process is reported too (the larger of the two is the peak)."""


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

    from phongtrao.initiatives.importing import COLUMNS

    headers = {column.key: column.header for column in COLUMNS}
    header = [headers[k] for k in ("name", "model_type", "commune_code", "commune", "province", "address", "village",
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


def _parsed(path, user):
    from phongtrao.core.imports.engine import check_file
    from phongtrao.initiatives.importing import SiteImport

    report = SiteImport.report_class(file_name=path.name, dry_run=True)
    _spec, parsed = check_file(SiteImport, path, user=user, options={}, report=report)
    return parsed


def _bulk_create_floor(parsed):
    """Django's bulk_create of the same rows, parsed and built beforehand (in batches of 2,000 as before)."""
    from phongtrao.core.text import fold
    from phongtrao.initiatives.models import Site, StatusChange

    sites = [Site(model_type_id=r.type_ref, name=r.name, name_folded=fold(r.name), commune_id=r.commune_id,
                  address=r.address, village=r.village, address_folded=r.address_folded, lat=r.lat, lon=r.lon,
                  started_on=r.started_on, members_count=r.members_count, leading_org_id=r.leading_org_id,
                  status=r.status, notes=r.notes) for r in parsed]
    start = time.perf_counter()
    with transaction.atomic():
        for i in range(0, len(sites), 2000):
            batch = Site.objects.bulk_create(sites[i:i + 2000])
            StatusChange.objects.bulk_create(
                [StatusChange(site_id=s.pk, to_status=s.status, changed_on=s.started_on) for s in batch])
    return time.perf_counter() - start


def _plain_sql_floor(parsed, last_pk):
    """The same rows as ready tuples (ids included), inserted by the driver alone: executemany or COPY."""
    from django.utils import timezone

    from phongtrao.core.text import fold
    from phongtrao.initiatives.models import Site, StatusChange

    now = timezone.now()
    stamp = connection.ops.adapt_datetimefield_value(now) if connection.vendor == "sqlite" else now
    day = (lambda d: d and d.isoformat()) if connection.vendor == "sqlite" else (lambda d: d)
    site_columns = ("id", "created", "last_updated", "version", "model_type_id", "name", "name_folded", "commune_id",
                    "address", "village", "address_folded", "lat", "lon", "started_on", "members_count",
                    "leading_org_id", "status", "replicated_from_id", "notes")
    sites = [(last_pk + 1 + i, stamp, stamp, 1, r.type_ref, r.name, fold(r.name), r.commune_id, r.address, r.village,
              r.address_folded, r.lat, r.lon, day(r.started_on), r.members_count, r.leading_org_id, r.status, None,
              r.notes) for i, r in enumerate(parsed)]
    status_columns = ("created", "last_updated", "site_id", "from_status", "to_status", "changed_on", "decision_ref",
                      "note", "changed_by_id")
    statuses = [(stamp, stamp, site[0], "", site[16], site[13] or day(now.date()), "", "", None) for site in sites]
    start = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        for model, columns, rows in ((Site, site_columns, sites), (StatusChange, status_columns, statuses)):
            names = ", ".join(columns)
            if connection.vendor == "postgresql":
                with cursor.cursor.copy(f"COPY {model._meta.db_table} ({names}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            else:
                sql = f"INSERT INTO {model._meta.db_table} ({names}) VALUES ({', '.join(['%s'] * len(columns))})"
                for i in range(0, len(rows), 5000):
                    cursor.executemany(sql, rows[i:i + 5000])
    if connection.vendor == "postgresql":  # explicit ids: move the sequence past them
        with connection.cursor() as cursor:
            cursor.execute("SELECT setval(pg_get_serial_sequence(%s, 'id'), %s)",
                           [Site._meta.db_table, last_pk + len(sites)])
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
        yield f"import from {label}: time in the saving transaction (s)", round(result["locked"], 2), (
            "on SQLite the write lock other writers wait for; the rows are staged before it (core.db.Staged)")
        yield f"import from {label} peak memory (MB)", round(result["peak_mb"]), "max RSS of the import process or its XLSX reader; goal ≤ 1024"
    parsed = _parsed(csv_path, user)
    floors = {}
    for label, measure in (("bulk_create", lambda: _bulk_create_floor(parsed)),
                           ("plain SQL", lambda: _plain_sql_floor(parsed, last_pk))):
        floors[label] = measure()
        _delete_sites_after(last_pk)
    notes = {"bulk_create": "Django bulk_create, rows parsed and built beforehand",
             "plain SQL": "executemany (SQLite) / COPY (PostgreSQL) of ready tuples"}
    for label, seconds in floors.items():
        yield f"{label} floor, 124k sites + statuses (s)", round(seconds, 1), notes[label]
    for label, seconds in timings.items():
        for floor_label, floor in floors.items():
            yield f"{label} import / {floor_label} floor (ratio)", round(seconds / floor, 1), (
                "validation, parsing, lookups and the save")
