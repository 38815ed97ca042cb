"""Read queries of the monthly statistics; each takes the user first and stays inside their jurisdiction."""
from datetime import date

from phongtrao.core.scoping import ALL, path_in_scope, unit_paths_for, units_q
from phongtrao.geo.models import AdminUnit, Level

from .models import MonthlyReport, ReportState, Rollup, Value


def commune_series(user, indicator, *, start: date | None = None, end: date | None = None, communes=None):
    """Approved monthly values of `indicator` per commune inside the user's scope: (commune id, month, value) rows,
    ordered by commune and month. `communes` (ids) narrows it further. This is what effectiveness estimates read."""
    values = Value.objects.for_user(user).filter(indicator=indicator, report__state=ReportState.APPROVED)
    if start:
        values = values.filter(report__month__gte=start)
    if end:
        values = values.filter(report__month__lte=end)
    if communes is not None:
        values = values.filter(report__commune_id__in=communes)
    return values.order_by("report__commune_id", "report__month").values_list(
        "report__commune_id", "report__month", "value")


def rollup_series(user, indicator, unit=None):
    """Monthly approved totals of a province (or the nation, `unit` None) as (month, total, communes) rows.

    A user sees the nation's totals only with a national scope, a province's only when it is inside theirs;
    a commune user gets no roll-up (their own values are their series).
    """
    path = unit.path if unit is not None else None
    if unit is None and unit_paths_for(user, "view") != ALL:
        return []
    if unit is not None and (unit.level != Level.PROVINCE or not path_in_scope(user, path, "view")):
        return []
    return list(Rollup.objects.filter(unit=unit, indicator=indicator).order_by("month").values_list(
        "month", "total", "communes"))


def reporting_status(user, month: date, root=None) -> dict:
    """Who has reported `month` below `root` (the user's own level by default): one row per child unit.

    For the nation the rows are provinces (communes approved / submitted / in draft / total); for a province they
    are its communes with their report's state ("missing" when none).
    """
    paths = unit_paths_for(user, "view")
    if root is None and paths != ALL:
        root = AdminUnit.objects.filter(path=paths[0]).first() if len(paths) == 1 else None
    if root is not None and not path_in_scope(user, root.path, "view"):
        root = None
    reports = MonthlyReport.objects.for_user(user).filter(month=month)
    if root is None or root.level == Level.PROVINCE:
        communes = AdminUnit.objects.current().filter(level=Level.COMMUNE)
        communes = communes.filter(parent=root) if root is not None else communes.filter(units_q("pk", paths))
    if root is not None and root.level == Level.PROVINCE:
        states = dict(reports.filter(commune__parent=root).values_list("commune_id", "state"))
        rows = [{"unit": c, "state": states.get(c.pk, "missing")} for c in communes.order_by("name")]
        counts = {state: sum(1 for r in rows if r["state"] == state) for state in (*ReportState.values, "missing")}
        return {"root": root, "level": "commune", "rows": rows, "counts": counts, "total": len(rows)}
    if root is not None:  # a commune user: their own month
        state = reports.filter(commune=root).values_list("state", flat=True).first() or "missing"
        rows = [{"unit": root, "state": state}]
        return {"root": root, "level": "commune", "rows": rows, "counts": {state: 1}, "total": 1}
    by_province: dict[int, dict] = {}
    for province_id, state in reports.values_list("commune__parent_id", "state"):
        by_province.setdefault(province_id, {}).setdefault(state, 0)
        by_province[province_id][state] += 1
    totals = {}
    for province_id in communes.values_list("parent_id", flat=True):
        totals[province_id] = totals.get(province_id, 0) + 1
    provinces = AdminUnit.objects.filter(pk__in=totals).order_by("name")
    rows = []
    for province in provinces:
        counts = by_province.get(province.pk, {})
        approved = counts.get(ReportState.APPROVED, 0)
        rows.append({"unit": province, "counts": counts, "total": totals[province.pk], "approved": approved,
                     "missing": totals[province.pk] - sum(counts.values()),
                     "rate": approved / totals[province.pk] if totals[province.pk] else 0})
    return {"root": None, "level": "province", "rows": rows, "total": sum(totals.values()),
            "approved": sum(r["approved"] for r in rows)}
