"""Score the extractor on the real corpus batches, per batch and overall, by ../shared/eval/score.py's rules.

    .venv/bin/python tools/extraction/score_real.py [batch01 batch02 ...] [--field models] [--verbose]

Prints P/R/F1 of one field per batch and for the batches together, and the extraction speed (documents/s, one core).
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from phongtrao.intake.extraction.pipeline import extract_file
from phongtrao.intake.tests.test_extraction_corpus import scorer

REAL = Path(__file__).resolve().parents[2] / "src" / "phongtrao" / "intake" / "corpus" / "real"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batches", nargs="*")
    ap.add_argument("--field", default="models")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()
    batches = a.batches or sorted(p.name for p in REAL.glob("batch*") if (p / "gold.jsonl").exists())
    all_rows, all_results, seconds = [], [], 0.0
    for batch in batches:
        folder = REAL / batch
        lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        started = time.perf_counter()
        results = [extract_file(folder / row["source"]) for row in rows]
        seconds += time.perf_counter() - started
        _print(batch, scorer.score(rows, results, a.verbose)[a.field])
        all_rows += rows
        all_results += results
    _print("all", scorer.score(all_rows, all_results)[a.field])
    print(f"{len(all_rows)} documents in {seconds:.2f} s: {len(all_rows) / seconds:.0f} documents/s")


def _print(name: str, r: dict) -> None:
    print(f"{name:<8} P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f}"
          f"  gold {r['gold']:>4} pred {r['predicted']:>4}")


if __name__ == "__main__":
    main()
