"""The base of every list's table: one look (Bootstrap classes); the template is `core/table.html` (settings)."""
import django_tables2 as tables


class BaseTable(tables.Table):
    """Subclass with `class Meta(BaseTable.Meta): model = …; fields = (…)`."""

    class Meta:
        attrs = {"class": "table table-sm table-hover"}
