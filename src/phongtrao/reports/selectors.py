"""Read queries of reports; each takes the user first and reads only inside the user's jurisdiction."""
from dataclasses import dataclass
from datetime import date

from phongtrao.geo.models import AdminUnit

from .models import Report


@dataclass
class StatusRow:
    unit: AdminUnit
    report: Report | None

    @property
    def state(self) -> str:
        return self.report.state if self.report else "missing"


def reporting_status(user, unit, kind: str, start: date, end: date) -> list[StatusRow]:
    """For each unit one level below `unit` (provinces below the nation): its report of this kind and period.

    An issued one wins over a draft, the latest revision over older ones; units without any are "missing".
    """
    children = list(AdminUnit.objects.children_of(unit).order_by("code"))
    reports = (Report.objects.for_user(user).filter(unit__in=children, kind=kind, period_start=start, period_end=end)
               .order_by("unit", "revision", "pk"))
    best = {}
    for report in reports:
        current = best.get(report.unit_id)
        if current is None or report.is_issued or not current.is_issued:
            best[report.unit_id] = report
    return [StatusRow(child, best.get(child.pk)) for child in children]

