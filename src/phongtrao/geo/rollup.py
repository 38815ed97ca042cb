"""Rows of any scoped model counted per unit one level below a root (dashboard, site roll-up)."""
from django.db.models import Count
from django.db.models.functions import Substr

from phongtrao.core.scoping import units_q

from .models import AdminUnit


def child_units(root: AdminUnit | None) -> list[AdminUnit]:
    """The units one level below `root` (provinces below the country)."""
    return list(AdminUnit.objects.children_of(root))


def counts_by_child_unit(queryset, unit_field: str, root: AdminUnit | None, children=None) -> dict[str, int]:
    """Rows of `queryset` inside `root`, counted per child unit (keyed by the child's path).

    Grouped in the database on the leading part of the row's unit path that names the child; one query per
    distinct child path length (one with the official fixed-width codes).
    """
    children = child_units(root) if children is None else children
    if root is not None:
        queryset = queryset.filter(units_q(unit_field, [root.path]))
    counts = {}
    for length in {len(c.path) for c in children}:
        wanted = {c.path for c in children if len(c.path) == length}
        grouped = queryset.annotate(key=Substr(f"{unit_field}__path", 1, length)).values("key").annotate(n=Count("pk"))
        counts |= {row["key"]: row["n"] for row in grouped.order_by() if row["key"] in wanted}
    return counts
