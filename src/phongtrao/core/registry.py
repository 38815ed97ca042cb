"""What each app adds to the shared pages, declared in its `AppConfig.ready()` (as NetBox's `netbox/registry.py`).

Core templates, URLs and views read these lists; core itself names no app. An app only registers things for
the apps below it (e.g. intake adds a panel to initiatives' model type page), never the other way round.
"""
from dataclasses import dataclass, field
from typing import Any, Callable

from django.urls import reverse

from . import caching
from .scoping import scoped, units_q, user_can


@dataclass(frozen=True)
class MenuItem:
    label: Any
    url_name: str
    icon: str
    weight: int = 100
    action: str | None = "view"
    """Shown only to users whose role grants this action somewhere (None: everyone signed in)."""
    group: str | None = None
    """Key of the `MenuGroup` (a drop-down of the navbar) holding the item; None: a link of its own."""


@dataclass(frozen=True)
class MenuGroup:
    """A drop-down of the navbar; its items name it by `key`. Placed among the top links by `weight`."""

    key: str
    label: Any
    icon: str
    weight: int = 100


@dataclass(frozen=True)
class UserMenuItem:
    """An entry of the signed-in user's drop-down; `post` ones are buttons (e.g. sign out)."""

    label: Any
    url_name: str
    weight: int = 100
    post: bool = False


@dataclass(frozen=True)
class Panel:
    """A card on another model's object page: `context(obj, request)` fills `template`."""

    template: str
    context: Callable
    weight: int = 100


@dataclass(frozen=True)
class Widget:
    """A block on the home dashboard: `context(request)` fills `template`.

    The dashboard is a Bootstrap row: a widget wrapped in a `col-lg-6` div takes half of it, anything else the whole
    width. `request.dashboard_unit` is the unit the reader chose (`/?unit=<id>`, checked against their scope) or
    None for their whole jurisdiction.
    """

    template: str
    context: Callable
    weight: int = 100


@dataclass(frozen=True)
class SearchIndex:
    """A model offered by the global search: its scoped queryset, searched in `fields` like the lists."""

    model: type
    fields: tuple[str, ...]
    queryset: Any = None
    weight: int = 100

    def get_queryset(self):
        return (self.queryset if self.queryset is not None else self.model.objects).all()


@dataclass(frozen=True)
class ApiRoute:
    prefix: str
    viewset: type
    basename: str | None = None


@dataclass(frozen=True)
class ReportSection:
    """A part of the official reports an app contributes (see `core.reporting`).

    `build(user, scope)` returns a `core.reporting.Section` (or None: nothing to say) for `scope` (unit, period, kind, model type), reading
    only inside the user's jurisdiction and the scope's unit; `kinds` are the report kinds that include it.
    """

    key: str
    label: Any
    build: Callable
    kinds: frozenset[str]
    weight: int = 100
    row_fields: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Model label → the fields stored, at issue, for each row a figure of the section counts."""


@dataclass
class Registry:
    menu: list[MenuItem] = field(default_factory=list)
    menu_groups: list[MenuGroup] = field(default_factory=list)
    user_menu: list[UserMenuItem] = field(default_factory=list)
    panels: dict[str, list[Panel]] = field(default_factory=dict)
    widgets: list[Widget] = field(default_factory=list)
    search: list[SearchIndex] = field(default_factory=list)
    api_routes: list[ApiRoute] = field(default_factory=list)
    unit_counts: list[tuple[Any, type]] = field(default_factory=list)
    unit_counters: dict[type, Callable] = field(default_factory=dict)
    """Counted model → `by_child_unit(user, root, children)`, its counts read from a summary kept on write."""
    report_sections: list[ReportSection] = field(default_factory=list)
    models: dict[str, Any] = field(default_factory=dict)
    """Model label → its `core.declare.ModelPages` declaration."""


registry = Registry()


def _add(items: list, item, key=lambda x: x):
    """Append unless an equal item is there (ready() may run twice in tests), keeping `weight` order."""
    if all(key(existing) != key(item) for existing in items):
        items.append(item)
        items.sort(key=lambda x: getattr(x, "weight", 100))


def register_menu_item(label, url_name: str, icon: str, *, weight: int = 100, action: str | None = "view",
                       group: str | None = None):
    _add(registry.menu, MenuItem(label, url_name, icon, weight, action, group), key=lambda m: m.url_name)


def register_menu_group(key: str, label, icon: str, *, weight: int = 100):
    """Declare a drop-down of the navbar (the app owning its first items declares it)."""
    _add(registry.menu_groups, MenuGroup(key, label, icon, weight), key=lambda g: g.key)


def register_user_menu_item(label, url_name: str, *, weight: int = 100, post: bool = False):
    _add(registry.user_menu, UserMenuItem(label, url_name, weight, post), key=lambda m: m.url_name)


def register_panel(model_label: str, template: str, context: Callable, *, weight: int = 100):
    """Show `template` on the page of every object of `model_label` (e.g. "initiatives.ModelType")."""
    _add(registry.panels.setdefault(model_label.lower(), []), Panel(template, context, weight),
         key=lambda p: p.template)


def register_widget(template: str, context: Callable, *, weight: int = 100):
    _add(registry.widgets, Widget(template, context, weight), key=lambda w: w.template)


def register_search(model, fields, *, queryset=None, weight: int = 100):
    _add(registry.search, SearchIndex(model, tuple(fields), queryset, weight), key=lambda s: s.model)


def register_api_route(prefix: str, viewset, basename: str | None = None):
    _add(registry.api_routes, ApiRoute(prefix, viewset, basename), key=lambda r: r.prefix)


def count_in_units(model, label, *, by_child_unit: Callable | None = None):
    """Show how many `model` rows lie in each unit's subtree (unit pages, the dashboard's roll-up, whose cached
    figures its changes make stale). `by_child_unit(user, root, children)` → {child's path: n}, when given, gives the
    roll-up's figures from a summary kept on write instead of counting the rows."""
    caching.watch(model)
    _add(registry.unit_counts, (label, model), key=lambda pair: pair[1])
    if by_child_unit is not None:
        registry.unit_counters[model] = by_child_unit


def register_report_section(key: str, label, build: Callable, *, kinds, weight: int = 100, row_fields=None):
    """Add a section to the reports of `kinds` (e.g. `reporting.PERIODIC`), placed by `weight`."""
    _add(registry.report_sections, ReportSection(key, label, build, frozenset(kinds), weight, dict(row_fields or {})),
         key=lambda s: s.key)


# -- readers -------------------------------------------------------------------------------------------


def menu_for(request) -> list[dict]:
    """The navbar's entries the user may use: links, and groups ({"links": [...]}) of two links or more.

    An entry is active when the page lies under its URL (a site's page under "Điểm mô hình").
    """
    user, groups = request.user, {g.key: g for g in registry.menu_groups}
    entries, grouped = [], {}
    for item in registry.menu:
        if item.action is not None and not user_can(user, item.action):
            continue
        url = reverse(item.url_name)
        link = {"label": item.label, "url": url, "icon": item.icon,
                "active": request.path == url or (url != "/" and request.path.startswith(url)), "weight": item.weight}
        group = groups.get(item.group)
        if group is None:
            entries.append(link)
        elif group.key in grouped:
            grouped[group.key]["links"].append(link)
        else:
            grouped[group.key] = {"label": group.label, "icon": group.icon, "weight": group.weight, "links": [link]}
            entries.append(grouped[group.key])
    for entry in grouped.values():
        entry["active"] = any(link["active"] for link in entry["links"])
        if len(entry["links"]) == 1:
            entry.update({**entry.pop("links")[0], "weight": entry["weight"]})
    return sorted(entries, key=lambda e: e["weight"])


def panels_for(obj, request) -> list[tuple[str, dict]]:
    """(template, context) of the panels other apps add to `obj`'s page."""
    return [(p.template, p.context(obj, request)) for p in registry.panels.get(obj._meta.label_lower, [])]


def widgets_for(request) -> list[tuple[str, dict]]:
    return [(w.template, w.context(request)) for w in registry.widgets]


def report_sections_for(kind: str) -> list[ReportSection]:
    """The sections of a report of `kind`, in their order."""
    return [s for s in registry.report_sections if kind in s.kinds]


def unit_counts(user, unit) -> list[tuple[Any, int]]:
    """(label, count) for every counted model, inside `unit`'s subtree and the user's scope."""
    return [
        (label, scoped(model.objects.all(), user, "view").filter(units_q(model.scope_field, [unit.path])).count())
        for label, model in registry.unit_counts
    ]
