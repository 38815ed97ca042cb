"""The reports' own section: which units one level down have issued their report for the same period."""

from phongtrao.core.reporting import Section, vn_number
from phongtrao.geo.models import AdminUnit

from .models import Report, State
from .selectors import reporting_status

ROW_FIELDS = {"reports.report": ("unit__full_name", "summary", "number", "symbol", "issued_on"),
              "geo.adminunit": ("full_name", "code")}


def subordinates_section(user, scope) -> Section | None:
    """Reporting status of the units below (none for a commune report)."""
    rows = reporting_status(user, scope.unit, scope.kind, scope.start, scope.end)
    if not rows:
        return None
    section = Section("subordinates", "Tình hình báo cáo của đơn vị cấp dưới")
    issued = [r for r in rows if r.state == State.ISSUED]
    drafts = [r for r in rows if r.state == State.DRAFT]
    missing = [r for r in rows if r.report is None]
    section.table("Tình hình báo cáo của đơn vị cấp dưới", ["Tình trạng", "Số đơn vị"], [
        ["Đã ban hành", section.figure("Đơn vị đã ban hành báo cáo", Report, [r.report.pk for r in issued])],
        ["Đang dự thảo", section.figure("Đơn vị đang dự thảo", Report, [r.report.pk for r in drafts])],
        ["Chưa báo cáo", section.figure("Đơn vị chưa báo cáo", AdminUnit, [r.unit.pk for r in missing])],
    ], total_label="Tổng cộng")
    text = ("Đã có %(issued)s/%(total)s đơn vị cấp dưới ban hành báo cáo kỳ này; %(drafts)s đơn vị đang dự thảo, "
             "%(missing)s đơn vị chưa báo cáo.") % {
        "issued": vn_number(len(issued)), "total": vn_number(len(rows)), "drafts": vn_number(len(drafts)),
        "missing": vn_number(len(missing))}
    if missing:
        names = ", ".join(r.unit.full_name for r in missing[:30])
        text += " " + "Chưa báo cáo: %(names)s%(more)s." % {
            "names": names, "more": " và %(n)s đơn vị khác" % {"n": len(missing) - 30} if len(missing) > 30 else ""}
    section.paragraphs.append(text)
    return section
