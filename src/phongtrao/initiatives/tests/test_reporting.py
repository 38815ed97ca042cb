from datetime import date

import pytest

from phongtrao.core.reporting import ReportScope
from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import ModelType, Site, Status, StatusChange
from phongtrao.initiatives.reporting import models_section

pytestmark = pytest.mark.django_db


def test_a_report_on_a_past_period_counts_sites_as_they_stood_at_its_end(units):
    model_type = ModelType.objects.create(name="Tổ tự quản")
    exemplary_later = Site.objects.create(model_type=model_type, commune=units["A1"], name="Tổ 1",
                                          started_on=date(2020, 1, 1), status=Status.EXEMPLARY)
    StatusChange.objects.create(site=exemplary_later, to_status=Status.ACTIVE, changed_on=date(2020, 1, 1))
    StatusChange.objects.create(site=exemplary_later, to_status=Status.EXEMPLARY, changed_on=date(2026, 3, 1))
    dissolved_later = Site.objects.create(model_type=model_type, commune=units["A1"], name="Tổ 2",
                                          started_on=date(2020, 1, 1), status=Status.DISSOLVED)
    StatusChange.objects.create(site=dissolved_later, to_status=Status.ACTIVE, changed_on=date(2020, 1, 1))
    StatusChange.objects.create(site=dissolved_later, to_status=Status.DISSOLVED, changed_on=date(2026, 2, 1))
    scope = ReportScope(unit=units["A"], start=date(2025, 1, 1), end=date(2025, 12, 31), kind="yearly")
    section = models_section(make_user("province", units["A"]), scope).as_dict()
    total = section["tables"][0]["total"]
    assert (total[2]["value"], total[3]["value"]) == (2, 0)  # both live in 2025, neither exemplary yet
    now = ReportScope(unit=units["A"], start=date(2026, 1, 1), end=date(2026, 6, 30), kind="half_year")
    total = models_section(make_user("province", units["A"]), now).as_dict()["tables"][0]["total"]
    assert (total[2]["value"], total[3]["value"]) == (1, 1)
