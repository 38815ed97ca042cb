"""Jurisdiction scoping: which administrative-unit subtrees a user may act on."""
from functools import reduce
from operator import or_

from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext as _

ALL = "ALL"
"""Sentinel returned for users whose scope is the whole country."""

ACTIONS = ("view", "add", "change", "delete", "manage")


def unit_model():
    """The administrative unit model (`settings.PHONGTRAO_UNIT_MODEL`): a tree with a materialised `path`."""
    return apps.get_model(settings.PHONGTRAO_UNIT_MODEL)


def unit_paths_for(user, action: str = "view"):
    """`ALL`, or the list of unit paths (subtree roots) where `user` may do `action`."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if user is None or not user.is_authenticated or not user.is_active:
        return []
    if user.is_superuser:
        return ALL
    return user.scope_paths(action)


def model_action(model, action: str) -> str:
    """The action a model requires for a generic operation (e.g. editing users needs `manage`)."""
    return getattr(model, "action_map", {}).get(action, action)


def user_can(user, action: str) -> bool:
    """Whether `user` may do `action` somewhere (before looking at any object)."""
    return bool(unit_paths_for(user, action))


def path_in_scope(user, path: str | None, action: str = "view") -> bool:
    """Whether a unit path (None = national level) lies inside the user's scope."""
    paths = unit_paths_for(user, action)
    if paths == ALL:
        return True
    return path is not None and any(path.startswith(p) for p in paths)


def require_scope(user, unit, action: str) -> None:
    """Refuse (PermissionDenied) unless `unit` (None = national level) lies inside the user's scope for `action`.

    Services call it before writing; `user` None is the system itself (an operator's command), allowed anywhere.
    """
    if user is not None and not path_in_scope(user, unit.path if unit else None, action):
        raise PermissionDenied(_("Đơn vị nằm ngoài phạm vi quản lý của bạn."))


def scoped(queryset, user, action: str = "view"):
    """Apply jurisdiction scoping when the model has it; reference data passes through."""
    return queryset.for_user(user, action) if hasattr(queryset, "for_user") else queryset


def unit_choices(queryset, user, action: str):
    """Administrative units inside the user's scope for `action` (current units only)."""
    return queryset.filter(scope_q("path", unit_paths_for(user, action)), is_current=True)


def scoped_choices(queryset, user, unit_action: str):
    """What `user` may pick for a foreign key: units where they may do `unit_action`, other rows they may see."""
    if queryset.model._meta.label == settings.PHONGTRAO_UNIT_MODEL:
        return unit_choices(queryset, user, unit_action)
    return scoped(queryset, user, "view")


def scope_q(lookup: str, paths) -> Q:
    """A Q object keeping rows whose `lookup` path starts with one of `paths`."""
    if paths == ALL:
        return Q()
    return reduce(or_, (Q(**{f"{lookup}__startswith": p}) for p in paths), Q(pk__in=[]))


def units_q(unit_field: str, paths) -> Q:
    """Rows whose `unit_field` (a foreign key chain to AdminUnit) lies in one of the subtrees `paths`.

    Written as `unit IN (units under the paths)` so the database reads the small unit table once and then
    uses the foreign-key index, instead of testing a joined path for every row.
    """
    if paths == ALL:
        return Q()
    return Q(**{f"{unit_field}__in": unit_model().objects.filter(scope_q("path", paths)).values("pk")})
