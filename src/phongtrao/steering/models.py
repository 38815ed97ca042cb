"""Steering work: steering committees (Ban Chỉ đạo) and their members, plans and their tasks."""
from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.models import ScopedModel, ScopedQuerySet
from phongtrao.core.reporting import PERIODIC_CHOICES
from phongtrao.core.scoping import ALL, unit_paths_for


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


class FromAboveQuerySet(ScopedQuerySet):
    def for_user(self, user, action: str = "view"):
        """Read inside the user's jurisdiction and also from the levels above it (a ministry's plan assigns tasks
        to provinces, a province's inspection round visits communes); writing stays inside the jurisdiction."""
        rows = super().for_user(user, action)
        paths = unit_paths_for(user, action)
        if action != "view" or paths == ALL or not paths:
            return rows
        above = {p[:i + 1] for p in paths for i, c in enumerate(p[:-1]) if c == "/"}
        return rows | self.filter(models.Q(unit__isnull=True) | models.Q(unit__path__in=above))


class Plan(ScopedModel):
    """Kế hoạch, chương trình công tác of a unit (e.g. "Kế hoạch 273-KH/TU"), split into tasks."""

    objects = FromAboveQuerySet.as_manager()

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị ban hành"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="steering_plans",
                             limit_choices_to={"is_current": True})
    symbol = models.CharField(_("số, ký hiệu"), max_length=60, help_text=_("Ví dụ: 273-KH/TU"))
    title = models.CharField(_("trích yếu"), max_length=300)
    issued_on = models.DateField(_("ngày ban hành"))
    notes = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("kế hoạch")
        verbose_name_plural = pgettext_lazy("plural", "kế hoạch")
        ordering = ("-issued_on", "symbol")

    def __str__(self):
        return f"{self.symbol}: {self.title}"

    def get_absolute_url(self):
        return reverse("steering:plan", args=[self.pk])


class Task(ScopedModel):
    """Nhiệm vụ of a plan: what, which unit leads, who coordinates, by when, how far along; its status is computed
    from its dates (`services.task_status`), never typed."""

    plan = models.ForeignKey(Plan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="tasks")
    title = models.CharField(_("nội dung nhiệm vụ"), max_length=500)
    area = models.CharField(_("lĩnh vực"), max_length=120, blank=True)
    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị chủ trì"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="steering_tasks",
                             limit_choices_to={"is_current": True})
    co_units = models.ManyToManyField("geo.AdminUnit", verbose_name=_("đơn vị cùng chủ trì"), blank=True,
                                      related_name="co_led_steering_tasks", limit_choices_to={"is_current": True},
                                      help_text=_("Khi nhiệm vụ có nhiều đơn vị chủ trì; phạm vi và nhắc hạn theo "
                                                  "đơn vị chủ trì chính."))
    coordinators = models.CharField(_("cơ quan phối hợp"), max_length=300, blank=True)
    deadline = models.DateField(_("thời hạn"), db_index=True)
    progress = models.PositiveSmallIntegerField(_("tiến độ (%)"), default=0,
                                                validators=[MaxValueValidator(100)])
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    is_key = models.BooleanField(_("nhiệm vụ trọng tâm"), default=False)
    evidence = models.FileField(_("tài liệu minh chứng"), upload_to="steering/evidence/%Y/", blank=True)
    source_document = models.ForeignKey("intake.Document", verbose_name=_("văn bản nguồn"), null=True, blank=True,
                                        on_delete=models.SET_NULL, related_name="steering_tasks")
    model_type = models.ForeignKey("initiatives.ModelType", verbose_name=_("mô hình nhân rộng"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="steering_tasks",
                                   help_text=_("Khi nhiệm vụ là nhân rộng một mô hình (từ đề xuất nhân rộng)."))
    notes = models.TextField(_("ghi chú"), blank=True)
    report_kind = models.CharField(_("báo cáo định kỳ yêu cầu"), max_length=20, choices=PERIODIC_CHOICES, blank=True,
                                   help_text=_("Khi nhiệm vụ là hạn nộp báo cáo của các đơn vị cấp dưới: loại báo "
                                               "cáo; thời hạn của nhiệm vụ là hạn báo cáo."))
    report_period_end = models.DateField(_("kỳ báo cáo kết thúc ngày"), null=True, blank=True)
    due_soon_reminded_for = models.DateField(null=True, editable=False)
    """The deadline whose "due soon" reminder went out (`services.send_reminders`), so that a re-run skips it in SQL."""
    overdue_reminded_for = models.DateField(null=True, editable=False)
    """The deadline whose "overdue" reminder went out."""

    class Meta:
        verbose_name = _("nhiệm vụ")
        verbose_name_plural = pgettext_lazy("plural", "nhiệm vụ")
        ordering = ("deadline", "pk")
        constraints = [models.CheckConstraint(
            condition=Q(report_kind="", report_period_end__isnull=True) | (~Q(report_kind="") & Q(
                report_period_end__isnull=False)),
            name="steering_task_report_kind_and_period",
            violation_error_message=_("Nhiệm vụ yêu cầu báo cáo cần cả loại báo cáo và ngày kết thúc kỳ báo cáo."))]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("steering:task", args=[self.pk])


class CalendarFeed(models.Model):
    """A user's secret iCalendar address for their deadlines; deleting it (or making a new one) revokes the old."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="calendar_feed")
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("lịch nhiệm vụ")
        verbose_name_plural = pgettext_lazy("plural", "lịch nhiệm vụ")

    def __str__(self):
        return str(self.user)


class InspectionRound(ScopedModel):
    """Đợt kiểm tra: a team of the organising unit visits some units; its conclusions' recommendations become
    follow-up tasks (gathered in the round's plan)."""

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị tổ chức"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="inspection_rounds",
                             limit_choices_to={"is_current": True})
    title = models.CharField(_("tên đợt kiểm tra"), max_length=300)
    reference = models.CharField(_("số kế hoạch kiểm tra"), max_length=60, blank=True)
    lead = models.CharField(_("trưởng đoàn"), max_length=150, help_text=_("Họ trước, tên sau; chức vụ."))
    team = models.TextField(_("thành viên đoàn"), blank=True, help_text=_("Mỗi người một dòng."))
    start_on = models.DateField(_("từ ngày"))
    end_on = models.DateField(_("đến ngày"))
    plan = models.OneToOneField(Plan, verbose_name=_("kế hoạch thực hiện kết luận"), null=True, blank=True,
                                editable=False, on_delete=models.SET_NULL, related_name="inspection_round")

    objects = FromAboveQuerySet.as_manager()

    class Meta:
        verbose_name = _("đợt kiểm tra")
        verbose_name_plural = pgettext_lazy("plural", "đợt kiểm tra")
        ordering = ("-start_on", "pk")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("steering:inspectionround", args=[self.pk])


class InspectionVisit(ScopedModel):
    """The visit of a round to one unit: its self-report, the visit record and the conclusion."""

    round = models.ForeignKey(InspectionRound, verbose_name=_("đợt kiểm tra"), on_delete=models.CASCADE,
                              related_name="visits")
    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị được kiểm tra"), on_delete=models.PROTECT,
                             related_name="inspection_visits", limit_choices_to={"is_current": True})
    planned_on = models.DateField(_("ngày dự kiến"))
    self_report = models.TextField(_("báo cáo tự kiểm tra"), blank=True)
    self_reported_on = models.DateField(_("ngày nhận báo cáo tự kiểm tra"), null=True, blank=True)
    visited_on = models.DateField(_("ngày kiểm tra"), null=True, blank=True)
    record = models.TextField(_("biên bản kiểm tra"), blank=True)
    conclusion = models.TextField(_("kết luận"), blank=True)
    concluded_on = models.DateField(_("ngày kết luận"), null=True, blank=True)

    class Meta:
        verbose_name = _("cuộc kiểm tra")
        verbose_name_plural = pgettext_lazy("plural", "cuộc kiểm tra")
        ordering = ("planned_on", "pk")

    def __str__(self):
        return f"{self.round} – {self.unit.full_name}"

    def get_absolute_url(self):
        return reverse("steering:inspectionvisit", args=[self.pk])


class Finding(ScopedModel):
    """A finding of a visit's conclusion and its recommendation; resolved when its follow-up task is done."""

    scope_field = "visit__unit"

    visit = models.ForeignKey(InspectionVisit, verbose_name=_("cuộc kiểm tra"), on_delete=models.CASCADE,
                              related_name="findings")
    text = models.TextField(_("tồn tại, hạn chế"))
    recommendation = models.TextField(_("kiến nghị"))
    task = models.OneToOneField(Task, verbose_name=_("nhiệm vụ khắc phục"), null=True, blank=True, editable=False,
                                on_delete=models.SET_NULL, related_name="finding")

    class Meta:
        verbose_name = _("tồn tại, kiến nghị")
        verbose_name_plural = pgettext_lazy("plural", "tồn tại, kiến nghị")
        ordering = ("visit", "pk")

    def __str__(self):
        return self.text[:120]

    def get_absolute_url(self):
        return reverse("steering:finding", args=[self.pk])


class Programme(ScopedModel):
    """Chương trình phối hợp between agencies (e.g. the Ministry and the Fatherland Front, 2013–2023, renewed),
    with each organisation's obligations, their yearly progress and the final (10-year) review."""

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("cấp ký kết"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="programmes", limit_choices_to={"is_current": True})
    reference = models.CharField(_("số, ký hiệu"), max_length=80, blank=True)
    title = models.CharField(_("tên chương trình"), max_length=300)
    parties = models.TextField(_("các bên ký kết"), help_text=_("Mỗi cơ quan, tổ chức một dòng."))
    start_year = models.PositiveSmallIntegerField(_("từ năm"))
    end_year = models.PositiveSmallIntegerField(_("đến năm"))
    renews = models.ForeignKey("self", verbose_name=_("tiếp nối chương trình"), null=True, blank=True,
                               on_delete=models.SET_NULL, related_name="renewals")
    reviewed_on = models.DateField(_("ngày tổng kết"), null=True, blank=True)
    review = models.TextField(_("kết quả tổng kết"), blank=True)

    objects = FromAboveQuerySet.as_manager()

    class Meta:
        verbose_name = _("chương trình phối hợp")
        verbose_name_plural = pgettext_lazy("plural", "chương trình phối hợp")
        ordering = ("-start_year", "pk")

    def __str__(self):
        return f"{self.title} ({self.start_year}–{self.end_year})"

    def get_absolute_url(self):
        return reverse("steering:programme", args=[self.pk])


class Obligation(ScopedModel):
    """What one organisation undertakes in a programme."""

    scope_field = "programme__unit"

    programme = models.ForeignKey(Programme, verbose_name=_("chương trình phối hợp"), on_delete=models.CASCADE,
                                  related_name="obligations")
    organisation = models.CharField(_("cơ quan, tổ chức"), max_length=200)
    content = models.TextField(_("trách nhiệm"))

    class Meta:
        verbose_name = _("trách nhiệm phối hợp")
        verbose_name_plural = pgettext_lazy("plural", "trách nhiệm phối hợp")
        ordering = ("programme", "organisation", "pk")

    def __str__(self):
        return f"{self.organisation}: {self.content[:80]}"

    def get_absolute_url(self):
        return reverse("steering:obligation", args=[self.pk])


class ProgressReport(ScopedModel):
    """The yearly progress of one obligation."""

    scope_field = "obligation__programme__unit"

    obligation = models.ForeignKey(Obligation, verbose_name=_("trách nhiệm phối hợp"), on_delete=models.CASCADE,
                                   related_name="reports")
    year = models.PositiveSmallIntegerField(_("năm"))
    progress = models.PositiveSmallIntegerField(_("mức hoàn thành (%)"), validators=[MaxValueValidator(100)])
    result = models.TextField(_("kết quả"), blank=True)

    class Meta:
        verbose_name = _("kết quả hằng năm")
        verbose_name_plural = pgettext_lazy("plural", "kết quả hằng năm")
        ordering = ("obligation", "year")
        constraints = [models.UniqueConstraint(
            fields=("obligation", "year"), name="progress_once_a_year",
            violation_error_message=_("Đã có kết quả của năm này cho trách nhiệm này."))]

    def __str__(self):
        return f"{self.obligation.organisation} – {self.year}: {self.progress}%"

    def get_absolute_url(self):
        return reverse("steering:progressreport", args=[self.pk])
