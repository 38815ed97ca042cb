"""The place lookup form."""
from django import forms
from django.utils.translation import gettext_lazy as _

from phongtrao.core.forms import BootstrapMixin


class LookupForm(BootstrapMixin, forms.Form):
    q = forms.CharField(label=_("Địa danh"), max_length=200, help_text=_("Ví dụ: “P. Bến Thành”, “tinh Binh Thuan”, “Quận 11”"))
    parent = forms.CharField(label=_("Thuộc (không bắt buộc)"), max_length=200, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()
