"""The registries apps fill in ready(), the pages that read them, and the global search (scoped to the user)."""
import copy

import pytest
from django.urls import reverse

from phongtrao.core import registry as reg
from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import Site
from phongtrao.initiatives.tests import factories
from phongtrao.intake.models import Document


@pytest.fixture
def clean_registry():
    """The registry, restored after the test so registrations made here do not leak into other tests."""
    saved = copy.deepcopy(vars(reg.registry))
    yield reg.registry
    vars(reg.registry).update(saved)


class TestRegistration:
    def test_apps_fill_the_registry_in_ready(self):
        menu = [item.url_name for item in reg.registry.menu]
        assert menu[0] == "home" and menu[-1] == "api:docs"
        assert menu.index("initiatives:site_list") < menu.index("intake:document_list") < menu.index("geo:tree")
        assert [label for label, _ in reg.registry.unit_counts] == ["Người dùng", "Điểm mô hình"]
        assert {p.template for p in reg.registry.panels["initiatives.modeltype"]} == {
            "intake/inc/mentioned_in.html", "analytics/panels/effectiveness.html"}
        searched = {index.model._meta.label for index in reg.registry.search}
        assert {"initiatives.Site", "initiatives.ModelType", "intake.Document", "accounts.User"} <= searched

    def test_registering_twice_keeps_one_entry_in_weight_order(self, clean_registry):
        reg.register_menu_item("Cuối", "core:search", "search", weight=5000)
        reg.register_menu_item("Cuối", "core:search", "search", weight=5000)
        reg.register_menu_item("Đầu", "core:job", "gear", weight=-1)
        names = [item.url_name for item in clean_registry.menu]
        assert names.count("core:search") == 1
        assert names[0] == "core:job" and names[-1] == "core:search"

    def test_report_sections_are_kept_by_key(self, clean_registry):
        reg.register_report_section("sites", "Điểm mô hình", lambda user, scope: None, kinds={"yearly"}, weight=2)
        reg.register_report_section("types", "Mô hình", lambda user, scope: None, kinds={"yearly", "review"}, weight=1)
        reg.register_report_section("sites", "Điểm mô hình", lambda user, scope: None, kinds={"yearly"}, weight=2)
        assert [s.key for s in clean_registry.report_sections if s.key in ("types", "sites")] == ["types", "sites"]
        review = [s.key for s in reg.report_sections_for("review")]
        assert "types" in review and "sites" not in review

    def test_apps_register_their_report_sections(self):
        assert [s.key for s in reg.report_sections_for("yearly")] == [
            "models", "changes", "replication", "statistics", "tasks", "commendations", "candidates", "subordinates"]
        assert [s.key for s in reg.report_sections_for("final_review")] == ["review"]

    @pytest.mark.django_db
    def test_every_api_route_is_served(self, api_client):
        api_client.force_authenticate(make_user("admin"))
        for route in reg.registry.api_routes:
            basename = route.basename or route.viewset.queryset.model._meta.model_name
            assert api_client.get(reverse(f"api:{basename}-list")).status_code == 200, route.prefix


@pytest.mark.django_db
class TestPagesReadTheRegistry:
    def test_menu_is_the_registered_one_filtered_by_role(self, client, clean_registry):
        reg.register_menu_item("Mục thử nghiệm", "core:search", "search", weight=2000, action="manage")
        client.force_login(make_user("admin"))
        assert "Mục thử nghiệm" in client.get(reverse("core:search")).content.decode()
        client.force_login(make_user("viewer"))
        page = client.get(reverse("core:search")).content.decode()
        assert "Mục thử nghiệm" not in page and "Điểm mô hình" in page

    def test_menu_groups_become_drop_downs_and_a_lone_item_a_link(self, client, clean_registry):
        reg.register_menu_group("test", "Nhóm thử", "box", weight=2000)
        reg.register_menu_item("Một mình", "core:search", "search", weight=2000, group="test")
        client.force_login(make_user("viewer"))
        page = client.get(reverse("initiatives:site_list"))
        entries = {str(entry["label"]): entry for entry in page.context["menu"]}
        assert [str(link["label"]) for link in entries["Phong trào"]["links"]] == [
            "Mô hình", "Điểm mô hình", "Bản đồ", "Đánh giá"]
        assert entries["Phong trào"]["active"] and "links" not in entries["Một mình"]
        assert "Nhóm thử" not in entries

    def test_user_menu_comes_from_accounts(self, client):
        client.force_login(make_user("viewer"))
        page = client.get(reverse("home")).content.decode()
        assert reverse("accounts:profile") in page and reverse("accounts:logout") in page

    def test_a_registered_panel_shows_on_the_detail_tab_only(self, client, units, clean_registry):
        reg.register_panel("initiatives.Site", "core/inc/job_result.html",
                           lambda obj, request: {"job": type("J", (), {"result": {"summary": f"Bảng thử {obj.pk}"}})})
        site = factories.site(units["A1"])
        client.force_login(make_user("admin"))
        assert f"Bảng thử {site.pk}" in client.get(site.get_absolute_url()).content.decode()
        history = client.get(reverse("initiatives:site_history", args=[site.pk])).content.decode()
        assert f"Bảng thử {site.pk}" not in history

    def test_home_renders_the_registered_widgets(self, client, clean_registry):
        reg.register_widget("core/inc/job_result.html",
                            lambda request: {"job": type("J", (), {"result": {"summary": "Khối thử nghiệm"}})},
                            weight=500)
        client.force_login(make_user("national"))
        page = client.get(reverse("home")).content.decode()
        assert "Khối thử nghiệm" in page and "Theo tỉnh, thành phố" in page


@pytest.mark.django_db
class TestGlobalSearch:
    def search(self, client, user, text):
        client.force_login(user)
        response = client.get(reverse("core:search"), {"q": text})
        assert response.status_code == 200
        return {str(group["label"]): [str(obj) for obj in group["rows"]] for group in response.context["groups"]}

    def test_finds_without_diacritics_grouped_by_model(self, client, units):
        type_ = factories.model_type(name="Camera an ninh Zêta")
        factories.site(units["A1"], type_, name="Điểm Zêta phường Bến Thành")
        found = self.search(client, make_user("national"), "zeta")
        assert found["mô hình"] == ["Camera an ninh Zêta"]
        assert found["điểm mô hình"] == ["Điểm Zêta phường Bến Thành"]

    def test_never_shows_rows_outside_the_users_jurisdiction(self, client, units):
        type_ = factories.model_type(name="Tổ tuần tra Omega")
        factories.site(units["A1"], type_, name="Omega A1")
        factories.site(units["A2"], type_, name="Omega A2")
        factories.site(units["B1"], type_, name="Omega B1")
        Document.objects.create(unit=units["A1"], filename="a.txt", title="Tin Omega A1", status="processed")
        Document.objects.create(unit=units["B"], filename="b.txt", title="Tin Omega Hà Nội", status="processed")
        make_user("viewer", units["B1"], first_name="Omega")

        commune = self.search(client, make_user("commune", units["A1"]), "omega")
        assert commune["điểm mô hình"] == ["Omega A1"]
        assert commune["tài liệu"] == ["Tin Omega A1"]
        assert "người dùng" not in commune
        province = self.search(client, make_user("province", units["A"]), "omega")
        assert sorted(province["điểm mô hình"]) == ["Omega A1", "Omega A2"]
        national = self.search(client, make_user("national"), "omega")
        assert sorted(national["điểm mô hình"]) == ["Omega A1", "Omega A2", "Omega B1"]
        assert sorted(national["tài liệu"]) == ["Tin Omega A1", "Tin Omega Hà Nội"]
        assert Site.objects.filter(name__startswith="Omega").count() == 3

    def test_empty_query_and_no_match(self, client):
        assert self.search(client, make_user("national"), "") == {}
        client.force_login(make_user("national"))
        page = client.get(reverse("core:search"), {"q": "khongcogiday"}).content.decode()
        assert "Không tìm thấy" in page

    def test_anonymous_is_sent_to_sign_in(self, client):
        assert client.get(reverse("core:search"), {"q": "x"}).status_code == 302
