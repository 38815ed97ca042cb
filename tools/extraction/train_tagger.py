"""Train the model-name tagger (intake/extraction/tagger.py) on the annotated real corpus; deterministic.

    PYTHONPATH=src .venv/bin/python tools/extraction/train_tagger.py [--batches batch01 batch02 ...] [--out PATH]

Defaults: every real batch with a gold.jsonl, written to intake/extraction/data/models.crfsuite (the shipped model).
"""
from __future__ import annotations

import argparse
from pathlib import Path

from crf_blind_trial import samples  # tools/extraction is on sys.path when this runs as a script

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.cleaning import clean
from phongtrao.intake.extraction.reading import read_path

REAL = Path(tagger.__file__).resolve().parents[1] / "corpus" / "real"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", nargs="*")
    ap.add_argument("--out", type=Path, default=tagger.MODEL_PATH)
    a = ap.parse_args()
    batches = [REAL / b for b in a.batches] if a.batches else sorted(
        p for p in REAL.glob("batch*") if (p / "gold.jsonl").exists())
    tagger.train(samples(batches, tagger.Lexicon(), tagger, clean, read_path), a.out)
    print(f"trained on {len(batches)} batches: {a.out}")


if __name__ == "__main__":
    main()
