"""Monthly statistics at national scale: the import of every commune's figures through the core import engine
(seconds, peak Python memory, ratio to `core.db.bulk_insert` of the same rows in the same run), and the roll-up
kept on one commune's month being approved or reopened (ms) against a full recount.

Rows: every current commune × BENCH_STATS_MONTHS months × the 12 seeded indicators, in one file per province (the
engine takes at most 250,000 rows a file). The default, 12 months (478,000 values), runs in a few minutes;
BENCH_STATS_MONTHS=60 is the national five years (2.4 M values; 100 months ≈ 4 M, largest province file 201,600 rows).
Also timed: the largest province's file imported again over its draft months (every figure replaced).
"""
import csv
import os
import random
import time
import tracemalloc
from datetime import date
from pathlib import Path

from django.core.management import call_command
from django.db import transaction

ROOT = Path(__file__).resolve().parent.parent
MONTHS = int(os.environ.get("BENCH_STATS_MONTHS", "12"))


def _months():
    return [date(2017 + i // 12, i % 12 + 1, 1) for i in range(MONTHS)]


def _clear():
    from phongtrao.stats.models import MonthlyReport, Rollup, Value

    for model in (Value, MonthlyReport, Rollup):  # no per-row audit entries (delete() would write one per value)
        model.objects.all()._raw_delete(model.objects.db)


def run():
    from phongtrao.accounts.models import User
    from phongtrao.core.db import bulk_insert
    from phongtrao.geo.models import AdminUnit, Level
    from phongtrao.stats import services
    from phongtrao.stats.importing import import_values
    from phongtrao.stats.models import Indicator, MonthlyReport, ReportState, Value

    call_command("migrate", verbosity=0)
    if not AdminUnit.objects.exists():
        call_command("load_units", verbosity=0)
    user = User.objects.filter(username="bench.stats").first() or User.objects.create_superuser(
        "bench.stats", password="x", role="admin")
    communes = list(AdminUnit.objects.current().filter(level=Level.COMMUNE).values_list("pk", "code", "parent__code"))
    indicators = list(Indicator.objects.values_list("pk", "code"))
    months, rng = _months(), random.Random(7)
    rows = len(communes) * len(months) * len(indicators)
    files = {}
    for _pk, code, province in communes:
        files.setdefault(province, []).append(code)
    paths = []
    for province, codes in sorted(files.items()):
        path = ROOT / "var" / "bench" / f"stats-{MONTHS}-{province}.csv"
        paths.append(path)
        if path.exists():
            continue
        with path.open("w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(["Mã xã", "Tháng", "Chỉ tiêu", "Số liệu"])
            for code in codes:
                for month in months:
                    out.writerows([code, month.strftime("%m/%Y"), indicator, rng.randint(0, 20)]
                                  for _i, indicator in indicators)
    _clear()
    start, locked = time.perf_counter(), 0.0
    for path in paths:
        report = import_values(path, user=user, dry_run=False)
        assert report.ok, report.errors[:3]
        locked += report.locked_seconds
    imported = time.perf_counter() - start
    assert Value.objects.count() == rows
    largest = max(paths, key=lambda path: path.stat().st_size)
    report = import_values(largest, user=user, dry_run=False)
    assert report.ok, report.errors[:3]
    again = report.rows / report.seconds
    tracemalloc.start()  # apart from the timed runs: it slows Python down several times
    assert import_values(largest, user=user, dry_run=False).ok
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()

    _clear()
    start = time.perf_counter()
    with transaction.atomic():
        ids = bulk_insert(MonthlyReport, ("commune_id", "month"), [(pk, m) for pk, _c, _p in communes for m in months])
        keys = iter(ids)
        bulk_insert(Value, ("report_id", "indicator_id", "value", "estimated"),
                    [(report_id, i, float(rng.randint(0, 20)), False)
                     for report_id in keys for i, _code in indicators], ids=False)
    floor = time.perf_counter() - start

    MonthlyReport.objects.update(state=ReportState.APPROVED)
    start = time.perf_counter()
    services.rebuild_rollups()
    recount = time.perf_counter() - start
    month = MonthlyReport.objects.order_by("pk").first()
    start = time.perf_counter()
    services.reopen(user, month, "đo hiệu năng")
    reopen = time.perf_counter() - start
    services.submit(user, month)
    start = time.perf_counter()
    services.approve(user, month)
    approve = time.perf_counter() - start
    _clear()
    return [
        ("stats import, national (s)", round(imported, 1),
         f"{rows:,} values ({len(communes):,} communes × {MONTHS} months × {len(indicators)} indicators) in "
         f"{len(paths)} files, one per province; peak Python memory {peak:.0f} MB"),
        ("stats import (values/s)", round(rows / imported), f"{locked:.1f} s in the saving transactions; the "
         f"largest province again over its drafts ({report.rows:,} values replaced): {again:,.0f} values/s"),
        ("stats import / bulk-insert floor (×)", round(imported / floor, 1),
         f"floor {floor:.1f} s: the same reports and values through core.db.bulk_insert (executemany on SQLite, COPY "
         f"on PostgreSQL)"),
        ("stats roll-up on approving one month (ms)", round(1000 * approve, 1),
         f"reopen {1000 * reopen:.1f} ms; full recount of all roll-ups {recount:.1f} s"),
    ]
