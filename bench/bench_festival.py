"""Festival Day selection over all 3,321 current communes (HiGHS through PuLP): seconds per run, and whether
repeated runs give the same sites. Candidates come from the shipped unit list with seeded strengths and histories."""
import json
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

RUNS = 5


def candidates(seed: int = 19):
    from phongtrao.awards.festival import Candidate

    units = json.loads((ROOT / "src" / "phongtrao" / "geo" / "data" / "units.json").read_text(encoding="utf-8"))["current"]
    provinces = {u["code"]: u["name"] for u in units if u["level"] == "province"}
    rng = random.Random(seed)
    return [Candidate(commune_id=i, code=u["code"], name=u["full_name"], province_code=u["parent"],
                      province=provinces[u["parent"]], strong=rng.choice((0, 0, 0, 1, 1, 2, 3, 4, 6, 9)),
                      last_chosen=rng.choice((None,) * 30 + (2025, 2024, 2023, 2021)))
            for i, u in enumerate(units) if u["level"] == "commune"]


def run():
    from phongtrao.awards.festival import select

    pool = candidates()
    times, answers = [], set()
    for _ in range(RUNS):
        start = time.perf_counter()
        chosen = select(candidates(), year=2026, wanted=30, max_per_province=2, min_priority_share=40,
                        rest_years=2).chosen
        times.append(time.perf_counter() - start)
        answers.add(tuple(c.code for c in chosen))
    return [
        ("festival selection, 3,321 communes (s, median)", round(statistics.median(times), 3),
         f"{len(pool)} candidates, N=30, ≤2/province, ≥40% priority; max {max(times):.3f} s over {RUNS} runs"),
        ("festival selection: distinct answers over runs", len(answers), "1 = reproducible"),
    ]


if __name__ == "__main__":
    import django
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phongtrao.settings")
    django.setup()
    for row in run():
        print(*row)
