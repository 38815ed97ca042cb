"""Forms of document intake: upload (files, zip or pasted text), document edit, corrections, review decisions."""
from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse_lazy
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from phongtrao.core.forms import BootstrapMixin, ScopedForm, ScopedModelForm
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.widgets import RemoteSelect
from phongtrao.geo.models import AdminUnit
from phongtrao.initiatives.models import ModelType, Site

from . import services
from .models import Document

UNITS = RemoteSelect(reverse_lazy("geo:unit_options"))
COMMUNES = RemoteSelect(format_lazy("{}?level=commune", reverse_lazy("geo:unit_options")))
TYPES = RemoteSelect(reverse_lazy("initiatives:type_options"))
SITES = RemoteSelect(reverse_lazy("initiatives:site_options"))


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if isinstance(data, (list, tuple)):
            return [super(MultipleFileField, self).clean(item, initial) for item in data]
        return [super().clean(data, initial)] if data else []


class UploadForm(ScopedForm):
    files = MultipleFileField(label=_("Tệp (txt, html, docx, pdf hoặc zip; chọn được nhiều tệp)"), required=False)
    title = forms.CharField(label=_("Tiêu đề văn bản dán vào"), max_length=500, required=False)
    text = forms.CharField(label=_("Hoặc dán nội dung"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    unit = forms.ModelChoiceField(label=_("Đơn vị"), queryset=AdminUnit.objects.all(), required=False, widget=UNITS,
                                  help_text=_("Để trống: cấp toàn quốc. Tài liệu nói về một địa bàn cụ thể hơn trong "
                                              "đơn vị này sẽ được xếp vào địa bàn đó."))

    def clean(self):
        data = super().clean()
        if self.errors:
            return data
        if not data.get("files") and not data.get("text", "").strip():
            raise ValidationError(_("Chọn tệp hoặc dán nội dung văn bản."))
        if len(data.get("files") or []) > services.max_files():
            raise ValidationError(_("Tối đa %(n)d tệp mỗi lần: hãy nén thành tệp ZIP hoặc chia nhỏ.") % {
                "n": services.max_files()})
        unit = data.get("unit")
        if not path_in_scope(self.user, unit.path if unit else None, "add"):
            self.add_error("unit", _("Đơn vị nằm ngoài phạm vi quản lý của bạn."))
        return data


class DocumentForm(ScopedModelForm):
    class Meta:
        model = Document
        fields = ("title", "published", "unit")
        widgets = {"published": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), "unit": UNITS}


class CorrectionForm(BootstrapMixin, forms.Form):
    value = forms.CharField(label=_("Giá trị đúng"), max_length=1000, required=False)
    is_rejected = forms.BooleanField(label=_("Trích xuất sai"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()


class AcceptForm(ScopedForm):
    commune = forms.ModelChoiceField(label=_("Xã, phường, đặc khu"), queryset=AdminUnit.objects.filter(level="commune"),
                                     required=False, widget=COMMUNES)
    name = forms.CharField(label=_("Tên mô hình"), max_length=200, required=False)
    model_type = forms.ModelChoiceField(label=_("Thuộc mô hình có sẵn (để trống: tạo mô hình mới)"),
                                        queryset=ModelType.objects.all(), required=False, widget=TYPES)
    site_name = forms.CharField(label=_("Tên điểm mô hình"), max_length=200, required=False)


class LinkForm(ScopedForm):
    model_type = forms.ModelChoiceField(label=_("Mô hình"), queryset=ModelType.objects.all(), required=False,
                                        widget=TYPES)
    site = forms.ModelChoiceField(label=_("hoặc điểm mô hình"), required=False, widget=SITES,
                                  queryset=Site.objects.select_related("commune", "model_type"))
    note = forms.CharField(label=_("Ghi chú"), max_length=500, required=False)


class RejectForm(BootstrapMixin, forms.Form):
    note = forms.CharField(label=_("Lý do"), max_length=500, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()
