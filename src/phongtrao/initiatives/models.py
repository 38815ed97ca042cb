"""The model registry: model types (mô hình), their sites (điểm mô hình), status history, evaluations."""
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE
from phongtrao.core.models import BaseModel, ScopedMixin, ScopedModel, ScopedQuerySet
from phongtrao.core.text import fold


class Category(models.TextChoices):
    SELF_MANAGED = "self_managed", _("Tự quản")
    SELF_PREVENTING = "self_preventing", _("Tự phòng")
    SELF_PROTECTING = "self_protecting", _("Tự bảo vệ")
    SELF_MEDIATING = "self_mediating", _("Tự hòa giải")
    DIGITAL = "digital", _("Camera, chuyển đổi số")
    OTHER = "other", _("Khác")


class Field(models.TextChoices):
    RESIDENTIAL = "residential", _("Khu dân cư")
    BOARDING = "boarding", _("Nhà trọ, cơ sở lưu trú")
    TRANSPORT = "transport", _("Giao thông, vận tải")
    SCHOOLS = "schools", _("Trường học")
    RELIGIOUS = "religious", _("Cộng đồng tôn giáo")
    INDUSTRIAL = "industrial", _("Khu công nghiệp, doanh nghiệp")
    MARKETS = "markets", _("Chợ, trung tâm thương mại")
    ETHNIC = "ethnic", _("Vùng đồng bào dân tộc thiểu số")
    BORDER_SEA = "border_sea", _("Biên giới, biển đảo")
    ONLINE = "online", _("Không gian mạng")
    OTHER = "other", _("Khác")


class Sponsor(models.Model):
    """Tổ chức chủ trì/phối hợp: police, the Fatherland Front, mass organisations, enterprises…"""

    code = models.SlugField(unique=True)
    name = models.CharField(_("tên"), max_length=120, db_collation=VIETNAMESE)

    class Meta:
        verbose_name = _("tổ chức chủ trì")
        verbose_name_plural = pgettext_lazy("plural", "tổ chức chủ trì")
        ordering = ("name",)

    def __str__(self):
        return self.name


class ModelType(ScopedModel):
    """Mô hình: a kind of grassroots model (e.g. "Nhà trọ tự quản"), run at many sites.

    Every user may view every type (they register sites of existing types); editing is scoped to
    the unit where the type originated (none = national).
    """

    scope_field = "origin_unit"
    unscoped_actions = frozenset({"view"})

    name = models.CharField(_("tên mô hình"), max_length=200, db_collation=VIETNAMESE)
    aliases = models.TextField(_("tên gọi khác"), blank=True, help_text=_("Mỗi dòng một tên."))
    search_folded = models.TextField(editable=False, default="")
    description = models.TextField(_("mô tả"), blank=True)
    category = models.CharField(_("loại"), max_length=20, choices=Category.choices, default=Category.OTHER)
    field = models.CharField(_("lĩnh vực"), max_length=20, choices=Field.choices, default=Field.RESIDENTIAL)
    sponsors = models.ManyToManyField(Sponsor, verbose_name=_("tổ chức chủ trì"), blank=True, related_name="model_types")
    origin_unit = models.ForeignKey(
        "geo.AdminUnit", verbose_name=_("nơi khởi xướng"), null=True, blank=True, on_delete=models.PROTECT,
        related_name="originated_model_types", limit_choices_to={"is_current": True},
    )
    originated_on = models.DateField(_("ngày ra đời"), null=True, blank=True)
    recognition_ref = models.CharField(_("văn bản công nhận"), max_length=120, blank=True)
    exemplary = models.BooleanField(_("điển hình tiên tiến"), default=False)
    exemplary_ref = models.CharField(_("quyết định công nhận điển hình"), max_length=120, blank=True)

    class Meta:
        verbose_name = _("mô hình")
        verbose_name_plural = pgettext_lazy("plural", "mô hình")
        ordering = ("name",)
        indexes = [models.Index(fields=("category", "field"), name="init_type_cat_field")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("initiatives:modeltype", args=[self.pk])

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.splitlines() if a.strip()]

    def references(self) -> list[tuple]:
        """(relation, label, number of rows) for every relation of any app pointing at this type (a merge moves them)."""
        out = []
        for rel in type(self)._meta.related_objects:
            if rel.many_to_many:
                count = rel.through.objects.filter(**{rel.field.m2m_reverse_field_name(): self}).count()
            else:
                count = rel.related_model._base_manager.filter(**{rel.field.name: self}).count()
            if count:
                out.append((rel, str(rel.related_model._meta.verbose_name_plural), count))
        return out

    def save(self, *args, **kwargs):
        self.search_folded = fold(" ".join([self.name, *self.alias_list()]))
        super().save(*args, **kwargs)


LAT_RANGE, LON_RANGE = (6.0, 24.0), (102.0, 118.0)
"""Vietnam with its islands: a coordinate outside is usually swapped or mistyped."""
OUTSIDE_VIETNAM = _("%(value)g nằm ngoài lãnh thổ Việt Nam (%(low)g đến %(high)g): vĩ độ và kinh độ có bị đảo không?")


class Status(models.TextChoices):
    UNVERIFIED = "unverified", _("Tự phát, chưa xác minh")
    ACTIVE = "active", _("Đang hoạt động")
    EXEMPLARY = "exemplary", _("Điển hình tiên tiến")
    SUSPENDED = "suspended", _("Tạm ngừng")
    DISSOLVED = "dissolved", _("Giải thể")


LIVE_STATUSES = (Status.UNVERIFIED, Status.ACTIVE, Status.EXEMPLARY, Status.SUSPENDED)


class Site(ScopedModel):
    """Điểm mô hình: a model type running in one commune."""

    scope_field = "commune"

    model_type = models.ForeignKey(ModelType, verbose_name=_("mô hình"), on_delete=models.PROTECT, related_name="sites")
    name = models.CharField(_("tên điểm"), max_length=200, db_collation=VIETNAMESE)
    name_folded = models.CharField(max_length=260, editable=False, db_index=True, default="")
    commune = models.ForeignKey(
        "geo.AdminUnit", verbose_name=_("xã, phường, đặc khu"), on_delete=models.PROTECT, related_name="sites",
        limit_choices_to={"is_current": True, "level": "commune"},
    )
    address = models.CharField(_("địa chỉ (như đã ghi)"), max_length=255, blank=True,
                               help_text=_("Địa chỉ gốc, có thể theo đơn vị hành chính cũ."))
    address_folded = models.CharField(max_length=255, editable=False, default="")
    village = models.CharField(_("thôn, ấp, bản, tổ dân phố"), max_length=120, blank=True, db_collation=VIETNAMESE)
    lat = models.FloatField(_("vĩ độ"), null=True, blank=True)
    lon = models.FloatField(_("kinh độ"), null=True, blank=True)
    started_on = models.DateField(_("ngày thành lập"), null=True, blank=True)
    members_count = models.PositiveIntegerField(_("số thành viên"), null=True, blank=True)
    leading_org = models.ForeignKey(Sponsor, verbose_name=_("tổ chức chủ trì"), null=True, blank=True,
                                    on_delete=models.SET_NULL, related_name="sites")
    status = models.CharField(_("trạng thái"), max_length=12, choices=Status.choices, default=Status.ACTIVE, editable=False)
    replicated_from = models.ForeignKey("self", verbose_name=_("nhân rộng từ"), null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="replicas")
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("điểm mô hình")
        verbose_name_plural = pgettext_lazy("plural", "điểm mô hình")
        ordering = ("-started_on", "name")
        indexes = [
            models.Index(fields=("status", "model_type"), name="init_site_status_type"),
            models.Index(fields=("model_type", "commune"), name="init_site_type_commune"),
            models.Index(fields=("status", "commune"), name="init_site_status_commune"),  # roll-ups by status
            models.Index(fields=("-started_on", "name"), name="init_site_list_order"),  # the lists' default order
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("initiatives:site", args=[self.pk])

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        self.address_folded = fold(" ".join([self.address, self.village]))
        super().save(*args, **kwargs)


class SiteTally(ScopedMixin, models.Model):
    """How many sites of one status a commune has: national figures read these rows (3,321 communes × 5 statuses at
    most) instead of counting 124,000 sites. Derived, never edited: `services.recount_sites` rewrites a commune's rows
    from the sites table after every write that touches it (see `services.tally_after_commit`)."""

    scope_field = "commune"

    commune = models.ForeignKey("geo.AdminUnit", on_delete=models.CASCADE, related_name="+")
    status = models.CharField(max_length=12, choices=Status.choices)
    count = models.PositiveIntegerField()

    objects = ScopedQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=("commune", "status"), name="init_tally_commune_status")]

    def __str__(self):
        return f"{self.commune_id} {self.status}: {self.count}"


class StatusChange(BaseModel):
    """One dated step of a site's lifecycle (the current status is the last one)."""

    site = models.ForeignKey(Site, verbose_name=_("điểm mô hình"), on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("trạng thái cũ"), max_length=12, choices=Status.choices, blank=True)
    to_status = models.CharField(_("trạng thái mới"), max_length=12, choices=Status.choices)
    changed_on = models.DateField(_("ngày"))
    decision_ref = models.CharField(_("văn bản"), max_length=120, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)
    changed_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("người chuyển"), null=True, blank=True,
                                   on_delete=models.SET_NULL)

    class Meta:
        verbose_name = _("thay đổi trạng thái")
        verbose_name_plural = pgettext_lazy("plural", "lịch sử trạng thái")
        ordering = ("changed_on", "pk")

    def __str__(self):
        return f"{self.site}: {self.get_to_status_display()}"


class Period(models.TextChoices):
    INTERIM = "interim", _("Sơ kết")
    FINAL = "final", _("Tổng kết")
    ANNUAL = "annual", _("Hằng năm")


class Rating(models.TextChoices):
    GOOD = "good", _("Tốt")
    FAIR = "fair", _("Khá")
    AVERAGE = "average", _("Trung bình")
    WEAK = "weak", _("Yếu")


class Evaluation(ScopedModel):
    """Đánh giá (sơ kết/tổng kết) of a site or of a model type over a period."""

    scope_field = "unit"

    site = models.ForeignKey(Site, verbose_name=_("điểm mô hình"), null=True, blank=True, on_delete=models.CASCADE,
                             related_name="evaluations")
    model_type = models.ForeignKey(ModelType, verbose_name=_("mô hình"), on_delete=models.CASCADE, related_name="evaluations")
    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị đánh giá"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="evaluations", limit_choices_to={"is_current": True})
    period = models.CharField(_("kỳ"), max_length=10, choices=Period.choices)
    period_start = models.DateField(_("từ ngày"))
    period_end = models.DateField(_("đến ngày"))
    rating = models.CharField(_("xếp loại"), max_length=10, choices=Rating.choices)
    incidents_before = models.PositiveIntegerField(_("vụ việc ANTT trước"), null=True, blank=True)
    incidents_after = models.PositiveIntegerField(_("vụ việc ANTT sau"), null=True, blank=True)
    disputes_mediated = models.PositiveIntegerField(_("vụ hòa giải thành"), null=True, blank=True)
    tips_given = models.PositiveIntegerField(_("tin báo cung cấp"), null=True, blank=True)
    members = models.PositiveIntegerField(_("số thành viên"), null=True, blank=True)
    narrative = models.TextField(_("nhận xét"), blank=True)
    attachment = models.FileField(_("tệp đính kèm"), upload_to="evaluations/%Y/", blank=True)

    class Meta:
        verbose_name = _("đánh giá")
        verbose_name_plural = pgettext_lazy("plural", "đánh giá")
        ordering = ("-period_end",)

    def __str__(self):
        target = self.site or self.model_type
        return f"{self.get_period_display()} {self.period_end:%Y}: {target}"

    def get_absolute_url(self):
        return reverse("initiatives:evaluation", args=[self.pk])
