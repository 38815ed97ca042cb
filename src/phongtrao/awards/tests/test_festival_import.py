"""Import of Festival Day sites: the plan found or created from its rows, communes inside the plan's province and the
user's scope, one site per commune and plan, exports that re-import, hostile files refused with nothing saved."""
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from phongtrao.awards.importing import FestivalSiteImport
from phongtrao.awards.models import FestivalPlan, FestivalSite
from phongtrao.core.imports.engine import run_import
from phongtrao.core.testing import assert_export_reimports, assert_hostile_files_refused, make_user, write_import_file

from . import factories

pytestmark = pytest.mark.django_db

PLAN = {"unit": "79", "year": "2024", "plan": "Ngày hội năm 2024", "leaders": "Chủ tịch UBND tỉnh"}


def test_sites_make_their_plan_once_and_keep_inside_its_province(tmp_path, units):
    user = make_user("province", units["A"])
    bad = write_import_file(FestivalSiteImport, [
        {**PLAN, "commune": units["A1"].code, "attendance": "500", "awards_given": "12"},
        {**PLAN, "leaders": "Bí thư Tỉnh ủy", "commune": units["A2"].code},
        {**PLAN, "commune": units["A1"].code},
        {**PLAN, "commune": units["B1"].code},
        {**PLAN, "unit": "", "commune": units["A2"].code},
        {**PLAN, "commune": units["A"].code},
        {**PLAN, "commune": units["A2"].code, "chosen": "Có lẽ"},
    ], tmp_path / "nh.csv")
    report = run_import(FestivalSiteImport, bad, user=user, dry_run=False)
    assert report.errors == [
        (3, "Lãnh đạo dự", "Khác với dòng 2 của cùng kế hoạch Ngày hội."),
        (4, "Mã xã", "Trùng xã của cùng kế hoạch với dòng 2."),
        (5, "Mã xã", "Đơn vị mã “00004” nằm ngoài phạm vi quản lý của bạn."),
        (6, "Mã tỉnh tổ chức", "Để trống là cấp trung ương, nằm ngoài phạm vi quản lý của bạn: ghi mã đơn vị."),
        (7, "Mã xã", "Không có đơn vị hành chính hiện hành mã “79”."),
        (8, "Được chọn", "“Có lẽ” không hợp lệ; dùng một trong: Có, Không."),
    ]
    assert not FestivalPlan.objects.exists() and not FestivalSite.objects.exists()

    good = write_import_file(FestivalSiteImport, [
        {**PLAN, "commune": units["A1"].code, "attendance": "500", "awards_given": "12"},
        {"unit": "79", "year": "2024", "plan": "ngay hoi nam 2024", "commune": units["A2"].code, "chosen": "Không"},
    ], tmp_path / "nh.csv")
    report = run_import(FestivalSiteImport, good, user=user, dry_run=False)
    assert report.ok and report.created == 2, report.errors
    plan = FestivalPlan.objects.get()
    assert (plan.unit, plan.year, plan.leaders, plan.sites_wanted) == (units["A"], 2024, "Chủ tịch UBND tỉnh", 28)
    assert dict(plan.sites.values_list("commune", "chosen")) == {units["A1"].pk: True, units["A2"].pk: False}
    assert plan.sites.get(commune=units["A1"]).attendance == 500
    again = run_import(FestivalSiteImport, good, user=user, dry_run=True)
    assert {text for _row, _column, text in again.errors} == {
        "Kế hoạch đã có điểm tại xã này: sửa trên trang của điểm."}


def test_a_national_plan_takes_communes_of_every_province(tmp_path, units):
    path = write_import_file(FestivalSiteImport, [
        {**PLAN, "unit": "", "commune": units["A1"].code}, {**PLAN, "unit": "", "commune": units["B1"].code}],
        tmp_path / "nh.csv")
    assert run_import(FestivalSiteImport, path, user=make_user("national"), dry_run=False).created == 2
    assert FestivalPlan.objects.get().unit is None
    other = write_import_file(FestivalSiteImport, [{**PLAN, "commune": units["B1"].code}], tmp_path / "nh.csv")
    report = run_import(FestivalSiteImport, other, user=make_user("national"), dry_run=False)
    assert report.errors == [(2, "Mã xã", "Xã phải thuộc tỉnh của kế hoạch.")]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_site_export_reimports_unchanged(client, tmp_path, units, fmt):
    plan = factories.festival_plan(units["A"], year=2024, ceremony_programme="Khai mạc", leaders="=Lãnh đạo")
    factories.festival_site(units["A1"], plan, chosen=True, attendance=300, awards_given=4, result_note="Tốt")
    factories.festival_site(units["A2"], plan, chosen=False)
    factories.festival_site(units["A2"], factories.festival_plan(units["A"], year=2025), chosen=True)
    assert assert_export_reimports(client, reverse("awards:festivalsite_list"), FestivalSiteImport, tmp_path, fmt,
                                   user=make_user("province", units["A"]),
                                   delete=lambda: FestivalPlan.objects.all().delete()) == 3


def test_site_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(FestivalSiteImport, {**PLAN, "commune": units["A1"].code}, tmp_path,
                                 user=make_user("province", units["A"]), models=(FestivalPlan,), date_key=None,
                                 unit_key="commune")


def test_import_page_and_templates(client, units):
    client.force_login(make_user("province", units["A"]))
    assert client.get(reverse("awards:festivalsite_import")).status_code == 200
    for fmt in ("csv", "xlsx"):
        assert client.get(reverse("awards:festivalsite_import_template", args=[fmt])).status_code == 200
    assert reverse("awards:festivalsite_import") in client.get(reverse("awards:festivalsite_list")).content.decode()
    wrong = SimpleUploadedFile("sai.csv", "Cột A,Cột B\n1,2\n".encode(), content_type="text/csv")
    response = client.post(reverse("awards:festivalsite_import"), {"file": wrong, "mode": "import"})
    assert response.status_code == 400 and "Thiếu cột bắt buộc" in response.content.decode()
