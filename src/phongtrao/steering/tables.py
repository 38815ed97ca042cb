"""Tables of the steering lists."""
import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from .models import Committee, CommitteeMember
from .services import CommitteeState, committee_state

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
