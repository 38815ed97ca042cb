"""Steering committees: consolidation state, membership changes, the roll-up, and the generated scope matrix."""
from datetime import date, timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils import timezone

from phongtrao.core.testing import ScopedObjectTests, make_user, snapshot, unique
from phongtrao.steering import selectors, services
from phongtrao.steering.models import Committee, CommitteeMember, MemberRole
from phongtrao.steering.services import CommitteeState, committee_state

from . import factories

D = date(2025, 7, 15)


@pytest.mark.parametrize("decided_on,changed,expected", [
    (None, None, CommitteeState.NO_DECISION),
    (None, D, CommitteeState.NO_DECISION),
    (D, None, CommitteeState.CONSOLIDATED),
    (D, D - timedelta(days=1), CommitteeState.CONSOLIDATED),
    (D, D, CommitteeState.CONSOLIDATED),  # members entered the day of the decision
    (D, D + timedelta(days=1), CommitteeState.CHANGED),
])
def test_committee_state(decided_on, changed, expected):
    assert committee_state(decided_on=decided_on, members_changed_on=changed) == expected


@pytest.mark.django_db
def test_state_filter_agrees_with_the_rule(units):
    rows = {"A1": (D, None), "A2": (D, D + timedelta(days=3)), "B1": (None, D)}
    for name, (decided, changed) in rows.items():
        Committee.objects.create(unit=units[name], decision_ref="1/QĐ" if decided else "", decided_on=decided,
                                 members_changed_on=changed)
    for state in (CommitteeState.CONSOLIDATED, CommitteeState.CHANGED, CommitteeState.NO_DECISION):
        found = {c.unit.code for c in Committee.objects.filter(services.committee_state_q(state))}
        assert found == {units[n].code for n, r in rows.items() if committee_state(
            decided_on=r[0], members_changed_on=r[1]) == state}


@pytest.mark.django_db
class TestMembership:
    def test_a_new_member_after_the_decision_needs_a_new_decision(self, units):
        user = make_user("province", units["A"])
        committee = factories.committee(units["A1"], decided_on=timezone.localdate() - timedelta(days=30))
        services.save_member(user=user, member=CommitteeMember(committee=committee, full_name="  Trần   Thị Mai "))
        committee.refresh_from_db()
        assert committee.members_changed_on == timezone.localdate()
        assert committee_state(decided_on=committee.decided_on,
                               members_changed_on=committee.members_changed_on) == CommitteeState.CHANGED
        assert committee.members.get().full_name == "Trần Thị Mai"  # family name first, spaces tidied

    def test_saving_unchanged_leaves_the_date_and_a_new_decision_consolidates(self, units):
        user = make_user("commune", units["A1"])
        old = timezone.localdate() - timedelta(days=10)
        member = factories.member(units["A1"])
        Committee.objects.filter(pk=member.committee_id).update(members_changed_on=old)
        services.save_member(user=user, member=member)
        assert Committee.objects.get(pk=member.committee_id).members_changed_on == old
        member.role = MemberRole.DEPUTY
        services.save_member(user=user, member=member)
        committee = Committee.objects.get(pk=member.committee_id)
        assert committee.members_changed_on == timezone.localdate()
        committee.decided_on, committee.decision_ref = timezone.localdate(), "30/QĐ-UBND"
        services.save_committee(user=user, committee=committee)
        assert committee_state(decided_on=committee.decided_on,
                               members_changed_on=committee.members_changed_on) == CommitteeState.CONSOLIDATED

    def test_removing_a_member_is_a_change(self, units):
        member = factories.member(units["A1"])
        services.delete_member(make_user("province", units["A"]), member)
        assert Committee.objects.get(pk=member.committee_id).members_changed_on == timezone.localdate()

    def test_out_of_scope_is_refused(self, units):
        committee = factories.committee(units["B1"])
        with pytest.raises(PermissionDenied):
            services.save_member(user=make_user("province", units["A"]),
                                 member=CommitteeMember(committee=committee, full_name="Lê Văn Hùng"))

    @pytest.mark.parametrize("ref,decided_on,field", [
        ("12/QĐ", None, "decided_on"), ("", D, "decision_ref"), ("12/QĐ", date(2999, 1, 1), "decided_on")])
    def test_decision_needs_number_and_a_past_date(self, units, ref, decided_on, field):
        committee = Committee(unit=units["A1"], decision_ref=ref, decided_on=decided_on)
        with pytest.raises(ValidationError) as caught:
            services.save_committee(user=make_user("province", units["A"]), committee=committee)
        assert field in caught.value.message_dict

    def test_one_committee_per_unit(self, client, units):
        factories.committee(units["A1"])
        client.force_login(make_user("province", units["A"]))
        response = client.post(reverse("steering:committee_add"), {"unit": units["A1"].pk, "name": "BCĐ"})
        assert response.status_code == 400
        assert Committee.objects.filter(unit=units["A1"]).count() == 1


@pytest.mark.django_db
class TestRollup:
    def test_province_user_sees_its_communes(self, client, units):
        factories.committee(units["A1"])
        factories.committee(units["A2"], decided_on=None)
        factories.committee(units["B1"])
        user = make_user("province", units["A"])
        rows = {r.unit.code: r.state for r in selectors.committee_rollup(user, units["A"])}
        assert rows[units["A1"].code] == CommitteeState.CONSOLIDATED
        assert units["B1"].code not in rows
        assert sum(s == CommitteeState.MISSING for s in rows.values()) == len(rows) - 2
        client.force_login(user)
        response = client.get(reverse("steering:committee_rollup"))
        assert response.status_code == 200
        assert response.context["done"] == 1 and response.context["total"] == len(rows)

    def test_national_user_sees_provinces_with_their_communes(self, units):
        factories.committee(units["A"])
        factories.committee(units["A1"])
        factories.committee(units["B1"])
        rows = {r.unit.code: r for r in selectors.committee_rollup(make_user("national"), None)}
        assert len(rows) == 34
        assert rows["79"].state == CommitteeState.CONSOLIDATED and rows["79"].below_done == 1
        assert rows["01"].state == CommitteeState.MISSING and rows["01"].below_done == 1
        assert rows["79"].below_total > 100

    def test_a_province_user_cannot_open_another_province(self, client, units):
        factories.committee(units["B1"])
        client.force_login(make_user("province", units["A"]))
        response = client.get(reverse("steering:committee_rollup"), {"unit": units["B"].pk})
        assert response.context["root"] == units["A"]
        assert response.context["done"] == 0


@pytest.mark.django_db
class TestCommitteeViews(ScopedObjectTests):
    model = Committee
    ui = "steering:committee"
    api = "api:committee"

    def make(self, unit):
        return factories.committee(unit)

    def form_data(self, unit):
        return {"unit": unit.pk if unit else "", "name": unique("Ban Chỉ đạo "), "decision_ref": "45/QĐ-UBND",
                "decided_on": "2025-08-01"}

    def api_data(self, unit):
        return {"unit": unit.pk if unit else None, "name": unique("BCĐ API "), "decision_ref": "46/QĐ-UBND",
                "decided_on": "2025-08-02"}

    def test_api_write(self, api_client, units, role, target):
        """The generated case, with the create after the delete: a unit has one committee."""
        self.api_login(api_client, units, role)
        unit = units[target] if target else None
        obj = self.make(unit)
        expected = self.edit_status(role, target)
        before = snapshot(obj)
        update = api_client.patch(reverse(f"{self.api}-detail", args=[obj.pk]), self.api_data(unit), format="json")
        assert update.status_code == expected, update.content
        assert (snapshot(obj) != before) == (expected == 200)
        delete = api_client.delete(reverse(f"{self.api}-detail", args=[obj.pk]))
        assert delete.status_code == (204 if expected == 200 else expected)
        create = api_client.post(reverse(f"{self.api}-list"), self.api_data(unit), format="json")
        if role not in self.editor_roles:
            assert create.status_code == 403
        else:
            assert create.status_code == (201 if self.can_edit(role, target) else 400), create.json()


@pytest.mark.django_db
class TestCommitteeMemberViews(ScopedObjectTests):
    model = CommitteeMember
    ui = "steering:committeemember"
    api = "api:committeemember"

    def make(self, unit):
        return factories.member(unit, name=unique("Phạm Văn "))

    def form_data(self, unit):
        return {"committee": factories.committee(unit).pk, "full_name": unique("Hoàng Thị "), "role": 2,
                "position": "Phó Chủ tịch UBND", "organisation": "UBND"}

    def api_data(self, unit):
        return {"committee": factories.committee(unit).pk, "full_name": unique("Vũ Văn "), "role": 3}
