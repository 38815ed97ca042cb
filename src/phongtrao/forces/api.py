"""REST API of training courses and force counts."""
from phongtrao.core.api import ServiceModelSerializer

from . import services
from .models import ForceStrength, TrainingCourse


class TrainingCourseSerializer(ServiceModelSerializer):
    class Meta:
        model = TrainingCourse
        fields = ("id", "url", "unit", "topic", "starts_on", "ends_on", "attendees", "materials", "created",
                  "last_updated")
        extra_kwargs = {"url": {"view_name": "api:trainingcourse-detail"}}

    def persist(self, instance, *, user):
        return services.save_course(user=user, course=instance)


class ForceStrengthSerializer(ServiceModelSerializer):
    class Meta:
        model = ForceStrength
        fields = ("id", "url", "unit", "year", "teams", "members", "note", "created", "last_updated")
        extra_kwargs = {"url": {"view_name": "api:forcestrength-detail"}}
        validators = []  # the service says "already there" in Vietnamese

    def persist(self, instance, *, user):
        return services.save_strength(user=user, strength=instance)
