"""Rules of the registry: lifecycle, lineage, duplicates, merging types, evaluations."""
from datetime import date

import pytest
from auditlog.models import LogEntry
from django.core.exceptions import PermissionDenied, ValidationError

from phongtrao.initiatives import services
from phongtrao.initiatives.models import Evaluation, Site, Status

from . import factories


@pytest.fixture
def national(user_factory):
    return user_factory("national")


@pytest.mark.django_db
class TestLifecycle:
    def test_new_site_gets_its_first_status(self, national, units):
        site = services.save_site(user=national, site=Site(model_type=factories.model_type(), name="Điểm mới",
                                                          commune=units["A1"], started_on=date(2024, 3, 1)),
                                  status=Status.UNVERIFIED)
        assert site.status == Status.UNVERIFIED
        assert list(site.status_changes.values_list("to_status", "changed_on")) == [(Status.UNVERIFIED, date(2024, 3, 1))]

    @pytest.mark.parametrize("path", [
        (Status.ACTIVE, Status.EXEMPLARY, Status.SUSPENDED, Status.ACTIVE, Status.DISSOLVED),
        (Status.UNVERIFIED, Status.ACTIVE, Status.EXEMPLARY, Status.ACTIVE),
    ])
    def test_allowed_paths(self, national, units, path):
        site = factories.site(units["A1"], status=path[0])
        for day, step in enumerate(path[1:], start=1):
            services.change_status(user=national, site=site, to_status=step, changed_on=date(2025, 1, day))
        site.refresh_from_db()
        assert site.status == path[-1]
        assert site.status_changes.count() == len(path) - 1

    @pytest.mark.parametrize("start,forbidden", [
        (Status.UNVERIFIED, Status.EXEMPLARY),
        (Status.DISSOLVED, Status.ACTIVE),
        (Status.SUSPENDED, Status.EXEMPLARY),
        (Status.ACTIVE, Status.UNVERIFIED),
    ])
    def test_forbidden_transitions(self, national, units, start, forbidden):
        site = factories.site(units["A1"], status=start)
        with pytest.raises(ValidationError, match="Không thể chuyển"):
            services.change_status(user=national, site=site, to_status=forbidden, changed_on=date(2025, 1, 1))
        site.refresh_from_db()
        assert site.status == start

    def test_dates_cannot_go_backwards(self, national, units):
        site = factories.site(units["A1"])
        services.change_status(user=national, site=site, to_status=Status.SUSPENDED, changed_on=date(2025, 5, 1))
        with pytest.raises(ValidationError):
            services.change_status(user=national, site=site, to_status=Status.ACTIVE, changed_on=date(2025, 4, 1))

    def test_out_of_scope_user_cannot_change(self, user_factory, units):
        site = factories.site(units["B1"])
        with pytest.raises(PermissionDenied):
            services.change_status(user=user_factory("province", "A"), site=site, to_status=Status.SUSPENDED,
                                   changed_on=date(2025, 1, 1))


@pytest.mark.django_db
class TestLineageAndDuplicates:
    def test_cycle_rejected(self, national, units):
        type_ = factories.model_type()
        a = factories.site(units["A1"], type_)
        b = factories.site(units["A2"], type_, replicated_from=a)
        c = factories.site(units["B1"], type_, replicated_from=b)
        a.replicated_from = c
        with pytest.raises(ValidationError, match="Vòng lặp"):
            services.save_site(user=national, site=a)
        a.replicated_from = a
        with pytest.raises(ValidationError):
            services.save_site(user=national, site=a)

    def test_source_must_be_same_type(self, national, units):
        source = factories.site(units["A1"])
        with pytest.raises(ValidationError, match="cùng mô hình"):
            services.save_site(user=national, site=Site(model_type=factories.model_type(), name="x", commune=units["A2"],
                                                       replicated_from=source))

    def test_same_type_same_address_rejected_unless_dissolved(self, national, units):
        type_ = factories.model_type()
        first = factories.site(units["A1"], type_, address="12 Lê Lợi", name="Điểm 1")
        duplicate = Site(model_type=type_, name="Điểm 2", commune=units["A1"], address="12 le loi")
        with pytest.raises(ValidationError, match="Đã có điểm"):
            services.save_site(user=national, site=duplicate)
        services.change_status(user=national, site=first, to_status=Status.DISSOLVED, changed_on=date(2025, 1, 1))
        assert services.save_site(user=national, site=duplicate).pk

    def test_commune_must_be_a_current_commune(self, national, units):
        with pytest.raises(ValidationError):
            services.save_site(user=national, site=Site(model_type=factories.model_type(), name="x", commune=units["A"]))


@pytest.mark.django_db
class TestMerge:
    def test_merge_moves_everything_and_keeps_history(self, national, units, client):
        survivor = factories.model_type(name="Nhà trọ tự quản")
        duplicate = factories.model_type(name="Nha tro tu quan", aliases="Khu nhà trọ tự quản")
        client.force_login(national)
        client.post(f"/initiatives/types/{duplicate.pk}/edit/", {
            "name": duplicate.name, "aliases": duplicate.aliases, "category": "self_managed", "field": "boarding"})
        sites = [factories.site(units[u], duplicate) for u in ("A1", "B1")]
        evaluation = Evaluation.objects.create(model_type=duplicate, period="annual", rating="good",
                                               period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))
        duplicate_pk = duplicate.pk
        history_before = LogEntry.objects.get_for_object(duplicate).count()
        assert history_before >= 2  # created, then edited through the UI
        services.merge_types(user=national, survivor=survivor, duplicate=duplicate)
        assert set(survivor.sites.all()) == set(sites)
        evaluation.refresh_from_db()
        assert evaluation.model_type == survivor
        survivor.refresh_from_db()
        assert {"Nha tro tu quan", "Khu nhà trọ tự quản"} <= set(survivor.alias_list())
        kept = LogEntry.objects.filter(object_pk=str(duplicate_pk), content_type__model="modeltype")
        assert kept.count() == history_before + 1  # its history plus the deletion
        assert LogEntry.objects.get_for_object(survivor).filter(additional_data__merged_type_id=duplicate_pk).exists()

    def test_cannot_merge_with_itself(self, national):
        type_ = factories.model_type()
        with pytest.raises(ValidationError):
            services.merge_types(user=national, survivor=type_, duplicate=type_)


@pytest.mark.django_db
class TestEvaluation:
    def test_site_evaluation_takes_site_commune_and_type(self, national, units):
        site = factories.site(units["A1"])
        evaluation = services.save_evaluation(user=national, evaluation=Evaluation(
            site=site, period="interim", rating="good", period_start=date(2024, 1, 1), period_end=date(2024, 6, 30)))
        assert evaluation.unit == units["A1"] and evaluation.model_type == site.model_type

    def test_period_must_be_ordered(self, national):
        with pytest.raises(ValidationError):
            services.save_evaluation(user=national, evaluation=Evaluation(
                model_type=factories.model_type(), period="annual", rating="good",
                period_start=date(2024, 12, 31), period_end=date(2024, 1, 1)))
