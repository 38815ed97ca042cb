"""REST API of reports: list, read, generate (POST), edit a draft's header and narrative (PATCH), issue, reissue."""
from django.urls import reverse
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from phongtrao.core.api import ScopedModelViewSet, ServiceModelSerializer

from . import services
from .filters import ReportFilterSet
from .forms import GenerateForm
from .models import Report


class ReportSerializer(ServiceModelSerializer):
    """A report; `content` holds the sections (tables, figures with the ids they count), `narrative` the text per
    part (PATCH it on a draft). `files` link to the DOCX and PDF."""

    reference = serializers.CharField(read_only=True)
    files = serializers.SerializerMethodField()

    class Meta:
        model = Report
        fields = ("id", "url", "kind", "unit", "period_start", "period_end", "model_type", "state", "summary",
                  "superior_body", "issuing_body", "symbol", "place", "number", "reference", "issued_on",
                  "sign_form", "sign_authority", "signer_position", "signer_name", "recipients", "narrative",
                  "content", "revision", "supersedes", "files")
        read_only_fields = ("kind", "unit", "period_start", "period_end", "model_type", "content")
        extra_kwargs = {"url": {"view_name": "api:report-detail"}, "narrative": {"read_only": False}}

    def get_files(self, obj) -> dict:
        return {fmt: reverse("reports:report_download", args=[obj.pk, fmt]) for fmt in ("docx", "pdf")}

    def validate_narrative(self, value):
        if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
            raise serializers.ValidationError(_("Phần lời là một từ điển: tên phần → đoạn văn."))
        return {**(self.instance.narrative if self.instance else {}), **value}

    def persist(self, instance, *, user, **extra):
        return services.save_report(user=user, report=instance)


class ReportListSerializer(ReportSerializer):
    """A report in a list: without its content and narrative (a national report's content is megabytes)."""

    class Meta(ReportSerializer.Meta):
        fields = tuple(f for f in ReportSerializer.Meta.fields if f not in ("content", "narrative"))


class GenerateSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(choices=Report._meta.get_field("kind").choices)
    year = serializers.IntegerField(min_value=2000, max_value=2100)
    part = serializers.IntegerField(required=False, min_value=1, max_value=12, help_text="Tháng 1–12, quý 1–4, nửa năm 1–2.")
    unit = serializers.IntegerField(required=False, allow_null=True, min_value=1, help_text="Để trống: toàn quốc.")
    model_type = serializers.IntegerField(required=False, min_value=1, help_text="Sơ kết, tổng kết: mô hình.")
    start = serializers.DateField(required=False, help_text="Sơ kết, tổng kết: ngày bắt đầu giai đoạn.")


class ReportViewSet(ScopedModelViewSet):
    """Reports inside your jurisdiction. POST generates a draft from the data; issue freezes and numbers it."""

    queryset = Report.objects.select_related("unit")
    serializer_class = ReportSerializer
    filterset_class = ReportFilterSet
    ordering_fields = ("period_end", "issued_on")
    http_method_names = ["get", "post", "patch", "delete", "head", "options"]

    def get_serializer_class(self):
        return ReportListSerializer if self.action == "list" else ReportSerializer

    def get_queryset(self):
        queryset = super().get_queryset()
        return queryset.defer("content", "narrative") if self.action == "list" else queryset

    @extend_schema(request=GenerateSerializer, responses={201: ReportSerializer})
    def create(self, request, *args, **kwargs):
        """Generate a draft: `kind`, `year`, `part`, `unit` (or a review's `model_type` and `start`)."""
        payload = GenerateSerializer(data=request.data)
        payload.is_valid(raise_exception=True)  # types first; the form then applies the scope and the period rules
        form = GenerateForm({k: "" if v is None else v for k, v in payload.validated_data.items()}, user=request.user)
        if not form.is_valid():
            raise exceptions.ValidationError(form.errors.get_json_data())
        data = form.cleaned_data
        report = services.generate_report(user=request.user, kind=data["kind"], unit=data["unit"],
                                          start=data.get("start"), end=data["end"], model_type=data.get("model_type"))
        return Response(self.get_serializer(report).data, status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        services.delete_report(user=self.request.user, report=instance)

    @extend_schema(request=None, responses=ReportSerializer)
    @action(detail=True, methods=["post"])
    def issue(self, request, pk=None, **kwargs):
        """Number, date and freeze the draft (its figures' rows and files are kept as they are)."""
        report = services.issue_report(user=request.user, report=self.get_object())
        return Response(self.get_serializer(report).data)

    @extend_schema(request=None, responses={201: ReportSerializer})
    @action(detail=True, methods=["post"])
    def reissue(self, request, pk=None, **kwargs):
        """A new draft version of an issued report, with today's figures."""
        report = services.reissue_report(user=request.user, report=self.get_object())
        return Response(self.get_serializer(report).data, status=status.HTTP_201_CREATED)
