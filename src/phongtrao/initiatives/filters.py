"""Filters for model types, sites and evaluations (UI lists, API and exports)."""
import django_filters
from django.core.cache import cache
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter, YearFilter
from phongtrao.core.text import sort_key

from .models import Category, Evaluation, Field, ModelType, Period, Rating, Site, Sponsor, Status


POPULAR_TYPES = 150


def _popular_types() -> list[tuple]:
    top = ModelType.objects.annotate(n=Count("sites")).order_by("-n", "name").values_list("pk", "name")[:POPULAR_TYPES]
    return sorted(top, key=lambda c: sort_key(c[1]))


def popular_types(selected=None) -> list[tuple]:
    """The most widespread model types (and the selected one) for a drop-down; the search box finds the rest."""
    choices = cache.get_or_set("initiatives:popular_types", _popular_types, timeout=600)
    if selected and str(selected).isdigit() and int(selected) not in {pk for pk, _ in choices}:
        choices += list(ModelType.objects.filter(pk=selected).values_list("pk", "name"))
    return choices


class ModelTypeFilterSet(BaseFilterSet):
    search_fields = ("search_folded",)
    category = django_filters.ChoiceFilter(choices=Category.choices, label=_("Loại"))
    field = django_filters.ChoiceFilter(choices=Field.choices, label=_("Lĩnh vực"))
    sponsor = django_filters.ModelChoiceFilter(field_name="sponsors", queryset=Sponsor.objects.all(), label=_("Tổ chức chủ trì"))
    exemplary = django_filters.BooleanFilter(label=_("Điển hình tiên tiến"), widget=django_filters.widgets.BooleanWidget())
    origin = UnitSubtreeFilter(unit_field="origin_unit", label=_("Nơi khởi xướng"))

    class Meta:
        model = ModelType
        fields = ("q", "category", "field", "sponsor", "exemplary", "origin")


class SiteFilterSet(BaseFilterSet):
    search_fields = ("name_folded", "address_folded", "model_type__search_folded")
    unit = UnitSubtreeFilter(unit_field="commune")
    model_type = django_filters.ModelChoiceFilter(queryset=ModelType.objects.all(), label=_("Mô hình"))
    model_type.display_choices = lambda user, selected: popular_types(selected)
    category = django_filters.ChoiceFilter(field_name="model_type__category", choices=Category.choices, label=_("Loại"))
    field = django_filters.ChoiceFilter(field_name="model_type__field", choices=Field.choices, label=_("Lĩnh vực"))
    status = django_filters.MultipleChoiceFilter(choices=Status.choices, label=_("Trạng thái"), distinct=False)
    sponsor = django_filters.ModelChoiceFilter(field_name="leading_org", queryset=Sponsor.objects.all(), label=_("Tổ chức chủ trì"))
    start_year = YearFilter(field_name="started_on", label=_("Năm thành lập"))
    exemplary = django_filters.BooleanFilter(method="filter_exemplary", label=_("Điển hình tiên tiến"),
                                             widget=django_filters.widgets.BooleanWidget())

    class Meta:
        model = Site
        fields = ("q", "unit", "model_type", "category", "field", "status", "sponsor", "start_year", "exemplary")

    def filter_exemplary(self, queryset, name, value):
        exemplary = Q(status=Status.EXEMPLARY) | Q(model_type__exemplary=True)
        return queryset.filter(exemplary) if value else queryset.exclude(exemplary)

    def tallied_filters(self) -> dict | None:
        """{"unit", "statuses"} when the filters narrow the sites by unit and status only, what the per-commune tallies
        can count (see `selectors.site_counts_by_unit`); None when another filter is set or the filters are invalid."""
        if not self.is_bound:
            return {"unit": None, "statuses": []}
        if not self.is_valid():
            return None
        data = self.form.cleaned_data
        if any(value not in (None, "", []) for name, value in data.items() if name not in ("unit", "status")):
            return None
        return {"unit": data.get("unit"), "statuses": list(data.get("status") or [])}


class EvaluationFilterSet(BaseFilterSet):
    search_fields = ("narrative",)
    unit = UnitSubtreeFilter(unit_field="unit")
    model_type = django_filters.ModelChoiceFilter(queryset=ModelType.objects.all(), label=_("Mô hình"))
    model_type.display_choices = lambda user, selected: popular_types(selected)
    period = django_filters.ChoiceFilter(choices=Period.choices, label=_("Kỳ"))
    rating = django_filters.ChoiceFilter(choices=Rating.choices, label=_("Xếp loại"))
    year = YearFilter(field_name="period_end", label=_("Năm"))

    class Meta:
        model = Evaluation
        fields = ("q", "unit", "model_type", "period", "rating", "year")
