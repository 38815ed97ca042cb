"""Pages at national scale over real HTTP (gunicorn, 2 workers), each request interleaved with its SQL floor.

The floor is hand-written SQL returning the rows the page shows (same filters, order and page size), run in this
process against the same database right after each request, so that both see the same machine load. A page's cost
should be bounded by what it shows: the ratio page / floor is the figure to watch. The run needs the national demo
in the bench database (the `dashboard` suite builds it).
"""
import os
import re
import statistics
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.db import connection

import support
from phongtrao.initiatives.views import TYPE_PAGE_SITES

REPEAT = int(os.environ.get("BENCH_HTTP_REPEAT", "20"))
CLIENTS, CLIENT_SECONDS = 10, 20
WORKERS = 2
EXPORT_SECONDS = 600
SITE_ORDER = "ORDER BY s.started_on DESC, s.name"
SITE_ROW = ("SELECT s.id, s.name, s.village, s.started_on, s.members_count, s.status, t.id, t.name, c.name, p.name "
            "FROM initiatives_site s JOIN initiatives_modeltype t ON t.id = s.model_type_id "
            "JOIN geo_adminunit c ON c.id = s.commune_id LEFT JOIN geo_adminunit p ON p.id = c.parent_id ")


def _rows(sql: str, params=()) -> list:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _search_where(words: list[str]) -> tuple[str, list]:
    """The list's search: every word in the site's name, address or its type's names (folded, lower case)."""
    clause = "(s.name_folded LIKE %s OR s.address_folded LIKE %s OR t.search_folded LIKE %s)"
    return " AND ".join([clause] * len(words)), [f"%{w}%" for w in words for _ in range(3)]


def sites_floor(province_path: str, status: str, words: list[str], limit: int):
    search, params = _search_where(words)
    where = (f"WHERE s.commune_id IN (SELECT id FROM geo_adminunit WHERE path LIKE %s) AND s.status = %s "
             f"AND {search}")
    params = [province_path + "%", status, *params]
    _rows("SELECT COUNT(*) FROM initiatives_site s JOIN initiatives_modeltype t ON t.id = s.model_type_id " + where,
          params)
    return _rows(f"{SITE_ROW} {where} {SITE_ORDER} LIMIT {limit}", params)


def types_floor():
    _rows("SELECT COUNT(*) FROM initiatives_modeltype")
    return _rows("SELECT t.id, t.name, t.category, t.field, u.name, t.originated_on, t.exemplary, "
                 "(SELECT COUNT(*) FROM initiatives_site s WHERE s.model_type_id = t.id) "
                 "FROM initiatives_modeltype t LEFT JOIN geo_adminunit u ON u.id = t.origin_unit_id "
                 "ORDER BY t.name LIMIT 25")


def type_floor(pk: int):
    """A type's page: the type, its sponsors, site count, its latest sites, sites per start day and province,
    evaluations by rating and the replication tree's first level."""
    _rows("SELECT t.*, u.name FROM initiatives_modeltype t LEFT JOIN geo_adminunit u ON u.id = t.origin_unit_id "
          "WHERE t.id = %s", [pk])
    _rows("SELECT sp.name FROM initiatives_sponsor sp JOIN initiatives_modeltype_sponsors m ON m.sponsor_id = sp.id "
          "WHERE m.modeltype_id = %s", [pk])
    _rows("SELECT COUNT(*) FROM initiatives_site WHERE model_type_id = %s", [pk])
    _rows(f"{SITE_ROW} WHERE s.model_type_id = %s {SITE_ORDER} LIMIT {TYPE_PAGE_SITES}", [pk])
    _rows("SELECT s.started_on, SUBSTR(c.path, 1, 3), COUNT(*) FROM initiatives_site s "
          "JOIN geo_adminunit c ON c.id = s.commune_id WHERE s.model_type_id = %s AND s.started_on IS NOT NULL "
          "GROUP BY 1, 2", [pk])
    _rows("SELECT rating, COUNT(*) FROM initiatives_evaluation WHERE model_type_id = %s GROUP BY rating", [pk])
    return _rows("SELECT s.id, s.name, c.name FROM initiatives_site s JOIN geo_adminunit c ON c.id = s.commune_id "
                 "WHERE s.model_type_id = %s AND s.replicated_from_id IS NULL ORDER BY s.started_on, s.id LIMIT 50",
                 [pk])


def unit_floor(pk: int, path: str):
    _rows("SELECT u.*, p.name FROM geo_adminunit u LEFT JOIN geo_adminunit p ON p.id = u.parent_id WHERE u.id = %s",
          [pk])
    for table, column in (("accounts_user", "unit_id"), ("initiatives_site", "commune_id")):
        _rows(f"SELECT COUNT(*) FROM {table} WHERE {column} IN (SELECT id FROM geo_adminunit WHERE path LIKE %s)",
              [path + "%"])
    _rows("SELECT u.name FROM geo_unitsuccession x JOIN geo_adminunit u ON u.id = x.predecessor_id "
          "WHERE x.successor_id = %s", [pk])
    return _rows("SELECT id, name FROM geo_adminunit WHERE parent_id = %s ORDER BY name", [pk])


def map_floor(zoom: int):
    """Counts per grid cell of the national view, as the map's server side computes them."""
    cell = 360 / 2 ** zoom / 4
    return _rows("SELECT COUNT(*), AVG(la), AVG(lo) FROM (SELECT COALESCE(s.lat, c.lat) AS la, "
                 "COALESCE(s.lon, c.lon) AS lo FROM initiatives_site s JOIN geo_adminunit c ON c.id = s.commune_id) AS located "
                 "WHERE la IS NOT NULL AND lo IS NOT NULL GROUP BY FLOOR(la / %s), FLOOR(lo / %s)", [cell, cell])


def rollup_floor(status: str):
    return _rows("SELECT SUBSTR(c.path, 1, 3), SUM(x.n) FROM (SELECT commune_id, COUNT(*) AS n FROM initiatives_site "
                 "WHERE status = %s GROUP BY commune_id) AS x JOIN geo_adminunit c ON c.id = x.commune_id GROUP BY 1",
                 [status])


def _get(base: str, session: str, path: str) -> bytes:
    request = urllib.request.Request(base + path, headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        if response.status != 200:
            raise RuntimeError(f"{path}: HTTP {response.status}")
        return response.read()


def _export(base: str, session: str, path: str) -> bytes:
    """A big export: the request answers with the job's page; poll it, then fetch the file it links to."""
    request = urllib.request.Request(base + path, headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={session}"})
    with urllib.request.urlopen(request, timeout=300) as response:
        job_path = response.url.removeprefix(base)
    deadline = time.monotonic() + EXPORT_SECONDS
    while not (link := re.search(rb'href="(/core/jobs/\d+/file/)"', page := _get(base, session, job_path))):
        if b'hx-trigger="every 1s"' not in page or time.monotonic() > deadline:  # ended without a file, or stuck
            raise RuntimeError(f"the export job {job_path} failed or did not finish in {EXPORT_SECONDS} s")
        time.sleep(0.5)
    return _get(base, session, link.group(1).decode())


def _percentiles(samples: list[float]) -> tuple[float, float]:
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[max(0, int(len(samples) * 0.95) - 1)] * 1000


def _interleaved(base, session, path, floor) -> dict:
    """Page and floor timed turn by turn; also the page's size and, for lists, whether it shows the floor's rows.
    Every worker serves the page twice first, asked concurrently (one after the other, the same idle worker tends to
    take them all): a worker's first views of a page (templates, lazy caches) are not timed."""
    with ThreadPoolExecutor(WORKERS) as pool:
        for _ in range(2):
            body = list(pool.map(lambda _: _get(base, session, path), range(2 * WORKERS)))[-1]
    floor()
    page_times, floor_times = [], []
    for _ in range(REPEAT):
        start = time.perf_counter()
        body = _get(base, session, path)
        page_times.append(time.perf_counter() - start)
        start = time.perf_counter()
        floor()
        floor_times.append(time.perf_counter() - start)
    p50, p95 = _percentiles(page_times)
    f50, _ = _percentiles(floor_times)
    return {"p50": p50, "p95": p95, "floor": f50, "bytes": len(body), "body": body}


def _shown_site_ids(body: bytes) -> list[int]:
    return [int(pk) for pk in dict.fromkeys(re.findall(rb'href="/initiatives/sites/(\d+)/"', body))]


def _concurrent(base, session, path) -> dict:
    """CLIENTS threads requesting `path` for CLIENT_SECONDS: requests/s, p95, errors."""
    times, errors, stop = [], [], time.monotonic() + CLIENT_SECONDS

    def client():
        while time.monotonic() < stop:
            start = time.perf_counter()
            try:
                _get(base, session, path)
                times.append(time.perf_counter() - start)
            except Exception as exc:  # counted, not raised: the figure is the number of errors
                errors.append(exc)

    threads = [threading.Thread(target=client) for _ in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"rps": len(times) / CLIENT_SECONDS, "p95": _percentiles(times)[1] if times else 0, "errors": len(errors)}


def run():
    from django.db.models import Count
    from django.utils.http import urlencode

    from phongtrao.geo.models import AdminUnit
    from phongtrao.initiatives.models import ModelType

    province = AdminUnit.objects.get(code="79", is_current=True)
    big_type = ModelType.objects.annotate(n=Count("sites")).order_by("-n").first()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "phongtrao.settings"}
    session = support.sessions(env, "bo.xdpt", 1)[0]
    search = {"unit": province.pk, "status": "active", "q": "tu quan"}
    pages = [
        ("sites list, 2 filters + search", f"/initiatives/sites/?{urlencode(search)}",
         lambda: sites_floor(province.path, "active", ["tu", "quan"], 25), "p95 ≤ 200, ≤ 3×"),
        ("sites list, 250 rows", f"/initiatives/sites/?{urlencode({**search, 'per_page': 250})}",
         lambda: sites_floor(province.path, "active", ["tu", "quan"], 250), "p95 ≤ 500"),
        ("model types list", "/initiatives/types/", types_floor, "p95 ≤ 200"),
        (f"model type page ({big_type.n} sites)", f"/initiatives/types/{big_type.pk}/",
         lambda: type_floor(big_type.pk), "p95 ≤ 200, ≤ 3×"),
        ("province unit page", f"/geo/units/{province.pk}/", lambda: unit_floor(province.pk, province.path),
         "p95 ≤ 100"),
        ("national map data (zoom 5)", "/initiatives/map/points/?zoom=5&bbox=5,95,25,118", lambda: map_floor(5),
         "p95 ≤ 300, ≤ 500 KB"),
        ("roll-up by province (status filter)", "/initiatives/sites/rollup/?status=active",
         lambda: rollup_floor("active"), "p95 ≤ 300"),
    ]
    with support.gunicorn({**env, "PHONGTRAO_TASKS": "db"}, workers=WORKERS, task_worker=True) as base:
        for label, path, floor, goal in pages:
            r = _interleaved(base, session, path, floor)
            if path.startswith("/initiatives/sites/?"):
                shown, expected = _shown_site_ids(r["body"]), [row[0] for row in floor()]
                if shown != expected:
                    raise AssertionError(f"{label}: the floor returns other rows than the page shows: {shown[:5]} vs {expected[:5]} ({len(shown)}, {len(expected)})")
            yield (f"{label}: p50 / p95 ms, × floor", f"{r['p50']:.0f} / {r['p95']:.0f}, {r['p50'] / r['floor']:.1f}×",
                   f"{r['bytes'] / 1024:.0f} KB; goal {goal}")
        c = _concurrent(base, session, pages[0][1])
        yield (f"{CLIENTS} clients, sites list: req/s, p95 ms, errors", f"{c['rps']:.1f}, {c['p95']:.0f}, "
               f"{c['errors']}", f"{CLIENT_SECONDS} s, gunicorn {WORKERS} workers")
        start = time.perf_counter()
        body = _export(base, session, "/initiatives/sites/?export=csv")
        lines = body.count(b"\n")
        yield "national CSV export: s, MB, lines", (f"{time.perf_counter() - start:.1f}, {len(body) / 2**20:.1f}, "
                                                     f"{lines}"), "background job, then its file"
