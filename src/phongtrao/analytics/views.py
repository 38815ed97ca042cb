"""Dashboard blocks (widgets and their exports), the effectiveness and replication pages."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import reads_from_replica
from phongtrao.core.export import EXPORT_FORMATS, rows_response
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.views import requested_unit
from phongtrao.geo.models import AdminUnit, Level

from phongtrao.initiatives.models import ModelType, Site

from phongtrao.steering import services as steering_services

from . import selectors
from .forms import OWNER_COMMUNE, OWNER_PROVINCE, ReplicationTaskForm
from .blocks import BLOCKS
from .effectiveness import Verdict
from .replication import NORM_VND
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
    fmt = request.GET.get("export", "csv")
    if fmt not in EXPORT_FORMATS:
        return render(request, "core/error.html", {"status": 400, "message": _(
            "Định dạng xuất không hợp lệ: chọn csv hoặc xlsx.")}, status=400)
    request.dashboard_unit = requested_unit(request)
    block = BLOCKS[key](request.user, dashboard_root(request), measure=request.GET.get("measure", ""))
    return rows_response([block.header, *block.rows], fmt, f"tong-quan-{key}")


# -- effectiveness and replication -------------------------------------------------------------------------


VERDICTS = {
    Verdict.EFFECTIVE: ("success", gettext_lazy("Có hiệu quả"),
                        gettext_lazy("Đề xuất xem xét công nhận điển hình tiên tiến và khen thưởng.")),
    Verdict.WEAK: ("warning", gettext_lazy("Chưa thấy hiệu quả rõ"),
                   gettext_lazy("Đề nghị chấn chỉnh: rà soát cách tổ chức, hoạt động của mô hình.")),
    Verdict.HARMFUL: ("danger", gettext_lazy("Chỉ tiêu xấu đi sau khi có mô hình"),
                      gettext_lazy("Đề nghị chấn chỉnh, kiểm tra ngay các điểm mô hình.")),
    Verdict.INSUFFICIENT: ("secondary", gettext_lazy("Chưa đủ số liệu để kết luận"), ""),
}


def _indicator(request):
    """The indicator asked for (`?indicator=<id>`), the first one by default; (choices, chosen or None)."""
    choices = selectors.indicator_choices(request.user)
    wanted = request.GET.get("indicator", "")
    chosen = next((i for i in choices if str(i.pk) == wanted), None) if wanted else (choices[0] if choices else None)
    return choices, chosen


def _bad_indicator(request):
    return render(request, "core/error.html", {"status": 400, "message": _(
        "Chỉ tiêu không hợp lệ: chọn một chỉ tiêu trong danh sách.")}, status=400)


def _bad_export(request):
    return render(request, "core/error.html", {"status": 400, "message": _(
        "Định dạng xuất không hợp lệ: chọn csv hoặc xlsx.")}, status=400)


def effect_rows(result, model_type, indicator, site=None) -> list[list]:
    """The estimate and its event study as rows for CSV/XLSX."""
    verdict = VERDICTS[result.verdict]
    rows = [[_("Mô hình"), str(model_type)], [_("Điểm mô hình"), str(site) if site else _("Tất cả")],
            [_("Chỉ tiêu"), str(indicator)], [_("Tác động bình quân mỗi xã mỗi tháng"), result.effect],
            [_("Khoảng tin cậy %(n)s%%, cận dưới") % {"n": result.confidence}, result.low],
            [_("Khoảng tin cậy %(n)s%%, cận trên") % {"n": result.confidence}, result.high],
            [_("Tác động so với mức dự kiến nếu không có mô hình"), result.relative],
            [_("Mức dự kiến nếu không có mô hình"), result.counterfactual],
            [_("Mức trước khi có mô hình"), result.baseline], [_("Giá trị p"), result.p_value],
            [_("Số xã có mô hình"), result.n_treated], [_("Số xã so sánh"), result.n_comparison],
            [_("Kết luận"), str(verdict[1])], *([_("Lưu ý"), str(c)] for c in result.caveats), [],
            [_("Tháng so với lúc bắt đầu"), _("Xã có mô hình"), _("Xã so sánh (quy về cùng mức ban đầu)"),
             _("Chênh lệch"), _("Cận dưới"), _("Cận trên")]]
    rows += [[p.offset, p.treated, p.comparison, p.difference, p.low, p.high] for p in result.events]
    return rows


def _effect_chart(result) -> dict | None:
    if not result.events:
        return None
    labels = [p.offset for p in result.events]
    return {
        "trend": {"type": "line", "labels": labels, "series": [
            {"label": _("Xã có mô hình"), "data": [round(p.treated, 3) for p in result.events], "color": "#a4161a"},
            {"label": _("Xã so sánh (quy về cùng mức ban đầu)"), "data": [round(p.comparison, 3) for p in result.events],
             "color": "#1d3557", "dash": [6, 4]}]},
        "difference": {"type": "line", "labels": labels, "series": [
            {"label": _("Chênh lệch"), "data": [round(p.difference, 3) for p in result.events], "color": "#a4161a"},
            {"label": _("Cận trên"), "data": [round(p.high, 3) for p in result.events], "color": "#adb5bd", "dash": [3, 3]},
            {"label": _("Cận dưới"), "data": [round(p.low, 3) for p in result.events], "color": "#adb5bd", "dash": [3, 3]}]},
    }


def _effect_page(request, model_type, site=None):
    choices, indicator = _indicator(request)
    if request.GET.get("indicator") and indicator is None:
        return _bad_indicator(request)
    fmt = request.GET.get("export")
    if fmt and fmt not in EXPORT_FORMATS:
        return _bad_export(request)
    result = selectors.effectiveness(request.user, model_type, indicator, site) if indicator else None
    if fmt and result is not None:
        return rows_response(effect_rows(result, model_type, indicator, site), fmt, f"hieu-qua-{model_type.pk}")
    return render(request, "analytics/effectiveness.html", {
        "model_type": model_type, "site": site, "indicators": choices, "indicator": indicator, "result": result,
        "verdict": VERDICTS[result.verdict] if result else None, "chart": _effect_chart(result) if result else None,
    })


@login_required
@reads_from_replica
def type_effectiveness(request, pk):
    """Effectiveness of a model type on an indicator, in the user's jurisdiction."""
    return _effect_page(request, get_object_or_404(ModelType.objects.for_user(request.user), pk=pk))


@login_required
@reads_from_replica
def site_effectiveness(request, pk):
    """Effectiveness of one site: its commune against comparable communes without the model."""
    site = get_object_or_404(Site.objects.for_user(request.user).select_related("model_type", "commune"), pk=pk)
    return _effect_page(request, site.model_type, site)


@login_required
@reads_from_replica
def replication(request, pk):
    """Where to replicate a model type next, with the evidence per commune and the budget at the norm."""
    model_type = get_object_or_404(ModelType.objects.for_user(request.user), pk=pk)
    choices, indicator = _indicator(request)
    if request.GET.get("indicator") and indicator is None:
        return _bad_indicator(request)
    fmt = request.GET.get("export")
    if fmt and fmt not in EXPORT_FORMATS:
        return _bad_export(request)
    result, rows, total = (selectors.replication(request.user, model_type, indicator,
                                                 limit=EXPORT_LIMIT if fmt else PAGE_LIMIT)
                           if indicator else (None, [], 0))
    if fmt:
        return rows_response(replication_rows(rows), fmt, f"nhan-rong-{model_type.pk}")
    return render(request, "analytics/replication.html", {
        "model_type": model_type, "indicators": choices, "indicator": indicator, "result": result, "rows": rows,
        "total": total, "budget": NORM_VND * len(rows), "worked": len(result.worked()) if result else 0,
        "verdict": VERDICTS[result.verdict] if result else None, "owned_rows": _task_owners(request.user, rows),
        "task_form": ReplicationTaskForm(),
    })


PAGE_LIMIT, EXPORT_LIMIT = 50, 5000


def _task_owners(user, rows) -> list[tuple]:
    """Each recommendation with the owners (commune, its province) the user may give a task to."""
    out = []
    for r in rows:
        owners = [(OWNER_COMMUNE, r.unit.full_name)] if path_in_scope(user, r.unit.path, "add") else []
        province = r.unit.parent
        if province is not None and path_in_scope(user, province.path, "add"):
            owners.append((OWNER_PROVINCE, province.full_name))
        out.append((r, owners))
    return out


def _refused(request, status, message):
    return render(request, "core/error.html", {"status": status, "message": message}, status=status)


@login_required
@require_POST
def replication_task(request, pk):
    """One click on the replication page: a recommended commune becomes a steering task (owner and deadline from
    the row's small form), linked to the model type, with the recommendation's evidence recomputed here."""
    user = request.user
    model_type = get_object_or_404(ModelType.objects.for_user(user), pk=pk)
    form = ReplicationTaskForm(request.POST)
    if not form.is_valid():
        return _refused(request, 400, _("Cần chọn đơn vị chủ trì và ghi thời hạn (ngày/tháng/năm)."))
    data = form.cleaned_data
    indicator = next((i for i in selectors.indicator_choices(user) if i.pk == data["indicator"]), None)
    commune = (AdminUnit.objects.current().filter(level=Level.COMMUNE, pk=data["commune"]).select_related("parent")
               .first())
    if indicator is None or commune is None:
        return _refused(request, 400, _("Chỉ tiêu hoặc xã không hợp lệ: hãy mở lại trang đề xuất nhân rộng."))
    owner = commune if data["owner"] == OWNER_COMMUNE else commune.parent
    if owner is None or not path_in_scope(user, owner.path, "add"):
        return _refused(request, 403, _("Đơn vị nằm ngoài phạm vi quản lý của bạn: không thể giao nhiệm vụ cho đơn "
                                        "vị này."))
    _result, rows, _total = selectors.replication(user, model_type, indicator, limit=PAGE_LIMIT)
    row = next((r for r in rows if r.unit.pk == commune.pk), None)
    if row is None:
        return _refused(request, 400, _("Xã này không có trong danh sách đề xuất nhân rộng mô hình."))
    try:
        task = steering_services.task_from_recommendation(
            user=user, model_type=model_type, commune=commune, owner=owner, deadline=data["deadline"],
            evidence=row.evidence(indicator))
    except ValidationError as exc:
        return _refused(request, 400, " ".join(exc.messages))
    except PermissionDenied as exc:
        return _refused(request, 403, str(exc))
    messages.success(request, _("Đã giao nhiệm vụ nhân rộng mô hình."))
    return redirect(task.get_absolute_url())


def replication_rows(rows) -> list[list]:
    header = [_("Xã"), _("Tỉnh"), _("Điểm tương đồng (0–100)"), _("Xã tương đồng đã có hiệu quả"),
              _("Tác động dự kiến mỗi tháng"), _("Mức chỉ tiêu 12 tháng gần nhất"), _("Xu hướng so với 12 tháng trước"),
              _("Tổ chức chủ trì có ở cả hai nơi"), _("Kinh phí mỗi năm (đồng)")]
    out = [header]
    for r in rows:
        out.append([r.unit.full_name, r.unit.path.split("/")[0], r.candidate.score,
                    "; ".join(f"{u.full_name} ({e:+.2f})" for u, e, _d in r.neighbours), r.candidate.expected,
                    r.level, r.trend, ", ".join(sorted(r.candidate.shared_sponsors)), r.candidate.budget])
    return out
