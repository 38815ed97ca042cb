"""Imports of plans, committee members, programme obligations and their yearly progress, inspection findings: each
row's parent found or created, exports that re-import unchanged, hostile files refused with nothing saved."""
from datetime import date

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from phongtrao.core.imports.engine import run_import
from phongtrao.core.testing import assert_export_reimports, assert_hostile_files_refused, make_user, write_import_file
from phongtrao.steering.importing import (CommitteeMemberImport, FindingImport, ObligationImport, PlanImport,
                                          ProgressReportImport)
from phongtrao.steering.models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit,
                                       MemberRole, Obligation, Plan, Programme, ProgressReport)

from . import factories

pytestmark = pytest.mark.django_db


# committee members


def test_members_make_the_committees_of_units_without_one_and_date_the_change_of_the_others(tmp_path, units):
    kept = factories.committee(units["A1"], decided_on=date(2025, 1, 10))
    user = make_user("province", units["A"])
    path = write_import_file(CommitteeMemberImport, [
        {"unit": units["A2"].code, "decision_ref": "5/QĐ-UBND", "decided_on": "02/03/2025", "full_name": "Lê  Văn An",
         "role": "Trưởng ban", "organisation": "UBND xã"},
        {"unit": units["A2"].code, "full_name": "Trần Thị Bình", "role": "Phó Trưởng ban"},
        {"unit": units["A1"].code, "full_name": "Phạm Văn Cường"},
    ], tmp_path / "tv.csv")
    report = run_import(CommitteeMemberImport, path, user=user, dry_run=False)
    assert report.ok and report.created == 3
    made = Committee.objects.get(unit=units["A2"])
    assert (made.decision_ref, made.decided_on, made.members_changed_on, made.name) == (
        "5/QĐ-UBND", date(2025, 3, 2), None, Committee._meta.get_field("name").default)
    assert [(m.full_name, m.role) for m in made.members.all()] == [("Lê Văn An", MemberRole.HEAD),
                                                                   ("Trần Thị Bình", MemberRole.DEPUTY)]
    kept.refresh_from_db()
    assert kept.members_changed_on == date.today() and kept.members.get().role == MemberRole.MEMBER
    again = run_import(CommitteeMemberImport, path, user=user, dry_run=False)
    assert again.created == 0 and {text for _row, _column, text in again.errors} == {
        "Ban Chỉ đạo đã có thành viên này."}


def test_rows_of_one_committee_must_agree_with_each_other_and_with_the_saved_one(tmp_path, units):
    factories.committee(units["A1"], decided_on=date(2025, 1, 10))
    path = write_import_file(CommitteeMemberImport, [
        {"unit": units["A2"].code, "decision_ref": "5/QĐ-UBND", "decided_on": "02/03/2025", "full_name": "An"},
        {"unit": units["A2"].code, "decision_ref": "6/QĐ-UBND", "decided_on": "02/03/2025", "full_name": "Bình"},
        {"unit": units["A1"].code, "decision_ref": "9/QĐ-UBND", "decided_on": "10/01/2025", "full_name": "Cường"},
        {"unit": units["A1"].code, "decision_ref": "9/QĐ-UBND", "full_name": "Dũng"},
        {"unit": "", "full_name": "Hà"},
    ], tmp_path / "tv.csv")
    report = run_import(CommitteeMemberImport, path, user=make_user("province", units["A"]), dry_run=False)
    assert report.errors == [
        (3, "Số quyết định kiện toàn", "Khác với dòng 2 của cùng Ban Chỉ đạo."),
        (4, "Số quyết định kiện toàn", "Khác với Ban Chỉ đạo đã lưu (“12/QĐ-UBND”): sửa trên trang của nó."),
        (5, "Ngày quyết định kiện toàn", "Quyết định kiện toàn cần cả số và ngày."),
        (6, "Mã đơn vị", "Để trống là cấp trung ương, nằm ngoài phạm vi quản lý của bạn: ghi mã đơn vị."),
    ]
    assert not CommitteeMember.objects.exists() and Committee.objects.count() == 1


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_member_export_reimports_unchanged(client, tmp_path, units, fmt):
    factories.member(units["A1"], "Nguyễn Văn An", MemberRole.HEAD, position="Chủ tịch")
    factories.member(units["A1"], "Lê Thị Hoa", organisation="=Hội Phụ nữ")
    factories.member(units["A2"], "Trần Văn Minh", MemberRole.STANDING)
    Committee.objects.create(unit=units["A"], name="Ban Chỉ đạo tỉnh").members.create(full_name="Hồ Văn Nam")
    assert assert_export_reimports(client, reverse("steering:committeemember_list"), CommitteeMemberImport, tmp_path,
                                   fmt, user=make_user("province", units["A"]),
                                   delete=lambda: Committee.objects.all().delete()) == 4


def test_member_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(
        CommitteeMemberImport, {"unit": units["A1"].code, "full_name": "An", "decision_ref": "1/QĐ",
                                "decided_on": "01/02/2024"},
        tmp_path, user=make_user("province", units["A"]), models=(Committee,), date_key="decided_on")


# programmes and obligations


PROGRAMME = {"unit": "", "programme": "Chương trình phối hợp 09", "start_year": "2013", "end_year": "2023",
             "parties": "Bộ Công an\nỦy ban Trung ương MTTQ"}


def test_obligations_make_their_programme_once(tmp_path, units):
    path = write_import_file(ObligationImport, [
        {**PROGRAMME, "organisation": "Bộ Công an", "content": "Chủ trì hướng dẫn"},
        {"programme": "chương trình phối hợp 09", "start_year": "2013", "organisation": "MTTQ", "content": "Vận động"},
        {**PROGRAMME, "start_year": "2024", "end_year": "2023", "organisation": "MTTQ", "content": "Giám sát"},
        {**PROGRAMME, "unit": units["A"].code, "parties": "", "organisation": "Công an tỉnh", "content": "Tham mưu"},
    ], tmp_path / "ct.csv")
    report = run_import(ObligationImport, path, user=make_user("national"), dry_run=True)
    assert report.errors == [(4, "Đến năm", "Năm kết thúc phải từ năm bắt đầu trở đi."),
                             (5, "Các bên ký kết", "Cần ghi với chương trình mới.")]
    path = write_import_file(ObligationImport, [
        {**PROGRAMME, "organisation": "Bộ Công an", "content": "Chủ trì hướng dẫn"},
        {"programme": "chương trình phối hợp 09", "start_year": "2013", "organisation": "MTTQ", "content": "Vận động"},
    ], tmp_path / "ct.csv")
    assert run_import(ObligationImport, path, user=make_user("national"), dry_run=False).created == 2
    programme = Programme.objects.get()
    assert (programme.unit, programme.end_year, programme.parties) == (None, 2023, PROGRAMME["parties"])
    assert sorted(programme.obligations.values_list("organisation", flat=True)) == ["Bộ Công an", "MTTQ"]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_obligation_export_reimports_unchanged(client, tmp_path, units, fmt):
    first = Programme.objects.create(unit=units["A"], title="Chương trình 1", parties="Công an tỉnh\nMTTQ tỉnh",
                                     start_year=2013, end_year=2023, reference="1/CTr", reviewed_on=date(2024, 1, 5),
                                     review="Đạt")
    second = Programme.objects.create(unit=units["A1"], title="Chương trình 2", parties="Công an xã",
                                      start_year=2024, end_year=2028)
    for programme, organisation in ((first, "Công an tỉnh"), (first, "MTTQ tỉnh"), (second, "Công an xã")):
        Obligation.objects.create(programme=programme, organisation=organisation, content=f"Việc của {organisation}")
    assert assert_export_reimports(client, reverse("steering:obligation_list"), ObligationImport, tmp_path, fmt,
                                   user=make_user("province", units["A"]),
                                   delete=lambda: Programme.objects.all().delete()) == 3


def test_obligation_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(
        ObligationImport, {**PROGRAMME, "unit": units["A1"].code, "organisation": "Công an xã", "content": "Việc",
                           "reviewed_on": "01/02/2024"},
        tmp_path, user=make_user("province", units["A"]), models=(Programme,), date_key="reviewed_on")


# inspection rounds, visits and findings


ROUND = {"unit": "79", "round": "Kiểm tra năm 2025", "start_on": "01/06/2025", "end_on": "30/06/2025",
         "lead": "Trần Văn Bình"}


def test_findings_make_their_round_and_visits(tmp_path, units):
    rows = [
        {**ROUND, "visited_unit": units["A1"].code, "planned_on": "05/06/2025", "visited_on": "06/06/2025",
         "concluded_on": "20/06/2025", "conclusion": "Đạt", "text": "Thiếu sổ sách", "recommendation": "Bổ sung"},
        {**ROUND, "visited_unit": units["A1"].code, "text": "Tổ tự quản yếu", "recommendation": "Kiện toàn"},
        {**ROUND, "visited_unit": units["A2"].code, "planned_on": "07/06/2025", "text": "Chưa có Ban Chỉ đạo",
         "recommendation": "Thành lập"},
    ]
    user = make_user("province", units["A"])
    bad = write_import_file(FindingImport, [*rows, {**rows[2], "concluded_on": "20/06/2025", "text": "Khác"},
                                            {**rows[2], "visited_unit": units["B1"].code}], tmp_path / "kt.csv")
    report = run_import(FindingImport, bad, user=user, dry_run=False)
    assert report.errors == [
        (5, "Ngày kết luận", "Chỉ kết luận sau khi đã kiểm tra (ghi ngày kiểm tra)."),
        (6, "Mã đơn vị được kiểm tra", "Đơn vị mã “00004” nằm ngoài phạm vi quản lý của bạn.")]
    report = run_import(FindingImport, write_import_file(FindingImport, rows, tmp_path / "kt.csv"), user=user,
                        dry_run=False)
    assert report.ok and report.created == 3
    round_ = InspectionRound.objects.get()
    assert (round_.unit, round_.end_on, round_.lead) == (units["A"], date(2025, 6, 30), "Trần Văn Bình")
    visit = InspectionVisit.objects.get(unit=units["A1"])
    assert (visit.round, visit.concluded_on, visit.findings.count()) == (round_, date(2025, 6, 20), 2)
    assert Finding.objects.filter(visit__unit=units["A2"]).get().recommendation == "Thành lập"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_finding_export_reimports_unchanged(client, tmp_path, units, fmt):
    round_ = InspectionRound.objects.create(unit=units["A"], title="Đợt 1", reference="3/KH", lead="Bình",
                                            team="An\nHoa", start_on=date(2025, 6, 1), end_on=date(2025, 6, 30))
    visit = InspectionVisit.objects.create(round=round_, unit=units["A1"], planned_on=date(2025, 6, 5),
                                           visited_on=date(2025, 6, 6), concluded_on=date(2025, 6, 9),
                                           conclusion="Khá")
    other = InspectionVisit.objects.create(round=round_, unit=units["A2"], planned_on=date(2025, 6, 7))
    for visit_, text in ((visit, "Một"), (visit, "Hai"), (other, "Ba")):
        Finding.objects.create(visit=visit_, text=text, recommendation=f"Sửa {text}")
    assert assert_export_reimports(client, reverse("steering:finding_list"), FindingImport, tmp_path, fmt,
                                   user=make_user("province", units["A"]),
                                   delete=lambda: InspectionRound.objects.all().delete()) == 3


def test_finding_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(
        FindingImport, {**ROUND, "visited_unit": units["A1"].code, "planned_on": "02/06/2025", "text": "Một",
                        "recommendation": "Sửa"},
        tmp_path, user=make_user("province", units["A"]), models=(InspectionRound, InspectionVisit),
        date_key="start_on", unit_key="visited_unit")


@pytest.mark.parametrize("name", ["committeemember", "obligation", "finding", "plan", "progressreport"])
def test_import_pages_templates_and_a_file_through_the_page(client, units, name):
    client.force_login(make_user("province", units["A"]))
    assert client.get(reverse(f"steering:{name}_import")).status_code == 200
    for fmt in ("csv", "xlsx"):
        assert client.get(reverse(f"steering:{name}_import_template", args=[fmt])).status_code == 200
    page = client.get(reverse(f"steering:{name}_list"))
    assert reverse(f"steering:{name}_import") in page.content.decode()
    wrong = SimpleUploadedFile("sai.csv", "Cột A,Cột B\n1,2\n".encode(), content_type="text/csv")
    response = client.post(reverse(f"steering:{name}_import"), {"file": wrong, "mode": "import"})
    assert response.status_code == 400 and "Thiếu cột bắt buộc" in response.content.decode()


# plans


def test_plans_are_imported_once_per_unit_and_number(tmp_path, units):
    factories.plan(units["A1"], symbol="5-KH/UBND")
    user = make_user("province", units["A"])
    rows = [{"unit": units["A"].code, "symbol": "273-KH/TU", "title": "Triển khai năm 2026", "issued_on": "10/01/2026"},
            {"unit": units["A1"].code, "symbol": "1-KH/UBND", "title": "Kế hoạch xã", "issued_on": "2026-01-12",
             "notes": "Theo 273-KH/TU"}]
    path = write_import_file(PlanImport, rows, tmp_path / "kh.csv")
    report = run_import(PlanImport, path, user=user, dry_run=False)
    assert report.ok and report.created == 2, report.errors
    assert Plan.objects.get(symbol="1-KH/UBND").unit == units["A1"]
    bad = write_import_file(PlanImport, [
        {**rows[0], "symbol": "273-kh/tu"},
        {"unit": units["A1"].code, "symbol": "5-KH/UBND", "title": "Trùng số", "issued_on": "01/02/2026"},
        {"unit": units["A2"].code, "symbol": "9-KH", "title": "Một", "issued_on": "01/02/2026"},
        {"unit": units["A2"].code, "symbol": "9-KH", "title": "Hai", "issued_on": "01/02/2026"},
        {"unit": "", "symbol": "10-KH/BCA", "title": "Cấp trên", "issued_on": "01/02/2026"},
    ], tmp_path / "kh-sai.csv")
    report = run_import(PlanImport, bad, user=user, dry_run=False)
    assert report.errors == [
        (2, "Số, ký hiệu", "Đơn vị đã có kế hoạch số, ký hiệu này."),
        (3, "Số, ký hiệu", "Đơn vị đã có kế hoạch số, ký hiệu này."),
        (5, "Số, ký hiệu", "Trùng số, ký hiệu của cùng đơn vị với dòng 4."),
        (6, "Mã đơn vị ban hành", "Để trống là cấp trung ương, nằm ngoài phạm vi quản lý của bạn: ghi mã đơn vị."),
    ]
    assert Plan.objects.count() == 3


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_plan_export_reimports_unchanged(client, tmp_path, units, fmt):
    factories.plan(None, symbol="1-KH/BCA", notes="=Toàn quốc")
    factories.plan(units["A"], symbol="273-KH/TU")
    factories.plan(units["B1"], symbol="2-KH/UBND", issued_on=date(2025, 12, 1))
    assert assert_export_reimports(client, reverse("steering:plan_list"), PlanImport, tmp_path, fmt,
                                   user=make_user("national"), delete=lambda: Plan.objects.all().delete()) == 3


def test_plan_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(
        PlanImport, {"unit": units["A1"].code, "symbol": "1-KH", "title": "Kế hoạch", "issued_on": "01/02/2024"},
        tmp_path, user=make_user("province", units["A"]), date_key="issued_on")


# yearly progress of obligations


@pytest.fixture
def obligations(units):
    programme = Programme.objects.create(unit=units["A"], title="Chương trình 1", parties="Công an tỉnh\nMTTQ tỉnh",
                                         start_year=2021, end_year=2025)
    return {"programme": programme, **{name: Obligation.objects.create(programme=programme, organisation=organisation,
                                                                         content=content)
                                       for name, organisation, content in (
                                           ("police", "Công an tỉnh", "Chủ trì"),
                                           ("front1", "MTTQ tỉnh", "Vận động"),
                                           ("front2", "MTTQ tỉnh", "Giám sát"))}}


PROGRESS = {"unit": "79", "programme": "chương trình 1", "start_year": "2021"}


def test_progress_rows_find_their_obligation_and_keep_to_the_programme_years(tmp_path, units, obligations):
    user = make_user("province", units["A"])
    bad = write_import_file(ProgressReportImport, [
        {**PROGRESS, "organisation": "Công an tỉnh", "year": "2022", "progress": "80", "result": "Tốt"},
        {**PROGRESS, "organisation": "MTTQ tỉnh", "year": "2022", "progress": "60"},
        {**PROGRESS, "organisation": "MTTQ tỉnh", "content": "Tuyên truyền", "year": "2022", "progress": "60"},
        {**PROGRESS, "organisation": "Hội Phụ nữ", "year": "2022", "progress": "60"},
        {**PROGRESS, "start_year": "2013", "organisation": "Công an tỉnh", "year": "2022", "progress": "60"},
        {**PROGRESS, "organisation": "Công an tỉnh", "year": "2026", "progress": "60"},
        {**PROGRESS, "organisation": "Công an tỉnh", "year": "2022", "progress": "70"},
        {**PROGRESS, "organisation": "Công an tỉnh", "year": "2023", "progress": "120"},
    ], tmp_path / "kq.csv")
    report = run_import(ProgressReportImport, bad, user=user, dry_run=False)
    assert report.errors == [
        (3, "Trách nhiệm", "Cơ quan, tổ chức có nhiều trách nhiệm trong chương trình: ghi nội dung trách nhiệm."),
        (4, "Trách nhiệm", "Cơ quan, tổ chức không có trách nhiệm này trong chương trình."),
        (5, "Cơ quan, tổ chức", "Chương trình không có trách nhiệm nào của cơ quan, tổ chức này."),
        (6, "Tên chương trình", "Không có chương trình này (cấp ký kết, tên, năm bắt đầu) có trách nhiệm đã nhập: "
                                "nhập chương trình và trách nhiệm trước."),
        (7, "Năm", "Năm phải trong thời gian của chương trình (2021–2025)."),
        (8, "Năm", "Trùng kết quả của cùng trách nhiệm, cùng năm với dòng 2."),
        (9, "Mức hoàn thành (%)", "Cần một số nguyên không âm (tối đa 100)."),
    ]
    assert not ProgressReport.objects.exists()
    good = write_import_file(ProgressReportImport, [
        {**PROGRESS, "organisation": "Công an tỉnh", "year": "2022", "progress": "80", "result": "Tốt"},
        {**PROGRESS, "organisation": "mttq tinh", "content": "giam sat", "year": "2022", "progress": "60"},
    ], tmp_path / "kq.csv")
    report = run_import(ProgressReportImport, good, user=user, dry_run=False)
    assert report.ok and report.created == 2, report.errors
    assert dict(ProgressReport.objects.values_list("obligation", "progress")) == {
        obligations["police"].pk: 80, obligations["front2"].pk: 60}
    again = run_import(ProgressReportImport, good, user=user, dry_run=True)
    assert {text for _row, _column, text in again.errors} == {"Đã có kết quả của năm này cho trách nhiệm này."}


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_progress_export_reimports_unchanged(client, tmp_path, units, obligations, fmt):
    for name, year, progress in (("police", 2021, 50), ("police", 2022, 90), ("front2", 2022, 40)):
        ProgressReport.objects.create(obligation=obligations[name], year=year, progress=progress, result="-Đạt")
    assert assert_export_reimports(client, reverse("steering:progressreport_list"), ProgressReportImport, tmp_path,
                                   fmt, user=make_user("province", units["A"]),
                                   delete=lambda: ProgressReport.objects.all().delete()) == 3


def test_progress_import_refuses_hostile_files(tmp_path, units, obligations):
    Programme.objects.create(unit=units["B"], title="Chương trình 1", parties="Hà Nội", start_year=2021,
                             end_year=2025).obligations.create(organisation="Công an tỉnh", content="Chủ trì")
    assert_hostile_files_refused(
        ProgressReportImport, {**PROGRESS, "organisation": "Công an tỉnh", "year": "2022", "progress": "80"},
        tmp_path, user=make_user("province", units["A"]), models=(Obligation,), date_key=None,
        foreign_code=units["B"].code)
