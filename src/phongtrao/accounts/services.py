"""Rules for user accounts: which role may be bound to which unit, who may manage whom."""
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from phongtrao.core.models import DeleteRefused, delete_object
from phongtrao.core.scoping import path_in_scope
from phongtrao.geo.models import Level

from .models import Role, User

ROLE_LEVEL = {Role.PROVINCE: Level.PROVINCE, Role.COMMUNE: Level.COMMUNE}


def validate_assignment(*, role: str, unit) -> None:
    """A role fits its unit: national staff have none, province/commune staff a unit of that level."""
    if unit is not None and not unit.is_current:
        raise ValidationError({"unit": _("Chỉ gắn người dùng với đơn vị hành chính hiện hành.")})
    if role == Role.NATIONAL and unit is not None:
        raise ValidationError({"unit": _("Cán bộ cấp Bộ có phạm vi toàn quốc: để trống đơn vị.")})
    level = ROLE_LEVEL.get(role)
    if level and (unit is None or unit.level != level):
        label = Level(level).label
        raise ValidationError({"unit": _("Vai trò này cần một đơn vị %(level)s.") % {"level": str(label).lower()}})


@transaction.atomic
def save_user(*, actor, user: User, password: str | None = None) -> User:
    """Create or update `user` on behalf of `actor`, inside the actor's jurisdiction."""
    validate_assignment(role=user.role, unit=user.unit)
    if not path_in_scope(actor, user.scope_path, "manage"):
        raise PermissionDenied(_("Bạn không quản lý người dùng của đơn vị này."))
    if password:
        user.set_password(password)
    elif not user.pk:
        user.set_unusable_password()
    user.full_clean(exclude=["password"])
    user.save()
    return user


def delete_user(*, actor, user: User) -> None:
    """Remove an account inside the actor's jurisdiction; never one's own (the deletion's audit entry names its actor)."""
    if actor is not None and actor.pk == user.pk:
        raise DeleteRefused(user, _("Không thể tự xóa tài khoản của mình."))
    if not path_in_scope(actor, user.scope_path, "manage"):
        raise PermissionDenied(_("Bạn không quản lý người dùng của đơn vị này."))
    delete_object(user)
