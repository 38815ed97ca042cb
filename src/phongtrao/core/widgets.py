"""Form widgets: a searchable select that loads its options from the server (for thousands of choices)."""
from django import forms


class RemoteSelect(forms.Select):
    """Renders only the selected option; the browser (tom-select) fetches matches from `url?q=…` as JSON.

    The field's queryset still validates the submitted id, so scoping rules stay on the server.
    """

    empty_choices = [("", "---------")]

    def __init__(self, url: str, attrs=None):
        super().__init__(attrs={**(attrs or {}), "class": "js-remote-select", "data-url": url})

    def optgroups(self, name, value, attrs=None):
        selected = [v for v in value if v not in ("", None)]
        queryset = getattr(self.choices, "queryset", None)
        if queryset is None or not selected:
            self.choices = list(self.empty_choices)
        else:
            self.choices = [*self.empty_choices, *((obj.pk, str(obj)) for obj in queryset.filter(pk__in=selected))]
        return super().optgroups(name, value, attrs)


class RemoteSelectMultiple(RemoteSelect, forms.SelectMultiple):
    """`RemoteSelect` choosing several (tom-select keeps them as removable items)."""

    empty_choices = []
