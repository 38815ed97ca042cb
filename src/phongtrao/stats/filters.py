"""Filters of the statistics lists (UI, API and exports)."""
import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter, YearFilter

from .models import Indicator, MonthlyReport, ReportState, Value


class MonthField(forms.DateField):
    """A month written mm/yyyy (or yyyy-mm): its first day."""

    input_formats = ["%m/%Y", "%Y-%m", "%d/%m/%Y", "%Y-%m-%d"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("error_messages", {"invalid": _("Tháng phải ghi dạng mm/yyyy, ví dụ 03/2025.")})
        super().__init__(*args, **kwargs)

    def to_python(self, value):
        value = super().to_python(value)
        return value.replace(day=1) if value else value


class MonthFilter(django_filters.Filter):
    field_class = MonthField


class IndicatorFilterSet(BaseFilterSet):
    search_fields = ("code", "name")

    class Meta:
        model = Indicator
        fields = ("q", "group", "lower_is_better", "active")


class MonthlyReportFilterSet(BaseFilterSet):
    search_fields = ("commune__name_folded",)
    unit = UnitSubtreeFilter(unit_field="commune")
    month = MonthFilter(field_name="month", label=_("Tháng"))
    year = YearFilter(field_name="month", label=_("Năm"))
    state = django_filters.ChoiceFilter(choices=ReportState.choices, label=_("Tình trạng"))

    class Meta:
        model = MonthlyReport
        fields = ("q", "unit", "month", "year", "state")


class ValueFilterSet(BaseFilterSet):
    search_fields = ("report__commune__name_folded", "indicator__name")
    unit = UnitSubtreeFilter(unit_field="report__commune")
    indicator = django_filters.ModelChoiceFilter(queryset=Indicator.objects.all(), label=_("Chỉ tiêu"))
    month = MonthFilter(field_name="report__month", label=_("Tháng"))
    year = YearFilter(field_name="report__month", label=_("Năm"))
    state = django_filters.ChoiceFilter(field_name="report__state", choices=ReportState.choices,
                                        label=_("Tình trạng"))
    estimated = django_filters.BooleanFilter(label=_("Ước tính"), widget=django_filters.widgets.BooleanWidget())

    class Meta:
        model = Value
        fields = ("q", "unit", "indicator", "month", "year", "state", "estimated")
