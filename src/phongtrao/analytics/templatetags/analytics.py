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
    if isinstance(value, int) or value.is_integer():
        return intcomma(int(value))
    return floatformat(value, "2g") if abs(value) < 10 else floatformat(value, "1g")


@register.filter
def signed(value):
    """+12 / −3 / 0, for changes."""
    if value is None:
        return ""
    text = number(abs(value))
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else "0")


@register.filter
def signed_decimal(value):
    """+1,25 / −0,5: an effect, with its sign."""
    if value is None:
        return "—"
    value = round(value, 2) + 0.0  # no "−0,00"
    text = floatformat(abs(value), 2)
    return f"+{text}" if value > 0 else (f"−{text}" if value < 0 else text)


@register.filter
def percent(value):
    return "—" if value is None else f"{floatformat(100 * value, 1)}%"


@register.filter
def pvalue(value):
    return f"< {floatformat(0.001, 3)}" if value < 0.001 else floatformat(value, 3)
