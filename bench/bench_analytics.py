"""Analytics: the effectiveness estimate of a model type with 3,000 sites, and the national dashboard.

- estimator alone (pure Python) on a national panel: 3,321 communes × 60 months, 3,000 sites in ~2,000 communes;
- the national dashboard: p50/p95 when its figures are cached (every view after the first, until a site
  changes) and when they are computed (cache cleared before each view), interleaved with the raw SQL floor of
  the same figures.
"""
import statistics
import time

import numpy as np
import pandas as pd

REPEAT = 30


def _ms(samples):
    samples = sorted(samples)
    return statistics.median(samples) * 1000, samples[max(int(len(samples) * 0.95) - 1, 0)] * 1000


def national_panel(sites=3000, communes=3321, months=60, seed=0):
    """Values, starts (one per commune: the first site there) and features of a synthetic national panel."""
    from phongtrao.analytics.effectiveness import month_index

    rng = np.random.default_rng(seed)
    ids = np.arange(communes)
    features = pd.DataFrame({"province": rng.integers(0, 34, communes).astype(str),
                             "urban": rng.choice(["urban", "rural"], communes),
                             "pop_band": ""}, index=ids)
    first = month_index(2021, 1)
    commune_of_site = rng.integers(0, communes, sites)
    start_of_site = first + rng.integers(6, months - 6, sites)
    starts = pd.Series(start_of_site).groupby(commune_of_site).min().to_dict()
    level = rng.normal(20, 5, communes)
    month = np.arange(first, first + months)
    y = level[:, None] + 2 * np.sin(month / 2)[None, :] + rng.normal(0, 2, (communes, months))
    start = np.array([starts.get(c, 10**9) for c in ids])
    y -= 2.0 * (month[None, :] >= start[:, None])
    values = pd.DataFrame({"commune": np.repeat(ids, months), "month": np.tile(month, communes), "value": y.ravel()})
    return values, starts, features


def run():
    from phongtrao.analytics.effectiveness import estimate

    values, starts, features = national_panel()
    samples = []
    for _ in range(3):
        begin = time.perf_counter()
        result = estimate(values, starts, features)
        samples.append(time.perf_counter() - begin)
    yield "effectiveness, 3,000 sites, estimator alone (s)", round(min(samples), 2), (
        f"{len(values):,} values, {result.n_treated} treated / {result.n_comparison} comparison communes, "
        f"{result.n_cohorts} cohorts; effect {result.effect:.2f} (planted −2)")
    yield from _through_the_database()
    yield from _dashboard()


def _through_the_database():
    """The page's estimate (statistics read from the database) for a planted type grown to 3,000 sites."""
    import random
    from datetime import date

    from django.core.cache import cache
    from django.db import transaction

    from phongtrao.accounts.models import User
    from phongtrao.analytics import selectors
    from phongtrao.geo.models import AdminUnit, Level
    from phongtrao.initiatives.models import ModelType, Site
    from phongtrao.stats.models import Indicator, Value

    if Value.objects.count() < 1_000_000:
        return
    kind = ModelType.objects.get(name="Camera giám sát tình hình an ninh, trật tự")
    indicator = Indicator.objects.get(code="criminal")
    user = User.objects.get(username="bo.xdpt")
    rng = random.Random(0)
    communes = list(AdminUnit.objects.current().filter(level=Level.COMMUNE).values_list("pk", flat=True))
    with transaction.atomic():
        extra = 3000 - kind.sites.count()
        Site.objects.bulk_create([Site(model_type=kind, commune_id=rng.choice(communes), name=f"Điểm đo {n}",
                                       started_on=date(2022 + n % 4, 1 + n % 12, 1)) for n in range(extra)])
        cache.clear()
        begin = time.perf_counter()
        result = selectors.effectiveness(user, kind, indicator)
        seconds = time.perf_counter() - begin
        transaction.set_rollback(True)
    yield "effectiveness, 3,000 sites, page selector (s)", round(seconds, 2), (
        f"statistics read from the database (~200,000 approved values), {result.n_treated} treated / "
        f"{result.n_comparison} comparison communes")


def _dashboard():
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from phongtrao.accounts.models import User
    from phongtrao.initiatives.models import Site

    if Site.objects.count() < 100_000:
        return
    try:
        setup_test_environment()
    except RuntimeError:  # the dashboard suite ran first in this process
        pass
    client = Client()
    client.force_login(User.objects.get(username="bo.xdpt"))

    def page():
        assert client.get("/").status_code == 200

    def cold():
        cache.clear()
        page()

    def floor():
        """The dashboard's site figures as hand-written SQL (per commune with filters, per category × status)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT commune_id, COUNT(*) FILTER (WHERE status <> 'dissolved'), "
                "COUNT(*) FILTER (WHERE status = 'exemplary'), MIN(started_on) FROM initiatives_site GROUP BY commune_id")
            cursor.fetchall()
            cursor.execute("SELECT t.category, s.status, COUNT(*) FROM initiatives_site s JOIN initiatives_modeltype t "
                           "ON t.id = s.model_type_id GROUP BY t.category, s.status")
            cursor.fetchall()

    page()
    warm_s, cold_s, floor_s = [], [], []
    for _ in range(REPEAT):  # interleaved, so the machine's load falls on all three alike
        for fn, bucket in ((page, warm_s), (cold, cold_s), (floor, floor_s)):
            begin = time.perf_counter()
            fn()
            bucket.append(time.perf_counter() - begin)
    page()  # leave the cache warm
    (w50, w95), (c50, c95), (f50, f95) = _ms(warm_s), _ms(cold_s), _ms(floor_s)
    yield "national dashboard p95, figures cached (ms)", round(w95, 1), f"p50 {w50:.1f} ms"
    yield "national dashboard p95, figures computed (ms)", round(c95, 1), f"p50 {c50:.1f} ms, cache cleared each view"
    yield "raw SQL of the site figures p50 (ms)", round(f50, 1), "floor"
    yield "dashboard cached / raw SQL (p50 ratio)", round(w50 / f50, 2), "interleaved"
    yield "dashboard computed / raw SQL (p50 ratio)", round(c50 / f50, 2), "interleaved"
