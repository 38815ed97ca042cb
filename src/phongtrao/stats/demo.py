"""Five years of monthly statistics for the demo communes, with effects planted for a few model types.

Each commune gets a level per indicator (from its size), a yearly season (more incidents around Tết and in summer),
a slow national trend and noise. Where a site of a PLANTED type started inside the five years, the commune's
indicator moves by the planted share from the site's start month on (the whole month, as the page counts it), so
the effectiveness page can be checked against a known answer: it reads the effect as a share of the level expected
without the model, which is what is planted (docs/statistics.md lists them and what the page finds). "Dân vận khéo" is the control: nothing is planted for it.
The last month is left partly unreported (drafts, months waiting for approval, communes missing).
"""
import math
import random
from datetime import date

from phongtrao.core.db import bulk_insert
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import Site

from . import services
from .models import Indicator, MonthlyReport, ReportState, Value

MONTHS = 60
PLANTED = {
    # model type name → (indicator code, relative change from the site's start month)
    "Camera giám sát tình hình an ninh, trật tự": ("criminal", -0.30),
    "Tổ công nhân đường phố phòng, chống tội phạm": ("social_order", -0.25),
    "Tổ hòa giải ở cơ sở": ("mediated", +0.40),
}
BASE = {"criminal": 3.0, "social_order": 5.0, "drugs": 1.5, "traffic": 2.0, "fire": 0.4, "solved": 2.2, "tips": 8.0,
        "mediated": 3.0, "wanted_caught": 0.5, "reoffending": 0.6, "drug_users": 1.0, "weapons_handed": 1.2}
SEASON = (1.25, 1.3, 1.05, 0.95, 0.95, 1.05, 1.1, 1.1, 0.95, 0.9, 0.95, 1.1)
"""January … December: Tết and the summer holidays bring more incidents."""


def months(count: int, last: date) -> list[date]:
    """The `count` months ending with `last`, oldest first."""
    index = last.year * 12 + last.month - 1
    return [date((i) // 12, i % 12 + 1, 1) for i in range(index - count + 1, index + 1)]


def draw(rng: random.Random, mean: float) -> int:
    """A count around `mean` (Poisson for small means, its normal approximation above)."""
    if mean < 30:
        limit, k, p = math.exp(-mean), 0, rng.random()
        while p > limit:
            k += 1
            p *= rng.random()
        return k
    return max(0, round(rng.gauss(mean, math.sqrt(mean))))


def planted_starts(communes) -> dict[tuple[int, str], date]:
    """(commune id, indicator code) → the first day of the month its earliest site of a planted type started.

    The whole start month is planted, as the effectiveness page counts it among the months after the start
    (planted from the next month, a site started on the 20th would lose a month of its effect: 1/12 of the window).
    """
    starts = {}
    for type_name, (code, _change) in PLANTED.items():
        for commune_id, started in Site.objects.filter(model_type__name=type_name, commune__in=communes).exclude(
                started_on=None).values_list("commune_id", "started_on"):
            key, month = (commune_id, code), started.replace(day=1)
            starts[key] = min(starts.get(key, month), month)
    return starts


def build(*, scale: str, seed: int) -> str:
    if MonthlyReport.objects.exists():
        return "số liệu thống kê mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    communes = list(AdminUnit.objects.current().filter(level=Level.COMMUNE, sites__isnull=False).distinct()
                    .order_by("code"))
    if scale == "national":
        communes = list(AdminUnit.objects.current().filter(level=Level.COMMUNE).order_by("code"))
    indicators = list(Indicator.objects.filter(active=True))
    last = services.last_month()
    periods = months(MONTHS, last)
    starts = planted_starts(communes)
    changes = {code: change for code, change in PLANTED.values()}
    reports, values = [], []
    for commune in communes:
        size = rng.lognormvariate(0, 0.5)
        for month_index, month in enumerate(periods):
            state = ReportState.APPROVED
            if month == last:
                state = rng.choices([ReportState.APPROVED, ReportState.SUBMITTED, ReportState.DRAFT, None],
                                    [55, 20, 10, 15])[0]
            if state is None:
                continue
            reports.append((commune.pk, month, state))
            for indicator in indicators:
                mean = BASE.get(indicator.code, 1.0) * size * SEASON[month.month - 1] * (1 - 0.004 * month_index)
                start = starts.get((commune.pk, indicator.code))
                if start is not None and start <= month:
                    mean *= 1 + changes[indicator.code]
                values.append((commune.pk, month, indicator.pk, draw(rng, mean)))
    report_ids = bulk_insert(MonthlyReport, ("commune_id", "month", "state"), reports)
    by_key = {(c, m): pk for pk, (c, m, _s) in zip(report_ids, reports)}
    bulk_insert(Value, ("report_id", "indicator_id", "value", "estimated"),
                [(by_key[(c, m)], i, float(v), False) for c, m, i, v in values], ids=False)
    rollups = services.rebuild_rollups()
    return (f"{len(communes)} xã × {len(periods)} tháng: {len(reports)} báo cáo, {len(values)} số liệu, "
            f"{rollups} dòng tổng hợp")
