"""REST API of the accounts app: users (managed within scope) and the audit log."""
from auditlog.models import LogEntry
from django.contrib.auth import password_validation
from rest_framework import serializers, viewsets

from phongtrao.core.api import ScopedModelViewSet, ScopedPrimaryKeyRelatedField, ServiceModelSerializer
from phongtrao.geo.models import AdminUnit

from . import selectors, services
from .filters import LogEntryFilterSet, UserFilterSet
from .models import User


class UserSerializer(ServiceModelSerializer):
    unit = ScopedPrimaryKeyRelatedField(queryset=AdminUnit.objects.all(), allow_null=True, required=False)
    service_extra = ("password",)
    password = serializers.CharField(write_only=True, required=False, style={"input_type": "password"})

    class Meta:
        model = User
        fields = ("id", "url", "username", "first_name", "last_name", "email", "position", "role", "unit",
                  "is_active", "last_login", "password")
        read_only_fields = ("last_login",)
        extra_kwargs = {"url": {"view_name": "api:user-detail"}}

    def validate_password(self, value):
        password_validation.validate_password(value)
        return value

    def persist(self, instance, *, user, password=None):
        return services.save_user(actor=user, user=instance, password=password)


class UserViewSet(ScopedModelViewSet):
    """Users inside your jurisdiction; creating and editing needs the administrator role."""

    queryset = User.objects.select_related("unit")
    serializer_class = UserSerializer
    filterset_class = UserFilterSet
    ordering_fields = ("username", "last_name", "role")

    def perform_destroy(self, instance):
        services.delete_user(actor=self.request.user, user=instance)


class LogEntrySerializer(serializers.ModelSerializer):
    actor = serializers.StringRelatedField(allow_null=True)
    content_type = serializers.StringRelatedField()
    action = serializers.CharField(source="get_action_display")

    class Meta:
        model = LogEntry
        fields = ("id", "timestamp", "actor", "action", "content_type", "object_pk", "object_repr", "changes",
                  "additional_data", "remote_addr")


class LogEntryViewSet(viewsets.ReadOnlyModelViewSet):
    """The audit trail: every create, update and delete inside your jurisdiction."""

    queryset = LogEntry.objects.all()
    serializer_class = LogEntrySerializer
    filterset_class = LogEntryFilterSet

    def get_queryset(self):
        return selectors.audit_entries_for(self.request.user)
