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
