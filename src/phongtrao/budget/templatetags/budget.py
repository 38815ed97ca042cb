from django import template

from ..display import format_vnd

register = template.Library()


@register.filter
def vnd(value) -> str:
    """1234000 → "1.234.000 đ"."""
    return format_vnd(value)
