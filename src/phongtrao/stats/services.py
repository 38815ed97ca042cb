"""Rules of the monthly statistics: entering values, the approval workflow, incremental roll-ups."""
from collections import defaultdict
from datetime import date, timedelta

from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from phongtrao.core.scoping import path_in_scope, require_scope

from .models import Indicator, MonthlyReport, ReportState, Rollup, Value


def month_start(value: date) -> date:
    return value.replace(day=1)


def last_month() -> date:
    """The first day of the month before this one: the month being reported."""
    return month_start(timezone.localdate().replace(day=1) - timedelta(days=1))


def check_month(month: date) -> date:
    """The first day of `month`; a month that has not begun yet is refused."""
    month = month_start(month)
    if month > month_start(timezone.localdate()):
        raise ValidationError(_("Tháng %(month)s chưa đến: chưa thể báo cáo.") % {"month": month.strftime("%m/%Y")})
    return month


def get_report(user, commune, month: date, *, create: bool = True) -> MonthlyReport | None:
    """The commune's report for `month` (created as a draft when missing and `create`)."""
    require_scope(user, commune, "view")
    month = check_month(month)
    report = MonthlyReport.objects.filter(commune=commune, month=month).first()
    if report is None and create:
        require_scope(user, commune, "add")
        report, _created = MonthlyReport.objects.get_or_create(commune=commune, month=month)
    return report


@transaction.atomic
def set_values(user, report: MonthlyReport, values: dict, *, estimated: frozenset = frozenset()) -> int:
    """Store `values` ({Indicator or id: number or None}) in a report that is still open; None clears a value."""
    require_scope(user, report.commune, "change")
    report = MonthlyReport.objects.select_for_update().get(pk=report.pk)
    if report.locked:
        raise ValidationError(_("Báo cáo %(report)s đang chờ duyệt hoặc đã duyệt: không sửa được. Cần mở lại trước.")
                              % {"report": report})
    changed = 0
    existing = {v.indicator_id: v for v in report.values.all()}
    for indicator, number in values.items():
        indicator_id = getattr(indicator, "pk", indicator)
        current = existing.get(indicator_id)
        if number is None:
            if current is not None:
                current.delete()
                changed += 1
            continue
        if number < 0:
            raise ValidationError(_("Số liệu không được âm."))
        if current is None:
            Value.objects.create(report=report, indicator_id=indicator_id, value=number,
                                 estimated=indicator_id in estimated)
            changed += 1
        elif current.value != number or current.estimated != (indicator_id in estimated):
            current.value, current.estimated = number, indicator_id in estimated
            current.save(update_fields=["value", "estimated"])
            changed += 1
    if changed and report.state == ReportState.RETURNED:
        report.state = ReportState.DRAFT
        report.save(update_fields=["state", "version", "last_updated"])
    return changed


def can_approve(user, report: MonthlyReport) -> bool:
    """Approval is the level above: a user whose scope holds the commune's province (not the commune alone)."""
    province = report.commune.parent
    return province is not None and path_in_scope(user, province.path, "change")


def _transition(user, report, *, allowed_from, to, approve=False, reason=""):
    """Move `report` to `to`, checking scope, who may do it and from which states; keeps the roll-ups in step."""
    with transaction.atomic():
        report = MonthlyReport.objects.select_for_update(of=("self",)).select_related("commune__parent").get(pk=report.pk)
        require_scope(user, report.commune, "change")
        if approve and not can_approve(user, report):
            raise PermissionDenied(_("Chỉ cấp tỉnh trở lên mới duyệt, trả lại hoặc mở lại báo cáo của xã."))
        if report.state not in allowed_from:
            raise ValidationError(_("Báo cáo đang ở tình trạng “%(state)s”: không thể làm việc này.") % {
                "state": report.get_state_display()})
        was_approved = report.state == ReportState.APPROVED
        report.state, report.return_reason = to, reason
        now = timezone.now()
        if to == ReportState.SUBMITTED:
            report.submitted_on = now
        if to == ReportState.APPROVED:
            report.approved_on, report.approved_by = now, user if user and user.is_authenticated else None
        report.save()
        if to == ReportState.APPROVED:
            apply_to_rollups([report], sign=+1)
        elif was_approved:
            apply_to_rollups([report], sign=-1)
    return report


def submit(user, report):
    """The commune sends its month up for approval (it must hold at least one value)."""
    if not report.values.exists():
        raise ValidationError(_("Báo cáo chưa có số liệu nào: nhập số liệu trước khi gửi."))
    return _transition(user, report, allowed_from=(ReportState.DRAFT, ReportState.RETURNED), to=ReportState.SUBMITTED)


def approve(user, report):
    return _transition(user, report, allowed_from=(ReportState.SUBMITTED,), to=ReportState.APPROVED, approve=True)


def return_report(user, report, reason: str):
    if not reason.strip():
        raise ValidationError(_("Ghi lý do trả lại để xã biết cần sửa gì."))
    return _transition(user, report, allowed_from=(ReportState.SUBMITTED,), to=ReportState.RETURNED, approve=True,
                       reason=reason.strip())


def reopen(user, report, reason: str):
    """A correction of an approved month: back to draft, out of the roll-ups, with the reason in the audit log."""
    if not reason.strip():
        raise ValidationError(_("Ghi lý do mở lại báo cáo đã duyệt."))
    report = _transition(user, report, allowed_from=(ReportState.APPROVED, ReportState.SUBMITTED),
                         to=ReportState.DRAFT, approve=True)
    LogEntry.objects.log_create(report, force_log=True, action=LogEntry.Action.UPDATE, actor=user,
                                changes={"reopened": [None, reason.strip()]},
                                additional_data=report.get_additional_data())
    return report


def apply_to_rollups(reports, *, sign: int) -> None:
    """Add (+1) or take away (-1) the values of approved `reports` in their province's and the nation's totals."""
    deltas: dict[tuple, list] = defaultdict(lambda: [0.0, 0])
    rows = Value.objects.filter(report__in=reports).values_list("report__commune__parent_id", "report__month",
                                                                "indicator_id", "value")
    for province_id, month, indicator_id, value in rows:
        for unit_id in (province_id, None):
            delta = deltas[(unit_id, month, indicator_id)]
            delta[0] += sign * value
            delta[1] += sign
    for (unit_id, month, indicator_id), (total, communes) in deltas.items():
        updated = Rollup.objects.filter(unit_id=unit_id, month=month, indicator_id=indicator_id).update(
            total=F("total") + total, communes=F("communes") + communes)
        if not updated:
            Rollup.objects.create(unit_id=unit_id, month=month, indicator_id=indicator_id, total=total,
                                  communes=communes)


@transaction.atomic
def rebuild_rollups() -> int:
    """Recompute every roll-up from the approved values (after a bulk load; the pages never call it)."""
    Rollup.objects.all().delete()
    approved = MonthlyReport.objects.filter(state=ReportState.APPROVED)
    totals: dict[tuple, list] = defaultdict(lambda: [0.0, 0])
    for province_id, month, indicator_id, value in Value.objects.filter(report__in=approved).values_list(
            "report__commune__parent_id", "report__month", "indicator_id", "value").iterator(chunk_size=20_000):
        for unit_id in (province_id, None):
            total = totals[(unit_id, month, indicator_id)]
            total[0] += value
            total[1] += 1
    Rollup.objects.bulk_create([Rollup(unit_id=u, month=m, indicator_id=i, total=t, communes=n)
                                for (u, m, i), (t, n) in totals.items()], batch_size=5000)
    return len(totals)


def active_indicators():
    return Indicator.objects.filter(active=True)
