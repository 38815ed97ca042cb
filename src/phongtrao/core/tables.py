"""The base of every list's table: one look (Bootstrap classes); the template is `core/table.html` (settings)."""
import re
from functools import lru_cache

import django_tables2 as tables
import django_tables2.utils
from django_tables2.utils import AttributeDict
from django_tables2.columns import library
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.base import render_value_in_context
from django.template.defaultfilters import date as date_filter
from django.utils.timezone import template_localtime
from django.templatetags.l10n import localize, unlocalize
from django.utils.html import conditional_escape, format_html, strip_tags
from django.utils.safestring import SafeString, mark_safe

_signature = django_tables2.utils.signature


@lru_cache(maxsize=4096)
def _function_signature(function, bound: bool):
    args, kwargs = _signature(function)
    return (args[1:] if bound else args), kwargs


def cached_signature(fn):
    """django-tables2's `utils.signature` (the arguments a cell's render/value method takes), computed once per
    function instead of once per cell: `inspect.signature` was a third of a 250-row list's rendering time."""
    function = getattr(fn, "__func__", None)
    try:
        return _function_signature(function, True) if function is not None else _function_signature(fn, False)
    except TypeError:  # an unhashable callable
        return _signature(fn)


django_tables2.utils.signature = cached_signature  # read by utils.call_with_appropriate for every cell


_FORMAT = re.compile(r'\|date:"([^"]*)"')


class FormattedDateMixin:
    """A date column formatted in Python as its template (`{{ value|date:FORMAT|default:default }}`) would, without
    rendering a template per cell (a 250-row list spent a fifth of its time in them)."""

    def render(self, value, bound_column):
        if "_format" not in self.__dict__:
            self._format = _FORMAT.search(self.template_code).group(1)
        return conditional_escape(date_filter(template_localtime(value), self._format) or bound_column.default)


@library.register
class DateColumn(FormattedDateMixin, tables.DateColumn):
    pass


@library.register  # after DateColumn: the library tries the last registered first
class DateTimeColumn(FormattedDateMixin, tables.DateTimeColumn):
    pass


class CheckBoxColumn(tables.CheckBoxColumn):
    """django-tables2's check box, its attributes (fixed `input` attributes only) written once per table: it built
    and rendered them for every row."""

    def render(self, value, bound_column, record):
        if self.checked is not None or any(callable(v) for v in self.attrs.get("input", {}).values()):
            return super().render(value, bound_column, record)
        if "_parts" not in self.__dict__:  # the attributes in the parent's order, split where the value goes
            attrs = {"type": "checkbox", "name": bound_column.name, "value": "\x00", **self.attrs.get("input", {})}
            head, tail = f"<input {AttributeDict(attrs).as_html()} />".split("\x00")
            self._parts = mark_safe(head), mark_safe(tail)
        return format_html("{}{}{}", self._parts[0], value, self._parts[1])


class BaseTable(tables.Table):
    """Subclass with `class Meta(BaseTable.Meta): model = …; fields = (…)`.

    On a phone (below 576 px) the rows turn into cards (`table-cards` in core/app.css): each cell under its column's
    label, only the `card_fields` kept (every column when empty); the first is the card's title.
    """

    card_fields: tuple[str, ...] = ()

    class Meta:
        attrs = {"class": "table table-sm table-hover table-cards"}


def _cell_opening(table, column) -> str:
    card_fields = getattr(table, "card_fields", ())
    return format_html('<td {} data-label="{}"{}>', column.attrs["td"].as_html(), strip_tags(str(column.header)),
                       mark_safe(' data-card="hide"') if card_fields and column.name not in card_fields else "")


def row_html(table, row, context) -> str:
    """One body row of a table (core/table.html): the `<td>` openings are built once per table rather than once per
    cell (they were most of a long list's template time), except for columns whose cell attributes are callables."""
    openings = table.__dict__.get("_cell_openings")
    if openings is None:
        openings = table._cell_openings = {
            column.name: _cell_opening(table, column) for column in table.columns
            if not any(callable(value) for key in ("cell", "td")
                       for value in {**table.attrs.get(key, {}), **column.column.attrs.get(key, {})}.values())}
    cells = []
    for column, cell in row.items():
        if column.localize is not None:
            cell = (localize if column.localize else unlocalize)(cell)
        opening = openings.get(column.name) or _cell_opening(table, column)
        text = cell if type(cell) is SafeString else render_value_in_context(cell, context)  # HTML already
        cells.append(f"{opening}{text}</td>")
    return format_html("<tr {}>\n{}\n</tr>", row.attrs.as_html(), mark_safe("\n".join(cells)))


class ScopedCountColumn(tables.Column):
    """A count of related rows inside the user's jurisdiction, computed in one query for the rows the table shows
    (its page, or each chunk of an export: see `prepare`), so that a list costs what it shows and never counts
    another branch's rows.

    `counts(user, pks)` returns {pk: number}; the column does not sort (the count is not in the list's query).
    """

    def __init__(self, counts, **kwargs):
        kwargs.setdefault("attrs", {"td": {"class": "text-end"}})
        super().__init__(accessor="pk", orderable=False, empty_values=(), **kwargs)
        self.counts = counts

    def prepare(self, table, records) -> None:
        """Count for `records` in one query (the export calls it per chunk)."""
        known = table.__dict__.setdefault("_scoped_counts", {}).setdefault(id(self), {})
        missing = [record.pk for record in records if record.pk not in known]
        known.update(dict.fromkeys(missing, 0))
        known.update(self.counts(table.request.user, missing))

    def value(self, record, table):
        known = table.__dict__.get("_scoped_counts", {}).get(id(self), {})
        if record.pk not in known:
            page = getattr(table, "page", None)
            self.prepare(table, [row.record for row in page.object_list] if page else [record])
            known = table.__dict__["_scoped_counts"][id(self)]
        return known[record.pk]

    def render(self, record, table):
        return intcomma(self.value(record, table))


class NumberColumn(tables.Column):
    """A count, right-aligned and grouped the language's way (3.321 in Vietnamese); exports keep the number."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("attrs", {"td": {"class": "text-end"}, "th": {"class": "text-end"}})
        super().__init__(*args, **kwargs)

    def render(self, value):
        return intcomma(value)
