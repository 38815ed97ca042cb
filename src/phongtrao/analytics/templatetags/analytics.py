"""Numbers in the dashboard's tables: grouped integers, one decimal, a dash for nothing."""
from django import template
from django.contrib.humanize.templatetags.humanize import intcomma
from django.template.defaultfilters import floatformat

register = template.Library()


@register.filter
def number(value):
    if value is None or value == "":
        return "—"
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    if isinstance(value, int):
        return intcomma(value)
    return floatformat(value, "2g") if abs(value) < 10 else floatformat(value, "1g")


@register.filter
def signed(value):
    """+12 / −3 / 0, for changes."""
    if value is None:
        return ""
    text = number(abs(value))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")
