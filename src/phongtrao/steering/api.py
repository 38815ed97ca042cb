"""REST API of the steering work: every write goes through the services."""
from phongtrao.core.api import ServiceModelSerializer

from . import services
from .models import Committee, CommitteeMember


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
