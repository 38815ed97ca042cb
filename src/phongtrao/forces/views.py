"""Pages of training courses, force counts and the decline alert."""
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
from .api import ForceStrengthSerializer, TrainingCourseSerializer
from .filters import ForceStrengthFilterSet, TrainingCourseFilterSet
from .forms import ForceStrengthForm, TrainingCourseForm
from .importing import ForceStrengthImport, TrainingCourseImport
from .models import ForceStrength, TrainingCourse
from .tables import ForceStrengthTable, TrainingCourseTable

register_model_pages(
    TrainingCourse, "courses",
    queryset=TrainingCourse.objects.select_related("unit"),
    filterset=TrainingCourseFilterSet, table=TrainingCourseTable, form=TrainingCourseForm,
    save=lambda user, form: services.save_course(user=user, course=form.save(commit=False)),
    serializer=TrainingCourseSerializer, ordering_fields=("starts_on", "attendees"),
    import_spec=TrainingCourseImport, export_table=export_table(TrainingCourseImport, unit="unit__code"),
)


class ForceStrengthListView(ObjectListView):
    def extra_context(self):
        return {"list_links": [{"label": _("Cảnh báo suy giảm"), "url": reverse("forces:declines"),
                                "icon": "graph-down-arrow", "keep_query": False}]}


register_model_pages(
    ForceStrength, "strengths",
    queryset=ForceStrength.objects.select_related("unit"),
    filterset=ForceStrengthFilterSet, table=ForceStrengthTable, form=ForceStrengthForm,
    save=lambda user, form: services.save_strength(user=user, strength=form.save(commit=False)),
    views={"list": ForceStrengthListView}, serializer=ForceStrengthSerializer, ordering_fields=("year", "members"),
    import_spec=ForceStrengthImport,
    export_table=export_table(ForceStrengthImport, label=gettext_lazy("Lực lượng"), unit="unit__code"),
)


@login_required
def declines(request):
    """The decline alert: units whose grassroots teams or members fell since the year before."""
    this_year = date.today().year
    year, valid = year_param(request.GET, this_year)
    return render(request, "forces/declines.html", {
        "rows": selectors.declines(request.user, year=year), "year": year,
        "years": range(this_year - 4, this_year + 1), "invalid": not valid,
    }, status=200 if valid else 400)
