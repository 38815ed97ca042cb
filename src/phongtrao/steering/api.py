"""REST API of the steering work: every write goes through the services."""
from django.utils import timezone
from rest_framework import serializers

from phongtrao.core.api import ServiceModelSerializer

from . import services
from .models import Committee, CommitteeMember, Plan, Task


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

    class Meta:
        model = Task
        fields = ("id", "url", "plan", "title", "area", "unit", "coordinators", "deadline", "progress",
                  "completed_on", "status", "is_key", "evidence", "source_document", "notes", "created",
                  "last_updated")
        extra_kwargs = {"url": {"view_name": "api:task-detail"}}

    def get_status(self, task) -> str:
        return services.task_status(deadline=task.deadline, completed_on=task.completed_on,
                                    today=timezone.localdate()).value

    def persist(self, instance, *, user):
        return services.save_task(user=user, task=instance)
