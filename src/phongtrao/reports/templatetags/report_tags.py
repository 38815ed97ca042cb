"""Template helpers of the report pages."""
from django import template

register = template.Library()


@register.filter
def zip_links(values, links):
    """Pairs (value, link) of a table row and its figure links."""
    return zip(values, links or [None] * len(values))
