"""Rules of the steering work: committees and their consolidation state, tasks and their deadline status."""
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from phongtrao.core.models import delete_object
from phongtrao.core.scoping import require_scope

from .models import Committee, CommitteeMember


class CommitteeState(models.TextChoices):
    """Where a unit's committee stands; computed from its dates, never typed."""

    CONSOLIDATED = "consolidated", _("Đã kiện toàn")
    CHANGED = "changed", _("Thành phần thay đổi sau quyết định kiện toàn")
    NO_DECISION = "no_decision", _("Chưa có quyết định kiện toàn")
    MISSING = "missing", _("Chưa thành lập Ban Chỉ đạo")


def committee_state(*, decided_on, members_changed_on) -> CommitteeState:
    """A committee is consolidated when it has a decision and its membership has not changed since that day."""
    if decided_on is None:
        return CommitteeState.NO_DECISION
    if members_changed_on is not None and members_changed_on > decided_on:
        return CommitteeState.CHANGED
    return CommitteeState.CONSOLIDATED


def committee_state_q(state: str) -> Q:
    """The same rule as `committee_state`, as a filter on committees."""
    changed = Q(members_changed_on__gt=F("decided_on"))
    return {
        CommitteeState.NO_DECISION: Q(decided_on__isnull=True),
        CommitteeState.CHANGED: Q(decided_on__isnull=False) & changed,
        CommitteeState.CONSOLIDATED: Q(decided_on__isnull=False) & ~changed,
    }.get(state, Q(pk__in=[]))


@transaction.atomic
def save_committee(*, user, committee: Committee) -> Committee:
    """A unit has at most one committee; the decision needs both its number and its date, not in the future."""
    require_scope(user, committee.unit, "change" if committee.pk else "add")
    if bool(committee.decision_ref) != bool(committee.decided_on):
        field = "decided_on" if committee.decision_ref else "decision_ref"
        raise ValidationError({field: _("Quyết định kiện toàn cần cả số và ngày.")})
    if committee.decided_on and committee.decided_on > timezone.localdate():
        raise ValidationError({"decided_on": _("Ngày quyết định không thể ở tương lai.")})
    committee.full_clean()
    committee.save()
    return committee


MEMBER_FIELDS = ("committee_id", "full_name", "role", "position", "organisation")
"""A change to any of these changes the committee's membership (it then needs a new consolidation decision)."""


def _membership_changed(committee: Committee) -> None:
    Committee.objects.filter(pk=committee.pk).update(members_changed_on=timezone.localdate())


@transaction.atomic
def save_member(*, user, member: CommitteeMember) -> CommitteeMember:
    """Save a member; a new member or a changed name, role, position or organisation dates the membership change."""
    require_scope(user, member.committee.unit, "change" if member.pk else "add")
    before = CommitteeMember.objects.filter(pk=member.pk).values(*MEMBER_FIELDS).first() if member.pk else None
    member.full_name = " ".join(member.full_name.split())
    member.full_clean()
    member.save()
    if before is None or any(before[f] != getattr(member, f) for f in MEMBER_FIELDS):
        _membership_changed(member.committee)
        if before and before["committee_id"] != member.committee_id:
            _membership_changed(Committee(pk=before["committee_id"]))
    return member


@transaction.atomic
def delete_member(user, member: CommitteeMember) -> None:
    require_scope(user, member.committee.unit, "delete")
    delete_object(member)
    _membership_changed(member.committee)

