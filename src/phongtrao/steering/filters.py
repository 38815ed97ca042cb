"""Filters of the steering lists, shared by the pages, the API and the exports."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter

from django.utils import timezone

from phongtrao.core.filters import YearFilter

from .models import Committee, CommitteeMember, MemberRole, Plan, Task
from .services import CommitteeState, TaskStatus, committee_state_q, task_status_q


def _scoped(model, request):
    """A filter's choices: the rows the user may see (none without a request)."""
    user = getattr(request, "user", None)
    return model.objects.for_user(user) if user is not None else model.objects.none()


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
    committee = django_filters.ModelChoiceFilter(queryset=lambda request: _scoped(Committee, request),
                                                 label=_("Ban Chỉ đạo"))
    role = django_filters.ChoiceFilter(choices=MemberRole.choices, label=_("Vai trò"))

    class Meta:
        model = CommitteeMember
        fields = ("q", "unit", "committee", "role")


class PlanFilterSet(BaseFilterSet):
    search_fields = ("symbol", "title")
    unit = UnitSubtreeFilter(unit_field="unit")
    year = YearFilter(field_name="issued_on", label=_("Năm"))

    class Meta:
        model = Plan
        fields = ("q", "unit", "year")


class TaskFilterSet(BaseFilterSet):
    search_fields = ("title", "area", "coordinators")
    unit = UnitSubtreeFilter(unit_field="unit", label=_("Đơn vị chủ trì"))
    plan = django_filters.ModelChoiceFilter(queryset=lambda request: _scoped(Plan, request), label=_("Kế hoạch"))
    status = django_filters.ChoiceFilter(choices=TaskStatus.choices, label=_("Tình trạng"), method="filter_status")
    is_key = django_filters.BooleanFilter(label=_("Nhiệm vụ trọng tâm"))
    area = django_filters.CharFilter(label=_("Lĩnh vực"), lookup_expr="iexact")
    year = YearFilter(field_name="deadline", label=_("Năm (thời hạn)"))

    class Meta:
        model = Task
        fields = ("q", "unit", "plan", "status", "is_key", "area", "year")

    def filter_status(self, queryset, name, value):
        return queryset.filter(task_status_q(value, timezone.localdate()))
