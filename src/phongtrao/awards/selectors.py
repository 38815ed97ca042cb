"""Read queries of commendations: the under-commendation alert."""
from dataclasses import dataclass
from datetime import date

from django.utils.translation import gettext as _

from phongtrao.core.scoping import scoped, units_q
from phongtrao.geo.models import AdminUnit
from phongtrao.geo.rollup import child_units, counts_by_child_unit
from phongtrao.initiatives.models import Site

from .models import Appraisal, Commendation
from .services import strong_site_q

MIN_STRONG = 3
"""A unit needs at least this many strong sites to be flagged."""
STRONG_PER_AWARD = 5
"""Flag a unit with fewer than one commendation per this many strong sites."""


@dataclass
class UnderCommended:
    unit: AdminUnit
    strong: int
    awards: int
    flagged: bool
    explanation: str

    @property
    def ratio(self) -> float:
        return self.strong / (self.awards + 1)


def under_commended(user, *, root: AdminUnit | None = None, years: int = 3, today: date | None = None) -> list:
    """Units one level below `root` (the user's unit by default), ranked by strong sites per commendation decided in
    the last `years` years; the flagged ones (many strong sites, few awards) first. Counts stay inside the scope."""
    today = today or date.today()
    since = date(today.year - years + 1, 1, 1)
    root = root if root is not None else getattr(user, "unit", None)
    children = child_units(root)
    strong = counts_by_child_unit(scoped(Site.objects.filter(strong_site_q(since)), user), "commune", root, children)
    decided = scoped(Commendation.objects.exclude(decision_ref="").exclude(appraisal=Appraisal.REJECTED)
                     .filter(decided_on__gte=since), user)
    awards = counts_by_child_unit(decided, "unit", root, children)
    rows = []
    for unit in children:
        s, a = strong.get(unit.path, 0), awards.get(unit.path, 0)
        if not s:
            continue
        flagged = s >= MIN_STRONG and a * STRONG_PER_AWARD < s
        rows.append(UnderCommended(unit, s, a, flagged, _(
            "%(s)d điểm mô hình điển hình tiên tiến hoặc được đánh giá Tốt, %(a)d khen thưởng có quyết định từ "
            "%(since)s.") % {"s": s, "a": a, "since": since.strftime("%d/%m/%Y")}))
    return sorted(rows, key=lambda r: (not r.flagged, -r.ratio, r.unit.name))


def decided_in_year(user, root: AdminUnit | None, year: int) -> int:
    """Commendations decided (with a decision number, not refused) in `year` for units inside `root`, in scope."""
    decided = (Commendation.objects.for_user(user).exclude(decision_ref="").exclude(appraisal=Appraisal.REJECTED)
               .filter(decided_on__year=year))
    return (decided.filter(units_q("unit", [root.path])) if root is not None else decided).count()
