"""Reports through the generated role × jurisdiction matrix (UI, API, export, history)."""
from datetime import date

from phongtrao.core.testing import ScopedObjectTests, unique
from phongtrao.reports.models import Kind, Report


class TestReportViews(ScopedObjectTests):
    model = Report
    ui = "reports:report"
    api = "api:report"

    def make(self, unit):
        return Report.objects.create(unit=unit, kind=Kind.YEARLY, period_start=date(2026, 1, 1),
                                     period_end=date(2026, 12, 31), summary=unique("Báo cáo năm thử "),
                                     issuing_body="Ban Chỉ đạo", place="Hà Nội", signer_position="Trưởng ban",
                                     recipients="- Lưu: VT.", content={"sections": []}, narrative={"intro": "Mở đầu"})

    def form_data(self, unit):
        """Serves both the generate page (kind, period, unit) and the edit page (header, signature, narrative)."""
        return {"kind": Kind.QUARTERLY, "year": 2026, "part": 2, "unit": unit.pk if unit else "",
                "summary": unique("Báo cáo quý II thử "), "issuing_body": "Ban Chỉ đạo", "symbol": "BC-BCĐ",
                "place": "Hà Nội", "signer_position": "Trưởng ban", "recipients": "- Lưu: VT.",
                "narrative_intro": "Mở đầu đã sửa"}

    def api_data(self, unit):
        return {"kind": Kind.QUARTERLY, "year": 2026, "part": 2, "unit": unit.pk if unit else None,
                "summary": unique("Báo cáo quý II qua API ")}

    def move_cases(self):
        """A report's unit is fixed when it is generated: there is nothing to move (the field is read-only)."""
        return iter(())
