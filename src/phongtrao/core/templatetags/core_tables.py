"""`{% table_row table row %}`: a body row of a table (core/table.html), rendered in Python."""
from django import template

from phongtrao.core.tables import row_html

register = template.Library()


@register.simple_tag(takes_context=True)
def table_row(context, table, row):
    return row_html(table, row, context)
