"""Rules for binding roles to units and managing users within scope."""
import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from phongtrao.accounts.models import Role, User
from phongtrao.accounts.services import save_user, validate_assignment
from phongtrao.geo.models import AdminUnit


@pytest.mark.django_db
class TestAssignment:
    def test_province_role_needs_a_province(self, units):
        with pytest.raises(ValidationError) as exc:
            validate_assignment(role=Role.PROVINCE, unit=units["A1"])
        assert "cấp tỉnh" in str(exc.value)
        validate_assignment(role=Role.PROVINCE, unit=units["A"])

    def test_commune_role_needs_a_commune(self, units):
        with pytest.raises(ValidationError):
            validate_assignment(role=Role.COMMUNE, unit=units["A"])
        with pytest.raises(ValidationError):
            validate_assignment(role=Role.COMMUNE, unit=None)
        validate_assignment(role=Role.COMMUNE, unit=units["A1"])

    def test_national_role_has_no_unit(self, units):
        with pytest.raises(ValidationError):
            validate_assignment(role=Role.NATIONAL, unit=units["A"])

    def test_legacy_units_are_refused(self):
        legacy = AdminUnit.objects.legacy().filter(level="province").first()
        with pytest.raises(ValidationError) as exc:
            validate_assignment(role=Role.VIEWER, unit=legacy)
        assert "hiện hành" in str(exc.value)


@pytest.mark.django_db
class TestSaveUser:
    def test_province_admin_manages_its_communes_only(self, user_factory, units):
        actor = user_factory(Role.ADMIN, "A")
        inside = save_user(actor=actor, user=User(username="trong", role=Role.COMMUNE, unit=units["A1"]), password="Mat-khau-2025!")
        assert inside.check_password("Mat-khau-2025!")
        with pytest.raises(PermissionDenied):
            save_user(actor=actor, user=User(username="ngoai", role=Role.COMMUNE, unit=units["B1"]))
        with pytest.raises(PermissionDenied):
            save_user(actor=actor, user=User(username="bo", role=Role.NATIONAL, unit=None))
        assert not User.objects.filter(username__in=["ngoai", "bo"]).exists()

    def test_staff_without_admin_role_cannot_manage(self, user_factory, units):
        actor = user_factory(Role.PROVINCE, "A")
        with pytest.raises(PermissionDenied):
            save_user(actor=actor, user=User(username="x1", role=Role.COMMUNE, unit=units["A1"]))

    def test_new_user_without_password_cannot_log_in(self, user_factory, units):
        actor = user_factory(Role.ADMIN)
        user = save_user(actor=actor, user=User(username="khongmk", role=Role.VIEWER, unit=None))
        assert not user.has_usable_password()
