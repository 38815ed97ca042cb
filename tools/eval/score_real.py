#!/usr/bin/env python3
"""Per-batch and overall P/R/F1 of the extractor on the real corpus, and its speed.

    .venv/bin/python tools/eval/score_real.py [--fields dates,places] [--misses] [--json OUT]

Scores with ../shared/eval/score.py (or the vendored copy the corpus test uses); the time is that of extraction alone
(files read, cleaned and extracted on one core), after one warm-up pass that loads the gazetteer.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import sys
import time
from pathlib import Path

from phongtrao.intake.extraction.pipeline import extract_file
from phongtrao.intake.tests.test_extraction_corpus import CORPUS, _load, scorer


def _cell(r: dict) -> str:
    """A field's P/R/F1, or the body check's accuracy (which has no precision or recall)."""
    if "precision" not in r:
        return f"{'acc ' + format(r['accuracy'], '.3f'):>22}"
    return f"  {r['precision']:.3f}/{r['recall']:.3f}/{r['f1']:.3f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fields", nargs="+", default=[",".join(scorer.FIELDS)],
                    help="fields to show, comma- or space-separated (body: accuracy of the body cut)")
    ap.add_argument("--misses", action="store_true", help="list each document's misses and spurious items")
    ap.add_argument("--json", help="write the figures to this file")
    a = ap.parse_args(argv)
    fields = [f for arg in a.fields for f in arg.split(",") if f]
    batches = sorted(p for p in (CORPUS / "real").glob("batch*") if (p / "gold.jsonl").exists())
    rows = {b.name: _load(b / "gold.jsonl") for b in batches}
    extract_file(batches[0] / rows[batches[0].name][0]["source"])  # warm-up: gazetteer and caches
    results, took, docs = {}, 0.0, 0
    for b in batches:
        t = time.perf_counter()
        results[b.name] = [extract_file(b / row["source"]) for row in rows[b.name]]
        took += time.perf_counter() - t
        docs += len(rows[b.name])
    figures = {}
    print(f"{'batch':<9}" + "".join(f"{f:>22}" for f in fields))
    for name in [*rows, "overall"]:
        gold = [r for n in rows for r in rows[n]] if name == "overall" else rows[name]
        pred = [r for n in rows for r in results[n]] if name == "overall" else results[name]
        out = io.StringIO()
        with contextlib.redirect_stderr(out):
            res = scorer.score(gold, pred, verbose=a.misses and name != "overall")
        figures[name] = {f: res[f] for f in fields}
        print(f"{name:<9}" + "".join(_cell(res[f]) for f in fields))
        for line in out.getvalue().splitlines():
            if any(f"] {f}:" in line for f in fields):
                print(f"    {name} {line}", file=sys.stderr)
    print(f"{docs} documents in {took:.2f} s: {docs / took:.0f} docs/s")
    if a.json:
        Path(a.json).write_text(json.dumps({"figures": figures, "docs_per_s": docs / took}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
