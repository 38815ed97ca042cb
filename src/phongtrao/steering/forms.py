"""Forms of the steering work."""
from django import forms
from django.urls import reverse_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect, RemoteSelectMultiple

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan, Programme,
                     ProgressReport, Task)

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))
TYPES = RemoteSelect(reverse_lazy("initiatives:type_options"))
EVIDENCE_MAX_BYTES = 20 * 2**20


class CommitteeForm(ScopedModelForm):
    class Meta:
        model = Committee
        fields = ("unit", "name", "decision_ref", "decided_on", "notes")
        widgets = {"unit": UNITS, "decided_on": DATE, "notes": forms.Textarea(attrs={"rows": 3})}


class CommitteeMemberForm(ScopedModelForm):
    class Meta:
        model = CommitteeMember
        fields = ("committee", "full_name", "role", "position", "organisation")
        widgets = {"committee": RemoteSelect(reverse_lazy("steering:committee_options"))}


class PlanForm(ScopedModelForm):
    class Meta:
        model = Plan
        fields = ("unit", "symbol", "title", "issued_on", "notes")
        widgets = {"unit": UNITS, "issued_on": DATE, "notes": forms.Textarea(attrs={"rows": 3})}


class TaskForm(ScopedModelForm):
    class Meta:
        model = Task
        fields = ("plan", "title", "area", "unit", "co_units", "coordinators", "deadline", "progress", "completed_on",
                  "is_key", "model_type", "evidence", "source_document", "notes", "report_kind", "report_period_end")
        widgets = {"plan": RemoteSelect(reverse_lazy("steering:plan_options")), "unit": UNITS, "deadline": DATE,
                   "model_type": TYPES, "co_units": RemoteSelectMultiple(reverse_lazy("geo:unit_options")),
                   "report_period_end": DATE,
                   "completed_on": DATE, "title": forms.Textarea(attrs={"rows": 2}),
                   "source_document": forms.HiddenInput, "notes": forms.Textarea(attrs={"rows": 3})}

    def clean_evidence(self):
        evidence = self.cleaned_data.get("evidence")
        limit = EVIDENCE_MAX_BYTES
        if evidence and getattr(evidence, "size", 0) > limit:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa %(limit)s).") % {"limit": filesizeformat(limit)})
        return evidence


class InspectionRoundForm(ScopedModelForm):
    class Meta:
        model = InspectionRound
        fields = ("unit", "title", "reference", "lead", "team", "start_on", "end_on")
        widgets = {"unit": UNITS, "start_on": DATE, "end_on": DATE, "team": forms.Textarea(attrs={"rows": 3})}


class InspectionVisitForm(ScopedModelForm):
    class Meta:
        model = InspectionVisit
        fields = ("round", "unit", "planned_on", "self_reported_on", "self_report", "visited_on", "record",
                  "concluded_on", "conclusion")
        widgets = {"unit": UNITS, "planned_on": DATE, "self_reported_on": DATE, "visited_on": DATE,
                   "concluded_on": DATE, **{f: forms.Textarea(attrs={"rows": 3})
                                            for f in ("self_report", "record", "conclusion")}}


class FindingForm(ScopedModelForm):
    class Meta:
        model = Finding
        fields = ("visit", "text", "recommendation")
        widgets = {"text": forms.Textarea(attrs={"rows": 3}), "recommendation": forms.Textarea(attrs={"rows": 3})}


class FindingTaskForm(forms.Form):
    deadline = forms.DateField(label=_("Thời hạn khắc phục"), widget=DATE)


class ProgrammeForm(ScopedModelForm):
    class Meta:
        model = Programme
        fields = ("unit", "reference", "title", "parties", "start_year", "end_year", "renews", "reviewed_on", "review")
        widgets = {"unit": UNITS, "reviewed_on": DATE, "parties": forms.Textarea(attrs={"rows": 3}),
                   "review": forms.Textarea(attrs={"rows": 4})}


class ObligationForm(ScopedModelForm):
    class Meta:
        model = Obligation
        fields = ("programme", "organisation", "content")
        widgets = {"content": forms.Textarea(attrs={"rows": 3})}


class ProgressReportForm(ScopedModelForm):
    class Meta:
        model = ProgressReport
        fields = ("obligation", "year", "progress", "result")
        widgets = {"result": forms.Textarea(attrs={"rows": 3})}
