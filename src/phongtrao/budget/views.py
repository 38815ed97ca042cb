"""Pages of the budget: allocations, and the norm table of Circular 40/2023/TT-BTC."""
from datetime import date

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.filters import year_param
from phongtrao.core.imports.tables import export_table
from phongtrao.core.pages import register_model_pages
from phongtrao.core.views import ObjectListView

from . import selectors, services
from .api import AllocationSerializer
from .filters import AllocationFilterSet
from .forms import AllocationForm
from .importing import AllocationImport
from .models import Allocation
from .tables import AllocationTable


class AllocationListView(ObjectListView):
    def extra_context(self):
        return {"list_links": [{"label": _("So với định mức"), "url": reverse("budget:norm"), "icon": "calculator",
                                "keep_query": False}]}


register_model_pages(
    Allocation, "allocations",
    queryset=Allocation.objects.select_related("unit"),
    filterset=AllocationFilterSet, table=AllocationTable, form=AllocationForm,
    save=lambda user, form: services.save_allocation(user=user, allocation=form.save(commit=False)),
    views={"list": AllocationListView}, serializer=AllocationSerializer, ordering_fields=("year", "allocated"),
    import_spec=AllocationImport,
    export_table=export_table(AllocationImport, label=gettext_lazy("Kinh phí"), unit="unit__code"),
)


@login_required
def norm(request):
    """Allocated money for models against the norm (20 million đồng per model per commune per year), per unit."""
    this_year = date.today().year
    year, valid = year_param(request.GET, this_year)
    rows = selectors.norm_table(request.user, year=year)
    totals = {key: sum(getattr(r, key) for r in rows) for key in ("models", "norm", "allocated", "spent")}
    return render(request, "budget/norm.html", {
        "rows": rows, "year": year, "years": range(this_year - 4, this_year + 2), "totals": totals,
        "per_model": services.NORM_PER_MODEL, "tolerance": round(services.TOLERANCE * 100), "invalid": not valid,
    }, status=200 if valid else 400)
