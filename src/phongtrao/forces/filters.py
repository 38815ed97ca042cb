"""Filters of training courses and force counts."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter, YearFilter

from .models import ForceStrength, TrainingCourse


class TrainingCourseFilterSet(BaseFilterSet):
    search_fields = ("topic", "materials")
    unit = UnitSubtreeFilter(unit_field="unit")
    year = YearFilter(field_name="starts_on", label=_("Năm"))

    class Meta:
        model = TrainingCourse
        fields = ("q", "unit", "year")


class ForceStrengthFilterSet(BaseFilterSet):
    search_fields = ("note",)
    unit = UnitSubtreeFilter(unit_field="unit")
    year = django_filters.NumberFilter(label=_("Năm"))

    class Meta:
        model = ForceStrength
        fields = ("q", "unit", "year")
