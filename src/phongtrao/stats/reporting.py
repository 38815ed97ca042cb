"""The official reports' section on the monthly statistics (registered in `StatsConfig.ready()`)."""
from collections import defaultdict
from datetime import date

from django.db.models import Sum

from phongtrao.core.reporting import Section, vn_number

from .models import Indicator, MonthlyReport, ReportState, Value

ROW_FIELDS = {"stats.monthlyreport": ("commune__full_name", "month", "state")}


def year_before(day: date) -> date:
    return day.replace(year=day.year - 1, day=min(day.day, 28))


def _totals(user, scope, start: date, end: date) -> dict[int, float]:
    values = scope.rows(Value.objects.filter(report__state=ReportState.APPROVED), user, "report__commune").filter(
        report__month__range=(start.replace(day=1), end))
    return dict(values.values("indicator").annotate(total=Sum("value")).values_list("indicator", "total"))


def change_text(now: float, before: float) -> str:
    """"giảm 12,5 %" / "tăng 3 %" against the same period a year before ("—" without a base)."""
    if not before:
        return "—"
    change = 100 * (now - before) / before
    if abs(change) < 0.05:
        return "không đổi"
    word = "giảm" if change < 0 else "tăng"
    return f"{word} {abs(change):.1f} %".replace(".", ",")


def statistics_section(user, scope) -> Section:
    """Approved figures of the period per indicator against the same period a year before; who has reported."""
    section = Section("statistics", "Tình hình an ninh, trật tự qua số liệu thống kê")
    now = _totals(user, scope, scope.start, scope.end)
    before = _totals(user, scope, year_before(scope.start), year_before(scope.end))
    indicators = list(Indicator.objects.filter(active=True))
    rows = []
    for indicator in indicators:
        current, earlier = now.get(indicator.pk, 0), before.get(indicator.pk, 0)
        rows.append([indicator.name, vn_number(round(current)), vn_number(round(earlier)),
                     change_text(current, earlier)])
    section.table("Số liệu đã duyệt trong kỳ so với cùng kỳ năm trước",
                  ["Chỉ tiêu", "Trong kỳ", "Cùng kỳ năm trước", "So sánh"], rows)
    reports = scope.rows(MonthlyReport.objects.all(), user, "commune").filter(
        month__range=(scope.start.replace(day=1), scope.end))
    by_state = defaultdict(set)
    for pk, state in reports.values_list("pk", "state"):
        by_state[state].add(pk)
    section.table("Báo cáo thống kê tháng của cấp xã trong kỳ",
                  ["Tình trạng", "Số báo cáo"],
                  [[label, section.figure(label, MonthlyReport, by_state[value])]
                   for value, label in ReportState.choices], total_label="Tổng cộng")
    crime = next((i for i in indicators if i.code == "criminal"), None)
    if crime is not None and before.get(crime.pk):
        section.paragraphs.append(
            "Trong kỳ, xảy ra %(now)s vụ phạm pháp hình sự, %(change)s so với cùng kỳ năm trước (%(before)s vụ); "
            "số liệu tính trên %(approved)s báo cáo tháng của cấp xã đã được duyệt." % {
                "now": vn_number(round(now.get(crime.pk, 0))), "before": vn_number(round(before[crime.pk])),
                "change": change_text(now.get(crime.pk, 0), before[crime.pk]),
                "approved": vn_number(len(by_state[ReportState.APPROVED]))})
    return section
