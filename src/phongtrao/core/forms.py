"""Form bases: choices limited to the user's jurisdiction, Bootstrap styling, filter forms."""
from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import EditConflict
from .scoping import ALL, model_action, path_in_scope, scope_q, scoped, unit_paths_for


def unit_choices(queryset, user, action):
    """Administrative units inside the user's scope (current units only)."""
    paths = unit_paths_for(user, action)
    queryset = queryset.filter(is_current=True)
    if paths == ALL:
        return queryset
    return queryset.filter(scope_q("path", paths))


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


class ScopedModelForm(BootstrapMixin, forms.ModelForm):
    """A model form whose related-object choices and saved unit stay inside the user's scope."""

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        action = self.scope_action()
        for field in self.fields.values():
            queryset = getattr(field, "queryset", None)
            if queryset is None:
                continue
            if queryset.model._meta.label == settings.PHONGTRAO_UNIT_MODEL:
                field.queryset = unit_choices(queryset, user, action)
            else:
                field.queryset = scoped(queryset, user, "view")
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
