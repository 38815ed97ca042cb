"""Held-out scores of the rules alone and of the rules with the tagger: train on all real batches but two, score the
two, for each pair of batches in turn (or for the given test batches only).

    .venv/bin/python tools/extraction/crossval_tagger.py [--test batch15 batch16] [--confidence 0.6 0.8 ...]
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from phongtrao.intake.extraction import initiatives, tagger
from phongtrao.intake.extraction.pipeline import extract_file
from phongtrao.intake.tests.test_extraction_corpus import scorer

import train_tagger  # tools/extraction is on the path when this runs as a script
RULES_ONLY = 1.01
"""A confidence no span reaches: the rules alone."""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--test", nargs="*")
    ap.add_argument("--confidence", nargs="*", type=float, default=[tagger.MIN_CONFIDENCE])
    a = ap.parse_args()
    batches = sorted(p.name for p in train_tagger.REAL.glob("batch*") if (p / "gold.jsonl").exists())
    folds = [a.test] if a.test else [batches[i:i + 2] for i in range(0, len(batches), 2)]
    levels = [RULES_ONLY, *a.confidence]
    rows, results = [], {c: [] for c in levels}
    with tempfile.TemporaryDirectory() as tmp:
        for test in folds:
            tagger.MODEL_PATH = Path(tmp) / f"{test[0]}.crfsuite"
            train_tagger.tagger.train(train_tagger.samples([b for b in batches if b not in test]), tagger.MODEL_PATH)
            fold_rows = [json.loads(line) for b in test for line in (train_tagger.REAL / b / "gold.jsonl").read_text(
                encoding="utf-8").splitlines() if line.strip()]
            rows += fold_rows
            for c in levels:
                initiatives.MIN_CONFIDENCE = c
                fold = [extract_file(train_tagger.REAL / r["id"].split("-")[0] / r["source"]) for r in fold_rows]
                results[c] += fold
                _print(f"{'+'.join(test)} {'rules' if c == RULES_ONLY else c}", scorer.score(fold_rows, fold))
    for c in levels:
        _print(f"ALL {'rules' if c == RULES_ONLY else c}", scorer.score(rows, results[c]))


def _print(name: str, result: dict) -> None:
    m = result["models"]
    others = " ".join(f"{f[:4]} {result[f]['f1']:.3f}" for f in scorer.FIELDS if f != "models")
    print(f"{name:<24} models P {m['precision']:.3f} R {m['recall']:.3f} F1 {m['f1']:.3f} | {others}", flush=True)


if __name__ == "__main__":
    main()
