"""The change log as people read it: a verb, field labels, values by their names, dates and local times.

django-auditlog keeps raw changes ({"status": ["active", "exemplary"], "site": ["None", "837"]}); `readable()` turns a
page of entries into rows ("đã chuyển trạng thái" · Trạng thái: Đang hoạt động → Điển hình tiên tiến), looking up
related objects once per model for the whole page.
"""
from dataclasses import dataclass, field as dataclass_field
from datetime import date, datetime, timezone as dt_timezone

from auditlog.models import LogEntry
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import formats, timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .scoping import scoped

OUT_OF_SCOPE = gettext_lazy("(ngoài phạm vi của bạn)")

HIDDEN_FIELDS = frozenset({"id", "created", "last_updated", "version"})
"""Bookkeeping the reader does not need (the entry has its own time)."""
STATUS_FIELDS = frozenset({"status", "state"})
VERBS = {
    LogEntry.Action.CREATE: gettext_lazy("đã tạo"),
    LogEntry.Action.UPDATE: gettext_lazy("đã sửa"),
    LogEntry.Action.DELETE: gettext_lazy("đã xóa"),
    LogEntry.Action.ACCESS: gettext_lazy("đã xem"),
}
EXTRA_LABELS = {"merged_from": gettext_lazy("Gộp từ")}
"""Labels of keys that services log without a model field."""
EMPTY = "—"


@dataclass
class Change:
    label: str
    old: str
    new: str


@dataclass
class Row:
    entry: LogEntry
    verb: str
    actor: str
    object_label: str
    changes: list[Change] = dataclass_field(default_factory=list)


def readable(user, entries) -> list[Row]:
    """Rows for `entries` (with `actor` and `content_type` selected), as `user` may read them: a related object
    outside the user's jurisdiction is not named."""
    entries = list(entries)
    names = _related_names(user, entries)
    return [_row(entry, names) for entry in entries]


def _fields(entry):
    model = entry.content_type.model_class() if entry.content_type_id else None
    for name, values in entry.changes_dict.items():
        if name in HIDDEN_FIELDS:
            continue
        try:
            model_field = model._meta.get_field(name) if model else None
        except FieldDoesNotExist:
            model_field = None
        if model_field is not None and model_field.auto_created and not model_field.concrete:
            continue  # a reverse relation ("mentions" of a candidate): logged as noise
        yield name, model_field, values


def _related_names(user, entries) -> dict[tuple[type, str], str]:
    """(related model, pk) → the object's name, for every foreign key value in the entries that lies inside the
    user's scope (else OUT_OF_SCOPE): one query per model."""
    wanted: dict[type, set[str]] = {}
    for entry in entries:
        for _name, model_field, values in _fields(entry):
            if isinstance(model_field, models.ForeignKey) and isinstance(values, list):
                wanted.setdefault(model_field.related_model, set()).update(v for v in values if v not in (None, "None"))
    names = {}
    for model, pks in wanted.items():
        valid = [pk for pk in pks if str(pk).isdigit()]
        names |= {(model, str(pk)): str(OUT_OF_SCOPE) for pk in valid}
        for obj in scoped(model._default_manager.filter(pk__in=valid), user, "view"):
            names[(model, str(obj.pk))] = _person(obj) if hasattr(obj, "get_full_name") else str(obj)
    return names


def _person(user) -> str:
    return user.get_full_name() or user.get_username()


def _value(model_field, value, names) -> str:
    if value in (None, "None", ""):
        return EMPTY
    if model_field is None:
        return str(value)
    if isinstance(model_field, models.ForeignKey):
        return names.get((model_field.related_model, str(value)), f"#{value}")
    if model_field.choices:
        return str(dict(model_field.flatchoices).get(value, value))
    if isinstance(model_field, models.BooleanField):
        return _("Có") if value in (True, "True") else _("Không")
    if isinstance(model_field, models.DateTimeField):
        try:  # stored naive, in UTC
            moment = datetime.fromisoformat(str(value)).replace(tzinfo=dt_timezone.utc)
        except ValueError:
            return str(value)
        return formats.date_format(timezone.localtime(moment), "d/m/Y H:i")
    if isinstance(model_field, models.DateField):
        try:
            return formats.date_format(date.fromisoformat(str(value)), "d/m/Y")
        except ValueError:
            return str(value)
    if isinstance(model_field, (models.IntegerField, models.FloatField)):
        return formats.number_format(int(value), force_grouping=True) if str(value).lstrip("-").isdigit() else str(value)
    return str(value)


def _changes(entry, names) -> list[Change]:
    changes = []
    for name, model_field, values in _fields(entry):
        label = capfirst(str(model_field.verbose_name)) if model_field else str(EXTRA_LABELS.get(name, name))
        if isinstance(values, dict) and values.get("type") == "m2m":  # {"operation": "add"|"delete", "objects": [...]}
            listed = ", ".join(map(str, values.get("objects") or [])) or EMPTY
            old, new = (listed, EMPTY) if values.get("operation") == "delete" else (EMPTY, listed)
        else:
            old, new = (_value(model_field, v, names) for v in values)
        if entry.action == LogEntry.Action.CREATE and new == EMPTY:
            continue  # a new object's empty fields say nothing
        changes.append(Change(label, old, new))
    return changes


def as_text(row: Row) -> str:
    """The changes on one line (exports)."""
    return "; ".join(f"{c.label}: {c.old} → {c.new}" for c in row.changes)


def _row(entry, names) -> Row:
    changed = set(entry.changes_dict) - HIDDEN_FIELDS
    verb = VERBS.get(entry.action, "")
    if entry.action == LogEntry.Action.UPDATE and changed and changed <= STATUS_FIELDS:
        verb = _("đã chuyển trạng thái")
    elif "merged_from" in changed:
        verb = _("đã gộp")
    model = entry.content_type.model_class() if entry.content_type_id else None
    kind = capfirst(str(model._meta.verbose_name)) if model else ""
    name = entry.object_repr
    if name.endswith(f"object ({entry.object_pk})"):  # logged before the model had a name
        name = f"#{entry.object_pk}"
    actor = _person(entry.actor) if entry.actor_id else _("hệ thống")
    return Row(entry, str(verb), actor, f"{kind}: {name}" if kind else name, _changes(entry, names))
