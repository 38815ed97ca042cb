"""Plans and tasks: the deadline status at every boundary, the services' rules, the key-tasks roll-up, the import
and the generated scope matrix."""
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from phongtrao.core.testing import ScopedObjectTests, make_user, unique, unlabelled_card_cells
from phongtrao.steering import selectors, services
from phongtrao.steering.importing import TaskImport
from phongtrao.core.imports.engine import run_import
from phongtrao.steering.models import Plan, Task
from phongtrao.steering.services import DUE_SOON_DAYS, TaskStatus, task_status, task_status_q

from . import factories

DEADLINE = date(2026, 6, 15)
S = TaskStatus
CASES = [
    # (today, completed_on, expected)
    (DEADLINE - timedelta(days=DUE_SOON_DAYS + 1), None, S.NOT_DUE),
    (DEADLINE - timedelta(days=DUE_SOON_DAYS), None, S.DUE_SOON),
    (DEADLINE - timedelta(days=1), None, S.DUE_SOON),
    (DEADLINE, None, S.DUE_SOON),  # the deadline day itself is not overdue yet
    (DEADLINE + timedelta(days=1), None, S.OVERDUE),
    (DEADLINE + timedelta(days=30), DEADLINE - timedelta(days=1), S.DONE_ON_TIME),
    (DEADLINE + timedelta(days=30), DEADLINE, S.DONE_ON_TIME),
    (DEADLINE + timedelta(days=30), DEADLINE + timedelta(days=1), S.DONE_LATE),
    (DEADLINE - timedelta(days=30), DEADLINE - timedelta(days=40), S.DONE_ON_TIME),  # done early, before due soon
]


@pytest.mark.parametrize("today,completed_on,expected", CASES)
def test_task_status_at_every_boundary(today, completed_on, expected):
    assert task_status(deadline=DEADLINE, completed_on=completed_on, today=today) == expected


@pytest.mark.django_db
@pytest.mark.parametrize("today,completed_on,expected", CASES)
def test_the_database_filter_agrees(units, today, completed_on, expected):
    task = factories.task(units["A1"], deadline=DEADLINE, completed_on=completed_on)
    found = {s for s in TaskStatus if Task.objects.filter(task_status_q(s, today), pk=task.pk).exists()}
    assert found == {expected}


@pytest.mark.django_db
class TestSaveTask:
    def test_a_completion_date_means_done(self, units):
        task = factories.task(units["A1"], progress=40)
        task.completed_on = timezone.localdate()
        services.save_task(user=make_user("commune", units["A1"]), task=task)
        assert task.progress == 100

    def test_hundred_percent_is_done_today(self, units):
        task = factories.task(units["A1"])
        task.progress = 100
        services.save_task(user=make_user("commune", units["A1"]), task=task)
        assert task.completed_on == timezone.localdate()

    def test_no_completion_in_the_future(self, units):
        task = factories.task(units["A1"])
        task.completed_on = timezone.localdate() + timedelta(days=1)
        with pytest.raises(ValidationError) as caught:
            services.save_task(user=make_user("commune", units["A1"]), task=task)
        assert "completed_on" in caught.value.message_dict

    def test_progress_over_hundred_is_refused(self, client, units):
        task = factories.task(units["A1"])
        client.force_login(make_user("commune", units["A1"]))
        response = client.post(reverse("steering:task_edit", args=[task.pk]), {
            "plan": task.plan_id, "title": task.title, "unit": units["A1"].pk, "deadline": "2026-06-15",
            "progress": 120, "version": task.version})
        assert response.status_code == 400
        assert "progress" in response.context["form"].errors

    def test_out_of_scope_unit_is_refused(self, units):
        task = Task(plan=factories.plan(units["A"]), unit=units["B1"], title="x", deadline=DEADLINE)
        with pytest.raises(PermissionDenied):
            services.save_task(user=make_user("province", units["A"]), task=task)

    def test_evidence_is_downloaded_inside_the_scope_only(self, client, units):
        task = factories.task(units["A1"], evidence=SimpleUploadedFile("bien-ban.txt", b"bien ban"))
        client.force_login(make_user("commune", units["A1"]))
        response = client.get(reverse("steering:task_evidence", args=[task.pk]))
        assert b"".join(response.streaming_content) == b"bien ban"
        client.force_login(make_user("commune", units["A2"]))
        assert client.get(reverse("steering:task_evidence", args=[task.pk])).status_code == 404


@pytest.mark.django_db
class TestKeyTasks:
    def test_rollup_counts_by_status_per_commune(self, client, units):
        today = timezone.localdate()
        plan = factories.plan(units["A"])
        factories.task(units["A"], plan_=plan, is_key=True, deadline=today - timedelta(days=1))
        factories.task(units["A1"], plan_=plan, is_key=True, deadline=today - timedelta(days=3))
        factories.task(units["A1"], plan_=plan, is_key=True, deadline=today + timedelta(days=60))
        factories.task(units["A2"], plan_=plan, is_key=True, deadline=today, completed_on=today)
        factories.task(units["A2"], plan_=plan, deadline=today - timedelta(days=3))  # not a key task
        factories.task(units["B1"], is_key=True, deadline=today - timedelta(days=3))  # another province
        user = make_user("province", units["A"])
        rows = {(r.unit.code, r.own): r.counts for r in selectors.task_rollup(user, units["A"], key_only=True)}
        assert rows[("79", True)] == {"overdue": 1}
        assert rows[(units["A1"].code, False)] == {"overdue": 1, "not_due": 1}
        assert rows[(units["A2"].code, False)] == {"done_on_time": 1}
        client.force_login(user)
        response = client.get(reverse("steering:key_tasks"))
        assert response.status_code == 200
        assert response.context["total"] == 4
        assert response.content.count(b'class="table-danger"') >= 2  # overdue rows in red
        assert unlabelled_card_cells(response.content.decode()) == []  # the total row on a phone too

    def test_national_rollup_is_per_province(self, units):
        factories.task(None, is_key=True)
        factories.task(units["A1"], is_key=True)
        factories.task(units["B1"], is_key=True)
        rows = selectors.task_rollup(make_user("national"), None, key_only=True)
        assert [r.total for r in rows if r.own] == [1]
        assert {r.unit.code: r.total for r in rows if not r.own and r.total} == {"79": 1, "01": 1}

    def test_the_page_costs_what_it_shows(self, client, units, django_assert_max_num_queries):
        """25 rows a page, counts from the roll-up's one query: the same queries for 3 key tasks as for 60."""
        plan = factories.plan(None)
        user = make_user("national")
        client.force_login(user)
        url = reverse("steering:key_tasks")
        for unit in (None, units["A1"], units["B1"]):
            factories.task(unit, plan_=plan, is_key=True)
        client.get(url)
        with django_assert_max_num_queries(100) as few:
            client.get(url)
        Task.objects.bulk_create([Task(plan=plan, unit=units["A1" if n % 2 else "B1"], title=f"Việc {n}", is_key=True,
                                       deadline=date(2026, 1, 1) + timedelta(days=n)) for n in range(57)])
        with django_assert_max_num_queries(len(few.captured_queries)):
            page = client.get(url)
        assert len(page.context["rows"]) == 25 and page.context["total"] == 60
        assert page.context["page"].paginator.num_pages == 3
        last = client.get(url, {"page": 3})
        assert len(last.context["rows"]) == 10 and "Trang 3 / 3" in last.content.decode()


@pytest.mark.django_db
class TestImport:
    def write(self, tmp_path, text):
        path = tmp_path / "tasks.csv"
        path.write_text(text, encoding="utf-8")
        return path

    def test_tasks_are_imported_in_scope(self, units, tmp_path):
        factories.plan(units["A"], symbol="273-KH/TU")
        factories.plan(units["B"], symbol="99-KH/TU")  # not the user's
        user = make_user("province", units["A"])
        path = self.write(tmp_path, "Kế hoạch,Nội dung nhiệm vụ,Mã đơn vị chủ trì,Thời hạn,Tiến độ (%),Trọng tâm\n"
                                    f"273-kh/tu,Sơ kết mô hình,{units['A1'].code},15/06/2026,100,Có\n"
                                    "273-KH/TU,Tập huấn,79,30/06/2026,,Không\n")
        report = run_import(TaskImport, path, user=user, dry_run=False)
        assert report.ok and report.created == 2, report.errors
        done = Task.objects.get(title="Sơ kết mô hình")
        assert done.is_key and done.completed_on == timezone.localdate() and done.unit == units["A1"]
        bad = self.write(tmp_path, "Kế hoạch,Nội dung nhiệm vụ,Mã đơn vị chủ trì,Thời hạn\n"
                                   f"99-KH/TU,Việc khác,{units['B1'].code},31/02/2026\n")
        report = run_import(TaskImport, bad, user=user, dry_run=False)
        assert not report.ok and Task.objects.count() == 2
        assert {column for _row, column, _message in report.errors} >= {"Kế hoạch", "Thời hạn"}

    def test_co_leading_units_by_their_codes_in_scope(self, units, tmp_path):
        factories.plan(units["A"], symbol="273-KH/TU")
        user = make_user("province", units["A"])
        header = "Kế hoạch,Nội dung nhiệm vụ,Mã đơn vị chủ trì,Mã đơn vị cùng chủ trì,Thời hạn\n"
        path = self.write(tmp_path, header + f"273-KH/TU,Tuần tra chung,{units['A1'].code},"
                                             f"\"{units['A2'].code}; {units['A2'].code}\",15/06/2026\n"
                                             "273-KH/TU,Tập huấn,79,,30/06/2026\n")
        report = run_import(TaskImport, path, user=user, dry_run=False)
        assert report.ok and report.created == 2, report.errors
        assert list(Task.objects.get(title="Tuần tra chung").co_units.all()) == [units["A2"]]
        assert not Task.objects.get(title="Tập huấn").co_units.exists()
        for codes in (units["B1"].code, units["A1"].code, "99999"):  # out of scope, the leading unit, unknown
            bad = self.write(tmp_path, header + f"273-KH/TU,Việc khác,{units['A1'].code},{codes},15/06/2026\n")
            report = run_import(TaskImport, bad, user=user, dry_run=False)
            assert [column for _row, column, _message in report.errors] == ["Mã đơn vị cùng chủ trì"], codes
        assert Task.objects.count() == 2


@pytest.mark.django_db
class TestPlanViews(ScopedObjectTests):
    model = Plan
    ui = "steering:plan"
    api = "api:plan"

    def can_view(self, role, target):
        """Plans of the levels above the user are read too (not written)."""
        above = {"province": {None}, "viewer": {None}, "commune": {None, "A"}}.get(role, set())
        return super().can_view(role, target) or target in above

    def make(self, unit):
        return factories.plan(unit, symbol=unique("KH-"))

    def form_data(self, unit):
        return {"unit": unit.pk if unit else "", "symbol": unique("1-KH/"), "title": "Kế hoạch năm",
                "issued_on": "2026-02-01"}

    def api_data(self, unit):
        return {"unit": unit.pk if unit else None, "symbol": unique("2-KH/"), "title": "Kế hoạch API",
                "issued_on": "2026-02-02"}


@pytest.mark.django_db
class TestTaskViews(ScopedObjectTests):
    model = Task
    ui = "steering:task"
    api = "api:task"

    @pytest.fixture(autouse=True)
    def shared_plan(self, db):
        self.plan = factories.plan(None, symbol="1-KH/BCA")  # a national plan, tasks led by every level

    def make(self, unit):
        return factories.task(unit, plan_=self.plan, title=unique("Nhiệm vụ "))

    def form_data(self, unit):
        return {"plan": self.plan.pk, "title": unique("Việc "), "unit": unit.pk if unit else "",
                "deadline": "2026-09-30", "progress": 30}

    def api_data(self, unit):
        return {"plan": self.plan.pk, "title": unique("Việc API "), "unit": unit.pk if unit else None,
                "deadline": "2026-10-31", "progress": 50}


@pytest.mark.django_db
def test_a_task_asking_for_a_report_names_both_the_kind_and_the_period(units):
    from .factories import plan

    half = Task(plan=plan(units["A"]), title="Các xã nộp báo cáo", deadline=date(2026, 7, 8), report_kind="half_year")
    with pytest.raises(ValidationError, match="cả loại báo cáo và ngày kết thúc kỳ báo cáo"):
        half.full_clean()
    half.report_period_end = date(2026, 6, 30)
    half.full_clean()


@pytest.mark.django_db
def test_model_type_of_a_task_in_form_api_filter_table_detail_and_import(client, units, tmp_path):
    """The model type a replication task is about: edited on the form and the API, filtered, shown and imported by
    its name, other name or ID; an unknown one is a row error."""
    from phongtrao.initiatives.tests.factories import model_type

    camera = model_type(name="Camera giám sát", aliases="Mắt thần")
    other = model_type(name="Nhà trọ tự quản")
    plan = factories.plan(units["A"], symbol="5-KH/TU")
    user = make_user("province", units["A"])
    client.force_login(user)
    response = client.post(reverse("steering:task_add"), {
        "plan": plan.pk, "title": "Nhân rộng camera", "unit": units["A1"].pk, "deadline": "2026-09-30",
        "progress": 0, "model_type": camera.pk})
    assert response.status_code == 302, response.context["form"].errors
    task = Task.objects.get(title="Nhân rộng camera")
    assert task.model_type == camera
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Mô hình nhân rộng" in page and camera.get_absolute_url() in page
    made = client.post(reverse("api:task-list"), {"plan": plan.pk, "title": "Qua API", "unit": units["A1"].pk,
                                                  "deadline": "2026-10-31", "model_type": other.pk},
                       content_type="application/json")
    assert made.status_code == 201 and made.json()["model_type"] == other.pk
    listed = client.get(reverse("api:task-list"), {"model_type": camera.pk}).json()
    assert [row["title"] for row in listed["results"]] == ["Nhân rộng camera"]
    table = client.get(reverse("steering:task_list"), {"model_type": camera.pk}).content.decode()
    assert "Camera giám sát" in table and "Qua API" not in table

    path = tmp_path / "nv.csv"
    path.write_text("Kế hoạch,Nội dung nhiệm vụ,Mã đơn vị chủ trì,Thời hạn,Mô hình nhân rộng\n"
                    "5-KH/TU,Theo tên,26743,15/06/2026,camera giam sat\n"
                    "5-KH/TU,Theo tên khác,26743,15/06/2026,Mắt thần\n"
                    f"5-KH/TU,Theo mã,26743,15/06/2026,{other.pk}\n"
                    "5-KH/TU,Không mô hình,26743,15/06/2026,\n", encoding="utf-8")
    report = run_import(TaskImport, path, user=user, dry_run=False)
    assert report.ok, report.errors
    assert dict(Task.objects.filter(title__startswith="Theo").values_list("title", "model_type")) == {
        "Theo tên": camera.pk, "Theo tên khác": camera.pk, "Theo mã": other.pk}
    assert Task.objects.get(title="Không mô hình").model_type is None
    path.write_text("Kế hoạch,Nội dung nhiệm vụ,Mã đơn vị chủ trì,Thời hạn,Mô hình nhân rộng\n"
                    "5-KH/TU,Sai,26743,15/06/2026,Mô hình không có\n", encoding="utf-8")
    report = run_import(TaskImport, path, user=user, dry_run=False)
    assert report.errors == [(2, "Mô hình nhân rộng", "Không có mô hình “Mô hình không có”: ghi đúng tên, tên gọi "
                                                      "khác hoặc mã số (ID) của mô hình đã có.")]


@pytest.mark.django_db
def test_co_leading_units_on_form_api_and_detail_each_inside_the_scope(client, units):
    """A task may have several leading units: the main one scopes it, each co-leading unit must be in the scope of
    the user who names it (form, API and service), and the main unit is not repeated."""
    plan = factories.plan(units["A"], symbol="7-KH/TU")
    user = make_user("province", units["A"])
    client.force_login(user)
    data = {"plan": plan.pk, "title": "Sơ kết liên xã", "unit": units["A1"].pk, "deadline": "2026-09-30",
            "progress": 0, "co_units": [units["A2"].pk]}
    assert client.post(reverse("steering:task_add"), data).status_code == 302
    task = Task.objects.get(title="Sơ kết liên xã")
    assert list(task.co_units.all()) == [units["A2"]]
    page = client.get(task.get_absolute_url()).content.decode()
    assert "Đơn vị cùng chủ trì" in page and units["A2"].full_name in page
    task.is_key = True
    task.save()
    for url in (reverse("steering:task_list"), plan.get_absolute_url(), reverse("steering:key_tasks")):
        assert units["A2"].full_name in client.get(url).content.decode(), url
    foreign = client.post(reverse("steering:task_add"), {**data, "title": "Ngoài", "co_units": [units["B1"].pk]})
    assert foreign.status_code == 400 and "co_units" in foreign.context["form"].errors
    again = client.post(reverse("steering:task_add"), {**data, "title": "Lặp", "co_units": [units["A1"].pk]})
    assert again.status_code == 400 and again.context["form"].errors["co_units"] == [
        "Đơn vị chủ trì chính không ghi lại trong đơn vị cùng chủ trì."]
    assert not Task.objects.filter(title__in=("Ngoài", "Lặp")).exists()

    made = client.post(reverse("api:task-list"), {"plan": plan.pk, "title": "API", "unit": units["A1"].pk,
                                                  "deadline": "2026-10-31",
                                                  "co_units": [units["A2"].pk, units["A"].pk]},
                       content_type="application/json")
    assert made.status_code == 201 and sorted(made.json()["co_units"]) == sorted([units["A2"].pk, units["A"].pk])
    url = reverse("api:task-detail", args=[made.json()["id"]])
    refused = client.patch(url, {"co_units": [units["B1"].pk]}, content_type="application/json")
    assert refused.status_code == 400 and "co_units" in refused.json()
    assert client.patch(url, {"progress": 20}, content_type="application/json").status_code == 200
    assert Task.objects.get(title="API").co_units.count() == 2  # unchanged when not sent
    assert client.patch(url, {"co_units": []}, content_type="application/json").status_code == 200
    assert not Task.objects.get(title="API").co_units.exists()

    commune = make_user("commune", units["A1"])  # the co-leading unit does not widen the task's scope
    client.force_login(make_user("commune", units["A2"]))
    assert client.get(task.get_absolute_url()).status_code == 404
    with pytest.raises(PermissionDenied):
        services.save_task(user=commune, task=Task(plan=plan, title="X", unit=units["A1"], deadline=date(2026, 9, 1)),
                           co_units=[units["A2"]])
