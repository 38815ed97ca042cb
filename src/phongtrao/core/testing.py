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
from html.parser import HTMLParser
from dataclasses import dataclass, field

import pytest
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, reverse

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


def snapshot(obj) -> dict:
    """The object's stored field values, read again from the database."""
    from django.forms.models import model_to_dict

    return model_to_dict(type(obj)._default_manager.get(pk=obj.pk))


def unique(prefix: str) -> str:
    return f"{prefix}{next(_counter)}"


def unique_year() -> int:
    """A year not given out lately: rows unique per unit and year stay apart within a test."""
    return 2000 + next(_counter) % 100


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
        before = snapshot(obj)
        response = client.post(url, self.form_data(unit))
        if expected == 200:
            assert response.status_code == 302, getattr(response, "context", {}) and response.context["form"].errors
            assert snapshot(obj) != before, "the edit form's new values must be saved"
            history = client.get(reverse(f"{self.ui}_history", args=[obj.pk]))
            assert history.context["rows"], "an edit must leave an audit entry"
        else:
            assert response.status_code == expected
            assert snapshot(obj) == before

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
            assert response.status_code == self.edit_status(role, target)
            assert self.model.objects.filter(pk=obj.pk).exists()

    def move_cases(self):
        """(role, home, sibling): an object the role may edit, and a unit beside its jurisdiction."""
        for role in ("commune", "province"):
            if role in self.editor_roles:
                home = next((t for t in self.targets if t in VISIBLE[role]), None)
                away = next((t for t in self.targets if t is not None and t not in VISIBLE[role]), None)
                if home and away:
                    yield role, home, away

    def test_moving_into_a_sibling_unit_is_refused(self, client, api_client, units):
        for role, home, away in self.move_cases():
            user = make_user(role, units[ROLE_UNIT[role]])
            client.force_login(user)
            api_client.force_authenticate(user)
            obj = self.make(units[home])
            before = snapshot(obj)
            assert client.post(reverse(f"{self.ui}_edit", args=[obj.pk]), self.form_data(units[away])).status_code == 400
            moved = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), self.api_data(units[away]),
                                     format="json")
            assert moved.status_code == 400, moved.content
            assert snapshot(obj) == before, f"{role} moved an object from {home} to {away}"

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
        before = snapshot(obj)
        update = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), self.api_data(unit), format="json")
        assert update.status_code == expected, update.content
        assert (snapshot(obj) != before) == (expected == 200), "a PATCH saves its values exactly when allowed"
        create = api_client.post(reverse(f"{self.api}-list"), self.api_data(unit), format="json")
        if role not in self.editor_roles:
            assert create.status_code == 403
        elif self.can_edit(role, target):
            assert create.status_code == 201, create.json()
        else:
            assert create.status_code == 400, create.json()  # the unit is outside the user's scope
        delete = api_client.delete(reverse(f"{self.api}-detail", args=[obj.pk]))
        assert delete.status_code == (204 if expected == 200 else expected)


# -- leak probe ------------------------------------------------------------------------------------------------------
LEAK_MARKER = "zqleak"
"""Searched for by the probe; marked objects carry `LEAK_MARKER-<suffix>`, which must never come back."""

PROBE_QUERIES = ({}, {"q": LEAK_MARKER}, {"export": "csv"}, {"export": "xlsx"}, {"format": "json"})
"""Query strings tried on every URL without parameters (lists, exports, options, search, map and chart data)."""


def url_routes(resolver=None, namespace: str = "") -> list[tuple[str, tuple[str, ...], type | None]]:
    """(namespaced URL name, parameter names, the model its view reads or None) of every named route of the URL
    conf, walked recursively."""
    from django.urls import URLResolver, get_resolver

    routes = {}
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            for route in url_routes(pattern, inner):
                routes.setdefault(route[:2], route)
        elif pattern.name:
            route = (namespace + pattern.name, tuple(pattern.pattern.regex.groupindex), _view_model(pattern.callback))
            routes.setdefault(route[:2], route)
    return list(routes.values())


def _view_model(callback):
    """The model of a class-based view's or viewset's `queryset` (the objects its `pk` looks up), else None."""
    from django.db.models import QuerySet

    view = getattr(callback, "view_class", None) or getattr(callback, "cls", None)
    queryset = getattr(view, "queryset", None)
    return queryset.model if isinstance(queryset, QuerySet) else None


PROBE_ALL_ROWS = 500
"""A view's model with at most this many rows has every row probed by `pk`; a bigger one (units, audit log) only
the rows among the given ids."""


def _pk_candidates(model, ids: list) -> list:
    """Every object of `model` that can be looked up, not the ids of other tables (their lookups are 404s)."""
    pks = model._base_manager.values_list("pk", flat=True)
    if pks.count() > PROBE_ALL_ROWS:
        pks = pks.filter(pk__in=ids)
    return sorted(pks)


def response_text(response) -> str:
    """The body as lower-case text; XLSX and other zips are read member by member."""
    import io
    import zipfile

    body = b"".join(response.streaming_content) if response.streaming else response.content
    if body[:4] == b"PK\x03\x04":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            body = b" ".join(archive.read(name) for name in archive.namelist())
    return body.decode("utf-8", "replace").lower()


@dataclass
class ProbeReport:
    urls: set = field(default_factory=set)
    requests: int = 0
    skipped: set = field(default_factory=set)
    leaks: list = field(default_factory=list)
    errors: list = field(default_factory=list)


def probe_urls(client, markers: list[str], values: dict[str, list], report: ProbeReport, skip=()) -> ProbeReport:
    """GET every route of the URL conf as `client`'s user and record any response holding one of `markers`.

    `values` gives the candidates for each URL parameter (e.g. every object id the test made, seen or not);
    a `pk` of a view whose queryset names its model takes every object of that model instead (`_pk_candidates`).
    Routes with a parameter it lacks, or named in `skip` (e.g. logout), are listed in `report.skipped`.
    Routes without parameters are fetched with each of PROBE_QUERIES.
    """
    markers = [m.lower() for m in markers]
    for name, params, model in url_routes():
        if name in skip or any(p not in values for p in params):
            report.skipped.add(name)
            continue
        queries = PROBE_QUERIES if not params else ({},)
        candidates = {**values, "pk": _pk_candidates(model, values["pk"])} if model and "pk" in params else values
        for combination in itertools.product(*(candidates[p] for p in params)):
            try:
                url = reverse(name, kwargs=dict(zip(params, combination)))
            except NoReverseMatch:
                continue
            report.urls.add(name)
            for query in queries:
                report.requests += 1
                try:
                    response = client.get(url, query)
                except Exception as exc:  # noqa: BLE001 - every crash is a finding, reported with its URL
                    report.errors.append((url, query, repr(exc)))
                    continue
                if response.status_code >= 500:
                    report.errors.append((url, query, response.status_code))
                    continue
                text = response_text(response)
                report.leaks += [(url, query, m) for m in markers if m in text]
    return report


# Imports: the checks every declared import spec must pass (used by the apps' tests)


class _CardCells(HTMLParser):
    """Cells of `table-cards` tables that a phone shows without their column's label."""

    def __init__(self):
        super().__init__()
        self.depth, self.head, self.first, self.unlabelled, self.cell = 0, False, False, [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table":
            self.depth += 1 if self.depth or "table-cards" in (attrs.get("class") or "").split() else 0
        elif self.depth and tag == "thead":
            self.head = True
        elif self.depth and tag == "tr":
            self.first = True
        elif self.depth and not self.head and tag in ("td", "th"):
            labelled = tag == "td" and ("data-label" in attrs or attrs.get("data-card") == "hide")
            self.cell = None if self.first or labelled else ""
            self.first = False

    def handle_data(self, data):
        if self.cell is not None:
            self.cell += data

    def handle_endtag(self, tag):
        if tag == "table" and self.depth:
            self.depth -= 1
        elif tag == "thead":
            self.head = False
        elif self.depth and tag in ("td", "th") and self.cell is not None:
            self.unlabelled.append(self.cell.strip())
            self.cell = None


def unlabelled_card_cells(html: str) -> list[str]:
    """The cells, other than each row's first (the card's title), that a phone would show as cards without a label
    (`data-label`) in the page's `table-cards` tables, head rows excepted."""
    parser = _CardCells()
    parser.feed(html)
    return parser.unlabelled


def write_import_file(spec_class, rows: list[dict], path, headers: list[str] | None = None):
    """A CSV under the spec's headers (or `headers`), one line per dict of column key → cell text."""
    import csv

    columns = [column.key for column in spec_class.columns]
    with open(path, "w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers or [column.header for column in spec_class.columns])
        writer.writerows([row.get(key, "") for key in columns] for row in rows)
    return path


def assert_hostile_files_refused(spec_class, good: dict, tmp_path, *, user, models=(), date_key: str | None,
                                 unit_key: str = "unit", foreign_code: str = SCOPE_UNITS["B1"]):
    """Hostile files give errors (by row where a row is wrong) and save nothing: an empty file, wrong columns, a day
    that does not exist (31/02/2024) in the `date_key` column, a unit code of another province beside a good row."""
    from phongtrao.core.imports.engine import run_import

    saved = [(model, model.objects.count()) for model in (spec_class.model, *models)]
    empty = tmp_path / "rong.csv"
    empty.write_bytes(b"")
    cases = [
        (empty, None, ""),
        (write_import_file(spec_class, [], tmp_path / "chi-tieu-de.csv"), None, "không có dòng dữ liệu"),
        (write_import_file(spec_class, [good], tmp_path / "sai-cot.csv", headers=["Cột A", "Cột B", "Cột C"]), None,
         "Thiếu cột bắt buộc"),
        (write_import_file(spec_class, [good, {**good, unit_key: foreign_code}], tmp_path / "tinh-khac.csv"), 3,
         "ngoài phạm vi quản lý"),
    ]
    if date_key:
        cases.append((write_import_file(spec_class, [good, {**good, date_key: "31/02/2024"}], tmp_path / "ngay.csv"),
                      3, "Ngày “31/02/2024” không tồn tại"))
    for path, row, message in cases:
        report = run_import(spec_class, path, user=user, dry_run=False)
        assert not report.ok and report.created == 0, path.name
        assert any(number == row and message in text for number, _column, text in report.errors), (
            path.name, report.errors)
    assert [(model, model.objects.count()) for model, _count in saved] == saved


def export_rows(client, url: str, fmt: str) -> tuple[bytes, list[list]]:
    """A list page's export (CSV or XLSX) and its rows of cell values, the header first."""
    import csv
    import io

    from openpyxl import load_workbook

    response = client.get(url, {"export": fmt})
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.getvalue()
    if fmt == "csv":
        return body, list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    return body, [list(row) for row in load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True)]


def assert_export_reimports(client, url: str, spec_class, tmp_path, fmt: str, *, user, delete) -> int:
    """Export the list as `user`, `delete()` what it holds, import the file: the export again gives the same rows
    (the ids aside). Returns the number of rows."""
    from phongtrao.core.imports.engine import run_import

    client.force_login(user)
    body, rows = export_rows(client, url, fmt)
    assert rows[0][:len(spec_class.columns)] == [column.header for column in spec_class.columns] and rows[0][-1] == "ID"
    path = tmp_path / f"xuat.{fmt}"
    path.write_bytes(body)
    delete()
    report = run_import(spec_class, path, user=user, dry_run=False)
    assert report.ok and report.created == len(rows) - 1, report.errors
    _body, again = export_rows(client, url, fmt)
    strip = lambda table: sorted((row[:-1] for row in table[1:]), key=repr)  # noqa: E731 (the id is last)
    assert again[0] == rows[0] and strip(again) == strip(rows)
    return len(rows) - 1
