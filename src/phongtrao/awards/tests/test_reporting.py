from datetime import date

import pytest

from phongtrao.awards.models import Commendation
from phongtrao.awards.reporting import commendations_section
from phongtrao.core.reporting import ReportScope
from phongtrao.core.testing import make_user

pytestmark = pytest.mark.django_db


def _decided(unit, kind, form, on):
    return Commendation.objects.create(unit=unit, year=on.year, recipient_kind=kind, recipient=f"Người {on}",
                                       nominated_on=date(2025, 1, 2), appraisal="approved",
                                       appraised_on=date(2025, 1, 20), decision_ref="12/QĐ", decided_on=on,
                                       level="province", form=form)


def test_the_report_section_counts_decided_commendations_by_form_without_names(units):
    _decided(units["A1"], "collective", "merit", date(2025, 3, 1))
    _decided(units["A2"], "individual", "merit", date(2025, 4, 1))
    _decided(units["A1"], "individual", "certificate", date(2025, 5, 1))
    _decided(units["A1"], "individual", "merit", date(2024, 5, 1))  # before the period
    _decided(units["B1"], "collective", "merit", date(2025, 3, 1))  # outside the reader's scope
    section = commendations_section(make_user("province", units["A"]), ReportScope(
        unit=units["A"], start=date(2025, 1, 1), end=date(2025, 6, 30), kind="half_year")).as_dict()
    rows = {row[0]: (row[1]["value"], row[2]["value"]) for row in section["tables"][0]["rows"]}
    assert rows == {"Bằng khen": (1, 1), "Giấy khen": (0, 1)}
    assert "1 tập thể và 2 cá nhân" in section["paragraphs"][0]
    assert "Người" not in str(section["tables"])
