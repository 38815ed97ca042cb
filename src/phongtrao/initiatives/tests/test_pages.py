"""Pages and API actions beyond CRUD: status changes, duplicates and merging, the map, bulk create."""
import pytest
from django.urls import reverse

from phongtrao.initiatives.models import Site, Status

from . import factories


@pytest.mark.django_db
class TestSitePage:
    def test_status_change_offers_allowed_steps_and_applies(self, client, user_factory, units):
        client.force_login(user_factory("commune", "A1"))
        site = factories.site(units["A1"], status=Status.UNVERIFIED)
        page = client.get(site.get_absolute_url())
        offered = {v for v, _ in page.context["status_form"].fields["to_status"].choices}
        assert offered == {Status.ACTIVE, Status.DISSOLVED}
        client.post(site.get_absolute_url(), {"to_status": Status.ACTIVE, "changed_on": "2025-02-01"})
        site.refresh_from_db()
        assert site.status == Status.ACTIVE

    def test_forbidden_step_shows_a_message(self, client, user_factory, units):
        client.force_login(user_factory("commune", "A1"))
        site = factories.site(units["A1"], status=Status.DISSOLVED)
        response = client.post(site.get_absolute_url(), {"to_status": Status.ACTIVE, "changed_on": "2025-02-01"},
                               follow=True)
        assert "Không thể chuyển" in response.content.decode()

    def test_search_tolerates_missing_diacritics_and_word_order(self, client, user_factory, units):
        client.force_login(user_factory("national"))
        wanted = factories.site(units["A1"], factories.model_type(name="Nhà trọ tự quản"), name="Nhà trọ tự quản khu phố 3")
        factories.site(units["A1"], name="Camera an ninh")
        page = client.get(reverse("initiatives:site_list"), {"q": "tu quan nha tro"})
        assert list(page.context["table"].data.data) == [wanted]


@pytest.mark.django_db
class TestDuplicates:
    def test_similar_types_suggested_and_merged_from_the_page(self, client, user_factory, units):
        client.force_login(user_factory("national"))
        survivor = factories.model_type(name="Camera giám sát an ninh, trật tự")
        duplicate = factories.model_type(name="Camera giam sat an ninh trat tu")
        factories.model_type(name="Tổ hòa giải")
        site = factories.site(units["A1"], duplicate)
        page = client.get(survivor.get_absolute_url())
        assert [t for t, _ in page.context["similar"]] == [duplicate]
        merge_url = reverse("initiatives:modeltype_merge", args=[survivor.pk])
        assert client.get(merge_url, {"duplicate": duplicate.pk}).context["moving"] == 1
        client.post(merge_url, {"duplicate": duplicate.pk})
        site.refresh_from_db()
        assert site.model_type == survivor

    def test_province_cannot_merge_a_national_type(self, client, user_factory):
        client.force_login(user_factory("province", "A"))
        survivor = factories.model_type()
        duplicate = factories.model_type()
        response = client.post(reverse("initiatives:modeltype_merge", args=[survivor.pk]), {"duplicate": duplicate.pk})
        assert response.status_code == 404


@pytest.mark.django_db
class TestMap:
    def test_points_are_scoped_and_fall_back_to_the_commune_centroid(self, client, user_factory, units):
        inside = factories.site(units["A1"], lat=10.77, lon=106.70)
        approx = factories.site(units["A2"])
        factories.site(units["B1"])
        client.force_login(user_factory("province", "A"))
        data = client.get(reverse("initiatives:site_points")).json()
        points = {p[0]: p for p in data["points"]}
        assert set(points) == {inside.pk, approx.pk}
        assert points[inside.pk][4] is False
        assert points[approx.pk][1:3] == [round(units["A2"].lat, 5), round(units["A2"].lon, 5)] and points[approx.pk][4]
        assert client.get(reverse("initiatives:site_map")).status_code == 200

    def test_bad_filter_is_a_400_with_errors(self, client, user_factory):
        client.force_login(user_factory("national"))
        response = client.get(reverse("initiatives:site_points"), {"status": "nope"})
        assert response.status_code == 400 and "status" in response.json()["errors"]


@pytest.mark.django_db
class TestAPI:
    def test_bulk_create_is_all_or_nothing(self, api_client, user_factory, units):
        api_client.force_authenticate(user_factory("province", "A"))
        type_ = factories.model_type()
        rows = [{"model_type": type_.pk, "name": "Điểm 1", "commune": units["A1"].code},
                {"model_type": type_.pk, "name": "Điểm 2", "commune": units["B1"].code}]
        response = api_client.post(reverse("api:site-bulk"), rows, format="json")
        assert response.status_code in (400, 403)
        assert not Site.objects.filter(name__in=["Điểm 1", "Điểm 2"]).exists()
        rows[1]["commune"] = units["A2"].code
        response = api_client.post(reverse("api:site-bulk"), rows, format="json")
        assert response.status_code == 201 and len(response.json()) == 2

    def test_bulk_reports_the_bad_row(self, api_client, user_factory, units):
        api_client.force_authenticate(user_factory("national"))
        type_ = factories.model_type()
        rows = [{"model_type": type_.pk, "name": "Ok", "commune": units["A1"].code},
                {"model_type": type_.pk, "name": "", "commune": units["A1"].code}]
        response = api_client.post(reverse("api:site-bulk"), rows, format="json")
        assert response.status_code == 400 and response.json()["row"] == 2

    def test_status_action(self, api_client, user_factory, units):
        api_client.force_authenticate(user_factory("commune", "A1"))
        site = factories.site(units["A1"])
        url = reverse("api:site-change-status", args=[site.pk])
        ok = api_client.post(url, {"to_status": "exemplary", "changed_on": "2025-03-01"}, format="json")
        assert ok.status_code == 200 and ok.json()["status"] == "exemplary"
        bad = api_client.post(url, {"to_status": "unverified", "changed_on": "2025-03-02"}, format="json")
        assert bad.status_code == 400


@pytest.mark.django_db
class TestRollup:
    def test_counts_per_province_then_per_commune_with_filters(self, client, user_factory, units):
        type_ = factories.model_type()
        for unit in ("A1", "A1", "A2", "B1"):
            factories.site(units[unit], type_)
        factories.site(units["A1"])  # another type: filtered out below
        client.force_login(user_factory("national"))
        national = client.get(reverse("initiatives:site_rollup"), {"model_type": type_.pk})
        counts = {unit.code: n for unit, n in national.context["rows"]}
        assert (counts["79"], counts["01"], national.context["total"]) == (3, 1, 4)
        inside = client.get(reverse("initiatives:site_rollup"), {"model_type": type_.pk, "unit": units["A"].pk})
        counts = {unit.code: n for unit, n in inside.context["rows"]}
        assert (counts[units["A1"].code], counts[units["A2"].code]) == (2, 1)

    def test_first_open_without_filters_counts_every_site(self, client, user_factory, units):
        """The list's "Theo địa bàn" link carries an empty query: nothing filtered means everything counted."""
        for unit in ("A1", "A2", "B1"):
            factories.site(units[unit])
        client.force_login(user_factory("national"))
        page = client.get(reverse("initiatives:site_rollup") + "?")
        counts = {unit.code: n for unit, n in page.context["rows"]}
        assert (counts["79"], counts["01"], page.context["total"]) == (2, 1, 3)

    def test_province_user_sees_only_its_counts(self, client, user_factory, units):
        factories.site(units["B1"])
        client.force_login(user_factory("province", "A"))
        page = client.get(reverse("initiatives:site_rollup"))
        assert page.context["total"] == 0


@pytest.mark.django_db
class TestExport:
    def test_csv_and_xlsx_exports_equal_the_filtered_list(self, client, user_factory, units):
        import io

        from openpyxl import load_workbook

        type_ = factories.model_type(name="Xe ôm tự quản")
        wanted = {factories.site(units[u], type_, name=f"Xe ôm {u}").name for u in ("A1", "A2")}
        factories.site(units["B1"], type_, name="Xe ôm B1")
        factories.site(units["A1"], name="Khác A1")
        client.force_login(user_factory("national"))
        params = {"model_type": type_.pk, "unit": units["A"].pk}
        listed = {s.name for s in client.get(reverse("initiatives:site_list"), params).context["table"].data.data}
        assert listed == wanted
        csv_body = b"".join(client.get(reverse("initiatives:site_list"), {**params, "export": "csv"}).streaming_content)
        rows = csv_body.decode("utf-8-sig").splitlines()
        assert rows[0].startswith("Tên điểm") and {r.split(",")[0] for r in rows[1:]} == wanted
        xlsx = client.get(reverse("initiatives:site_list"), {**params, "export": "xlsx"})
        sheet = load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active
        assert {row[0] for row in sheet.iter_rows(min_row=2, values_only=True)} == wanted

    def test_new_evaluation_is_prefilled_from_the_site(self, client, user_factory, units):
        site = factories.site(units["A1"])
        client.force_login(user_factory("commune", "A1"))
        form = client.get(reverse("initiatives:evaluation_add"), {"site": site.pk}).context["form"]
        assert str(form["site"].value()) == str(site.pk)

    def test_province_user_evaluates_a_site_leaving_the_unit_empty(self, client, user_factory, units):
        """As the help text says: an empty "Đơn vị đánh giá" takes the site's commune."""
        site = factories.site(units["A1"])
        client.force_login(user_factory("province", "A"))
        response = client.post(reverse("initiatives:evaluation_add"), {
            "site": site.pk, "unit": "", "period": "interim", "rating": "good",
            "period_start": "2025-01-01", "period_end": "2025-06-30"})
        assert response.status_code == 302
        evaluation = site.evaluations.get()
        assert (evaluation.unit, evaluation.model_type) == (units["A1"], site.model_type)


@pytest.mark.django_db
class TestSiteList:
    def test_compact_columns_and_status_badges(self, client, user_factory, units):
        type_ = factories.model_type(name="Tổ hòa giải ở cơ sở")
        factories.site(units["A1"], type_, name=f"Tổ hòa giải ở cơ sở tổ dân phố 29, {units['A1'].full_name}",
                       village="Tổ dân phố 29")
        client.force_login(user_factory("national"))
        page = client.get(reverse("initiatives:site_list"))
        html = page.content.decode()
        assert '">Tổ dân phố 29</a>' in html and "Tổ hòa giải ở cơ sở tổ dân phố 29" not in html
        assert '<span class="badge status-badge status-active">Đang hoạt động</span>' in html
        assert [c.name for c in page.context["table"].columns] == [
            "name", "model_type", "commune", "province", "started_on", "members_count", "status"]
        assert 'data-label="Xã, phường"' in html and 'data-label="Tỉnh, thành phố" data-card="hide"' in html
        assert 'data-bs-target="#list-filters"' in html
        export = b"".join(client.get(reverse("initiatives:site_list"), {"export": "csv"}).streaming_content)
        assert "Tổ hòa giải ở cơ sở tổ dân phố 29, Phường Bến Thành" in export.decode("utf-8-sig")
