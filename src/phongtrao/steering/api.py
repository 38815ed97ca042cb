"""REST API of the steering work: every write goes through the services."""
from django.utils import timezone
from rest_framework import serializers

from phongtrao.core.api import ServiceModelSerializer

from . import services
from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, Obligation, Plan, Programme,
                     ProgressReport, Task)


class CommitteeSerializer(ServiceModelSerializer):
    class Meta:
        model = Committee
        fields = ("id", "url", "unit", "name", "decision_ref", "decided_on", "members_changed_on", "notes",
                  "created", "last_updated")
        read_only_fields = ("members_changed_on",)
        extra_kwargs = {"url": {"view_name": "api:committee-detail"}}

    def persist(self, instance, *, user):
        return services.save_committee(user=user, committee=instance)


class CommitteeMemberSerializer(ServiceModelSerializer):
    class Meta:
        model = CommitteeMember
        fields = ("id", "url", "committee", "full_name", "role", "position", "organisation", "created",
                  "last_updated")
        extra_kwargs = {"url": {"view_name": "api:committeemember-detail"}}

    def persist(self, instance, *, user):
        return services.save_member(user=user, member=instance)


class PlanSerializer(ServiceModelSerializer):
    class Meta:
        model = Plan
        fields = ("id", "url", "unit", "symbol", "title", "issued_on", "notes", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:plan-detail"}}

    def persist(self, instance, *, user):
        return services.save_plan(user=user, plan=instance)


class TaskSerializer(ServiceModelSerializer):
    status = serializers.SerializerMethodField(help_text="not_due, due_soon, done_on_time, done_late, overdue")
    service_extra = ("co_units",)  # a many-to-many value: set by the service once the task is saved

    class Meta:
        model = Task
        fields = ("id", "url", "plan", "title", "area", "unit", "co_units", "coordinators", "deadline", "progress",
                  "completed_on", "status", "is_key", "model_type", "evidence", "source_document", "notes",
                  "report_kind",
                  "report_period_end", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:task-detail"}}

    def get_status(self, task) -> str:
        return services.task_status(deadline=task.deadline, completed_on=task.completed_on,
                                    today=timezone.localdate()).value

    def persist(self, instance, *, user, co_units=None):
        return services.save_task(user=user, task=instance, co_units=co_units)


class InspectionRoundSerializer(ServiceModelSerializer):
    class Meta:
        model = InspectionRound
        fields = ("id", "url", "unit", "title", "reference", "lead", "team", "start_on", "end_on", "plan", "created",
                  "last_updated")
        extra_kwargs = {"url": {"view_name": "api:inspectionround-detail"}}

    def persist(self, instance, *, user):
        return services.save_round(user=user, round_=instance)


class InspectionVisitSerializer(ServiceModelSerializer):
    class Meta:
        model = InspectionVisit
        fields = ("id", "url", "round", "unit", "planned_on", "self_reported_on", "self_report", "visited_on",
                  "record", "concluded_on", "conclusion", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:inspectionvisit-detail"}}

    def persist(self, instance, *, user):
        return services.save_visit(user=user, visit=instance)


class FindingSerializer(ServiceModelSerializer):
    class Meta:
        model = Finding
        fields = ("id", "url", "visit", "text", "recommendation", "task", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:finding-detail"}}

    def persist(self, instance, *, user):
        return services.save_finding(user=user, finding=instance)


class ProgrammeSerializer(ServiceModelSerializer):
    class Meta:
        model = Programme
        fields = ("id", "url", "unit", "reference", "title", "parties", "start_year", "end_year", "renews",
                  "reviewed_on", "review", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:programme-detail"}}

    def persist(self, instance, *, user):
        return services.save_programme(user=user, programme=instance)


class ObligationSerializer(ServiceModelSerializer):
    class Meta:
        model = Obligation
        fields = ("id", "url", "programme", "organisation", "content", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:obligation-detail"}}

    def persist(self, instance, *, user):
        return services.save_obligation(user=user, obligation=instance)


class ProgressReportSerializer(ServiceModelSerializer):
    class Meta:
        model = ProgressReport
        fields = ("id", "url", "obligation", "year", "progress", "result", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:progressreport-detail"}}

    def persist(self, instance, *, user):
        return services.save_progress(user=user, report=instance)
