"""Dashboard figures: what is registered, rolled up by the level below the user's unit."""
from dataclasses import dataclass, field

from django.db.models import Count

from phongtrao.core import caching
from phongtrao.core.registry import registry
from phongtrao.core.scoping import ALL, scoped, unit_paths_for
from phongtrao.geo.models import AdminUnit
from phongtrao.geo.rollup import child_units, counts_by_child_unit


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


def jurisdiction_summary(user, root: AdminUnit | None = None) -> Summary:
    """Counts of current units by level, and of each registered model per child unit, under `root` (inside the
    user's jurisdiction; default: all of it); cached until one of the counted models changes."""
    root = root if root is not None else jurisdiction_root(user)
    return caching.cached(("summary", caching.scope_key(unit_paths_for(user, "view")), root.path if root else ""),
                          lambda: _summary(user, root))


def _summary(user, root) -> Summary:
    units = AdminUnit.objects.current()
    if root is not None:
        units = units.subtree(root)
    level_counts = dict(units.values_list("level").annotate(n=Count("id")).order_by())
    children = child_units(root)
    columns, rows = [], {u.path: [] for u in children}
    for label, model in registry.unit_counts:
        columns.append(label)
        counter = registry.unit_counters.get(model)
        counts = (counter(user, root, children) if counter is not None else
                  counts_by_child_unit(scoped(model.objects.all(), user, "view"), model.scope_field, root, children))
        for path, values in rows.items():
            values.append(counts.get(path, 0))
    by_path = {u.path: u for u in children}
    return Summary(root, level_counts, columns, [(by_path[p], v) for p, v in rows.items()])
