"""Commendation rules: the order of the steps, the derived stage, the under-commendation alert, the decision import."""
from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from phongtrao.awards import selectors, services
from phongtrao.awards.importing import DecisionImport
from phongtrao.awards.models import Appraisal, Commendation, Stage, stage_q
from phongtrao.core.imports.engine import run_import
from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import Evaluation, Rating, Status
from phongtrao.initiatives.tests import factories as registry

from . import factories

pytestmark = pytest.mark.django_db


def _new(unit, **extra):
    return Commendation(unit=unit, year=2025, recipient="Tổ tự quản khu phố 3", nominated_on=date(2025, 2, 1), **extra)


def test_decision_needs_an_approved_appraisal(units):
    with pytest.raises(ValidationError) as exc:
        services.save_commendation(user=None, commendation=_new(units["A1"], decision_ref="12/QĐ-UBND",
                                                                decided_on=date(2025, 3, 1), level="province",
                                                                form="merit"))
    assert "decision_ref" in exc.value.message_dict


def test_ceremony_needs_a_decision_and_comes_after_it(units):
    with pytest.raises(ValidationError) as exc:
        services.save_commendation(user=None, commendation=_new(units["A1"], ceremony_on=date(2025, 8, 19)))
    assert "ceremony_on" in exc.value.message_dict
    early = _new(units["A1"], appraisal=Appraisal.APPROVED, appraised_on=date(2025, 2, 5), decision_ref="1/QĐ",
                 decided_on=date(2025, 3, 1), level="province", form="merit", ceremony_on=date(2025, 2, 20))
    with pytest.raises(ValidationError) as exc:
        services.save_commendation(user=None, commendation=early)
    assert "ceremony_on" in exc.value.message_dict


def test_stage_is_derived_and_filterable(units):
    c = services.save_commendation(user=None, commendation=_new(units["A1"]))
    assert c.stage == Stage.NOMINATED
    c.appraisal, c.appraised_on = Appraisal.APPROVED, date(2025, 2, 10)
    assert services.save_commendation(user=None, commendation=c).stage == Stage.APPRAISED
    c.decision_ref, c.decided_on, c.level, c.form = "7/QĐ-CAT", date(2025, 3, 1), "province", "merit"
    assert services.save_commendation(user=None, commendation=c).stage == Stage.DECIDED
    c.ceremony_on = date(2025, 8, 19)
    assert services.save_commendation(user=None, commendation=c).stage == Stage.PRESENTED
    for stage in Stage.values:
        assert Commendation.objects.filter(stage_q(stage)).filter(pk=c.pk).exists() == (stage == Stage.PRESENTED)


def test_a_collective_keeps_no_personal_details(units):
    c = services.save_commendation(user=None, commendation=_new(units["A1"], birth_year=1970, phone="0909"))
    assert (c.birth_year, c.phone) == (None, "")


def test_saving_outside_the_scope_is_refused(units):
    with pytest.raises(PermissionDenied):
        services.save_commendation(user=make_user("commune", units["A1"]), commendation=_new(units["B1"]))


def _strong_sites(commune, n):
    type_ = registry.model_type()
    for i in range(n):
        site = registry.site(commune, type_, status=Status.EXEMPLARY if i % 2 else Status.ACTIVE)
        if not i % 2:
            Evaluation.objects.create(site=site, model_type=type_, unit=commune, period="annual", rating=Rating.GOOD,
                                      period_start=date(2025, 1, 1), period_end=date(2025, 12, 31))


def test_under_commendation_alert_ranks_and_explains(units):
    _strong_sites(units["A1"], 8)    # 8 strong sites, no award: flagged first
    _strong_sites(units["A2"], 10)   # 10 strong, 2 awards: 1 per 5, not flagged
    for _ in range(2):
        factories.commendation(units["A2"], decided_on=date(2026, 3, 1))
    registry.site(units["A1"], status=Status.ACTIVE)  # an ordinary site does not count
    factories.commendation(units["A1"], decided_on=date(2020, 1, 1))  # too old for 3 years
    rows = selectors.under_commended(make_user("province", units["A"]), years=3, today=date(2026, 6, 1))
    assert [(r.unit, r.strong, r.awards, r.flagged) for r in rows] == [
        (units["A1"], 8, 0, True), (units["A2"], 10, 2, False)]
    assert "8 điểm mô hình" in rows[0].explanation and "01/01/2024" in rows[0].explanation
    national = selectors.under_commended(make_user("national"), years=3, today=date(2026, 6, 1))
    assert [(r.unit, r.strong, r.awards) for r in national] == [(units["A"], 18, 2)]
    assert selectors.under_commended(make_user("province", units["B"]), years=3, today=date(2026, 6, 1)) == []


def test_alert_page(client, units):
    _strong_sites(units["A1"], 4)
    client.force_login(make_user("province", units["A"]))
    page = client.get(reverse("awards:under_commended"), {"years": 5})
    assert page.status_code == 200 and page.context["flagged"] == 1
    assert client.get(reverse("awards:under_commended"), {"years": "x"}).status_code == 400
    assert "Ít được khen thưởng" in client.get(reverse("home")).content.decode()


def test_decision_import_all_or_nothing(tmp_path, units):
    user = make_user("province", units["A"])
    good = tmp_path / "qd.csv"
    good.write_text("Mã đơn vị,Tên tập thể cá nhân,Đối tượng,Năm sinh,Số quyết định,Ngày quyết định,Cấp khen,Hình thức khen\n"
                    f'{units["A1"].code},Tổ tự quản khu phố 1,Tập thể,,99/QĐ-UBND,19/08/2025,"Tỉnh, thành phố",Bằng khen\n'
                    f"{units['A2'].code},Nguyễn Văn An,Cá nhân,1968,99/QĐ-UBND,19/08/2025,province,Giấy khen\n",
                    encoding="utf-8")
    report = run_import(DecisionImport, good, user=user, dry_run=False)
    assert report.ok and report.created == 2, report.errors
    saved = Commendation.objects.get(recipient="Nguyễn Văn An")
    assert (saved.stage, saved.birth_year, saved.form) == (Stage.DECIDED, 1968, "certificate")
    again = run_import(DecisionImport, good, user=user, dry_run=False)
    assert not again.ok and again.created == 0
    bad = tmp_path / "bad.csv"
    bad.write_text("Mã đơn vị,Tên tập thể cá nhân,Số quyết định,Ngày quyết định,Cấp khen,Hình thức khen\n"
                   f"{units['B1'].code},Tổ Hà Nội,1/QĐ,01/02/2025,province,Bằng khen\n"
                   f"{units['A1'].code},Tổ 2,1/QĐ,31/02/2025,province,Bằng khen\n", encoding="utf-8")
    report = run_import(DecisionImport, bad, user=user, dry_run=False)
    assert report.error_count == 2 and Commendation.objects.count() == 2
    assert "phạm vi" in report.errors[0][2]
