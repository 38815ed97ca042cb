"""Pages of commendations (with the under-commendation alert) and Festival Day plans."""
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.imports.tables import export_table
from phongtrao.core.pages import register_model_pages
from phongtrao.core.views import ObjectListView, ObjectView

from . import festival, selectors, services
from .api import CommendationSerializer, FestivalPlanViewSet, FestivalSiteSerializer
from .filters import CommendationFilterSet, FestivalPlanFilterSet, FestivalSiteFilterSet
from .forms import CommendationForm, FestivalPlanForm, FestivalSiteForm
from .importing import DecisionImport, FestivalSiteImport
from .models import Commendation, FestivalPlan, FestivalSite
from .tables import CommendationTable, FestivalPlanTable, FestivalSiteTable

ALERT_YEARS = (1, 2, 3, 5, 10)


class CommendationListView(ObjectListView):
    def extra_context(self):
        return {"list_links": [{"label": _("Cảnh báo ít được khen"), "url": reverse("awards:under_commended"),
                                "icon": "exclamation-triangle", "keep_query": False}]}


register_model_pages(
    Commendation, "commendations",
    queryset=Commendation.objects.select_related("unit"),
    detail_queryset=Commendation.objects.select_related("unit", "model_type", "site__commune"),
    filterset=CommendationFilterSet, table=CommendationTable, form=CommendationForm,
    save=lambda user, form: services.save_commendation(user=user, commendation=form.save(commit=False)),
    views={"list": CommendationListView}, serializer=CommendationSerializer,
    ordering_fields=("year", "decided_on", "recipient"), search_fields=("recipient", "decision_ref"),
    search_weight=300, import_spec=DecisionImport,
)


@login_required
def under_commended(request):
    """The under-commendation alert: units with many strong sites and few commendations, ranked and explained."""
    years = request.GET.get("years", "3")
    status = 200
    if not years.isdecimal() or int(years) not in ALERT_YEARS:
        messages.error(request, _("Số năm phải là một trong: %(v)s.") % {"v": ", ".join(map(str, ALERT_YEARS))})
        years, status = "3", 400
    rows = selectors.under_commended(request.user, years=int(years))
    return render(request, "awards/under_commended.html", {
        "rows": rows, "years": int(years), "year_choices": ALERT_YEARS, "flagged": sum(r.flagged for r in rows),
        "min_strong": selectors.MIN_STRONG, "per_award": selectors.STRONG_PER_AWARD,
    }, status=status)


# -- Festival Day -----------------------------------------------------------------------------------------------


class FestivalPlanView(ObjectView):
    """A plan with its chosen sites (reasons), the best ones left out (what they lacked) and the programme."""

    def extra_context(self, obj):
        sites = FestivalSite.objects.for_user(self.request.user).filter(plan=obj).select_related("commune__parent")
        chosen = [s for s in sites if s.chosen]
        return {**super().extra_context(obj), "chosen": chosen, "left_out": [s for s in sites if not s.chosen],
                "priority_count": sum(1 for s in chosen
                                      if festival.regions().get(s.commune.parent.code, {}).get("priority")),
                "weights": [(obj._meta.get_field(name), getattr(obj, name)) for name in obj.WEIGHT_FIELDS.values()],
                "provinces": len({s.commune.parent_id for s in chosen})}

    def required_action(self, kwargs) -> str:
        return "change" if self.request.method == "POST" else "view"  # a viewer's POST: 403 before any lookup

    def post(self, request, pk):
        """"Chọn điểm": run the selection (services.propose_festival_sites)."""
        plan = self.get_object(pk, "change")
        try:
            selection = services.propose_festival_sites(user=request.user, plan=plan)
        except (ValidationError, PermissionDenied) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", None) or [str(exc)]))
        else:
            messages.success(request, _("Đã chọn %(n)d điểm trong %(c)d xã, phường.") % {
                "n": len(selection.chosen), "c": selection.candidates})
        return redirect(plan.get_absolute_url())


register_model_pages(
    FestivalPlan, "festival-plans",
    queryset=FestivalPlan.objects.select_related("unit"),
    filterset=FestivalPlanFilterSet, table=FestivalPlanTable, form=FestivalPlanForm,
    save=lambda user, form: services.save_festival_plan(user=user, plan=form.save(commit=False)),
    views={"detail": FestivalPlanView}, viewset=FestivalPlanViewSet, api_prefix="awards/festival-plans",
)


def _save_festival_site(user, form):
    site = services.save_festival_site(user=user, site=form.save(commit=False))
    form.save_m2m()
    return site


register_model_pages(
    FestivalSite, "festival-sites",
    queryset=FestivalSite.objects.select_related("commune__parent", "plan"),
    detail_queryset=FestivalSite.objects.select_related("commune__parent", "plan").prefetch_related("showcased"),
    filterset=FestivalSiteFilterSet, table=FestivalSiteTable, form=FestivalSiteForm,
    save=_save_festival_site, serializer=FestivalSiteSerializer, ordering_fields=("score",),
    import_spec=FestivalSiteImport, export_table=export_table(
        FestivalSiteImport, label=gettext_lazy("Điểm tổ chức Ngày hội"), unit="plan__unit__code", year="plan__year",
        plan="plan__title", ceremony_programme="plan__ceremony_programme",
        festivity_programme="plan__festivity_programme", leaders="plan__leaders", commune="commune__code"),
)
