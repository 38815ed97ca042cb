"""Budget of the movement: allocations and spending per unit, year and item (kinh phí bảo đảm cho phong trào)."""
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.models import ScopedModel


class Item(models.TextChoices):
    MODELS = "models", _("Hỗ trợ hoạt động mô hình")
    PROPAGANDA = "propaganda", _("Tuyên truyền, vận động")
    TRAINING = "training", _("Tập huấn, bồi dưỡng")
    FESTIVAL = "festival", _("Ngày hội toàn dân bảo vệ ANTQ")
    AWARDS = "awards", _("Khen thưởng")
    REVIEWS = "reviews", _("Sơ kết, tổng kết")
    OTHER = "other", _("Khác")


class Allocation(ScopedModel):
    """Dự toán và quyết toán: money allocated to and spent by one unit in one year for one item, in đồng."""

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị"), on_delete=models.PROTECT,
                             related_name="allocations", limit_choices_to={"is_current": True})
    year = models.PositiveSmallIntegerField(_("năm"))
    item = models.CharField(_("nội dung chi"), max_length=12, choices=Item.choices)
    allocated = models.PositiveBigIntegerField(_("dự toán được giao (đồng)"))
    spent = models.PositiveBigIntegerField(_("đã chi (đồng)"), default=0)
    source = models.CharField(_("nguồn kinh phí"), max_length=120, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("kinh phí")
        verbose_name_plural = pgettext_lazy("plural", "kinh phí")
        ordering = ("-year", "unit__name", "item")
        constraints = [models.UniqueConstraint(fields=("unit", "year", "item"), name="budget_allocation_once")]

    def __str__(self):
        return f"{self.get_item_display()} {self.year}"

    def get_absolute_url(self):
        return reverse("budget:allocation", args=[self.pk])
