"""Festival Day selection: every constraint holds, the answer is reproducible and explained; the plan's pages."""
import random
from datetime import date

import pytest
from django.urls import reverse

from phongtrao.awards import festival, services
from phongtrao.awards.models import FestivalPlan, FestivalSite
from phongtrao.awards.weights import Weights
from phongtrao.core.testing import make_user
from phongtrao.initiatives.models import Status
from phongtrao.initiatives.tests import factories as registry

from . import factories

PROVINCES = list(festival.regions())


def _candidates(n=600, seed=7):
    rng = random.Random(seed)
    return [festival.Candidate(commune_id=i, code=f"{i:05d}", name=f"Xã {i}", province_code=(p := rng.choice(PROVINCES)),
                               province=p, strong=rng.choice((0, 0, 1, 2, 3, 5, 8)),
                               last_chosen=rng.choice((None,) * 8 + (2025, 2024, 2022, 2019)))
            for i in range(n)]


RULES = {"year": 2026, "wanted": 28, "max_per_province": 2, "min_priority_share": 50, "rest_years": 2}


def test_every_constraint_holds():
    candidates = _candidates()
    selection = festival.select(candidates, **RULES)
    chosen = selection.chosen
    assert len(chosen) == 28
    per_province = {}
    for c in chosen:
        per_province[c.province_code] = per_province.get(c.province_code, 0) + 1
    assert max(per_province.values()) <= 2
    assert sum(1 for c in chosen if c.priority) >= 14 == selection.priority_needed
    assert all(c.last_chosen is None or c.last_chosen < 2024 for c in chosen)
    assert all(c.reasons and c.score == sum(p for _l, p in c.reasons) for c in chosen)


def test_the_answer_is_optimal_for_scores_and_explained():
    selection = festival.select(_candidates(), **RULES)
    lowest = min(c.score for c in selection.chosen)
    for c, lacking in selection.runners_up:
        assert lacking
        if c.score > lowest:  # a better site left out is left out for a rule, and says which
            assert any(word in lacking for word in ("đủ", "Đã tổ chức", "vùng ưu tiên"))


def test_reproducible_whatever_the_order():
    first = [c.code for c in festival.select(_candidates(), **RULES).chosen]
    shuffled = _candidates()
    random.Random(1).shuffle(shuffled)
    assert [c.code for c in festival.select(shuffled, **RULES).chosen] == first
    assert [c.code for c in festival.select(_candidates(), **RULES).chosen] == first


def test_pinned_and_excluded_by_hand():
    candidates = _candidates()
    best = festival.select(_candidates(), **RULES).chosen
    for c in candidates:
        c.excluded = c.code == best[0].code
        c.pinned = c.code == "00003" and c.last_chosen is None
    chosen = {c.code for c in festival.select(candidates, **RULES).chosen}
    assert best[0].code not in chosen
    assert "00003" in chosen or not any(c.pinned for c in candidates)


def test_impossible_rules_say_why():
    with pytest.raises(festival.SelectionError, match="tối đa"):
        festival.select(_candidates(40), **{**RULES, "max_per_province": 1, "wanted": 60})
    with pytest.raises(festival.SelectionError, match="Vùng ưu tiên"):
        festival.select([c for c in _candidates() if not c.priority][:200], **RULES)


@pytest.mark.django_db
def test_province_plan_end_to_end(client, units):
    province = units["A"]
    for commune in (units["A1"], units["A2"]):
        registry.site(commune, status=Status.EXEMPLARY)
    previous = factories.festival_plan(province, year=2025)
    factories.festival_site(units["A1"], previous, chosen=True)
    plan = factories.festival_plan(province, year=2026, sites_wanted=25, max_per_province=25, min_priority_share=0)
    user = make_user("province", province)
    client.force_login(user)
    assert client.post(reverse("awards:festivalplan", args=[plan.pk])).status_code == 302
    chosen = FestivalSite.objects.filter(plan=plan, chosen=True)
    assert chosen.count() == 25
    assert not chosen.filter(commune=units["A1"]).exists()  # held in 2025
    assert chosen.get(commune=units["A2"]).showcased.count() == 1
    page = client.get(reverse("awards:festivalplan", args=[plan.pk]))
    assert page.status_code == 200 and len(page.context["chosen"]) == 25
    again = services.propose_festival_sites(user=user, plan=plan)
    assert {c.commune_id for c in again.chosen} == set(chosen.values_list("commune_id", flat=True))
    client.force_login(make_user("viewer", province))
    assert client.post(reverse("awards:festivalplan", args=[plan.pk])).status_code == 403
    other = make_user("province", units["B"])
    client.force_login(other)
    assert client.post(reverse("awards:festivalplan", args=[plan.pk])).status_code == 404


@pytest.mark.django_db
def test_national_plan_api(api_client, units):
    plan = factories.festival_plan(None, year=2026, sites_wanted=30, max_per_province=2, min_priority_share=40)
    api_client.force_authenticate(make_user("national"))
    response = api_client.post(reverse("api:festivalplan-select", args=[plan.pk]))
    assert response.status_code == 200 and len(response.json()) == 30
    plan.max_per_province, plan.sites_wanted = 0, 30
    plan.save()
    assert api_client.post(reverse("api:festivalplan-select", args=[plan.pk])).status_code == 400
    api_client.force_authenticate(make_user("province", units["A"]))
    assert api_client.post(reverse("api:festivalplan-select", args=[plan.pk])).status_code in (403, 404)


def test_scores_are_the_sum_of_their_reasons():
    north_west = festival.score(festival.Candidate(1, "03121", "Xã A", "11", "Điện Biên", strong=7), year=2026,
                                rest_years=2)
    assert north_west.score == 30 + 5 * 6 + 10 and north_west.reasons[0] == ["Vùng ưu tiên: Tây Bắc", 30]
    city = festival.score(festival.Candidate(2, "26734", "Phường B", "79", "Hồ Chí Minh", strong=1, last_chosen=2022),
                          year=2026, rest_years=2)
    assert city.score == 0 + 6 + 5
    recent = festival.score(festival.Candidate(3, "00004", "Phường C", "01", "Hà Nội", last_chosen=2024), year=2026,
                            rest_years=2)
    assert recent.score == 0


def test_a_commune_pinned_by_hand_may_host_again():
    candidates = _candidates()
    resting = next(c for c in candidates if c.last_chosen == 2025)
    resting.pinned = True
    selection = festival.select(candidates, **RULES)
    chosen = next(c for c in selection.chosen if c.code == resting.code)
    assert ["Chọn bằng tay", 0] in chosen.reasons


def test_weights_default_to_the_former_constants_and_change_scores_and_choices():
    assert FestivalPlan().weights() == Weights() == Weights(priority=30, difficult=20, strong=6, strong_cap=5,
                                                           never_chosen=10, long_ago=5, province_bonus=25)
    weights = Weights(priority=100, difficult=1, strong=1, strong_cap=2, never_chosen=0)
    north_west = festival.score(festival.Candidate(1, "03121", "Xã A", "11", "Điện Biên", strong=7), year=2026,
                                rest_years=2, weights=weights)
    assert north_west.score == 100 + 2 and north_west.reasons[0] == ["Vùng ưu tiên: Tây Bắc", 100]
    city = [festival.Candidate(i, f"2673{i}", f"Phường {i}", "79", "Hồ Chí Minh", strong=3) for i in range(3)]
    capital = festival.Candidate(9, "00004", "Phường C", "01", "Hà Nội", strong=1)
    rules = {**RULES, "wanted": 2, "min_priority_share": 0}
    assert {c.province_code for c in festival.select([*city, capital], **rules).chosen} == {"79", "01"}
    alone = festival.select([*city, capital], **rules, weights=Weights(province_bonus=0)).chosen
    assert {c.code for c in alone} == {"26730", "26731"}


@pytest.mark.django_db
def test_a_plan_s_weights_are_shown_and_used(client, units):
    plan = factories.festival_plan(units["A"], year=2026, sites_wanted=3, max_per_province=3, min_priority_share=0)
    plan.weight_never_chosen, plan.weight_strong = 77, 0
    plan.save()
    user = make_user("province", units["A"])
    services.propose_festival_sites(user=user, plan=plan)
    site = FestivalSite.objects.filter(plan=plan, chosen=True).first()
    assert site.score == 77 and ["Chưa từng tổ chức Ngày hội", 77] in site.reasons
    client.force_login(user)
    page = client.get(reverse("awards:festivalplan", args=[plan.pk])).content.decode()
    assert "Trọng số chấm điểm" in page and "Điểm chưa từng tổ chức Ngày hội" in page and ">77<" in page
