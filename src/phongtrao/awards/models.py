"""Commendations (khen thưởng) from nomination to ceremony, and Festival Day (Ngày hội toàn dân bảo vệ ANTQ) plans."""
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE
from phongtrao.core.models import ScopedModel

from .weights import DEFAULT, Weights


class RecipientKind(models.TextChoices):
    COLLECTIVE = "collective", _("Tập thể")
    INDIVIDUAL = "individual", _("Cá nhân")


class AwardForm(models.TextChoices):
    ORDER = "order", _("Huân chương")
    EMULATION_FLAG = "flag", _("Cờ thi đua")
    MERIT = "merit", _("Bằng khen")
    CERTIFICATE = "certificate", _("Giấy khen")
    MEDAL = "medal", _("Kỷ niệm chương")


class AwardLevel(models.TextChoices):
    STATE = "state", _("Nhà nước, Chính phủ")
    MINISTRY = "ministry", _("Bộ Công an")
    PROVINCE = "province", _("Tỉnh, thành phố")
    COMMUNE = "commune", _("Xã, phường, đặc khu")


class Appraisal(models.TextChoices):
    PENDING = "pending", _("Chưa thẩm định")
    APPROVED = "approved", _("Đủ điều kiện")
    REJECTED = "rejected", _("Không đủ điều kiện")


class Stage(models.TextChoices):
    """Where a commendation stands, derived from its fields (never typed by hand)."""

    NOMINATED = "nominated", _("Đã đề nghị")
    APPRAISED = "appraised", _("Đã thẩm định")
    REJECTED = "rejected", _("Không được khen")
    DECIDED = "decided", _("Đã có quyết định")
    PRESENTED = "presented", _("Đã trao tặng")


class Commendation(ScopedModel):
    """Hồ sơ khen thưởng: one recipient (a collective or a person) from nomination through appraisal and decision
    to the ceremony. A person's details are personal data: the record is visible only inside the unit's
    jurisdiction, like every scoped row."""

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị của người/tập thể được khen"),
                             on_delete=models.PROTECT, related_name="commendations",
                             limit_choices_to={"is_current": True})
    year = models.PositiveSmallIntegerField(_("năm"))
    recipient_kind = models.CharField(_("đối tượng"), max_length=12, choices=RecipientKind.choices,
                                      default=RecipientKind.COLLECTIVE)
    recipient = models.CharField(_("tên tập thể, cá nhân"), max_length=200, db_collation=VIETNAMESE)
    position = models.CharField(_("chức vụ, nơi công tác"), max_length=200, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("năm sinh"), null=True, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=20, blank=True)
    model_type = models.ForeignKey("initiatives.ModelType", verbose_name=_("mô hình"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="commendations")
    site = models.ForeignKey("initiatives.Site", verbose_name=_("điểm mô hình"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="commendations")
    achievements = models.TextField(_("thành tích"), blank=True)
    proposed_form = models.CharField(_("hình thức đề nghị"), max_length=12, choices=AwardForm.choices,
                                     default=AwardForm.MERIT)
    nominated_on = models.DateField(_("ngày đề nghị"))
    appraisal = models.CharField(_("kết quả thẩm định"), max_length=10, choices=Appraisal.choices,
                                 default=Appraisal.PENDING)
    appraised_on = models.DateField(_("ngày thẩm định"), null=True, blank=True)
    appraisal_note = models.TextField(_("ý kiến thẩm định"), blank=True)
    decision_ref = models.CharField(_("số quyết định"), max_length=120, blank=True)
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    level = models.CharField(_("cấp khen"), max_length=10, choices=AwardLevel.choices, blank=True)
    form = models.CharField(_("hình thức khen"), max_length=12, choices=AwardForm.choices, blank=True)
    ceremony_on = models.DateField(_("ngày trao tặng"), null=True, blank=True)
    ceremony_place = models.CharField(_("nơi trao tặng"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("khen thưởng")
        verbose_name_plural = pgettext_lazy("plural", "khen thưởng")
        ordering = ("-year", "-decided_on", "recipient")
        indexes = [models.Index(fields=("decided_on", "unit"), name="awards_comm_decided_unit"),
                   models.Index(fields=("decision_ref",), name="awards_comm_decision")]

    def __str__(self):
        return self.recipient

    def get_absolute_url(self):
        return reverse("awards:commendation", args=[self.pk])

    @property
    def stage(self) -> str:
        if self.appraisal == Appraisal.REJECTED:
            return Stage.REJECTED
        if self.decision_ref:
            return Stage.PRESENTED if self.ceremony_on else Stage.DECIDED
        return Stage.APPRAISED if self.appraisal == Appraisal.APPROVED else Stage.NOMINATED

    def get_stage_display(self) -> str:
        return Stage(self.stage).label


def stage_q(stage: str) -> models.Q:
    """The rows at `stage` (the database's reading of `Commendation.stage`)."""
    Q = models.Q
    not_rejected = ~Q(appraisal=Appraisal.REJECTED)
    return {
        Stage.REJECTED: Q(appraisal=Appraisal.REJECTED),
        Stage.PRESENTED: not_rejected & ~Q(decision_ref="") & Q(ceremony_on__isnull=False),
        Stage.DECIDED: not_rejected & ~Q(decision_ref="") & Q(ceremony_on__isnull=True),
        Stage.APPRAISED: Q(appraisal=Appraisal.APPROVED, decision_ref=""),
        Stage.NOMINATED: Q(appraisal=Appraisal.PENDING, decision_ref=""),
    }[Stage(stage)]


class FestivalPlan(ScopedModel):
    """Kế hoạch Ngày hội toàn dân bảo vệ ANTQ (19/8) of one year at one level: the rules of the site selection and
    the programme (lễ, hội). Its sites are `FestivalSite` rows. Plans are public announcements: everyone may read
    them (and record results at their own sites); editing is scoped to the organising unit."""

    scope_field = "unit"
    unscoped_actions = frozenset({"view"})

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("cấp tổ chức"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="festival_plans",
                             limit_choices_to={"is_current": True, "level": "province"},
                             help_text=_("Để trống: kế hoạch toàn quốc (chọn trong mọi tỉnh)."))
    year = models.PositiveSmallIntegerField(_("năm"))
    title = models.CharField(_("tên kế hoạch"), max_length=200)
    sites_wanted = models.PositiveSmallIntegerField(_("số điểm cần chọn"), default=28)
    max_per_province = models.PositiveSmallIntegerField(_("tối đa mỗi tỉnh"), default=2)
    min_priority_share = models.PositiveSmallIntegerField(_("tỷ lệ tối thiểu vùng ưu tiên (%)"), default=40)
    rest_years = models.PositiveSmallIntegerField(_("không chọn lại trong (năm)"), default=2)
    weight_priority = models.PositiveSmallIntegerField(
        _("điểm vùng ưu tiên"), default=DEFAULT.priority, validators=[MaxValueValidator(100)],
        help_text=_("Xã thuộc Tây Bắc, Tây Nguyên, Tây Nam Bộ."))
    weight_difficult = models.PositiveSmallIntegerField(
        _("điểm vùng khó khăn khác"), default=DEFAULT.difficult, validators=[MaxValueValidator(100)],
        help_text=_("Xã thuộc miền núi Đông Bắc."))
    weight_strong = models.PositiveSmallIntegerField(
        _("điểm mỗi điểm mô hình mạnh"), default=DEFAULT.strong, validators=[MaxValueValidator(100)],
        help_text=_("Điểm mô hình điển hình hoặc được đánh giá tốt gần đây."))
    strong_cap = models.PositiveSmallIntegerField(
        _("tính tối đa số điểm mô hình mạnh"), default=DEFAULT.strong_cap, validators=[MaxValueValidator(100)])
    weight_never_chosen = models.PositiveSmallIntegerField(
        _("điểm chưa từng tổ chức Ngày hội"), default=DEFAULT.never_chosen, validators=[MaxValueValidator(100)])
    weight_long_ago = models.PositiveSmallIntegerField(
        _("điểm đã tổ chức từ lâu"), default=DEFAULT.long_ago, validators=[MaxValueValidator(100)],
        help_text=_("Đã tổ chức, nhưng trước thời gian không chọn lại."))
    weight_province = models.PositiveSmallIntegerField(
        _("điểm cộng mỗi tỉnh có điểm được chọn"), default=DEFAULT.province_bonus,
        validators=[MaxValueValidator(100)], help_text=_("Để cân đối giữa các tỉnh."))
    ceremony_programme = models.TextField(_("phần lễ"), blank=True)
    festivity_programme = models.TextField(_("phần hội"), blank=True)
    leaders = models.TextField(_("lãnh đạo dự"), blank=True, help_text=_("Mỗi dòng một người: chức vụ, họ tên."))
    selected_at = models.DateTimeField(_("chọn điểm lúc"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("kế hoạch Ngày hội")
        verbose_name_plural = pgettext_lazy("plural", "kế hoạch Ngày hội")
        ordering = ("-year", "title")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("awards:festivalplan", args=[self.pk])

    WEIGHT_FIELDS = {"priority": "weight_priority", "difficult": "weight_difficult", "strong": "weight_strong",
                     "strong_cap": "strong_cap", "never_chosen": "weight_never_chosen", "long_ago": "weight_long_ago",
                     "province_bonus": "weight_province"}

    def weights(self) -> Weights:
        """What the plan's selection gives each criterion."""
        return Weights(**{name: getattr(self, field) for name, field in self.WEIGHT_FIELDS.items()})


class FestivalSite(ScopedModel):
    """A commune considered for a plan: its score with the reasons, whether it was chosen (by the solver or by
    hand) and, after 19/8, what happened there."""

    scope_field = "commune"

    plan = models.ForeignKey(FestivalPlan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="sites")
    commune = models.ForeignKey("geo.AdminUnit", verbose_name=_("xã, phường, đặc khu"), on_delete=models.PROTECT,
                                related_name="festival_sites", limit_choices_to={"is_current": True, "level": "commune"})
    score = models.IntegerField(_("điểm"), default=0)
    reasons = models.JSONField(_("lý do"), default=list, blank=True)
    chosen = models.BooleanField(_("được chọn"), default=False)
    pinned = models.BooleanField(_("chọn bằng tay"), default=False,
                                 help_text=_("Luôn giữ điểm này khi chọn lại."))
    excluded = models.BooleanField(_("loại bằng tay"), default=False,
                                   help_text=_("Không chọn điểm này khi chọn lại."))
    lacking = models.CharField(_("vì sao chưa chọn"), max_length=255, blank=True)
    showcased = models.ManyToManyField("initiatives.ModelType", verbose_name=_("mô hình trình diễn"), blank=True,
                                       related_name="festival_sites")
    attendance = models.PositiveIntegerField(_("số người dự"), null=True, blank=True)
    awards_given = models.PositiveIntegerField(_("số tập thể, cá nhân được khen"), null=True, blank=True)
    result_note = models.TextField(_("kết quả"), blank=True)

    class Meta:
        verbose_name = _("điểm tổ chức Ngày hội")
        verbose_name_plural = pgettext_lazy("plural", "điểm tổ chức Ngày hội")
        ordering = ("-chosen", "-score", "commune__name")
        constraints = [models.UniqueConstraint(fields=("plan", "commune"), name="awards_festival_site_once")]

    def __str__(self):
        return str(self.commune)

    def get_absolute_url(self):
        return reverse("awards:festivalsite", args=[self.pk])
