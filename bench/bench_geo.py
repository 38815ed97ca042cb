"""Gazetteer speed: load time and free-text lookups per second over a mixed list of real spellings."""
import sys
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from phongtrao.geo.gazetteer import Gazetteer
from phongtrao.geo.names import fold

FIXED = [
    "TP.HCM", "TPHCM", "TP. HCM", "HCM", "Sài Gòn", "TP Hồ Chí Minh", "Thủ đô Hà Nội", "Hà Nội", "tỉnh Bình Thuận",
    "T. Bình Thuận", "Quận 11", "Q.11", "Q11", "P. Bến Thành", "P.Bến Thành", "Phường 5", "Phường 5, Quận 3",
    "đặc khu Phú Quốc", "Ho Chi Minh", "ben thanh", "Bình Dương", "Hoà Bình", "TX. Bến Cát", "Bà Rịa - Vũng Tàu",
    "123 Lê Lợi, P. Bến Thành, Q.1, TP.HCM", "huyện Củ Chi", "xã Tân Thông Hội", "TT. Củ Chi",
]
ROUNDS = 20


def spellings(gazetteer: Gazetteer, n: int = 240) -> list[str]:
    """FIXED plus units spelt the ways people write them: full, abbreviated, without marks, legacy, with context."""
    forms = list(FIXED)
    current = [u for u in gazetteer.units() if u.level == "commune"][::37]
    legacy = [u for u in gazetteer.units(current=False) if u.level != "province"][::97]
    for unit in islice(current, 60):
        province = gazetteer.get(unit.parent)
        forms += [unit.full_name, fold(unit.full_name), f"{unit.full_name}, {province.name}"]
    for unit in islice(legacy, 40):
        forms += [unit.full_name, fold(unit.name)]
    return forms[:n]


def bench_lookups() -> dict:
    """{'lookups_per_s': the list repeated (memo warm), 'uncached_per_s': memo cleared before each pass, 'load_s'}."""
    Gazetteer.default.cache_clear()
    start = time.perf_counter()
    gazetteer = Gazetteer.default()
    load_s = time.perf_counter() - start
    texts = spellings(gazetteer)
    elapsed = 0.0
    for _ in range(ROUNDS):
        gazetteer.clear_cache()
        start = time.perf_counter()
        for text in texts:
            gazetteer.lookup(text)
        elapsed += time.perf_counter() - start
    uncached = ROUNDS * len(texts) / elapsed
    start = time.perf_counter()
    for _ in range(ROUNDS * 10):
        for text in texts:
            gazetteer.lookup(text)
    cached = ROUNDS * 10 * len(texts) / (time.perf_counter() - start)
    return {"lookups_per_s": round(cached), "uncached_per_s": round(uncached), "load_s": round(load_s, 3),
            "spellings": len(texts), "resolved": sum(1 for t in texts if gazetteer.lookup(t))}


def run() -> list[tuple[str, object, str]]:
    """Rows for bench/run.py: (metric, value, note)."""
    r = bench_lookups()
    note = f"{r['spellings']} spellings, {r['resolved']} resolved"
    return [
        ("gazetteer load (s)", r["load_s"], "units.json → in-memory index"),
        ("lookups/s, repeated list", r["lookups_per_s"], note + ", memo warm"),
        ("lookups/s, memo cleared each pass", r["uncached_per_s"], note),
    ]


if __name__ == "__main__":
    print(bench_lookups())
