"""Forms for managing user accounts."""
from django import forms
from django.contrib.auth import password_validation
from django.utils.translation import gettext_lazy as _

from django.urls import reverse_lazy
from django.utils.text import format_lazy

from phongtrao.core.forms import ScopedModelForm
from phongtrao.core.widgets import RemoteSelect

from .models import User


class UserForm(ScopedModelForm):
    password1 = forms.CharField(label=_("Mật khẩu"), widget=forms.PasswordInput, required=False, strip=False)
    password2 = forms.CharField(label=_("Nhập lại mật khẩu"), widget=forms.PasswordInput, required=False, strip=False)

    class Meta:
        model = User
        fields = ("username", "last_name", "first_name", "email", "position", "role", "unit", "is_active")
        widgets = {"unit": RemoteSelect(format_lazy("{}?action=manage", reverse_lazy("geo:unit_options")))}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].queryset = self.fields["unit"].queryset.select_related("parent")
        if not self.instance.pk:
            self.fields["password1"].required = self.fields["password2"].required = True
        else:
            self.fields["password1"].help_text = _("Để trống nếu không đổi mật khẩu.")

    def clean(self):
        data = super().clean()
        p1, p2 = data.get("password1"), data.get("password2")
        if p1 or p2:
            if p1 != p2:
                self.add_error("password2", _("Hai mật khẩu không khớp."))
            else:
                try:
                    password_validation.validate_password(p1, self.instance)
                except forms.ValidationError as exc:
                    self.add_error("password1", exc)
        return data
