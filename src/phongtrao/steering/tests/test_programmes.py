"""Coordination programmes: obligations, yearly progress inside the programme's years, the review figures, scope."""
import itertools

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from phongtrao.core.testing import ScopedObjectTests, make_user, unique
from phongtrao.steering import selectors, services
from phongtrao.steering.models import Obligation, Programme, ProgressReport


YEARS = itertools.cycle(range(2014, 2024))


def programme(unit, **extra):
    return Programme.objects.create(unit=unit, title=extra.pop("title", "Chương trình phối hợp 09"),
                                    parties="Bộ Công an\nỦy ban Trung ương MTTQ Việt Nam", start_year=2013,
                                    end_year=2023, **extra)


def obligation(unit, programme_=None, organisation="Ủy ban MTTQ"):
    return Obligation.objects.create(programme=programme_ or programme(unit), organisation=organisation,
                                     content="Vận động nhân dân tham gia phong trào")


@pytest.mark.django_db
class TestProgress:
    def test_yearly_matrix_and_review_figures(self, client, units):
        the_programme = programme(units["A"])
        front, women = obligation(None, the_programme), obligation(None, the_programme, "Hội Liên hiệp Phụ nữ")
        user = make_user("province", units["A"])
        for year, value in ((2013, 60), (2014, 80)):
            services.save_progress(user=user, report=ProgressReport(obligation=front, year=year, progress=value))
        services.save_progress(user=user, report=ProgressReport(obligation=women, year=2023, progress=90))
        figures = selectors.programme_progress(user, the_programme)
        assert figures["years"][0] == 2013 and len(figures["years"]) == 11
        by_org = {r["obligation"].organisation: r for r in figures["rows"]}
        assert by_org["Ủy ban MTTQ"]["cells"][:3] == [60, 80, None] and by_org["Ủy ban MTTQ"]["average"] == 70
        assert figures["average"] == 77 and figures["missing"] == 22 - 3
        client.force_login(user)
        assert client.get(the_programme.get_absolute_url()).status_code == 200

    def test_year_inside_the_programme_and_once(self, units):
        user = make_user("province", units["A"])
        item = obligation(units["A"])
        with pytest.raises(ValidationError) as caught:
            services.save_progress(user=user, report=ProgressReport(obligation=item, year=2030, progress=50))
        assert "year" in caught.value.message_dict
        services.save_progress(user=user, report=ProgressReport(obligation=item, year=2015, progress=50))
        with pytest.raises(ValidationError):
            services.save_progress(user=user, report=ProgressReport(obligation=item, year=2015, progress=70))

    def test_years_in_order_and_a_renewal(self, units):
        user = make_user("national")
        with pytest.raises(ValidationError):
            services.save_programme(user=user, programme=Programme(title="X", parties="A", start_year=2024,
                                                                    end_year=2020))
        old = programme(None)
        new = services.save_programme(user=user, programme=Programme(title="Chương trình 09 (tiếp nối)", parties="A",
                                                                      start_year=2024, end_year=2033, renews=old))
        assert list(old.renewals.all()) == [new]


@pytest.mark.django_db
class TestProgrammeViews(ScopedObjectTests):
    model = Programme
    ui = "steering:programme"
    api = "api:programme"

    def can_view(self, role, target):
        above = {"province": {None}, "viewer": {None}, "commune": {None, "A"}}.get(role, set())
        return super().can_view(role, target) or target in above

    def make(self, unit):
        return programme(unit, title=unique("Chương trình "))

    def form_data(self, unit):
        return {"unit": unit.pk if unit else "", "title": unique("Phối hợp "), "parties": "Công an\nĐoàn Thanh niên",
                "start_year": 2024, "end_year": 2028}

    def api_data(self, unit):
        return {"unit": unit.pk if unit else None, "title": unique("Phối hợp API "), "parties": "Công an",
                "start_year": 2025, "end_year": 2029}


@pytest.mark.django_db
class TestObligationViews(ScopedObjectTests):
    model = Obligation
    ui = "steering:obligation"
    api = "api:obligation"

    def _programme(self, unit):
        return Programme.objects.filter(unit=unit).first() or programme(unit)

    def make(self, unit):
        return obligation(unit, self._programme(unit), unique("Hội "))

    def form_data(self, unit):
        return {"programme": self._programme(unit).pk, "organisation": unique("Đoàn "), "content": "Tuyên truyền"}

    def api_data(self, unit):
        return {"programme": self._programme(unit).pk, "organisation": unique("Hội API "), "content": "Vận động"}


@pytest.mark.django_db
class TestProgressReportViews(ScopedObjectTests):
    model = ProgressReport
    ui = "steering:progressreport"
    api = "api:progressreport"

    def _obligation(self, unit):
        return Obligation.objects.filter(programme__unit=unit).first() or obligation(unit)

    def make(self, unit):
        return ProgressReport.objects.create(obligation=self._obligation(unit), year=2013, progress=40)

    def form_data(self, unit):
        return {"obligation": self._obligation(unit).pk, "year": next(YEARS), "progress": 65}

    def api_data(self, unit):
        return {"obligation": self._obligation(unit).pk, "year": next(YEARS), "progress": 75}
