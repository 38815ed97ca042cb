"""Filters of the steering lists, shared by the pages, the API and the exports."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter

from django.utils import timezone

from phongtrao.core.filters import YearFilter
from phongtrao.initiatives.filters import popular_types
from phongtrao.initiatives.models import ModelType

from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, MemberRole, Obligation, Plan,
                     Programme, ProgressReport, Task)
from .services import OPEN_FINDING, CommitteeState, TaskStatus, committee_state_q, task_status_q


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
    model_type = django_filters.ModelChoiceFilter(queryset=ModelType.objects.all(), label=_("Mô hình nhân rộng"))
    model_type.display_choices = lambda user, selected: popular_types(selected)

    class Meta:
        model = Task
        fields = ("q", "unit", "plan", "status", "is_key", "area", "year", "model_type")

    def filter_status(self, queryset, name, value):
        return queryset.filter(task_status_q(value, timezone.localdate()))


class InspectionRoundFilterSet(BaseFilterSet):
    search_fields = ("title", "reference", "lead")
    unit = UnitSubtreeFilter(unit_field="unit", label=_("Đơn vị tổ chức"))
    year = YearFilter(field_name="start_on", label=_("Năm"))

    class Meta:
        model = InspectionRound
        fields = ("q", "unit", "year")


class InspectionVisitFilterSet(BaseFilterSet):
    search_fields = ("record", "conclusion", "self_report")
    unit = UnitSubtreeFilter(unit_field="unit", label=_("Đơn vị được kiểm tra"))
    round = django_filters.ModelChoiceFilter(queryset=lambda request: _scoped(InspectionRound, request),
                                             label=_("Đợt kiểm tra"))

    class Meta:
        model = InspectionVisit
        fields = ("q", "unit", "round")


class FindingFilterSet(BaseFilterSet):
    search_fields = ("text", "recommendation")
    unit = UnitSubtreeFilter(unit_field="visit__unit", label=_("Đơn vị được kiểm tra"))
    round = django_filters.ModelChoiceFilter(field_name="visit__round", label=_("Đợt kiểm tra"),
                                             queryset=lambda request: _scoped(InspectionRound, request))
    unresolved = django_filters.BooleanFilter(label=_("Chưa khắc phục xong"), method="filter_unresolved")

    class Meta:
        model = Finding
        fields = ("q", "unit", "round", "unresolved")

    def filter_unresolved(self, queryset, name, value):
        return queryset.filter(OPEN_FINDING) if value else queryset.exclude(OPEN_FINDING)


class ProgrammeFilterSet(BaseFilterSet):
    search_fields = ("title", "reference", "parties")
    unit = UnitSubtreeFilter(unit_field="unit", label=_("Cấp ký kết"))

    class Meta:
        model = Programme
        fields = ("q", "unit")


class ObligationFilterSet(BaseFilterSet):
    search_fields = ("organisation", "content")
    programme = django_filters.ModelChoiceFilter(queryset=lambda request: _scoped(Programme, request),
                                                 label=_("Chương trình phối hợp"))

    class Meta:
        model = Obligation
        fields = ("q", "programme")


class ProgressReportFilterSet(BaseFilterSet):
    search_fields = ("result", "obligation__organisation")
    programme = django_filters.ModelChoiceFilter(field_name="obligation__programme", label=_("Chương trình phối hợp"),
                                                 queryset=lambda request: _scoped(Programme, request))
    year = django_filters.NumberFilter(label=_("Năm"))

    class Meta:
        model = ProgressReport
        fields = ("q", "programme", "year")
