"""What each Festival Day criterion is worth: the defaults below, changed per plan (`FestivalPlan.weights()`)."""
from dataclasses import dataclass

DIFFICULT_REGIONS = frozenset({"Miền núi Đông Bắc"})
"""Priority regions counted as "other difficult areas" (the others: Tây Bắc, Tây Nguyên, Tây Nam Bộ)."""


@dataclass(frozen=True)
class Weights:
    priority: int = 30
    """Points of a commune in Tây Bắc, Tây Nguyên or Tây Nam Bộ."""
    difficult: int = 20
    """Points of a commune in another difficult area (DIFFICULT_REGIONS)."""
    strong: int = 6
    """Points per strong site (exemplary, or rated good lately)…"""
    strong_cap: int = 5
    """…up to this many sites."""
    never_chosen: int = 10
    long_ago: int = 5
    """Points of a commune that hosted, but longer ago than the plan's rest years."""
    province_bonus: int = 25
    """Added to the objective for each province that gets at least one site (balance across provinces)."""

    def region_points(self, region: str) -> int:
        return self.difficult if region in DIFFICULT_REGIONS else self.priority


DEFAULT = Weights()
