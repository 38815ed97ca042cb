"""Pages of the geo app: unit list, tree, unit detail, place lookup."""
from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext as _

from phongtrao.core.scoping import ACTIONS, unit_choices
from phongtrao.core.registry import unit_counts
from phongtrao.core.pages import register_model_pages
from phongtrao.core.views import ObjectView, options_response

from .api import AdminUnitViewSet
from .filters import AdminUnitFilterSet
from .forms import LookupForm
from .models import AdminUnit, Level
from .services import resolve_place
from .tables import AdminUnitTable


class UnitView(ObjectView):
    def extra_context(self, obj):
        children = obj.children.order_by("name")
        return {
            "ancestors": obj.ancestors(),
            "children": children,
            "successors": obj.successions.select_related("successor__parent"),
            "predecessors": obj.predecessions.select_related("predecessor__parent").order_by("predecessor__path"),
            "counts": unit_counts(self.request.user, obj) if obj.is_current else [],
        }


register_model_pages(
    AdminUnit, "units",
    queryset=AdminUnit.objects.select_related("parent"), filterset=AdminUnitFilterSet, table=AdminUnitTable,
    views={"detail": UnitView, "delete": None, "history": None}, viewset=AdminUnitViewSet, api_prefix="geo/units",
)


@login_required
def tree(request):
    """Provinces of one era with their number of children; children load on demand (htmx)."""
    legacy = request.GET.get("era") == "legacy"
    provinces = (
        AdminUnit.objects.filter(level=Level.PROVINCE, is_current=not legacy)
        .annotate(n_children=Count("children"))
        .order_by("name")
    )
    return render(request, "geo/tree.html", {"provinces": provinces, "legacy": legacy})


@login_required
def tree_children(request, pk):
    unit = get_object_or_404(AdminUnit, pk=pk)
    children = unit.children.annotate(n_children=Count("children")).order_by("level", "name")
    return render(request, "geo/inc/tree_children.html", {"unit": unit, "children": children})


@login_required
def unit_options(request):
    """Current units a form may offer the user (inside their scope), optionally of one level."""
    action = request.GET.get("action", "add")
    if action not in ACTIONS:
        return HttpResponseBadRequest(_("Thao tác không hợp lệ."))
    units = unit_choices(AdminUnit.objects.select_related("parent"), request.user, action)
    if request.GET.get("level") in Level.values:
        units = units.filter(level=request.GET["level"])
    return options_response(units.order_by("level", "name"), request, ("name_folded", "code"),
                            label=lambda u: f"{u.full_name}, {u.parent.name}" if u.parent else u.full_name)


@login_required
def lookup(request):
    """Free text → ranked current units, with the legacy unit the text named."""
    form = LookupForm(request.GET or None)
    results = None
    if form.is_valid():
        results = resolve_place(form.cleaned_data["q"], parent=form.cleaned_data["parent"] or None, limit=10)
    template = "geo/inc/lookup_results.html" if request.htmx else "geo/lookup.html"
    return render(request, template, {"form": form, "results": results})
