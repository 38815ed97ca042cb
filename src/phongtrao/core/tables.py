"""The base of every list's table: one look (Bootstrap classes); the template is `core/table.html` (settings)."""
from functools import lru_cache

import django_tables2 as tables
import django_tables2.utils
from django.contrib.humanize.templatetags.humanize import intcomma

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


class BaseTable(tables.Table):
    """Subclass with `class Meta(BaseTable.Meta): model = …; fields = (…)`.

    On a phone (below 576 px) the rows turn into cards (`table-cards` in core/app.css): each cell under its column's
    label, only the `card_fields` kept (every column when empty); the first is the card's title.
    """

    card_fields: tuple[str, ...] = ()

    class Meta:
        attrs = {"class": "table table-sm table-hover table-cards"}


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
