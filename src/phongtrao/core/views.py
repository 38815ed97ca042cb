"""Generic object views (list, detail, edit, delete, history), scoped to the user's jurisdiction.

A model gets its pages by subclassing these with a queryset, a FilterSet, a Table and a Form,
as NetBox's ObjectListView / ObjectEditView do.
"""
from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View
from django_tables2 import RequestConfig

from . import export_jobs
from .db import reads_from_replica
from .changelog import readable
from .export import EXPORT_FORMATS, export_response
from .models import Job, Notice, delete_object
from .filters import search_q
from .registry import panels_for, registry, widgets_for
from .scoping import model_action, scope_q, scoped, unit_model, unit_paths_for, user_can

PER_PAGE_CHOICES = (25, 50, 100, 250)


class ObjectMixin(LoginRequiredMixin):
    queryset = None
    action = "view"
    title = None
    """The pages' name for the objects when the model's plural does not fit (a library's model)."""

    @property
    def model(self):
        return self.queryset.model

    def dispatch(self, request, *args, **kwargs):
        """A role without the right to write anywhere is refused (403) before any object is looked up."""
        action = model_action(self.model, self.required_action(kwargs))
        if action != "view" and request.user.is_authenticated and not user_can(request.user, action):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def required_action(self, kwargs) -> str:
        return self.action

    def get_queryset(self, action=None):
        return scoped(self.queryset.all(), self.request.user, action or self.action)

    def get_object(self, pk, action=None):
        """The object if it lies inside the user's scope for `action`; 404 otherwise."""
        return get_object_or_404(self.get_queryset(action), pk=pk)

    def base_context(self, obj=None):
        meta = self.model._meta
        return {
            "model": self.model,
            "verbose_name": meta.verbose_name,
            "verbose_name_plural": self.title or meta.verbose_name_plural,
            **model_urls(self.model, obj),
        }


def model_urls(model, obj=None) -> dict:
    """The conventional `<app>:<model>[_suffix]` URLs that exist for a model (and object)."""
    meta = model._meta
    names = {"list_url": "_list", "add_url": "_add", "import_url": "_import"}
    if obj is not None and obj.pk:
        names |= {"edit_url": "_edit", "delete_url": "_delete", "history_url": "_history"}
    urls = {}
    for key, suffix in names.items():
        args = [obj.pk] if key in ("edit_url", "delete_url", "history_url") else []
        try:
            urls[key] = reverse(f"{meta.app_label}:{meta.model_name}{suffix}", args=args)
        except NoReverseMatch:
            urls[key] = None
    return urls


class ObjectListView(ObjectMixin, View):
    """Filtered, sorted, paginated (in the database) list with CSV/XLSX export and htmx refresh."""

    filterset = None
    table = None
    export_table = None
    """The table exports write (default `table`): e.g. every column the model's import reads, under its headers."""
    template_name = "core/object_list.html"

    def filtered_table(self, export=False):
        """(filterset, table) of the request's filters, inside the user's scope; also run by background exports.

        With `export`, the table is the export table when the page has one."""
        request = self.request
        queryset = self.get_queryset()
        if not queryset.ordered:  # an aggregate (e.g. a count column) drops the model's default ordering
            queryset = queryset.order_by(*(self.model._meta.ordering or ("pk",)))
        filterset = self.filterset(request.GET or None, queryset=queryset, request=request)
        if filterset.is_bound and not filterset.is_valid():
            queryset = queryset.none()
        else:
            queryset = filterset.qs
        table = (self.export_table or self.table) if export else self.table
        return filterset, table(queryset, request=request)

    def get(self, request):
        fmt = request.GET.get("export")
        filterset, table = self.filtered_table(export=fmt in EXPORT_FORMATS)
        invalid = filterset.is_bound and not filterset.is_valid()
        if fmt in EXPORT_FORMATS and not invalid:
            rows = table.data.data  # the queryset with the table's ordering applied
            if rows.count() > export_jobs.sync_rows():
                job = export_jobs.start_export(request, self.model, fmt)
                return redirect("core:job", job.pk)
            return export_response(table, rows, fmt, str(self.title or self.model._meta.verbose_name_plural))
        per_page = _per_page(request)
        RequestConfig(request, paginate={"per_page": per_page}).configure(table)
        context = {
            **self.base_context(),
            "table": table,
            "filterset": filterset,
            "per_page": per_page,
            "per_page_choices": PER_PAGE_CHOICES,
            "can_add": user_can(request.user, model_action(self.model, "add")),
            **self.extra_context(),
        }
        if request.htmx and request.htmx.target == "object-list":
            return render(request, "core/inc/object_table.html", context)
        return render(request, self.template_name, context, status=400 if invalid else 200)  # the form says what is wrong

    def extra_context(self):
        return {}


def _per_page(request) -> int:
    try:
        value = int(request.GET.get("per_page", PER_PAGE_CHOICES[0]))
    except ValueError:
        return PER_PAGE_CHOICES[0]
    return value if value in PER_PAGE_CHOICES else PER_PAGE_CHOICES[0]


class ObjectView(ObjectMixin, View):
    """An object's page; the template is `<app>/<model>.html` extending `core/object.html`."""

    template_name = None
    tab = "detail"

    def get(self, request, pk):
        obj = self.get_object(pk)
        context = {**self.base_context(obj), "object": obj, "tab": self.tab, **self.extra_context(obj)}
        if self.tab == "detail":
            context["panels"] = panels_for(obj, request)
        return render(request, self.get_template_name(), context)

    def get_template_name(self):
        meta = self.model._meta
        return self.template_name or f"{meta.app_label}/{meta.model_name}.html"

    def extra_context(self, obj):
        return {
            "can_change": self.get_queryset("change").filter(pk=obj.pk).exists(),
            "can_delete": self.get_queryset("delete").filter(pk=obj.pk).exists(),
        }


class ObjectChangeLogView(ObjectView):
    """The history tab: every audit entry recorded for the object."""

    template_name = "core/object_changelog.html"
    tab = "history"

    def extra_context(self, obj):
        entries = LogEntry.objects.get_for_object(obj).select_related("actor", "content_type").order_by("-timestamp")
        return {**super().extra_context(obj), "rows": readable(self.request.user, entries[:500])}


class ObjectEditView(ObjectMixin, View):
    """Create (no pk) or update an object through its form; scope is re-checked on save."""

    form_class = None
    template_name = "core/object_edit.html"

    def get_form(self, obj, data=None, files=None):
        """New objects take initial values from the query string (e.g. `?site=12` from a site page)."""
        initial = None if obj.pk else self.request.GET.dict()
        return self.form_class(data=data, files=files, instance=obj, initial=initial, user=self.request.user)

    def required_action(self, kwargs) -> str:
        return "change" if kwargs.get("pk") else "add"

    def _object(self, pk):
        return self.get_object(pk, "change") if pk else self.model()

    def get(self, request, pk=None):
        obj = self._object(pk)
        return self.render_form(self.get_form(obj), obj)

    def post(self, request, pk=None):
        obj = self._object(pk)
        form = self.get_form(obj, request.POST, request.FILES)
        if form.is_valid():
            try:
                with transaction.atomic():
                    obj = self.save(form)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, _("Đã lưu %(obj)s.") % {"obj": obj})
                return redirect(obj.get_absolute_url())
        return self.render_form(form, obj, status=400)

    def save(self, form):
        """Save the form; subclasses call their app's service here."""
        return form.save()

    def render_form(self, form, obj, status=200):
        context = {**self.base_context(obj), "form": form, "object": obj}
        return render(self.request, self.template_name, context, status=status)


class ObjectDeleteView(ObjectMixin, View):
    template_name = "core/object_delete.html"
    action = "delete"

    def get(self, request, pk):
        obj = self.get_object(pk)
        return render(request, self.template_name, {**self.base_context(obj), "object": obj})

    def post(self, request, pk):
        obj = self.get_object(pk)
        try:
            self.delete(obj)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", None) or [str(exc)]))
            return redirect(obj.get_absolute_url())
        messages.success(request, _("Đã xóa %(obj)s.") % {"obj": obj})
        return redirect(self.base_context()["list_url"] or "home")

    def delete(self, obj):
        """Delete through the app's service when the declaration names one; DeleteRefused keeps referenced rows."""
        delete_object(obj)


class ObjectActionView(ObjectMixin, View):
    """A form posted about one object: form → service → message → redirect; refusals come back as a message.

    Set `queryset`, `form_class`, `service = staticmethod(fn)` (called as
    `fn(user=…, **{object_arg: obj}, **form.cleaned_data)`), `success_message` (`%(obj)s` is the object).
    The object is looked up inside the user's scope for `action` (404 outside).
    """

    action = "change"
    http_method_names = ["post"]
    form_class = None
    service = None
    object_arg = "obj"
    success_message = ""
    invalid_message = None
    """Shown instead of the form's own errors when the data is invalid."""

    def get_form(self, obj):
        return self.form_class(self.request.POST)

    def message_values(self, obj, result) -> dict:
        return {"obj": obj}

    def success_url(self, obj, result) -> str:
        return obj.get_absolute_url()

    def failure_url(self, obj) -> str:
        return obj.get_absolute_url()

    def post(self, request, pk, **kwargs):
        obj = self.get_object(pk, self.action)
        form = self.get_form(obj)
        try:
            if not form.is_valid():
                raise ValidationError(self.invalid_message or [e for errors in form.errors.values() for e in errors])
            result = self.service(user=request.user, **{self.object_arg: obj}, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", None) or [str(exc)]))
            return redirect(self.failure_url(obj))
        messages.success(request, self.success_message % self.message_values(obj, result))
        return redirect(self.success_url(obj, result))


def requested_unit(request):
    """The current unit named by `?unit=<id>` if it lies in the user's scope (404 otherwise); None without one."""
    unit_id = request.GET.get("unit", "")
    if not unit_id:
        return None
    units = unit_model().objects.filter(scope_q("path", unit_paths_for(request.user, "view")), is_current=True)
    return get_object_or_404(units, pk=int(unit_id) if unit_id.isdecimal() else 0)


@login_required
@reads_from_replica
def home(request):
    """The dashboard: the widgets apps registered, in their order.

    `?unit=<id>` shows a unit inside the user's jurisdiction (404 outside it): widgets read it as
    `request.dashboard_unit` (None: the user's own jurisdiction).
    """
    request.dashboard_unit = requested_unit(request)
    return render(request, "core/home.html", {"widgets": widgets_for(request), "dashboard_unit": request.dashboard_unit})


SEARCH_LIMIT = 10


@login_required
def search(request):
    """One box over every registered model: the user's scoped rows matching every word, grouped by model."""
    text = request.GET.get("q", "").strip()[:100]
    groups = []
    if text:
        for index in registry.search:
            found = scoped(index.get_queryset(), request.user, "view").filter(search_q(text, index.fields))
            rows = list(found[:SEARCH_LIMIT + 1])
            if rows:
                meta = index.model._meta
                groups.append({
                    "label": meta.verbose_name_plural,
                    "rows": rows[:SEARCH_LIMIT],
                    "more": len(rows) > SEARCH_LIMIT,
                    "list_url": model_urls(index.model)["list_url"],
                })
    return render(request, "core/search.html", {"q": text, "groups": groups})


@login_required
def job_file(request, pk):
    """The file a finished background export of the user's wrote."""
    obj = get_object_or_404(Job.objects.filter(created_by=request.user, kind=export_jobs.KIND, state=Job.State.DONE),
                            pk=pk)
    return export_jobs.download(obj)


@login_required
def job(request, pk):
    """Progress of a job the user started; the page polls itself through htmx until the job ends."""
    obj = get_object_or_404(Job.objects.filter(created_by=request.user), pk=pk)
    template = "core/inc/job_status.html" if request.htmx else "core/job.html"
    return render(request, template, {"job": obj})


OPTIONS_LIMIT = 30


def options_response(queryset, request, search_fields, label=str):
    """JSON options for a RemoteSelect: the first matches of `?q=` (searched like the lists: no diacritics needed)."""
    text = request.GET.get("q", "").strip()[:100]
    if text:
        queryset = queryset.filter(search_q(text, search_fields))
    return JsonResponse({"results": [{"value": obj.pk, "text": label(obj)} for obj in queryset[:OPTIONS_LIMIT]]})


@login_required
def notices(request):
    """The user's latest notices; POST marks them all read."""
    mine = Notice.objects.filter(user=request.user)
    if request.method == "POST":
        mine.filter(read_at__isnull=True).update(read_at=timezone.now())
        return redirect("core:notices")
    return render(request, "core/notices.html", {"notices": mine[:200]})


@login_required
def notice_open(request, pk):
    """Mark one notice read and go where it points (a page of this site only)."""
    notice = get_object_or_404(Notice, pk=pk, user=request.user)
    if notice.read_at is None:
        Notice.objects.filter(pk=notice.pk).update(read_at=timezone.now())
    if notice.url and url_has_allowed_host_and_scheme(notice.url, allowed_hosts=None):
        return redirect(notice.url)
    return redirect("core:notices")
