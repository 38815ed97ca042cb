"""Scoped models that count what is registered in a unit (shown on unit pages and the dashboard)."""
from phongtrao.core.scoping import scoped, units_q

_COUNTED: list[tuple[str, type]] = []


def count_in_units(model, label) -> None:
    """Show how many `model` rows lie in each unit's subtree; call from an AppConfig.ready()."""
    if model not in [m for _, m in _COUNTED]:
        _COUNTED.append((label, model))


def counted_models() -> list[tuple[str, type]]:
    return list(_COUNTED)


def unit_counts(unit, user) -> list[tuple[str, int]]:
    """(label, count) for every registered model, inside `unit` and the user's scope."""
    return [
        (label, scoped(model.objects.all(), user, "view").filter(units_q(model.scope_field, [unit.path])).count())
        for label, model in _COUNTED
    ]
