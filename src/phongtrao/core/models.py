"""Base model classes shared by every app: timestamps, audit trail, jurisdiction scoping."""
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .scoping import ALL, model_action, unit_paths_for, units_q


class BaseModel(models.Model):
    """Timestamps; subclasses are registered with the audit log in their AppConfig."""

    created = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    last_updated = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    class Meta:
        abstract = True


class ScopedQuerySet(models.QuerySet):
    def for_user(self, user, action: str = "view"):
        """Rows inside the units where `user` holds a role granting `action`."""
        paths = unit_paths_for(user, model_action(self.model, action))
        if paths and action in self.model.unscoped_actions:
            return self
        if paths == ALL:
            return self
        if not paths:
            return self.none()
        return self.filter(units_q(self.model.scope_field, paths))


class ScopedMixin:
    """Knows its administrative unit, reached through `scope_field`.

    `scope_field` names a (possibly chained) foreign key to the unit model (`settings.PHONGTRAO_UNIT_MODEL`), e.g. `"unit"`
    or `"site__commune"`. A row whose unit is empty belongs to the national level.
    Give the model a manager built on `ScopedQuerySet`.
    """

    scope_field = "unit"
    unscoped_actions: frozenset[str] = frozenset()
    """Actions allowed on every row to anyone whose role grants them (e.g. viewing reference types)."""

    @property
    def scope_unit(self):
        obj = self
        for part in self.scope_field.split("__"):
            obj = getattr(obj, part, None)
            if obj is None:
                return None
        return obj

    @property
    def scope_path(self) -> str | None:
        unit = self.scope_unit
        return unit.path if unit else None

    def get_additional_data(self):
        """Stored with every audit entry so the global log can be filtered by unit."""
        return {"unit_path": self.scope_path}


class EditConflict(ValidationError):
    """The row changed since this copy was read: saving it would silently overwrite someone else's edit."""

    def __init__(self):
        super().__init__(_("Đối tượng đã được người khác sửa trong lúc bạn đang sửa. Hãy xem lại giá trị hiện tại; "
                           "bấm Lưu lần nữa để ghi đè bằng nội dung của bạn."), code="conflict")


class DeleteRefused(ValidationError):
    """The object cannot be deleted: other rows still point to it (the API answers 409)."""

    def __init__(self, obj, message=None):
        super().__init__(message or _("Không xóa được %(obj)s: còn dữ liệu khác liên kết tới.") % {"obj": obj},
                         code="conflict")


def delete_object(obj) -> None:
    """Delete `obj`, or raise DeleteRefused when a protected or constrained reference forbids it (nothing changes)."""
    try:
        with transaction.atomic():
            obj.delete()
    except (models.ProtectedError, models.RestrictedError, IntegrityError):
        raise DeleteRefused(obj) from None


class VersionedModel(models.Model):
    """Optimistic locking: a full save updates the row only if it still has the version this copy was read at.

    Forms send the version they showed (a hidden field) and the API takes `version`; a stale one raises EditConflict.
    Saves limited by `update_fields` without "version" (internal bookkeeping) skip the check.
    """

    version = models.PositiveIntegerField(_("phiên bản"), default=1, editable=False)

    class Meta:
        abstract = True

    def _do_update(self, base_qs, using, pk_val, values, update_fields, forced_update):
        if not any(field.attname == "version" for field, _model, _value in values):
            return super()._do_update(base_qs, using, pk_val, values, update_fields, forced_update)
        expected = self.version
        values = [(f, m, models.F("version") + 1 if f.attname == "version" else v) for f, m, v in values]
        updated = super()._do_update(base_qs.filter(version=expected), using, pk_val, values, update_fields,
                                     forced_update)
        if updated:
            self.version = expected + 1
        elif base_qs.filter(pk=pk_val).exists():
            raise EditConflict()
        return updated


class ScopedModel(ScopedMixin, VersionedModel, BaseModel):
    """A scoped record with timestamps, a version for optimistic locking and the scoped manager."""

    objects = ScopedQuerySet.as_manager()

    class Meta:
        abstract = True


class Job(ScopedModel):
    """A piece of long work (import, document batch, rebuild) run by the task queue, with its progress."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Đang chờ")
        RUNNING = "running", _("Đang chạy")
        DONE = "done", _("Hoàn thành")
        FAILED = "failed", _("Lỗi")

    kind = models.CharField(_("loại việc"), max_length=40)
    label = models.CharField(_("mô tả"), max_length=255)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.QUEUED)
    done = models.PositiveIntegerField(default=0)
    total = models.PositiveIntegerField(null=True, blank=True)
    message = models.CharField(max_length=255, blank=True)
    result = models.JSONField(default=dict, blank=True)
    unit = models.ForeignKey(settings.PHONGTRAO_UNIT_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="jobs")
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("tác vụ")
        verbose_name_plural = pgettext_lazy("plural", "tác vụ")
        ordering = ("-created",)

    def __str__(self):
        return self.label

    def get_absolute_url(self):
        return reverse("core:job", args=[self.pk])

    @property
    def percent(self) -> int | None:
        return int(100 * self.done / self.total) if self.total else None


class Notice(models.Model):
    """A message to one user (the navbar bell), e.g. a deadline reminder; `key` says what it is about, so the same
    notice is never made twice for a user (an app builds keys like "task:12:overdue:2026-06-15")."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notices")
    key = models.CharField(max_length=120)
    title = models.CharField(_("nội dung"), max_length=300)
    url = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(_("lúc"), auto_now_add=True)
    read_at = models.DateTimeField(_("đã đọc lúc"), null=True, blank=True)
    emailed = models.BooleanField(_("đã gửi thư"), default=False)
    batch = models.CharField(max_length=32, blank=True, editable=False, db_index=True)
    """The sending run that inserted the row: what that run e-mails, even beside a concurrent run."""

    class Meta:
        verbose_name = _("thông báo")
        verbose_name_plural = pgettext_lazy("plural", "thông báo")
        ordering = ("-created", "-pk")
        constraints = [models.UniqueConstraint(fields=("user", "key"), name="notice_once_per_user")]
        indexes = [models.Index(fields=("user", "read_at"), name="notice_unread")]

    def __str__(self):
        return self.title
