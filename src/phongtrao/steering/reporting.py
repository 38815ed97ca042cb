"""The official reports' section on the key tasks (registered in `SteeringConfig.ready()`)."""
from datetime import date

from phongtrao.core.reporting import Section, vn_number

from .models import Task
from .services import TaskStatus, task_status_q

ROW_FIELDS = {"steering.task": ("title", "unit__full_name", "deadline", "completed_on", "progress")}
LISTED = 15


def tasks_section(user, scope) -> Section:
    """Tasks due in the period by status as at its end (or today, if earlier); the key tasks still overdue."""
    section = Section("tasks", "Thực hiện nhiệm vụ theo kế hoạch")
    as_of = min(scope.end, date.today())
    due = scope.rows(Task.objects.all(), user, "unit").filter(deadline__range=(scope.start, scope.end))
    rows, counts = [], {}
    for status, label in TaskStatus.choices:
        ids = list(due.filter(task_status_q(status, as_of)).values_list("pk", flat=True))
        counts[status] = len(ids)
        rows.append([label, section.figure(label, Task, ids),
                     section.figure(f"{label} (trọng tâm)", Task, due.filter(task_status_q(status, as_of), is_key=True)
                                    .values_list("pk", flat=True))])
    section.table("Nhiệm vụ đến hạn trong kỳ theo tình trạng", ["Tình trạng", "Số nhiệm vụ", "Trong đó trọng tâm"],
                  rows, total_label="Tổng cộng")
    overdue = due.filter(task_status_q(TaskStatus.OVERDUE, as_of), is_key=True).select_related("unit").order_by(
        "deadline")[:LISTED]
    if overdue:
        section.table("Nhiệm vụ trọng tâm quá hạn chưa hoàn thành", ["Nhiệm vụ", "Đơn vị chủ trì", "Thời hạn", "Tiến độ"],
                      [[t.title, t.unit.full_name if t.unit else "Toàn quốc", t.deadline.strftime("%d/%m/%Y"),
                        f"{t.progress} %"] for t in overdue])
    total = sum(counts.values())
    if total:
        section.paragraphs.append(
            "Trong kỳ có %(total)s nhiệm vụ đến hạn: hoàn thành đúng hạn %(on_time)s, hoàn thành quá hạn %(late)s, "
            "quá hạn chưa hoàn thành %(overdue)s, còn %(open)s nhiệm vụ đang thực hiện." % {
                "total": vn_number(total), "on_time": vn_number(counts[TaskStatus.DONE_ON_TIME]),
                "late": vn_number(counts[TaskStatus.DONE_LATE]), "overdue": vn_number(counts[TaskStatus.OVERDUE]),
                "open": vn_number(counts[TaskStatus.NOT_DUE] + counts[TaskStatus.DUE_SOON])})
    return section
