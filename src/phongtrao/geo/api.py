"""REST API of the geo app: units (read-only) and the place lookup."""
from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from .filters import AdminUnitFilterSet
from .models import AdminUnit
from .services import resolve_place


class AdminUnitSerializer(serializers.ModelSerializer):
    parent_code = serializers.CharField(source="parent.code", default=None, read_only=True, allow_null=True)

    class Meta:
        model = AdminUnit
        fields = ("id", "url", "code", "is_current", "level", "kind", "name", "full_name", "parent", "parent_code",
                  "path", "valid_from", "valid_to", "lat", "lon")
        extra_kwargs = {"url": {"view_name": "api:adminunit-detail"}}


class ResolutionSerializer(serializers.Serializer):
    unit = AdminUnitSerializer()
    legacy = AdminUnitSerializer(allow_null=True)
    score = serializers.FloatField()


class AdminUnitViewSet(viewsets.ReadOnlyModelViewSet):
    """Administrative units, current and legacy. Filter with `is_current`, `level`, `province`, `q`."""

    queryset = AdminUnit.objects.select_related("parent")
    serializer_class = AdminUnitSerializer
    filterset_class = AdminUnitFilterSet
    ordering_fields = ("path", "name", "code")

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, required=True, description=_("Địa danh cần tra cứu")),
            OpenApiParameter("parent", str, description=_("Đơn vị cấp trên (mã hoặc tên)")),
        ],
        responses=ResolutionSerializer(many=True),
    )
    @action(detail=False, filterset_class=None, pagination_class=None)
    def lookup(self, request, *args, **kwargs):
        """Resolve free text (with or without diacritics, level words, legacy names) to current units."""
        text = request.query_params.get("q", "").strip()
        if not text:
            raise ValidationError({"q": [_("Cần nhập địa danh cần tra cứu.")]})
        if len(text) > 200:
            raise ValidationError({"q": [_("Địa danh quá dài (tối đa 200 ký tự).")]})
        results = resolve_place(text, parent=request.query_params.get("parent") or None, limit=10)
        return Response(ResolutionSerializer(results, many=True, context={"request": request}).data)
