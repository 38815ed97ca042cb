"""Demo allocations: for each commune running models, money for them around the Circular 40/2023 norm (some well
under, some over), plus training and Festival Day lines, for this year and the last."""
import random

from phongtrao.initiatives.models import Site

from .models import Allocation, Item
from .services import FUNCTIONING, NORM_PER_MODEL

YEARS = (2025, 2026)
SOURCES = ("Ngân sách xã", "Ngân sách tỉnh hỗ trợ", "Xã hội hóa")


def build(*, scale: str, seed: int) -> str:
    if Allocation.objects.exists():
        return "kinh phí mẫu đã có, bỏ qua"
    rng = random.Random(seed)
    models = {}
    for commune_id, _type in (Site.objects.filter(status__in=FUNCTIONING).order_by()
                              .values_list("commune_id", "model_type_id").distinct().iterator()):
        models[commune_id] = models.get(commune_id, 0) + 1
    rows = []
    for year in YEARS:
        for commune_id, n in sorted(models.items()):
            share = rng.choice((0.4, 0.6, 0.8, 1.0, 1.0, 1.0, 1.05, 1.3))
            allocated = round(n * NORM_PER_MODEL * share, -6)
            rows.append(Allocation(unit_id=commune_id, year=year, item=Item.MODELS, allocated=allocated,
                                   spent=round(allocated * rng.uniform(0.5, 1.0), -5), source=rng.choice(SOURCES)))
            if rng.random() < 0.3:
                rows.append(Allocation(unit_id=commune_id, year=year, item=Item.TRAINING,
                                       allocated=rng.randint(5, 30) * 1_000_000, source=SOURCES[0]))
    Allocation.objects.bulk_create(rows, batch_size=5000)
    return f"{len(rows)} dòng kinh phí"
