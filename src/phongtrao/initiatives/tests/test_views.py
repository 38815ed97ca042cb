"""The generated role × jurisdiction matrix for types, sites and evaluations."""
from datetime import date

import pytest

from phongtrao.core.testing import ScopedObjectTests, unique
from phongtrao.initiatives.models import Evaluation, ModelType, Site

from . import factories


@pytest.mark.django_db
class TestModelTypeViews(ScopedObjectTests):
    model = ModelType
    ui = "initiatives:modeltype"
    api = "api:modeltype"

    def can_view(self, role, target):
        return True  # every user reads every type; editing stays scoped to the unit of origin

    def make(self, unit):
        return factories.model_type(unit)

    def form_data(self, unit):
        return {"name": unique("Tổ tự quản "), "category": "self_managed", "field": "residential",
                "origin_unit": unit.pk if unit else ""}

    def api_data(self, unit):
        return {"name": unique("Tổ API "), "category": "digital", "field": "online", "sponsors": ["police"],
                "origin_unit": unit.pk if unit else None}


@pytest.mark.django_db
class TestSiteViews(ScopedObjectTests):
    model = Site
    ui = "initiatives:site"
    api = "api:site"
    targets = ("A1", "A2", "B1")

    @pytest.fixture(autouse=True)
    def shared_type(self, db):
        self.type_ = factories.model_type(name=unique("Nhà trọ tự quản "))

    def make(self, unit):
        return factories.site(unit, self.type_)

    def form_data(self, unit):
        return {"model_type": self.type_.pk, "name": unique("Điểm "), "commune": unit.pk, "village": "Tổ 5",
                "started_on": "2024-05-01", "members_count": 12}

    def api_data(self, unit):
        return {"model_type": self.type_.pk, "name": unique("Điểm API "), "commune": unit.code, "members_count": 7}


@pytest.mark.django_db
class TestEvaluationViews(ScopedObjectTests):
    model = Evaluation
    ui = "initiatives:evaluation"
    api = "api:evaluation"

    @pytest.fixture(autouse=True)
    def shared_type(self, db):
        self.type_ = factories.model_type()

    def make(self, unit):
        return Evaluation.objects.create(model_type=self.type_, unit=unit, period="annual", rating="good",
                                         period_start=date(2024, 1, 1), period_end=date(2024, 12, 31))

    def form_data(self, unit):
        return {"model_type": self.type_.pk, "unit": unit.pk if unit else "", "period": "interim", "rating": "fair",
                "period_start": "2023-01-01", "period_end": "2023-12-31", "incidents_before": 9, "incidents_after": 4}

    def api_data(self, unit):
        return {"model_type": self.type_.pk, "unit": unit.pk if unit else None, "period": "final", "rating": "good",
                "period_start": "2020-01-01", "period_end": "2024-12-31"}
