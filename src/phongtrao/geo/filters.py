"""Filters for administrative-unit lists (UI and API)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter

from .models import AdminUnit, Level


class AdminUnitFilterSet(BaseFilterSet):
    search_fields = ("name_folded", "code")
    is_current = django_filters.BooleanFilter(
        label=_("Hiện hành"),
        widget=django_filters.widgets.BooleanWidget(),
    )
    level = django_filters.ChoiceFilter(choices=Level.choices, label=_("Cấp"))
    province = UnitSubtreeFilter(
        path_field="path",
        queryset=AdminUnit.objects.filter(level=Level.PROVINCE).order_by("is_current", "name"),
        label=_("Thuộc tỉnh/thành phố"),
    )

    class Meta:
        model = AdminUnit
        fields = ("q", "is_current", "level", "province", "kind")
