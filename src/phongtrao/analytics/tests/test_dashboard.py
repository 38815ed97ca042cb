"""The home dashboard covers exactly the user's jurisdiction."""
import pytest
from django.urls import reverse

from phongtrao.accounts.models import Role
from phongtrao.analytics.services import jurisdiction_summary


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
