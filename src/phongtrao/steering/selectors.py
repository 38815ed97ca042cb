"""Read queries of the steering work, each inside the user's jurisdiction."""
from dataclasses import dataclass

from phongtrao.core.scoping import units_q
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.geo.rollup import child_units

from .models import Committee
from .services import CommitteeState, committee_state


@dataclass
class CommitteeRow:
    """One unit of the consolidation roll-up: its own committee and, for a province, its communes' count."""

    unit: AdminUnit
    state: CommitteeState
    committee_id: int | None
    below_done: int = 0
    below_total: int = 0


def committee_rollup(user, root: AdminUnit | None) -> list[CommitteeRow]:
    """The units one level below `root` (provinces below the country) with the state of their committees."""
    committees = Committee.objects.for_user(user)
    if root is not None:
        committees = committees.filter(units_q("unit", [root.path]))
    states = {path: (committee_state(decided_on=decided, members_changed_on=changed), pk)
              for path, decided, changed, pk in committees.values_list("unit__path", "decided_on",
                                                                       "members_changed_on", "pk")}
    children = child_units(root) if root is None or root.level != Level.COMMUNE else [root]
    below = {}
    grandchildren = AdminUnit.objects.current().filter(parent__in=children).values_list("parent_id", "path")
    for parent_id, path in grandchildren:
        done, total = below.get(parent_id, (0, 0))
        below[parent_id] = (done + (states.get(path, (None,))[0] == CommitteeState.CONSOLIDATED), total + 1)
    rows = []
    for unit in children:
        state, pk = states.get(unit.path, (CommitteeState.MISSING, None))
        rows.append(CommitteeRow(unit, state, pk, *below.get(unit.pk, (0, 0))))
    return rows
