"""Filters of the report list (UI, API, export)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter, YearFilter

from .models import Kind, Report, State


class ReportFilterSet(BaseFilterSet):
    search_fields = ("summary",)
    unit = UnitSubtreeFilter(unit_field="unit")
    kind = django_filters.ChoiceFilter(choices=Kind.choices, label=_("Loại báo cáo"))
    state = django_filters.ChoiceFilter(choices=State.choices, label=_("Trạng thái"))
    year = YearFilter(field_name="period_end", label=_("Năm"))

    class Meta:
        model = Report
        fields = ("q", "unit", "kind", "state", "year")
