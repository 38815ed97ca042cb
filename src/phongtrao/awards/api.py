"""REST API of commendations and Festival Day; `POST .../festival-plans/{id}/select/` runs the site selection."""
from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from phongtrao.core.api import ScopedModelViewSet, ServiceModelSerializer, message_dict

from . import services
from .filters import FestivalPlanFilterSet
from .models import Commendation, FestivalPlan, FestivalSite


class CommendationSerializer(ServiceModelSerializer):
    class Meta:
        model = Commendation
        fields = ("id", "url", "unit", "year", "recipient_kind", "recipient", "position", "birth_year", "phone",
                  "model_type", "site", "achievements", "proposed_form", "nominated_on", "appraisal", "appraised_on",
                  "appraisal_note", "decision_ref", "decided_on", "level", "form", "ceremony_on", "ceremony_place",
                  "stage", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:commendation-detail"}}

    stage = serializers.CharField(read_only=True)

    def persist(self, instance, *, user):
        return services.save_commendation(user=user, commendation=instance)


class FestivalPlanSerializer(ServiceModelSerializer):
    class Meta:
        model = FestivalPlan
        fields = ("id", "url", "unit", "year", "title", "sites_wanted", "max_per_province", "min_priority_share",
                  "rest_years", *FestivalPlan.WEIGHT_FIELDS.values(), "ceremony_programme", "festivity_programme",
                  "leaders", "selected_at", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:festivalplan-detail"}}

    def persist(self, instance, *, user):
        return services.save_festival_plan(user=user, plan=instance)


class FestivalSiteSerializer(ServiceModelSerializer):
    class Meta:
        model = FestivalSite
        fields = ("id", "url", "plan", "commune", "score", "reasons", "chosen", "pinned", "excluded", "lacking",
                  "showcased", "attendance", "awards_given", "result_note", "created", "last_updated")
        read_only_fields = ("score", "reasons", "lacking")
        extra_kwargs = {"url": {"view_name": "api:festivalsite-detail"}}

    def save(self, **kwargs):
        showcased = self.validated_data.pop("showcased", None)  # a many-to-many value is set once the row exists
        site = super().save(**kwargs)
        if showcased is not None:
            site.showcased.set(showcased)
        return site

    def persist(self, instance, *, user):
        return services.save_festival_site(user=user, site=instance)


class FestivalPlanViewSet(ScopedModelViewSet):
    """Festival Day plans. `POST .../{id}/select/` chooses the sites (HiGHS) and returns them with their reasons."""

    queryset = FestivalPlan.objects.select_related("unit")
    serializer_class = FestivalPlanSerializer
    filterset_class = FestivalPlanFilterSet
    ordering_fields = ("year",)

    @extend_schema(request=None, responses=FestivalSiteSerializer(many=True))
    @action(detail=True, methods=["post"])
    def select(self, request, pk=None):
        plan = self.get_object()
        try:
            services.propose_festival_sites(user=request.user, plan=plan)
        except DjangoValidationError as exc:
            raise exceptions.ValidationError(message_dict(exc)) from exc
        sites = plan.sites.filter(chosen=True).select_related("commune")
        return Response(FestivalSiteSerializer(sites, many=True, context=self.get_serializer_context()).data)
