"""Home dashboard at national scale: p50/p95 of the page and its ratio to the raw SQL counts."""
import statistics
import time

from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import setup_test_environment

REPEAT = 40


def _percentiles(samples):
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.95) - 1] * 1000


def _timed(fn, repeat=REPEAT):
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return _percentiles(samples)


def _raw_floor():
    """The same figures the dashboard shows, as hand-written SQL: units by level, users and sites per province."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT level, COUNT(*) FROM geo_adminunit WHERE is_current GROUP BY level")
        cursor.fetchall()
        cursor.execute("SELECT id, path FROM geo_adminunit WHERE is_current AND level = 'province'")
        cursor.fetchall()
        cursor.execute(
            "SELECT SUBSTR(u.path, 1, 3), COUNT(*) FROM accounts_user a "
            "JOIN geo_adminunit u ON u.id = a.unit_id GROUP BY SUBSTR(u.path, 1, 3)"
        )
        cursor.fetchall()
        cursor.execute(
            "SELECT SUBSTR(u.path, 1, 3), COUNT(*) FROM initiatives_site s "
            "JOIN geo_adminunit u ON u.id = s.commune_id GROUP BY SUBSTR(u.path, 1, 3)"
        )
        cursor.fetchall()


def run():
    from phongtrao.accounts.models import User

    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    call_command("load_units", stdout=open("/dev/null", "w"))
    yield "load_units into the bench database (s)", round(time.perf_counter() - start, 2), "idempotent reload"
    call_command("demo", scale="national", stdout=open("/dev/null", "w"))
    yield "users at national scale", User.objects.count(), "demo --scale national"
    setup_test_environment()
    client = Client()
    client.force_login(User.objects.get(username="bo.xdpt"))

    def page():
        response = client.get("/")
        assert response.status_code == 200

    p50, p95 = _timed(page)
    f50, f95 = _timed(_raw_floor)
    yield "home dashboard p50 (ms)", round(p50, 1), "national user, whole country"
    yield "home dashboard p95 (ms)", round(p95, 1), ""
    yield "raw SQL counts p50 (ms)", round(f50, 2), "floor: same figures, hand-written SQL"
    yield "dashboard / raw SQL (p50 ratio)", round(p50 / f50, 1), "includes template rendering and session"
