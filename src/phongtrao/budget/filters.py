"""Filters of allocations (UI list, API and exports)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter

from .models import Allocation, Item


class AllocationFilterSet(BaseFilterSet):
    search_fields = ("source", "note")
    unit = UnitSubtreeFilter(unit_field="unit")
    year = django_filters.NumberFilter(label=_("Năm"))
    item = django_filters.ChoiceFilter(choices=Item.choices, label=_("Nội dung chi"))

    class Meta:
        model = Allocation
        fields = ("q", "unit", "year", "item")
