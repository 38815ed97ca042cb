"""Small builders for awards tests (no demo data)."""
from datetime import date

from phongtrao.core.testing import unique
from phongtrao.awards.models import Appraisal, Commendation, FestivalPlan, FestivalSite


def commendation(unit, *, decided_on=None, **extra):
    values = {"year": 2025, "recipient": unique("Tổ tự quản "), "nominated_on": date(2025, 1, 10)}
    if decided_on:
        values.update(appraisal=Appraisal.APPROVED, appraised_on=decided_on, decision_ref=unique("QĐ-"),
                      decided_on=decided_on, level="province", form="merit")
    return Commendation.objects.create(unit=unit, **{**values, **extra})


def festival_plan(unit=None, **extra):
    return FestivalPlan.objects.create(unit=unit, year=extra.pop("year", 2026), title=unique("Ngày hội "), **extra)


def festival_site(commune, plan=None, **extra):
    return FestivalSite.objects.create(plan=plan or festival_plan(), commune=commune, **extra)
