"""Forms of the steering work."""
from django import forms
from django.urls import reverse_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import Committee, CommitteeMember

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))


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
