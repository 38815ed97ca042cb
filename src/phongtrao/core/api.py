"""REST API base: scoped viewsets and structured errors."""
from auditlog.context import auditlog_value
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from rest_framework import exceptions, serializers, viewsets
from rest_framework.views import exception_handler as drf_exception_handler

from .forms import NOT_FOUND
from .models import DeleteRefused, EditConflict, Job, delete_object
from .permissions import request_action
from .scoping import model_action, path_in_scope, scoped_choices


class ScopedRelatedMixin:
    """A related field whose choices are the requesting user's (`core.scoping.scoped_choices`): units where the
    request's action on the serializer's model is allowed, other rows they may see. An unknown id and one outside
    the scope get the same message."""

    default_error_messages = {"does_not_exist": NOT_FOUND}

    def get_queryset(self):
        request = self.context.get("request")
        assert request is not None, "a scoped related field needs the request in its serializer's context"
        model = getattr(getattr(self.root, "Meta", None), "model", None)
        action = model_action(model, request_action(request)) if model else request_action(request)
        return scoped_choices(super().get_queryset(), request.user, action)


class ScopedPrimaryKeyRelatedField(ScopedRelatedMixin, serializers.PrimaryKeyRelatedField):
    pass


class ScopedSlugRelatedField(ScopedRelatedMixin, serializers.SlugRelatedField):
    pass


class ScopedModelViewSet(viewsets.ModelViewSet):
    """CRUD over a scoped model: reads and writes only inside the user's jurisdiction (else 404)."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        # The audit middleware ran before DRF authenticated a token user: name the actor now.
        context = auditlog_value.get(None)
        if context is not None and context.get("actor") is None and request.user.is_authenticated:
            context["actor"] = request.user

    def get_queryset(self):
        queryset = super().get_queryset()
        if hasattr(queryset, "for_user"):
            queryset = queryset.for_user(self.request.user, request_action(self.request))
        return queryset

    def check_scope(self, instance):
        """A saved object must lie inside the user's scope: placing or moving it elsewhere is a bad unit (400)."""
        action = model_action(type(instance), request_action(self.request))
        if hasattr(instance, "scope_field") and not path_in_scope(self.request.user, instance.scope_path, action):
            field = instance.scope_field.split("__")[0]
            raise exceptions.ValidationError({field: [_("Đơn vị nằm ngoài phạm vi quản lý của bạn.")]})

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

    def perform_destroy(self, instance):
        """A row others still point to is kept: 409 with the reason (see `core.models.delete_object`)."""
        delete_object(instance)


class VersionedModelSerializer(serializers.ModelSerializer):
    """Shows a versioned model's `version` (read-only): send it back with a change to detect concurrent edits.

    Its foreign keys are scoped to the requesting user (`ScopedPrimaryKeyRelatedField`).
    """

    serializer_related_field = ScopedPrimaryKeyRelatedField

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
        try:
            self.instance = self.persist(instance, user=self.context["request"].user, **extra)
        except DjangoPermissionDenied as exc:  # the service's scope rule: a unit outside the user's scope (400)
            field = getattr(instance, "scope_field", "non_field_errors").split("__")[0]
            raise exceptions.ValidationError({field: [str(exc)]}) from exc
        return self.instance

    def persist(self, instance, *, user, **extra):
        raise NotImplementedError


def message_dict(exc: DjangoValidationError) -> dict:
    return exc.message_dict if hasattr(exc, "error_dict") else {"non_field_errors": exc.messages}


class Conflict(exceptions.APIException):
    status_code = 409
    default_code = "conflict"


def exception_handler(exc, context):
    """DRF's handler, plus Django's ValidationError / PermissionDenied raised by services (EditConflict and
    DeleteRefused: 409)."""
    if isinstance(exc, (EditConflict, DeleteRefused)):
        exc = Conflict(exc.messages[0])
    elif isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(message_dict(exc))
    elif isinstance(exc, DjangoPermissionDenied):
        exc = exceptions.PermissionDenied(str(exc) or None)
    return drf_exception_handler(exc, context)


class JobSerializer(serializers.ModelSerializer):
    percent = serializers.IntegerField(read_only=True, allow_null=True)

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
