"""Read queries of the budget: the norm table (allocated vs. the Circular 40/2023 norm) per unit."""
from phongtrao.core.scoping import scoped
from phongtrao.geo.rollup import child_units
from phongtrao.initiatives.models import Site

from .models import Allocation, Item
from .services import NormRow, models_per_commune


def _fold(per_path: dict[str, int], children) -> dict[str, int]:
    """Values keyed by a unit path summed into the child unit containing it."""
    lengths, wanted, out = sorted({len(c.path) for c in children}), {c.path for c in children}, {}
    for path, value in per_path.items():
        key = next((path[:n] for n in lengths if path[:n] in wanted), None)
        if key is not None:
            out[key] = out.get(key, 0) + value
    return out


def norm_table(user, *, year: int, root=None) -> list[NormRow]:
    """One row per unit below `root` (the user's unit by default) that runs models or got money for them in `year`:
    models counted from the registry, the norm, what was allocated and spent on the item "model support"."""
    root = root if root is not None else getattr(user, "unit", None)
    children = child_units(root)
    if not children and root is not None:
        children = [root]  # a commune user sees their own commune
    sites = scoped(Site.objects.all(), user)
    if root is not None:
        sites = sites.filter(commune__path__startswith=root.path)
    models = _fold(models_per_commune(sites, year), children)
    money = (scoped(Allocation.objects.filter(year=year, item=Item.MODELS), user).order_by()
             .values_list("unit__path", "allocated", "spent"))
    allocated, spent = {}, {}
    for path, given, used in money:
        allocated[path], spent[path] = allocated.get(path, 0) + given, spent.get(path, 0) + used
    allocated, spent = _fold(allocated, children), _fold(spent, children)
    rows = [NormRow(c, models.get(c.path, 0), allocated.get(c.path, 0), spent.get(c.path, 0)) for c in children
            if models.get(c.path) or allocated.get(c.path)]
    order = {"under": 0, "over": 1, "ok": 2, "": 3}
    return sorted(rows, key=lambda r: (order[r.flag], -(r.norm - r.allocated), r.unit.name))
