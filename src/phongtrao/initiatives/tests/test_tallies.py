"""Site tallies per commune and status: exact after every write path, read where figures count by unit and status."""
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.urls import reverse

from phongtrao.analytics.services import jurisdiction_summary
from phongtrao.core.models import delete_object
from phongtrao.core.registry import registry
from phongtrao.core.scoping import scoped, units_q
from phongtrao.geo.rollup import child_units, counts_by_child_unit
from phongtrao.initiatives import demo, importing, selectors, services
from phongtrao.initiatives.models import Site, SiteTally, Status

from . import factories
from .test_import import row, write_csv


def tallies() -> dict[tuple[int, str], int]:
    return {(c, s): n for c, s, n in SiteTally.objects.values_list("commune", "status", "count")}


def exact() -> bool:
    return services.stale_tallies() == {} and SiteTally.objects.exists()


@pytest.fixture
def national(user_factory):
    return user_factory("national")


@pytest.fixture
def sites(units):
    type_ = factories.model_type()
    made = {}
    for name, unit, status in (("a1", "A1", Status.ACTIVE), ("a1s", "A1", Status.SUSPENDED),
                               ("a1x", "A1", Status.EXEMPLARY), ("a2", "A2", Status.ACTIVE),
                               ("a2d", "A2", Status.DISSOLVED), ("b1", "B1", Status.ACTIVE),
                               ("b1u", "B1", Status.UNVERIFIED)):
        made[name] = factories.site(units[unit], type_, name=f"Điểm {name}", status=status)
    return made


@pytest.mark.django_db
class TestWrites:
    def test_create_edit_commune_and_status_delete(self, national, units, sites):
        site = services.save_site(user=national, site=Site(model_type=factories.model_type(), name="Điểm mới",
                                                          commune=units["A1"], started_on=date(2024, 3, 1)))
        assert exact() and tallies()[(units["A1"].pk, Status.ACTIVE)] == 2
        site.commune = units["B1"]
        services.save_site(user=national, site=site)
        assert exact() and tallies()[(units["A1"].pk, Status.ACTIVE)] == 1
        services.change_status(user=national, site=site, to_status=Status.EXEMPLARY, changed_on=date(2025, 1, 1))
        assert exact() and tallies()[(units["B1"].pk, Status.EXEMPLARY)] == 1
        delete_object(Site.objects.get(pk=site.pk))
        assert exact() and (units["B1"].pk, Status.EXEMPLARY) not in tallies()

    def test_edit_through_the_page(self, client, national, units, sites):
        client.force_login(national)
        site = sites["a2"]
        data = {"model_type": site.model_type_id, "name": site.name, "commune": units["A1"].pk,
                "version": site.version}
        response = client.post(reverse("initiatives:site_edit", args=[site.pk]), data)
        assert response.status_code == 302
        assert exact() and (units["A2"].pk, Status.ACTIVE) not in tallies()

    def test_bulk_status_and_bulk_delete(self, national, units, sites):
        done, _refused = services.bulk_change_status(user=national, sites=list(Site.objects.all()),
                                                     to_status=Status.SUSPENDED, changed_on=date(2026, 1, 1))
        assert len(done) == 4 and exact()
        services.bulk_delete_sites(user=national, sites=list(Site.objects.filter(commune=units["A1"])))
        assert exact() and not any(commune == units["A1"].pk for commune, _status in tallies())

    def test_import(self, tmp_path, national, units, sites):
        factories.model_type(name="Nhà trọ tự quản")
        path = write_csv(tmp_path, [row("Điểm nhập 1", village="Tổ 1"), row("Điểm nhập 2", village="Tổ 2")])
        report = importing.import_sites(path, user=national, dry_run=False)
        assert report.created == 2
        assert exact() and tallies()[(units["A1"].pk, Status.ACTIVE)] == 3

    def test_merge(self, national, units, sites):
        duplicate = factories.model_type()
        factories.site(units["A2"], duplicate)
        services.merge_types(user=national, survivor=sites["a1"].model_type, duplicate=duplicate)
        assert exact() and tallies()[(units["A2"].pk, Status.ACTIVE)] == 2

    def test_demo(self, units):
        demo.build(scale="small", seed=1)
        assert exact() and sum(tallies().values()) == Site.objects.count() > 0

    def test_a_bulk_write_without_a_recount_is_caught_and_rebuilt(self, units, sites, capsys):
        Site.objects.filter(pk=sites["a1"].pk).update(status=Status.DISSOLVED)  # no signal: the tallies go stale
        assert services.stale_tallies() == {(units["A1"].pk, Status.ACTIVE): (1, 0),
                                             (units["A1"].pk, Status.DISSOLVED): (0, 1)}
        with pytest.raises(CommandError):
            call_command("tallies", "--check")
        call_command("tallies")
        assert exact()
        call_command("tallies", "--check")
        assert "khớp" in capsys.readouterr().out

    def test_the_recount_waits_for_the_commit_and_runs_once_per_transaction(
            self, monkeypatch, national, units, django_capture_on_commit_callbacks):
        monkeypatch.setattr(services, "schedule_recount", transaction.on_commit)
        recounts, recount = [], services.recount_sites
        monkeypatch.setattr(services, "recount_sites", lambda ids=None: recounts.append(set(ids)) or recount(ids))
        with django_capture_on_commit_callbacks(execute=True):
            with transaction.atomic():
                site = factories.site(units["A1"])
                factories.site(units["B1"])
                services.change_status(user=national, site=site, to_status=Status.SUSPENDED,
                                       changed_on=date(2025, 1, 1))
            assert not SiteTally.objects.exists()  # not before the commit
        assert recounts == [{units["A1"].pk, units["B1"].pk}]
        assert exact()


def grouped(user, root, *, unit=None, statuses=()) -> dict[str, int]:
    """The figures as counted before the tallies: a GROUP BY over the sites."""
    sites = scoped(Site.objects.all(), user)
    if unit is not None:
        sites = sites.filter(units_q("commune", [unit.path]))
    if statuses:
        sites = sites.filter(status__in=statuses)
    return counts_by_child_unit(sites, "commune", root, child_units(root))


@pytest.mark.django_db
class TestReads:
    @pytest.mark.parametrize("role,unit", [("national", None), ("province", "A"), ("commune", "A1")])
    def test_tallies_give_the_figures_of_the_sites(self, user_factory, units, sites, role, unit):
        user = user_factory(role, unit)
        for root in (None, units["A"], units["B"]):
            for filters in ({}, {"statuses": [Status.ACTIVE]}, {"statuses": [Status.ACTIVE, Status.EXEMPLARY]},
                            {"unit": units["A1"]}, {"unit": units["A"], "statuses": [Status.DISSOLVED]}):
                figures = selectors.site_counts_by_unit(user, root, child_units(root), **filters)
                assert figures == grouped(user, root, **filters), (root, filters)

    @pytest.mark.parametrize("role,unit", [("national", None), ("province", "A"), ("commune", "A1")])
    def test_rollup_map_and_dashboard(self, client, user_factory, units, sites, role, unit):
        user = user_factory(role, unit)
        client.force_login(user)
        page = client.get(reverse("initiatives:site_rollup"), {"status": [Status.ACTIVE, Status.SUSPENDED]})
        counts = {u.path: n for u, n in page.context["rows"] if n}
        assert counts == grouped(user, None, statuses=[Status.ACTIVE, Status.SUSPENDED])
        inside = client.get(reverse("initiatives:site_rollup"), {"unit": units["A"].pk})
        assert {u.path: n for u, n in inside.context["rows"] if n} == grouped(user, units["A"], unit=units["A"])
        points = client.get(reverse("initiatives:site_points"), {"mode": "units", "status": Status.ACTIVE}).json()
        root = selectors.map_root(user)
        paths = {u.code: u.path for u in child_units(root)}
        assert {paths[r["code"]]: r["count"] for r in points["units"]} == grouped(user, root, statuses=[Status.ACTIVE])
        summary = jurisdiction_summary(user)
        column = [model for _label, model in registry.unit_counts].index(Site)
        assert {u.path: values[column] for u, values in summary.rows if values[column]} == grouped(user, summary.root)

    def test_other_filters_still_count_the_sites(self, client, national, units, sites, monkeypatch):
        monkeypatch.setattr(selectors, "site_counts_by_unit", None)  # any use of the tallies would fail
        client.force_login(national)
        page = client.get(reverse("initiatives:site_rollup"), {"status": Status.ACTIVE, "q": "a1"})
        assert page.status_code == 200 and page.context["total"] == 1
