import pytest
from django.urls import reverse

from phongtrao.core.testing import ScopedObjectTests, make_user
from phongtrao.stats.models import MonthlyReport, ReportState, Rollup, Value

from .factories import MONTH, indicator, report

pytestmark = pytest.mark.django_db


class TestMonthlyReportViews(ScopedObjectTests):
    """Reads through the generic matrix; the month's writes are the grid and the approval steps (tested below)."""

    model = MonthlyReport
    ui = "stats:monthlyreport"
    api = "api:monthlyreport"
    targets = ("A1", "A2", "B1")
    test_ui_edit = test_ui_create = test_ui_delete = test_api_write = None
    test_moving_into_a_sibling_unit_is_refused = None

    def make(self, unit):
        return report(unit)


@pytest.mark.parametrize("role,target,expected", [
    ("commune", "A1", 302), ("commune", "A2", 404), ("province", "A2", 302), ("province", "B1", 404),
    ("viewer", "A1", 403), ("national", "B1", 302)])
def test_the_grid_saves_inside_the_scope_only(client, units, role, target, expected):
    client.force_login(make_user(role, units[{"commune": "A1", "viewer": "A", "province": "A"}.get(role)]
                                 if role != "national" else None))
    month = report(units[target], values={})
    response = client.post(reverse("stats:monthlyreport", args=[month.pk]),
                           {"step": "save", f"value_{indicator('criminal').pk}": "4",
                            f"value_{indicator('tips').pk}": "2,5"})
    assert response.status_code == expected
    saved = dict(month.values.values_list("indicator__code", "value"))
    assert saved == ({"criminal": 4.0, "tips": 2.5} if expected == 302 else {})


def test_a_bad_figure_is_shown_in_its_cell_and_nothing_is_saved(client, units):
    client.force_login(make_user("commune", units["A1"]))
    month = report(units["A1"], values={"criminal": 3})
    response = client.post(reverse("stats:monthlyreport", args=[month.pk]),
                           {"step": "save", f"value_{indicator('criminal').pk}": "ba",
                            f"value_{indicator('fire').pk}": "-1"})
    assert response.status_code == 400
    assert "Nhập một số" in response.content.decode() and "không được âm" in response.content.decode()
    assert dict(month.values.values_list("indicator__code", "value")) == {"criminal": 3.0}


def test_a_month_goes_from_the_commune_to_the_province_and_into_the_totals(client, units):
    month = report(units["A1"], values={"criminal": 6})
    client.force_login(make_user("commune", units["A1"]))
    url = reverse("stats:monthlyreport", args=[month.pk])
    assert client.post(url, {"step": "submit"}).status_code == 302
    client.post(url, {"step": "approve"})  # refused with a message: a commune does not approve itself
    month.refresh_from_db()
    assert month.state == ReportState.SUBMITTED
    client.force_login(make_user("province", units["A"]))
    page = client.get(url).content.decode()
    assert "Duyệt" in page and "Trả lại" in page
    client.post(url, {"step": "approve"})
    month.refresh_from_db()
    assert month.state == ReportState.APPROVED
    assert Rollup.objects.get(unit=units["A"], month=MONTH, indicator=indicator("criminal")).total == 6
    client.post(url, {"step": "reopen", "reason": ""})
    month.refresh_from_db()
    assert month.state == ReportState.APPROVED  # a reopening needs its reason
    client.post(url, {"step": "reopen", "reason": "Sai số vụ"})
    month.refresh_from_db()
    assert month.state == ReportState.DRAFT
    assert Rollup.objects.get(unit=units["A"], month=MONTH, indicator=indicator("criminal")).total == 0


def test_the_entry_page_opens_a_month_and_refuses_months_to_come(client, units):
    client.force_login(make_user("commune", units["A1"]))
    opened = client.get(reverse("stats:entry"), {"commune": units["A1"].pk, "month": "03/2025"})
    assert opened.status_code == 302
    assert MonthlyReport.objects.filter(commune=units["A1"], month=MONTH).exists()
    assert client.get(reverse("stats:entry"), {"commune": units["A1"].pk, "month": "03/2999"}).status_code == 400
    assert client.get(reverse("stats:entry"), {"commune": units["A2"].pk, "month": "03/2025"}).status_code == 400
    assert client.get(reverse("stats:entry"), {"commune": units["A1"].pk, "month": "tháng ba"}).status_code == 400


def test_who_has_not_reported(client, units):
    report(units["A1"], state=ReportState.APPROVED)
    client.force_login(make_user("province", units["A"]))
    page = client.get(reverse("stats:reporting"), {"month": "03/2025"})
    assert page.status_code == 200
    rows = {row["unit"].code: row["state"] for row in page.context["status"]["rows"]}
    assert rows["26743"] == "approved" and rows["26740"] == "missing" and "00004" not in rows
    client.force_login(make_user("national"))
    national = client.get(reverse("stats:reporting"), {"month": "03/2025"}).context["status"]
    hcm = next(row for row in national["rows"] if row["unit"].code == "79")
    assert (hcm["approved"], hcm["total"]) == (1, 168)
    assert client.get(reverse("stats:reporting"), {"month": "ba"}).status_code == 400


def test_the_api_enters_submits_and_approves(api_client, units):
    commune_user = make_user("commune", units["A1"])
    api_client.force_authenticate(commune_user)
    created = api_client.post(reverse("api:monthlyreport-list"), {"commune": "26743", "month": "03/2025"},
                              format="json")
    assert created.status_code == 201, created.json()
    pk = created.json()["id"]
    url = lambda name: reverse(f"api:monthlyreport-{name}", args=[pk])  # noqa: E731
    assert api_client.post(url("values"), {"values": {"criminal": 5, "nope": 1}}, format="json").status_code == 400
    assert api_client.post(url("values"), {"values": {"criminal": -5}}, format="json").status_code == 400
    done = api_client.post(url("values"), {"values": {"criminal": 5, "tips": 3}}, format="json")
    assert done.json()["values"] == {"criminal": 5.0, "tips": 3.0}
    assert api_client.post(url("submit")).json()["state"] == "submitted"
    assert api_client.post(url("approve")).status_code == 403
    outside = api_client.post(reverse("api:monthlyreport-list"), {"commune": "26740", "month": "03/2025"},
                              format="json")
    assert outside.status_code == 400
    api_client.force_authenticate(make_user("province", units["A"]))
    assert api_client.post(url("return-report"), {"reason": ""}, format="json").status_code == 400
    assert api_client.post(url("approve")).json()["state"] == "approved"
    listed = api_client.get(reverse("api:value-list"), {"indicator": indicator("criminal").pk}).json()
    assert [(row["commune"], row["value"]) for row in listed["results"]] == [("26743", 5.0)]
    assert Value.objects.count() == 2
