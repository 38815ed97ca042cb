"""REST API of the model registry: types, sites (with bulk create), evaluations, status changes."""
from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.decorators import action
from rest_framework.response import Response

from phongtrao.core.api import (ScopedModelViewSet, ScopedSlugRelatedField, ServiceModelSerializer,
                               VersionedModelSerializer, message_dict)
from phongtrao.geo.models import AdminUnit

from . import services
from .filters import ModelTypeFilterSet, SiteFilterSet
from .models import Evaluation, ModelType, Site, Sponsor, Status


class ModelTypeSerializer(VersionedModelSerializer):
    sponsors = ScopedSlugRelatedField(slug_field="code", many=True, queryset=Sponsor.objects.all(), required=False)

    class Meta:
        model = ModelType
        fields = ("id", "url", "name", "aliases", "description", "category", "field", "sponsors", "origin_unit",
                  "originated_on", "recognition_ref", "exemplary", "exemplary_ref", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:modeltype-detail"}}


class SiteSerializer(ServiceModelSerializer):
    commune = ScopedSlugRelatedField(slug_field="code", queryset=AdminUnit.objects.filter(level="commune"))
    leading_org = ScopedSlugRelatedField(slug_field="code", queryset=Sponsor.objects.all(), allow_null=True,
                                         required=False)
    service_extra = ("initial_status",)
    initial_status = serializers.ChoiceField(choices=[Status.UNVERIFIED, Status.ACTIVE], write_only=True, required=False)

    class Meta:
        model = Site
        fields = ("id", "url", "model_type", "name", "commune", "address", "village", "lat", "lon", "started_on",
                  "members_count", "leading_org", "status", "initial_status", "replicated_from", "notes", "created",
                  "last_updated")
        read_only_fields = ("status",)
        extra_kwargs = {"url": {"view_name": "api:site-detail"}}

    def persist(self, instance, *, user, initial_status=None):
        return services.save_site(user=user, site=instance, status=initial_status)


class StatusChangeSerializer(serializers.Serializer):
    to_status = serializers.ChoiceField(choices=Status.choices)
    changed_on = serializers.DateField()
    decision_ref = serializers.CharField(required=False, allow_blank=True, default="")
    note = serializers.CharField(required=False, allow_blank=True, default="")


class EvaluationSerializer(ServiceModelSerializer):
    class Meta:
        model = Evaluation
        fields = ("id", "url", "site", "model_type", "unit", "period", "period_start", "period_end", "rating",
                  "incidents_before", "incidents_after", "disputes_mediated", "tips_given", "members", "narrative",
                  "attachment", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:evaluation-detail"}, "model_type": {"required": False}}

    def persist(self, instance, *, user):
        return services.save_evaluation(user=user, evaluation=instance)


class BadRow(Exception):
    """A row of a bulk request that failed; the whole request is rolled back."""

    def __init__(self, row: int, errors):
        super().__init__(row)
        self.row, self.errors = row, errors


class ModelTypeViewSet(ScopedModelViewSet):
    """Model types (mô hình). Everyone may read all types; editing is scoped to the unit of origin."""

    queryset = ModelType.objects.select_related("origin_unit").prefetch_related("sponsors")
    serializer_class = ModelTypeSerializer
    filterset_class = ModelTypeFilterSet
    ordering_fields = ("name", "originated_on")


class SiteViewSet(ScopedModelViewSet):
    """Model sites (điểm mô hình) inside your jurisdiction. `POST .../bulk/` creates many at once (all or none)."""

    queryset = Site.objects.select_related("commune", "leading_org")
    serializer_class = SiteSerializer
    filterset_class = SiteFilterSet
    ordering_fields = ("name", "started_on", "members_count")

    @extend_schema(request=SiteSerializer(many=True), responses={201: SiteSerializer(many=True)})
    @action(detail=False, methods=["post"], pagination_class=None)
    def bulk(self, request):
        """Create several sites in one transaction: if one is invalid, none is saved."""
        if not isinstance(request.data, list):
            raise exceptions.ValidationError({"non_field_errors": [_("Cần một danh sách các điểm mô hình.")]})
        created = []
        try:
            with transaction.atomic():
                for row, item in enumerate(request.data, start=1):
                    created.append(self._create_row(row, item))
        except BadRow as bad:
            return Response({"row": bad.row, "errors": bad.errors}, status=status.HTTP_400_BAD_REQUEST)
        return Response(created, status=status.HTTP_201_CREATED)

    def _create_row(self, row: int, item) -> dict:
        serializer = self.get_serializer(data=item)
        try:
            serializer.is_valid(raise_exception=True)
            serializer.save()
        except exceptions.ValidationError as exc:
            raise BadRow(row, exc.detail) from exc
        except DjangoValidationError as exc:
            raise BadRow(row, message_dict(exc)) from exc
        except PermissionDenied as exc:  # a row placed outside the user's scope is a bad row, named like the others
            raise BadRow(row, {"commune": [str(exc)]}) from exc
        return serializer.data

    @extend_schema(request=StatusChangeSerializer, responses=SiteSerializer)
    @action(detail=True, methods=["post"], url_path="status")
    def change_status(self, request, pk=None, **kwargs):
        """Move the site along its lifecycle (unverified → active → exemplary → suspended / dissolved)."""
        site = self.get_object()
        payload = StatusChangeSerializer(data=request.data)
        payload.is_valid(raise_exception=True)
        services.change_status(user=request.user, site=site, **payload.validated_data)
        site.refresh_from_db()
        return Response(self.get_serializer(site).data)
