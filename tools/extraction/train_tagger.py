"""Train the model-name tagger (intake/extraction/tagger.py) on the annotated real corpus; deterministic.

    .venv/bin/python tools/extraction/train_tagger.py [--batches batch01 batch02 ...] [--out PATH]

Defaults: every real batch with a gold.jsonl, written to intake/extraction/data/models.crfsuite (the shipped model).
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.cleaning import clean
from phongtrao.intake.extraction.reading import read_path

REAL = Path(tagger.__file__).resolve().parents[1] / "corpus" / "real"


def real_batches() -> list[str]:
    return sorted(p.name for p in REAL.glob("batch*") if (p / "gold.jsonl").exists())


def gold_rows(batch: str) -> list[dict]:
    lines = (REAL / batch / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) | {"batch": batch} for line in lines if line.strip()]


def samples(batches: list[str]):
    """(features, gold tags) of each taggable sentence of each article, up to the annotated body's last sentence."""
    for batch in batches:
        for row in gold_rows(batch):
            body = clean(read_path(REAL / batch / row["source"]).text).body
            last = row["gold"].get("body_end") or ""
            if last and (end := body.find(last)) >= 0:
                body = body[:end + len(last)]
            for sentence in tagger.sentences(body):
                yield sentence.features(), tagger.gold_tags(sentence, row["gold"]["models"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", nargs="*")
    ap.add_argument("--out", type=Path, default=tagger.MODEL_PATH)
    a = ap.parse_args()
    batches = a.batches or real_batches()
    tagger.train(samples(batches), a.out)
    print(f"trained on {len(batches)} batches: {a.out}")


if __name__ == "__main__":
    main()
