"""The dashboard's blocks: each one a table of numbers (what the export downloads) and how to chart it.

A block is built from the cached figures of `selectors` for a user and a unit; its widget template and its export
read the same rows, so every number on a chart can be downloaded.
"""
from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.geo.models import AdminUnit
from phongtrao.steering.services import TaskStatus

from . import selectors
from .selectors import CATEGORY_LABELS, STATUS_LABELS

STATUS_COLORS = {"unverified": "#f4a261", "active": "#2a9d8f", "exemplary": "#e9c46a", "suspended": "#8d99ae",
                 "dissolved": "#6c757d"}


@dataclass
class Block:
    key: str
    title: str
    header: list
    rows: list
    chart: dict | None = None
    """{"type": "bar"|"line", "labels": [...], "series": [{"label", "data", "color"}], "stacked", "horizontal"}"""
    extra: dict = field(default_factory=dict)


def _change(now, before):
    return None if before is None else now - before


def headline(user, root: AdminUnit | None, **options) -> Block:
    f = selectors.site_figures(user, root)
    rows = [
        [_("Điểm mô hình đang hoạt động"), f.live, f.live_before, _change(f.live, f.live_before), _("đầu năm")],
        [_("Điểm thành lập từ đầu năm"), f.new_this_year, f.new_last_year, _change(f.new_this_year, f.new_last_year),
         _("cùng kỳ năm trước")],
        [_("Loại mô hình có điểm"), f.types, f.types_before, _change(f.types, f.types_before), _("đầu năm")],
        [_("Điểm điển hình tiên tiến"), f.exemplary, None, None, ""],
        [_("Xã có mô hình"), f.covered, None, None, ""],
        [_("Tổng số xã"), f.communes, None, None, ""],
    ]
    tones = [1] * len(rows)  # more sites is better
    for row, lower_is_better in _statistics_headline(user, root):
        rows.append(row)
        tones.append(-1 if lower_is_better else 1)
    cards = [{"label": r[0], "value": r[1], "before": r[2], "change": r[3], "period": r[4],
              "tone": "" if not r[3] else ("success" if r[3] * tone > 0 else "danger")}
             for r, tone in zip(rows, tones)]
    return Block("headline", _("Số liệu chính"), [_("Chỉ tiêu"), _("Hiện nay"), _("Kỳ trước"), _("Thay đổi"),
                                                  _("Kỳ trước là")], rows, extra={"figures": f, "cards": cards})


KEY_INDICATORS = 4
"""The first indicators (by their position) shown in the headline figures and the trend chart."""


def _complete(series):
    """The series without a last month that fewer than 90 % of the communes have reported yet."""
    if series and series[-1][2] < 0.9 * max(r[2] for r in series):
        return series[:-1]
    return series


def _statistics_headline(user, root) -> list:
    """Key indicators: the last complete month against the same month a year before; [(row, lower is better)]."""
    rows = []
    for indicator, series in list(selectors.indicator_trends(user, root).items())[:KEY_INDICATORS]:
        series = _complete(series)
        if not series:
            continue
        month, total, _n = series[-1]
        before = next((t for m, t, _c in series if (m.year, m.month) == (month.year - 1, month.month)), None)
        rows.append(([f"{indicator.name} ({month:%m/%Y})", total, before, _change(total, before),
                      _("cùng tháng năm trước")], indicator.lower_is_better))
    return rows


def trends(user, root, **options) -> Block:
    data = {i: _complete(series) for i, series in selectors.indicator_trends(user, root).items()}
    indicators = list(data)
    months = sorted({m for series in data.values() for m, _t, _c in series})
    values = {i: {m: t for m, t, _c in series} for i, series in data.items()}
    rows = [[f"{m:%m/%Y}", *(values[i].get(m) for i in indicators)] for m in months]
    colors = ("#a4161a", "#1d3557", "#2a9d8f", "#e9c46a")
    chart = {"type": "line", "labels": [r[0] for r in rows], "series": [
        {"label": str(i), "data": [values[i].get(m) for m in months], "color": colors[n]}
        for n, i in enumerate(indicators[:KEY_INDICATORS])]} if rows else None
    return Block("trends", _("Diễn biến số liệu thống kê (số liệu đã duyệt)"),
                 [_("Tháng"), *(str(i) for i in indicators)], rows, chart)


def categories(user, root, **options) -> Block:
    f = selectors.site_figures(user, root)
    statuses = list(STATUS_LABELS)
    rows = []
    for category, label in CATEGORY_LABELS.items():
        counts = f.by_category.get(category, {})
        rows.append([label, f.types_by_category.get(category, 0), *(counts.get(s, 0) for s in statuses),
                     sum(counts.values())])
    chart = {"type": "bar", "stacked": True, "horizontal": True, "labels": [r[0] for r in rows],
             "series": [{"label": STATUS_LABELS[s], "data": [r[i + 2] for r in rows], "color": STATUS_COLORS[s]}
                        for i, s in enumerate(statuses)]}
    return Block("categories", _("Mô hình và điểm mô hình theo loại, trạng thái"),
                 [_("Loại"), _("Số mô hình"), *STATUS_LABELS.values(), _("Tổng số điểm")], rows, chart)


def spread(user, root, **options) -> Block:
    f = selectors.site_figures(user, root)
    rows = [list(r) for r in f.by_year]
    chart = {"type": "line", "labels": [r[0] for r in rows], "series": [
        {"label": _("Tổng số điểm"), "data": [r[2] for r in rows], "color": "#a4161a"},
        {"label": _("Số xã có mô hình"), "data": [r[3] for r in rows], "color": "#1d3557", "axis": "y1"}]}
    return Block("spread", _("Lan tỏa theo năm"),
                 [_("Năm"), _("Điểm mới"), _("Tổng số điểm"), _("Số xã có mô hình")], rows, chart)


MEASURES = {
    "sites": (lambda r: r.sites, gettext_lazy("Điểm mô hình")),
    "per_commune": (lambda r: round(r.sites / r.communes, 2) if r.communes else 0,
                    gettext_lazy("Điểm mô hình bình quân mỗi xã")),
    "coverage": (lambda r: round(100 * r.coverage, 1), gettext_lazy("Tỷ lệ xã có mô hình (%)")),
    "exemplary": (lambda r: r.exemplary, gettext_lazy("Điểm điển hình tiên tiến")),
}


def units(user, root, measure: str = "sites", **options) -> Block:
    """Per unit one level down, with the map's points: [name, lat, lon, value, dashboard url, code]."""
    f = selectors.site_figures(user, root)
    indicators = {f"ind-{i.pk}": i for i in selectors.indicator_choices(user)}
    measures = [(k, v[1]) for k, v in MEASURES.items()] + [
        (k, _("%(name)s, bình quân mỗi xã mỗi tháng") % {"name": i.name}) for k, i in indicators.items()]
    measure = measure if measure in MEASURES or measure in indicators else "sites"
    if measure in indicators:
        by_child = selectors.indicator_by_child(user, root, indicators[measure], [r.unit for r in f.children])
        value = lambda r: by_child.get(r.unit.pk)  # noqa: E731
    else:
        value = MEASURES[measure][0]
    label = dict(measures)[measure]
    rows = [[r.unit.full_name, r.communes, r.sites, r.exemplary, r.covered, round(100 * r.coverage, 1), value(r)]
            for r in f.children]
    home = reverse("home")
    points = [[r.unit.name, r.unit.lat, r.unit.lon, value(r), f"{home}?unit={r.unit.pk}", r.unit.code]
              for r in f.children if r.unit.lat is not None and value(r) is not None]
    return Block("units", _("Theo địa bàn"),
                 [_("Đơn vị"), _("Số xã"), _("Điểm mô hình"), _("Điển hình"), _("Xã có mô hình"),
                  _("Tỷ lệ xã có mô hình (%)"), label], rows,
                 extra={"points": points, "measure": measure, "measure_label": label, "measures": measures})


TASK_COLORS = {TaskStatus.NOT_DUE: "#8d99ae", TaskStatus.DUE_SOON: "#f4a261", TaskStatus.DONE_ON_TIME: "#2a9d8f",
               TaskStatus.DONE_LATE: "#e9c46a", TaskStatus.OVERDUE: "#a4161a"}


def steering_work(user, root, **options) -> Block:
    """Steering at a glance (`selectors.steering_figures`); each row links to the page behind it."""
    f = selectors.steering_figures(user, root)
    unit_query = f"?unit={root.pk}" if root else ""
    rollup_url = reverse("steering:committee_rollup") + unit_query
    level = (_("Ban Chỉ đạo cấp tỉnh đã kiện toàn") if root is None else _("Ban Chỉ đạo đã kiện toàn")
             if root.level == "commune" else _("Ban Chỉ đạo cấp xã đã kiện toàn"))
    rows = [[level, f.consolidated, f.units, rollup_url]]
    if root is None:
        rows.append([_("Ban Chỉ đạo cấp xã đã kiện toàn"), f.communes_consolidated, f.communes, rollup_url])
    total, key_url = sum(f.key_tasks.values()), reverse("steering:key_tasks") + unit_query
    rows += [[_("Nhiệm vụ trọng tâm: %(status)s") % {"status": status.label}, f.key_tasks.get(status.value, 0), total,
              key_url] for status in TaskStatus]
    rows.append([_("Tồn tại sau kiểm tra chưa khắc phục"), f.open_findings, None,
                 reverse("steering:inspection_rollup") + unit_query])
    rows.append([_("Khen thưởng đã có quyết định năm %(year)d") % {"year": f.year}, f.commendations, None,
                 reverse("awards:commendation_list")])
    chart = {"type": "bar", "horizontal": True, "labels": [str(s.label) for s in TaskStatus], "series": [
        {"label": _("Nhiệm vụ trọng tâm"), "data": [f.key_tasks.get(s.value, 0) for s in TaskStatus],
         "color": [TASK_COLORS[s] for s in TaskStatus]}]} if total else None
    return Block("steering", _("Công tác chỉ đạo"), [_("Chỉ tiêu"), _("Số lượng"), _("Trên tổng số")],
                 [row[:3] for row in rows], chart, extra={"items": rows})


BLOCKS: dict[str, Callable[..., Block]] = {
    "headline": headline, "categories": categories, "spread": spread, "trends": trends, "units": units,
    "steering": steering_work,
}
"""Blocks by key: each is a dashboard widget (`analytics/widgets/<key>.html`) and an export."""
