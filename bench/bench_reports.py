"""Official reports at national scale: the yearly report of the largest province and of the nation.

Seconds and peak Python memory (tracemalloc, measured in a second pass so it does not slow the timed one) to
assemble the sections, render DOCX and PDF, and issue (rows behind every figure stored); the assembly's ratio to the
raw SQL floor of its main figures (sites per category and status, new sites per unit), measured interleaved.
"""
import time
import tracemalloc

from django.core.management import call_command
from django.db import connection
from django.db.models import Count, Max

REPEAT = 3


def _floor(path_prefix: str, start, end):
    """The section figures as hand-written SQL: live sites by category and status, new sites by unit."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT t.category, s.status, COUNT(*) FROM initiatives_site s JOIN initiatives_modeltype t ON t.id = "
            "s.model_type_id JOIN geo_adminunit u ON u.id = s.commune_id WHERE u.path LIKE %s AND s.status <> "
            "'dissolved' AND (s.started_on IS NULL OR s.started_on <= %s) GROUP BY t.category, s.status",
            [path_prefix + "%", end])
        cursor.fetchall()
        cursor.execute(
            "SELECT u.parent_id, COUNT(*) FROM initiatives_site s JOIN geo_adminunit u ON u.id = s.commune_id "
            "WHERE u.path LIKE %s AND s.started_on BETWEEN %s AND %s GROUP BY u.parent_id", [path_prefix + "%", start, end])
        cursor.fetchall()


def _best(fn, repeat=REPEAT):
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def _peak_mb(fn):
    tracemalloc.start()
    try:
        fn()
        return round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
    finally:
        tracemalloc.stop()


def run():
    from phongtrao.accounts.models import User
    from phongtrao.geo.models import AdminUnit
    from phongtrao.initiatives.models import Site
    from phongtrao.reports import services
    from phongtrao.reports.document import build_document
    from phongtrao.reports.models import Kind, Report
    from phongtrao.reports.rendering import render_docx, render_pdf

    call_command("migrate", verbosity=0)
    call_command("load_units", stdout=open("/dev/null", "w"))
    call_command("demo", scale="national", stdout=open("/dev/null", "w"))
    year = Site.objects.aggregate(y=Max("started_on"))["y"].year
    start, end = services.period_bounds(Kind.YEARLY, year, 1)
    per_province = (Site.objects.values("commune__parent").annotate(n=Count("pk")).order_by("-n").first())
    largest = AdminUnit.objects.get(pk=per_province["commune__parent"])
    cases = [(f"province {largest.code} ({per_province['n']:,} sites)", User.objects.get(username=f"tinh.{largest.code}"),
              largest, largest.path),
             (f"nation ({Site.objects.count():,} sites)", User.objects.get(username="bo.xdpt"), None, "")]
    for label, user, unit, prefix in cases:
        def generate():
            return services.generate_report(user=user, kind=Kind.YEARLY, unit=unit, start=start, end=end)

        floor, _ = _best(lambda: _floor(prefix, start, end))
        seconds, report = _best(generate)
        yield f"yearly {year}, {label}: assemble (s)", round(seconds, 2), \
            f"×{seconds / floor:.0f} the raw SQL of its main figures ({floor * 1000:.0f} ms)"
        yield f"yearly {year}, {label}: assemble peak (MB)", _peak_mb(generate), "tracemalloc"
        doc = build_document(report)
        for fmt, render in (("DOCX", render_docx), ("PDF", render_pdf)):
            seconds, data = _best(lambda: render(doc))
            yield f"yearly {year}, {label}: {fmt} (s)", round(seconds, 2), f"{len(data) / 1024:.0f} KB"
            yield f"yearly {year}, {label}: {fmt} peak (MB)", _peak_mb(lambda: render(doc)), "tracemalloc"
        began = time.perf_counter()
        issued = services.issue_report(user=user, report=report)
        rows = issued.rows.count()
        yield f"yearly {year}, {label}: issue (s)", round(time.perf_counter() - began, 2), \
            f"{rows:,} rows kept, DOCX and PDF stored"
        Report.objects.filter(kind=Kind.YEARLY, period_end=end).delete()  # the bench's own reports, every run
