"""Pages and API actions beyond CRUD: status changes, duplicates and merging, the map, bulk create."""
import csv
import io
from datetime import date, timedelta

import pytest
from django.db import connection
from django.urls import reverse
from django.utils.timezone import localdate

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
class TestTypePage:
    def test_the_latest_sites_in_one_table_and_the_whole_list_one_link_away(self, client, user_factory, units):
        from phongtrao.initiatives.views import TYPE_PAGE_SITES

        type_ = factories.model_type(name="Tổ tự quản nhiều điểm")
        for day in range(1, TYPE_PAGE_SITES + 6):
            factories.site(units["A1"], type_, started_on=localdate().replace(day=1) - timedelta(days=day))
        client.force_login(user_factory("national"))
        page = client.get(type_.get_absolute_url())
        table = page.context["sites_table"]
        shown = [row.record.started_on for row in table.rows]
        assert len(shown) == TYPE_PAGE_SITES and shown == sorted(shown, reverse=True)
        assert page.context["site_total"] == TYPE_PAGE_SITES + 5 and table.paginator.num_pages == 1
        assert f'?model_type={type_.pk}"' in page.content.decode()


    def test_its_cached_figures_follow_new_sites_and_evaluations(self, client, user_factory, units):
        from phongtrao.initiatives.models import Evaluation

        type_ = factories.model_type(name="Camera an ninh")
        factories.site(units["A1"], type_)
        client.force_login(user_factory("province", "A"))
        page = client.get(type_.get_absolute_url())
        assert page.context["site_total"] == 1 and page.context["evaluation_summary"]["by_rating"] == []
        factories.site(units["A1"], type_)
        Evaluation.objects.create(model_type=type_, unit=units["A1"], period="annual",
                                  period_start=date(2024, 1, 1), period_end=date(2024, 12, 31), rating="good")
        page = client.get(type_.get_absolute_url())
        assert page.context["site_total"] == 2 and len(page.context["tree"][0]) == 2
        assert [n for _, n in page.context["evaluation_summary"]["by_rating"]] == [1]
        assert "2 điểm mô hình trong phạm vi của bạn" in page.content.decode()  # the kept fragment is stale too
        factories.site(units["B1"], type_)
        client.force_login(user_factory("commune", "B1"))  # another scope keeps its own figures and fragment
        other = client.get(type_.get_absolute_url())
        assert other.context["site_total"] == 1 and "1 điểm mô hình trong phạm vi của bạn" in other.content.decode()
        client.cookies["django_language"] = "en"
        english = client.get(type_.get_absolute_url())
        assert "1 model site in your jurisdiction" in english.content.decode()


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the query plan checked is SQLite's")
@pytest.mark.django_db
def test_the_sites_lists_default_order_is_read_from_an_index_not_sorted():
    """The national list shows its first page without sorting 124,000 rows (650 ms on SQLite)."""
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN QUERY PLAN {Site.objects.all()[:250].query}")
        plan = " ".join(row[-1] for row in cursor.fetchall())
    assert "init_site_list_order" in plan and "TEMP B-TREE" not in plan


@pytest.mark.django_db
class TestTypeList:
    def test_site_counts_stay_inside_the_jurisdiction_and_cost_one_query(self, client, user_factory, units,
                                                                          django_assert_max_num_queries):
        type_ = factories.model_type(name="Tổ tự quản đếm điểm")
        for commune in ("A1", "A1", "A2", "B1"):
            factories.site(units[commune], type_)
        counts = {}
        for role, unit in (("national", None), ("province", "A"), ("commune", "A1")):
            client.force_login(user_factory(role, unit))
            page = client.get(reverse("initiatives:modeltype_list"), {"q": "dem diem"})
            row = next(iter(page.context["table"].paginated_rows))
            counts[role] = row.get_cell("site_count")
            export = client.get(reverse("initiatives:modeltype_list"), {"q": "dem diem", "export": "csv"})
            rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
            assert rows[0]["Số điểm trong phạm vi của bạn"] == counts[role]
        assert counts == {"national": "4", "province": "3", "commune": "2"}
        factories.model_type(name="Loại khác")
        with django_assert_max_num_queries(12):  # the counts of a page in one query, whatever the number of rows
            client.get(reverse("initiatives:modeltype_list"))


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
        assert client.get(survivor.get_absolute_url()).context["similar"] == []  # the cached suggestion is gone

    def test_similar_types_are_matched_once_until_a_type_changes(self, client, user_factory, monkeypatch):
        from phongtrao.initiatives import selectors

        matched, real = [], selectors._best_types
        monkeypatch.setattr(selectors, "_best_types", lambda *args: matched.append(1) or real(*args))
        client.force_login(user_factory("national"))
        survivor = factories.model_type(name="Camera giám sát an ninh, trật tự")
        client.get(survivor.get_absolute_url())
        client.get(survivor.get_absolute_url())
        assert len(matched) == 1
        newcomer = factories.model_type(name="Camera giam sat an ninh trat tu")
        assert [t for t, _ in client.get(survivor.get_absolute_url()).context["similar"]] == [newcomer]

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

    def test_zoomed_out_gives_counts_per_cell_and_zoomed_in_the_sites_in_view(self, client, user_factory, units):
        near = [factories.site(units["A1"], lat=10.77, lon=106.70 + i / 1000) for i in range(3)]
        factories.site(units["A2"])  # at its commune's centroid
        factories.site(units["B1"], lat=21.03, lon=105.85)  # outside the province user's scope
        client.force_login(user_factory("province", "A"))
        national = client.get(reverse("initiatives:site_points"), {"zoom": 5}).json()
        assert "points" not in national and national["count"] == 4
        assert [n for _, _, n in national["clusters"]] == [4]  # one cell of 2.8° holds the city
        close = client.get(reverse("initiatives:site_points"),
                           {"zoom": 14, "bbox": "10.76,106.69,10.78,106.71"}).json()
        assert sorted(p[0] for p in close["points"]) == [s.pk for s in near]

    def test_map_opens_on_the_filtered_sites_then_on_the_jurisdiction(self, client, user_factory, units):
        factories.site(units["A1"], lat=10.70, lon=106.60)
        factories.site(units["A1"], lat=10.80, lon=106.75, status=Status.SUSPENDED)
        factories.site(units["B1"], lat=21.03, lon=105.85)  # outside the province user's scope
        client.force_login(user_factory("province", "A"))
        assert client.get(reverse("initiatives:site_points"), {"fit": 1}).json()["bounds"] == [[10.7, 106.6], [10.8, 106.75]]
        only = client.get(reverse("initiatives:site_points"), {"fit": 1, "status": Status.SUSPENDED}).json()
        assert only["bounds"] == [[10.8, 106.75], [10.8, 106.75]]
        page = client.get(reverse("initiatives:site_map"), {"status": Status.SUSPENDED})
        assert page.context["bounds"] == [[10.8, 106.75], [10.8, 106.75]]
        # Nothing matches: the user's jurisdiction (the centroids of its communes)
        empty = client.get(reverse("initiatives:site_points"), {"fit": 1, "status": Status.DISSOLVED}).json()
        south, west = empty["bounds"][0]
        north, east = empty["bounds"][1]
        assert south <= units["A1"].lat <= north and west <= units["A1"].lon <= east
        assert not south <= units["B1"].lat <= north

    def test_counts_per_unit_at_their_centroids(self, client, user_factory, units):
        for commune in ("A1", "A1", "A2", "B1"):
            factories.site(units[commune])
        client.force_login(user_factory("national"))
        national = client.get(reverse("initiatives:site_points"), {"mode": "units"}).json()
        by_name = {row["name"]: row for row in national["units"]}
        assert by_name[units["A"].full_name]["count"] == 3 and by_name[units["B"].full_name]["count"] == 1
        assert [by_name[units["A"].full_name]["lat"], by_name[units["A"].full_name]["lon"]] == [units["A"].lat, units["A"].lon]
        client.force_login(user_factory("province", "A"))  # a province user sees its communes
        communes = client.get(reverse("initiatives:site_points"), {"mode": "units"}).json()["units"]
        assert {(r["name"], r["count"]) for r in communes} == {(units["A1"].full_name, 2), (units["A2"].full_name, 1)}
        assert client.get(reverse("initiatives:site_points"), {"mode": "nope"}).status_code == 400

    def test_popup_names_the_site_inside_the_scope_only(self, client, user_factory, units):
        site = factories.site(units["A1"], factories.model_type(name="Camera an ninh"), name="Camera ngõ 5",
                              status=Status.EXEMPLARY)
        other = factories.site(units["B1"])
        client.force_login(user_factory("province", "A"))
        html = client.get(reverse("initiatives:site_popup", args=[site.pk])).content.decode()
        for text in ("Camera ngõ 5", "Camera an ninh", "Điển hình", units["A1"].full_name, site.get_absolute_url()):
            assert text in html
        assert client.get(reverse("initiatives:site_popup", args=[other.pk])).status_code == 404

    @pytest.mark.parametrize("query", [{"zoom": "x"}, {"zoom": "99"}, {"bbox": "1,2,3"}, {"bbox": "10,10,5,5"},
                                       {"bbox": "nan,0,1,1"}, {"status": "nope"}])
    def test_bad_view_or_filter_is_a_400_with_errors(self, client, user_factory, query):
        client.force_login(user_factory("national"))
        response = client.get(reverse("initiatives:site_points"), query)
        assert response.status_code == 400 and response.json()["errors"]


@pytest.mark.django_db
class TestAPI:
    def test_bulk_create_is_all_or_nothing(self, api_client, user_factory, units):
        api_client.force_authenticate(user_factory("province", "A"))
        type_ = factories.model_type()
        rows = [{"model_type": type_.pk, "name": "Điểm 1", "commune": units["A1"].code},
                {"model_type": type_.pk, "name": "Điểm 2", "commune": units["B1"].code}]
        response = api_client.post(reverse("api:site-bulk"), rows, format="json")
        assert response.status_code == 400
        assert response.json()["row"] == 2
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

    @pytest.mark.parametrize("fmt", ["csv", "xlsx"])
    def test_formulas_are_neutralised_in_exports_and_kept_in_the_database(self, client, user_factory, units, fmt):
        """OWASP CSV injection: a cell starting with = + - @ tab or CR goes out with a leading apostrophe."""
        import csv
        import io

        from openpyxl import load_workbook

        hostile = ["=HYPERLINK(\"http://x\",\"A\")", "+1+1", "-2+3", "@SUM(1)", "\tTab", "\rCR"]
        type_ = factories.model_type(name="Mô hình xuất")
        for name in hostile:
            factories.site(units["A1"], type_, name=name)
        factories.site(units["A1"], type_, name="Bình thường -1")
        client.force_login(user_factory("national"))
        response = client.get(reverse("initiatives:site_list"), {"model_type": type_.pk, "export": fmt})
        body = b"".join(response.streaming_content)
        if fmt == "csv":
            rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
        else:
            rows = list(load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True))
        names = {row[0] for row in rows[1:]}
        assert names == {f"'{name}" for name in hostile} | {"Bình thường -1"}
        assert set(Site.objects.filter(model_type=type_).values_list("name", flat=True)) == {*hostile, "Bình thường -1"}

    def test_csv_and_xlsx_downloads_are_named_alike(self, client, user_factory):
        client.force_login(user_factory("national"))
        names = {fmt: client.get(reverse("initiatives:site_list"), {"export": fmt})["Content-Disposition"]
                 for fmt in ("csv", "xlsx")}
        assert names["csv"] == names["xlsx"].replace(".xlsx", ".csv")
        assert names["csv"].startswith("attachment; filename*=utf-8''%C4%91i%E1%BB%83m%20m%C3%B4%20h%C3%ACnh-")

    def test_new_evaluation_is_prefilled_from_the_site(self, client, user_factory, units):
        site = factories.site(units["A1"])
        client.force_login(user_factory("commune", "A1"))
        form = client.get(reverse("initiatives:evaluation_add"), {"site": site.pk}).context["form"]
        assert str(form["site"].value()) == str(site.pk)


@pytest.mark.django_db
class TestReplicationTree:
    def test_loaded_level_by_level_inside_the_jurisdiction(self, client, user_factory, units):
        type_ = factories.model_type(name="Camera an ninh nhân rộng")
        origin = factories.site(units["A1"], type_, name="Gốc A1")
        learnt = [factories.site(units["A1"], type_, name=f"Học A1 số {i}", replicated_from=origin) for i in range(3)]
        away = factories.site(units["B1"], type_, name="Học ở Hà Nội", replicated_from=origin)
        factories.site(units["A2"], type_, name="Cháu A2", replicated_from=learnt[0])
        factories.site(units["A1"], type_, name="Học từ Hà Nội", replicated_from=away)
        client.force_login(user_factory("commune", "A1"))
        page = client.get(reverse("initiatives:modeltype", args=[type_.pk])).content.decode()
        page = page.split("Cây nhân rộng")[1]  # the tree's card
        assert "Gốc A1" in page and "3 điểm học tập" in page  # A1's own learners only; B1's is outside
        assert "Học từ Hà Nội" in page  # learnt from a site the user cannot see: a root for this user
        assert "Học A1 số 0" not in page and "Học ở Hà Nội" not in page
        children = client.get(reverse("initiatives:site_replicas", args=[origin.pk]), HTTP_HX_REQUEST="true")
        names = children.content.decode()
        assert [f"Học A1 số {i}" in names for i in range(3)] == [True] * 3
        assert "Học ở Hà Nội" not in names and "Cháu A2" not in page + names
        assert client.get(reverse("initiatives:site_replicas", args=[away.pk])).status_code == 404


@pytest.mark.django_db
class TestBackgroundExport:
    def test_a_big_export_runs_as_a_job_with_a_download_for_its_owner_only(
            self, client, user_factory, units, monkeypatch, settings, tmp_path, django_capture_on_commit_callbacks):
        settings.DATA_DIR = tmp_path
        monkeypatch.setenv("PHONGTRAO_EXPORT_SYNC_ROWS", "2")
        type_ = factories.model_type(name="Nhà trọ tự quản xuất nhiều")
        for commune in ("A1", "A1", "A2", "B1"):
            factories.site(units[commune], type_)
        client.force_login(user_factory("province", "A"))
        with django_capture_on_commit_callbacks(execute=True):
            response = client.get(reverse("initiatives:site_list"), {"q": "xuat nhieu", "export": "csv"})
        assert response.status_code == 302
        job_page = client.get(response.url)
        assert "Đã ghi 3 dòng." in job_page.content.decode()
        job = job_page.context["job"]
        download = client.get(reverse("core:job_file", args=[job.pk]))
        rows = list(csv.reader(io.StringIO(b"".join(download.streaming_content).decode("utf-8-sig"))))
        assert len(rows) == 4 and download["Content-Disposition"].endswith("-" + localdate().isoformat() + ".csv")
        client.force_login(user_factory("province", "A"))
        assert client.get(reverse("core:job_file", args=[job.pk])).status_code == 404

    def test_a_small_export_is_streamed_at_once(self, client, user_factory, units, monkeypatch):
        monkeypatch.setenv("PHONGTRAO_EXPORT_SYNC_ROWS", "2")
        factories.site(units["A1"], name="Chỉ một điểm")
        client.force_login(user_factory("province", "A"))
        response = client.get(reverse("initiatives:site_list"), {"q": "chi mot diem", "export": "csv"})
        assert response.status_code == 200 and response.streaming


@pytest.mark.django_db
class TestCoordinates:
    def url(self):
        return reverse("initiatives:site_add")

    def data(self, units, **extra):
        return {"model_type": factories.model_type().pk, "name": "Điểm có tọa độ", "commune": units["A1"].pk, **extra}

    @pytest.mark.parametrize("lat, lon, field, text", [
        ("48.85", "106.7", "lat", "nằm ngoài lãnh thổ Việt Nam"),
        ("106.7", "10.77", "lat", "đảo"),
        ("10.77", "", "lon", "Nhập cả vĩ độ và kinh độ"),
    ])
    def test_outside_vietnam_or_half_a_point_is_refused_in_vietnamese(self, client, user_factory, units,
                                                                       lat, lon, field, text):
        client.force_login(user_factory("province", "A"))
        response = client.post(self.url(), self.data(units, lat=lat, lon=lon))
        assert response.status_code == 400
        assert text in " ".join(response.context["form"].errors[field])
        assert not Site.objects.filter(name="Điểm có tọa độ").exists()

    def test_a_point_inside_is_saved_and_the_form_offers_the_picker(self, client, user_factory, units):
        client.force_login(user_factory("province", "A"))
        page = client.get(self.url()).content.decode()
        assert 'data-coordinate-picker' in page and "leaflet.js" in page
        client.post(self.url(), self.data(units, lat="10,7769", lon="106.7009"))
        site = Site.objects.get(name="Điểm có tọa độ")
        assert (site.lat, site.lon) == (10.7769, 106.7009)

    def test_the_api_refuses_a_point_outside_too(self, api_client, user_factory, units):
        api_client.force_authenticate(user_factory("province", "A"))
        response = api_client.post(reverse("api:site-list"), {
            "model_type": factories.model_type().pk, "name": "Điểm API", "commune": units["A1"].code,
            "lat": 1.0, "lon": 106.0}, format="json")
        assert response.status_code == 400 and "Việt Nam" in str(response.json())
