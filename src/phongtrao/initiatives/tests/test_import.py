"""Import of sites from CSV/XLSX: all-or-nothing, errors by row and column, places, scope, duplicates, UI, CLI, jobs."""
import csv
import io
import os
import time
from datetime import date

import lxml.html
import pytest
from auditlog.models import LogEntry
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from phongtrao.core.models import Job
from phongtrao.core.tests.test_imports import inline, sheet_xml, xlsx
from phongtrao.core.imports import engine, uploads
from phongtrao.core.imports import views as import_views
from phongtrao.initiatives import importing
from phongtrao.initiatives.models import ModelType, Site, StatusChange

from . import factories

HEADER = ["Tên điểm", "Mô hình", "Mã xã", "Xã/phường", "Tỉnh/thành phố", "Địa chỉ", "Thôn/tổ dân phố",
          "Ngày thành lập", "Số thành viên", "Tổ chức chủ trì", "Trạng thái"]


def row(name, *, type_="Nhà trọ tự quản", code="26743", commune="", province="", address="", village="Tổ 1",
        started="15/03/2019", members="12", org="Công an", status=""):
    return [name, type_, code, commune, province, address, village, started, members, org, status]


def write_csv(tmp_path, rows, *, delimiter=",", bom=False, header=HEADER, name="sites.csv"):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode())
    return path


def write_xlsx(tmp_path, rows, *, header=HEADER, name="sites.xlsx"):
    workbook = Workbook()
    for values in (header, *rows):
        workbook.active.append(values)
    path = tmp_path / name
    workbook.save(path)
    return path


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def nha_tro(db):
    return factories.model_type(name="Nhà trọ tự quản", aliases="Nhà trọ an toàn")


@pytest.fixture
def province_user(user_factory):
    return user_factory("province", "A")


@pytest.mark.django_db
class TestService:
    def test_an_import_makes_the_cached_figures_stale_once_committed(self, tmp_path, nha_tro, province_user,
                                                                     django_capture_on_commit_callbacks):
        from phongtrao.initiatives.selectors import type_page_figures

        assert type_page_figures(province_user, nha_tro, 25)["site_total"] == 0  # now cached
        with django_capture_on_commit_callbacks(execute=True):
            report = importing.import_sites(write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2")]), user=province_user,
                                            dry_run=False)
        assert report.created == 2
        assert type_page_figures(province_user, nha_tro, 25)["site_total"] == 2

    def test_bad_row_saves_nothing_and_names_row_and_column_then_fixed_file_imports(self, tmp_path, nha_tro,
                                                                                     province_user):
        rows = [row("Điểm 1"), row("Điểm 2", started="31/02/2020"), row("Điểm 3", members="-4")]
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=False)
        assert not report.ok and report.created == 0
        assert [(r, c) for r, c, _ in report.errors] == [(3, "Ngày thành lập"), (4, "Số thành viên")]
        assert report.errors[0][2] == "Ngày “31/02/2020” không tồn tại: tháng 2 năm 2020 không có ngày 31."
        assert not Site.objects.exists()

        rows[1], rows[2] = row("Điểm 2", started="2020-02-29"), row("Điểm 3", members="4", status="Tạm ngừng")
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=False)
        assert report.ok and report.created == 3, report.errors
        sites = {s.name: s for s in Site.objects.all()}
        assert sites["Điểm 2"].started_on == date(2020, 2, 29)
        assert sites["Điểm 3"].status == "suspended" and sites["Điểm 1"].status == "active"
        assert sites["Điểm 1"].name_folded == "diem 1" and sites["Điểm 1"].leading_org.code == "police"
        assert StatusChange.objects.filter(site__in=sites.values(), changed_by=province_user).count() == 3
        entry = LogEntry.objects.get(pk=report.audit_entry_id)
        assert entry.actor == province_user and entry.additional_data["import"]["sites"] == 3
        assert entry.additional_data["unit_path"] == province_user.unit.path

    def test_dry_run_validates_only(self, tmp_path, nha_tro, province_user):
        report = importing.import_sites(write_csv(tmp_path, [row("Điểm 1")]), user=province_user, dry_run=True)
        assert report.ok and report.rows == 1 and report.created == 0
        assert "Chưa lưu" in report.summary() and not Site.objects.exists()

    def test_legacy_and_unaccented_commune_names_resolve_to_current_units(self, tmp_path, nha_tro, province_user,
                                                                          units):
        rows = [row("Cũ", code="", commune="Phường Bến Nghé", province="Hồ Chí Minh", address="1 Lê Lợi, Q.1"),
                row("Không dấu", code="", commune="phuong ben thanh", province="tp ho chi minh", village="Tổ 2"),
                row("Bằng alias", type_="nha tro an toan", code="", commune="Bến Thành", province="Hồ Chí Minh")]
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=False)
        assert report.ok, report.errors
        sites = {s.name: s for s in Site.objects.all()}
        assert sites["Cũ"].commune == units["A2"] and sites["Cũ"].address == "1 Lê Lợi, Q.1"
        assert sites["Không dấu"].commune == units["A1"] and sites["Bằng alias"].model_type == nha_tro
        assert report.resolutions[("Phường Bến Nghé", "Hồ Chí Minh")] == units["A2"].full_name

    def test_legacy_commune_split_over_several_current_ones_asks_for_the_code(self, tmp_path, nha_tro,
                                                                              province_user):
        rows = [row("Đa Kao", code="", commune="Phường Đa Kao", province="Hồ Chí Minh")]
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=True)
        (number, column, message), = report.errors
        assert (number, column) == (2, "Xã/phường") and "Mã xã" in message and "Phường Tân Định" in message

    def test_out_of_scope_and_unknown_communes_rejected(self, tmp_path, nha_tro, province_user):
        rows = [row("Trong phạm vi"), row("Hà Nội", code="00004"), row("Không có", code="99999"),
                row("Tên lạ", code="", commune="Phường Không Tồn Tại", province="Hồ Chí Minh")]
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=False)
        assert [(r, c) for r, c, _ in report.errors] == [(3, "Mã xã"), (4, "Mã xã"), (5, "Xã/phường")]
        assert "phạm vi" in report.errors[0][2]
        assert not Site.objects.exists()

    def test_duplicates_within_the_file_and_against_the_database(self, tmp_path, nha_tro, province_user, units):
        factories.site(units["A1"], nha_tro, address="12 Lê Lợi", village="Tổ 1")
        rows = [row("Trùng CSDL", address="12 le loi"), row("Mới", address="14 Lê Lợi"),
                row("Trùng dòng 3", address="14 Lê Lợi"), row("Giải thể", address="14 Lê Lợi", status="dissolved"),
                row("Xã khác", code="26740", address="14 Lê Lợi")]
        report = importing.import_sites(write_csv(tmp_path, rows), user=province_user, dry_run=True)
        assert [(r, c) for r, c, _ in report.errors] == [(2, "Địa chỉ"), (4, "Địa chỉ")]
        assert "dòng 3" in report.errors[1][2]

    def test_xlsx_reads_typed_cells_like_csv(self, tmp_path, nha_tro, user_factory, units):
        rows = [["Điểm số", "Nhà trọ tự quản", 4, "", "", "", "Tổ 1", date(2019, 3, 15), 25, "police", "Đang hoạt động"],
                ["Điểm chữ", "Nhà trọ tự quản", "00004", "", "", "", "Tổ 2", "2019-03-15", "25", "", ""]]
        report = importing.import_sites(write_xlsx(tmp_path, rows), user=user_factory("national"), dry_run=False)
        assert report.ok, report.errors
        assert {(s.commune, s.started_on, s.members_count) for s in Site.objects.all()} == {
            (units["B1"], date(2019, 3, 15), 25)}

    def test_csv_with_bom_semicolons_and_decimal_commas(self, tmp_path, nha_tro, province_user):
        header = [*HEADER, "Vĩ độ", "Kinh độ", "Cột thừa"]
        path = write_csv(tmp_path, [[*row("Điểm"), "10,7769", "106,7009", "bỏ qua"]], delimiter=";", bom=True,
                         header=header)
        report = importing.import_sites(path, user=province_user, dry_run=False)
        assert report.ok, report.errors
        site = Site.objects.get()
        assert (site.lat, site.lon) == (10.7769, 106.7009)

    def test_title_rows_above_the_header_keep_spreadsheet_row_numbers(self, tmp_path, nha_tro, province_user):
        path = write_xlsx(tmp_path, [HEADER, row("Tốt"), row("Xấu", code="")], header=["DANH SÁCH ĐIỂM MÔ HÌNH"])
        report = importing.import_sites(path, user=province_user, dry_run=True)
        assert [(r, c) for r, c, _ in report.errors] == [(4, "Mã xã")]

    def test_unknown_type_rejected_unless_asked_to_create_it(self, tmp_path, nha_tro, province_user):
        path = write_csv(tmp_path, [row("A", type_="Tổ tự quản mới"), row("B", type_="tổ tự quản mới", village="2")])
        report = importing.import_sites(path, user=province_user, dry_run=True)
        assert [(r, c) for r, c, _ in report.errors] == [(2, "Mô hình"), (3, "Mô hình")]
        report = importing.import_sites(path, user=province_user, dry_run=True, create_types=True)
        assert report.ok and list(report.new_types.values()) == ["Tổ tự quản mới"]
        assert not ModelType.objects.filter(name="Tổ tự quản mới").exists()
        report = importing.import_sites(path, user=province_user, dry_run=False, create_types=True)
        created = ModelType.objects.get(name="Tổ tự quản mới")
        assert created.origin_unit == province_user.unit and created.sites.count() == 2

    @pytest.mark.parametrize("content, expected", [
        (b"%PDF-1.7\n\xff\xfe\x00binary", "UTF-8"),
        (b"PK\x03\x04 truncated zip", "Tệp Excel bị hỏng"),
        ("Tên điểm,Xã/phường\nA,B\n".encode(), "Thiếu cột bắt buộc: Mô hình"),
        ("\n".join(HEADER).encode(), "Thiếu cột bắt buộc"),
        (",".join(HEADER).encode(), "không có dòng dữ liệu"),
    ], ids=["binary", "corrupt-xlsx", "missing-column", "no-header-row", "no-data"])
    def test_unreadable_files_give_one_clear_message(self, tmp_path, province_user, content, expected):
        path = tmp_path / "bad.csv"
        path.write_bytes(content)
        report = importing.import_sites(path, user=province_user, dry_run=False)
        (number, column, message), = report.errors
        assert number is None and expected in message


@pytest.mark.django_db
class TestPages:
    def post(self, client, path, mode, **extra):
        with path.open("rb") as stream:
            return client.post(reverse("initiatives:site_import"), {"file": stream, "mode": mode, **extra})

    def test_dry_run_lists_errors_then_import_after_a_clean_check(self, client, tmp_path, nha_tro, province_user):
        client.force_login(province_user)
        assert client.get(reverse("initiatives:site_import")).status_code == 200
        bad = write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2", code="00004")])
        response = self.post(client, bad, "import")
        assert response.status_code == 200 and not Site.objects.exists()
        page = response.content.decode()
        assert "chưa lưu gì" in page and "<td>3</td><td>Mã xã</td>" in page

        good = write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2", code="26740")])
        response = self.post(client, good, "check")
        report = response.context["report"]
        assert report["ok"] and report["dry_run"] and not Site.objects.exists()
        response = client.post(reverse("initiatives:site_import"),
                               {"upload": report["upload"], "file_name": report["file_name"], "mode": "import"})
        assert response.status_code == 302 and response.url == reverse("initiatives:site_list")
        assert Site.objects.count() == 2

    def test_wrong_type_oversized_and_foreign_uploads_get_messages(self, client, tmp_path, province_user,
                                                                   user_factory, monkeypatch):
        client.force_login(province_user)
        pdf = tmp_path / "report.pdf"
        pdf.write_bytes(b"%PDF-1.7")
        assert "Chỉ nhận tệp .csv hoặc .xlsx" in self.post(client, pdf, "check").content.decode()
        monkeypatch.setattr(import_views, "MAX_BYTES", 10)
        assert "Tệp lớn hơn" in self.post(client, write_csv(tmp_path, [row("A")]), "check").content.decode()
        other = user_factory("province", "A")
        response = client.post(reverse("initiatives:site_import"), {"upload": f"{other.pk}/{'a' * 32}.csv"})
        assert response.status_code == 400 and "hãy tải lại" in response.content.decode()

    def test_corrupt_xlsx_gets_a_message_not_a_500(self, client, tmp_path, province_user):
        client.force_login(province_user)
        broken = tmp_path / "broken.xlsx"
        broken.write_bytes(write_xlsx(tmp_path, [row("A")]).read_bytes()[:300])
        response = self.post(client, broken, "check")
        assert response.status_code == 400 and "Tệp Excel bị hỏng" in response.content.decode()

    def test_one_button_after_a_clean_check_imports_the_checked_upload(self, client, tmp_path, nha_tro,
                                                                       province_user):
        client.force_login(province_user)
        path = write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2", type_="Tổ tự quản mới", village="Tổ 2")])
        with path.open("rb") as stream:
            response = client.post(reverse("initiatives:site_import"),
                                    {"file": stream, "mode": "check", "create_types": "on"})
        page = response.content.decode()
        assert response.status_code == 200 and "Sẽ tạo 1 mô hình mới" in page
        assert page.count("Nhập dữ liệu") == 1 and 'type="file"' not in page  # nothing to choose again
        form = lxml.html.fromstring(page).get_element_by_id("import-confirm")
        data = {**dict(form.form_values()), "mode": form.xpath(".//button")[0].get("value")}
        assert data["upload"] == response.context["report"]["upload"] and data["create_types"] == "True"
        response = client.post(form.get("action"), data)
        assert response.status_code == 302 and response.url == reverse("initiatives:site_list")
        assert sorted(Site.objects.values_list("name", "model_type__name")) == [
            ("Điểm 1", "Nhà trọ tự quản"), ("Điểm 2", "Tổ tự quản mới")]

    def test_a_5kb_xlsx_with_a_cell_at_xfd1048576_gets_a_400_message(self, client, tmp_path, province_user):
        client.force_login(province_user)
        far = xlsx(tmp_path, sheet_xml(f'<row r="1">{inline("A1", "Tên điểm")}</row>'
                                       f'<row r="1048576">{inline("XFD1048576", "x")}</row>'))
        response = self.post(client, far, "check")
        assert response.status_code == 400
        assert "Bảng tính có ô ở XFD1048576, vượt giới hạn 250.000 dòng × 100 cột" in response.content.decode()

    def test_the_sites_list_links_to_the_import_for_those_who_may_add(self, client, province_user, user_factory):
        client.force_login(province_user)
        assert reverse("initiatives:site_import") in client.get(reverse("initiatives:site_list")).content.decode()
        client.force_login(user_factory("viewer", "A"))
        assert reverse("initiatives:site_import") not in client.get(reverse("initiatives:site_list")).content.decode()

    def test_a_long_file_name_still_makes_a_job(self, client, tmp_path, nha_tro, province_user, monkeypatch,
                                               django_capture_on_commit_callbacks):
        monkeypatch.setattr(import_views, "INLINE_MAX_BYTES", 0)
        client.force_login(province_user)
        path = write_csv(tmp_path, [row("Điểm 1")], name="d" * 246 + ".csv")
        with django_capture_on_commit_callbacks(execute=True):
            response = self.post(client, path, "check")
        job = Job.objects.get()
        assert response.url == job.get_absolute_url() and len(job.label) == 255 and job.result["ok"]

    def test_viewers_may_not_import(self, client, user_factory):
        client.force_login(user_factory("viewer", "A"))
        assert client.get(reverse("initiatives:site_import")).status_code == 403

    def test_templates_have_the_headers_an_example_and_a_guide(self, client, province_user, tmp_path):
        client.force_login(province_user)
        response = client.get(reverse("initiatives:site_import_template", args=["csv"]))
        lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert lines[0] == [c.header for c in importing.COLUMNS] and len(lines) == 2
        response = client.get(reverse("initiatives:site_import_template", args=["xlsx"]))
        workbook = load_workbook(io.BytesIO(response.content))
        data, guide = workbook.worksheets
        assert [c.value for c in data[1]] == lines[0] and data.max_row == 2
        assert guide.max_row == len(importing.COLUMNS) + 1
        assert client.get(reverse("initiatives:site_import_template", args=["pdf"])).status_code == 404

    def test_large_files_run_as_a_job_with_progress(self, client, tmp_path, nha_tro, province_user, monkeypatch,
                                                    django_capture_on_commit_callbacks):
        monkeypatch.setattr(import_views, "INLINE_MAX_BYTES", 0)
        monkeypatch.setattr(engine, "PROGRESS_EVERY", 2)
        client.force_login(province_user)
        rows = [row(f"Điểm {i}", village=f"Tổ {i}") for i in range(5)]
        with django_capture_on_commit_callbacks(execute=True):
            response = self.post(client, write_csv(tmp_path, rows), "check")
        job = Job.objects.get()
        assert response.url == job.get_absolute_url()
        assert job.state == "done" and job.result["ok"] and job.result["dry_run"] and job.done == 5
        page = client.get(job.get_absolute_url()).content.decode()
        assert "không có lỗi" in page
        assert 'value="import"' in page and job.result["upload"] in page
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("initiatives:site_import"), {"upload": job.result["upload"], "mode": "import"})
        assert Job.objects.latest("pk").result["created"] == 5 and Site.objects.count() == 5


@pytest.mark.django_db
class TestCommand:
    def test_dry_run_then_import_and_exit_code_on_errors(self, tmp_path, nha_tro, province_user, capsys):
        path = write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2", code="00004")])
        with pytest.raises(CommandError) as failed:
            call_command("import_sites", str(path), user=province_user.username)
        assert failed.value.returncode == 1
        assert "Dòng 3, cột “Mã xã”" in capsys.readouterr().out and not Site.objects.exists()
        path = write_csv(tmp_path, [row("Điểm 1"), row("Điểm 2", code="26740")])
        call_command("import_sites", str(path), user=province_user.username, dry_run=True)
        assert "Chưa lưu" in capsys.readouterr().out and not Site.objects.exists()
        call_command("import_sites", str(path), user=province_user.username)
        assert "dòng/giây" in capsys.readouterr().out and Site.objects.count() == 2


    def test_the_generic_command_takes_the_specs_key_and_options(self, tmp_path, nha_tro, province_user, capsys):
        path = write_csv(tmp_path, [row("Điểm 1", type_="Tổ tự quản mới")])
        call_command("import_data", "sites", str(path), user=province_user.username, option=["create_types"])
        assert "Đã nhập 1 điểm mô hình" in capsys.readouterr().out
        assert Site.objects.get().model_type.name == "Tổ tự quản mới"
        with pytest.raises(CommandError, match="Không có loại dữ liệu nhập “units”; có: .*sites"):
            call_command("import_data", "units", str(path), user=province_user.username)


@pytest.mark.django_db
def test_prune_uploads_removes_only_old_files(province_user, capsys):
    old, new = (uploads.upload_path(uploads.store_upload([b"a,b\n"], suffix=".csv", user=province_user),
                                    province_user) for _ in range(2))
    eight_days_ago = time.time() - 8 * 86400
    os.utime(old, (eight_days_ago, eight_days_ago))
    call_command("prune_uploads", "--days", "7")
    assert not old.exists() and new.exists()
    assert "Đã xóa 1 tệp" in capsys.readouterr().out


@pytest.mark.django_db
def test_a_clash_added_while_the_file_was_checked_saves_nothing(tmp_path, nha_tro, province_user, units,
                                                                 monkeypatch):
    path = write_csv(tmp_path, [row("Điểm 1", address="12 Lê Lợi"), row("Điểm 2", address="14 Lê Lợi")])
    check = engine.check_file

    def check_then_someone_adds_a_site(*args, **kwargs):
        checked = check(*args, **kwargs)
        factories.site(units["A1"], nha_tro, address="14 Lê Lợi", village="Tổ 1")
        return checked

    monkeypatch.setattr(engine, "check_file", check_then_someone_adds_a_site)
    report = importing.import_sites(path, user=province_user, dry_run=False)
    assert not report.ok and report.created == 0
    assert "Điểm 2" in report.errors[0][2]
    assert Site.objects.count() == 1


@pytest.mark.django_db
def test_an_import_job_recorded_before_the_core_engine_still_shows(client, province_user):
    job = Job.objects.create(kind="import_sites", label="cũ", created_by=province_user, state=Job.State.DONE,
                             result={"summary": "Đã nhập 3 điểm mô hình từ a.csv.", "ok": True,
                                     "template": "initiatives/import_job.html"})
    client.force_login(province_user)
    response = client.get(job.get_absolute_url())
    assert response.status_code == 200 and "Đã nhập 3 điểm mô hình từ a.csv." in response.content.decode()
