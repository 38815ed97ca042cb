"""Users bound to an administrative unit with one role: who may see and do what, where."""
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE
from phongtrao.core.models import ScopedMixin, ScopedQuerySet
from phongtrao.core.scoping import ALL


class Role(models.TextChoices):
    ADMIN = "admin", _("Quản trị hệ thống")
    NATIONAL = "national", _("Cán bộ cấp Bộ")
    PROVINCE = "province", _("Cán bộ cấp tỉnh")
    COMMUNE = "commune", _("Cán bộ cấp xã")
    VIEWER = "viewer", _("Chỉ xem")


ROLE_ACTIONS = {
    Role.ADMIN: {"view", "add", "change", "delete", "manage"},
    Role.NATIONAL: {"view", "add", "change", "delete"},
    Role.PROVINCE: {"view", "add", "change", "delete"},
    Role.COMMUNE: {"view", "add", "change", "delete"},
    Role.VIEWER: {"view"},
}
"""Actions each role grants inside its unit's subtree; `manage` is user administration."""


class ScopedUserManager(UserManager.from_queryset(ScopedQuerySet)):
    pass


class User(ScopedMixin, AbstractUser):
    """A staff member of a steering committee or police unit, bound to one unit.

    Names the Vietnamese way: `last_name` holds the family and middle names ("Lê Ngọc"), `first_name` the given
    name ("Hải"); the full name puts the family first ("Lê Ngọc Hải"), lists sort by given name, then family.
    """

    last_name = models.CharField(_("họ và tên đệm"), max_length=150, blank=True, db_collation=VIETNAMESE)
    first_name = models.CharField(pgettext_lazy("person", "tên"), max_length=150, blank=True, db_collation=VIETNAMESE)

    role = models.CharField(_("vai trò"), max_length=10, choices=Role.choices, default=Role.VIEWER)
    unit = models.ForeignKey(
        "geo.AdminUnit",
        verbose_name=_("đơn vị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
        limit_choices_to={"is_current": True},
        help_text=_("Để trống: phạm vi toàn quốc."),
    )
    position = models.CharField(_("chức vụ"), max_length=120, blank=True)

    objects = ScopedUserManager()
    action_map = {"add": "manage", "change": "manage", "delete": "manage"}

    class Meta:
        verbose_name = _("người dùng")
        verbose_name_plural = pgettext_lazy("plural", "người dùng")
        ordering = ("username",)

    def get_absolute_url(self):
        return reverse("accounts:user", args=[self.pk])

    def get_full_name(self):
        return f"{self.last_name} {self.first_name}".strip()

    def scope_paths(self, action: str):
        """`ALL` or the unit paths where this user's role grants `action`."""
        if action not in ROLE_ACTIONS.get(self.role, ()):
            return []
        return ALL if self.unit_id is None else [self.unit.path]
