"""The base of every list's table: one look (Bootstrap classes); the template is `core/table.html` (settings)."""
import django_tables2 as tables
from django.contrib.humanize.templatetags.humanize import intcomma


class BaseTable(tables.Table):
    """Subclass with `class Meta(BaseTable.Meta): model = …; fields = (…)`.

    On a phone (below 576 px) the rows turn into cards (`table-cards` in core/app.css): each cell under its column's
    label, only the `card_fields` kept (every column when empty); the first is the card's title.
    """

    card_fields: tuple[str, ...] = ()

    class Meta:
        attrs = {"class": "table table-sm table-hover table-cards"}


class NumberColumn(tables.Column):
    """A count, right-aligned and grouped the language's way (3.321 in Vietnamese); exports keep the number."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("attrs", {"td": {"class": "text-end"}, "th": {"class": "text-end"}})
        super().__init__(*args, **kwargs)

    def render(self, value):
        return intcomma(value)
