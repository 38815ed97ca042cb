"""REST API of intake: documents (read, upload, edit) and candidate models with accept / link / reject actions."""
from django.db.models import Prefetch
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.decorators import action
from rest_framework.parsers import FormParser, JSONParser, MultiPartParser
from rest_framework.response import Response

from phongtrao.core.api import (JobSerializer, ScopedModelViewSet, ScopedPrimaryKeyRelatedField, ScopedSlugRelatedField,
                               ServiceModelSerializer)
from phongtrao.core.jobs import start_job
from phongtrao.geo.models import AdminUnit
from phongtrao.initiatives.models import ModelType, Site

from . import services
from .filters import CandidateFilterSet, DocumentFilterSet
from .jobs import JOB_KIND, batch_of, process_batch, result_rows, summary
from .models import Candidate, Document, Mention


class MentionSerializer(serializers.ModelSerializer):
    class Meta:
        model = Mention
        fields = ("id", "kind", "text", "start", "end", "value", "corrected_value", "is_rejected", "model_type",
                  "candidate")


class DocumentSerializer(ServiceModelSerializer):
    """Create with a `file` (multipart: txt, html, docx, pdf or zip) or a pasted `text`; it is processed at once."""

    file = serializers.FileField(write_only=True, required=False)
    text = serializers.CharField(write_only=True, required=False, allow_blank=True)
    unit = ScopedPrimaryKeyRelatedField(queryset=AdminUnit.objects.all(), allow_null=True, required=False)
    mentions = MentionSerializer(many=True, read_only=True)
    service_extra = ("file", "text")

    class Meta:
        model = Document
        fields = ("id", "url", "title", "filename", "format", "size", "sha256", "published", "unit", "status", "error",
                  "duplicate_of", "body", "model_types", "mentions", "created_by", "created", "last_updated", "file",
                  "text")
        read_only_fields = ("filename", "format", "size", "sha256", "status", "error", "duplicate_of", "body",
                            "model_types", "created_by")
        extra_kwargs = {"url": {"view_name": "api:document-detail"}}

    def validate(self, attrs):
        if self.instance is None and not attrs.get("file") and not (attrs.get("text") or "").strip():
            raise serializers.ValidationError({"text": [_("Gửi tệp (file) hoặc nội dung văn bản (text).")]})
        if attrs.get("file") is not None and attrs["file"].name.lower().endswith(".zip"):
            raise serializers.ValidationError({"file": [_("Tệp ZIP chứa nhiều tài liệu: gửi tới "
                                                          "/api/intake/documents/upload/ (trả về từng tài liệu).")]})
        return attrs

    def persist(self, instance, *, user, file=None, text=None):
        if instance.pk:
            instance.save()
            return instance
        unit = instance.unit if "unit" in self.validated_data else user.unit
        documents = services.ingest_batch(files=[file] if file else [], text=text or "", title=instance.title,
                                          user=user, unit=unit)
        process_batch(documents)
        return documents[0]


class UploadSerializer(serializers.Serializer):
    """One upload of many files (zips are unpacked) and/or pasted text."""

    files = serializers.ListField(child=serializers.FileField(), required=False, default=list)
    text = serializers.CharField(required=False, allow_blank=True, default="")
    title = serializers.CharField(required=False, allow_blank=True, default="", max_length=500)
    unit = ScopedPrimaryKeyRelatedField(queryset=AdminUnit.objects.all(), allow_null=True, required=False)
    background = serializers.BooleanField(required=False, default=False, help_text=(
        "Answer 202 at once with the job to poll (/api/core/jobs/{id}/) instead of processing before answering."))

    def validate(self, attrs):
        if not attrs["files"] and not attrs["text"].strip():
            raise serializers.ValidationError({"files": [_("Gửi tệp (files) hoặc nội dung văn bản (text).")]})
        if len(attrs["files"]) > services.max_files():
            raise serializers.ValidationError({"files": [_("Tối đa %(n)d tệp mỗi lần.") % {"n": services.max_files()}]})
        return attrs


class UploadResultSerializer(serializers.Serializer):
    summary = serializers.CharField()
    results = serializers.ListField(child=serializers.DictField(), help_text=(
        "One row per file, in upload order: id, filename, title, outcome (processed, duplicate, resent, failed), "
        "error, duplicate_of, known (models matched to the registry), new (models sent to the review queue)."))


class DocumentViewSet(ScopedModelViewSet):
    """Documents inside your jurisdiction, with their cleaned body and extracted mentions."""

    queryset = Document.objects.select_related("unit").prefetch_related("mentions", "model_types")
    serializer_class = DocumentSerializer
    filterset_class = DocumentFilterSet
    ordering_fields = ("published", "created", "title")
    parser_classes = (JSONParser, MultiPartParser, FormParser)

    @extend_schema(request=UploadSerializer, responses={201: UploadResultSerializer, 202: JobSerializer})
    @action(detail=False, methods=["post"])
    def upload(self, request, *args, **kwargs):
        """Many files at once (zips unpacked, each member a document) and/or pasted text; processed before answering,
        or in the background (`background=true`: 202 with the job, whose `result.rows` lists the files when done)."""
        payload = UploadSerializer(data=request.data, context=self.get_serializer_context())
        payload.is_valid(raise_exception=True)
        data = payload.validated_data
        unit = data["unit"] if "unit" in data else request.user.unit
        documents = services.ingest_batch(files=data["files"], text=data["text"], title=data["title"],
                                          user=request.user, unit=unit)
        if data["background"]:
            job = start_job(kind=JOB_KIND, label=_("Xử lý %(n)d tài liệu") % {"n": len(documents)}, user=request.user,
                            unit=unit, **batch_of(documents))
            return Response(JobSerializer(job, context={"request": request}).data, status=202)
        outcome = process_batch(documents)
        return Response({"summary": summary(outcome), "results": result_rows(**batch_of(documents))}, status=201)


class CandidateSerializer(serializers.ModelSerializer):
    documents = serializers.PrimaryKeyRelatedField(many=True, read_only=True)

    class Meta:
        model = Candidate
        fields = ("id", "url", "name", "unit", "evidence", "first_seen", "last_seen", "documents", "state", "model_type",
                  "site", "reviewed_by", "reviewed_at", "note")
        read_only_fields = fields
        extra_kwargs = {"url": {"view_name": "api:candidate-detail"}}


class AcceptSerializer(serializers.Serializer):
    commune = ScopedSlugRelatedField(slug_field="code", queryset=AdminUnit.objects.filter(level="commune"),
                                     required=False, allow_null=True)
    model_type = ScopedPrimaryKeyRelatedField(queryset=ModelType.objects.all(), required=False, allow_null=True)
    name = serializers.CharField(required=False, allow_blank=True, default="")
    site_name = serializers.CharField(required=False, allow_blank=True, default="")


class LinkSerializer(serializers.Serializer):
    model_type = ScopedPrimaryKeyRelatedField(queryset=ModelType.objects.all(), required=False, allow_null=True)
    site = ScopedPrimaryKeyRelatedField(queryset=Site.objects.select_related("commune"), required=False, allow_null=True)
    note = serializers.CharField(required=False, allow_blank=True, default="")


class RejectSerializer(serializers.Serializer):
    note = serializers.CharField(required=False, allow_blank=True, default="")


class CandidateViewSet(ScopedModelViewSet):
    """The review queue: models named in documents but not in the registry. Decide with accept, link or reject."""

    queryset = Candidate.objects.select_related("unit")
    serializer_class = CandidateSerializer
    filterset_class = CandidateFilterSet
    ordering_fields = ("last_seen", "first_seen", "name")
    http_method_names = ["get", "post", "head", "options"]

    def get_queryset(self):
        """`documents` lists only those inside the user's scope."""
        documents = Document.objects.for_user(self.request.user)
        return super().get_queryset().prefetch_related(Prefetch("documents", queryset=documents))

    @extend_schema(exclude=True)
    def create(self, request, *args, **kwargs):
        raise exceptions.MethodNotAllowed(request.method)

    def _decide(self, request, payload_class, service):
        candidate = self.get_object()
        payload = payload_class(data=request.data, context=self.get_serializer_context())
        payload.is_valid(raise_exception=True)
        candidate = service(user=request.user, candidate=candidate, **payload.validated_data)
        return Response(self.get_serializer(candidate).data)

    @extend_schema(request=AcceptSerializer, responses=CandidateSerializer)
    @action(detail=True, methods=["post"])
    def accept(self, request, pk=None, **kwargs):
        """Create a site with status unverified (and the type if new) in the candidate's commune or `commune`."""
        return self._decide(request, AcceptSerializer, services.accept_candidate)

    @extend_schema(request=LinkSerializer, responses=CandidateSerializer)
    @action(detail=True, methods=["post"])
    def link(self, request, pk=None, **kwargs):
        """Link to an existing `model_type` or `site`; the name will match it from then on."""
        return self._decide(request, LinkSerializer, services.link_candidate)

    @extend_schema(request=RejectSerializer, responses=CandidateSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None, **kwargs):
        """Not a model: remembered, never proposed again."""
        return self._decide(request, RejectSerializer, services.reject_candidate)
