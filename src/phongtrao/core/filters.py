"""FilterSet base: a free-text `q` search tolerant of missing diacritics and word order."""
from functools import reduce
from operator import and_, or_

import django_filters
from django import forms
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .forms import BootstrapMixin
from .scoping import ALL, scope_q, unit_model, unit_paths_for, units_q
from .text import fold, sort_key


class FilterForm(BootstrapMixin, forms.Form):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.required = False
        self.style_fields()


def search_q(value: str, fields) -> Q:
    """Every word must appear in one of `fields`; `*_folded` fields are matched without diacritics."""
    words = value.split()
    clauses = []
    for word in words:
        folded = fold(word)
        # Folded columns are already lower case: a plain `contains` spares the database an UPPER() per row.
        options = [Q(**{f"{f}__contains": folded} if f.endswith("_folded") else {f"{f}__icontains": word}) for f in fields]
        clauses.append(reduce(or_, options))
    return reduce(and_, clauses, Q())


class BaseFilterSet(django_filters.FilterSet):
    """Subclasses set `search_fields`; the same FilterSet serves the UI list, the API and exports."""

    search_fields: tuple[str, ...] = ()
    q = django_filters.CharFilter(method="search", label=_("Tìm kiếm"))

    def get_form_class(self):
        fields = {name: filter_.field for name, filter_ in self.filters.items()}
        return type(f"{type(self).__name__}Form", (FilterForm,), fields)

    @property
    def form(self):
        """The filter form, where long drop-downs show a short list (`display_choices`) while any id stays valid."""
        form = super().form
        user = getattr(self.request, "user", None)
        if user is not None and not getattr(form, "_short_choices", False):
            for name, filter_ in self.filters.items():
                display = getattr(filter_, "display_choices", None)
                if display:
                    form.fields[name].widget.choices = [("", "---------"), *display(user, form.data.get(name))]
            form._short_choices = True
        return form

    def search(self, queryset, name, value):
        value = value.strip()
        return queryset.filter(search_q(value, self.search_fields)) if value else queryset


class YearField(forms.IntegerField):
    """A calendar year: a whole number from 1 to 9999, else one Vietnamese message (never a database error)."""

    def __init__(self, *args, **kwargs):
        message = _("Năm phải là số nguyên từ 1 đến 9999.")
        kwargs.setdefault("error_messages", {"invalid": message, "min_value": message, "max_value": message})
        super().__init__(*args, min_value=1, max_value=9999, **kwargs)


def year_param(params, default: int, name: str = "year") -> tuple[int, bool]:
    """(the year a page was asked for, whether it was valid): `default` when absent or not a year (the page then
    answers 400 and says so)."""
    try:
        value = YearField(required=False).clean(params.get(name))
    except forms.ValidationError:
        return default, False
    return value or default, True


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": 9999})
class YearFilter(django_filters.Filter):
    """Rows whose date field falls in the given year (`field_name`, lookup `year`)."""

    field_class = YearField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("lookup_expr", "year")
        super().__init__(*args, **kwargs)


@extend_schema_field(OpenApiTypes.INT)
class UnitSubtreeFilter(django_filters.ModelChoiceFilter):
    """Rows in the chosen current unit's subtree; the API takes the unit id.

    Give `unit_field` (a foreign key chain to AdminUnit), or `path_field` where rows only store a unit path.
    """

    def __init__(self, *args, unit_field: str = "", path_field: str = "", **kwargs):
        self.unit_field, self.path_field = unit_field, path_field
        if "queryset" not in kwargs:
            self.display_choices = unit_filter_choices
        kwargs.setdefault("queryset", unit_model().objects.current().select_related("parent"))
        kwargs.setdefault("label", _("Địa bàn"))
        super().__init__(*args, **kwargs)

    def filter(self, qs, value):
        if not value:
            return qs
        paths = [value.path]
        return qs.filter(units_q(self.unit_field, paths) if self.unit_field else scope_q(self.path_field, paths))


def unit_filter_choices(user, selected=None) -> list[tuple]:
    """Units offered in a list's "Địa bàn" filter: provinces for national users, else the user's own subtree.

    Higher units first, each level in Vietnamese alphabetical order of the name ("Bến Thành" under B).

    Any current unit id stays valid (the API filters by commune too); only the drop-down is kept short.
    """
    units_of = unit_model().objects
    paths = unit_paths_for(user, "view")
    units = units_of.current()
    if paths == ALL:
        units = units.top()
    else:
        units = units.filter(scope_q("path", paths) if paths else Q(pk__in=[]))
    if selected and str(selected).isdigit():
        units = units | units_of.filter(pk=selected, is_current=True)
    return [(u.pk, u.full_name) for u in sorted(units, key=lambda u: (u.depth, sort_key(u.name)))]
