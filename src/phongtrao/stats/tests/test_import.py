import csv
from datetime import date

import pytest
from auditlog.models import LogEntry
from django.db import connection
from django.test.utils import CaptureQueriesContext

from phongtrao.core.testing import make_user
from phongtrao.geo.models import AdminUnit
from phongtrao.stats.importing import import_values
from phongtrao.stats.models import MonthlyReport, ReportState, Value

from .factories import MONTH, report

pytestmark = pytest.mark.django_db
HEADER = ["Mã xã", "Tháng", "Chỉ tiêu", "Số liệu"]


def write_csv(tmp_path, rows, header=HEADER):
    path = tmp_path / "so-lieu.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([header, *rows])
    return path


def values(commune):
    return {(v.report.month, v.indicator.code): (v.value, v.estimated)
            for v in Value.objects.filter(report__commune=commune).select_related("report", "indicator")}


def test_values_are_imported_into_draft_months_and_replace_earlier_drafts(tmp_path, units):
    user = make_user("province", units["A"])
    report(units["A1"], values={"criminal": 9, "fire": 1})
    path = write_csv(tmp_path, [["26743", "03/2025", "criminal", "4"], ["26743", "2025-03", "Vụ tai nạn giao thông", "2"],
                                ["26740", "04/2025", "tips", "12,5"]])
    result = import_values(path, user=user, dry_run=False)
    assert result.ok, result.errors
    assert result.created == 3
    assert values(units["A1"]) == {(MONTH, "criminal"): (4.0, False), (MONTH, "traffic"): (2.0, False),
                                   (MONTH, "fire"): (1.0, False)}
    assert MonthlyReport.objects.get(commune=units["A2"]).state == ReportState.DRAFT


def test_the_queries_do_not_grow_with_the_rows(tmp_path, units):
    """Reports, locked months and earlier figures are read and written in batches, never one query per row, report
    or value; the figures replaced in draft months are counted in the import's one audit entry."""
    user = make_user("province", units["A"])
    communes = list(AdminUnit.objects.filter(parent=units["A"], is_current=True).order_by("code")[:10])
    months = [date(2025, 1, 1), date(2025, 2, 1)]

    def run(communes):
        for commune in communes[::2]:  # half the reports exist, with figures to replace
            for month in months:
                report(commune, month, values={"criminal": 9, "fire": 1})
        rows = [[commune.code, month.strftime("%m/%Y"), code, "4"] for commune in communes for month in months
                for code in ("criminal", "tips")]
        with CaptureQueriesContext(connection) as queries:
            result = import_values(write_csv(tmp_path, rows), user=user, dry_run=False)
        assert result.ok, result.errors
        assert result.created == len(rows)
        return len(queries), LogEntry.objects.get(pk=result.audit_entry_id).additional_data["import"]

    (small, audit), (big, _audit) = run(communes[:2]), run(communes[2:])
    assert big == small
    assert audit["replaced"] == 2
    assert values(communes[2]) == {(months[0], "criminal"): (4.0, False), (months[0], "fire"): (1.0, False),
                                   (months[0], "tips"): (4.0, False), (months[1], "criminal"): (4.0, False),
                                   (months[1], "fire"): (1.0, False), (months[1], "tips"): (4.0, False)}
    assert values(communes[3]) == {(month, code): (4.0, False) for month in months for code in ("criminal", "tips")}


def test_legacy_codes_are_shared_out_equally_and_marked_estimated(tmp_path, units):
    user = make_user("province", units["A"])
    # Đa Kao (26737 before 1/7/2025) went to two wards (Tân Định and Sài Gòn 26740); Bến Thành and Phạm Ngũ Lão
    # (26743, 26749) both went into today's Bến Thành (26743).
    path = write_csv(tmp_path, [["26737", "03/2025", "criminal", "10"], ["26743", "03/2025", "criminal", "3"],
                                ["26749", "03/2025", "criminal", "4"]])
    result = import_values(path, user=user, dry_run=False, legacy_codes=True)
    assert result.ok, result.errors
    assert values(units["A2"]) == {(MONTH, "criminal"): (5.0, True)}
    assert values(units["A1"]) == {(MONTH, "criminal"): (7.0, False)}
    assert "26737" in result.legacy


def test_every_bad_row_is_reported_and_nothing_is_saved(tmp_path, units):
    user = make_user("province", units["A"])
    report(units["A2"], state=ReportState.APPROVED)
    path = write_csv(tmp_path, [
        ["26743", "13/2025", "criminal", "1"],      # no such month
        ["26743", "03/2025", "khong-co", "1"],      # unknown indicator
        ["26743", "03/2025", "criminal", "-2"],     # negative
        ["00004", "03/2025", "criminal", "1"],      # Hà Nội: outside the scope
        ["26740", "03/2025", "criminal", "1"],      # approved month
        ["99999", "03/2025", "criminal", "1"],      # no such commune
        ["26743", "03/2999", "criminal", "1"],      # a month to come
        ["26743", "04/2025", "fire", "1"],
        ["26743", "04/2025", "fire", "2"],          # the same commune, month and indicator twice
    ])
    result = import_values(path, user=user, dry_run=False)
    assert result.error_count == 9 - 1
    assert [row for row, _column, _message in result.errors] == [2, 3, 4, 5, 6, 7, 8, 10]
    assert "13/2025" in result.errors[0][2] and "khong-co" in result.errors[1][2]
    assert "phạm vi" in result.errors[3][2] and "mở lại" in result.errors[4][2]
    assert not Value.objects.filter(report__commune=units["A1"]).exists()


def test_a_check_saves_nothing(tmp_path, units):
    result = import_values(write_csv(tmp_path, [["26743", "03/2025", "criminal", "4"]]),
                           user=make_user("commune", units["A1"]), dry_run=True)
    assert result.ok and result.rows == 1
    assert not MonthlyReport.objects.exists()


def test_a_large_import_refreshes_the_planner_statistics_once_committed(tmp_path, units, monkeypatch,
                                                                       django_capture_on_commit_callbacks):
    """The next file of a national import is planned on the grown table (docs/benchmarks.md: 4.4× on PostgreSQL)."""
    user = make_user("province", units["A"])
    monkeypatch.setattr("phongtrao.stats.importing.ANALYZE_AFTER", 3)
    small = write_csv(tmp_path, [["26743", "03/2025", "criminal", "4"], ["26743", "03/2025", "fire", "1"]])
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        assert import_values(small, user=user, dry_run=False).ok
    assert not [q for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    large = write_csv(tmp_path, [["26743", "04/2025", code, "4"] for code in ("criminal", "fire", "tips")])
    with CaptureQueriesContext(connection) as queries, django_capture_on_commit_callbacks(execute=True):
        assert import_values(large, user=user, dry_run=False).ok
    analyzed = [q["sql"] for q in queries.captured_queries if q["sql"].startswith("ANALYZE")]
    assert analyzed == ['ANALYZE "stats_monthlyreport"', 'ANALYZE "stats_value"']
