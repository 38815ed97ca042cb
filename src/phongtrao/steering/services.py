"""Rules of the steering work: committees and their consolidation state, tasks and their deadline status,
reminders and the calendar feed."""
import secrets
from datetime import date, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy as _

from phongtrao.accounts.models import Role, User
from phongtrao.core.models import delete_object
from phongtrao.core.notices import Message, send_notices
from phongtrao.core.scoping import require_scope

from .models import (CalendarFeed, Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan,
                     Programme, ProgressReport, Task)


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


# -- plans and tasks ---------------------------------------------------------------------------------------

DUE_SOON_DAYS = 7
"""A task not done within this many days of its deadline (the deadline included) is "due soon"."""


class TaskStatus(models.TextChoices):
    """The Government Office task tracker's statuses, computed from the dates."""

    NOT_DUE = "not_due", _("Chưa đến hạn")
    DUE_SOON = "due_soon", _("Sắp đến hạn")
    DONE_ON_TIME = "done_on_time", _("Hoàn thành đúng hạn")
    DONE_LATE = "done_late", _("Hoàn thành quá hạn")
    OVERDUE = "overdue", _("Quá hạn")


def task_status(*, deadline: date, completed_on: date | None, today: date) -> TaskStatus:
    """Done: on time when finished on or before the deadline. Not done: overdue from the day after the deadline,
    due soon from `DUE_SOON_DAYS` days before it up to the deadline itself, otherwise not yet due."""
    if completed_on is not None:
        return TaskStatus.DONE_ON_TIME if completed_on <= deadline else TaskStatus.DONE_LATE
    if today > deadline:
        return TaskStatus.OVERDUE
    if today >= deadline - timedelta(days=DUE_SOON_DAYS):
        return TaskStatus.DUE_SOON
    return TaskStatus.NOT_DUE


def task_status_q(status: str, today: date) -> Q:
    """The same rule as `task_status`, as a filter on tasks."""
    open_ = Q(completed_on__isnull=True)
    soon = today + timedelta(days=DUE_SOON_DAYS)
    return {
        TaskStatus.DONE_ON_TIME: Q(completed_on__lte=F("deadline")),
        TaskStatus.DONE_LATE: Q(completed_on__gt=F("deadline")),
        TaskStatus.OVERDUE: open_ & Q(deadline__lt=today),
        TaskStatus.DUE_SOON: open_ & Q(deadline__gte=today, deadline__lte=soon),
        TaskStatus.NOT_DUE: open_ & Q(deadline__gt=soon),
    }.get(status, Q(pk__in=[]))


@transaction.atomic
def save_plan(*, user, plan: Plan) -> Plan:
    require_scope(user, plan.unit, "change" if plan.pk else "add")
    plan.symbol = plan.symbol.strip()
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def save_task(*, user, task: Task, co_units=None) -> Task:
    """A task is done when it has a completion date (then its progress is 100%); 100% without a date is done today.

    The completion date cannot be in the future; the leading unit must lie inside the user's scope, and so must each
    of the co-leading units `co_units` (None: unchanged), which cannot repeat the leading unit. The leading unit alone
    scopes the task.
    """
    require_scope(user, task.unit, "change" if task.pk else "add")
    if co_units is not None:
        for unit in co_units:
            require_scope(user, unit, "add")
        if task.unit_id and any(unit.pk == task.unit_id for unit in co_units):
            raise ValidationError({"co_units": _("Đơn vị chủ trì chính không ghi lại trong đơn vị cùng chủ trì.")})
    today = timezone.localdate()
    if task.completed_on and task.completed_on > today:
        raise ValidationError({"completed_on": _("Ngày hoàn thành không thể ở tương lai.")})
    if task.completed_on:
        task.progress = 100
    elif task.progress == 100:
        task.completed_on = today
    task.full_clean()
    task.save()
    if co_units is not None:
        task.co_units.set(co_units)
    return task


def deadline_date(value: str) -> date | None:
    """The date of an extracted deadline ("2026-06-15"; a month "2026-06" means its last day); None if unreadable."""
    try:
        if len(value) == 7:
            year, month = map(int, value.split("-"))
            return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return None


@transaction.atomic
def task_from_deadline(*, user, mention, plan: Plan) -> Task:
    """A deadline found in an intake document becomes a task of `plan`, led by the document's unit, linked back
    to the document; the task's title is the sentence that set the deadline."""
    deadline = deadline_date(mention.current_value.get("value"))
    if deadline is None:
        raise ValidationError(_("Thời hạn trích xuất không đọc được thành ngày; hãy sửa thời hạn trong văn bản trước."))
    document = mention.document
    title = " ".join(mention.text.split())[:500] or str(document)
    return save_task(user=user, task=Task(plan=plan, title=title, unit=document.unit, deadline=deadline,
                                          source_document=document))


REPLICATION_AREA = _("Xây dựng, nhân rộng mô hình")


@transaction.atomic
def task_from_recommendation(*, user, model_type, commune, owner, deadline: date, evidence: str) -> Task:
    """A replication recommendation becomes a task: replicate `model_type` in `commune`, led by `owner` (the commune
    or its province), with the recommendation's evidence in its notes, in the plan "Nhân rộng mô hình …" of the
    user's own unit (made with its first task)."""
    if owner is None or owner.pk not in (commune.pk, commune.parent_id):
        raise ValidationError(_("Đơn vị chủ trì phải là xã được đề xuất hoặc tỉnh của xã đó."))
    if deadline < timezone.localdate():
        raise ValidationError({"deadline": _("Thời hạn phải từ hôm nay trở đi.")})
    require_scope(user, owner, "add")
    plan = Plan.objects.filter(unit=user.unit, symbol=f"NR-{model_type.pk}").first()
    if plan is None:
        plan = save_plan(user=user, plan=Plan(unit=user.unit, symbol=f"NR-{model_type.pk}",
                                              issued_on=timezone.localdate(),
                                              title=str(_("Nhân rộng mô hình: %(type)s") % {"type": model_type})[:300]))
    title = _("Nhân rộng mô hình “%(type)s” tại %(commune)s") % {"type": model_type, "commune": commune.full_name}
    return save_task(user=user, task=Task(plan=plan, unit=owner, title=str(title)[:500], area=str(REPLICATION_AREA),
                                          deadline=deadline, model_type=model_type, notes=evidence))


# -- inspections -----------------------------------------------------------------------------------------


class VisitStage(models.TextChoices):
    """How far a visit has gone, from its dates and findings (never typed)."""

    PLANNED = "planned", _("Đã lên kế hoạch")
    SELF_REPORTED = "self_reported", _("Đã có báo cáo tự kiểm tra")
    VISITED = "visited", _("Đã kiểm tra")
    CONCLUDED = "concluded", _("Đã kết luận, đang khắc phục")
    CLOSED = "closed", _("Đã khắc phục xong")


def visit_stage(visit: InspectionVisit, *, open_findings: int) -> VisitStage:
    if visit.concluded_on:
        return VisitStage.CLOSED if open_findings == 0 else VisitStage.CONCLUDED
    if visit.visited_on:
        return VisitStage.VISITED
    return VisitStage.SELF_REPORTED if visit.self_reported_on else VisitStage.PLANNED


OPEN_FINDING = Q(task__isnull=True) | Q(task__completed_on__isnull=True)
"""A finding stays unresolved until its follow-up task is done (completion date and evidence on the task)."""


@transaction.atomic
def save_round(*, user, round_: InspectionRound) -> InspectionRound:
    require_scope(user, round_.unit, "change" if round_.pk else "add")
    if round_.start_on and round_.end_on and round_.end_on < round_.start_on:
        raise ValidationError({"end_on": _("Ngày kết thúc phải sau ngày bắt đầu.")})
    round_.full_clean()
    round_.save()
    return round_


@transaction.atomic
def save_visit(*, user, visit: InspectionVisit) -> InspectionVisit:
    """A round visits units inside its organising unit; the steps come in order (report, visit, conclusion)."""
    require_scope(user, visit.unit, "change" if visit.pk else "add")
    organiser = visit.round.unit
    if visit.unit_id and organiser is not None and not visit.unit.path.startswith(organiser.path):
        raise ValidationError({"unit": _("Đơn vị được kiểm tra phải thuộc địa bàn của đơn vị tổ chức đợt kiểm tra.")})
    if visit.concluded_on and not visit.visited_on:
        raise ValidationError({"concluded_on": _("Chỉ kết luận sau khi đã kiểm tra (ghi ngày kiểm tra).")})
    if visit.concluded_on and visit.visited_on and visit.concluded_on < visit.visited_on:
        raise ValidationError({"concluded_on": _("Ngày kết luận phải sau ngày kiểm tra.")})
    visit.full_clean()
    visit.save()
    return visit


@transaction.atomic
def save_finding(*, user, finding: Finding) -> Finding:
    require_scope(user, finding.visit.unit, "change" if finding.pk else "add")
    finding.full_clean()
    finding.save()
    return finding


@transaction.atomic
def finding_to_task(*, user, finding: Finding, deadline: date, unit=None) -> Task:
    """The recommendation becomes a follow-up task (owner: the visited unit unless another is given) in the plan
    that carries out the round's conclusions (made with the first task)."""
    if finding.task_id:
        raise ValidationError(_("Kiến nghị này đã có nhiệm vụ khắc phục."))
    visit = finding.visit
    if not visit.concluded_on:
        raise ValidationError(_("Chỉ giao nhiệm vụ khắc phục sau khi đã có kết luận kiểm tra."))
    round_ = InspectionRound.objects.select_for_update().get(pk=visit.round_id)
    if round_.plan is None:
        round_.plan = Plan.objects.create(
            unit=round_.unit, symbol=round_.reference or f"KT-{round_.pk}", issued_on=visit.concluded_on,
            title=str(_("Thực hiện kết luận kiểm tra: %(round)s") % {"round": round_.title})[:300])
        InspectionRound.objects.filter(pk=round_.pk).update(plan=round_.plan)
    task = save_task(user=user, task=Task(plan=round_.plan, unit=unit or visit.unit, deadline=deadline,
                                          title=" ".join(finding.recommendation.split())[:500],
                                          area=str(_("Khắc phục sau kiểm tra"))))
    Finding.objects.filter(pk=finding.pk).update(task=task)
    finding.task = task
    return task


# -- coordination programmes ---------------------------------------------------------------------------


@transaction.atomic
def save_programme(*, user, programme: Programme) -> Programme:
    require_scope(user, programme.unit, "change" if programme.pk else "add")
    if programme.start_year and programme.end_year and programme.end_year < programme.start_year:
        raise ValidationError({"end_year": _("Năm kết thúc phải từ năm bắt đầu trở đi.")})
    if programme.renews_id and programme.renews_id == programme.pk:
        raise ValidationError({"renews": _("Chương trình không thể tiếp nối chính nó.")})
    programme.full_clean()
    programme.save()
    return programme


@transaction.atomic
def save_obligation(*, user, obligation: Obligation) -> Obligation:
    require_scope(user, obligation.programme.unit, "change" if obligation.pk else "add")
    obligation.full_clean()
    obligation.save()
    return obligation


@transaction.atomic
def save_progress(*, user, report: ProgressReport) -> ProgressReport:
    """One report per obligation and year, inside the programme's years."""
    programme = report.obligation.programme
    require_scope(user, programme.unit, "change" if report.pk else "add")
    if report.year is not None and not programme.start_year <= report.year <= programme.end_year:
        raise ValidationError({"year": _("Năm phải trong thời gian của chương trình (%(start)s–%(end)s).") % {
            "start": programme.start_year, "end": programme.end_year}})
    report.full_clean()
    report.save()
    return report


# -- reminders and the calendar feed ------------------------------------------------------------------------

REMINDED_ROLES = (Role.NATIONAL, Role.PROVINCE, Role.COMMUNE)
"""Staff of a task's leading unit who get its reminders (viewers and administrators do not)."""


REMINDER_CHUNK = 5000


def _reminder_due_q(today: date) -> Q:
    """Open tasks whose reminder for their present deadline and kind (due soon, overdue) has not gone out."""
    soon = today + timedelta(days=DUE_SOON_DAYS)
    not_sent = {kind: Q(**{f"{kind}_reminded_for__isnull": True}) | ~Q(**{f"{kind}_reminded_for": F("deadline")})
                for kind in ("due_soon", "overdue")}
    return Q(completed_on__isnull=True) & (
        (Q(deadline__lt=today) & not_sent["overdue"])
        | (Q(deadline__gte=today, deadline__lte=soon) & not_sent["due_soon"]))


def send_reminders(*, today: date | None = None) -> int:
    """Remind the staff of each open task's leading unit when it becomes due soon and when it is overdue, in the
    app and by e-mail; a reminder (task, kind, deadline) goes out once, however often this runs. Returns how many
    notices were new. A moved deadline is a new reminder.

    Each task keeps the deadline its reminders went out for (`due_soon_reminded_for`, `overdue_reminded_for`), so a
    re-run reads only the tasks with something new, in one query. Staff who join a unit later are not sent the
    reminders already sent there. The notices' unique key stays the guarantee against a concurrent run."""
    today = today or timezone.localdate()
    started = timezone.now()
    staff: dict[int | None, list[tuple[int, str]]] = {}
    for pk, unit_id, email in User.objects.filter(is_active=True, role__in=REMINDED_ROLES).values_list(
            "pk", "unit_id", "email"):
        staff.setdefault(unit_id, []).append((pk, email))
    tasks = list(Task.objects.filter(_reminder_due_q(today)).order_by("deadline", "pk")
                 .values_list("pk", "unit_id", "title", "deadline"))
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for start in range(0, len(tasks), REMINDER_CHUNK):
            chunk, messages = tasks[start:start + REMINDER_CHUNK], []
            for pk, unit_id, title, deadline in chunk:
                kind = "overdue" if deadline < today else "due_soon"
                text = (_("Quá hạn từ %(date)s: %(task)s") if kind == "overdue"
                        else _("Sắp đến hạn %(date)s: %(task)s")) % {
                    "date": formats.date_format(deadline, "SHORT_DATE_FORMAT"), "task": title}
                url = reverse("steering:task", args=[pk])
                messages += [Message(user_id, f"task:{pk}:{kind}:{deadline.isoformat()}", str(text), url, email)
                             for user_id, email in staff.get(unit_id, ())]
            sent += send_notices(messages, base_url=settings.SITE_URL)
            _mark_reminded([pk for pk, *_rest in chunk], today=today, since=started)
    return sent


def _mark_reminded(pks: list[int], *, today: date, since) -> None:
    """Note the reminders sent for the tasks `pks`; a task saved since the run began (its deadline may have moved) is
    left for the next run to look at again."""
    tasks = Task.objects.filter(pk__in=pks, last_updated__lt=since)
    tasks.filter(deadline__lt=today).update(overdue_reminded_for=F("deadline"))
    tasks.filter(deadline__gte=today).update(due_soon_reminded_for=F("deadline"))


def renew_calendar_feed(*, user) -> CalendarFeed:
    """A new secret address for the user's calendar; the old one stops working."""
    CalendarFeed.objects.filter(user=user).delete()
    return CalendarFeed.objects.create(user=user, token=secrets.token_urlsafe(32))


def revoke_calendar_feed(*, user) -> None:
    CalendarFeed.objects.filter(user=user).delete()
