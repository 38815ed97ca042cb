"""Generation inside the author's jurisdiction, narrative, issue (frozen, numbered, rows kept), reissue, status."""
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.utils import timezone

from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import Site
from phongtrao.reports import services
from phongtrao.reports.models import FigureRow, Kind, Report, State
from phongtrao.reports.selectors import reporting_status

H1 = (date(2026, 1, 1), date(2026, 6, 30))


def section(report, key):
    return next(s for s in report.content["sections"] if s["key"] == key)


def total(table):
    return [c["value"] if isinstance(c, dict) else c for c in table["total"][1:]]


def half_year(user, unit):
    return services.generate_report(user=user, kind=Kind.HALF_YEAR, unit=unit, start=H1[0], end=H1[1])


@pytest.mark.django_db
class TestGenerate:
    def test_periods(self):
        assert services.period_bounds(Kind.HALF_YEAR, 2026, 1) == H1
        assert services.period_bounds(Kind.QUARTERLY, 2026, 4) == (date(2026, 10, 1), date(2026, 12, 31))
        assert services.period_bounds(Kind.MONTHLY, 2024, 2) == (date(2024, 2, 1), date(2024, 2, 29))
        assert services.period_label(Kind.QUARTERLY, date(2026, 10, 1), date(2026, 12, 31)) == "quý IV năm 2026"
        with pytest.raises(ValidationError):
            services.period_bounds(Kind.QUARTERLY, 2026, 5)

    def test_province_report_counts_its_communes_only(self, report_data, province_user, units):
        report = half_year(province_user, units["A"])
        assert total(section(report, "models")["tables"][0])[:2] == [2, 47]  # 2 types; 45 + 2 live sites in A
        new, replicated, dissolved = total(section(report, "changes")["tables"][0])
        assert (new, replicated, dissolved) == (46, 1, 1)
        with_news = {c.pk for c in report_data["communes"]} | {units["A2"].pk}
        assert len(section(report, "changes")["tables"][0]["rows"]) == len(with_news)  # one row per commune
        candidates = section(report, "candidates")
        assert candidates["tables"][1]["rows"][0][0] == "Tổ tự quản bến đò Thủ Thiêm"
        assert "Hoàn Kiếm" not in str(report.content)
        assert "46 điểm mô hình" in report.narrative["changes"]
        assert report.summary == "Kết quả thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc 6 tháng đầu năm 2026"

    def test_national_report_rows_are_provinces(self, report_data, national_user):
        report = half_year(national_user, None)
        rows = section(report, "changes")["tables"][0]["rows"]
        assert [r[0] for r in rows] == ["Thành phố Hà Nội", "Thành phố Hồ Chí Minh"]
        assert total(section(report, "changes")["tables"][0])[0] == 47
        assert report.place == "Hà Nội" and report.superior_body == "Bộ Công an"

    def test_figures_carry_the_ids_they_count(self, report_data, province_user, units):
        report = half_year(province_user, units["A"])
        changes = section(report, "changes")
        ref = changes["tables"][0]["total"][3]["ref"]
        gone = Site.objects.get(name="Nhà trọ đường Nguyễn Trãi")
        assert changes["evidence"][ref]["ids"] == [gone.pk]

    def test_outside_the_jurisdiction_is_refused(self, report_data, province_user, units):
        with pytest.raises(PermissionDenied):
            half_year(province_user, units["B"])
        with pytest.raises(PermissionDenied):
            half_year(make_user("viewer", units["A"]), units["A"])

    def test_review_of_one_model_type(self, report_data, province_user, units):
        report = services.generate_report(user=province_user, kind=Kind.INTERIM_REVIEW, unit=units["A"],
                                          start=date(2021, 1, 1), end=date(2026, 6, 30),
                                          model_type=report_data["boarding"])
        assert [s["key"] for s in report.content["sections"]] == ["review"]
        live, exemplary, new, dissolved = total(section(report, "review")["tables"][0])
        assert (live, exemplary, new, dissolved) == (2, 1, 1, 1)
        assert report.summary.startswith("Sơ kết 5 năm thực hiện mô hình “Nhà trọ tự quản”")


@pytest.mark.django_db
class TestIssue:
    def test_issue_numbers_freezes_and_keeps_rows(self, report_data, province_user, units):
        before = timezone.localdate()
        first = services.issue_report(user=province_user, report=half_year(province_user, units["A"]))
        with pytest.raises(ValidationError):  # the period has its report: change it by reissuing
            half_year(province_user, units["A"])
        second = services.issue_report(user=province_user, report=services.generate_report(
            user=province_user, kind=Kind.QUARTERLY, unit=units["A"], start=H1[0], end=date(2026, 3, 31)))
        assert (first.number, second.number) == (1, 2)
        assert first.state == State.ISSUED and first.issued_on in {before, timezone.localdate()}  # midnight
        assert first.docx.size > 0 and first.pdf.size > 0
        site = report_data["sites"][0]
        row = FigureRow.objects.get(report=first, model="initiatives.site", object_id=site.pk)
        Site.objects.filter(pk=site.pk).update(name="Tên đã đổi sau khi ban hành")
        row.refresh_from_db()
        assert row.data["name"] == "Điểm camera số 0"  # as it stood at issue
        with pytest.raises(ValidationError):
            services.issue_report(user=province_user, report=first)
        first.narrative = {"intro": "sửa sau ban hành"}
        with pytest.raises(ValidationError):
            services.save_report(user=province_user, report=first)
        with pytest.raises(ValidationError):
            services.delete_report(user=province_user, report=first)

    def test_reissue_is_a_new_version(self, report_data, province_user, units):
        issued = services.issue_report(user=province_user, report=half_year(province_user, units["A"]))
        copy = services.reissue_report(user=province_user, report=issued)
        assert (copy.revision, copy.supersedes, copy.state) == (2, issued, State.DRAFT)
        assert services.issue_report(user=province_user, report=copy).number == 2
        assert copy.narrative == issued.narrative
        with pytest.raises(ValidationError):
            services.reissue_report(user=province_user, report=issued)


@pytest.mark.django_db
def test_reporting_status_of_communes(report_data, province_user, units):
    a1_user = make_user("commune", units["A1"])
    services.issue_report(user=a1_user, report=half_year(a1_user, units["A1"]))
    half_year(make_user("commune", units["A2"]), units["A2"])
    rows = {r.unit.code: r.state for r in reporting_status(province_user, units["A"], Kind.HALF_YEAR, *H1)}
    assert rows["26743"] == State.ISSUED and rows["26740"] == State.DRAFT
    assert list(rows.values()).count("missing") == len(rows) - 2
    assert services.deadline(Kind.HALF_YEAR, H1[1], requester=units["A"]) == services.Deadline(
        H1[1] + timedelta(days=15))
    report = half_year(province_user, units["A"])
    subordinates = section(report, "subordinates")
    assert [r[1]["value"] for r in subordinates["tables"][0]["rows"]] == [1, 1, len(rows) - 2]
    assert total(subordinates["tables"][0]) == [len(rows)]
    assert "Chưa báo cáo:" in report.narrative["subordinates"]
    assert Report.objects.count() == 3


def quarter(user, unit, q):
    start, end = services.period_bounds(Kind.QUARTERLY, 2026, q)
    return services.generate_report(user=user, kind=Kind.QUARTERLY, unit=unit, start=start, end=end)


@pytest.mark.django_db
def test_a_number_taken_meanwhile_is_never_given_twice(report_data, province_user, units, monkeypatch):
    from django.db.models import QuerySet

    first = services.issue_report(user=province_user, report=quarter(province_user, units["A"], 1))
    real_aggregate, calls = QuerySet.aggregate, []

    def stale_once(self, *args, **kwargs):  # the first look misses the report issued "meanwhile"
        calls.append(1)
        return {"n": None} if len(calls) == 1 else real_aggregate(self, *args, **kwargs)

    monkeypatch.setattr(QuerySet, "aggregate", stale_once)
    second = services.issue_report(user=province_user, report=quarter(province_user, units["A"], 2))
    assert (first.number, second.number) == (1, 2) and len(calls) == 2
    assert Report.objects.get(pk=second.pk).number == 2


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's test database (shared-cache memory) "
                    "refuses concurrent writers at once; the file database queues them (core/tests/test_sqlite_writers)")
@pytest.mark.django_db(transaction=True)
def test_two_reports_of_a_unit_issued_at_once_get_two_numbers(report_data, province_user, units):
    import threading

    reports = [quarter(province_user, units["A"], q) for q in (1, 2)]
    start, errors = threading.Barrier(2), []

    def issue(report):
        try:
            start.wait()
            services.issue_report(user=province_user, report=report)
        except Exception as exc:
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=issue, args=(r,)) for r in reports]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(Report.objects.filter(pk__in=[r.pk for r in reports]).values_list("number", flat=True)) == [1, 2]


@pytest.mark.django_db
def test_the_deadline_comes_from_the_requesting_units_steering_task_where_one_exists(province_user, units):
    from phongtrao.steering.tests.factories import task

    asked = task(units["A"], deadline=date(2026, 7, 8), title="Các xã nộp báo cáo sơ kết 6 tháng",
                 report_kind=Kind.HALF_YEAR, report_period_end=H1[1])
    task(units["B"], deadline=date(2026, 7, 2), report_kind=Kind.HALF_YEAR, report_period_end=H1[1])  # other province
    task(units["A"], deadline=date(2026, 7, 1), report_kind=Kind.YEARLY, report_period_end=date(2026, 12, 31))
    assert services.deadline(Kind.HALF_YEAR, H1[1], requester=units["A"]) == services.Deadline(date(2026, 7, 8), asked)
    a1_user = make_user("commune", units["A1"])
    assert services.report_deadline(half_year(a1_user, units["A1"])).task == asked
    assert services.report_deadline(half_year(province_user, units["A"])).day == H1[1] + timedelta(days=15)  # nation
