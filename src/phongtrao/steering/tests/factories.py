"""Test data of the steering work."""
from datetime import date

from phongtrao.steering.models import Committee, CommitteeMember, MemberRole


def committee(unit, *, decided_on=date(2025, 7, 15), **extra):
    found, _ = Committee.objects.get_or_create(
        unit=unit, defaults={"decision_ref": "12/QĐ-UBND" if decided_on else "", "decided_on": decided_on, **extra})
    return found


def member(unit, name="Nguyễn Văn An", role=MemberRole.MEMBER, **extra):
    return CommitteeMember.objects.create(committee=committee(unit), full_name=name, role=role,
                                          organisation=extra.pop("organisation", "Công an xã"), **extra)


def plan(unit, symbol="273-KH/TU", **extra):
    from phongtrao.steering.models import Plan

    return Plan.objects.create(unit=unit, symbol=symbol, title=extra.pop("title", "Triển khai phong trào năm 2026"),
                               issued_on=extra.pop("issued_on", date(2026, 1, 10)), **extra)


def task(unit, *, deadline=date(2026, 6, 15), plan_=None, **extra):
    from phongtrao.steering.models import Task

    return Task.objects.create(plan=plan_ or plan(unit), unit=unit, title=extra.pop("title", "Sơ kết mô hình"),
                               deadline=deadline, **extra)
