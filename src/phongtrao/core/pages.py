"""A model's standard pages by declaration: `register_model_pages(Model, ...)` once, in the app's views module.

From a FilterSet, a Table, a Form (and a serializer) it builds the list (filters, search without diacritics,
sort, pagination, CSV/XLSX export), detail, add/edit, delete and history views, their URLs named
`<app>:<model>_list`, `<model>`, `<model>_add`, `<model>_edit`, `<model>_delete`, `<model>_history`
(read by `declared_urls(app_label)` in the app's urls.py), the API route `api:<model>-list/-detail` and the
global search entry. With an `import_spec` (a `core.imports.ImportSpec` subclass) it also gets the import page
`<model>_import` (upload, check, import, as a job when large), its templates `<model>_import_template` and the
command line `phongtrao import_data <key>`. A page that needs more passes its own subclass in `views=`; the declaration still sets
the queryset, FilterSet, Table and Form on it.
"""
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable

from django.urls import path

from .api import ScopedModelViewSet
from .imports.views import import_views, run_import_job
from .jobs import job_runner
from .registry import register_api_route, register_search, registry
from .views import ObjectChangeLogView, ObjectDeleteView, ObjectEditView, ObjectListView, ObjectView

DEFAULT_VIEWS = {
    "list": ObjectListView,
    "detail": ObjectView,
    "edit": ObjectEditView,
    "delete": ObjectDeleteView,
    "history": ObjectChangeLogView,
}


@dataclass
class ModelPages:
    model: type
    prefix: str
    """URL segment under the app's prefix, e.g. "evaluations" → /initiatives/evaluations/…"""
    queryset: Any
    filterset: type
    table: type
    form: type | None = None
    export_table: type | None = None
    """The table CSV/XLSX exports write (default `table`)."""
    detail_queryset: Any = None
    save: Callable | None = None
    """`save(user, form)` → the saved object, through the app's service; default `form.save()`."""
    delete: Callable | None = None
    """`delete(user, obj)` through the app's service (UI and built API); default `core.models.delete_object`."""
    views: dict[str, type] = field(default_factory=dict)
    """Own subclasses for some of "list", "detail", "edit", "delete", "history"; None leaves a page out.
    "add" may name a view of its own (default: the edit view)."""
    serializer: type | None = None
    viewset: type | None = None
    api_prefix: str | None = None
    ordering_fields: tuple[str, ...] = ()
    search_fields: tuple[str, ...] | None = None
    """Fields the global search looks in (None: the model is not offered there)."""
    search_weight: int = 100
    """Place of the model's group among the search results (lower first)."""
    import_spec: Any = None
    """The bulk-import spec (a `core.imports.ImportSpec` subclass): adds the import pages and job."""
    built: dict[str, type] = field(default_factory=dict, init=False)

    @property
    def label(self) -> str:
        return self.model._meta.label_lower

    def build(self):
        detail_queryset = self.detail_queryset if self.detail_queryset is not None else self.queryset
        attrs = {
            "list": {"queryset": self.queryset, "filterset": self.filterset, "table": self.table,
                     "export_table": self.export_table},
            "detail": {"queryset": detail_queryset},
            "edit": {"queryset": self.model.objects.all(), "form_class": self.form},
            "delete": {"queryset": self.model.objects.all()},
            "history": {"queryset": self.model.objects.all()},
        }
        if self.save is not None:
            save = self.save
            attrs["edit"]["save"] = lambda view, form: save(view.request.user, form)
        if self.delete is not None:
            delete = self.delete
            attrs["delete"]["delete"] = lambda view, obj: delete(view.request.user, obj)
        for kind, base in {**DEFAULT_VIEWS, **self.views}.items():
            if kind == "add":
                continue
            if base is None or (kind == "edit" and self.form is None):
                continue
            own = {k: v for k, v in attrs[kind].items() if getattr(base, k, None) in (None, getattr(DEFAULT_VIEWS[kind], k, None))}
            name = f"{self.model.__name__}{kind.capitalize()}View"
            self.built[kind] = type(name, (base,), {"__module__": base.__module__, **own})
        add = self.views.get("add", self.built.get("edit"))
        if add is not None:
            self.built["add"] = add
        if self.import_spec is not None:
            spec = self.import_spec
            spec.model = spec.model or self.model
            spec.key = spec.key or f"{self.model._meta.app_label}_{self.model._meta.model_name}"
            self.built.update(import_views(spec))
            job_runner(f"import_{spec.key}")(partial(run_import_job, spec))
        return self

    def urls(self) -> list:
        name, views = self.model._meta.model_name, self.built
        routes = [
            ("list", "", f"{name}_list"),
            ("add", "add/", f"{name}_add"),
            ("detail", "<int:pk>/", name),
            ("edit", "<int:pk>/edit/", f"{name}_edit"),
            ("delete", "<int:pk>/delete/", f"{name}_delete"),
            ("history", "<int:pk>/history/", f"{name}_history"),
            ("import", "import/", f"{name}_import"),
            ("import_template", "import/template.<str:fmt>", f"{name}_import_template"),
        ]
        return [path(f"{self.prefix}/{route}", views[kind].as_view(), name=url_name)
                for kind, route, url_name in routes if kind in views]

    def api_viewset(self):
        if self.viewset is not None or self.serializer is None:
            return self.viewset
        return type(f"{self.model.__name__}ViewSet", (ScopedModelViewSet,), {
            "__module__": self.model.__module__,
            "__doc__": f"{str(self.model._meta.verbose_name_plural).capitalize()}.",
            "queryset": self.queryset,
            "serializer_class": self.serializer,
            "filterset_class": self.filterset,
            "ordering_fields": self.ordering_fields,
            **({"perform_destroy": lambda viewset, obj: self.delete(viewset.request.user, obj)} if self.delete else {}),
        })


def register_model_pages(model, prefix: str, **options) -> ModelPages:
    """Declare `model`'s pages, API route and search entry (see the module docstring)."""
    pages = ModelPages(model, prefix, **options).build()
    registry.models[pages.label] = pages
    viewset = pages.api_viewset()
    if viewset is not None:
        app_label = model._meta.app_label
        register_api_route(pages.api_prefix or f"{app_label}/{prefix}", viewset)
    if pages.search_fields is not None:
        queryset = pages.detail_queryset if pages.detail_queryset is not None else pages.queryset
        register_search(model, pages.search_fields, queryset=queryset, weight=pages.search_weight)
    return pages


def declared_urls(app_label: str) -> list:
    """The URL patterns of every model `app_label` declared, for its urls.py."""
    return [url for pages in registry.models.values() if pages.model._meta.app_label == app_label
            for url in pages.urls()]
