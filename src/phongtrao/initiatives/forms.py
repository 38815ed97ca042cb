"""Forms of the model registry."""
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from django.urls import reverse_lazy
from django.utils.text import format_lazy

from phongtrao.core.forms import BootstrapMixin, ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import LAT_RANGE, LON_RANGE, Evaluation, ModelType, Site, Status
from .services import TRANSITIONS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
TYPES = RemoteSelect(reverse_lazy("initiatives:type_options"))
SITES = RemoteSelect(reverse_lazy("initiatives:site_options"))
UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))
COMMUNES = RemoteSelect(format_lazy("{}?level=commune", reverse_lazy("geo:unit_options")))


class ModelTypeForm(ScopedModelForm):
    class Meta:
        model = ModelType
        fields = ("name", "aliases", "description", "category", "field", "sponsors", "origin_unit", "originated_on",
                  "recognition_ref", "exemplary", "exemplary_ref")
        widgets = {"originated_on": DATE, "aliases": forms.Textarea(attrs={"rows": 2}),
                   "description": forms.Textarea(attrs={"rows": 4}), "origin_unit": UNITS}


class CoordinateField(forms.FloatField):
    """A decimal degree written with a comma or a point (10,7769 or 10.7769)."""

    def to_python(self, value):
        return super().to_python(value.replace(",", ".").strip() if isinstance(value, str) else value)


class CoordinatePicker(forms.NumberInput):
    """The longitude input followed by a small map: a click there fills in both inputs, typing moves the pin."""

    template_name = "initiatives/widgets/coordinate_picker.html"

    def __init__(self, attrs=None):
        super().__init__(attrs={"step": "any", **(attrs or {})})

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["bounds"] = {"lat": LAT_RANGE, "lon": LON_RANGE}
        context["map_tile_url"] = settings.MAP_TILE_URL
        return context


class SiteForm(ScopedModelForm):
    lat = CoordinateField(label=_("Vĩ độ"), required=False, widget=forms.TextInput(attrs={"inputmode": "decimal"}))
    lon = CoordinateField(label=_("Kinh độ"), required=False, widget=CoordinatePicker(attrs={"inputmode": "decimal"}),
                          help_text=_("Bấm vào bản đồ để lấy tọa độ, hoặc gõ số (ví dụ 10,7769 và 106,7009)."))

    class Meta:
        model = Site
        fields = ("model_type", "name", "commune", "address", "village", "lat", "lon", "started_on", "members_count",
                  "leading_org", "replicated_from", "notes")
        widgets = {"started_on": DATE, "notes": forms.Textarea(attrs={"rows": 3}), "model_type": TYPES,
                   "commune": COMMUNES, "replicated_from": SITES}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["commune"].queryset = self.fields["commune"].queryset.filter(level="commune").select_related("parent")
        self.fields["replicated_from"].queryset = self.fields["replicated_from"].queryset.select_related("commune")
        if self.instance.pk:
            self.fields["replicated_from"].queryset = self.fields["replicated_from"].queryset.exclude(pk=self.instance.pk)


class StatusChangeForm(BootstrapMixin, forms.Form):
    to_status = forms.ChoiceField(label=_("Trạng thái mới"), choices=Status.choices)
    changed_on = forms.DateField(label=_("Ngày"), widget=DATE)
    decision_ref = forms.CharField(label=_("Văn bản"), max_length=120, required=False)
    note = forms.CharField(label=_("Ghi chú"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def __init__(self, *args, site=None, **kwargs):
        super().__init__(*args, **kwargs)
        if site is not None:
            allowed = TRANSITIONS[Status(site.status)]
            self.fields["to_status"].choices = [(v, label) for v, label in Status.choices if v in allowed]
        self.style_fields()


class EvaluationForm(ScopedModelForm):
    class Meta:
        model = Evaluation
        fields = ("site", "model_type", "unit", "period", "period_start", "period_end", "rating", "incidents_before",
                  "incidents_after", "disputes_mediated", "tips_given", "members", "narrative", "attachment")
        widgets = {"period_start": DATE, "period_end": DATE, "narrative": forms.Textarea(attrs={"rows": 4}),
                   "site": SITES, "model_type": TYPES, "unit": UNITS}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["model_type"].required = False
        self.fields["site"].queryset = self.fields["site"].queryset.select_related("commune")
        self.fields["unit"].help_text = _("Để trống khi đánh giá một điểm mô hình: lấy xã của điểm.")

    def clean(self):
        data = super().clean()
        if not data.get("site") and not data.get("model_type"):
            self.add_error("model_type", _("Chọn điểm mô hình hoặc mô hình được đánh giá."))
        if data.get("site"):  # in cleaned_data: the model form copies it onto the instance after clean()
            data["model_type"], data["unit"] = data["site"].model_type, data["site"].commune
        return data
