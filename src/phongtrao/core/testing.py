"""Generated tests for scoped models: CRUD, export and history through UI and API, per role × jurisdiction.

A test module declares one class per model (see accounts/tests/test_user_views.py):

    class TestUserViews(ScopedObjectTests):
        model = User
        ui = "accounts:user"          # URL names ui, ui_list, ui_add, ui_edit, ui_delete, ui_history
        api = "api:user"              # router basename: api:user-list / api:user-detail
        editor_roles = {"admin"}      # roles allowed to create/edit/delete (somewhere)
        def make(self, unit): ...     # an instance inside `unit` (None = national level)
        def form_data(self, unit): ... # valid UI form data for an instance inside `unit`
        def api_data(self, unit): ...  # valid API payload for an instance inside `unit`

and inherits the whole matrix. Expectations come from the fixed tables below, not from the code under test.
"""
import itertools

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

SCOPE_UNITS = {"A": "79", "A1": "26743", "A2": "26740", "B": "01", "B1": "00004"}
"""Real units: province A (Hồ Chí Minh) with communes A1, A2; province B (Hà Nội) with commune B1."""

ROLE_UNIT = {"admin": None, "national": None, "province": "A", "commune": "A1", "viewer": "A"}
"""Where each test user sits. Relations: for the province user A1/A2 are children, B a sibling,
None (national) its parent; for the commune user A2 is a sibling, A its parent, B1 a cousin."""

TARGETS = ("A", "A1", "A2", "B", "B1", None)
VISIBLE = {
    "admin": set(TARGETS),
    "national": set(TARGETS),
    "province": {"A", "A1", "A2"},
    "commune": {"A1"},
    "viewer": {"A", "A1", "A2"},
}
WRITER_ROLES = {"admin", "national", "province", "commune"}

_counter = itertools.count()


def make_user(role, unit=None, **extra):
    n = next(_counter)
    return get_user_model().objects.create_user(username=f"{role}-{n}", password="x", role=role, unit=unit, **extra)


def unique(prefix: str) -> str:
    return f"{prefix}{next(_counter)}"


def _case_id(value):
    return "national" if value is None else str(value)


@pytest.mark.django_db
class ScopedObjectTests:
    model = None
    ui = ""
    api = ""
    editor_roles = WRITER_ROLES
    targets = TARGETS
    """Where test objects are placed; a model living only in communes narrows this to ("A1", "A2", "B1")."""

    def pytest_generate_tests(self, metafunc):
        if {"role", "target"} <= set(metafunc.fixturenames):
            metafunc.parametrize("role,target", list(itertools.product(ROLE_UNIT, self.targets)), ids=_case_id)

    def make(self, unit):
        raise NotImplementedError

    def form_data(self, unit):
        raise NotImplementedError

    def api_data(self, unit):
        raise NotImplementedError

    # -- helpers -------------------------------------------------------------------------------
    def setup_case(self, client, units, role, target):
        user = make_user(role, units[ROLE_UNIT[role]] if ROLE_UNIT[role] else None)
        client.force_login(user)
        unit = units[target] if target else None
        return user, unit

    def can_view(self, role, target):
        return target in VISIBLE[role]

    def can_edit(self, role, target):
        return role in self.editor_roles and target in VISIBLE[role]

    def edit_status(self, role, target):
        if role not in self.editor_roles:
            return 403
        return 200 if target in VISIBLE[role] else 404

    # -- UI ------------------------------------------------------------------------------------
    def test_ui_detail_and_history(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        expected = 200 if self.can_view(role, target) else 404
        assert client.get(reverse(self.ui, args=[obj.pk])).status_code == expected
        assert client.get(reverse(f"{self.ui}_history", args=[obj.pk])).status_code == expected

    def test_ui_list_and_export(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        response = client.get(reverse(f"{self.ui}_list"), {"per_page": 250})
        assert response.status_code == 200
        assert (obj in response.context["table"].data.data) == self.can_view(role, target)
        export = client.get(reverse(f"{self.ui}_list"), {"export": "csv"})
        body = b"".join(export.streaming_content).decode("utf-8-sig")
        assert (str(obj) in body) == self.can_view(role, target)

    def test_ui_edit(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        url = reverse(f"{self.ui}_edit", args=[obj.pk])
        expected = self.edit_status(role, target)
        assert client.get(url).status_code == expected
        response = client.post(url, self.form_data(unit))
        if expected == 200:
            assert response.status_code == 302, getattr(response, "context", {}) and response.context["form"].errors
            history = client.get(reverse(f"{self.ui}_history", args=[obj.pk]))
            assert history.context["rows"], "an edit must leave an audit entry"
        else:
            assert response.status_code == expected

    def test_ui_create(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        before = self.model.objects.count()
        response = client.post(reverse(f"{self.ui}_add"), self.form_data(unit))
        if role not in self.editor_roles:
            assert response.status_code == 403
        elif self.can_edit(role, target):
            assert response.status_code == 302, response.context and response.context["form"].errors
            assert self.model.objects.count() == before + 1
        else:
            assert response.status_code == 400  # the unit is not among the form's choices
            assert self.model.objects.count() == before

    def test_ui_delete(self, client, units, role, target):
        _, unit = self.setup_case(client, units, role, target)
        obj = self.make(unit)
        response = client.post(reverse(f"{self.ui}_delete", args=[obj.pk]))
        if self.can_edit(role, target):
            assert response.status_code == 302
            assert not self.model.objects.filter(pk=obj.pk).exists()
        else:
            assert response.status_code in (403, 404)
            assert self.model.objects.filter(pk=obj.pk).exists()

    # -- API -----------------------------------------------------------------------------------
    def api_login(self, api_client, units, role):
        user = make_user(role, units[ROLE_UNIT[role]] if ROLE_UNIT[role] else None)
        api_client.force_authenticate(user)
        return user

    def test_api_read(self, api_client, units, role, target):
        self.api_login(api_client, units, role)
        obj = self.make(units[target] if target else None)
        detail = api_client.get(reverse(f"{self.api}-detail", args=[obj.pk]))
        assert detail.status_code == (200 if self.can_view(role, target) else 404)
        listed = api_client.get(reverse(f"{self.api}-list"), {"page_size": 1000})
        assert (obj.pk in {row["id"] for row in listed.json()["results"]}) == self.can_view(role, target)

    def test_api_write(self, api_client, units, role, target):
        self.api_login(api_client, units, role)
        unit = units[target] if target else None
        obj = self.make(unit)
        expected = self.edit_status(role, target)
        update = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), {}, format="json")
        assert update.status_code == expected
        create = api_client.post(reverse(f"{self.api}-list"), self.api_data(unit), format="json")
        if role not in self.editor_roles:
            assert create.status_code == 403
        elif self.can_edit(role, target):
            assert create.status_code == 201, create.json()
        else:
            assert create.status_code in (400, 403), create.json()
        delete = api_client.delete(reverse(f"{self.api}-detail", args=[obj.pk]))
        assert delete.status_code == (204 if expected == 200 else expected)
