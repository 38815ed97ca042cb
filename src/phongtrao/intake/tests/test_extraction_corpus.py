"""Scores on our own annotated documents (intake/corpus) and, when ../shared is present, on the seed articles."""
import difflib
import json
import re
from pathlib import Path

import pytest

from phongtrao.intake.extraction.documents import TYPES
from phongtrao.intake.extraction.pipeline import FIELDS, extract_file, extract_text
from phongtrao.intake.extraction.spans import fold_same_length

CORPUS = Path(__file__).parent.parent / "corpus"
SHARED = Path(__file__).resolve().parents[4].parent / "shared"
MIN_F1 = {"models": 0.9, "places": 0.9, "documents": 0.9, "dates": 0.9, "deadlines": 0.8, "counts": 0.85}
_LEVEL = re.compile(r"^(?:thành phố|tp\.?|tỉnh|quận|huyện|thị xã|thị trấn|phường|xã|đặc khu)\s+(?!\d)")
_SYMBOL = re.compile(r"(\d+)\s*(?:/\s*\d{4})?\s*[-/]\s*([^\W\d_]+)")
_ABBREVIATIONS = {fold_same_length(name.lower()): fold_same_length(abbr.lower()) for name, abbr in TYPES.items()}


def _norm(text: str) -> str:
    return " ".join(fold_same_length(str(text).lower()).replace("“", " ").replace("”", " ").replace('"', " ").split())


def _document_key(text: str) -> str:
    text = _norm(text).replace(" so ", " ")
    for name in sorted(_ABBREVIATIONS, key=len, reverse=True):
        if text.startswith(name + " ") and (number := re.search(r"\d+", text)):
            return f"{int(number.group())}-{_ABBREVIATIONS[name]}"
    m = _SYMBOL.match(text)
    return f"{int(m[1])}-{m[2]}" if m else text


def _same(field: str, gold, pred) -> bool:
    if field == "models":
        g, p = _norm(gold), _norm(pred["name"])
        return g == p or difflib.SequenceMatcher(None, g, p).ratio() >= 0.85
    if field == "places":
        return _LEVEL.sub("", _norm(gold)) == _LEVEL.sub("", _norm(pred["name"]))
    if field == "documents":
        return _document_key(gold) == _document_key(pred["symbol"] or pred["name"])
    if field == "counts":
        return abs(gold["value"] - pred["value"]) < 1e-6 and _norm(pred["unit"]).startswith(_norm(gold["unit"])[:4])
    return gold == pred["value"]


def _hits(field: str, gold: list, pred: list) -> int:
    free, hits = list(pred), 0
    for g in gold:
        found = next((p for p in free if _same(field, g, p)), None)
        if found is not None:
            free.remove(found)
            hits += 1
    return hits


def _scores(rows: list[dict], results: list[dict]) -> dict:
    totals = {f: [0, 0, 0] for f in FIELDS}
    for row, result in zip(rows, results):
        for field in FIELDS:
            gold = row["gold"][field]
            totals[field] = [a + b for a, b in zip(totals[field], (_hits(field, gold, result[field]), len(gold),
                                                                    len(result[field])))]
    return {f: 2 * h / (g + p) if g + p else 1.0 for f, (h, g, p) in totals.items()}


def _body_ok(row: dict, result: dict) -> bool:
    gold = row["gold"]
    body = " ".join(result["body"].split())
    return " ".join(gold["body_end"].split()) in body and (
        not gold["trailer_start"] or " ".join(gold["trailer_start"].split()) not in body)


def _load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_own_corpus():
    rows = _load(CORPUS / "gold.jsonl")
    results = [extract_file(CORPUS / row["source"]) for row in rows]
    scores = _scores(rows, results)
    assert {f: s for f, s in scores.items() if s < MIN_F1[f]} == {}
    assert [row["id"] for row, result in zip(rows, results) if not _body_ok(row, result)] == []
    assert [row["id"] for row, result in zip(rows, results) if row["title"].lower() not in result["title"].lower()] == []
    assert [row["id"] for row, result in zip(rows, results) if result["published"] != row["published"]] == []


@pytest.mark.skipif(not (SHARED / "eval" / "seeds-gold.jsonl").exists(), reason="../shared is not checked out")
def test_seed_articles():
    rows = _load(SHARED / "eval" / "seeds-gold.jsonl")
    results = [extract_text(row["text"], source=row["source"]) for row in rows]
    scores = _scores(rows, results)
    assert {f: s for f, s in scores.items() if s < MIN_F1[f]} == {}
    assert all(_body_ok(row, result) for row, result in zip(rows, results))
