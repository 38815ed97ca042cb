"""Monthly security statistics per commune: indicators, a commune's report for a month, its values, roll-ups."""
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.models import BaseModel, ScopedMixin, ScopedModel, ScopedQuerySet


class Indicator(BaseModel):
    """Chỉ tiêu thống kê: reference data edited by the administrators (Django admin), read by everyone."""

    code = models.SlugField(_("mã"), max_length=30, unique=True)
    name = models.CharField(_("tên chỉ tiêu"), max_length=200)
    unit_label = models.CharField(_("đơn vị tính"), max_length=30, default=pgettext_lazy("unit", "vụ"))
    lower_is_better = models.BooleanField(_("càng thấp càng tốt"), default=True)
    group = models.CharField(_("nhóm"), max_length=60, blank=True)
    position = models.PositiveSmallIntegerField(_("thứ tự"), default=100)
    active = models.BooleanField(_("đang dùng"), default=True)

    class Meta:
        verbose_name = _("chỉ tiêu thống kê")
        verbose_name_plural = pgettext_lazy("plural", "chỉ tiêu thống kê")
        ordering = ("position", "code")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("stats:indicator", args=[self.pk])


class ReportState(models.TextChoices):
    DRAFT = "draft", _("Đang nhập")
    SUBMITTED = "submitted", _("Chờ duyệt")
    RETURNED = "returned", _("Bị trả lại")
    APPROVED = "approved", _("Đã duyệt")


class MonthlyReport(ScopedModel):
    """A commune's statistics for one month and their approval (DHIS2 data approval): only approved ones count."""

    commune = models.ForeignKey(settings.PHONGTRAO_UNIT_MODEL, verbose_name=_("xã, phường"), on_delete=models.PROTECT,
                                related_name="monthly_reports")
    month = models.DateField(_("tháng"), help_text=_("Ngày đầu tháng."))
    state = models.CharField(_("tình trạng"), max_length=10, choices=ReportState.choices, default=ReportState.DRAFT)
    return_reason = models.TextField(_("lý do trả lại"), blank=True)
    submitted_on = models.DateTimeField(_("gửi lúc"), null=True, blank=True)
    approved_on = models.DateTimeField(_("duyệt lúc"), null=True, blank=True)
    approved_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người duyệt"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="+")

    scope_field = "commune"

    class Meta:
        verbose_name = _("báo cáo thống kê tháng")
        verbose_name_plural = pgettext_lazy("plural", "báo cáo thống kê tháng")
        ordering = ("-month", "commune__path")
        constraints = [models.UniqueConstraint(fields=("commune", "month"), name="stats_report_commune_month")]
        indexes = [models.Index(fields=("month", "state"), name="stats_report_month_state")]

    def __str__(self):
        return _("%(commune)s, tháng %(month)s") % {"commune": self.commune, "month": self.month.strftime("%m/%Y")}

    def get_absolute_url(self):
        return reverse("stats:monthlyreport", args=[self.pk])

    @property
    def locked(self) -> bool:
        """Submitted and approved months are not edited; a correction reopens them first."""
        return self.state in (ReportState.SUBMITTED, ReportState.APPROVED)


class Value(ScopedMixin, models.Model):
    """One indicator's figure in a commune's monthly report."""

    report = models.ForeignKey(MonthlyReport, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(Indicator, verbose_name=_("chỉ tiêu"), on_delete=models.PROTECT, related_name="+")
    value = models.FloatField(_("giá trị"))
    estimated = models.BooleanField(_("ước tính"), default=False,
                                    help_text=_("Chia từ số liệu của xã cũ theo quy tắc chia đều (xem hướng dẫn)."))

    scope_field = "report__commune"
    objects = ScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("số liệu")
        verbose_name_plural = pgettext_lazy("plural", "số liệu")
        ordering = ("report", "indicator__position")
        constraints = [models.UniqueConstraint(fields=("report", "indicator"), name="stats_value_report_indicator")]

    def __str__(self):
        return f"{self.indicator}: {self.value:g}"

    def get_absolute_url(self):
        return self.report.get_absolute_url()


class Rollup(models.Model):
    """Approved totals of a province (or the nation: `unit` empty) for a month and indicator, kept up to date by
    `services` when a month is approved or reopened, so no page sums the commune rows."""

    unit = models.ForeignKey(settings.PHONGTRAO_UNIT_MODEL, null=True, blank=True, on_delete=models.CASCADE,
                             related_name="+")
    month = models.DateField()
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="+")
    total = models.FloatField(default=0)
    communes = models.PositiveIntegerField(default=0, help_text=_("Số xã có số liệu đã duyệt."))

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=("unit", "month", "indicator"), name="stats_rollup_unit_month_indicator"),
            models.UniqueConstraint(fields=("month", "indicator"), condition=models.Q(unit__isnull=True),
                                    name="stats_rollup_nation_month_indicator"),
        ]
