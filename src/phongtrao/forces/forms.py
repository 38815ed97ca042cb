"""Forms of training courses and force counts."""
from django import forms
from django.urls import reverse_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import ForceStrength, TrainingCourse

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))


class TrainingCourseForm(ScopedModelForm):
    class Meta:
        model = TrainingCourse
        fields = ("unit", "topic", "starts_on", "ends_on", "attendees", "materials")
        widgets = {"unit": UNITS, "starts_on": DATE, "ends_on": DATE, "materials": forms.Textarea(attrs={"rows": 3})}


class ForceStrengthForm(ScopedModelForm):
    class Meta:
        model = ForceStrength
        fields = ("unit", "year", "teams", "members", "note")
        widgets = {"unit": UNITS, "note": forms.Textarea(attrs={"rows": 2})}
