"""Filters of commendations and Festival Day (UI lists, API and exports)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter, YearFilter

from .models import (AwardForm, AwardLevel, Commendation, FestivalPlan, FestivalSite, RecipientKind, Stage,
                     stage_q)


class CommendationFilterSet(BaseFilterSet):
    search_fields = ("recipient", "decision_ref", "achievements")
    unit = UnitSubtreeFilter(unit_field="unit")
    year = django_filters.NumberFilter(label=_("Năm"))
    recipient_kind = django_filters.ChoiceFilter(choices=RecipientKind.choices, label=_("Đối tượng"))
    stage = django_filters.ChoiceFilter(choices=Stage.choices, method="filter_stage", label=_("Bước"))
    form = django_filters.ChoiceFilter(choices=AwardForm.choices, label=_("Hình thức khen"))
    level = django_filters.ChoiceFilter(choices=AwardLevel.choices, label=_("Cấp khen"))
    decision_ref = django_filters.CharFilter(lookup_expr="iexact", label=_("Số quyết định"))
    decided_year = YearFilter(field_name="decided_on", label=_("Năm quyết định"))

    class Meta:
        model = Commendation
        fields = ("q", "unit", "year", "recipient_kind", "stage", "form", "level", "decision_ref", "decided_year")

    def filter_stage(self, queryset, name, value):
        return queryset.filter(stage_q(value)) if value else queryset


class FestivalPlanFilterSet(BaseFilterSet):
    search_fields = ("title",)
    year = django_filters.NumberFilter(label=_("Năm"))

    class Meta:
        model = FestivalPlan
        fields = ("q", "year")


class FestivalSiteFilterSet(BaseFilterSet):
    search_fields = ("commune__name_folded",)
    unit = UnitSubtreeFilter(unit_field="commune")
    year = django_filters.NumberFilter(field_name="plan__year", label=_("Năm"))
    plan = django_filters.ModelChoiceFilter(queryset=FestivalPlan.objects.all(), label=_("Kế hoạch"))
    chosen = django_filters.BooleanFilter(label=_("Được chọn"), widget=django_filters.widgets.BooleanWidget())

    class Meta:
        model = FestivalSite
        fields = ("q", "unit", "year", "plan", "chosen")
