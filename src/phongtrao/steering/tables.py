"""Tables of the steering lists."""
import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from django.utils import timezone

from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan, Programme,
                     ProgressReport, Task)
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
    co_units = tables.ManyToManyColumn(verbose_name=_("Đơn vị cùng chủ trì"), separator="; ", orderable=False)
    plan = tables.Column(accessor="plan__symbol", verbose_name=_("Kế hoạch"),
                         linkify=lambda record: record.plan.get_absolute_url())
    progress = tables.Column(attrs={"td": {"class": "text-end"}})
    model_type = tables.Column(linkify=lambda record: record.model_type.get_absolute_url())
    card_fields = ("title", "status", "deadline", "unit", "progress")

    class Meta(BaseTable.Meta):
        model = Task
        fields = ("title", "area", "unit", "co_units", "deadline", "status", "progress", "completed_on", "plan",
                  "model_type")
        row_attrs = {"class": lambda record: "table-danger" if _status(record) == TaskStatus.OVERDUE else ""}

    def render_status(self, record):
        return status_badge(_status(record))

    def value_status(self, record, value=None):
        return _status(record).label

    def render_progress(self, value):
        return f"{value}%"


class InspectionRoundTable(BaseTable):
    title = tables.Column(linkify=lambda record: record.get_absolute_url())
    unit = tables.Column(default=_("Toàn quốc"))
    card_fields = ("title", "start_on", "lead")

    class Meta(BaseTable.Meta):
        model = InspectionRound
        fields = ("title", "reference", "unit", "lead", "start_on", "end_on")


class InspectionVisitTable(BaseTable):
    name = tables.Column(accessor="pk", verbose_name=_("Cuộc kiểm tra"), linkify=lambda record: record.get_absolute_url(),
                         order_by=("planned_on",))
    card_fields = ("name", "planned_on", "visited_on", "concluded_on")

    class Meta(BaseTable.Meta):
        model = InspectionVisit
        fields = ("name", "planned_on", "self_reported_on", "visited_on", "concluded_on")

    def render_name(self, record):
        return str(record)

    def value_name(self, record, value=None):
        return str(record)


class FindingTable(BaseTable):
    text = tables.Column(linkify=lambda record: record.get_absolute_url())
    visit = tables.Column(verbose_name=_("Cuộc kiểm tra"), linkify=lambda record: record.visit.get_absolute_url(),
                          order_by=("visit__planned_on",))
    task = tables.Column(verbose_name=_("Nhiệm vụ khắc phục"), empty_values=(), orderable=False)
    card_fields = ("text", "recommendation", "task")

    class Meta(BaseTable.Meta):
        model = Finding
        fields = ("text", "recommendation", "visit", "task")

    def render_task(self, record):
        if record.task is None:
            return format_html('<span class="badge text-bg-danger">{}</span>', _("Chưa giao"))
        return format_html('<a href="{}">{}</a>', record.task.get_absolute_url(), status_badge(_status(record.task)))

    def value_task(self, record, value=None):
        return _status(record.task).label if record.task else _("Chưa giao")


class ProgrammeTable(BaseTable):
    title = tables.Column(verbose_name=_("Chương trình phối hợp"), linkify=lambda record: record.get_absolute_url())
    unit = tables.Column(default=_("Toàn quốc"))
    card_fields = ("title", "unit", "reviewed_on")

    class Meta(BaseTable.Meta):
        model = Programme
        fields = ("title", "reference", "unit", "reviewed_on")

    def render_title(self, record):
        return str(record)

    def value_title(self, record, value=None):
        return str(record)


class ObligationTable(BaseTable):
    name = tables.Column(accessor="pk", verbose_name=_("Trách nhiệm phối hợp"), order_by=("organisation",),
                         linkify=lambda record: record.get_absolute_url())
    programme = tables.Column(linkify=lambda record: record.programme.get_absolute_url())
    card_fields = ("name", "programme")

    class Meta(BaseTable.Meta):
        model = Obligation
        fields = ("name", "programme")

    def render_name(self, record):
        return str(record)

    def value_name(self, record, value=None):
        return str(record)


class ProgressReportTable(BaseTable):
    name = tables.Column(accessor="pk", verbose_name=_("Kết quả hằng năm"), order_by=("year",),
                         linkify=lambda record: record.get_absolute_url())
    card_fields = ("name", "result")

    class Meta(BaseTable.Meta):
        model = ProgressReport
        fields = ("name", "year", "progress", "result")

    def render_name(self, record):
        return str(record)

    def value_name(self, record, value=None):
        return str(record)
