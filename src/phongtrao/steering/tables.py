"""Tables of the steering lists."""
import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from django.utils import timezone

from .models import Committee, CommitteeMember, Plan, Task
from .services import CommitteeState, TaskStatus, committee_state, task_status

STATE_BADGE = {CommitteeState.CONSOLIDATED: "success", CommitteeState.CHANGED: "warning",
               CommitteeState.NO_DECISION: "secondary", CommitteeState.MISSING: "danger"}


def state_badge(state: CommitteeState):
    return format_html('<span class="badge text-bg-{}">{}</span>', STATE_BADGE[state], state.label)


class CommitteeTable(BaseTable):
    unit = tables.Column(verbose_name=_("Ban Chỉ đạo"), linkify=lambda record: record.get_absolute_url(),
                         order_by=("unit__path",), empty_values=())
    state = tables.Column(accessor="pk", verbose_name=_("Tình trạng"), orderable=False)
    card_fields = ("unit", "state", "decision_ref", "decided_on")

    class Meta(BaseTable.Meta):
        model = Committee
        fields = ("unit", "state", "decision_ref", "decided_on", "members_changed_on")

    def _state(self, record):
        return committee_state(decided_on=record.decided_on, members_changed_on=record.members_changed_on)

    def render_unit(self, record):
        return str(record)

    def value_unit(self, record, value=None):
        return str(record)

    def render_state(self, record):
        return state_badge(self._state(record))

    def value_state(self, record, value=None):
        return self._state(record).label


class CommitteeMemberTable(BaseTable):
    full_name = tables.Column(linkify=lambda record: record.get_absolute_url())
    committee = tables.Column(verbose_name=_("Ban Chỉ đạo"), linkify=lambda record: record.committee.get_absolute_url(),
                              order_by=("committee__unit__path",))
    card_fields = ("full_name", "role", "position", "organisation")

    class Meta(BaseTable.Meta):
        model = CommitteeMember
        fields = ("full_name", "role", "position", "organisation", "committee")


class PlanTable(BaseTable):
    symbol = tables.Column(verbose_name=_("Kế hoạch"), linkify=lambda record: record.get_absolute_url())
    unit = tables.Column(default=_("Toàn quốc"))
    card_fields = ("symbol", "issued_on", "unit")

    class Meta(BaseTable.Meta):
        model = Plan
        fields = ("symbol", "issued_on", "unit")

    def render_symbol(self, record):
        return str(record)

    def value_symbol(self, record, value=None):
        return str(record)


STATUS_BADGE = {TaskStatus.NOT_DUE: "secondary", TaskStatus.DUE_SOON: "warning", TaskStatus.DONE_ON_TIME: "success",
                TaskStatus.DONE_LATE: "info", TaskStatus.OVERDUE: "danger"}


def status_badge(status: TaskStatus):
    return format_html('<span class="badge text-bg-{}">{}</span>', STATUS_BADGE[status], status.label)


def _status(record) -> TaskStatus:
    return task_status(deadline=record.deadline, completed_on=record.completed_on, today=timezone.localdate())


class TaskTable(BaseTable):
    """Tasks with their computed status; overdue rows in red."""

    title = tables.Column(linkify=lambda record: record.get_absolute_url())
    status = tables.Column(accessor="pk", verbose_name=_("Tình trạng"), orderable=False)
    unit = tables.Column(default=_("Toàn quốc"))
    plan = tables.Column(accessor="plan__symbol", verbose_name=_("Kế hoạch"),
                         linkify=lambda record: record.plan.get_absolute_url())
    progress = tables.Column(attrs={"td": {"class": "text-end"}})
    card_fields = ("title", "status", "deadline", "unit", "progress")

    class Meta(BaseTable.Meta):
        model = Task
        fields = ("title", "area", "unit", "deadline", "status", "progress", "completed_on", "plan")
        row_attrs = {"class": lambda record: "table-danger" if _status(record) == TaskStatus.OVERDUE else ""}

    def render_status(self, record):
        return status_badge(_status(record))

    def value_status(self, record, value=None):
        return _status(record).label

    def render_progress(self, value):
        return f"{value}%"
