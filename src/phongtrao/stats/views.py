"""Pages of the monthly statistics: a month's grid and its approval, the lists, who has not reported."""
from datetime import date

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.pages import register_model_pages
from phongtrao.core.scoping import user_can
from phongtrao.core.views import ObjectView
from phongtrao.geo.models import AdminUnit

from . import selectors, services
from .api import IndicatorViewSet, MonthlyReportViewSet, ValueViewSet
from .filters import IndicatorFilterSet, MonthField, MonthlyReportFilterSet, ValueFilterSet
from .forms import EntryForm, ReasonForm, ValuesForm
from .importing import StatsImport
from .models import Indicator, MonthlyReport, ReportState, Value
from .tables import IndicatorTable, MonthlyReportTable, ValueTable, format_number, state_badge

register_model_pages(
    Indicator, "indicators", queryset=Indicator.objects.all(), filterset=IndicatorFilterSet, table=IndicatorTable,
    views={"delete": None, "history": None}, viewset=IndicatorViewSet, api_prefix="stats/indicators",
)


class MonthlyReportView(ObjectView):
    """The month's grid: open months are edited here; the approval steps are buttons under it."""

    STEPS = {
        "save": lambda user, report, form, reason: services.set_values(user, report, form.values()),
        "submit": lambda user, report, form, reason: services.submit(user, report),
        "approve": lambda user, report, form, reason: services.approve(user, report),
        "return": lambda user, report, form, reason: services.return_report(user, report, reason),
        "reopen": lambda user, report, form, reason: services.reopen(user, report, reason),
    }
    DONE = {"save": gettext_lazy("Đã lưu số liệu."), "submit": gettext_lazy("Đã gửi báo cáo lên cấp trên duyệt."),
            "approve": gettext_lazy("Đã duyệt báo cáo."), "return": gettext_lazy("Đã trả lại báo cáo cho xã."),
            "reopen": gettext_lazy("Đã mở lại báo cáo để sửa.")}

    def required_action(self, kwargs) -> str:
        return "change" if self.request.method == "POST" else "view"

    def form(self, report, data=None):
        values = dict(report.values.values_list("indicator_id", "value"))
        return ValuesForm(data, indicators=services.active_indicators(), initial_values=values,
                          disabled=report.locked)

    def extra_context(self, obj, form=None):
        user = self.request.user
        context = super().extra_context(obj)
        may_change = context["can_change"]
        estimated = set(obj.values.filter(estimated=True).values_list("indicator_id", flat=True))
        form = form or self.form(obj)
        return {**context, "form": form, "state_badge": state_badge(obj.state, obj.get_state_display()),
                "rows": [(indicator, form[f"value_{indicator.pk}"], indicator.pk in estimated)
                         for indicator in form.indicators],
                "can_edit": may_change and not obj.locked,
                "can_submit": may_change and obj.state in (ReportState.DRAFT, ReportState.RETURNED),
                "can_approve": may_change and services.can_approve(user, obj),
                "reason_form": ReasonForm()}

    def post(self, request, pk):
        report = self.get_object(pk, "change")
        step = request.POST.get("step", "save")
        if step not in self.STEPS:
            messages.error(request, _("Thao tác không hợp lệ."))
            return redirect(report)
        form = self.form(report, request.POST)
        reason_form = ReasonForm(request.POST)
        reason = reason_form.cleaned_data["reason"] if reason_form.is_valid() else ""
        if step == "save" and not form.is_valid():
            messages.error(request, _("Số liệu chưa hợp lệ: xem các ô báo đỏ."))
            context = {**self.base_context(report), "object": report, "tab": "detail",
                       **self.extra_context(report, form)}
            return render(request, self.get_template_name(), context, status=400)
        try:
            self.STEPS[step](request.user, report, form, reason)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", None) or [str(exc)]))
        else:
            messages.success(request, self.DONE[step])
        return redirect(report)


register_model_pages(
    MonthlyReport, "reports",
    queryset=MonthlyReport.objects.select_related("commune__parent").annotate(value_count=Count("values")),
    filterset=MonthlyReportFilterSet, table=MonthlyReportTable,
    views={"detail": MonthlyReportView, "delete": None}, viewset=MonthlyReportViewSet, api_prefix="stats/reports",
)

register_model_pages(
    Value, "values", queryset=Value.objects.select_related("report__commune", "indicator"),
    filterset=ValueFilterSet, table=ValueTable, views={"detail": None, "delete": None, "history": None},
    viewset=ValueViewSet, api_prefix="stats/values", import_spec=StatsImport,
)


def _month(request, default: date) -> tuple[date, str | None]:
    field = MonthField(required=False)
    try:
        return field.clean(request.GET.get("month")) or default, None
    except ValidationError as exc:
        return default, " ".join(exc.messages)


@login_required
def entry(request):
    """Open (or start) a commune's month for entry: the commune and month picker, then the month's grid."""
    if not user_can(request.user, "add"):
        raise PermissionDenied
    form = EntryForm(request.GET or None, user=request.user, initial={"month": services.last_month().strftime("%m/%Y")})
    if form.is_bound and form.is_valid():
        try:
            report = services.get_report(request.user, form.cleaned_data["commune"], form.cleaned_data["month"])
        except (ValidationError, PermissionDenied) as exc:
            form.add_error("month", " ".join(getattr(exc, "messages", None) or [str(exc)]))
        else:
            return redirect(report)
    return render(request, "stats/entry.html", {"form": form}, status=400 if form.is_bound and form.errors else 200)


@login_required
def reporting(request):
    """Who has (not) reported a month: communes of a province, or provinces of the nation."""
    month, error = _month(request, services.last_month())
    root = None
    if (unit_id := request.GET.get("unit", "")).isdigit():
        root = AdminUnit.objects.filter(pk=unit_id, is_current=True).first()
    status = selectors.reporting_status(request.user, month, root)
    labels = {**dict(ReportState.choices), "missing": _("Chưa báo cáo")}
    for row in status["rows"]:
        if "state" in row:
            row["badge"] = state_badge(row["state"], labels[row["state"]])
        else:
            row["rate_text"] = format_number(round(100 * row["rate"], 1))
    counts = [(state_badge(state, label), status["counts"].get(state, 0)) for state, label in labels.items()
              ] if "counts" in status else []
    return render(request, "stats/reporting.html", {"status": status, "month": month, "error": error,
                                                    "counts": counts}, status=400 if error else 200)
