"""Pages of reports: declared list/detail/edit/history, generate, issue, reissue, download, figures, status."""
from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.jobs import start_job
from phongtrao.core.pages import register_model_pages
from phongtrao.core.registry import registry
from phongtrao.core.scoping import path_in_scope, scoped, user_can
from phongtrao.core.views import ObjectActionView, ObjectView
from phongtrao.steering.models import Task

from . import jobs, services
from .api import ReportViewSet
from .document import build_document, cell_text
from .filters import ReportFilterSet
from .forms import GenerateForm, PeriodForm, ReportForm
from .models import FigureRow, Report, State
from .selectors import reporting_status
from .tables import ReportTable

CONTENT_TYPES = {"docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 "pdf": "application/pdf"}
FIGURE_ROWS = 1000


def display_parts(report):
    """The document's parts for the page: the tables' figures link to the rows they count."""
    doc = build_document(report)
    sections = {s["key"]: s for s in report.content.get("sections", [])}
    for part in doc.parts:
        tables = [t for t in sections.get(part.key, {}).get("tables", []) if t["rows"] or t["total"]]
        for table, data in zip(part.tables, tables):
            table.links = [[_figure_url(report, c) for c in ["", *row]] for row in data["rows"]]
            table.total_links = [_figure_url(report, c) for c in ["", *(data["total"] or [])]]
    return doc


def _figure_url(report, cell):
    if not isinstance(cell, dict) or not cell["value"]:
        return None
    return reverse("reports:report_figure", args=[report.pk, cell["ref"]])


class ReportView(ObjectView):
    def extra_context(self, obj):
        context = super().extra_context(obj)
        return {**context, "doc": display_parts(obj), "can_change": context["can_change"] and not obj.is_issued,
                "can_delete": context["can_delete"] and not obj.is_issued,
                "can_issue": context["can_change"] and not obj.is_issued,
                "can_reissue": obj.is_issued and user_can(self.request.user, "add")
                and not Report.objects.filter(supersedes=obj).exists(),
                "superseded_by": Report.objects.for_user(self.request.user).filter(supersedes=obj).first(),
                **deadline_context(self.request.user, services.report_deadline(obj), obj.kind)}


class GenerateView(ObjectView):
    """The add page: kind, period and unit → a draft assembled from the data."""

    queryset = Report.objects.all()
    action = "add"
    template_name = "reports/generate.html"

    def get(self, request):
        return render(request, self.template_name, {**self.base_context(), "form": GenerateForm(user=request.user)})

    def post(self, request):
        form = GenerateForm(request.POST, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            try:
                report = services.generate_report(user=request.user, kind=data["kind"], unit=data["unit"],
                                                  start=data.get("start"), end=data["end"],
                                                  model_type=data.get("model_type"))
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Đã tổng hợp dự thảo báo cáo; hãy xem lại phần lời rồi ban hành."))
                return redirect(report)
        return render(request, self.template_name, {**self.base_context(), "form": form}, status=400)


register_model_pages(
    Report, "reports",
    queryset=Report.objects.select_related("unit").defer("content", "narrative"),  # a national content is megabytes
    detail_queryset=Report.objects.select_related("unit", "model_type", "issued_by", "supersedes"),
    filterset=ReportFilterSet, table=ReportTable, form=ReportForm,
    save=lambda user, form: services.save_report(user=user, report=form.save(commit=False)),
    delete=lambda user, obj: services.delete_report(user=user, report=obj),
    views={"detail": ReportView, "add": GenerateView}, viewset=ReportViewSet,
    search_fields=("summary",), search_weight=400,
)


class ReportIssueView(ObjectActionView):
    """Issue now, or, when the figures count many rows (`PHONGTRAO_REPORT_ISSUE_JOB_ROWS`), as a job."""

    queryset = Report.objects.all()
    form_class = forms.Form
    service = staticmethod(services.issue_report)
    object_arg = "report"
    success_message = gettext_lazy("Đã ban hành báo cáo số %(obj)s.")

    def message_values(self, obj, result):
        return {"obj": result.reference}

    def post(self, request, pk, **kwargs):
        report = self.get_object(pk, self.action)
        if report.is_issued or services.counted_rows(report) <= settings.PHONGTRAO_REPORT_ISSUE_JOB_ROWS:
            return super().post(request, pk, **kwargs)
        job = start_job(kind=jobs.KIND, label=_("Ban hành: %(obj)s") % {"obj": report}, user=request.user,
                        unit=report.unit, report=report.pk)
        return redirect("core:job", job.pk)


class ReportReissueView(ObjectActionView):
    queryset = Report.objects.all()
    form_class = forms.Form
    object_arg = "report"
    action = "add"
    service = staticmethod(services.reissue_report)
    success_message = gettext_lazy("Đã tạo phiên bản %(obj)s để ban hành lại.")

    def message_values(self, obj, result):
        return {"obj": result.revision}

    def success_url(self, obj, result):
        return result.get_absolute_url()


@login_required
def download(request, pk, fmt):
    """The report as DOCX or PDF: the files frozen at issue, a draft rendered now."""
    if fmt not in CONTENT_TYPES:
        raise Http404
    report = get_object_or_404(Report.objects.for_user(request.user).select_related("unit"), pk=pk)
    name = f"bao-cao-{report.number}.{fmt}" if report.is_issued else f"du-thao-bao-cao-{report.pk}.{fmt}"
    response = HttpResponse(services.report_file(report, fmt), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
def figure(request, pk, ref):
    """The rows behind one figure: as they stood at issue, or, in a draft, as they are (inside the user's scope)."""
    report = get_object_or_404(Report.objects.for_user(request.user), pk=pk)
    evidence = next((s["evidence"][ref] for s in report.content.get("sections", []) if ref in s["evidence"]), None)
    if evidence is None:
        raise Http404
    fields = next((s.row_fields[evidence["model"]] for s in registry.report_sections
                   if evidence["model"] in s.row_fields), ())
    model = apps.get_model(evidence["model"])
    ids = evidence["ids"][:FIGURE_ROWS]
    if report.is_issued:
        found = {r.object_id: r.data for r in FigureRow.objects.filter(report=report, model=evidence["model"],
                                                                        object_id__in=ids)}
    else:
        found = {row.pop("pk"): row for row in scoped(model.objects.filter(pk__in=ids), request.user)
                 .values("pk", *fields)}
    rows = [(pk_, _object_url(model, pk_), [_shown(model, f, found[pk_].get(f)) for f in fields])
            for pk_ in ids if pk_ in found]
    headers = [_field_label(model, f) for f in fields]
    return render(request, "reports/figure.html", {"object": report, "evidence": evidence, "rows": rows,
                                                   "headers": headers, "more": len(evidence["ids"]) - len(ids)})


def _object_url(model, pk):
    try:
        return reverse(f"{model._meta.app_label}:{model._meta.model_name}", args=[pk])
    except NoReverseMatch:
        return None


def _field_label(model, name):
    for part in name.split("__")[:-1]:
        model = model._meta.get_field(part).related_model
    return model._meta.get_field(name.split("__")[-1]).verbose_name


def _shown(model, name, value):
    """A stored value as the reader knows it: choices by their label, dates dd/mm/yyyy."""
    field = model._meta.get_field(name) if "__" not in name else None
    if field is not None and field.choices:
        return dict(field.flatchoices).get(value, value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        return f"{value[8:]}/{value[5:7]}/{value[:4]}"
    return cell_text(value)


def deadline_context(user, deadline, kind) -> dict:
    """The deadline, the link to the steering task that set it (when the user may see it), the default's days."""
    task = deadline.task if deadline else None
    visible = task is not None and scoped(Task.objects.filter(pk=task.pk), user, "view").exists()
    return {"deadline": deadline, "deadline_url": task.get_absolute_url() if visible else "",
            "default_days": settings.PHONGTRAO_REPORT_DEADLINE_DAYS.get(kind)}


@login_required
def status(request):
    """Reporting status one level below a unit for a kind and period: issued, draft, missing, with the deadline."""
    form = PeriodForm(request.GET or None, user=request.user)
    context = {"form": form}
    if form.is_bound and form.is_valid() and "start" in form.cleaned_data:
        data = form.cleaned_data
        if data["unit"] is None and not path_in_scope(request.user, None):
            data["unit"] = request.user.unit  # the nation is beyond a local user: their own unit
        rows = reporting_status(request.user, data["unit"], data["kind"], data["start"], data["end"])
        counts = {state: sum(1 for r in rows if r.state == state) for state in (State.ISSUED, State.DRAFT, "missing")}
        context |= {"rows": rows, "counts": counts, "unit": data["unit"],
                    "period": services.period_label(data["kind"], data["start"], data["end"]),
                    **deadline_context(request.user, services.deadline(data["kind"], data["end"],
                                                                       requester=data["unit"]), data["kind"])}
    elif form.is_bound and form.is_valid():
        form.add_error("kind", _("Bảng tình hình báo cáo chỉ dành cho báo cáo theo kỳ."))
    return render(request, "reports/status.html", context, status=400 if form.is_bound and form.errors else 200)
