"""Dashboard blocks (widgets and their exports), the effectiveness and replication pages."""
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from phongtrao.core.db import reads_from_replica
from phongtrao.core.export import EXPORT_FORMATS, rows_response
from phongtrao.core.views import requested_unit

from .blocks import BLOCKS
from .services import jurisdiction_root


def dashboard_root(request):
    """The unit the dashboard shows: the one chosen (`?unit=`, already checked) or the user's jurisdiction."""
    unit = getattr(request, "dashboard_unit", None)
    return unit if unit is not None else jurisdiction_root(request.user)


def block_context(key: str):
    """The `context(request)` of the widget showing block `key`."""
    def context(request):
        root = dashboard_root(request)
        block = BLOCKS[key](request.user, root, measure=request.GET.get("measure", ""))
        return {"widget": block, "root": root, "unit_query": f"unit={root.pk}" if root else ""}
    return context


def headline_context(request):
    """The first block, with the way up to the parent unit's dashboard when the user may see it."""
    context = block_context("headline")(request)
    root, up = context["root"], None
    if root is not None and root != jurisdiction_root(request.user):
        parent = root.parent
        up = ({"url": f"{reverse('home')}?unit={parent.pk}", "label": parent.full_name} if parent else
              {"url": reverse("home"), "label": _("Toàn quốc")})
    return {**context, "up": up}


@login_required
@reads_from_replica
def export_block(request, key):
    """A block's numbers as CSV or XLSX, for the unit and measure the dashboard showed."""
    if key not in BLOCKS:
        raise Http404
    fmt = request.GET.get("format", "csv")
    if fmt not in EXPORT_FORMATS:
        return render(request, "core/error.html", {"status": 400, "message": _(
            "Định dạng xuất không hợp lệ: chọn csv hoặc xlsx.")}, status=400)
    request.dashboard_unit = requested_unit(request)
    block = BLOCKS[key](request.user, dashboard_root(request), measure=request.GET.get("measure", ""))
    return rows_response([block.header, *block.rows], fmt, f"tong-quan-{key}")
