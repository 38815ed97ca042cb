"""Forms of reports: generate (kind, period, unit), edit (header, signature, narrative)."""
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from phongtrao.core.forms import ScopedForm, ScopedModelForm
from phongtrao.core.reporting import REVIEW
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.widgets import RemoteSelect
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import ModelType

from . import services
from .document import CLOSING
from .models import Kind, Report

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
PART_HELP = _("Tháng 1–12, quý 1–4, nửa năm 1–2; bỏ qua với báo cáo năm.")


class PeriodForm(ScopedForm):
    """Kind and period of a report; the unit defaults to the user's own (empty: national, for national users)."""

    unit_action = "view"
    kind = forms.ChoiceField(label=_("Loại báo cáo"), choices=Kind.choices)
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100)
    part = forms.IntegerField(label=_("Kỳ"), min_value=1, max_value=12, required=False, help_text=PART_HELP)
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=AdminUnit.objects.exclude(level=Level.DISTRICT),
                                  required=False, widget=RemoteSelect(reverse_lazy("geo:unit_options")),
                                  help_text=_("Để trống: toàn quốc."))

    def __init__(self, *args, user, **kwargs):
        kwargs.setdefault("initial", {}).update({"year": timezone.localdate().year, "unit": user.unit_id,
                                                 "kind": Kind.HALF_YEAR, "part": 1})
        super().__init__(*args, user=user, **kwargs)
        self.fields["unit"].queryset = self.fields["unit"].queryset.select_related("parent")

    def clean(self):
        data = super().clean()
        if self.errors or data["kind"] in REVIEW:
            return data
        data["start"], data["end"] = services.period_bounds(data["kind"], data["year"], data.get("part") or 1)
        return data


class GenerateForm(PeriodForm):
    unit_action = "add"
    model_type = forms.ModelChoiceField(label=_("Mô hình (sơ kết, tổng kết)"), queryset=ModelType.objects.all(),
                                        required=False, widget=RemoteSelect(reverse_lazy("initiatives:type_options")))
    start = forms.DateField(label=_("Từ ngày (sơ kết, tổng kết)"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        if not self.errors and data["unit"] is None and not path_in_scope(self.user, None, self.unit_action):
            self.add_error("unit", _("Chọn đơn vị: báo cáo toàn quốc dành cho cấp Bộ."))
        if self.errors or data["kind"] not in REVIEW:
            return data
        if data.get("model_type") is None:
            raise ValidationError({"model_type": _("Báo cáo sơ kết, tổng kết cần chọn một mô hình.")})
        if data.get("start") is None:
            raise ValidationError({"start": _("Nhập ngày bắt đầu giai đoạn sơ kết, tổng kết.")})
        data["end"] = min(timezone.localdate(), services.period_bounds(Kind.YEARLY, data["year"])[1])
        if data["start"] > data["end"]:
            raise ValidationError({"start": _("Ngày bắt đầu phải trước cuối năm đã chọn.")})
        return data


class ReportForm(ScopedModelForm):
    """The header, signature and, one box per part, the narrative of a draft."""

    class Meta:
        model = Report
        fields = ("summary", "superior_body", "issuing_body", "symbol", "place", "sign_form", "sign_authority",
                  "signer_position", "signer_name", "recipients")
        widgets = {"recipients": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.parts = [("intro", _("Mở đầu"))]
        self.parts += [(s["key"], s["title"]) for s in self.instance.content.get("sections", [])]
        self.parts += [(key, title) for key, title in CLOSING]
        for key, title in self.parts:
            self.fields[f"narrative_{key}"] = forms.CharField(
                label=title, required=False, initial=self.instance.narrative.get(key, ""),
                widget=forms.Textarea(attrs={"rows": 5, "class": "form-control"}), max_length=20000)
        self.order_fields([f"narrative_{key}" for key, _title in self.parts])  # the text first, then the header

    def save(self, commit=True):
        self.instance.narrative = {key: self.cleaned_data[f"narrative_{key}"] for key, _title in self.parts}
        return super().save(commit)
