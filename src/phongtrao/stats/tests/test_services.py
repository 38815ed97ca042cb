from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from phongtrao.core.testing import make_user
from phongtrao.stats import selectors, services
from phongtrao.stats.models import MonthlyReport, ReportState, Rollup

from .factories import MONTH, indicator, report

pytestmark = pytest.mark.django_db


def rollups():
    return {(r.unit_id, r.month, r.indicator_id): (round(r.total, 6), r.communes)
            for r in Rollup.objects.all() if r.communes}


def test_a_commune_month_goes_up_for_approval_and_then_counts(units):
    commune_user, province_user = make_user("commune", units["A1"]), make_user("province", units["A"])
    month = services.get_report(commune_user, units["A1"], MONTH)
    assert services.set_values(commune_user, month, {indicator("criminal"): 4, indicator("tips"): 10}) == 2
    services.submit(commune_user, month)
    with pytest.raises(ValidationError):
        services.set_values(commune_user, month, {indicator("criminal"): 5})
    with pytest.raises(PermissionDenied):
        services.approve(commune_user, month)
    assert rollups() == {}
    services.approve(province_user, month)
    crime = indicator("criminal").pk
    assert rollups()[(units["A"].pk, MONTH, crime)] == (4, 1)
    assert rollups()[(None, MONTH, crime)] == (4, 1)
    assert selectors.rollup_series(province_user, indicator("criminal"), units["A"]) == [(MONTH, 4.0, 1)]
    assert selectors.rollup_series(province_user, indicator("criminal"), None) == []  # the nation is above them
    assert list(selectors.commune_series(province_user, indicator("criminal"))) == [(units["A1"].pk, MONTH, 4.0)]


def test_return_needs_a_reason_and_an_edit_makes_a_draft_again(units):
    commune_user, province_user = make_user("commune", units["A1"]), make_user("province", units["A"])
    month = report(units["A1"], state=ReportState.SUBMITTED)
    with pytest.raises(ValidationError):
        services.return_report(province_user, month, "  ")
    services.return_report(province_user, month, "Số vụ cháy chưa khớp")
    month.refresh_from_db()
    assert (month.state, month.return_reason) == (ReportState.RETURNED, "Số vụ cháy chưa khớp")
    services.set_values(commune_user, month, {indicator("fire"): 1})
    month.refresh_from_db()
    assert month.state == ReportState.DRAFT


def test_reopening_an_approved_month_takes_it_out_of_the_totals_with_the_reason_audited(units):
    province_user = make_user("province", units["A"])
    month = report(units["A1"], state=ReportState.SUBMITTED, values={"criminal": 7})
    services.approve(province_user, month)
    with pytest.raises(ValidationError):
        services.reopen(province_user, month, "")
    services.reopen(province_user, month, "Xã báo sai số vụ")
    assert rollups() == {}
    entry = LogEntry.objects.get_for_object(month).filter(changes__icontains="reopened").get()
    assert "Xã báo sai số vụ" in str(entry.changes)


def test_a_month_not_begun_and_an_empty_submission_are_refused(units):
    user = make_user("commune", units["A1"])
    with pytest.raises(ValidationError):
        services.get_report(user, units["A1"], date(2999, 1, 1))
    with pytest.raises(ValidationError):
        services.submit(user, report(units["A1"], values={}))


def test_a_commune_outside_the_scope_is_refused(units):
    with pytest.raises(PermissionDenied):
        services.get_report(make_user("commune", units["A1"]), units["A2"], MONTH)


STEPS = st.lists(st.tuples(st.sampled_from(["A1", "A2", "B1"]), st.sampled_from([MONTH, date(2025, 4, 1)]),
                           st.sampled_from(["set", "submit", "approve", "reopen", "return"]),
                           st.integers(min_value=0, max_value=50)), max_size=25)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_the_totals_kept_on_each_step_equal_a_full_recount(units, steps):
    MonthlyReport.objects.all().delete()
    Rollup.objects.all().delete()
    admin = make_user("admin")
    crime, tips = indicator("criminal"), indicator("tips")
    for commune, month, step, number in steps:
        monthly = services.get_report(admin, units[commune], month)
        try:
            if step == "set":
                services.set_values(admin, monthly, {crime: number, tips: number % 7 or None})
            elif step == "submit":
                services.submit(admin, monthly)
            elif step == "approve":
                services.approve(admin, monthly)
            elif step == "reopen":
                services.reopen(admin, monthly, "sửa")
            else:
                services.return_report(admin, monthly, "sai")
        except ValidationError:
            pass  # a step the month's state does not allow changes nothing
    kept = rollups()
    services.rebuild_rollups()
    assert kept == rollups()
