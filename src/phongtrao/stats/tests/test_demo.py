from datetime import date

import pytest

from phongtrao.initiatives.tests.factories import model_type, site
from phongtrao.stats.demo import planted_starts

pytestmark = pytest.mark.django_db


def test_an_effect_is_planted_from_the_month_the_first_site_started(units):
    """The effectiveness page counts the start month among the months after the start, so the demo plants it whole."""
    mediation = model_type(name="Tổ hòa giải ở cơ sở")
    site(units["A1"], mediation, started_on=date(2024, 7, 1))
    site(units["A1"], mediation, started_on=date(2024, 5, 20))
    site(units["A2"], model_type(), started_on=date(2024, 5, 20))
    assert planted_starts([units["A1"], units["A2"]]) == {(units["A1"].pk, "mediated"): date(2024, 5, 1)}
