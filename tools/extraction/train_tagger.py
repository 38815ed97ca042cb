"""Train the model-name tagger (intake/extraction/tagger.py) on the annotated real corpus; deterministic.

    .venv/bin/python tools/extraction/train_tagger.py [--batches batch01 batch02 ...] [--out PATH]

Defaults: every real batch with a gold.jsonl, written to intake/extraction/data/models.crfsuite.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from phongtrao.intake.extraction import tagger
from phongtrao.intake.extraction.cleaning import clean
from phongtrao.intake.extraction.initiatives import rule_spans
from phongtrao.intake.extraction.reading import read_path

REAL = Path(__file__).resolve().parents[2] / "src" / "phongtrao" / "intake" / "corpus" / "real"


def samples(batches: list[str]):
    """(features, gold tags) of each taggable sentence of the annotated body (up to its last sentence)."""
    for batch in batches:
        for line in (REAL / batch / "gold.jsonl").read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            body = clean(read_path(REAL / batch / row["source"]).text).body
            end = body.find(row["gold"].get("body_end") or "\0")
            body = body[:end + len(row["gold"]["body_end"])] if end >= 0 else body
            spans = [(s, e) for s, e, _ in rule_spans(body)]
            for sentence in tagger.sentences(body, spans):
                yield sentence.features(), tagger.gold_tags(sentence, row["gold"]["models"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--batches", nargs="*")
    ap.add_argument("--out", type=Path, default=tagger.MODEL_PATH)
    a = ap.parse_args()
    batches = a.batches or sorted(p.name for p in REAL.glob("batch*") if (p / "gold.jsonl").exists())
    tagger.train(samples(batches), a.out)
    print(f"trained on {len(batches)} batches: {a.out}")


if __name__ == "__main__":
    main()
