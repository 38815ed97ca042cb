"""Forms of commendations and Festival Day."""
from django import forms
from django.urls import reverse_lazy
from django.utils.text import format_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import Commendation, FestivalPlan, FestivalSite

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))
COMMUNES = RemoteSelect(format_lazy("{}?level=commune", reverse_lazy("geo:unit_options")))
TYPES = RemoteSelect(reverse_lazy("initiatives:type_options"))
SITES = RemoteSelect(reverse_lazy("initiatives:site_options"))


class CommendationForm(ScopedModelForm):
    class Meta:
        model = Commendation
        fields = ("unit", "year", "recipient_kind", "recipient", "position", "birth_year", "phone", "model_type",
                  "site", "achievements", "proposed_form", "nominated_on", "appraisal", "appraised_on",
                  "appraisal_note", "decision_ref", "decided_on", "level", "form", "ceremony_on", "ceremony_place")
        widgets = {"unit": UNITS, "model_type": TYPES, "site": SITES, "nominated_on": DATE, "appraised_on": DATE,
                   "decided_on": DATE, "ceremony_on": DATE, "achievements": forms.Textarea(attrs={"rows": 3}),
                   "appraisal_note": forms.Textarea(attrs={"rows": 2})}


class FestivalPlanForm(ScopedModelForm):
    class Meta:
        model = FestivalPlan
        fields = ("year", "title", "unit", "sites_wanted", "max_per_province", "min_priority_share", "rest_years",
                  *FestivalPlan.WEIGHT_FIELDS.values(), "ceremony_programme", "festivity_programme", "leaders")
        widgets = {name: forms.Textarea(attrs={"rows": 4})
                   for name in ("ceremony_programme", "festivity_programme", "leaders")}


class FestivalSiteForm(ScopedModelForm):
    class Meta:
        model = FestivalSite
        fields = ("plan", "commune", "chosen", "pinned", "excluded", "showcased", "attendance", "awards_given",
                  "result_note")
        widgets = {"commune": COMMUNES, "result_note": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = self.fields["commune"].queryset.filter(level="commune")
