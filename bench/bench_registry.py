"""Model registry at national scale: sites list page and API with filters and search, per-province roll-up."""
import time

from django.db import connection
from django.test import Client

from bench_dashboard import _timed

REPEAT = 30


def _raw_sites_floor(commune_prefix: str, status: str, word: str):
    """The rows the list page shows, as hand-written SQL (same filters, ordering, page size)."""
    in_subtree = "s.commune_id IN (SELECT id FROM geo_adminunit WHERE path LIKE %s)"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT COUNT(*) FROM initiatives_site s WHERE {in_subtree} AND s.status = %s AND s.name_folded LIKE %s",
            [commune_prefix + "%", status, f"%{word}%"],
        )
        cursor.fetchall()
        cursor.execute(
            "SELECT s.id, s.name, s.village, s.started_on, s.members_count, s.status, t.name, c.name, p.name "
            "FROM initiatives_site s JOIN geo_adminunit c ON c.id = s.commune_id "
            "JOIN geo_adminunit p ON p.id = c.parent_id JOIN initiatives_modeltype t ON t.id = s.model_type_id "
            f"WHERE {in_subtree} AND s.status = %s AND s.name_folded LIKE %s "
            "ORDER BY s.started_on DESC, s.name LIMIT 25",
            [commune_prefix + "%", status, f"%{word}%"],
        )
        cursor.fetchall()


def _raw_rollup_floor():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT SUBSTR(c.path, 1, 3), COUNT(*) FROM initiatives_site s "
            "JOIN geo_adminunit c ON c.id = s.commune_id GROUP BY SUBSTR(c.path, 1, 3)"
        )
        cursor.fetchall()


def run():
    from phongtrao.accounts.models import User
    from phongtrao.analytics.services import jurisdiction_summary
    from phongtrao.geo.models import AdminUnit
    from phongtrao.initiatives.models import Site

    yield "sites at national scale", Site.objects.count(), "demo --scale national"
    national = User.objects.get(username="bo.xdpt")
    province = AdminUnit.objects.get(code="79", is_current=True)
    client = Client()
    client.force_login(national)
    params = {"unit": province.pk, "status": "active", "q": "tu quan"}

    def page():
        assert client.get("/initiatives/sites/", params).status_code == 200

    def api():
        assert client.get("/api/initiatives/sites/", params).status_code == 200

    p50, p95 = _timed(page, REPEAT)
    a50, a95 = _timed(api, REPEAT)
    f50, f95 = _timed(lambda: _raw_sites_floor(province.path, "active", "tu quan"), REPEAT)
    yield "sites list page p50 / p95 (ms)", f"{p50:.0f} / {p95:.0f}", "HCMC subtree + status + search 'tu quan'"
    yield "sites API first page p50 / p95 (ms)", f"{a50:.0f} / {a95:.0f}", "same filters, page size 50"
    yield "raw SQL floor p50 (ms)", round(f50, 1), "count + first page, hand-written"
    yield "list page / raw SQL (p50 ratio)", round(p50 / f50, 1), "goal ≤ 3"
    yield "API / raw SQL (p50 ratio)", round(a50 / f50, 1), "goal ≤ 3"
    r50, r95 = _timed(lambda: jurisdiction_summary(national), REPEAT)
    g50, _ = _timed(_raw_rollup_floor, REPEAT)
    yield "per-province roll-up p50 / p95 (ms)", f"{r50:.0f} / {r95:.0f}", "jurisdiction_summary, national user"
    yield "roll-up / raw SQL (p50 ratio)", round(r50 / g50, 1), ""
    start = time.perf_counter()
    client.get("/initiatives/sites/", {"export": "csv", "unit": province.pk}).getvalue()
    yield "CSV export of one province (s)", round(time.perf_counter() - start, 2), "streamed"
