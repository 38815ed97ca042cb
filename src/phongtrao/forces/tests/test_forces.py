"""Forces: the scoped matrix for courses and force counts, the decline alert, the rules and the import."""
from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from phongtrao.core.imports.engine import run_import
from phongtrao.core.testing import (ScopedObjectTests, assert_export_reimports, assert_hostile_files_refused, make_user,
                                    unique, unique_year, write_import_file)
from phongtrao.forces import selectors, services
from phongtrao.forces.importing import ForceStrengthImport, TrainingCourseImport
from phongtrao.forces.models import ForceStrength, TrainingCourse



@pytest.mark.django_db
class TestTrainingCourseViews(ScopedObjectTests):
    model = TrainingCourse
    ui = "forces:trainingcourse"
    api = "api:trainingcourse"
    targets = ("A", "A1", "A2", "B", "B1")

    def make(self, unit):
        return TrainingCourse.objects.create(unit=unit, topic=unique("Tập huấn "), starts_on=date(2026, 3, 2),
                                             ends_on=date(2026, 3, 4), attendees=40)

    def form_data(self, unit):
        return {"unit": unit.pk, "topic": unique("Bồi dưỡng nghiệp vụ "), "starts_on": "2026-04-01",
                "ends_on": "2026-04-02", "attendees": 55, "materials": "Tài liệu A\nTài liệu B"}

    def api_data(self, unit):
        return {"unit": unit.pk, "topic": unique("API "), "starts_on": "2026-05-01", "ends_on": "2026-05-01",
                "attendees": 12}


@pytest.mark.django_db
class TestForceStrengthViews(ScopedObjectTests):
    model = ForceStrength
    ui = "forces:forcestrength"
    api = "api:forcestrength"
    targets = ("A", "A1", "A2", "B", "B1")

    def make(self, unit):
        return ForceStrength.objects.create(unit=unit, year=unique_year(), teams=10, members=40)

    def form_data(self, unit):
        return {"unit": unit.pk, "year": unique_year(), "teams": 12, "members": 50, "note": "Kiện toàn"}

    def api_data(self, unit):
        return {"unit": unit.pk, "year": unique_year(), "teams": 8, "members": 30}


pytestmark = pytest.mark.django_db


def test_rules(units):
    with pytest.raises(ValidationError):
        services.save_course(user=None, course=TrainingCourse(unit=units["A1"], topic="X", starts_on=date(2026, 3, 5),
                                                              ends_on=date(2026, 3, 1), attendees=3))
    with pytest.raises(ValidationError):
        services.save_strength(user=None, strength=ForceStrength(unit=units["A1"], year=2026, teams=5, members=4))
    services.save_strength(user=None, strength=ForceStrength(unit=units["A1"], year=2026, teams=5, members=20))
    with pytest.raises(ValidationError) as exc:
        services.save_strength(user=None, strength=ForceStrength(unit=units["A1"], year=2026, teams=6, members=24))
    assert "year" in exc.value.message_dict


def test_decline_alert(client, units):
    for unit, before, now in (("A1", (10, 60), (10, 45)),   # members −25%
                              ("A2", (8, 40), (6, 40)),     # teams fell, members held
                              ("B1", (9, 50), (5, 20)),     # another province
                              ("A", (100, 900), (120, 950))):  # grew: no alert
        ForceStrength.objects.create(unit=units[unit], year=2025, teams=before[0], members=before[1])
        ForceStrength.objects.create(unit=units[unit], year=2026, teams=now[0], members=now[1])
    ForceStrength.objects.create(unit=units["A2"], year=2024, teams=1, members=1)  # not the year before
    rows = selectors.declines(make_user("province", units["A"]), year=2026)
    assert [(d.unit, round(d.members_drop)) for d in rows] == [(units["A1"], 25), (units["A2"], 0)]
    assert "60 → 45" in rows[0].explanation
    assert selectors.declines(make_user("province", units["A"]), year=2025) == []
    assert [d.unit for d in selectors.declines(make_user("national"), year=2026)] == [
        units["B1"], units["A1"], units["A2"]]
    client.force_login(make_user("province", units["A"]))
    page = client.get(reverse("forces:declines"), {"year": 2026})
    assert page.status_code == 200 and len(page.context["rows"]) == 2
    assert client.get(reverse("forces:declines"), {"year": "2026x"}).status_code == 400


def test_import(tmp_path, units):
    user = make_user("province", units["A"])
    path = tmp_path / "ll.csv"
    path.write_text(f"Mã đơn vị,Năm,Số tổ,Số thành viên\n{units['A1'].code},2026,12,48\n{units['A2'].code},2026,5,3\n",
                    encoding="utf-8")
    report = run_import(ForceStrengthImport, path, user=user, dry_run=False)
    assert report.error_count == 1 and ForceStrength.objects.count() == 0
    path.write_text(f"Mã đơn vị,Năm,Số tổ,Số thành viên\n{units['A1'].code},2026,12,48\n", encoding="utf-8")
    assert run_import(ForceStrengthImport, path, user=user, dry_run=False).created == 1
    assert run_import(ForceStrengthImport, path, user=user, dry_run=False).error_count == 1


def test_course_import(tmp_path, units):
    user = make_user("province", units["A"])
    rows = [{"unit": units["A"].code, "topic": "Nghiệp vụ cơ sở", "starts_on": "10/06/2025", "ends_on": "12/06/2025",
             "attendees": "120", "materials": "Tài liệu A"},
            {"unit": units["A1"].code, "topic": "Nghiệp vụ cơ sở", "starts_on": "10/06/2025", "ends_on": "09/06/2025",
             "attendees": "40"},
            {"unit": units["A"].code, "topic": "nghiệp vụ cơ sở", "starts_on": "2025-06-10", "ends_on": "12/06/2025",
             "attendees": "1"}]
    report = run_import(TrainingCourseImport, write_import_file(TrainingCourseImport, rows, tmp_path / "lop.csv"),
                        user=user, dry_run=False)
    assert report.errors == [(3, "Đến ngày", "Ngày kết thúc không thể trước ngày bắt đầu."),
                             (4, "Chủ đề", "Trùng đơn vị, chủ đề và ngày bắt đầu với dòng 2.")]
    report = run_import(TrainingCourseImport, write_import_file(TrainingCourseImport, rows[:1], tmp_path / "lop.csv"),
                        user=user, dry_run=False)
    assert report.created == 1 and TrainingCourse.objects.get().attendees == 120
    assert_hostile_files_refused(TrainingCourseImport, {**rows[0], "topic": "Khác"}, tmp_path, user=user,
                                 date_key="ends_on")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_course_and_force_exports_reimport_unchanged(client, tmp_path, units, fmt):
    TrainingCourse.objects.create(unit=units["A"], topic="=Tập huấn", starts_on=date(2025, 3, 2),
                                  ends_on=date(2025, 3, 4), attendees=40, materials="Tài liệu A\nTài liệu B")
    TrainingCourse.objects.create(unit=units["A1"], topic="Bồi dưỡng", starts_on=date(2025, 4, 1),
                                  ends_on=date(2025, 4, 1), attendees=12)
    ForceStrength.objects.create(unit=units["A1"], year=2025, teams=12, members=48, note="Ổn định")
    ForceStrength.objects.create(unit=units["A2"], year=2025, teams=3, members=9)
    user = make_user("province", units["A"])
    assert assert_export_reimports(client, reverse("forces:trainingcourse_list"), TrainingCourseImport, tmp_path,
                                   fmt, user=user, delete=lambda: TrainingCourse.objects.all().delete()) == 2
    assert assert_export_reimports(client, reverse("forces:forcestrength_list"), ForceStrengthImport, tmp_path, fmt,
                                   user=user, delete=lambda: ForceStrength.objects.all().delete()) == 2
