"""Read queries of the grassroots force: the decline alert."""
from dataclasses import dataclass

from django.utils.translation import gettext as _

from phongtrao.core.scoping import scoped

from .models import ForceStrength


@dataclass
class Decline:
    unit: object
    year: int
    teams_before: int
    teams: int
    members_before: int
    members: int

    @property
    def members_drop(self) -> float:
        return 100 * (self.members_before - self.members) / self.members_before if self.members_before else 0.0

    @property
    def explanation(self) -> str:
        return _("Năm %(y)d: %(t0)d → %(t1)d tổ, %(m0)d → %(m1)d thành viên (giảm %(p).1f%%).") % {
            "y": self.year, "t0": self.teams_before, "t1": self.teams, "m0": self.members_before, "m1": self.members,
            "p": self.members_drop}


def declines(user, *, year: int) -> list[Decline]:
    """Units in scope whose teams or members fell from `year - 1` to `year`, the steepest fall in members first."""
    rows = scoped(ForceStrength.objects.filter(year__in=(year - 1, year)), user).select_related("unit")
    by_unit = {}
    for row in rows:
        by_unit.setdefault(row.unit_id, {})[row.year] = row
    found = [Decline(now.unit, year, before.teams, now.teams, before.members, now.members)
             for pair in by_unit.values() if (before := pair.get(year - 1)) and (now := pair.get(year))
             and (now.teams < before.teams or now.members < before.members)]
    return sorted(found, key=lambda d: (-d.members_drop, d.teams - d.teams_before, d.unit.name))
