"""Steering work: steering committees (Ban Chỉ đạo) and their members, plans and their tasks."""
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.models import ScopedModel


class Committee(ScopedModel):
    """Ban Chỉ đạo phong trào of one unit, with its latest consolidation (kiện toàn) decision."""

    unit = models.OneToOneField("geo.AdminUnit", verbose_name=_("đơn vị"), null=True, blank=True,
                                on_delete=models.PROTECT, related_name="steering_committee",
                                limit_choices_to={"is_current": True})
    name = models.CharField(_("tên"), max_length=255,
                            default="Ban Chỉ đạo phong trào toàn dân bảo vệ an ninh Tổ quốc")
    decision_ref = models.CharField(_("số quyết định kiện toàn"), max_length=100, blank=True,
                                    help_text=_("Ví dụ: 125/QĐ-UBND"))
    decided_on = models.DateField(_("ngày quyết định kiện toàn"), null=True, blank=True)
    members_changed_on = models.DateField(_("thành phần thay đổi ngày"), null=True, blank=True, editable=False)
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("Ban Chỉ đạo")
        verbose_name_plural = pgettext_lazy("plural", "Ban Chỉ đạo")
        ordering = ("unit__path",)

    def __str__(self):
        return _("Ban Chỉ đạo %(unit)s") % {"unit": self.unit.full_name if self.unit else _("toàn quốc")}

    def get_absolute_url(self):
        return reverse("steering:committee", args=[self.pk])


class MemberRole(models.IntegerChoices):
    """In the order a committee's list is read."""

    HEAD = 1, _("Trưởng ban")
    DEPUTY = 2, _("Phó Trưởng ban")
    STANDING = 3, _("Thường trực")
    MEMBER = 4, _("Thành viên")


class CommitteeMember(ScopedModel):
    """A member of a steering committee: a person (name family-first), their position and organisation."""

    scope_field = "committee__unit"

    committee = models.ForeignKey(Committee, verbose_name=_("Ban Chỉ đạo"), on_delete=models.CASCADE,
                                  related_name="members")
    full_name = models.CharField(_("họ và tên"), max_length=150, help_text=_("Họ trước, tên sau: Nguyễn Văn An."))
    role = models.PositiveSmallIntegerField(_("vai trò"), choices=MemberRole.choices, default=MemberRole.MEMBER)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("thành viên Ban Chỉ đạo")
        verbose_name_plural = pgettext_lazy("plural", "thành viên Ban Chỉ đạo")
        ordering = ("committee", "role", "full_name")

    def __str__(self):
        return self.full_name

    def get_absolute_url(self):
        return reverse("steering:committeemember", args=[self.pk])

