"""Dashboard figures, inside the user's jurisdiction and under the unit the dashboard shows.

Site figures come from two grouped queries (per commune, per category × status) whose result is kept in the cache
per (scope, unit) until a site changes (`caching.bump()`, wired to the site signals) or `CACHE_SECONDS` pass: a
dashboard view costs a cache read, not a scan of the sites.
"""
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from django.db.models import Count, Max, Min, Q
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext

from phongtrao.awards.selectors import decided_in_year
from phongtrao.core import caching
from phongtrao.core.scoping import ALL, scope_q, units_q, unit_paths_for
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.geo.rollup import child_units
from phongtrao.initiatives.models import LIVE_STATUSES, Category, Site, Status
from phongtrao.stats import selectors as stats_selectors
from phongtrao.steering import selectors as steering
from phongtrao.steering.services import CommitteeState
from phongtrao.stats.models import Indicator, ReportState, Rollup, Value

from .effectiveness import Estimate, estimate, month_index
from .replication import Candidate, rank


@dataclass
class UnitRow:
    unit: AdminUnit
    communes: int = 0
    sites: int = 0
    exemplary: int = 0
    covered: int = 0
    """Communes with at least one live site."""

    @property
    def coverage(self) -> float:
        return self.covered / self.communes if self.communes else 0.0


@dataclass
class SiteFigures:
    root: AdminUnit | None
    today: date
    communes: int
    live: int
    exemplary: int
    covered: int
    types: int
    types_before: int
    new_this_year: int
    new_last_year: int
    live_before: int
    by_category: dict = field(default_factory=dict)
    """{category: {status: n}}"""
    types_by_category: dict = field(default_factory=dict)
    """{category: model types with a live site}"""
    by_year: list = field(default_factory=list)
    """[(year, new sites, cumulative sites, cumulative communes reached)]"""
    children: list[UnitRow] = field(default_factory=list)


def site_figures(user, root: AdminUnit | None) -> SiteFigures:
    """Figures of the sites under `root` (None: the country) that `user` may see, cached until a site changes."""
    return caching.cached(("sites", caching.scope_key(unit_paths_for(user, "view")), root.path if root else ""),
                          lambda: _site_figures(user, root))


def _site_figures(user, root) -> SiteFigures:
    today = timezone.localdate()
    year_start, last_year_start = date(today.year, 1, 1), date(today.year - 1, 1, 1)
    try:
        same_day_last_year = today.replace(year=today.year - 1)
    except ValueError:  # 29 February
        same_day_last_year = today.replace(year=today.year - 1, day=28)
    sites = Site.objects.for_user(user)
    if root is not None:
        sites = sites.filter(units_q("commune", [root.path]))
    live = Q(status__in=LIVE_STATUSES)
    per_commune = list(sites.order_by().values("commune").annotate(
        n=Count("pk", filter=live), ex=Count("pk", filter=Q(status=Status.EXEMPLARY)),
        first=Min("started_on", filter=live),
        before=Count("pk", filter=live & Q(started_on__lt=year_start)),
        new=Count("pk", filter=Q(started_on__gte=year_start, started_on__lte=today)),
        new_last=Count("pk", filter=Q(started_on__gte=last_year_start, started_on__lte=same_day_last_year)),
    ))
    by_category = {}
    for row in sites.order_by().values("model_type__category", "status").annotate(n=Count("pk")):
        by_category.setdefault(row["model_type__category"], {})[row["status"]] = row["n"]
    types_by_category = dict(sites.filter(live).order_by().values_list("model_type__category")
                             .annotate(n=Count("model_type", distinct=True)))
    type_counts = sites.filter(live).aggregate(
        now=Count("model_type", distinct=True),
        before=Count("model_type", distinct=True, filter=Q(started_on__lt=year_start)))
    communes = AdminUnit.objects.current().filter(level=Level.COMMUNE)
    if root is not None:
        communes = communes.subtree(root)
    figures = SiteFigures(
        root=root, today=today, communes=communes.count(),
        live=sum(r["n"] for r in per_commune), exemplary=sum(r["ex"] for r in per_commune),
        covered=sum(1 for r in per_commune if r["n"]), types=type_counts["now"], types_before=type_counts["before"],
        new_this_year=sum(r["new"] for r in per_commune), new_last_year=sum(r["new_last"] for r in per_commune),
        live_before=sum(r["before"] for r in per_commune), by_category=by_category,
        types_by_category=types_by_category,
    )
    figures.by_year = _by_year(sites)
    figures.children = _children(root, per_commune, communes)
    return figures


def _by_year(sites) -> list[tuple[int, int, int, int]]:
    starts = sites.exclude(started_on=None).order_by().values("commune").annotate(first=Min("started_on"))
    first_year = {}
    for row in starts:
        first_year[row["first"].year] = first_year.get(row["first"].year, 0) + 1
    new = dict(sites.exclude(started_on=None).order_by().annotate(year=ExtractYear("started_on"))
               .values_list("year").annotate(n=Count("pk")))
    out, total, reached = [], 0, 0
    for year in sorted(new):
        total += new[year]
        reached += first_year.get(year, 0)
        out.append((year, new[year], total, reached))
    return out


def _children(root, per_commune, communes) -> list[UnitRow]:
    """Figures per unit one level below `root` (provinces, or the communes of a province)."""
    children = child_units(root)
    if not children:
        return []
    rows = {c.path: UnitRow(c) for c in children}
    lengths = sorted({len(p) for p in rows})

    def owner(path):
        return next((rows[path[:n]] for n in lengths if path[:n] in rows), None)

    for path in communes.values_list("path", flat=True):
        if row := owner(path):
            row.communes += 1
    paths = dict(AdminUnit.objects.filter(pk__in=[r["commune"] for r in per_commune]).values_list("pk", "path"))
    for r in per_commune:
        if row := owner(paths.get(r["commune"], "")):
            row.sites += r["n"]
            row.exemplary += r["ex"]
            row.covered += 1 if r["n"] else 0
    return list(rows.values())


CATEGORY_LABELS = dict(Category.choices)
STATUS_LABELS = dict(Status.choices)


# -- effectiveness and replication ---------------------------------------------------------------------


def model_starts(user, model_type, site=None) -> dict[int, int | None]:
    """{commune id: month index its first site of the type started (None: no start date)} inside the scope.

    For one `site`: only its commune is treated; the other communes with the type are marked unknown so they
    serve neither as treated nor as comparison.
    """
    rows = (Site.objects.for_user(user).filter(model_type=model_type).order_by().values("commune")
            .annotate(first=Min("started_on")))
    starts = {r["commune"]: month_index(r["first"].year, r["first"].month) if r["first"] else None for r in rows}
    if site is not None:
        starts = {c: (s if c == site.commune_id else None) for c, s in starts.items()}
    return starts


def other_model_starts(user, model_type) -> dict[int, list[int]]:
    """{commune id: month indexes its first site of each other model type started} inside the scope."""
    rows = (Site.objects.for_user(user).exclude(model_type=model_type).filter(started_on__isnull=False).order_by()
            .values("commune", "model_type").annotate(first=Min("started_on")).values_list("commune", "first"))
    starts = {}
    for commune, first in rows:
        starts.setdefault(commune, []).append(month_index(first.year, first.month))
    return starts


URBAN_KINDS = {"Phường": "urban", "Đặc khu": "special"}


def commune_features(user) -> pd.DataFrame:
    """Current communes inside the scope: province, urban/rural/special zone, population band (unknown: "")."""
    communes = (AdminUnit.objects.current().filter(level=Level.COMMUNE)
                .filter(scope_q("path", unit_paths_for(user, "view"))).values_list("pk", "path", "kind"))
    frame = pd.DataFrame(list(communes), columns=["commune", "path", "kind"]).set_index("commune")
    frame["province"] = frame["path"].str.split("/").str[0]
    frame["urban"] = frame["kind"].map(URBAN_KINDS).fillna("rural")
    frame["pop_band"] = ""
    return frame[["province", "urban", "pop_band"]]


def commune_sponsors(user) -> dict[int, set]:
    """{commune id: organisations leading a site there (any model)} inside the scope."""
    out = {}
    for commune, sponsor in (Site.objects.for_user(user).exclude(leading_org=None).order_by()
                             .values_list("commune", "leading_org__name").distinct()):
        out.setdefault(commune, set()).add(sponsor)
    return out


def indicator_choices(user) -> list[Indicator]:
    """The indicators in use (reference data, the same for everyone)."""
    return list(Indicator.objects.filter(active=True).order_by("position", "code"))


def indicator_values(user, indicator) -> tuple[pd.DataFrame, list[int]]:
    """The indicator's approved monthly values per commune inside the scope (commune, month index, value), and the
    reporting changes: the month after the last one estimated from legacy communes (values shared out, not
    reported), when there is one."""
    rows = list(stats_selectors.commune_series(user, indicator))
    frame = pd.DataFrame(rows, columns=["commune", "month", "value"])
    frame["month"] = [month_index(d.year, d.month) for d in frame["month"]]
    last_estimated = (Value.objects.for_user(user).filter(indicator=indicator, estimated=True,
                                                          report__state=ReportState.APPROVED)
                      .aggregate(last=Max("report__month"))["last"])
    changes = [month_index(last_estimated.year, last_estimated.month) + 1] if last_estimated else []
    return frame, changes


def effectiveness(user, model_type, indicator, site=None) -> Estimate:
    """Stacked DiD of `model_type` (or one `site`) on `indicator`, inside the user's scope, cached until data change."""
    def compute():
        values, changes = indicator_values(user, indicator)
        return estimate(values, model_starts(user, model_type, site), commune_features(user),
                        lower_is_better=indicator.lower_is_better, reporting_changes=changes,
                        other_starts=other_model_starts(user, model_type))
    return caching.cached(("effect", caching.scope_key(unit_paths_for(user, "view")), model_type.pk, indicator.pk,
                           site.pk if site else ""), compute)


@dataclass
class Recommendation:
    unit: AdminUnit
    candidate: Candidate
    neighbours: list
    """[(AdminUnit, own effect, distance)]"""
    level: float | None
    trend: float | None

    def evidence(self, indicator) -> str:
        """Why this commune is recommended, in one paragraph (kept in the task made from it)."""
        near = "; ".join(f"{u.full_name} ({e:+.2f})" for u, e, _d in self.neighbours)
        text = gettext("Đề xuất nhân rộng theo chỉ tiêu “%(indicator)s”: điểm tương đồng %(score)s/100; xã tương đồng đã có "
                 "hiệu quả (tác động riêng mỗi tháng): %(near)s; tác động dự kiến mỗi tháng %(expected)+.2f.") % {
            "indicator": indicator, "score": self.candidate.score, "near": near, "expected": self.candidate.expected}
        if self.candidate.shared_sponsors:
            text += " " + gettext("Cùng có tổ chức chủ trì: %(sponsors)s.") % {
                "sponsors": ", ".join(sorted(self.candidate.shared_sponsors))}
        return text


def replication(user, model_type, indicator, limit: int = 100) -> tuple[Estimate, list[Recommendation], int]:
    """Communes in scope lacking the type, most like those where it worked first; the estimate behind it and the
    number of candidates ranked."""
    result = effectiveness(user, model_type, indicator)
    worked = result.worked()
    values, _ = indicator_values(user, indicator)
    features = commune_features(user)
    signals = _level_and_trend(values)
    numeric = pd.DataFrame({"urban": (features["urban"] == "urban").astype(float)}, index=features.index)
    numeric = numeric.join(signals, how="left")
    having = set(model_starts(user, model_type))
    reported = set(signals["level"].dropna().index)  # a commune without statistics cannot be compared
    ranked = rank(numeric, worked, [c for c in features.index if c not in having and c in reported],
                  sponsors=commune_sponsors(user))
    top = ranked[:limit]
    ids = {c.commune for c in top} | {n[0] for c in top for n in c.neighbours}
    units = AdminUnit.objects.select_related("parent").in_bulk(ids)
    out = [Recommendation(units[c.commune], c, [(units[w], e, d) for w, e, d in c.neighbours],
                          _float(signals, c.commune, "level"), _float(signals, c.commune, "trend")) for c in top]
    return result, out, len(ranked)


def _level_and_trend(values: pd.DataFrame) -> pd.DataFrame:
    """Per commune: mean of the last 12 reported months (level) and its change on the 12 before (trend)."""
    if values.empty:
        return pd.DataFrame(columns=["level", "trend"], dtype=float)
    last = values["month"].max()
    recent = values[values["month"] > last - 12].groupby("commune")["value"].mean()
    before = values[(values["month"] <= last - 12) & (values["month"] > last - 24)].groupby("commune")["value"].mean()
    return pd.DataFrame({"level": recent, "trend": recent - before})


def _float(frame, row, column):
    value = frame[column].get(row) if column in frame else None
    return None if value is None or pd.isna(value) else float(value)


# -- statistics on the dashboard ---------------------------------------------------------------------------


TREND_MONTHS = 24


def indicator_trends(user, root: AdminUnit | None) -> dict:
    """{indicator: [(month, total, communes reporting)]} over the last 24 months under `root`, from the statistics'
    roll-ups (a province, the nation) or the commune's own values; cached until statistics change."""
    def compute():
        out = {}
        for indicator in indicator_choices(user):
            if root is not None and root.level == Level.COMMUNE:
                rows = [(m, v, 1) for _c, m, v in stats_selectors.commune_series(user, indicator, communes=[root.pk])]
            else:
                rows = stats_selectors.rollup_series(user, indicator, root)
            out[indicator] = list(rows)[-TREND_MONTHS:]
        return out
    return caching.cached(("trends", caching.scope_key(unit_paths_for(user, "view")), root.path if root else ""),
                          compute)


def indicator_by_child(user, root: AdminUnit | None, indicator, children: list[AdminUnit]) -> dict[int, float]:
    """{child unit id: the indicator's mean per commune per month over the last 12 reported months}."""
    def compute():
        if root is None and unit_paths_for(user, "view") != ALL:
            return {}
        if root is None:
            rows = list(Rollup.objects.filter(unit__in=children, indicator=indicator).order_by("-month")
                        .values_list("unit_id", "month", "total", "communes")[:12 * len(children)])
            sums = {}
            for unit_id, _m, total, communes in rows:
                t, c = sums.get(unit_id, (0.0, 0))
                sums[unit_id] = (t + total, c + communes)
            return {u: round(t / c, 2) for u, (t, c) in sums.items() if c}
        series = list(stats_selectors.commune_series(user, indicator, communes=[c.pk for c in children]))
        if not series:
            return {}
        last = max(m for _c, m, _v in series)
        start = date(last.year - 1, last.month, 1)
        sums = {}
        for commune, month, value in series:
            if month > start:
                t, n = sums.get(commune, (0.0, 0))
                sums[commune] = (t + value, n + 1)
        return {u: round(t / n, 2) for u, (t, n) in sums.items() if n}
    return caching.cached(("by-child", caching.scope_key(unit_paths_for(user, "view")), root.path if root else "",
                           indicator.pk), compute)


@dataclass
class SteeringFigures:
    """Steering at a glance under a unit: committees consolidated one level down (and, for the country, in the
    communes), key tasks by status, open findings, commendations decided this year."""

    consolidated: int
    units: int
    communes_consolidated: int
    communes: int
    key_tasks: dict
    """{TaskStatus value: n}"""
    open_findings: int
    commendations: int
    year: int


def steering_figures(user, root: AdminUnit | None) -> SteeringFigures:
    """Cached until steering or commendation data change (task statuses move with the date: the day is in the key)."""
    today = timezone.localdate()
    return caching.cached(("steering", caching.scope_key(unit_paths_for(user, "view")), root.path if root else "",
                           today.isoformat()), lambda: _steering_figures(user, root, today))


def _steering_figures(user, root, today) -> SteeringFigures:
    committees = steering.committee_rollup(user, root)
    key_tasks = {}
    for row in steering.task_rollup(user, root, key_only=True):
        for status, n in row.counts.items():
            key_tasks[status] = key_tasks.get(status, 0) + n
    return SteeringFigures(
        consolidated=sum(row.state == CommitteeState.CONSOLIDATED for row in committees), units=len(committees),
        communes_consolidated=sum(row.below_done for row in committees),
        communes=sum(row.below_total for row in committees), key_tasks=key_tasks,
        open_findings=steering.open_findings(user, root).count(),
        commendations=decided_in_year(user, root, today.year), year=today.year)
