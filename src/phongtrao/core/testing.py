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
        def api_change(self, unit): ... # optional: the PATCH payload (default: api_data)

and inherits the whole matrix. Writes send changed values and check what was stored (`saved()`); writers moving
their own object to a sibling unit (MOVES) are refused by the form and the API alike. Expectations come from the fixed tables below, not from the code under test.

`LeakProbe` (below) walks the whole URL conf as the users of one branch and checks that nothing of the other
branch ever shows.
"""
import io
import itertools
import zipfile
from collections import Counter
from dataclasses import dataclass, field

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.db.models import BooleanField, CharField, Q, TextField
from django.test import Client
from django.urls import URLResolver, get_resolver, reverse
from django.utils.regex_helper import normalize

from .registry import registry
from .scoping import units_q

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
MOVES = {"commune": ("A1", "A2"), "province": ("A", "B")}
"""A writer's own object sent to a sibling: the commune user's to the next commune, the province user's to another
province (A1 → B1 for models living in communes only)."""

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
    movable = True
    """Whether an edit form and the API's update can change the object's unit (then MOVES are tried)."""

    def pytest_generate_tests(self, metafunc):
        if {"role", "target"} <= set(metafunc.fixturenames):
            metafunc.parametrize("role,target", list(itertools.product(ROLE_UNIT, self.targets)), ids=_case_id)
        if "move" in metafunc.fixturenames:
            metafunc.parametrize("move", self.move_cases(), ids=lambda m: f"{m[0]}-{m[1]}-to-{m[2]}")

    def make(self, unit):
        raise NotImplementedError

    def form_data(self, unit):
        raise NotImplementedError

    def api_data(self, unit):
        raise NotImplementedError

    def api_change(self, unit):
        """The payload of an API update of an instance inside `unit`: values differing from `make(unit)`'s."""
        return self.api_data(unit)

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

    def move_cases(self) -> list[tuple[str, str, str]]:
        """(role, where its object is, the sibling it is sent to) for the writers among `editor_roles`."""
        cases = []
        for role, (source, destination) in MOVES.items():
            if self.movable and role in self.editor_roles:
                cases.append((role, source, destination) if source in self.targets else (role, "A1", "B1"))
        return cases

    def saved(self, obj, data) -> bool:
        """Whether the stored `obj` holds every plain value sent in `data` (relations, flags, passwords aside)."""
        obj.refresh_from_db()
        fields = [f for f in obj._meta.concrete_fields if f.name in data and not f.is_relation
                  and not isinstance(f, BooleanField) and f.name != "password"]
        assert fields, "the data sent changes no plain field: nothing to check"
        as_text = lambda value: "" if value is None else str(value)  # noqa: E731
        return all(as_text(f.value_from_object(obj)) == as_text(data[f.name]) for f in fields)

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
        data = self.form_data(unit)
        response = client.post(url, data)
        if expected == 200:
            assert response.status_code == 302, getattr(response, "context", {}) and response.context["form"].errors
            assert self.saved(obj, data)
            history = client.get(reverse(f"{self.ui}_history", args=[obj.pk]))
            assert history.context["entries"], "an edit must leave an audit entry"
        else:
            assert response.status_code == expected
            assert not self.saved(obj, data)

    def test_ui_move_to_a_sibling_is_refused(self, client, units, move):
        role, source, destination = move
        _, unit = self.setup_case(client, units, role, source)
        obj = self.make(unit)
        data = self.form_data(units[destination])
        response = client.post(reverse(f"{self.ui}_edit", args=[obj.pk]), data)
        assert response.status_code == 400
        assert response.context["form"].errors
        assert not self.saved(obj, data)
        assert obj.scope_path == unit.path

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
        change = self.api_change(unit)
        update = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), change, format="json")
        assert update.status_code == expected, update.json()
        assert self.saved(obj, change) == (expected == 200)
        create = api_client.post(reverse(f"{self.api}-list"), self.api_data(unit), format="json")
        if role not in self.editor_roles:
            assert create.status_code == 403
        elif self.can_edit(role, target):
            assert create.status_code == 201, create.json()
        else:
            assert create.status_code in (400, 403), create.json()
        delete = api_client.delete(reverse(f"{self.api}-detail", args=[obj.pk]))
        assert delete.status_code == (204 if expected == 200 else expected)

    def test_api_move_to_a_sibling_is_refused(self, api_client, units, move):
        role, source, destination = move
        self.api_login(api_client, units, role)
        unit = units[source]
        obj = self.make(unit)
        change = self.api_change(units[destination])
        response = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), change, format="json")
        assert response.status_code == 400, response.json()
        assert not self.saved(obj, change)
        assert obj.scope_path == unit.path


# -- leak probe ------------------------------------------------------------------------------------------

LEAK_MARKER = "qzxleakmarker"
"""Carried by the names and texts of every object of the cousin branch; ASCII, so JSON and HTML keep it as is."""

PROBE_ROLES = ("commune", "province", "viewer")
"""The users of branch A (see ROLE_UNIT): A1's commune user, A's province user and viewer. Branch B is theirs to miss."""

ID_PARAMS = {"pk", "id", "object_id"}
"""Path parameters filled with the ids of objects the user may see (also any `*_pk`)."""


def scoped_models() -> list[type]:
    """Models read through `for_user()` whose rows only their jurisdiction sees (not reference data open to all)."""
    return [m for m in apps.get_models()
            if hasattr(m._default_manager, "for_user") and "view" not in getattr(m, "unscoped_actions", ())]


def marked_q(model, marker: str) -> Q:
    """Rows of `model` with `marker` in one of their text columns."""
    text = [f.name for f in model._meta.concrete_fields if isinstance(f, (CharField, TextField))]
    return Q(pk__in=[]) if not text else Q(*(Q(**{f"{name}__icontains": marker}) for name in text), _connector=Q.OR)


def response_text(response) -> str:
    """Everything a response carries: body (zip members unpacked, so XLSX/DOCX too) and redirect target."""
    body = b"".join(response.streaming_content) if response.streaming else response.content
    response.close()
    parts = [body]
    if body[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            parts += [archive.read(name) for name in archive.namelist()]
    return b"\n".join(parts).decode("utf-8", "replace") + response.get("Location", "")


@dataclass
class Route:
    """One URL pattern of the conf, with what the probe needs to fill and call it."""

    name: str
    template: str
    """`normalize()`d path, e.g. "initiatives/sites/%(pk)s/"."""
    params: list[str]
    callback: object

    @property
    def view(self):
        return getattr(self.callback, "view_class", None) or getattr(self.callback, "cls", None)

    @property
    def model(self):
        """The model whose ids fill `pk`, when the view says (class views, viewsets, admin); else None."""
        admin = getattr(self.callback, "model_admin", None)
        if admin is not None:
            return admin.model
        queryset = getattr(self.view, "queryset", None)
        return getattr(queryset, "model", None)

    @property
    def answers_get(self) -> bool:
        actions = getattr(self.callback, "actions", None)
        if actions is not None:
            return "get" in actions
        view = self.view
        return view is None or ("get" in view.http_method_names and hasattr(view, "get"))

    @property
    def is_api(self) -> bool:
        return hasattr(self.callback, "cls")


def walk_urls(resolver=None, prefix=(("", []),), namespace="") -> list[Route]:
    """Every endpoint of the URL conf (recursively), with its path template and parameter names."""
    resolver = resolver or get_resolver()
    routes = []
    for entry in resolver.url_patterns:
        here = normalize(entry.pattern.regex.pattern)[:1] or [("", [])]
        joined = [(p + h, [*pp, *hp]) for p, pp in prefix for h, hp in here]
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            routes += walk_urls(entry, joined, inner)
        else:
            template, params = joined[0]
            routes.append(Route(f"{namespace}{entry.name or '(unnamed)'}", template, params, entry.callback))
    return routes


@dataclass
class ProbeReport:
    patterns: int = 0
    urls: set = field(default_factory=set)
    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    skipped: dict = field(default_factory=dict)
    leaks: list = field(default_factory=list)
    errors: list = field(default_factory=list)

    def skipped_by_reason(self) -> dict[str, list[str]]:
        grouped = {}
        for name, reason in self.skipped.items():
            grouped.setdefault(reason, []).append(name)
        return grouped


@pytest.mark.django_db
class LeakProbe:
    """No page, API answer, export, option list, chart, roll-up or search result shows another branch's data.

    The subclass builds the world in `build(units, marker)`: for every scoped model, objects in the cousin branch
    (B, B1) whose names and texts carry `marker`, and objects of branch A the probed users see, linked to the
    cousin ones wherever the product links objects (same model type, lineage, documents naming a candidate…).
    Then, as each of PROBE_ROLES, every GET endpoint of the URL conf is fetched, its ids filled with the objects
    the user sees (patterns with parameters it cannot fill are reported as skipped), lists also searched for
    the marker and exported, API answers as JSON and as the browsable page; the marker must never appear
    and nothing may answer 5xx.
    """

    marker = LEAK_MARKER
    path_values: dict[str, tuple] = {"format": ("json", "api")}
    """Values of path parameters that are not object ids, e.g. {"fmt": ("xlsx", "csv")}."""

    def pytest_generate_tests(self, metafunc):
        if "role" in metafunc.fixturenames:
            metafunc.parametrize("role", PROBE_ROLES)

    def build(self, units, marker: str) -> list:
        """Create the world; return every object whose id may fill a URL (the probe keeps those the user sees)."""
        raise NotImplementedError

    @property
    def search_term(self) -> str:
        """A prefix of the marker: lists searched with it find the marked rows, while its echo in a search box
        (the page repeats what was searched) is not the marker itself."""
        return self.marker[:-3]

    # -- the world ---------------------------------------------------------------------------------------
    def check_world(self, units):
        """Every scoped model has marked rows in the cousin branch (a new model must join the probe)."""
        cousin = units["B"].path
        missing = [m._meta.label for m in scoped_models()
                   if not m._default_manager.filter(units_q(m.scope_field, [cousin])).filter(
                       marked_q(m, self.marker)).exists()]
        assert not missing, f"build() made no row carrying the marker in branch B for: {', '.join(missing)}"

    def visible_ids(self, user, objects) -> dict:
        """Model → ids of the world's objects `user` may see (reference data: all of them)."""
        ids = {}
        for obj in objects:
            model = type(obj)
            manager = model._default_manager
            if hasattr(manager, "for_user") and not manager.for_user(user).filter(pk=obj.pk).exists():
                continue
            ids.setdefault(model, []).append(obj.pk)
        return ids

    # -- the walk ----------------------------------------------------------------------------------------
    def fillings(self, route: Route, ids: dict) -> list[dict] | str:
        """Path parameter values to try, or why the pattern cannot be filled."""
        choices = []
        for name in route.params:
            if name in self.path_values:
                choices.append([(name, v) for v in self.path_values[name]])
            elif name in ID_PARAMS or name.endswith("_pk"):
                model = route.model if name in ID_PARAMS else None
                pks = ids.get(model, []) if model is not None else sorted({pk for v in ids.values() for pk in v})
                if not pks:
                    return f"no visible {model._meta.label if model else 'object'} for {name}"
                choices.append([(name, pk) for pk in pks])
            else:
                return f"no value for {name}"
        return [dict(combo) for combo in itertools.product(*choices)]

    def queries(self, route: Route) -> list[dict]:
        """Query strings to send: JSON and browsable API; lists searched for the marker and exported."""
        has_id = any(p in ID_PARAMS or p.endswith("_pk") for p in route.params)
        if route.is_api:
            if "format" in route.params:
                return [{}]
            return [{"format": "json"}, {"format": "api"}] + ([] if has_id else [{"q": self.search_term}])
        out = [{}]
        if not has_id:
            out.append({"q": self.search_term})
            if getattr(route.view, "filterset", None) is not None:
                out += [{"export": "csv"}, {"export": "xlsx"}]
        return out

    def probe(self, client, ids) -> ProbeReport:
        report = ProbeReport()
        for route in walk_urls():
            report.patterns += 1
            if not route.answers_get:
                report.skipped[f"{route.name} /{route.template}"] = "no GET"
                continue
            fillings = self.fillings(route, ids)
            if isinstance(fillings, str):
                report.skipped[f"{route.name} /{route.template}"] = fillings
                continue
            for values in fillings:
                url = "/" + route.template % values
                report.urls.add(url)
                for query in self.queries(route):
                    self.fetch(client, url, query, report)
        return report

    def fetch(self, client, url, query, report):
        response = client.get(url, query)
        report.requests += 1
        report.statuses[response.status_code] += 1
        where = url + ("?" + "&".join(f"{k}={v}" for k, v in query.items()) if query else "")
        if response.status_code >= 500:
            exc = getattr(response, "exc_info", None)
            report.errors.append(f"{where}: {response.status_code} {exc[1]!r}" if exc else f"{where}: {response.status_code}")
            return
        text = response_text(response)
        at = text.lower().find(self.marker.lower())
        if at >= 0:
            report.leaks.append(f"{where}: …{text[max(0, at - 120):at + 40]!r}…")

    # -- the tests ---------------------------------------------------------------------------------------
    def test_marker_never_leaks(self, units, role, record_property, capsys):
        world = self.build(units, self.marker)
        self.check_world(units)
        user = make_user(role, units[ROLE_UNIT[role]])
        client = Client(raise_request_exception=False)
        client.force_login(user)
        report = self.probe(client, self.visible_ids(user, [*world, user]))
        models = scoped_models()
        summary = (f"leak probe as {role}: {len(report.urls)} URLs ({report.patterns} patterns, "
                   f"{len(report.skipped)} skipped) × {len(models)} scoped models "
                   f"({', '.join(m._meta.label for m in models)}): {report.requests} requests, "
                   f"{len(report.leaks)} leaks, {len(report.errors)} errors; statuses {dict(sorted(report.statuses.items()))}")
        for key, value in (("urls", len(report.urls)), ("patterns", report.patterns), ("requests", report.requests),
                           ("models", len(models)), ("skipped", report.skipped)):
            record_property(f"leak_probe_{key}", value)
        with capsys.disabled():
            print(f"\n{summary}\nskipped: " + "; ".join(
                f"{reason}: {len(names)}" for reason, names in sorted(report.skipped_by_reason().items())))
        assert "_auth_user_id" in client.session, "a GET signed the user out: the rest of the walk saw nothing"
        assert not (report.errors or report.leaks), "\n".join(
            [summary, "server errors:", *report.errors, "the marker of branch B showed:", *report.leaks])
        assert report.statuses[200] > len(report.urls) // 2, f"most pages refused the user: the probe saw little\n{summary}"

    def test_probe_sees_the_marker_where_it_may(self, units):
        """The control: a national user finds the marked rows through each declared list's search."""
        self.build(units, self.marker)
        client = Client()
        client.force_login(make_user("national"))
        declared = [p for p in registry.models.values() if p.model in scoped_models() and "list" in p.built]
        assert declared
        for pages in declared:
            meta = pages.model._meta
            response = client.get(reverse(f"{meta.app_label}:{meta.model_name}_list"), {"q": self.search_term})
            assert self.marker in response_text(response), f"{meta.label}: the marked rows are not found by search"
