"""Demo reports: the six-month reports of a few communes (one issued, one draft per sample province), so a province
user sees, on the reporting status page, which communes have reported and which have not."""
from django.utils import timezone

from phongtrao.accounts.models import Role, User

from . import services
from .models import Kind, Report

SAMPLE_PROVINCES = ("79", "01", "68")
COMMUNES = 2
"""Reports for the first communes of each sample province (at national scale too: each costs a generation)."""


def build(*, scale: str, seed: int) -> str:
    year = timezone.localdate().year if timezone.localdate().month > 6 else timezone.localdate().year - 1
    start, end = services.period_bounds(Kind.HALF_YEAR, year, 1)
    made = issued = 0
    users = (User.objects.filter(role=Role.COMMUNE, unit__parent__code__in=SAMPLE_PROVINCES, unit__is_current=True)
             .select_related("unit__parent").order_by("unit__code"))
    seen_provinces, per_province = set(), {}
    for user in users:
        per_province[user.unit.parent_id] = per_province.get(user.unit.parent_id, 0) + 1
        if per_province[user.unit.parent_id] > COMMUNES:
            continue
        if Report.objects.filter(unit=user.unit, kind=Kind.HALF_YEAR, period_end=end).exists():
            continue
        report = services.generate_report(user=user, kind=Kind.HALF_YEAR, unit=user.unit, start=start, end=end)
        report.signer_name = user.get_full_name()
        report.save()
        made += 1
        if user.unit.parent_id not in seen_provinces:  # the first commune of each province has issued its report
            seen_provinces.add(user.unit.parent_id)
            services.issue_report(user=user, report=report)
            issued += 1
    return f"{made} báo cáo 6 tháng đầu năm {year} của cấp xã ({issued} đã ban hành, {made - issued} dự thảo)"
