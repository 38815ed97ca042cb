"""Test data of the statistics app."""
from datetime import date

from phongtrao.stats.models import Indicator, MonthlyReport, Value

MONTH = date(2025, 3, 1)


def indicator(code="criminal"):
    return Indicator.objects.get(code=code)


def report(commune, month=MONTH, state="draft", values=None, **extra):
    made = MonthlyReport.objects.create(commune=commune, month=month, state=state, **extra)
    for code, number in ({"criminal": 3} if values is None else values).items():
        Value.objects.create(report=made, indicator=indicator(code), value=number)
    return made
