"""Steering at national scale (the national demo's ~50,000 tasks, ~15,000 of them key), as the national user:

- the key-tasks roll-up (per province by status), interleaved with a raw SQL GROUP BY returning the same figures
  (checked equal);
- the key-tasks table (its first page, as the page shows it) and the whole key-tasks page;
- the reminder run: a first run (inside a transaction rolled back afterwards) and a re-run with nothing new.

`BENCH_STEERING_REPEAT` (default 20) sets the samples per figure: the suite takes about a minute per 20 on the
2-core development machine.
"""
import os
import statistics
import time
from datetime import timedelta

REPEAT = int(os.environ.get("BENCH_STEERING_REPEAT", "20"))

STATUS_SQL = """CASE WHEN t.completed_on IS NOT NULL AND t.completed_on <= t.deadline THEN 'done_on_time'
 WHEN t.completed_on IS NOT NULL THEN 'done_late' WHEN t.deadline < %s THEN 'overdue'
 WHEN t.deadline <= %s THEN 'due_soon' ELSE 'not_due' END"""


def _ms(samples):
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[max(int(len(samples) * 0.95) - 1, 0)] * 1000


def _raw_rollup(today):
    """Key tasks per province (path prefix; None: national tasks) and status, as hand-written SQL."""
    from django.db import connection

    from phongtrao.steering.services import DUE_SOON_DAYS

    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT SUBSTR(u.path, 1, 3), {STATUS_SQL}, COUNT(*) FROM steering_task t "
            "LEFT JOIN geo_adminunit u ON u.id = t.unit_id WHERE t.is_key GROUP BY 1, 2",
            [today, today + timedelta(days=DUE_SOON_DAYS)])
        return {(prefix, status): n for prefix, status, n in cursor.fetchall()}


def _timed(named, repeat):
    """p50/p95 (ms) of each function, run interleaved so that the machine's load falls on all alike."""
    samples = {name: [] for name in named}
    for _ in range(repeat):
        for name, fn in named.items():
            begin = time.perf_counter()
            fn()
            samples[name].append(time.perf_counter() - begin)
    return {name: _ms(values) for name, values in samples.items()}


def run():
    from django.db import transaction
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.utils import timezone

    from phongtrao.accounts.models import User
    from phongtrao.core.models import Notice
    from phongtrao.steering import selectors, services
    from phongtrao.steering.models import Task

    tasks = Task.objects.count()
    if tasks < 40_000:
        return
    try:
        setup_test_environment()  # e-mail into memory, not files
    except RuntimeError:  # another suite did it in this process
        pass
    user = User.objects.get(username="bo.xdpt")
    today = timezone.localdate()
    key = Task.objects.filter(is_key=True).count()

    rollup = selectors.task_rollup(user, None, key_only=True)
    ours = {(row.unit.path[:3] if row.unit else None, status): n for row in rollup for status, n in row.counts.items()}
    assert ours == _raw_rollup(today), "the roll-up and the raw SQL disagree"

    client = Client()
    client.force_login(user)

    def page():
        assert client.get("/steering/tasks/key/").status_code == 200

    def table():
        list(selectors.key_tasks(user, None)[:25])

    page()
    times = _timed({"rollup": lambda: selectors.task_rollup(user, None, key_only=True),
                    "raw": lambda: _raw_rollup(today), "table": table, "page": page}, REPEAT)
    (r50, r95), (f50, f95), (t50, t95), (p50, p95) = (times[k] for k in ("rollup", "raw", "table", "page"))
    scale = f"{tasks:,} tasks, {key:,} key, national user"
    yield "key-tasks roll-up p50 / p95 (ms)", f"{r50:.0f} / {r95:.0f}", f"{scale}; {len(rollup)} rows"
    yield "raw SQL GROUP BY, same figures p50 / p95 (ms)", f"{f50:.0f} / {f95:.0f}", "floor, checked equal"
    yield "key-tasks roll-up / raw SQL (p50 ratio)", round(r50 / f50, 2), f"interleaved, {REPEAT} samples each"
    yield "key-tasks table, first page p50 / p95 (ms)", f"{t50:.0f} / {t95:.0f}", "25 rows, nearest deadline first"
    yield "key-tasks page p50 / p95 (ms)", f"{p50:.0f} / {p95:.0f}", "whole page: roll-up, table, rendering"

    with transaction.atomic():
        Notice.objects.filter(key__startswith="task:").delete()  # a first run, whatever ran before
        Task.objects.update(due_soon_reminded_for=None, overdue_reminded_for=None)
        begin = time.perf_counter()
        sent = services.send_reminders(today=today)
        first = time.perf_counter() - begin
        begin = time.perf_counter()
        again = services.send_reminders(today=today)
        rerun = time.perf_counter() - begin
        transaction.set_rollback(True)
    due = Task.objects.filter(completed_on__isnull=True, deadline__lte=today + timedelta(days=7)).count()
    yield "reminder run, first (s)", round(first, 2), f"{due:,} open tasks due soon or overdue, {sent:,} notices sent"
    yield "reminder re-run, nothing new (s)", round(rerun, 2), f"{again} notices sent"
