"""A model's pages come from one declaration (`core.pages.register_model_pages`)."""
import pytest
from django.urls import NoReverseMatch, resolve, reverse

from phongtrao.accounts.tables import LogEntryTable
from phongtrao.core.api import ScopedModelViewSet
from phongtrao.core.pages import ModelPages
from phongtrao.core.registry import registry
from phongtrao.core.tables import BaseTable
from phongtrao.core.views import ObjectEditView, ObjectListView
from phongtrao.initiatives.filters import EvaluationFilterSet
from phongtrao.initiatives.models import Evaluation
from phongtrao.initiatives.tables import EvaluationTable, SiteTable
from phongtrao.intake.views import DocumentUploadView

DECLARED = {
    "geo.adminunit": {"list", "detail"},
    "accounts.user": {"list", "detail", "add", "edit", "delete", "history"},
    "initiatives.modeltype": {"list", "detail", "add", "edit", "delete", "history"},
    "initiatives.site": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "initiatives.evaluation": {"list", "detail", "add", "edit", "delete", "history"},
    "intake.document": {"list", "detail", "add", "edit", "delete", "history"},
    "intake.candidate": {"list", "detail", "history"},
    "awards.commendation": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "awards.festivalplan": {"list", "detail", "add", "edit", "delete", "history"},
    "awards.festivalsite": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "budget.allocation": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "forces.trainingcourse": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "forces.forcestrength": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "stats.indicator": {"list", "detail"},
    "stats.monthlyreport": {"list", "detail", "history"},
    "stats.value": {"list", "import", "import_template"},
    "reports.report": {"list", "detail", "add", "edit", "delete", "history"},
    "steering.committee": {"list", "detail", "add", "edit", "delete", "history"},
    "steering.committeemember": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "steering.plan": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "steering.task": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "steering.inspectionround": {"list", "detail", "add", "edit", "delete", "history"},
    "steering.inspectionvisit": {"list", "detail", "add", "edit", "delete", "history"},
    "steering.finding": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "steering.programme": {"list", "detail", "add", "edit", "delete", "history"},
    "steering.obligation": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
    "steering.progressreport": {"list", "detail", "add", "edit", "delete", "history", "import", "import_template"},
}
URL_NAME = {"list": "{m}_list", "detail": "{m}", "add": "{m}_add", "edit": "{m}_edit", "delete": "{m}_delete",
            "history": "{m}_history", "import": "{m}_import"}


def test_the_projects_models_are_declared():
    assert {label: set(pages.built) for label, pages in registry.models.items()} == DECLARED


@pytest.mark.parametrize("label", sorted(DECLARED))
def test_declared_pages_keep_their_url_names(label):
    pages = registry.models[label]
    app, model = label.split(".")
    for kind, pattern in URL_NAME.items():
        name = f"{app}:{pattern.format(m=model)}"
        args = [] if kind in ("list", "add", "import") else [1]
        if kind in DECLARED[label]:
            assert resolve(reverse(name, args=args)).func.view_class is pages.built[kind]
        else:
            with pytest.raises(NoReverseMatch):
                reverse(name, args=args)


def test_built_views_get_the_declared_parts():
    pages = registry.models["initiatives.evaluation"]
    assert issubclass(pages.built["list"], ObjectListView)
    assert pages.built["list"].filterset is EvaluationFilterSet and pages.built["list"].table is EvaluationTable
    assert issubclass(pages.built["edit"], ObjectEditView) and pages.built["add"] is pages.built["edit"]
    assert registry.models["intake.document"].built["add"] is DocumentUploadView


def test_a_serializer_alone_gives_a_scoped_api():
    viewset = resolve(reverse("api:evaluation-list")).func.cls
    assert issubclass(viewset, ScopedModelViewSet)
    assert viewset.queryset.model is Evaluation and viewset.filterset_class is EvaluationFilterSet


def test_own_subclasses_keep_what_they_set():
    class Own(ObjectListView):
        table = SiteTable

    pages = ModelPages(Evaluation, "x", queryset=Evaluation.objects.all(), filterset=EvaluationFilterSet,
                       table=EvaluationTable, views={"list": Own, "history": None}).build()
    assert pages.built["list"].table is SiteTable and pages.built["list"].filterset is EvaluationFilterSet
    assert "history" not in pages.built and "edit" not in pages.built  # no form: no edit, no add


def test_tables_share_the_base_look():
    assert issubclass(SiteTable, BaseTable)
    assert SiteTable([]).attrs["class"] == "table table-sm table-hover table-cards"
    assert LogEntryTable([]).attrs["class"] == "table table-sm table-striped history-table"


@pytest.mark.django_db
def test_a_page_with_a_table_builds_its_navigation_once(client, user_factory):
    """django-tables2 renders a table's template with the request again, which runs the context processors again:
    the menu and the unread notices are still read once per request."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(user_factory("national"))
    with CaptureQueriesContext(connection) as queries:
        page = client.get(reverse("initiatives:site_list"))
    assert page.status_code == 200 and "table" in page.context
    assert sum('"core_notice"' in q["sql"] for q in queries.captured_queries) == 1
