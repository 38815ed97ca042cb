"""REST API of the budget."""
from phongtrao.core.api import ServiceModelSerializer

from . import services
from .models import Allocation


class AllocationSerializer(ServiceModelSerializer):
    class Meta:
        model = Allocation
        fields = ("id", "url", "unit", "year", "item", "allocated", "spent", "source", "note", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:allocation-detail"}}

    def persist(self, instance, *, user):
        return services.save_allocation(user=user, allocation=instance)
