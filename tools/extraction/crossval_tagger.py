"""Held-out model scores of the rules alone and with the tagger: train on all real batches but two, score those two,
for each pair of batches in turn, or for the --test batches only; other fields are printed to show they hold.

    .venv/bin/python tools/extraction/crossval_tagger.py [--test batch15 batch16] [--confidence 0.9 0.95 ...]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import train_tagger  # tools/extraction is on sys.path when this runs as a script

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.pipeline import extract_file
from phongtrao.intake.tests.test_extraction_corpus import scorer

RULES_ONLY = "rules"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", nargs="*")
    ap.add_argument("--confidence", nargs="*", type=float, default=[tagger.MIN_CONFIDENCE])
    a = ap.parse_args()
    batches = train_tagger.real_batches()
    folds = [a.test] if a.test else [batches[i:i + 2] for i in range(0, len(batches), 2)]
    levels = [RULES_ONLY, *a.confidence]
    rows, results = [], {level: [] for level in levels}
    with tempfile.TemporaryDirectory() as tmp:
        for test in folds:
            model = Path(tmp) / f"{test[0]}.crfsuite"
            tagger.train(train_tagger.samples([b for b in batches if b not in test]), model)
            fold_rows = [row for b in test for row in train_tagger.gold_rows(b)]
            rows += fold_rows
            for level in levels:
                tagger.MODEL_PATH = Path(tmp) / "none" if level == RULES_ONLY else model
                tagger.MIN_CONFIDENCE = 1.0 if level == RULES_ONLY else level
                fold = [extract_file(train_tagger.REAL / r["batch"] / r["source"]) for r in fold_rows]
                results[level] += fold
                _print(f"{'+'.join(test)} {level}", scorer.score(fold_rows, fold))
    if len(folds) > 1:
        for level in levels:
            _print(f"all {level}", scorer.score(rows, results[level]))


def _print(name: str, result: dict) -> None:
    m = result["models"]
    others = " ".join(f"{f[:5]} {result[f]['f1']:.3f}" for f in scorer.FIELDS if f != "models")
    print(f"{name:<22} models P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} | {others}", flush=True)


if __name__ == "__main__":
    main()
