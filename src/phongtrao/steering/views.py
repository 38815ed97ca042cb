"""Pages of the steering work."""
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.urls import reverse
from django.conf import settings
from django.contrib import messages
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods
from django.utils import timezone

from phongtrao.core.imports.tables import export_table
from phongtrao.core.pages import register_model_pages
from phongtrao.core.scoping import path_in_scope, scoped
from phongtrao.core.views import ObjectView, options_response
from phongtrao.geo.models import AdminUnit
from phongtrao.intake.models import Document, Mention, MentionKind

from . import selectors, services
from .feeds import deadlines_calendar
from .api import (CommitteeMemberSerializer, CommitteeSerializer, FindingSerializer, InspectionRoundSerializer,
                  InspectionVisitSerializer, ObligationSerializer, PlanSerializer, ProgrammeSerializer,
                  ProgressReportSerializer, TaskSerializer)
from .filters import (CommitteeFilterSet, CommitteeMemberFilterSet, FindingFilterSet, InspectionRoundFilterSet,
                      InspectionVisitFilterSet, ObligationFilterSet, PlanFilterSet, ProgrammeFilterSet,
                      ProgressReportFilterSet, TaskFilterSet)
from .forms import (CommitteeForm, CommitteeMemberForm, FindingForm, FindingTaskForm, InspectionRoundForm,
                    InspectionVisitForm, ObligationForm, PlanForm, ProgrammeForm, ProgressReportForm, TaskForm)
from .importing import (CommitteeMemberImport, FindingImport, ObligationImport, PlanImport, ProgressReportImport,
                        TaskImport)
from .models import (CalendarFeed, Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan,
                     Programme, ProgressReport, Task)
from .services import OPEN_FINDING, CommitteeState, TaskStatus, committee_state, task_status, visit_stage
from .tables import (CommitteeMemberTable, CommitteeTable, FindingTable, InspectionRoundTable, InspectionVisitTable,
                     ObligationTable, PlanTable, ProgrammeTable, ProgressReportTable, TaskTable, state_badge,
                     status_badge)

# -- committees --------------------------------------------------------------------------------------------


class CommitteeView(ObjectView):
    def extra_context(self, obj):
        state = committee_state(decided_on=obj.decided_on, members_changed_on=obj.members_changed_on)
        return {**super().extra_context(obj), "state": state, "state_badge": state_badge(state),
                "members_table": CommitteeMemberTable(obj.members.all(), request=self.request, orderable=False,
                                                      exclude=("committee",))}


register_model_pages(
    Committee, "committees",
    queryset=Committee.objects.select_related("unit"),
    filterset=CommitteeFilterSet, table=CommitteeTable, form=CommitteeForm,
    save=lambda user, form: services.save_committee(user=user, committee=form.save(commit=False)),
    views={"detail": CommitteeView}, serializer=CommitteeSerializer, ordering_fields=("decided_on",),
    search_fields=("decision_ref", "unit__name_folded"), search_weight=300,
)

register_model_pages(
    CommitteeMember, "members",
    queryset=CommitteeMember.objects.select_related("committee__unit"),
    filterset=CommitteeMemberFilterSet, table=CommitteeMemberTable, form=CommitteeMemberForm,
    save=lambda user, form: services.save_member(user=user, member=form.save(commit=False)),
    delete=services.delete_member, serializer=CommitteeMemberSerializer, ordering_fields=("full_name", "role"),
    search_fields=("full_name", "position", "organisation"), search_weight=310,
    import_spec=CommitteeMemberImport, export_table=export_table(
        CommitteeMemberImport, unit="committee__unit__code", committee_name="committee__name",
        decision_ref="committee__decision_ref", decided_on="committee__decided_on"),
)


def _root(request) -> AdminUnit | None:
    """The unit a roll-up is about: `?unit=` when inside the user's scope, else the user's own unit."""
    wanted = request.GET.get("unit", "")
    if wanted.isdecimal():
        chosen = AdminUnit.objects.current().filter(pk=int(wanted)).first()
        if chosen is not None and path_in_scope(request.user, chosen.path, "view"):
            return chosen
    return request.user.unit


@login_required
def committee_rollup(request):
    """"Đã kiện toàn X / Y": the units one level below the chosen one (or the user's) and their committees."""
    user = request.user
    root = _root(request)
    rows = selectors.committee_rollup(user, root)
    missing = [r for r in rows if r.state == CommitteeState.MISSING]
    changed = [r for r in rows if r.state == CommitteeState.CHANGED]
    return render(request, "steering/committee_rollup.html", {
        "root": root, "rows": rows, "missing": missing, "changed": changed,
        "done": sum(r.state == CommitteeState.CONSOLIDATED for r in rows), "total": len(rows),
        "below_done": sum(r.below_done for r in rows), "below_total": sum(r.below_total for r in rows),
    })


@login_required
def committee_options(request):
    committees = scoped(Committee.objects.select_related("unit"), request.user, "view").order_by("unit__path")
    return options_response(committees, request, ("unit__name_folded",), label=str)


# -- plans and tasks ---------------------------------------------------------------------------------------


class PlanView(ObjectView):
    def extra_context(self, obj):
        tasks = scoped(obj.tasks.select_related("unit", "plan", "model_type").prefetch_related("co_units"),
                       self.request.user, "view")
        return {**super().extra_context(obj),
                "tasks_table": TaskTable(tasks, request=self.request, orderable=False, exclude=("plan",))}


class TaskView(ObjectView):
    def extra_context(self, obj):
        status = task_status(deadline=obj.deadline, completed_on=obj.completed_on, today=timezone.localdate())
        source = obj.source_document
        if source is not None and not scoped(type(source).objects.filter(pk=source.pk), self.request.user).exists():
            source = None
        return {**super().extra_context(obj), "status": status, "status_badge": status_badge(status),
                "source": source}


register_model_pages(
    Plan, "plans",
    queryset=Plan.objects.select_related("unit"),
    filterset=PlanFilterSet, table=PlanTable, form=PlanForm,
    save=lambda user, form: services.save_plan(user=user, plan=form.save(commit=False)),
    views={"detail": PlanView}, serializer=PlanSerializer, ordering_fields=("issued_on", "symbol"),
    search_fields=("symbol", "title"), search_weight=320,
    import_spec=PlanImport, export_table=export_table(PlanImport, label=gettext_lazy("Kế hoạch"), unit="unit__code"),
)

register_model_pages(
    Task, "tasks",
    queryset=Task.objects.select_related("unit", "plan", "model_type").prefetch_related("co_units"),
    detail_queryset=Task.objects.select_related("unit", "plan", "source_document", "model_type").prefetch_related(
        "co_units"),
    filterset=TaskFilterSet, table=TaskTable, form=TaskForm,
    save=lambda user, form: services.save_task(user=user, task=form.save(commit=False),
                                               co_units=form.cleaned_data["co_units"]),
    views={"detail": TaskView}, serializer=TaskSerializer, ordering_fields=("deadline", "progress"),
    search_fields=("title", "area"), search_weight=330, import_spec=TaskImport,
)


class _CountedPaginator(Paginator):
    """A paginator told its count beforehand, so that a page costs no COUNT query."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.count = count


KEY_TASKS_PER_PAGE = 25


@login_required
def key_tasks(request):
    """The key tasks (nhiệm vụ trọng tâm) inside the chosen unit (or the user's) with their roll-up by status,
    per unit one level below; overdue rows in red.

    Its cost is bounded by what it shows: the counts come from the roll-up's one aggregate query (its total is the
    paginator's count), then one query for the page's 25 rows, rendered by a plain loop (the full list, sortable
    and exportable, is the task list)."""
    user = request.user
    root = _root(request)
    rollup = selectors.task_rollup(user, root, key_only=True)
    total = sum(r.total for r in rollup)
    page = _CountedPaginator(selectors.key_tasks(user, root), KEY_TASKS_PER_PAGE, total).get_page(
        request.GET.get("page"))
    today = timezone.localdate()
    statuses = [(task, task_status(deadline=task.deadline, completed_on=task.completed_on, today=today)) for task in page]
    rows = [(task, status_badge(status), status == TaskStatus.OVERDUE) for task, status in statuses]
    return render(request, "steering/key_tasks.html", {
        "root": root, "rollup": rollup, "statuses": TaskStatus, "page": page, "rows": rows,
        "totals": [(s, sum(r.counts.get(s.value, 0) for r in rollup)) for s in TaskStatus], "total": total,
        "unit_query": f"unit={root.pk}&" if root and request.GET.get("unit") else "",
    })


@login_required
def task_evidence(request, pk):
    """Download a task's evidence, only inside the user's jurisdiction."""
    task = get_object_or_404(scoped(Task.objects.all(), request.user, "view"), pk=pk)
    if not task.evidence:
        raise Http404
    return FileResponse(task.evidence.open("rb"), as_attachment=True, filename=task.evidence.name.rsplit("/", 1)[-1])


@login_required
def plan_options(request):
    plans = scoped(Plan.objects.all(), request.user, "view").order_by("-issued_on")
    return options_response(plans, request, ("symbol", "title"))


# -- the calendar feed ---------------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def calendar_settings(request):
    """Show the user's secret calendar address; POST makes a new one (`renew`) or revokes it."""
    if request.method == "POST":
        if request.POST.get("action") == "revoke":
            services.revoke_calendar_feed(user=request.user)
            messages.success(request, _("Đã thu hồi địa chỉ lịch: địa chỉ cũ không còn dùng được."))
        else:
            services.renew_calendar_feed(user=request.user)
            messages.success(request, _("Đã tạo địa chỉ lịch mới."))
        return redirect("steering:calendar")
    feed = CalendarFeed.objects.filter(user=request.user).first()
    url = f"{settings.SITE_URL}{reverse('steering:calendar_feed', args=[feed.token])}" if feed else ""
    return render(request, "steering/calendar.html", {"feed": feed, "feed_url": url})


def calendar_feed(request, token):
    """The feed itself: no sign-in (calendar programs cannot), the secret token is the key; 404 once revoked."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), token=token, user__is_active=True)
    return HttpResponse(deadlines_calendar(feed.user), content_type="text/calendar; charset=utf-8")


# -- a deadline of an intake document becomes a task ------------------------------------------------------


@login_required
@require_http_methods(["POST"])
def task_from_deadline(request, mention_id):
    """One click on the document page: the deadline becomes a task of the chosen plan, linked to the document."""
    documents = scoped(Document.objects.all(), request.user, "view")
    mention = get_object_or_404(Mention.objects.select_related("document__unit"), pk=mention_id,
                                kind=MentionKind.DEADLINE, document__in=documents)
    plan_id = request.POST.get("plan", "")
    plan = get_object_or_404(Plan.objects.for_user(request.user), pk=int(plan_id) if plan_id.isdecimal() else 0)
    try:
        task = services.task_from_deadline(user=request.user, mention=mention, plan=plan)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(mention.document.get_absolute_url())
    messages.success(request, _("Đã tạo nhiệm vụ từ thời hạn trong văn bản."))
    return redirect(task.get_absolute_url())


# -- inspections -----------------------------------------------------------------------------------------


class InspectionRoundView(ObjectView):
    def extra_context(self, obj):
        user = self.request.user
        visits = scoped(obj.visits.select_related("unit", "round"), user, "view")
        return {**super().extra_context(obj),
                "visits_table": InspectionVisitTable(visits, request=self.request, orderable=False),
                "open_findings": scoped(Finding.objects.filter(visit__round=obj), user).filter(OPEN_FINDING).count()}


class InspectionVisitView(ObjectView):
    def extra_context(self, obj):
        findings = obj.findings.select_related("task", "visit__round", "visit__unit")
        open_count = findings.filter(OPEN_FINDING).count()
        return {**super().extra_context(obj), "stage": visit_stage(obj, open_findings=open_count),
                "findings_table": FindingTable(findings, request=self.request, orderable=False, exclude=("visit",))}


class FindingView(ObjectView):
    def extra_context(self, obj):
        return {**super().extra_context(obj), "task_form": FindingTaskForm()}


register_model_pages(
    InspectionRound, "inspections",
    queryset=InspectionRound.objects.select_related("unit"),
    filterset=InspectionRoundFilterSet, table=InspectionRoundTable, form=InspectionRoundForm,
    save=lambda user, form: services.save_round(user=user, round_=form.save(commit=False)),
    views={"detail": InspectionRoundView}, serializer=InspectionRoundSerializer, ordering_fields=("start_on",),
    search_fields=("title", "reference"), search_weight=340,
)

register_model_pages(
    InspectionVisit, "visits",
    queryset=InspectionVisit.objects.select_related("unit", "round"),
    filterset=InspectionVisitFilterSet, table=InspectionVisitTable, form=InspectionVisitForm,
    save=lambda user, form: services.save_visit(user=user, visit=form.save(commit=False)),
    views={"detail": InspectionVisitView}, serializer=InspectionVisitSerializer, ordering_fields=("planned_on",),
)

register_model_pages(
    Finding, "findings",
    queryset=Finding.objects.select_related("visit__round__unit", "visit__unit", "task"),
    filterset=FindingFilterSet, table=FindingTable, form=FindingForm,
    save=lambda user, form: services.save_finding(user=user, finding=form.save(commit=False)),
    views={"detail": FindingView}, serializer=FindingSerializer,
    search_fields=("text", "recommendation"), search_weight=350,
    import_spec=FindingImport, export_table=export_table(
        FindingImport, unit="visit__round__unit__code", round="visit__round__title",
        start_on="visit__round__start_on", end_on="visit__round__end_on", reference="visit__round__reference",
        lead="visit__round__lead", team="visit__round__team", visited_unit="visit__unit__code",
        planned_on="visit__planned_on", visited_on="visit__visited_on", concluded_on="visit__concluded_on",
        conclusion="visit__conclusion"),
)


@login_required
@require_http_methods(["POST"])
def finding_task(request, pk):
    """The recommendation of a finding becomes a follow-up task of the visited unit, with the deadline given."""
    finding = get_object_or_404(Finding.objects.for_user(request.user, "change").select_related("visit__unit"), pk=pk)
    form = FindingTaskForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Cần ghi thời hạn khắc phục (ngày/tháng/năm)."))
        return redirect(finding.get_absolute_url())
    try:
        task = services.finding_to_task(user=request.user, finding=finding, deadline=form.cleaned_data["deadline"])
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect(finding.get_absolute_url())
    messages.success(request, _("Đã giao nhiệm vụ khắc phục."))
    return redirect(task.get_absolute_url())


@login_required
def inspection_rollup(request):
    """Unresolved findings per inspection round and per visited unit, inside the chosen unit (or the user's)."""
    root = _root(request)
    return render(request, "steering/inspection_rollup.html",
                  {"root": root, **selectors.open_findings_rollup(request.user, root)})


# -- coordination programmes ---------------------------------------------------------------------------


class ProgrammeView(ObjectView):
    def extra_context(self, obj):
        return {**super().extra_context(obj), **selectors.programme_progress(self.request.user, obj)}


register_model_pages(
    Programme, "programmes",
    queryset=Programme.objects.select_related("unit"),
    filterset=ProgrammeFilterSet, table=ProgrammeTable, form=ProgrammeForm,
    save=lambda user, form: services.save_programme(user=user, programme=form.save(commit=False)),
    views={"detail": ProgrammeView}, serializer=ProgrammeSerializer, ordering_fields=("start_year",),
    search_fields=("title", "reference"), search_weight=360,
)

register_model_pages(
    Obligation, "obligations",
    queryset=Obligation.objects.select_related("programme__unit"),
    filterset=ObligationFilterSet, table=ObligationTable, form=ObligationForm,
    save=lambda user, form: services.save_obligation(user=user, obligation=form.save(commit=False)),
    serializer=ObligationSerializer,
    import_spec=ObligationImport, export_table=export_table(
        ObligationImport, label=gettext_lazy("Trách nhiệm phối hợp"), unit="programme__unit__code",
        programme="programme__title",
        start_year="programme__start_year", end_year="programme__end_year", reference="programme__reference",
        parties="programme__parties", reviewed_on="programme__reviewed_on", review="programme__review"),
)

register_model_pages(
    ProgressReport, "progress",
    queryset=ProgressReport.objects.select_related("obligation__programme__unit"),
    filterset=ProgressReportFilterSet, table=ProgressReportTable, form=ProgressReportForm,
    save=lambda user, form: services.save_progress(user=user, report=form.save(commit=False)),
    serializer=ProgressReportSerializer, ordering_fields=("year",),
    import_spec=ProgressReportImport, export_table=export_table(
        ProgressReportImport, label=gettext_lazy("Kết quả hằng năm"), unit="obligation__programme__unit__code",
        programme="obligation__programme__title", start_year="obligation__programme__start_year",
        organisation="obligation__organisation", content="obligation__content"),
)
