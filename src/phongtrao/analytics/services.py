"""Dashboard figures: what is registered, rolled up by the level below the user's unit."""
from dataclasses import dataclass, field

from django.db.models import Count
from django.db.models.functions import Substr

from phongtrao.core.scoping import ALL, scoped, unit_paths_for, units_q
from phongtrao.geo import registry
from phongtrao.geo.models import AdminUnit, Level

PATH_PREFIX = {None: 3, Level.PROVINCE: 9}
"""Length of the path prefix naming the next level down: "79/" for a province, "79/26734/" for a commune
(official codes are fixed-width: 2 digits for provinces, 5 for communes)."""


@dataclass
class Summary:
    root: AdminUnit | None
    level_counts: dict[str, int]
    columns: list[str]
    rows: list[tuple[AdminUnit, list[int]]] = field(default_factory=list)

    @property
    def totals(self) -> list[tuple[str, int]]:
        return [(c, sum(values[i] for _, values in self.rows)) for i, c in enumerate(self.columns)]


def jurisdiction_root(user) -> AdminUnit | None:
    """The unit whose subtree the dashboard covers (None: the whole country)."""
    paths = unit_paths_for(user, "view")
    return None if paths == ALL or not user.unit_id else user.unit


def child_units(root: AdminUnit | None) -> list[AdminUnit]:
    """The units one level below `root` (provinces below the country)."""
    units = AdminUnit.objects.current()
    return list(units.filter(parent=root) if root else units.filter(level=Level.PROVINCE))


def counts_by_child_unit(queryset, unit_field: str, root: AdminUnit | None) -> dict[str, int]:
    """Rows of `queryset` inside `root`, counted per child unit (keyed by the child's path)."""
    prefix = PATH_PREFIX.get(root.level if root else None)
    if prefix is None:
        return {}
    if root is not None:
        queryset = queryset.filter(units_q(unit_field, [root.path]))
    grouped = (
        queryset.annotate(key=Substr(f"{unit_field}__path", 1, prefix)).values("key").annotate(n=Count("pk")).order_by()
    )
    return {row["key"]: row["n"] for row in grouped}


def jurisdiction_summary(user) -> Summary:
    """Counts of current units by level, and of each registered model per child unit."""
    root = jurisdiction_root(user)
    units = AdminUnit.objects.current()
    if root is not None:
        units = units.subtree(root)
    level_counts = dict(units.values_list("level").annotate(n=Count("id")).order_by())
    children = child_units(root)
    columns, rows = [], {u.path: [] for u in children}
    for label, model in registry.counted_models():
        columns.append(label)
        counts = counts_by_child_unit(scoped(model.objects.all(), user, "view"), model.scope_field, root)
        for path, values in rows.items():
            values.append(counts.get(path, 0))
    by_path = {u.path: u for u in children}
    return Summary(root, level_counts, columns, [(by_path[p], v) for p, v in rows.items()])
