"""Pages of the steering work."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from phongtrao.core.pages import register_model_pages
from phongtrao.core.scoping import path_in_scope, scoped
from phongtrao.core.views import ObjectView, options_response
from phongtrao.geo.models import AdminUnit

from . import selectors, services
from .api import CommitteeMemberSerializer, CommitteeSerializer
from .filters import CommitteeFilterSet, CommitteeMemberFilterSet
from .forms import CommitteeForm, CommitteeMemberForm
from .models import Committee, CommitteeMember
from .services import CommitteeState, committee_state
from .tables import CommitteeMemberTable, CommitteeTable, state_badge

# -- committees --------------------------------------------------------------------------------------------


class CommitteeView(ObjectView):
    def extra_context(self, obj):
        state = committee_state(decided_on=obj.decided_on, members_changed_on=obj.members_changed_on)
        return {**super().extra_context(obj), "state": state, "state_badge": state_badge(state),
                "members_table": CommitteeMemberTable(obj.members.all(), request=self.request, orderable=False,
                                                      exclude=("committee",))}


register_model_pages(
    Committee, "committees",
    queryset=Committee.objects.select_related("unit"),
    filterset=CommitteeFilterSet, table=CommitteeTable, form=CommitteeForm,
    save=lambda user, form: services.save_committee(user=user, committee=form.save(commit=False)),
    views={"detail": CommitteeView}, serializer=CommitteeSerializer, ordering_fields=("decided_on",),
    search_fields=("decision_ref", "unit__name_folded"), search_weight=300,
)

register_model_pages(
    CommitteeMember, "members",
    queryset=CommitteeMember.objects.select_related("committee__unit"),
    filterset=CommitteeMemberFilterSet, table=CommitteeMemberTable, form=CommitteeMemberForm,
    save=lambda user, form: services.save_member(user=user, member=form.save(commit=False)),
    delete=services.delete_member, serializer=CommitteeMemberSerializer, ordering_fields=("full_name", "role"),
    search_fields=("full_name", "position", "organisation"), search_weight=310,
)


@login_required
def committee_rollup(request):
    """"Đã kiện toàn X / Y": the units one level below the chosen one (or the user's) and their committees."""
    user = request.user
    root = user.unit
    wanted = request.GET.get("unit", "")
    if wanted.isdecimal():
        chosen = AdminUnit.objects.current().filter(pk=int(wanted)).first()
        if chosen is not None and path_in_scope(user, chosen.path, "view"):
            root = chosen
    rows = selectors.committee_rollup(user, root)
    missing = [r for r in rows if r.state == CommitteeState.MISSING]
    changed = [r for r in rows if r.state == CommitteeState.CHANGED]
    return render(request, "steering/committee_rollup.html", {
        "root": root, "rows": rows, "missing": missing, "changed": changed,
        "done": sum(r.state == CommitteeState.CONSOLIDATED for r in rows), "total": len(rows),
        "below_done": sum(r.below_done for r in rows), "below_total": sum(r.below_total for r in rows),
    })


@login_required
def committee_options(request):
    committees = scoped(Committee.objects.select_related("unit"), request.user, "view").order_by("unit__path")
    return options_response(committees, request, ("unit__name_folded",), label=str)
