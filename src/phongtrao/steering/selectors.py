"""Read queries of the steering work, each inside the user's jurisdiction."""
from dataclasses import dataclass, field

from django.db.models import Case, CharField, Count, Prefetch, Value, When
from django.db.models.functions import Substr
from django.utils import timezone

from phongtrao.core.scoping import path_in_scope, units_q
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.geo.rollup import child_units

from phongtrao.intake.models import MentionKind

from .models import Committee, Finding, Plan, ProgressReport, Task
from .services import OPEN_FINDING, CommitteeState, TaskStatus, committee_state, deadline_date, task_status_q


@dataclass
class CommitteeRow:
    """One unit of the consolidation roll-up: its own committee and, for a province, its communes' count."""

    unit: AdminUnit
    state: CommitteeState
    committee_id: int | None
    below_done: int = 0
    below_total: int = 0


def committee_rollup(user, root: AdminUnit | None) -> list[CommitteeRow]:
    """The units one level below `root` (provinces below the country) with the state of their committees."""
    committees = Committee.objects.for_user(user)
    if root is not None:
        committees = committees.filter(units_q("unit", [root.path]))
    states = {path: (committee_state(decided_on=decided, members_changed_on=changed), pk)
              for path, decided, changed, pk in committees.values_list("unit__path", "decided_on",
                                                                       "members_changed_on", "pk")}
    children = child_units(root) if root is None or root.level != Level.COMMUNE else [root]
    below = {}
    grandchildren = AdminUnit.objects.current().filter(parent__in=children).values_list("parent_id", "path")
    for parent_id, path in grandchildren:
        done, total = below.get(parent_id, (0, 0))
        below[parent_id] = (done + (states.get(path, (None,))[0] == CommitteeState.CONSOLIDATED), total + 1)
    rows = []
    for unit in children:
        state, pk = states.get(unit.path, (CommitteeState.MISSING, None))
        rows.append(CommitteeRow(unit, state, pk, *below.get(unit.pk, (0, 0))))
    return rows


@dataclass
class TaskRollupRow:
    """Tasks led by one unit's subtree (or by the root unit itself, `own`), counted by status."""

    unit: AdminUnit | None
    own: bool = False
    counts: dict = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def by_status(self) -> list[tuple[TaskStatus, int]]:
        """(status, count) in the order of `TaskStatus`."""
        return [(s, self.counts.get(s.value, 0)) for s in TaskStatus]


def _tasks(user, root, key_only):
    tasks = Task.objects.for_user(user)
    if key_only:
        tasks = tasks.filter(is_key=True)
    return tasks.filter(units_q("unit", [root.path])) if root is not None else tasks


def key_tasks(user, root: AdminUnit | None):
    """The key tasks led inside `root` (everything for the country), nearest deadline first."""
    return (_tasks(user, root, True).select_related("unit", "plan").order_by("deadline", "pk")
            .only("title", "area", "deadline", "completed_on", "progress", "unit__full_name", "plan__symbol")
            .prefetch_related(Prefetch("co_units", AdminUnit.objects.only("full_name"))))


def task_rollup(user, root: AdminUnit | None, *, key_only: bool = False) -> list[TaskRollupRow]:
    """Tasks inside `root` counted by status: the root's own first, then per unit one level below (units without
    tasks left out).

    One aggregate query: the status is computed in the database (the same rule as `services.task_status`) and the
    tasks are grouped by the leading unit's path cut to the length of the units below the root, so the query
    returns at most a few rows per unit below, whatever the number of tasks; they are folded into the rows here.
    """
    today = timezone.localdate()
    status = Case(*(When(task_status_q(s, today), then=Value(s.value)) for s in TaskStatus), output_field=CharField())
    children = child_units(root) if root is None or root.level != Level.COMMUNE else []
    rows = {None: TaskRollupRow(root, own=True), **{c.path: TaskRollupRow(c) for c in children}}
    lengths = sorted({len(c.path) for c in children})
    prefix = Substr("unit__path", 1, lengths[-1] if lengths else 1)
    per_prefix = (_tasks(user, root, key_only).order_by().annotate(prefix=prefix, status=status)
                  .values("prefix", "status").annotate(n=Count("pk")).values_list("prefix", "status", "n"))
    for path, status_value, n in per_prefix:
        key = next((path[:length] for length in lengths if path and path[:length] in rows), None)
        counts = rows[key].counts
        counts[status_value] = counts.get(status_value, 0) + n
    return [row for row in rows.values() if row.total]


def document_deadlines(user, document) -> dict:
    """The deadlines found in an intake document (already inside the user's scope), each with the tasks made from
    it, and the plans a new task may join (none when the user may not add tasks for the document's unit)."""
    mentions = document.mentions.filter(kind=MentionKind.DEADLINE, is_rejected=False).order_by("start")
    made = {}
    for task in Task.objects.for_user(user).filter(source_document=document).order_by("pk"):
        made.setdefault(task.deadline, []).append(task)
    rows = []
    for mention in mentions:
        when = deadline_date(mention.current_value.get("value"))
        rows.append({"mention": mention, "date": when, "tasks": made.get(when, [])})
    can_add = path_in_scope(user, document.unit.path if document.unit else None, "add")
    plans = Plan.objects.for_user(user).order_by("-issued_on", "-pk")[:50] if can_add and rows else []
    return {"rows": rows, "plans": plans, "document": document}


def open_findings(user, root: AdminUnit | None = None):
    """Unresolved findings of visits inside `root` (everything for the country) that the user may see."""
    findings = Finding.objects.for_user(user).filter(OPEN_FINDING)
    return findings.filter(units_q("visit__unit", [root.path])) if root is not None else findings


def open_findings_rollup(user, root: AdminUnit | None = None) -> dict:
    """Unresolved findings counted per inspection round and per visited unit, most first."""
    findings = open_findings(user, root).order_by()
    by_round = findings.values("visit__round", "visit__round__title").annotate(n=Count("pk")).order_by("-n")
    by_unit = findings.values("visit__unit", "visit__unit__full_name").annotate(n=Count("pk")).order_by("-n")
    return {"by_round": list(by_round), "by_unit": list(by_unit), "total": findings.count()}


def programme_progress(user, programme) -> dict:
    """The programme's obligations × years with each year's progress (None: not reported), each obligation's
    average, and the review figures: overall average and the reports still missing."""
    years = list(range(programme.start_year, programme.end_year + 1))
    obligations = list(programme.obligations.for_user(user).order_by("organisation", "pk"))
    reported = {(o, y): p for o, y, p in ProgressReport.objects.for_user(user).filter(
        obligation__in=obligations).values_list("obligation_id", "year", "progress")}
    rows = []
    for obligation in obligations:
        cells = [reported.get((obligation.pk, year)) for year in years]
        known = [c for c in cells if c is not None]
        rows.append({"obligation": obligation, "cells": cells,
                     "average": round(sum(known) / len(known)) if known else None})
    values = list(reported.values())
    return {"years": years, "rows": rows, "average": round(sum(values) / len(values)) if values else None,
            "missing": len(years) * len(obligations) - len(values)}
