"""REST API base: scoped viewsets and structured errors."""
from auditlog.context import auditlog_value
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers, viewsets
from rest_framework.views import exception_handler as drf_exception_handler

from .forms import unit_choices
from .models import EditConflict, Job
from .permissions import request_action
from .scoping import model_action, path_in_scope, scoped, unit_model


def scope_related_fields(serializer, user, action: str):
    """Limit every related field's choices to rows inside the user's scope, as `ScopedModelForm` does.

    Units are those where the user may do `action` (the request's); other rows those the user may see.
    The browsable API lists these choices in its forms, and a write naming a row outside them is refused (400)
    instead of moving an object out of the user's reach or linking it to a row the user cannot see.
    """
    serializer = getattr(serializer, "child", serializer)  # many=True
    for field in getattr(serializer, "fields", {}).values():
        relation = getattr(field, "child_relation", field)  # many-to-many
        queryset = getattr(relation, "queryset", None)
        if queryset is not None:
            if queryset.model is unit_model():
                relation.queryset = unit_choices(queryset, user, action)
            else:
                relation.queryset = scoped(queryset, user, "view")
            relation.error_messages["does_not_exist"] = _("Không tìm thấy trong phạm vi quản lý của bạn.")
        elif isinstance(field, serializers.BaseSerializer):
            scope_related_fields(field, user, action)


class ScopedModelViewSet(viewsets.ModelViewSet):
    """CRUD over a scoped model: reads and writes only inside the user's jurisdiction (else 404)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The audit middleware ran before DRF authenticated a token user: name the actor now.
        context = auditlog_value.get(None)
        if context is not None and context.get("actor") is None and request.user.is_authenticated:
            context["actor"] = request.user

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        action = model_action(self.queryset.model, request_action(self.request))
        scope_related_fields(serializer, self.request.user, action)
        return serializer

    def get_queryset(self):
        queryset = super().get_queryset()
        if hasattr(queryset, "for_user"):
            queryset = queryset.for_user(self.request.user, request_action(self.request))
        return queryset

    def check_scope(self, instance):
        action = model_action(type(instance), request_action(self.request))
        if hasattr(instance, "scope_field") and not path_in_scope(self.request.user, instance.scope_path, action):
            raise exceptions.PermissionDenied(_("Đơn vị nằm ngoài phạm vi quản lý của bạn."))

    def perform_create(self, serializer):
        with transaction.atomic():
            self.check_scope(serializer.save())

    def perform_update(self, serializer):
        """A `version` sent with the change must still be the row's (else 409); without one the last write wins."""
        sent = self.request.data.get("version")
        if sent is not None and hasattr(serializer.instance, "version"):
            try:
                serializer.instance.version = int(sent)
            except (TypeError, ValueError):
                raise exceptions.ValidationError({"version": [_("Phiên bản phải là một số nguyên.")]}) from None
        with transaction.atomic():
            self.check_scope(serializer.save())


class VersionedModelSerializer(serializers.ModelSerializer):
    """Shows a versioned model's `version` (read-only): send it back with a change to detect concurrent edits."""

    def get_field_names(self, declared_fields, info):
        names = super().get_field_names(declared_fields, info)
        has_version = any(f.name == "version" for f in self.Meta.model._meta.concrete_fields)
        return [*names, "version"] if has_version and "version" not in names else names


class ServiceModelSerializer(VersionedModelSerializer):
    """A serializer that saves through the app's service function instead of `Model.save()`.

    Subclasses implement `persist(instance, *, user, **extra)`; `service_extra` names write-only fields
    handed to the service rather than set on the instance.
    """

    service_extra: tuple[str, ...] = ()

    def save(self, **kwargs):
        extra = {name: self.validated_data.pop(name) for name in self.service_extra if name in self.validated_data}
        instance = self.instance or self.Meta.model()
        for field, value in {**self.validated_data, **kwargs}.items():
            setattr(instance, field, value)
        self.instance = self.persist(instance, user=self.context["request"].user, **extra)
        return self.instance

    def persist(self, instance, *, user, **extra):
        raise NotImplementedError


def message_dict(exc: DjangoValidationError) -> dict:
    return exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}


class Conflict(exceptions.APIException):
    status_code = 409
    default_code = "conflict"


def exception_handler(exc, context):
    """DRF's handler, plus Django's ValidationError / PermissionDenied raised by services (EditConflict: 409)."""
    if isinstance(exc, EditConflict):
        exc = Conflict(exc.messages[0])
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(message_dict(exc))
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    return drf_exception_handler(exc, context)


class JobSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True)

    class Meta:
        model = Job
        fields = ("id", "url", "kind", "label", "state", "done", "total", "percent", "message", "result", "created",
                  "finished")
        read_only_fields = fields
        extra_kwargs = {"url": {"view_name": "api:job-detail"}}


class JobViewSet(viewsets.ReadOnlyModelViewSet):
    """Long work you started (imports, document batches): poll `state`, `done`/`total`; `result` when done."""

    queryset = Job.objects.all()
    serializer_class = JobSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # schema generation has no user
            return self.queryset.none()
        return self.queryset.filter(created_by=self.request.user)
