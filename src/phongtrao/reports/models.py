"""Official reports (báo cáo) of a unit for a period, assembled from the data, edited, then issued and frozen."""
from django.conf import settings
from django.db import models
from django.db.models import Q, Value
from django.db.models.functions import Coalesce, ExtractYear
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.models import ScopedModel
from phongtrao.core.reporting import PERIODIC_CHOICES


PERIODIC_LABELS = dict(PERIODIC_CHOICES)


class Kind(models.TextChoices):
    MONTHLY = "monthly", PERIODIC_LABELS["monthly"]
    QUARTERLY = "quarterly", PERIODIC_LABELS["quarterly"]
    HALF_YEAR = "half_year", PERIODIC_LABELS["half_year"]
    YEARLY = "yearly", PERIODIC_LABELS["yearly"]
    INTERIM_REVIEW = "interim_review", _("Sơ kết mô hình")
    FINAL_REVIEW = "final_review", _("Tổng kết mô hình")


class State(models.TextChoices):
    DRAFT = "draft", _("Dự thảo")
    ISSUED = "issued", _("Đã ban hành")


class SignForm(models.TextChoices):
    NONE = "", _("Người đứng đầu ký")
    TM = "TM.", _("TM. (thay mặt tập thể)")
    KT = "KT.", _("KT. (ký thay cấp trưởng)")


class Report(ScopedModel):
    """Báo cáo: a unit's report for a period (None unit: the national report).

    The generator stores the sections' content (figures, tables, the ids behind each figure) and a narrative
    skeleton; the author edits the narrative; issuing numbers the report, keeps the rows behind every figure as they
    stood, and stores the DOCX and PDF. An issued report never changes: a reissue is a new version.
    """

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị báo cáo"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="reports", limit_choices_to={"is_current": True})
    kind = models.CharField(_("loại báo cáo"), max_length=20, choices=Kind.choices)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    model_type = models.ForeignKey("initiatives.ModelType", verbose_name=_("mô hình"), null=True, blank=True,
                                   on_delete=models.PROTECT, related_name="reports")
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.DRAFT,
                             editable=False)
    summary = models.CharField(_("trích yếu"), max_length=300)
    superior_body = models.CharField(_("cơ quan chủ quản"), max_length=200, blank=True)
    issuing_body = models.CharField(_("cơ quan ban hành"), max_length=200)
    symbol = models.CharField(_("ký hiệu"), max_length=40, default="BC-BCĐ")
    place = models.CharField(_("địa danh"), max_length=80)
    number = models.PositiveIntegerField(_("số"), null=True, blank=True, editable=False)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True, editable=False)
    issued_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người ban hành"), null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+", editable=False)
    sign_form = models.CharField(_("hình thức ký"), max_length=4, choices=SignForm.choices, blank=True)
    sign_authority = models.CharField(_("thẩm quyền ký thay"), max_length=120, blank=True,
                                      help_text=_("Sau TM./KT., ví dụ: BAN CHỈ ĐẠO, TRƯỞNG BAN."))
    signer_position = models.CharField(_("chức vụ người ký"), max_length=120)
    signer_name = models.CharField(_("họ tên người ký"), max_length=120, blank=True)
    recipients = models.TextField(_("nơi nhận"), help_text=_("Mỗi dòng một nơi nhận."))
    content = models.JSONField(_("nội dung tổng hợp"), default=dict, editable=False)
    narrative = models.JSONField(_("phần lời"), default=dict, editable=False)
    revision = models.PositiveIntegerField(_("lần ban hành"), default=1, editable=False)
    supersedes = models.OneToOneField("self", verbose_name=_("thay thế báo cáo"), null=True, blank=True,
                                      on_delete=models.PROTECT, related_name="superseded_by", editable=False)
    docx = models.FileField(_("tệp DOCX"), upload_to="reports/%Y/", blank=True, editable=False)
    pdf = models.FileField(_("tệp PDF"), upload_to="reports/%Y/", blank=True, editable=False)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="reports", editable=False)

    class Meta:
        verbose_name = _("báo cáo")
        verbose_name_plural = pgettext_lazy("plural", "báo cáo")
        ordering = ("-period_end", "-pk")
        indexes = [models.Index(fields=("kind", "period_end", "state"), name="reports_kind_period_state")]
        constraints = [models.UniqueConstraint(  # one "Số: n/BC-BCĐ" per issuing unit and year (national: unit 0)
            Coalesce("unit", Value(0)), "symbol", ExtractYear("issued_on"), "number",
            condition=Q(state="issued"), name="reports_number_once_a_year")]

    def __str__(self):
        return self.summary

    def get_absolute_url(self):
        return reverse("reports:report", args=[self.pk])

    @property
    def is_issued(self) -> bool:
        return self.state == State.ISSUED

    @property
    def reference(self) -> str:
        """The number line, "Số: 15/BC-BCĐ" ("Số: …/BC-BCĐ" before issue)."""
        return f"{self.number or '   '}/{self.symbol}"


class FigureRow(models.Model):
    """A row counted by figures of an issued report, as it stood at issue (one per report, model and id)."""

    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="rows")
    model = models.CharField(max_length=60)
    object_id = models.PositiveBigIntegerField()
    data = models.JSONField(default=dict)

    class Meta:
        constraints = [models.UniqueConstraint(fields=("report", "model", "object_id"), name="reports_row_once")]
