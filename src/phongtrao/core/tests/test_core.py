"""Shared behaviour: background jobs, language choice, error pages, export, scoping primitives."""
import pytest
from django.urls import reverse

from phongtrao.core.jobs import job_runner, progress, start_job
from phongtrao.core.models import Job
from phongtrao.core.scoping import ALL, path_in_scope, unit_paths_for
from phongtrao.core.text import fold


@job_runner("test_count")
def _count(job, *, upto, fail=False):
    for i in range(1, upto + 1):
        progress(job, i, upto, f"{i}/{upto}")
    if fail:
        raise RuntimeError("hỏng giữa chừng")
    return {"summary": f"đếm tới {upto}"}


@pytest.mark.django_db
class TestJobs:
    def test_job_runs_reports_progress_and_result(self, client, user_factory, django_capture_on_commit_callbacks):
        user = user_factory("commune", "A1")
        with django_capture_on_commit_callbacks(execute=True):
            job = start_job(kind="test_count", label="Đếm", user=user, upto=3)
        job.refresh_from_db()
        assert (job.state, job.done, job.total, job.result["summary"]) == (Job.State.DONE, 3, 3, "đếm tới 3")
        client.force_login(user)
        page = client.get(reverse("core:job", args=[job.pk]))
        assert "đếm tới 3" in page.content.decode()

    def test_failed_job_says_why(self, user_factory, django_capture_on_commit_callbacks):
        with django_capture_on_commit_callbacks(execute=True):
            job = start_job(kind="test_count", label="Đếm", user=user_factory("national"), upto=2, fail=True)
        job.refresh_from_db()
        assert job.state == Job.State.FAILED and "hỏng giữa chừng" in job.message

    def test_other_users_cannot_see_a_job(self, client, user_factory):
        job = Job.objects.create(kind="x", label="x", created_by=user_factory("national"))
        client.force_login(user_factory("national"))
        assert client.get(reverse("core:job", args=[job.pk])).status_code == 404


@pytest.mark.django_db
class TestLanguageAndErrors:
    def test_vietnamese_by_default_even_for_an_english_browser(self, client, user_factory):
        client.force_login(user_factory("national"))
        page = client.get(reverse("home"), HTTP_ACCEPT_LANGUAGE="en-US,en")
        assert page["Content-Language"] == "vi"

    def test_language_switch_is_remembered(self, client, user_factory):
        client.force_login(user_factory("national"))
        client.post(reverse("set_language"), {"language": "en", "next": "/"})
        assert client.get(reverse("home"))["Content-Language"] == "en"

    def test_api_honours_accept_language_and_answers_json(self, api_client, user_factory):
        api_client.force_authenticate(user_factory("national"))
        response = api_client.get("/api/initiatives/sites/999999/", HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 404 and response["Content-Language"] == "en"
        assert "detail" in response.json()

    def test_unknown_page_is_a_friendly_404(self, client, user_factory):
        client.force_login(user_factory("national"))
        response = client.get("/khong-co-trang-nay/")
        assert response.status_code == 404 and "Không tìm thấy" in response.content.decode()

    def test_bad_page_number_does_not_crash(self, client, user_factory):
        client.force_login(user_factory("national"))
        assert client.get(reverse("initiatives:site_list"), {"page": "abc", "per_page": "9999"}).status_code == 200


def test_fold():
    assert fold("  Thành phố Hồ Chí Minh ") == "thanh pho ho chi minh"
    assert fold("ĐẶC KHU Phú Quốc") == "dac khu phu quoc"


@pytest.mark.django_db
def test_scope_paths_never_match_a_longer_code(user_factory, units):
    province = user_factory("province", "A")
    assert unit_paths_for(province, "view") == ["79/"]
    assert not path_in_scope(province, "790/12345/", "view")
    assert path_in_scope(province, units["A1"].path, "change")
    assert unit_paths_for(user_factory("viewer"), "view") == ALL
    assert unit_paths_for(user_factory("viewer"), "change") == []


@pytest.mark.django_db
class TestRemoteSelect:
    def test_unit_options_are_searched_and_scoped(self, client, user_factory, units):
        client.force_login(user_factory("province", "A"))
        found = client.get(reverse("geo:unit_options"), {"q": "ben thanh", "level": "commune"}).json()["results"]
        assert [r["value"] for r in found] == [units["A1"].pk]
        outside = client.get(reverse("geo:unit_options"), {"q": "ba dinh", "level": "commune"}).json()["results"]
        assert units["B1"].pk not in [r["value"] for r in outside]

    def test_form_renders_only_the_selected_option(self, client, user_factory, units):
        from phongtrao.initiatives.tests import factories

        site = factories.site(units["A1"])
        client.force_login(user_factory("national"))
        html = client.get(reverse("initiatives:site_edit", args=[site.pk])).content.decode()
        commune_select = html.split('name="commune"', 1)[1].split("</select>", 1)[0]
        assert commune_select.count("<option") == 2 and units["A1"].full_name in commune_select


def test_select_widget_renders_as_djangos_own():
    """core's select template inlines the options; the HTML is the one Django's two included templates give."""
    from django import forms
    from django.forms.renderers import DjangoTemplates
    from django.test.html import parse_html

    widget = forms.Select(choices=[("", "---"), ("Nhóm", [(1, "Một & hai"), (2, '"Hai"')]), (3, "Ba")],
                          attrs={"class": "form-select", "data-x": True, "hidden": False})
    widget.option_inherits_attrs = True
    ours = widget.render("loai", 2)
    django_own = widget.render("loai", 2, renderer=DjangoTemplates())
    assert parse_html(ours) == parse_html(django_own)
    assert "Một &amp; hai" in ours and 'selected' in ours


def test_cached_table_signature_equals_the_librarys():
    """core.tables memoises django-tables2's per-cell signature lookup; the answers must not change."""
    import functools

    import django_tables2 as tables

    from phongtrao.core import tables as core_tables

    class Table(tables.Table):
        def render_a(self, value, record):
            return value

        def value_b(self, **kwargs):
            return kwargs

    table = Table([])

    def free(value, *args, bound_row=None):
        return value

    for fn in (table.render_a, table.value_b, free, lambda record: record, functools.partial(free, 1),
               tables.Column().render):
        assert core_tables.cached_signature(fn) == core_tables._signature(fn)
    assert tables.utils.signature is core_tables.cached_signature


def test_table_rows_render_cells_as_before_without_a_template_per_cell(monkeypatch):
    """core/table.html renders body rows in Python (core.tables.row_html) with each column's `<td>` built once;
    date cells are formatted without a template, check boxes from attributes written once. The cells stay what
    django-tables2 made of them."""
    import datetime

    import django_tables2 as tables
    from django.template import Context, Template, base
    from django.test import RequestFactory
    from django.utils.html import escape

    from phongtrao.core import tables as core_tables

    class Table(core_tables.BaseTable):
        name = tables.Column(attrs={"td": {"class": "text-end"}}, verbose_name="<b>Tên</b>")
        day = core_tables.DateColumn(verbose_name="Ngày")
        marked = tables.Column(attrs={"td": {"data-x": lambda record: record["name"]}})
        pick = core_tables.CheckBoxColumn(accessor="marked", attrs={"input": {"form": "f", "aria-label": "Chọn"}})
        stock_pick = tables.CheckBoxColumn(accessor="marked", attrs={"input": {"form": "f", "aria-label": "Chọn"}})
        card_fields = ("name",)

    rows = [{"name": f"Ấp <{i}>", "day": datetime.date(2024, 1, i + 1), "marked": i} for i in range(20)]
    compiled = []
    original_init = base.Template.__init__
    monkeypatch.setattr(base.Template, "__init__", lambda self, *a, **k: compiled.append(a) or original_init(self, *a, **k))
    request = RequestFactory().get("/")
    html = Template("{% load django_tables2 %}{% render_table t %}").render(
        Context({"t": Table(rows, request=request), "request": request}))
    assert sum(1 for args in compiled if "value|date" in str(args[0])) == 0  # was 20: one per cell
    table = Table(rows, request=request)
    for row in table.rows:
        assert row.get_cell("pick") == row.get_cell("stock_pick").replace('name="stock_pick"', 'name="pick"')
        assert row.get_cell("day") == Template('{{ day|date:"SHORT_DATE_FORMAT" }}').render(Context(row.record))
    assert html.count('<td class="text-end" data-label="Tên">') == 20
    assert escape("Ấp <7>") in html and "<b>" not in html.split("<tbody")[1]
    assert html.count('data-label="Ngày" data-card="hide">01/01/2024</td>') == 1
    assert 'data-x="Ấp &lt;3&gt;"' in html  # a callable attribute still gets each row's record
    from django.db import models
    from django_tables2.columns import library

    assert type(library.column_for_field(models.DateField(name="d"))) is core_tables.DateColumn  # model tables
    assert type(library.column_for_field(models.DateTimeField(name="d"))) is core_tables.DateTimeColumn


@pytest.mark.filterwarnings("ignore:Overriding setting DATABASES")  # only the router reads it here
def test_replica_router_sends_marked_reads_to_the_replica_when_there_is_one(settings):
    from phongtrao.core.db import ReplicaRouter, reads_from_replica, replica_reads

    router = ReplicaRouter()
    with replica_reads():
        assert router.db_for_read(None) is None  # no replica configured: the default database
    settings.DATABASES = {**settings.DATABASES, "replica": dict(settings.DATABASES["default"])}
    assert router.db_for_read(None) is None
    with replica_reads():
        assert router.db_for_read(None) == "replica"
        assert router.db_for_write(None) is None
    assert reads_from_replica(lambda: router.db_for_read(None))() == "replica"
    assert router.allow_migrate("replica", "initiatives") is False and router.allow_migrate("default", "core")


CACHED_IN_ONE_PROCESS_BUMPED_IN_ANOTHER = """
import subprocess, sys
import django
django.setup()
from phongtrao.core import caching
print(caching.cached(("figure",), lambda: "cũ"))
subprocess.run([sys.executable, "-c", "import django; django.setup(); from phongtrao.core import caching; caching.bump()"],
               check=True)
print(caching.cached(("figure",), lambda: "mới"))
"""


def test_a_figure_made_stale_by_another_process_is_computed_again(tmp_path):
    """A save in one web worker makes the cached figures stale in the others (a cache per process did not)."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "PHONGTRAO_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "phongtrao.settings"}
    done = subprocess.run([sys.executable, "-c", CACHED_IN_ONE_PROCESS_BUMPED_IN_ANOTHER], env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["cũ", "mới"]

