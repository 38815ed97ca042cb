"""Rows of any scoped model counted per unit one level below a root (dashboard, site roll-up)."""
from django.db.models import Count

from phongtrao.core.scoping import units_q

from .models import AdminUnit


def child_units(root: AdminUnit | None) -> list[AdminUnit]:
    """The units one level below `root` (provinces below the country)."""
    return list(AdminUnit.objects.children_of(root))


def counts_by_child_unit(queryset, unit_field: str, root: AdminUnit | None, children=None) -> dict[str, int]:
    """Rows of `queryset` inside `root`, counted per child unit (keyed by the child's path).

    Counted per unit id in the database (the foreign key's index, no join to the units), then folded into the
    children by the units' paths: the national roll-up groups 124,000 sites into 3,321 communes in a few ms.
    """
    children = child_units(root) if children is None else children
    if root is not None:
        queryset = queryset.filter(units_q(unit_field, [root.path]))
    per_unit = {row[unit_field]: row["n"] for row in queryset.order_by().values(unit_field).annotate(n=Count("pk"))
                if row[unit_field] is not None}
    paths = dict(AdminUnit.objects.filter(pk__in=list(per_unit)).values_list("pk", "path"))
    wanted, lengths = {c.path for c in children}, sorted({len(c.path) for c in children})
    counts = {}
    for unit_id, n in per_unit.items():
        key = next((paths[unit_id][:length] for length in lengths if paths[unit_id][:length] in wanted), None)
        if key is not None:
            counts[key] = counts.get(key, 0) + n
    return counts
