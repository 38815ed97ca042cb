"""Budget: the scoped matrix, the Circular 40/2023 norm arithmetic and flags, money format, the import."""
from datetime import date

import pytest
from django.urls import reverse

from phongtrao.budget import selectors, services
from phongtrao.budget.display import format_vnd
from phongtrao.budget.importing import AllocationImport
from phongtrao.budget.models import Allocation
from phongtrao.budget.services import NormRow
from phongtrao.core.imports.engine import run_import
from phongtrao.core.testing import (ScopedObjectTests, assert_export_reimports, assert_hostile_files_refused, make_user,
                                    unique_year, unlabelled_card_cells)
from phongtrao.initiatives.models import Site, Status
from phongtrao.initiatives.tests import factories as registry



@pytest.mark.django_db
class TestAllocationViews(ScopedObjectTests):
    model = Allocation
    ui = "budget:allocation"
    api = "api:allocation"
    targets = ("A", "A1", "A2", "B", "B1")

    def make(self, unit):
        return Allocation.objects.create(unit=unit, year=unique_year(), item="models", allocated=60_000_000)

    def form_data(self, unit):
        return {"unit": unit.pk, "year": unique_year(), "item": "training", "allocated": 15_000_000, "spent": 12_500_000,
                "source": "Ngân sách tỉnh"}

    def api_data(self, unit):
        return {"unit": unit.pk, "year": unique_year(), "item": "festival", "allocated": 200_000_000}


def test_money_is_written_the_vietnamese_way():
    assert format_vnd(1_234_000) == "1.234.000 đ"
    assert format_vnd(0) == "0 đ" and format_vnd(None) == "" and format_vnd(-5000) == "−5.000 đ"


@pytest.mark.parametrize("allocated,flag", [(0, "under"), (53_999_999, "under"), (54_000_000, "ok"),
                                            (60_000_000, "ok"), (66_000_000, "ok"), (66_000_001, "over")])
def test_flags_at_the_tolerance_boundaries(allocated, flag):
    row = NormRow(None, 3, allocated, 0)
    assert row.norm == 60_000_000 and row.flag == flag


def test_no_model_no_norm():
    assert NormRow(None, 0, 0, 0).flag == "" and NormRow(None, 0, 5, 0).flag == "over"


@pytest.mark.django_db
def test_models_counted_per_commune_from_the_registry(units):
    a, b = registry.model_type(), registry.model_type()
    registry.site(units["A1"], a, status=Status.ACTIVE)
    registry.site(units["A1"], a, status=Status.EXEMPLARY)   # same type, same commune: one model
    registry.site(units["A1"], b, status=Status.ACTIVE)
    registry.site(units["A1"], b, status=Status.DISSOLVED)
    registry.site(units["A2"], b, status=Status.SUSPENDED)   # not functioning
    registry.site(units["A2"], a, status=Status.ACTIVE, started_on=date(2027, 1, 1))  # not yet in 2026
    registry.site(units["B1"], a, status=Status.ACTIVE)
    counts = services.models_per_commune(Site.objects.all(), 2026)
    assert counts == {units["A1"].path: 2, units["B1"].path: 1}


@pytest.mark.django_db
def test_norm_table_in_scope(client, units):
    type_ = registry.model_type()
    for unit in ("A1", "A2", "B1"):
        registry.site(units[unit], type_)
    Allocation.objects.create(unit=units["A1"], year=2026, item="models", allocated=20_000_000, spent=19_000_000)
    Allocation.objects.create(unit=units["A2"], year=2026, item="models", allocated=50_000_000)
    Allocation.objects.create(unit=units["A2"], year=2026, item="training", allocated=99_000_000)
    rows = selectors.norm_table(make_user("province", units["A"]), year=2026)
    assert [(r.unit, r.models, r.norm, r.allocated, r.flag) for r in rows] == [
        (units["A2"], 1, 20_000_000, 50_000_000, "over"), (units["A1"], 1, 20_000_000, 20_000_000, "ok")]
    national = selectors.norm_table(make_user("national"), year=2026)
    assert [(r.unit, r.models, r.allocated, r.flag) for r in national] == [
        (units["B"], 1, 0, "under"), (units["A"], 2, 70_000_000, "over")]
    own = selectors.norm_table(make_user("commune", units["A1"]), year=2026)
    assert [(r.unit, r.models) for r in own] == [(units["A1"], 1)]
    client.force_login(make_user("province", units["A"]))
    page = client.get(reverse("budget:norm"), {"year": 2026})
    assert page.status_code == 200 and "20.000.000 đ" in page.content.decode()
    assert unlabelled_card_cells(page.content.decode()) == []  # the total row on a phone too
    assert client.get(reverse("budget:norm"), {"year": "abc"}).status_code == 400


@pytest.mark.django_db
def test_allocation_import(tmp_path, units):
    user = make_user("province", units["A"])
    path = tmp_path / "kp.csv"
    path.write_text("Mã đơn vị,Năm,Nội dung chi,Dự toán (đồng),Đã chi (đồng)\n"
                    f"{units['A1'].code},2026,Hỗ trợ hoạt động mô hình,60.000.000,45.000.000\n"
                    f"{units['A1'].code},2026,training,10000000,\n", encoding="utf-8")
    report = run_import(AllocationImport, path, user=user, dry_run=False)
    assert report.ok and report.created == 2, report.errors
    assert Allocation.objects.get(item="models").spent == 45_000_000
    again = run_import(AllocationImport, path, user=user, dry_run=False)
    assert again.error_count == 2 and Allocation.objects.count() == 2
    outside = tmp_path / "b.csv"
    outside.write_text(f"Mã đơn vị,Năm,Nội dung chi,Dự toán (đồng)\n{units['B1'].code},2026,models,1\n", encoding="utf-8")
    assert "phạm vi" in run_import(AllocationImport, outside, user=user, dry_run=False).errors[0][2]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_allocation_export_reimports_unchanged(client, tmp_path, units, fmt):
    Allocation.objects.create(unit=units["A1"], year=2025, item="models", allocated=60_000_000, spent=45_000_000,
                              source="Ngân sách xã", note="Đủ")
    Allocation.objects.create(unit=units["A"], year=2025, item="training", allocated=15_000_000)
    assert assert_export_reimports(client, reverse("budget:allocation_list"), AllocationImport, tmp_path, fmt,
                                   user=make_user("province", units["A"]),
                                   delete=lambda: Allocation.objects.all().delete()) == 2


@pytest.mark.django_db
def test_allocation_import_refuses_hostile_files(tmp_path, units):
    assert_hostile_files_refused(AllocationImport, {"unit": units["A1"].code, "year": "2026", "item": "models",
                                                    "allocated": "60.000.000"},
                                 tmp_path, user=make_user("province", units["A"]), date_key=None)
