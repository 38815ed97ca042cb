"""Documents taken in, the mentions extracted from them, and the candidate models they reveal."""
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from phongtrao.core.db import VIETNAMESE
from phongtrao.core.models import BaseModel, ScopedModel
from phongtrao.core.text import fold


class Document(ScopedModel):
    """Tài liệu: a file or pasted text, kept as received, with its cleaned body and extracted facts.

    It belongs to the uploader's unit, or to the main place it talks about when that lies inside the uploader's scope.
    """

    class Status(models.TextChoices):
        QUEUED = "queued", _("Đang chờ xử lý")
        PROCESSED = "processed", _("Đã xử lý")
        FAILED = "failed", _("Lỗi")

    scope_field = "unit"

    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("đơn vị"), null=True, blank=True, on_delete=models.PROTECT,
                             related_name="documents", limit_choices_to={"is_current": True})
    file = models.FileField(_("tệp gốc"), upload_to="intake/%Y/%m/", blank=True)
    filename = models.CharField(_("tên tệp"), max_length=255)
    format = models.CharField(_("định dạng"), max_length=10, blank=True)
    size = models.PositiveIntegerField(_("dung lượng (byte)"), default=0)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    text_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False,
                                 help_text=_("Dấu vân tay của nội dung đã làm sạch, để nhận ra bản đăng lại."))
    duplicate_of = models.ForeignKey("self", verbose_name=_("bản trùng của"), null=True, blank=True,
                                     on_delete=models.SET_NULL, related_name="copies")
    title = models.CharField(_("tiêu đề"), max_length=500, blank=True, db_collation=VIETNAMESE)
    search_folded = models.TextField(editable=False, default="")
    published = models.DateField(_("ngày đăng"), null=True, blank=True)
    body = models.TextField(_("nội dung đã làm sạch"), blank=True)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.QUEUED,
                              editable=False)
    error = models.CharField(_("lỗi"), max_length=500, blank=True, editable=False)
    extraction = models.JSONField(default=dict, blank=True, editable=False)
    model_types = models.ManyToManyField("initiatives.ModelType", verbose_name=_("mô hình được nhắc đến"), blank=True,
                                         related_name="documents")
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="documents", editable=False)
    processed = models.DateTimeField(_("xử lý lúc"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("tài liệu")
        verbose_name_plural = pgettext_lazy("plural", "tài liệu")
        ordering = ("-created",)
        indexes = [models.Index(fields=("status", "created"), name="intake_doc_status_created")]

    def __str__(self):
        return self.title or self.filename

    def get_absolute_url(self):
        return reverse("intake:document", args=[self.pk])

    def save(self, *args, **kwargs):
        self.search_folded = fold(f"{self.title} {self.filename}")
        super().save(*args, **kwargs)


class MentionKind(models.TextChoices):
    MODEL = "model", _("Mô hình")
    PLACE = "place", _("Địa danh")
    DOCUMENT = "document", _("Văn bản")
    DATE = "date", _("Ngày tháng")
    DEADLINE = "deadline", _("Thời hạn")
    COUNT = "count", _("Số liệu")


EXTRACTION_KINDS = {"models": MentionKind.MODEL, "places": MentionKind.PLACE, "documents": MentionKind.DOCUMENT,
                    "dates": MentionKind.DATE, "deadlines": MentionKind.DEADLINE, "counts": MentionKind.COUNT}
"""Lists of the extraction result → mention kind."""


PRIMARY_FIELD = {MentionKind.MODEL: "name", MentionKind.PLACE: "unit_code", MentionKind.DOCUMENT: "symbol",
                 MentionKind.DATE: "value", MentionKind.DEADLINE: "value", MentionKind.COUNT: "value"}
"""The field of a mention's value that a reviewer corrects."""


class Mention(BaseModel):
    """One extracted item of a document (all its occurrences), with the reviewer's correction if any.

    Corrections are kept beside the extracted value: they are future training and test data.
    """

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="mentions")
    kind = models.CharField(_("loại"), max_length=10, choices=MentionKind.choices)
    text = models.TextField(_("đoạn văn"))
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    value = models.JSONField(_("giá trị trích xuất"), default=dict)
    corrected_value = models.JSONField(_("giá trị đã sửa"), null=True, blank=True)
    corrected_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                     related_name="+")
    corrected_at = models.DateTimeField(null=True, blank=True)
    is_rejected = models.BooleanField(_("trích xuất sai"), default=False)
    model_type = models.ForeignKey("initiatives.ModelType", null=True, blank=True, on_delete=models.SET_NULL,
                                   related_name="mentions")
    candidate = models.ForeignKey("Candidate", null=True, blank=True, on_delete=models.SET_NULL, related_name="mentions")

    class Meta:
        verbose_name = _("đề cập")
        verbose_name_plural = pgettext_lazy("plural", "đề cập")
        ordering = ("document", "start")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.text[:80]}"

    @property
    def current_value(self) -> dict:
        return self.corrected_value if self.corrected_value is not None else self.value

    @property
    def extracted_primary(self):
        """The extracted value of the field a reviewer corrects (shown beside the correction)."""
        return self.value.get(PRIMARY_FIELD[MentionKind(self.kind)])

    @property
    def occurrences(self) -> list[tuple[int, int]]:
        return [tuple(o) for o in self.value.get("occurrences") or [[self.start, self.end]]]


class Candidate(ScopedModel):
    """Mô hình tự phát: a model named in documents but absent from the registry, waiting for a reviewer.

    One open candidate per folded name; every document naming it is attached. A rejected name is remembered and not
    proposed again; an accepted or linked one is matched to its type from then on.
    """

    class State(models.TextChoices):
        NEW = "new", _("Chờ duyệt")
        ACCEPTED = "accepted", _("Đã công nhận")
        LINKED = "linked", _("Đã liên kết")
        REJECTED = "rejected", _("Đã loại")

    scope_field = "unit"

    name = models.CharField(_("tên mô hình"), max_length=200, db_collation=VIETNAMESE)
    name_folded = models.CharField(max_length=200, db_index=True, editable=False)
    unit = models.ForeignKey("geo.AdminUnit", verbose_name=_("địa bàn"), null=True, blank=True,
                             on_delete=models.PROTECT, related_name="intake_candidates")
    evidence = models.TextField(_("câu trích dẫn"), blank=True)
    first_seen = models.DateField(_("thấy lần đầu"), null=True, blank=True)
    last_seen = models.DateField(_("thấy gần nhất"), null=True, blank=True)
    documents = models.ManyToManyField(Document, verbose_name=_("tài liệu"), related_name="candidates", blank=True)
    state = models.CharField(_("trạng thái"), max_length=10, choices=State.choices, default=State.NEW)
    model_type = models.ForeignKey("initiatives.ModelType", verbose_name=_("mô hình"), null=True, blank=True,
                                   on_delete=models.SET_NULL, related_name="candidates")
    site = models.ForeignKey("initiatives.Site", verbose_name=_("điểm mô hình"), null=True, blank=True,
                             on_delete=models.SET_NULL, related_name="candidates")
    reviewed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(_("ghi chú"), blank=True)

    class Meta:
        verbose_name = _("mô hình đề xuất")
        verbose_name_plural = pgettext_lazy("plural", "mô hình đề xuất")
        ordering = ("-last_seen", "name")
        indexes = [models.Index(fields=("state", "name_folded"), name="intake_cand_state_name")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("intake:candidate", args=[self.pk])

    def save(self, *args, **kwargs):
        self.name_folded = fold(self.name)
        super().save(*args, **kwargs)
