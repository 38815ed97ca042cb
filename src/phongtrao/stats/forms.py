"""Forms of the statistics pages: a month's grid of values, the reasons of the approval steps, the entry picker."""
from django import forms
from django.utils.translation import gettext_lazy as _

from phongtrao.core.forms import BootstrapMixin, ScopedForm
from phongtrao.geo.models import AdminUnit, Level

from .filters import MonthField


class ValuesForm(BootstrapMixin, forms.Form):
    """One field per indicator (`value_<id>`); empty leaves the figure out."""

    def __init__(self, *args, indicators, initial_values=None, disabled=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = list(indicators)
        for indicator in self.indicators:
            self.fields[f"value_{indicator.pk}"] = forms.FloatField(
                label=indicator.name, required=False, min_value=0, disabled=disabled,
                initial=(initial_values or {}).get(indicator.pk), help_text=indicator.unit_label,
                error_messages={"invalid": _("Nhập một số, ví dụ 12 hoặc 3,5."),
                                "min_value": _("Số liệu không được âm.")},
                localize=True, widget=forms.TextInput(attrs={"inputmode": "decimal", "class": "form-control text-end"}))
        self.style_fields()

    def values(self) -> dict:
        return {indicator.pk: self.cleaned_data.get(f"value_{indicator.pk}") for indicator in self.indicators}


class ReasonForm(forms.Form):
    reason = forms.CharField(label=_("Lý do"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class EntryForm(ScopedForm):
    """Which commune and month to open for entry."""

    commune = forms.ModelChoiceField(label=_("Xã, phường"), queryset=AdminUnit.objects.filter(level=Level.COMMUNE))
    month = MonthField(label=_("Tháng"), help_text=_("mm/yyyy"))
