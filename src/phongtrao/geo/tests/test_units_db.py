"""Units in the database: loading, the crosswalk, pages and API."""
import pytest
from django.urls import reverse

from phongtrao.accounts.models import Role
from phongtrao.geo.models import AdminUnit, Level, UnitSuccession
from phongtrao.geo.services import load_units


@pytest.mark.django_db
class TestLoading:
    def test_counts(self):
        current = AdminUnit.objects.current()
        assert current.filter(level=Level.PROVINCE).count() == 34
        assert current.filter(level=Level.COMMUNE).count() == 3321
        assert AdminUnit.objects.legacy().filter(level=Level.PROVINCE).count() == 63
        assert AdminUnit.objects.legacy().filter(level=Level.DISTRICT).count() > 690
        assert AdminUnit.objects.legacy().filter(level=Level.COMMUNE).count() > 10000

    def test_reload_is_idempotent(self):
        before = (AdminUnit.objects.count(), UnitSuccession.objects.count())
        report = load_units()
        assert (report.created, report.updated, report.successions_created, report.successions_deleted) == (0, 0, 0, 0)
        assert (AdminUnit.objects.count(), UnitSuccession.objects.count()) == before

    def test_paths_nest(self):
        commune = AdminUnit.objects.current().filter(level=Level.COMMUNE).select_related("parent").first()
        assert commune.path.startswith(commune.parent.path) and commune.path.endswith("/")
        legacy = AdminUnit.objects.legacy().filter(level=Level.COMMUNE).first()
        assert legacy.path.startswith("legacy/")

    def test_legacy_provinces_merged_into_ho_chi_minh(self):
        hcm = AdminUnit.objects.get(code="79", is_current=True)
        absorbed = set(hcm.predecessions.filter(predecessor__level=Level.PROVINCE).values_list("predecessor__name", flat=True))
        assert {"Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"} <= {n.replace("–", "-") for n in absorbed}


@pytest.mark.django_db
class TestPages:
    @pytest.fixture(autouse=True)
    def login(self, client, user_factory):
        client.force_login(user_factory(Role.PROVINCE, "A"))

    def test_tree_and_children(self, client, units):
        page = client.get(reverse("geo:tree"))
        assert page.status_code == 200 and "Hồ Chí Minh" in page.content.decode()
        legacy = client.get(reverse("geo:tree"), {"era": "legacy"})
        assert len(legacy.context["provinces"]) == 63
        children = client.get(reverse("geo:tree_children", args=[units["A"].pk]), HTTP_HX_REQUEST="true")
        assert units["A1"].full_name in children.content.decode()

    def test_unit_page_shows_predecessors_and_counts(self, client, units):
        page = client.get(reverse("geo:adminunit", args=[units["A1"].pk]))
        assert page.status_code == 200
        assert page.context["predecessors"]
        assert page.context["counts"] == [("Người dùng", 0), ("Điểm mô hình", 0)]

    def test_legacy_unit_page_shows_successors(self, client):
        legacy = AdminUnit.objects.legacy().filter(level=Level.COMMUNE, successions__isnull=False).first()
        page = client.get(reverse("geo:adminunit", args=[legacy.pk]))
        assert page.status_code == 200 and page.context["successors"]

    def test_list_filters_and_search_without_diacritics(self, client, units):
        page = client.get(reverse("geo:adminunit_list"), {"q": "ben thanh", "is_current": "true"})
        names = {u.full_name for u in page.context["table"].data.data}
        assert units["A1"].full_name in names
        bad = client.get(reverse("geo:adminunit_list"), {"level": "galaxy"})
        assert bad.status_code == 400 and bad.context["filterset"].errors

    def test_lookup_page(self, client):
        page = client.get(reverse("geo:lookup"), {"q": "tinh Binh Duong"})
        assert page.status_code == 200
        first = page.context["results"][0]
        assert first.unit.code == "79" and first.legacy is not None

    def test_export_xlsx(self, client):
        response = client.get(reverse("geo:adminunit_list"), {"level": "province", "is_current": "true", "export": "xlsx"})
        assert response.status_code == 200
        assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.django_db
class TestAPI:
    @pytest.fixture(autouse=True)
    def login(self, api_client, user_factory):
        api_client.force_authenticate(user_factory(Role.VIEWER))

    def test_list_filter(self, api_client):
        data = api_client.get(reverse("api:adminunit-list"), {"level": "province", "is_current": "true"}).json()
        assert data["count"] == 34

    def test_lookup(self, api_client):
        data = api_client.get(reverse("api:adminunit-lookup"), {"q": "Quận 11"}).json()
        assert data[0]["unit"]["code"] == "79"
        assert data[0]["legacy"]["full_name"] == "Quận 11"

    def test_lookup_needs_text(self, api_client):
        response = api_client.get(reverse("api:adminunit-lookup"))
        assert response.status_code == 400 and "q" in response.json()

    def test_schema_and_docs(self, api_client, client, user_factory):
        schema = api_client.get("/api/schema/")
        assert schema.status_code == 200 and b"/api/geo/units/lookup/" in schema.content
        client.force_login(user_factory(Role.VIEWER))
        assert client.get("/api/docs/").status_code == 200


class TestUnitHelpers:
    """Tree questions answered on AdminUnit, not by slicing paths at fixed widths."""

    def test_contains(self, units):
        assert units["A"].contains(units["A1"]) and units["A1"].contains(units["A1"])
        assert not units["A1"].contains(units["A"]) and not units["A"].contains(units["B1"])
        assert not units["A"].contains(None)

    def test_common_ancestor(self, units):
        assert units["A1"].common_ancestor(units["A2"]) == units["A"]
        assert units["A"].common_ancestor(units["A1"]) == units["A"]
        assert units["A1"].common_ancestor(units["A"]) == units["A"]
        assert units["A1"].common_ancestor(units["B1"]) is None
        assert units["A1"].common_ancestor(None) is None

    def test_province(self, units):
        assert units["A1"].province == units["A"] and units["A"].province == units["A"]

    def test_children_of(self, units):
        provinces = AdminUnit.objects.children_of(None)
        assert units["A"] in provinces and units["A1"] not in provinces
        communes = AdminUnit.objects.children_of(units["A"])
        assert units["A1"] in communes and units["B1"] not in communes

    def test_counts_by_child_unit(self, units):
        from phongtrao.accounts.models import User
        from phongtrao.core.testing import make_user
        from phongtrao.geo.rollup import counts_by_child_unit

        for name in ("A1", "A1", "A2", "B1"):
            make_user("viewer", units[name])
        users = User.objects.filter(username__startswith="viewer-")
        assert counts_by_child_unit(users, "unit", None) == {units["A"].path: 3, units["B"].path: 1}
        assert counts_by_child_unit(users, "unit", units["A"]) == {units["A1"].path: 2, units["A2"].path: 1}
        assert counts_by_child_unit(users, "unit", units["A1"]) == {}
