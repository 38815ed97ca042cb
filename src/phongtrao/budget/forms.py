"""Forms of the budget."""
from django import forms
from django.urls import reverse_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import Allocation


class AllocationForm(ScopedModelForm):
    class Meta:
        model = Allocation
        fields = ("unit", "year", "item", "allocated", "spent", "source", "note")
        widgets = {"unit": RemoteSelect(reverse_lazy("geo:unit_options")), "note": forms.Textarea(attrs={"rows": 3})}
