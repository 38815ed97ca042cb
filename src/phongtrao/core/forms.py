"""Form bases: choices limited to the user's jurisdiction, Bootstrap styling, filter forms."""
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import EditConflict
from .scoping import model_action, path_in_scope, scoped_choices

NOT_FOUND = _("Không tìm thấy: mã không tồn tại hoặc nằm ngoài phạm vi của bạn.")
"""The one answer for a submitted id that does not exist or lies outside the user's scope (reveals nothing)."""


class BootstrapMixin:
    """Adds Bootstrap classes to every widget."""

    def style_fields(self):
        for field in self.fields.values():
            widget = field.widget
            if isinstance(widget, (forms.CheckboxInput,)):
                widget.attrs.setdefault("class", "form-check-input")
            elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
                widget.attrs.setdefault("class", "form-select")
            else:
                widget.attrs.setdefault("class", "form-control")


class ScopedChoicesMixin:
    """Limits every related-object field to the user's scope (`core.scoping.scoped_choices`)."""

    def scope_choices(self, user, unit_action: str):
        for field in self.fields.values():
            if getattr(field, "queryset", None) is not None:
                field.queryset = scoped_choices(field.queryset, user, unit_action)
                field.error_messages["invalid_choice"] = NOT_FOUND


class ScopedForm(ScopedChoicesMixin, BootstrapMixin, forms.Form):
    """A plain form taking `user`: its related-object choices are the user's (units where they may `unit_action`)."""

    unit_action = "add"

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.scope_choices(user, self.unit_action)
        self.style_fields()


class ScopedModelForm(ScopedChoicesMixin, BootstrapMixin, forms.ModelForm):
    """A model form whose related-object choices and saved unit stay inside the user's scope."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.scope_choices(user, self.scope_action())
        if hasattr(self.instance, "version"):
            self.fields["version"] = forms.IntegerField(widget=forms.HiddenInput, required=False,
                                                        initial=self.instance.version)
        self.style_fields()

    def scope_action(self) -> str:
        return model_action(type(self.instance), "change" if self.instance.pk else "add")

    def _post_clean(self):
        super()._post_clean()
        self._check_version()
        action = self.scope_action()
        scope_path = getattr(self.instance, "scope_path", None)
        if hasattr(self.instance, "scope_field") and not path_in_scope(self.user, scope_path, action):
            self.add_error(None, _("Đơn vị nằm ngoài phạm vi quản lý của bạn."))

    def _check_version(self):
        """The row must still have the version the form showed; if not, say so and keep the user's input."""
        sent = self.cleaned_data.get("version") if "version" in self.fields else None
        if sent is None or not self.instance.pk:
            return
        current = type(self.instance)._base_manager.filter(pk=self.instance.pk).values_list("version", flat=True).first()
        if current is not None and current != sent:
            self.add_error(None, EditConflict())
            self.data = self.data.copy()  # re-shown with the current version: saving again overwrites knowingly
            self.data[self.add_prefix("version")] = current
        self.instance.version = sent
