from datetime import date

import pytest

from phongtrao.core.reporting import ReportScope
from phongtrao.core.testing import make_user
from phongtrao.stats.models import ReportState
from phongtrao.stats.reporting import statistics_section

from .factories import report

pytestmark = pytest.mark.django_db


def test_the_report_section_compares_approved_figures_with_the_year_before(units):
    report(units["A1"], month=date(2025, 3, 1), state=ReportState.APPROVED, values={"criminal": 6})
    report(units["A2"], month=date(2025, 2, 1), state=ReportState.SUBMITTED, values={"criminal": 50})  # not counted
    report(units["A1"], month=date(2024, 3, 1), state=ReportState.APPROVED, values={"criminal": 8})
    report(units["B1"], month=date(2025, 3, 1), state=ReportState.APPROVED, values={"criminal": 99})  # Hà Nội
    scope = ReportScope(unit=units["A"], start=date(2025, 1, 1), end=date(2025, 6, 30), kind="half_year")
    section = statistics_section(make_user("province", units["A"]), scope).as_dict()
    figures, states = section["tables"]
    crime = next(row for row in figures["rows"] if row[0] == "Vụ phạm pháp hình sự")
    assert crime == ["Vụ phạm pháp hình sự", "6", "8", "giảm 25,0 %"]
    by_state = {row[0]: row[1]["value"] for row in states["rows"]}
    assert (by_state["Đã duyệt"], by_state["Chờ duyệt"]) == (1, 1)
    assert "6 vụ phạm pháp hình sự, giảm 25,0 %" in section["paragraphs"][0]
