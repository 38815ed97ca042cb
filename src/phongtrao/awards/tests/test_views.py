"""The generated role × jurisdiction matrix for commendations and Festival Day."""
import pytest

from phongtrao.awards.models import Commendation, FestivalPlan, FestivalSite
from phongtrao.core.testing import ScopedObjectTests, unique

from . import factories


@pytest.mark.django_db
class TestCommendationViews(ScopedObjectTests):
    model = Commendation
    ui = "awards:commendation"
    api = "api:commendation"
    targets = ("A", "A1", "A2", "B", "B1")

    def make(self, unit):
        return factories.commendation(unit)

    def form_data(self, unit):
        return {"unit": unit.pk, "year": 2025, "recipient_kind": "individual", "recipient": unique("Nguyễn Văn "),
                "position": "Tổ trưởng", "birth_year": 1970, "proposed_form": "certificate", "nominated_on": "2025-03-01",
                "appraisal": "pending"}

    def api_data(self, unit):
        return {"unit": unit.pk, "year": 2024, "recipient_kind": "collective", "recipient": unique("Tổ API "),
                "proposed_form": "merit", "nominated_on": "2024-05-01", "appraisal": "approved",
                "appraised_on": "2024-06-01"}


@pytest.mark.django_db
class TestFestivalPlanViews(ScopedObjectTests):
    model = FestivalPlan
    ui = "awards:festivalplan"
    api = "api:festivalplan"
    targets = ("A", "B", None)

    def can_view(self, role, target):
        return True  # a plan is a public announcement; its sites stay scoped

    def make(self, unit):
        return factories.festival_plan(unit)

    def form_data(self, unit):
        return {"year": 2027, "title": unique("Ngày hội "), "unit": unit.pk if unit else "", "sites_wanted": 25,
                "max_per_province": 3, "min_priority_share": 30, "rest_years": 2, "ceremony_programme": "Lễ",
                "festivity_programme": "Hội", "leaders": "",
                **{name: 7 for name in FestivalPlan.WEIGHT_FIELDS.values()}}

    def api_data(self, unit):
        return {"year": 2028, "title": unique("Kế hoạch API "), "unit": unit.pk if unit else None, "sites_wanted": 26}


@pytest.mark.django_db
class TestFestivalSiteViews(ScopedObjectTests):
    model = FestivalSite
    ui = "awards:festivalsite"
    api = "api:festivalsite"
    targets = ("A1", "A2", "B1")

    def make(self, unit):
        return factories.festival_site(unit)  # each on a plan of its own: a commune appears once per plan

    def form_data(self, unit):
        return {"plan": factories.festival_plan().pk, "commune": unit.pk, "chosen": "on", "attendance": 900, "awards_given": 4,
                "result_note": unique("Kết quả ")}

    def api_data(self, unit):
        return {"plan": factories.festival_plan().pk, "commune": unit.pk, "attendance": 1200, "result_note": unique("API ")}
