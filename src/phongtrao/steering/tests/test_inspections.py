"""Inspections: round → self-report → visit → conclusion → findings → follow-up tasks → closed; roll-up of
unresolved findings; the generated scope matrix."""
from datetime import date, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from phongtrao.core.testing import ScopedObjectTests, make_user, unique
from phongtrao.steering import selectors, services
from phongtrao.steering.models import Finding, InspectionRound, InspectionVisit
from phongtrao.steering.services import VisitStage, visit_stage

D = date(2026, 9, 1)


def round_(unit, **extra):
    return InspectionRound.objects.create(unit=unit, title=extra.pop("title", "Kiểm tra phong trào năm 2026"),
                                          lead="Nguyễn Văn Hùng, Phó Giám đốc", start_on=D,
                                          end_on=D + timedelta(days=20), **extra)


def visit(unit, round_obj=None, **extra):
    return InspectionVisit.objects.create(round=round_obj or round_(None), unit=unit, planned_on=D, **extra)


def finding(unit, visit_obj=None, **extra):
    return Finding.objects.create(visit=visit_obj or visit(unit), text=extra.pop("text", "Sổ theo dõi chưa cập nhật"),
                                  recommendation="Cập nhật sổ theo dõi mô hình hằng tháng", **extra)


@pytest.mark.django_db
class TestFlow:
    def test_a_recommendation_becomes_a_task_and_closes_the_visit(self, client, units):
        user = make_user("province", units["A"])
        the_round = round_(units["A"], reference="12/KH-CAT")
        the_visit = visit(units["A1"], the_round, self_reported_on=D - timedelta(days=5))
        assert visit_stage(the_visit, open_findings=0) == VisitStage.SELF_REPORTED
        the_visit.visited_on, the_visit.record = D, "Đoàn làm việc với Công an phường."
        services.save_visit(user=user, visit=the_visit)
        item = finding(units["A1"], the_visit)
        with pytest.raises(ValidationError):  # no task before the conclusion
            services.finding_to_task(user=user, finding=item, deadline=D + timedelta(days=30))
        the_visit.concluded_on = D + timedelta(days=2)
        services.save_visit(user=user, visit=the_visit)
        client.force_login(user)
        response = client.post(reverse("steering:finding_task", args=[item.pk]), {"deadline": "2026-10-15"})
        item.refresh_from_db()
        task = item.task
        assert response.url == task.get_absolute_url()
        assert (task.unit, task.deadline, task.plan.symbol) == (units["A1"], date(2026, 10, 15), "12/KH-CAT")
        assert InspectionRound.objects.get(pk=the_round.pk).plan == task.plan
        assert selectors.open_findings_rollup(user, units["A"])["total"] == 1
        assert client.post(reverse("steering:finding_task", args=[item.pk]), {"deadline": "2026-10-20"}).status_code == 302
        assert Finding.objects.get(pk=item.pk).task == task  # not twice
        task.completed_on = timezone.localdate()
        services.save_task(user=user, task=task)
        assert selectors.open_findings_rollup(user, units["A"])["total"] == 0
        assert visit_stage(the_visit, open_findings=0) == VisitStage.CLOSED

    def test_visits_stay_inside_the_organiser_and_in_order(self, units):
        user = make_user("national")
        with pytest.raises(ValidationError) as caught:
            services.save_visit(user=user, visit=InspectionVisit(round=round_(units["A"]), unit=units["B1"],
                                                                 planned_on=D))
        assert "unit" in caught.value.message_dict
        with pytest.raises(ValidationError) as caught:
            services.save_visit(user=user, visit=InspectionVisit(round=round_(None), unit=units["B1"], planned_on=D,
                                                                 concluded_on=D))
        assert "concluded_on" in caught.value.message_dict

    def test_bad_deadline_is_a_message_not_an_error(self, client, units):
        item = finding(units["A1"], visit(units["A1"], visited_on=D, concluded_on=D))
        client.force_login(make_user("commune", units["A1"]))
        response = client.post(reverse("steering:finding_task", args=[item.pk]), {"deadline": "31/02/2026"})
        assert response.status_code == 302 and Finding.objects.get(pk=item.pk).task is None
        client.force_login(make_user("commune", units["A2"]))
        assert client.post(reverse("steering:finding_task", args=[item.pk]), {"deadline": "2026-10-01"}).status_code == 404

    def test_rollup_per_round_and_unit_in_scope(self, client, units):
        shared = round_(None, title="Kiểm tra toàn quốc")
        finding(units["A1"], visit(units["A1"], shared))
        finding(units["A2"], visit(units["A2"], shared))
        finding(units["B1"], visit(units["B1"], shared))
        user = make_user("province", units["A"])
        rollup = selectors.open_findings_rollup(user, units["A"])
        assert rollup["total"] == 2 and [r["n"] for r in rollup["by_round"]] == [2]
        assert {r["visit__unit"] for r in rollup["by_unit"]} == {units["A1"].pk, units["A2"].pk}
        client.force_login(user)
        assert client.get(reverse("steering:inspection_rollup")).context["total"] == 2


@pytest.mark.django_db
class TestInspectionRoundViews(ScopedObjectTests):
    model = InspectionRound
    ui = "steering:inspectionround"
    api = "api:inspectionround"

    def can_view(self, role, target):
        above = {"province": {None}, "viewer": {None}, "commune": {None, "A"}}.get(role, set())
        return super().can_view(role, target) or target in above

    def make(self, unit):
        return round_(unit, title=unique("Đợt kiểm tra "))

    def form_data(self, unit):
        return {"unit": unit.pk if unit else "", "title": unique("Kiểm tra "), "lead": "Trần Văn An",
                "start_on": "2026-09-01", "end_on": "2026-09-10"}

    def api_data(self, unit):
        return {"unit": unit.pk if unit else None, "title": unique("Kiểm tra API "), "lead": "Lê Thị Bình",
                "start_on": "2026-09-02", "end_on": "2026-09-12"}


@pytest.mark.django_db
class TestInspectionVisitViews(ScopedObjectTests):
    model = InspectionVisit
    ui = "steering:inspectionvisit"
    api = "api:inspectionvisit"
    targets = ("A", "A1", "A2", "B", "B1")

    @pytest.fixture(autouse=True)
    def shared_round(self, db):
        self.round = round_(None)

    def make(self, unit):
        return visit(unit, self.round)

    def form_data(self, unit):
        return {"round": self.round.pk, "unit": unit.pk, "planned_on": "2026-09-05", "visited_on": "2026-09-06",
                "record": unique("Biên bản ")}

    def api_data(self, unit):
        return {"round": self.round.pk, "unit": unit.pk, "planned_on": "2026-09-07", "record": unique("API ")}


@pytest.mark.django_db
class TestFindingViews(ScopedObjectTests):
    model = Finding
    ui = "steering:finding"
    api = "api:finding"
    targets = ("A", "A1", "A2", "B", "B1")

    @pytest.fixture(autouse=True)
    def shared_round(self, db):
        self.round = round_(None)

    def _visit(self, unit):
        return InspectionVisit.objects.filter(round=self.round, unit=unit).first() or visit(unit, self.round)

    def make(self, unit):
        return finding(unit, self._visit(unit), text=unique("Tồn tại "))

    def form_data(self, unit):
        return {"visit": self._visit(unit).pk, "text": unique("Hạn chế "), "recommendation": "Khắc phục"}

    def api_data(self, unit):
        return {"visit": self._visit(unit).pk, "text": unique("Hạn chế API "), "recommendation": "Sửa"}
