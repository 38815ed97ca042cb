"""The home dashboard covers exactly the user's jurisdiction, or a unit inside it; every block exports."""
import io
from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from phongtrao.accounts.models import Role
from phongtrao.analytics import blocks
from phongtrao.analytics.services import jurisdiction_summary
from phongtrao.initiatives.models import Category, Status
from phongtrao.initiatives.tests.factories import model_type, site


@pytest.fixture
def sites(units):
    """Two sites in A1 (one exemplary, one started this year), one in A2, one in B1."""
    today = timezone.localdate()
    mediation = model_type(category=Category.SELF_MEDIATING)
    return [
        site(units["A1"], mediation, started_on=date(2020, 3, 1)),
        site(units["A1"], mediation, started_on=date(today.year, 1, 1), status=Status.EXEMPLARY),
        site(units["A2"], started_on=date(2021, 6, 1)),
        site(units["B1"], mediation, started_on=date(2019, 1, 1)),
    ]


@pytest.mark.django_db
class TestDashboard:
    def test_national_sees_34_provinces_with_user_counts(self, user_factory):
        national = user_factory(Role.NATIONAL)
        user_factory(Role.COMMUNE, "A1")
        user_factory(Role.COMMUNE, "B1")
        summary = jurisdiction_summary(national)
        assert summary.root is None
        assert summary.level_counts == {"province": 34, "commune": 3321}
        assert len(summary.rows) == 34
        users = dict(summary.totals)["Người dùng"]
        assert users == 2  # national-level accounts belong to no province row

    def test_province_sees_its_communes_only(self, user_factory, units):
        province = user_factory(Role.PROVINCE, "A")
        user_factory(Role.COMMUNE, "A1")
        user_factory(Role.COMMUNE, "B1")
        summary = jurisdiction_summary(province)
        assert summary.root == units["A"]
        assert summary.level_counts == {"province": 1, "commune": units["A"].children.count()}
        users = summary.columns.index("Người dùng")
        rows = {unit.code: values for unit, values in summary.rows}
        assert rows[units["A1"].code][users] == 1
        assert units["B1"].code not in rows

    def test_page_renders(self, client, user_factory):
        client.force_login(user_factory(Role.COMMUNE, "A1"))
        page = client.get(reverse("home"))
        assert page.status_code == 200
        assert "Tổng quan" in page.content.decode()


@pytest.mark.django_db
class TestBlocks:
    def test_headline_counts_the_jurisdiction_with_change(self, user_factory, units, sites):
        province = user_factory(Role.PROVINCE, "A")
        rows = {r[0]: r[1:] for r in blocks.headline(province, units["A"]).rows}
        assert rows["Điểm mô hình đang hoạt động"][:3] == [3, 2, 1]
        assert rows["Điểm thành lập từ đầu năm"][0] == 1
        assert rows["Điểm điển hình tiên tiến"][0] == 1
        assert rows["Xã có mô hình"][0] == 2
        national = blocks.headline(user_factory(Role.NATIONAL), None).rows
        assert national[0][1] == 4

    def test_categories_spread_and_units(self, user_factory, units, sites):
        province = user_factory(Role.PROVINCE, "A")
        by_category = {r[0]: r[-1] for r in blocks.categories(province, units["A"]).rows}
        assert by_category["Tự hòa giải"] == 2 and sum(by_category.values()) == 3
        types = {r[0]: r[1] for r in blocks.categories(province, units["A"]).rows}
        assert types["Tự hòa giải"] == 1 and sum(types.values()) == 2
        spread = blocks.spread(province, units["A"]).rows
        assert [r[0] for r in spread] == [2020, 2021, timezone.localdate().year]
        assert spread[-1][2:] == [3, 2]
        block = blocks.units(province, units["A"], measure="exemplary")
        rows = {r[0]: r for r in block.rows}
        assert rows[units["A1"].full_name][2:5] == [2, 1, 1]
        assert units["B1"].full_name not in rows
        points = {p[0]: p[3] for p in block.extra["points"]}
        assert points[units["A1"].name] == 1

    def test_figures_follow_a_site_change(self, user_factory, units, sites):
        province = user_factory(Role.PROVINCE, "A")
        assert blocks.headline(province, units["A"]).rows[0][1] == 3
        site(units["A2"])
        assert blocks.headline(province, units["A"]).rows[0][1] == 4

    def test_a_unit_inside_the_scope_and_its_way_up(self, client, user_factory, units, sites):
        client.force_login(user_factory(Role.PROVINCE, "A"))
        page = client.get(reverse("home"), {"unit": units["A1"].pk})
        text = page.content.decode()
        assert page.status_code == 200
        assert units["A1"].full_name in text and f"?unit={units['A'].pk}" in text
        assert client.get(reverse("home"), {"unit": units["B1"].pk}).status_code == 404
        assert client.get(reverse("home"), {"unit": "x"}).status_code == 404

    def test_every_block_exports_inside_the_scope(self, client, user_factory, units, sites):
        client.force_login(user_factory(Role.PROVINCE, "A"))
        for key in blocks.BLOCKS:
            csv = client.get(reverse("analytics:export_block", args=[key]), {"export": "csv"})
            assert csv.status_code == 200, key
            assert units["B1"].name not in b"".join(csv.streaming_content).decode()
        xlsx = client.get(reverse("analytics:export_block", args=["units"]), {"export": "xlsx", "unit": units["A"].pk})
        sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
        rows = list(sheet.values)
        assert rows[0][0] == "Đơn vị" and len(rows) == 1 + units["A"].children.count()
        assert client.get(reverse("analytics:export_block", args=["units"]), {"unit": units["B"].pk}).status_code == 404
        assert client.get(reverse("analytics:export_block", args=["units"]), {"export": "pdf"}).status_code == 400
        assert client.get(reverse("analytics:export_block", args=["nope"])).status_code == 404


@pytest.mark.django_db
def test_a_month_approved_by_the_province_changes_its_dashboard(client, user_factory, units):
    """A commune enters and submits a month, the province approves it: the province's trends show it."""
    from phongtrao.stats import services as stats
    from phongtrao.stats.models import Indicator

    criminal = Indicator.objects.get(code="criminal")
    commune, province = user_factory(Role.COMMUNE, "A1"), user_factory(Role.PROVINCE, "A")
    before = {r[0]: r for r in blocks.trends(province, units["A"]).rows}
    assert "03/2025" not in before
    report = stats.get_report(commune, units["A1"], date(2025, 3, 1))
    stats.set_values(commune, report, {criminal.pk: 7})
    stats.submit(commune, report)
    client.force_login(province)
    column = blocks.trends(province, units["A"]).header.index(criminal.name)
    assert "03/2025" not in {r[0] for r in blocks.trends(province, units["A"]).rows}  # submitted is not counted
    stats.approve(province, report)
    rows = {r[0]: r for r in blocks.trends(province, units["A"]).rows}
    assert rows["03/2025"][column] == 7
    page = client.get(reverse("home")).content.decode()
    assert "Diễn biến số liệu thống kê" in page and criminal.name in page
    assert blocks.trends(user_factory(Role.PROVINCE, "B"), units["B"]).rows == []


@pytest.mark.django_db
def test_steering_block_counts_committees_key_tasks_findings_and_commendations_inside_the_scope(
        client, user_factory, units):
    from datetime import timedelta

    from phongtrao.awards.models import Commendation
    from phongtrao.steering.tests.factories import committee, task
    from phongtrao.steering.tests.test_inspections import finding

    today = timezone.localdate()
    committee(units["A1"])
    committee(units["A2"], decided_on=None)  # no decision: not consolidated
    committee(units["B1"])
    task(units["A1"], deadline=today - timedelta(days=3), is_key=True)  # overdue
    task(units["A2"], deadline=today + timedelta(days=60), is_key=True)  # not yet due
    task(units["A1"], deadline=today - timedelta(days=3))  # not a key task
    task(units["B1"], deadline=today - timedelta(days=3), is_key=True)  # another province
    finding(units["A1"])
    finding(units["B1"])
    for unit in (units["A1"], units["B1"]):
        Commendation.objects.create(unit=unit, year=today.year, recipient="Tổ hòa giải", nominated_on=today,
                                    decision_ref="5/QĐ-UBND", decided_on=today)
    province = user_factory(Role.PROVINCE, "A")
    block = blocks.steering_work(province, units["A"])
    rows = {row[0]: row[1:] for row in block.rows}
    assert rows["Ban Chỉ đạo cấp xã đã kiện toàn"] == [1, units["A"].children.count()]
    assert rows["Nhiệm vụ trọng tâm: Quá hạn"] == [1, 2] and rows["Nhiệm vụ trọng tâm: Chưa đến hạn"] == [1, 2]
    assert rows["Tồn tại sau kiểm tra chưa khắc phục"] == [1, None]
    assert rows[f"Khen thưởng đã có quyết định năm {today.year}"] == [1, None]
    national = {row[0]: row[1:] for row in blocks.steering_work(user_factory(Role.NATIONAL), None).rows}
    assert national["Ban Chỉ đạo cấp tỉnh đã kiện toàn"] == [0, 34]
    assert national["Ban Chỉ đạo cấp xã đã kiện toàn"][0] == 2
    assert national["Nhiệm vụ trọng tâm: Quá hạn"] == [2, 3]
    task(units["A1"], deadline=today - timedelta(days=1), is_key=True)  # the cached figures follow a new task
    assert {r[0]: r[1] for r in blocks.steering_work(province, units["A"]).rows}["Nhiệm vụ trọng tâm: Quá hạn"] == 2
    client.force_login(province)
    page = client.get(reverse("home")).content.decode()
    assert "Công tác chỉ đạo" in page and reverse("steering:key_tasks") in page
