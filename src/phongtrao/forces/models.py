"""Training courses and the grassroots security-and-order force (lực lượng tham gia bảo vệ ANTT ở cơ sở)."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE
from phongtrao.core.models import ScopedModel


class TrainingCourse(ScopedModel):
    """Lớp tập huấn, bồi dưỡng nghiệp vụ organised by a unit."""

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị tổ chức"), on_delete=models.PROTECT,
                             related_name="training_courses", limit_choices_to={"is_current": True})
    topic = models.CharField(_("chủ đề"), max_length=255, db_collation=VIETNAMESE)
    starts_on = models.DateField(_("từ ngày"))
    ends_on = models.DateField(_("đến ngày"))
    attendees = models.PositiveIntegerField(_("số người dự"))
    materials = models.TextField(_("tài liệu"), blank=True, help_text=_("Mỗi dòng một tài liệu hoặc đường dẫn."))

    class Meta:
        verbose_name = _("lớp tập huấn")
        verbose_name_plural = pgettext_lazy("plural", "lớp tập huấn")
        ordering = ("-starts_on", "topic")

    def __str__(self):
        return self.topic

    def get_absolute_url(self):
        return reverse("forces:trainingcourse", args=[self.pk])


class ForceStrength(ScopedModel):
    """The grassroots security-and-order teams of one unit in one year: how many teams, how many members."""

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="force_strengths", limit_choices_to={"is_current": True})
    year = models.PositiveSmallIntegerField(_("năm"))
    teams = models.PositiveIntegerField(_("số tổ"))
    members = models.PositiveIntegerField(_("số thành viên"))
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("lực lượng ANTT cơ sở")
        verbose_name_plural = pgettext_lazy("plural", "lực lượng ANTT cơ sở")
        ordering = ("-year", "unit__name")
        constraints = [models.UniqueConstraint(fields=("unit", "year"), name="forces_strength_once")]

    def __str__(self):
        return f"{self.unit.name} {self.year}"

    def get_absolute_url(self):
        return reverse("forces:forcestrength", args=[self.pk])
