"""Pages of the model registry."""
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.humanize.templatetags.humanize import intcomma
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, JsonResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.timezone import localdate
from django.utils.translation import gettext_lazy
from django.views import View

from phongtrao.core import caching
from phongtrao.core.db import reads_from_replica
from phongtrao.core.scoping import scoped, user_can
from phongtrao.core.pages import register_model_pages
from phongtrao.core.text import sort_key
from phongtrao.core.views import ObjectActionView, ObjectListView, ObjectView, options_response

from phongtrao.geo.models import AdminUnit, Level
from phongtrao.geo.rollup import child_units, counts_by_child_unit

from . import selectors, services
from .filters import EvaluationFilterSet, ModelTypeFilterSet, SiteFilterSet
from .forms import EvaluationForm, ModelTypeForm, SiteForm, StatusChangeForm
from .importing import SiteImport
from .api import EvaluationSerializer, ModelTypeViewSet, SiteViewSet
from .models import Evaluation, ModelType, Site, Status
from .tables import EvaluationTable, ModelTypeTable, SiteExportTable, SiteListTable, SiteTable

# -- model types -----------------------------------------------------------------------------------------


TYPE_PAGE_SITES = 25


class ModelTypeView(ObjectView):
    """A type's page, shared by every user; its sites, figures and chart count only the user's jurisdiction. It
    shows the latest `TYPE_PAGE_SITES` sites; the whole list (filters, export) is one link away."""

    def extra_context(self, obj):
        user = self.request.user
        figures = selectors.type_page_figures(user, obj, TYPE_PAGE_SITES)
        return {
            **super().extra_context(obj),
            "fragment_key": figures["fragment_key"],
            "fragment_seconds": caching.SECONDS,
            "sites_table": SiteTable(figures["latest"], request=self.request, orderable=False,
                                     exclude=("model_type",)),
            "site_total": figures["site_total"],
            "tree": figures["tree"],
            "spread": figures["spread"],
            "spread_json": json.dumps(figures["spread"]),
            "evaluation_summary": figures["evaluation_summary"],
            "similar": selectors.similar_types(user, obj),
        }


register_model_pages(
    ModelType, "types",
    queryset=ModelType.objects.select_related("origin_unit"),
    detail_queryset=ModelType.objects.select_related("origin_unit").prefetch_related("sponsors"),
    filterset=ModelTypeFilterSet, table=ModelTypeTable, form=ModelTypeForm,
    views={"detail": ModelTypeView}, viewset=ModelTypeViewSet, api_prefix="initiatives/types",
    search_fields=("search_folded",), search_weight=100,
)


# -- sites -----------------------------------------------------------------------------------------------


class SiteListView(ObjectListView):
    def filtered_table(self, export=False):
        filterset, table = super().filtered_table(export)
        if not export and not self.bulk_actions():
            table.columns.hide("select")
        return filterset, table

    def bulk_actions(self) -> list[dict]:
        user = self.request.user
        return [action for action in (
            {"label": _("Đổi trạng thái"), "url": reverse("initiatives:site_bulk_status"), "icon": "arrow-repeat",
             "style": "secondary", "allowed": user_can(user, "change")},
            {"label": _("Xóa"), "url": reverse("initiatives:site_bulk_delete"), "icon": "trash", "style": "danger",
             "allowed": user_can(user, "delete")},
        ) if action["allowed"]]

    def extra_context(self):
        return {"bulk_actions": self.bulk_actions(), "list_links": [
            {"label": _("Theo địa bàn"), "url": reverse("initiatives:site_rollup"), "icon": "bar-chart", "keep_query": True},
            {"label": _("Bản đồ"), "url": reverse("initiatives:site_map"), "icon": "map", "keep_query": True},
        ]}


class SiteView(ObjectView):
    def extra_context(self, obj):
        user = self.request.user
        return {
            **super().extra_context(obj),
            "status_changes": obj.status_changes.select_related("changed_by"),
            "evaluations": Evaluation.objects.for_user(user).filter(site=obj),
            "source": Site.objects.for_user(user).select_related("commune").filter(pk=obj.replicated_from_id).first(),
            "replicas": Site.objects.for_user(user).filter(replicated_from=obj).select_related("commune"),
            "status_form": StatusChangeForm(site=obj),
        }

    def post(self, request, pk):
        """The status form posts to the site's page."""
        return SiteStatusView.as_view()(request, pk=pk)


class SiteStatusView(ObjectActionView):
    """Change the site's status (the lifecycle rule lives in services.change_status)."""

    queryset = Site.objects.all()
    form_class = StatusChangeForm
    service = staticmethod(services.change_status)
    object_arg = "site"
    success_message = gettext_lazy("Đã cập nhật trạng thái.")
    invalid_message = gettext_lazy("Thông tin chuyển trạng thái chưa hợp lệ.")


register_model_pages(
    Site, "sites",
    queryset=Site.objects.select_related("model_type", "commune__parent", "leading_org"),
    detail_queryset=Site.objects.select_related("model_type", "commune__parent", "leading_org",
                                                "replicated_from__commune"),
    filterset=SiteFilterSet, table=SiteListTable, export_table=SiteExportTable, form=SiteForm,
    save=lambda user, form: services.save_site(user=user, site=form.save(commit=False)),
    views={"list": SiteListView, "detail": SiteView}, viewset=SiteViewSet,
    search_fields=("name_folded", "address_folded"), search_weight=110, import_spec=SiteImport,
)


class SiteBulkView(LoginRequiredMixin, View):
    """A bulk action on the sites picked in the list (`pk`, or `all` with the list's `query`): a confirmation page
    listing what will change, then the action on each site the user may act on; the others are reported."""

    template_name = "initiatives/site_bulk.html"
    kind = "status"  # or "delete"

    @property
    def scope_action(self) -> str:
        return "change" if self.kind == "status" else "delete"

    def post(self, request):
        user = request.user
        if not user_can(user, self.scope_action):
            raise PermissionDenied
        data = request.POST
        try:
            visible, missing = self.selection(data)
        except ValueError as exc:
            return render(request, self.template_name, {"error": str(exc), "kind": self.kind,
                                                        "list_url": reverse("initiatives:site_list")}, status=400)
        allowed = visible.filter(pk__in=scoped(Site.objects.all(), user, self.scope_action).values("pk"))
        form = StatusChangeForm(data if data.get("confirm") else None, initial={"changed_on": localdate()})
        if data.get("confirm") and (self.kind == "delete" or form.is_valid()):
            return self.act(allowed, form)
        context = {
            "kind": self.kind, "form": form, "selected": list(allowed[:BULK_SHOWN]), "selected_count": allowed.count(),
            "refused": list(visible.exclude(pk__in=allowed.values("pk"))[:BULK_SHOWN]), "missing": missing,
            "pks": data.getlist("pk"), "all": data.get("all"), "query": data.get("query", ""),
            "list_url": self.list_url(data),
        }
        return render(request, self.template_name, context, status=400 if form.is_bound else 200)

    def selection(self, data):
        """(sites the user sees among those picked, how many picked ones are not found or outside the scope)."""
        sites = scoped(Site.objects.select_related("commune", "model_type"), self.request.user, "view")
        if data.get("all"):
            filterset = SiteFilterSet(QueryDict(data.get("query", "")), queryset=sites, request=self.request)
            if filterset.is_bound and not filterset.is_valid():
                raise ValueError(_("Bộ lọc không hợp lệ: quay lại danh sách và lọc lại."))
            visible, missing = filterset.qs, 0
        else:
            pks = data.getlist("pk")
            if not pks:
                raise ValueError(_("Chưa chọn điểm nào: đánh dấu các dòng cần xử lý, hoặc chọn tất cả kết quả lọc."))
            if not all(pk.isdecimal() for pk in pks):
                raise ValueError(_("Lựa chọn không hợp lệ."))
            visible = sites.filter(pk__in=set(pks))
            missing = len(set(pks)) - visible.count()
        if visible.count() > services.BULK_LIMIT:
            raise ValueError(_("Mỗi lần xử lý tối đa %(n)s điểm: hãy lọc hẹp hơn.") % {
                "n": intcomma(services.BULK_LIMIT)})
        return visible.order_by("name", "pk"), missing

    def act(self, allowed, form):
        user, sites = self.request.user, list(allowed)
        if self.kind == "status":
            done, refused = services.bulk_change_status(user=user, sites=sites, **form.cleaned_data)
            text = _("Đã chuyển %(n)s điểm sang “%(s)s”.") % {
                "n": intcomma(len(done)), "s": Status(form.cleaned_data["to_status"]).label}
        else:
            done, refused = services.bulk_delete_sites(user=user, sites=sites)
            text = _("Đã xóa %(n)s điểm.") % {"n": intcomma(len(done))}
        (messages.success if done else messages.info)(self.request, text)
        if refused:
            names = "; ".join(f"{site.name} ({reason})" for site, reason in refused[:20])
            more = _(" và %(n)s điểm khác") % {"n": intcomma(len(refused) - 20)} if len(refused) > 20 else ""
            messages.warning(self.request, _("Không xử lý %(n)s điểm: %(names)s%(more)s.") % {
                "n": intcomma(len(refused)), "names": names, "more": more})
        return redirect(self.list_url(self.request.POST))

    @staticmethod
    def list_url(data) -> str:
        query = data.get("query", "")
        return reverse("initiatives:site_list") + (f"?{query}" if query else "")


BULK_SHOWN = 200
"""Sites named on a bulk confirmation page (the rest are counted)."""


# -- evaluations -----------------------------------------------------------------------------------------


register_model_pages(
    Evaluation, "evaluations",
    queryset=Evaluation.objects.select_related("site", "model_type", "unit"),
    detail_queryset=Evaluation.objects.select_related("site__commune", "model_type", "unit"),
    filterset=EvaluationFilterSet, table=EvaluationTable, form=EvaluationForm,
    save=lambda user, form: services.save_evaluation(user=user, evaluation=form.save(commit=False)),
    serializer=EvaluationSerializer, ordering_fields=("period_end", "rating"),
)


@login_required
def site_replicas(request, pk):
    """The next level of the replication tree under one site (loaded when the reader opens it)."""
    site = get_object_or_404(Site.objects.for_user(request.user), pk=pk)
    return render(request, "initiatives/inc/tree_children.html",
                  {"tree": selectors.replication_level(request.user, site.model_type, site)})


MAP_MODES = ("sites", "units")


def _map_filters(request):
    """The list's filters over the sites the user sees, and the unit filter's value (None when not valid)."""
    filterset = SiteFilterSet(request.GET or None, queryset=scoped(Site.objects.all(), request.user, "view"),
                              request=request)
    unit = filterset.form.cleaned_data.get("unit") if filterset.is_bound and filterset.is_valid() else None
    return filterset, unit


@login_required
def site_map(request):
    """Sites on a map, clustered and coloured by status, opening on the filtered sites (or the user's
    jurisdiction); or sites counted per province / commune. Filters as on the site list."""
    filterset, unit = _map_filters(request)
    valid = not filterset.is_bound or filterset.is_valid()
    provinces = AdminUnit.objects.current().filter(level=Level.PROVINCE).values_list("name", "lat", "lon")
    bounds = selectors.map_bounds(request.user, filterset.qs, unit) if valid else None
    return render(request, "initiatives/site_map.html", {
        "filterset": filterset, "statuses": Status.choices, "provinces_json": json.dumps(list(provinces)),
        "bounds": bounds, "bounds_json": json.dumps(bounds),
        "mode": request.GET.get("mode") if request.GET.get("mode") in MAP_MODES else "sites",
    }, status=200 if valid else 400)


@login_required
def site_points(request):
    """The map's data for the filtered sites inside the user's scope: clusters when zoomed out (`zoom`), sites
    one by one when zoomed in, inside the visible box (`bbox=south,west,north,east`); with `mode=units` the counts
    per province (or per commune of the user's or chosen `province`); with `fit=1` the `bounds` to open on."""
    filterset, unit = _map_filters(request)
    if filterset.is_bound and not filterset.is_valid():
        return JsonResponse({"errors": filterset.errors}, status=400)
    mode = request.GET.get("mode") or "sites"
    try:
        if mode not in MAP_MODES:
            raise ValueError(mode)
        zoom, bbox = _map_view(request.GET)
    except ValueError:
        return JsonResponse({"errors": {"bbox": [_("Vùng bản đồ không hợp lệ: cần zoom 0–22, bbox = nam,tây,bắc,đông "
                                                  "bằng độ và mode là sites hoặc units.")]}}, status=400)
    user, sites = request.user, filterset.qs
    if mode == "units":
        root = selectors.map_root(user, unit)
        rows = selectors.unit_counts(user, sites, root, filterset.tallied_filters())
        data = {"units": rows, "count": sum(r["count"] for r in rows), "truncated": False,
                "province": root.code if root else None}
    else:
        data = selectors.map_data(user, sites, zoom=zoom, bbox=bbox)
    if request.GET.get("fit"):
        data["bounds"] = selectors.map_bounds(user, sites, unit)
    return JsonResponse(data)


@login_required
def site_popup(request, pk):
    """A site's popup on the map: name, type, status, commune and a link (inside the user's scope only)."""
    site = get_object_or_404(scoped(Site.objects.select_related("model_type", "commune__parent"), request.user, "view"),
                             pk=pk)
    return render(request, "initiatives/inc/site_popup.html", {"site": site})


def _map_view(params) -> tuple[int | None, tuple | None]:
    """(zoom, bbox) from the query string; ValueError when either is malformed or out of range."""
    zoom = int(params["zoom"]) if params.get("zoom") else None
    if zoom is not None and not 0 <= zoom <= 22:
        raise ValueError(zoom)
    bbox = None
    if params.get("bbox"):
        bbox = tuple(float(v) for v in params["bbox"].split(","))
        south, west, north, east = bbox  # ValueError unless four numbers
        if not (-90 <= south <= north <= 90 and -180 <= west <= east <= 180):
            raise ValueError(bbox)
    return zoom, bbox


@login_required
def evaluation_attachment(request, pk):
    """Download an evaluation's attachment, only inside the user's jurisdiction."""
    evaluation = get_object_or_404(scoped(Evaluation.objects.all(), request.user, "view"), pk=pk)
    if not evaluation.attachment:
        raise Http404
    return FileResponse(evaluation.attachment.open("rb"), as_attachment=True, filename=evaluation.attachment.name.rsplit("/", 1)[-1])


class ModelTypeMergeView(ObjectView):
    """Merge another type (a duplicate) into this one: sites, evaluations and names move here."""

    queryset = ModelType.objects.all()
    template_name = "initiatives/modeltype_merge.html"
    action = "change"

    def extra_context(self, obj):
        duplicate = self.duplicate(self.request.GET)
        plan = selectors.merge_plan(self.request.user, obj, duplicate)
        return {"duplicate": duplicate, "plan": plan, "moving": plan["site_count"]}

    def duplicate(self, data):
        pk = data.get("duplicate", "")
        return get_object_or_404(self.get_queryset("change"), pk=int(pk) if pk.isdecimal() else 0)

    def post(self, request, pk):
        survivor = self.get_object(pk, "change")
        duplicate = self.duplicate(request.POST)
        try:
            services.merge_types(user=request.user, survivor=survivor, duplicate=duplicate)
        except ValidationError as exc:
            messages.error(request, " ".join(exc.messages))
        else:
            messages.success(request, _("Đã gộp “%(d)s” vào “%(s)s”.") % {"d": duplicate, "s": survivor})
        return redirect(survivor.get_absolute_url())


@login_required
@reads_from_replica
def site_rollup(request):
    """Sites matching the list's filters, counted per province, or per commune inside the chosen unit."""
    queryset = scoped(Site.objects.all(), request.user, "view")
    filterset = SiteFilterSet(request.GET or None, queryset=queryset, request=request)
    valid = not filterset.is_bound or filterset.is_valid()  # unbound (the list's link, no filter): every site
    root = filterset.form.cleaned_data.get("unit") if filterset.is_bound and valid else None
    if root is not None and root.level != Level.PROVINCE:
        root = root.parent
    children = child_units(root)
    if (tallied := filterset.tallied_filters()) is not None:  # unit and status only: the tallies, not the sites
        counts = selectors.site_counts_by_unit(request.user, root, children, **tallied)
    else:
        counts = counts_by_child_unit(filterset.qs if valid else queryset.none(), "commune", root, children)
    rows = sorted(((u, counts.get(u.path, 0)) for u in children), key=lambda r: (-r[1], sort_key(r[0].name)))
    return render(request, "initiatives/site_rollup.html", {
        "filterset": filterset, "root": root, "rows": rows, "total": sum(counts.values()),
        "query": request.GET.urlencode(),
    }, status=400 if filterset.is_bound and not filterset.is_valid() else 200)


@login_required
def type_options(request):
    return options_response(ModelType.objects.order_by("name"), request, ("search_folded",))


@login_required
def site_options(request):
    sites = scoped(Site.objects.select_related("commune"), request.user, "view").order_by("name")
    return options_response(sites, request, ("name_folded", "address_folded"), label=lambda s: f"{s.name} ({s.commune.name})")
