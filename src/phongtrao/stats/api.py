"""REST API of the monthly statistics: indicators, reports with their values and approval steps, values."""
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, mixins, serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from phongtrao.core.api import ScopedSlugRelatedField, message_dict
from phongtrao.core.scoping import path_in_scope
from phongtrao.geo.models import AdminUnit, Level

from . import services
from .filters import IndicatorFilterSet, MonthField, MonthlyReportFilterSet, ValueFilterSet
from .models import Indicator, MonthlyReport, Value


class IndicatorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Indicator
        fields = ("id", "code", "name", "unit_label", "lower_is_better", "group", "position", "active")


class ValueSerializer(serializers.ModelSerializer):
    commune = serializers.CharField(source="report.commune.code", read_only=True)
    month = serializers.DateField(source="report.month", read_only=True)
    indicator = serializers.CharField(source="indicator.code", read_only=True)
    state = serializers.CharField(source="report.state", read_only=True)

    class Meta:
        model = Value
        fields = ("id", "commune", "month", "indicator", "value", "estimated", "state")


class MonthlyReportSerializer(serializers.ModelSerializer):
    commune = ScopedSlugRelatedField(slug_field="code", queryset=AdminUnit.objects.filter(level=Level.COMMUNE,
                                                                                          is_current=True))
    month = serializers.DateField(input_formats=MonthField.input_formats)
    values = serializers.SerializerMethodField()

    class Meta:
        model = MonthlyReport
        fields = ("id", "url", "commune", "month", "state", "return_reason", "submitted_on", "approved_on", "values")
        read_only_fields = ("state", "return_reason", "submitted_on", "approved_on")
        extra_kwargs = {"url": {"view_name": "api:monthlyreport-detail"}}

    def get_values(self, report) -> dict[str, float]:
        return {value.indicator.code: value.value for value in report.values.all()}


class ValuesInputSerializer(serializers.Serializer):
    values = serializers.DictField(child=serializers.FloatField(min_value=0, allow_null=True),
                                   help_text=_("Mã chỉ tiêu → số liệu (null để xóa)."))


class ReasonSerializer(serializers.Serializer):
    reason = serializers.CharField(required=False, allow_blank=True, default="")


def _service(call):
    """Run a service call: a rule it breaks is a 400 with its message, a scope refusal a 403."""
    try:
        return call()
    except DjangoValidationError as exc:
        raise exceptions.ValidationError(message_dict(exc)) from exc
    except PermissionDenied as exc:
        raise exceptions.PermissionDenied(str(exc)) from exc


class IndicatorViewSet(viewsets.ReadOnlyModelViewSet):
    """Chỉ tiêu thống kê (danh mục do quản trị hệ thống sửa)."""

    queryset = Indicator.objects.all()
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilterSet


class ValueViewSet(viewsets.ReadOnlyModelViewSet):
    """Số liệu theo xã và tháng, trong phạm vi của người dùng."""

    queryset = Value.objects.select_related("report__commune", "indicator")
    serializer_class = ValueSerializer
    filterset_class = ValueFilterSet

    def get_queryset(self):
        return super().get_queryset().for_user(self.request.user)


class MonthlyReportViewSet(mixins.CreateModelMixin, viewsets.ReadOnlyModelViewSet):
    """Báo cáo thống kê tháng của xã: tạo (xã, tháng), ghi số liệu, gửi, duyệt, trả lại, mở lại."""

    queryset = MonthlyReport.objects.select_related("commune").prefetch_related("values__indicator")
    serializer_class = MonthlyReportSerializer
    filterset_class = MonthlyReportFilterSet

    def get_queryset(self):
        action_name = "view" if self.request.method in ("GET", "HEAD", "OPTIONS") else "change"
        return super().get_queryset().for_user(self.request.user, action_name)

    def perform_create(self, serializer):
        data = serializer.validated_data
        if not path_in_scope(self.request.user, data["commune"].path, "add"):
            raise exceptions.ValidationError({"commune": [_("Đơn vị nằm ngoài phạm vi quản lý của bạn.")]})
        serializer.instance = _service(lambda: services.get_report(self.request.user, data["commune"], data["month"]))

    def _respond(self, report):
        report = self.get_queryset().model.objects.prefetch_related("values__indicator").get(pk=report.pk)
        return Response(MonthlyReportSerializer(report, context=self.get_serializer_context()).data)

    @extend_schema(request=ValuesInputSerializer, responses=MonthlyReportSerializer)
    @action(detail=True, methods=["post"])
    def values(self, request, pk=None):
        report = self.get_object()
        data = ValuesInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        codes = data.validated_data["values"]
        indicators = {i.code: i for i in Indicator.objects.filter(code__in=codes)}
        unknown = sorted(set(codes) - set(indicators))
        if unknown:
            raise exceptions.ValidationError({"values": [_("Không có chỉ tiêu mã %(codes)s.") % {
                "codes": ", ".join(unknown)}]})
        _service(lambda: services.set_values(request.user, report, {indicators[c]: v for c, v in codes.items()}))
        return self._respond(report)

    @extend_schema(request=None, responses=MonthlyReportSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        return self._respond(_service(lambda: services.submit(request.user, self.get_object())))

    @extend_schema(request=None, responses=MonthlyReportSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._respond(_service(lambda: services.approve(request.user, self.get_object())))

    @extend_schema(request=ReasonSerializer, responses=MonthlyReportSerializer)
    @action(detail=True, methods=["post"], url_path="return")
    def return_report(self, request, pk=None):
        data = ReasonSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        reason = data.validated_data["reason"]
        return self._respond(_service(lambda: services.return_report(request.user, self.get_object(), reason)))

    @extend_schema(request=ReasonSerializer, responses=MonthlyReportSerializer)
    @action(detail=True, methods=["post"])
    def reopen(self, request, pk=None):
        data = ReasonSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        reason = data.validated_data["reason"]
        return self._respond(_service(lambda: services.reopen(request.user, self.get_object(), reason)))
