"""The generated role × jurisdiction matrix for user accounts (managed by administrators only)."""
import pytest

from phongtrao.accounts.models import Role, User
from phongtrao.core.testing import ScopedObjectTests, make_user, unique

ROLE_FOR_LEVEL = {None: Role.NATIONAL, "province": Role.PROVINCE, "commune": Role.COMMUNE}
PASSWORD = "Mot-mat-khau-dai-2025"


def role_for(unit):
    return ROLE_FOR_LEVEL[unit.level if unit else None]


@pytest.mark.django_db
class TestUserViews(ScopedObjectTests):
    model = User
    ui = "accounts:user"
    api = "api:user"
    editor_roles = {"admin"}

    def make(self, unit):
        return make_user(role_for(unit), unit, position="Cán bộ")

    def form_data(self, unit):
        return {
            "username": unique("moi"),
            "first_name": "Lan",
            "last_name": "Nguyễn Thị",
            "role": role_for(unit),
            "unit": unit.pk if unit else "",
            "position": "Cán bộ phong trào",
            "is_active": "on",
            "password1": PASSWORD,
            "password2": PASSWORD,
        }

    def api_data(self, unit):
        return {"username": unique("api"), "role": role_for(unit), "unit": unit.pk if unit else None, "password": PASSWORD}
