"""Administrative units, current (two-tier, since 1/7/2025) and legacy, with the crosswalk."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE

LEGACY_ROOT = "legacy/"
"""Prefix of legacy unit paths, so no legacy subtree ever matches a user's current scope."""


class Level(models.TextChoices):
    PROVINCE = "province", _("Cấp tỉnh")
    DISTRICT = "district", _("Cấp huyện (cũ)")
    COMMUNE = "commune", _("Cấp xã")


class AdminUnitQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)

    def legacy(self):
        return self.filter(is_current=False)

    def subtree(self, unit):
        """The unit and every unit below it."""
        return self.filter(path__startswith=unit.path)

    def top(self):
        """Units at the top of their tree (provinces)."""
        return self.filter(parent__isnull=True)

    def children_of(self, root):
        """Current units one level below `root`; the provinces when `root` is None (the whole country)."""
        return self.current().filter(parent=root) if root is not None else self.current().top()


class AdminUnit(models.Model):
    """Đơn vị hành chính: a province, (legacy) district or commune/ward/special zone."""

    code = models.CharField(_("mã"), max_length=10, help_text=_("Mã thống kê chính thức"))
    is_current = models.BooleanField(_("hiện hành"), default=True)
    level = models.CharField(_("cấp"), max_length=10, choices=Level.choices)
    kind = models.CharField(_("loại"), max_length=20, help_text=_("Tỉnh, Thành phố, Phường, Xã, Đặc khu…"))
    name = models.CharField(_("tên"), max_length=100, db_collation=VIETNAMESE)
    full_name = models.CharField(_("tên đầy đủ"), max_length=130, db_collation=VIETNAMESE)
    name_folded = models.CharField(max_length=130, db_index=True, editable=False)
    parent = models.ForeignKey(
        "self", verbose_name=_("trực thuộc"), null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    path = models.CharField(max_length=64, unique=True, editable=False)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_to = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    lat = models.FloatField(_("vĩ độ"), null=True, blank=True)
    lon = models.FloatField(_("kinh độ"), null=True, blank=True)

    objects = AdminUnitQuerySet.as_manager()

    class Meta:
        verbose_name = _("đơn vị hành chính")
        verbose_name_plural = pgettext_lazy("plural", "đơn vị hành chính")
        ordering = ("path",)
        constraints = [models.UniqueConstraint(fields=("code", "is_current"), name="geo_unit_code_era")]
        indexes = [
            models.Index(fields=("path",), name="geo_unit_path_like", opclasses=("varchar_pattern_ops",)),
            models.Index(fields=("is_current", "level"), name="geo_unit_era_level"),
        ]

    def __str__(self):
        return self.full_name if self.is_current else f"{self.full_name} ({_('cũ')})"

    def get_absolute_url(self):
        return reverse("geo:adminunit", args=[self.pk])

    @property
    def depth(self) -> int:
        return self.path.removeprefix(LEGACY_ROOT).count("/")

    def contains(self, other) -> bool:
        """Whether `other` is this unit or lies below it."""
        return other is not None and other.path.startswith(self.path)

    def common_ancestor(self, other):
        """The lowest unit containing both (one of them if it contains the other); None across provinces."""
        if other is None:
            return None
        if self.contains(other):
            return self
        if other.contains(self):
            return other
        for unit in reversed(self.ancestors()):
            if unit.contains(other):
                return unit
        return None

    @property
    def province(self):
        """The province this unit lies in (itself for a province)."""
        return self if self.parent_id is None else (self.ancestors() or [self])[0]

    def ancestors(self):
        """Units above this one, top first, from its path (one query)."""
        codes = self.path.removeprefix(LEGACY_ROOT).strip("/").split("/")[:-1]
        by_code = {u.code: u for u in AdminUnit.objects.filter(is_current=self.is_current, code__in=codes)}
        return [by_code[c] for c in codes if c in by_code]


class UnitSuccession(models.Model):
    """Crosswalk row: a legacy unit absorbed (wholly or partly) into a current unit."""

    predecessor = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="successions")
    successor = models.ForeignKey(AdminUnit, on_delete=models.CASCADE, related_name="predecessions")
    partial = models.BooleanField(_("một phần"), default=False)

    class Meta:
        verbose_name = _("chuyển đổi đơn vị")
        verbose_name_plural = pgettext_lazy("plural", "bảng chuyển đổi đơn vị")
        constraints = [models.UniqueConstraint(fields=("predecessor", "successor"), name="geo_succession_pair")]

    def __str__(self):
        return f"{self.predecessor} → {self.successor}"
