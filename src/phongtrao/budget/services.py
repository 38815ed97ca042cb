"""Budget rules: saving allocations, and the norm of Circular 40/2023/TT-BTC computed from the model registry."""
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from phongtrao.core.scoping import require_scope
from phongtrao.initiatives.models import Site, Status

from .display import format_vnd
from .models import Allocation

NORM_PER_MODEL = 20_000_000
"""Thông tư 40/2023/TT-BTC: 20 million đồng per model per commune per year."""
TOLERANCE = 0.10
"""Within ±10% of the norm counts as on norm."""
FUNCTIONING = (Status.ACTIVE, Status.EXEMPLARY)


@transaction.atomic
def save_allocation(*, user, allocation: Allocation) -> Allocation:
    require_scope(user, allocation.unit if allocation.unit_id else None, "change" if allocation.pk else "add")
    if not 2000 <= allocation.year <= 2100:
        raise ValidationError({"year": _("Năm từ 2000 đến 2100.")})
    allocation.save()
    return allocation


def models_per_commune(sites, year: int) -> dict[str, int]:
    """{commune path: models running there in `year`}: distinct model types with a functioning site started by the
    end of the year (a type with three sites in one commune is one model of that commune)."""
    pairs = (sites.filter(status__in=FUNCTIONING).exclude(started_on__year__gt=year).order_by()
             .values_list("commune__path", "model_type_id").distinct())
    counts = {}
    for path, _type in pairs.iterator(chunk_size=10_000):
        counts[path] = counts.get(path, 0) + 1
    return counts


@dataclass
class NormRow:
    unit: object
    models: int
    allocated: int
    spent: int

    @property
    def norm(self) -> int:
        return self.models * NORM_PER_MODEL

    @property
    def flag(self) -> str:
        """"over", "under" or "ok" (within TOLERANCE of the norm); "" when there is no model to fund."""
        if not self.norm:
            return "over" if self.allocated else ""
        ratio = self.allocated / self.norm
        return "under" if ratio < 1 - TOLERANCE else "over" if ratio > 1 + TOLERANCE else "ok"

    @property
    def percent(self) -> int | None:
        return round(100 * self.allocated / self.norm) if self.norm else None

    @property
    def explanation(self) -> str:
        return _("%(n)d mô hình × %(each)s = %(norm)s; được giao %(given)s cho hỗ trợ mô hình.") % {
            "n": self.models, "each": format_vnd(NORM_PER_MODEL), "norm": format_vnd(self.norm),
            "given": format_vnd(self.allocated)}

