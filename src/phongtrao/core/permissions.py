"""API permission: the role must grant the request's action; objects are then scoped by queryset."""
from rest_framework import permissions

from .scoping import model_action, user_can

METHOD_ACTIONS = {"GET": "view", "HEAD": "view", "OPTIONS": "view", "POST": "add", "PUT": "change", "PATCH": "change", "DELETE": "delete"}


def request_action(request) -> str:
    return METHOD_ACTIONS.get(request.method, "change")


class ScopedPermission(permissions.BasePermission):
    """Authenticated, and the role grants the request's action somewhere; objects are scoped by queryset."""

    def has_permission(self, request, view):
        action = request_action(request)
        queryset = getattr(view, "queryset", None)
        if queryset is not None:
            action = model_action(queryset.model, action)
        return bool(request.user and request.user.is_authenticated and user_can(request.user, action))
