"""Effectiveness and replication pages on a planted effect, inside the user's jurisdiction."""
import io
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from auditlog.models import LogEntry
from django.urls import reverse
from openpyxl import load_workbook

from phongtrao.accounts.models import Role
from phongtrao.analytics.effectiveness import month_index
from phongtrao.core.db import bulk_insert
from phongtrao.core.testing import make_user
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.tests.factories import model_type, site
from phongtrao.stats.models import Indicator, MonthlyReport, ReportState, Value
from phongtrao.steering.models import Plan, Task

FIRST = month_index(2021, 1)


def _month(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


@pytest.fixture
def indicator(db):
    return Indicator.objects.get(code="social_order")


@pytest.fixture
def planted(units, indicator):
    """Every commune of A and B reports 48 approved months; 30 communes of A got the type, which cut the indicator
    by 3 a month from its start."""
    rng = np.random.default_rng(0)
    communes = list(AdminUnit.objects.current().filter(level=Level.COMMUNE, parent__in=[units["A"], units["B"]])
                    .order_by("path").values_list("pk", "parent_id"))
    treated = [pk for pk, parent in communes if parent == units["A"].pk][:60:2]
    kind = model_type(name="Tổ hòa giải điểm")
    starts = {}
    for n, pk in enumerate(treated):
        start = date(2022, 3 + n % 10, 1)
        site(AdminUnit.objects.get(pk=pk), kind, started_on=start)
        starts[pk] = month_index(start.year, start.month)
    reports, values = [], []
    for pk, _parent in communes:
        level = rng.normal(20, 4)
        for m in range(FIRST, FIRST + 48):
            effect = -3.0 if pk in starts and m >= starts[pk] else 0.0
            reports.append((pk, _month(m), ReportState.APPROVED))
            values.append(level + 2 * np.sin(m / 2) + effect + rng.normal(0, 1.5))
    ids = bulk_insert(MonthlyReport, ("commune_id", "month", "state"), reports)
    bulk_insert(Value, ("report_id", "indicator_id", "value", "estimated"),
                [(pk, indicator.pk, float(v), False) for pk, v in zip(ids, values)], ids=False)
    return kind, treated


@pytest.mark.django_db
class TestEffectivenessPage:
    def test_a_planted_effect_shows_with_its_interval_and_flag(self, client, user_factory, indicator, planted):
        kind, treated = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        page = client.get(reverse("analytics:type_effectiveness", args=[kind.pk]), {"indicator": indicator.pk})
        text = page.content.decode()
        assert page.status_code == 200
        result = page.context["result"]
        assert result.low <= -3.0 <= result.high < 0
        assert result.n_treated == 30
        assert "Có hiệu quả" in text and "khen thưởng" in text and "chart-trend" in text

    def test_exports_the_numbers(self, client, user_factory, indicator, planted):
        kind, _ = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        xlsx = client.get(reverse("analytics:type_effectiveness", args=[kind.pk]), {"indicator": indicator.pk, "export": "xlsx"})
        rows = list(load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active.values)
        assert rows[0][0] == "Mô hình" and any(r[0] == -1 for r in rows)

    def test_one_site_and_bad_input(self, client, user_factory, indicator, planted, units):
        kind, treated = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        one = kind.sites.get(commune_id=treated[0])
        page = client.get(reverse("analytics:site_effectiveness", args=[one.pk]), {"indicator": indicator.pk})
        assert page.status_code == 200 and page.context["result"].n_treated == 1
        assert "Ít xã" in page.content.decode()
        assert client.get(reverse("analytics:type_effectiveness", args=[kind.pk]), {"indicator": "999999"}).status_code == 400
        assert client.get(reverse("analytics:type_effectiveness", args=[kind.pk]), {"export": "pdf"}).status_code == 400
        other = site(units["B1"], kind)
        assert client.get(reverse("analytics:site_effectiveness", args=[other.pk])).status_code == 404

    def test_a_type_without_effect_is_not_praised(self, client, user_factory, indicator, planted, units):
        """In Hà Nội, where the effective type is absent (its communes would otherwise move the comparison)."""
        idle = model_type(name="Mô hình không tác dụng")
        for pk in AdminUnit.objects.filter(parent=units["B"]).order_by("path").values_list("pk", flat=True)[:40:2]:
            site(AdminUnit.objects.get(pk=pk), idle, started_on=date(2022, 6, 1))
        client.force_login(user_factory(Role.NATIONAL))
        result = client.get(reverse("analytics:type_effectiveness", args=[idle.pk]), {"indicator": indicator.pk}).context["result"]
        assert result.low <= 0 <= result.high
        assert result.verdict in ("weak", "insufficient")

    def test_the_model_type_page_links_to_it(self, client, user_factory, indicator, planted):
        kind, _ = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        text = client.get(kind.get_absolute_url()).content.decode()
        assert reverse("analytics:type_effectiveness", args=[kind.pk]) in text
        assert reverse("analytics:replication", args=[kind.pk]) in text


@pytest.mark.django_db
class TestReplication:
    def test_ranks_communes_without_the_model_in_scope_with_evidence_and_budget(self, client, user_factory, indicator, planted,
                                                                                  units):
        kind, treated = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        page = client.get(reverse("analytics:replication", args=[kind.pk]), {"indicator": indicator.pk})
        assert page.status_code == 200
        rows = page.context["rows"]
        assert rows and all(r.unit.parent_id == units["A"].pk and r.unit.pk not in treated for r in rows)
        assert all(r.neighbours and r.candidate.budget == 20_000_000 for r in rows)
        assert "Thông tư 40/2023/TT-BTC" in page.content.decode()  # the Ministry of Finance's, as on the budget pages
        assert [r.candidate.score for r in rows] == sorted((r.candidate.score for r in rows), reverse=True)
        csv = b"".join(client.get(reverse("analytics:replication", args=[kind.pk]),
                                  {"export": "csv", "indicator": indicator.pk}).streaming_content).decode()
        assert "20000000" in csv and units["B1"].name not in csv
        assert len(csv.strip().splitlines()) == 1 + page.context["total"]


@pytest.mark.django_db
class TestReplicationTask:
    """A recommended commune becomes a steering task in one click, inside the user's jurisdiction only."""

    def _post(self, client, kind, indicator, commune, owner="commune", deadline=None):
        deadline = deadline or (date.today() + timedelta(days=60)).isoformat()
        return client.post(reverse("analytics:replication_task", args=[kind.pk]),
                           {"indicator": indicator.pk, "commune": commune.pk, "owner": owner, "deadline": deadline})

    def test_a_recommendation_becomes_a_task_linked_to_the_type_with_its_evidence(self, client, user_factory,
                                                                                   indicator, planted, units):
        kind, _treated = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        page = client.get(reverse("analytics:replication", args=[kind.pk]), {"indicator": indicator.pk})
        assert reverse("analytics:replication_task", args=[kind.pk]) in page.content.decode()
        top = page.context["rows"][0]
        response = self._post(client, kind, indicator, top.unit)
        task = Task.objects.get(model_type=kind)
        assert response.status_code == 302 and response.url == task.get_absolute_url()
        assert task.unit == top.unit and task.plan.symbol == f"NR-{kind.pk}" and task.plan.unit == units["A"]
        assert top.neighbours[0][0].full_name in task.notes and "điểm tương đồng" in task.notes
        assert LogEntry.objects.get_for_object(task).filter(action=LogEntry.Action.CREATE).exists()
        second = page.context["rows"][1].unit
        assert self._post(client, kind, indicator, second, owner="province").status_code == 302
        assert Task.objects.get(model_type=kind, title__contains=second.full_name).unit == units["A"]
        assert Plan.objects.filter(symbol=f"NR-{kind.pk}").count() == 1

    def test_no_task_outside_the_jurisdiction_or_the_recommendations(self, client, user_factory, indicator, planted,
                                                                      units):
        kind, treated = planted
        client.force_login(user_factory(Role.PROVINCE, "A"))
        outside = AdminUnit.objects.filter(parent=units["B"], level=Level.COMMUNE).first()
        refused = self._post(client, kind, indicator, outside)
        assert refused.status_code == 403 and "ngoài phạm vi quản lý" in refused.content.decode()
        having = AdminUnit.objects.get(pk=treated[0])  # has the model: not a recommendation
        refused = self._post(client, kind, indicator, having)
        assert refused.status_code == 400 and "không có trong danh sách đề xuất" in refused.content.decode()
        top = client.get(reverse("analytics:replication", args=[kind.pk]), {"indicator": indicator.pk}).context["rows"][0]
        late = self._post(client, kind, indicator, top.unit, deadline=(date.today() - timedelta(days=1)).isoformat())
        assert late.status_code == 400 and "Thời hạn phải từ hôm nay" in late.content.decode()
        assert self._post(client, kind, indicator, top.unit, deadline="31/02/2026").status_code == 400
        client.force_login(make_user(Role.COMMUNE, top.unit))
        refused = self._post(client, kind, indicator, top.unit, owner="province")
        assert refused.status_code == 403 and "ngoài phạm vi quản lý" in refused.content.decode()
        assert not Task.objects.filter(model_type=kind).exists()
