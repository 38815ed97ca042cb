"""Filters of the steering lists, shared by the pages, the API and the exports."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter

from .models import Committee, CommitteeMember, MemberRole
from .services import CommitteeState, committee_state_q


class CommitteeFilterSet(BaseFilterSet):
    search_fields = ("decision_ref", "unit__name_folded")
    unit = UnitSubtreeFilter(unit_field="unit")
    state = django_filters.ChoiceFilter(
        choices=[c for c in CommitteeState.choices if c[0] != CommitteeState.MISSING], label=_("Tình trạng"),
        method="filter_state")

    class Meta:
        model = Committee
        fields = ("q", "unit", "state")

    def filter_state(self, queryset, name, value):
        return queryset.filter(committee_state_q(value))


class CommitteeMemberFilterSet(BaseFilterSet):
    search_fields = ("full_name", "position", "organisation")
    unit = UnitSubtreeFilter(unit_field="committee__unit")
    committee = django_filters.ModelChoiceFilter(queryset=Committee.objects.all(), label=_("Ban Chỉ đạo"))
    role = django_filters.ChoiceFilter(choices=MemberRole.choices, label=_("Vai trò"))

    class Meta:
        model = CommitteeMember
        fields = ("q", "unit", "committee", "role")
