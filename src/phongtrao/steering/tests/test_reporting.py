from datetime import date

import pytest

from phongtrao.core.reporting import ReportScope
from phongtrao.core.testing import make_user
from phongtrao.steering.models import Plan, Task
from phongtrao.steering.reporting import tasks_section

pytestmark = pytest.mark.django_db


def test_the_report_section_counts_tasks_due_in_the_period_by_status(units):
    plan = Plan.objects.create(unit=units["A"], symbol="273-KH/TU", title="Kế hoạch", issued_on=date(2025, 1, 5))
    start, end = date(2025, 1, 1), date(2025, 6, 30)
    make = lambda unit, deadline, done=None, key=True: Task.objects.create(  # noqa: E731
        plan=plan, unit=unit, title=f"Nhiệm vụ {deadline}", deadline=deadline, completed_on=done, is_key=key)
    make(units["A1"], date(2025, 3, 1), done=date(2025, 2, 20))           # on time
    make(units["A1"], date(2025, 3, 1), done=date(2025, 3, 5), key=False)  # late
    make(units["A2"], date(2025, 6, 15))                                   # overdue at the period's end
    make(units["B1"], date(2025, 6, 15))                                   # Hà Nội: outside the reader's scope
    make(units["A1"], date(2025, 9, 1))                                    # due after the period
    section = tasks_section(make_user("province", units["A"]),
                            ReportScope(unit=units["A"], start=start, end=end, kind="half_year")).as_dict()
    counts = {row[0]: (row[1]["value"], row[2]["value"]) for row in section["tables"][0]["rows"]}
    assert counts["Hoàn thành đúng hạn"] == (1, 1)
    assert counts["Hoàn thành quá hạn"] == (1, 0)
    assert counts["Quá hạn"] == (1, 1)
    assert [row[2] for row in section["tables"][1]["rows"]] == ["15/06/2025"]
    assert "3 nhiệm vụ đến hạn" in section["paragraphs"][0]
