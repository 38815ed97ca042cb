# Vendored copy of ../shared/eval/score.py (the project's shared scorer, /work/shared/eval/score.py in the team
# checkout), kept so that test_extraction_corpus.py scores by the same rules on a clean clone without ../shared;
# the test loads ../shared/eval/score.py instead whenever it is present. Do not edit: copy it again when it changes.
#!/usr/bin/env python3
"""Score extraction output against a gold file (see GUIDELINES.md).

    score.py GOLD.jsonl PRED.jsonl [--verbose] [--json] [--min FIELD=F1 ...]

PRED.jsonl holds one JSON object per document, as printed by
`phongtrao extract --format jsonl`. A prediction is matched to a gold line by
its "source" (file name, with or without directory and extension) against the
gold "source" or "id". List items may be plain strings or objects:
models/places use "name", documents "symbol" (or "text"), dates and deadlines
"value", counts "value" and "unit". The body check reads "body".

Prints micro precision / recall / F1 per field. With --min, exits 1 when a
field's F1 falls below its threshold (use `body` for the body check accuracy).
Standard library only.
"""
from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

FIELDS = ("models", "places", "documents", "dates", "deadlines", "counts")

DOC_TYPES = {  # type word -> symbol abbreviation
    "chỉ thị": "CT", "nghị quyết": "NQ", "kết luận": "KL", "kế hoạch": "KH",
    "quyết định": "QD", "thông tư": "TT", "nghị định": "ND", "chương trình": "CTR",
    "hướng dẫn": "HD", "công văn": "CV", "luật": "L", "thông báo": "TB",
    "đề án": "DA", "báo cáo": "BC", "thông tư liên tịch": "TTLT",
}
LEVEL_WORDS = ("thành phố", "tp.", "tp", "tỉnh", "quận", "huyện", "thị xã",
               "thị trấn", "phường", "xã", "đặc khu")
PLACE_ALIASES = {"hcm": "hồ chí minh", "tphcm": "hồ chí minh", "tp.hcm": "hồ chí minh",
                 "sài gòn": "hồ chí minh", "thủ đô hà nội": "hà nội"}
QUOTES = "\"'“”‘’«»„`"


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", str(s)).lower()
    s = s.translate({ord(q): " " for q in QUOTES})
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .,;:!?()[]-–—")


def fold(s: str) -> str:
    """Strip Vietnamese diacritics (đ -> d)."""
    s = norm(s).replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def model_key(s: str) -> str:
    s = norm(s)
    if s.startswith("mô hình ") and not re.match(r"mô hình \d", s):
        s = s[len("mô hình "):]
    return s


def place_key(s: str) -> str:
    s = norm(s)
    s = PLACE_ALIASES.get(s, s)
    for w in sorted(LEVEL_WORDS, key=len, reverse=True):
        if s.startswith(w + " ") or (w.endswith(".") and s.startswith(w)):
            rest = s[len(w):].strip()
            if rest and not rest[0].isdigit():
                s = rest
            break
    s = PLACE_ALIASES.get(s, s)
    return fold(s)


def doc_key(s: str) -> str:
    s = norm(s)
    s = re.sub(r"\bsố\b", " ", s).strip()
    for word in sorted(DOC_TYPES, key=len, reverse=True):
        if s.startswith(word + " "):
            m = re.search(r"\d+", s)
            return f"{int(m.group())}-{DOC_TYPES[word]}" if m else fold(s)
    m = re.match(r"(\d+)\s*(?:/\s*\d{4})?\s*[-/]\s*([a-zđ]+)", s)
    if m:
        return f"{int(m.group(1))}-{fold(m.group(2)).upper()}"
    return fold(s)


def date_key(s: str) -> str:
    return str(s).strip()[:10]


def unit_match(a: str, b: str) -> bool:
    a, b = fold(a).split(), fold(b).split()
    short, long_ = sorted((a, b), key=len)
    return bool(short) and long_[: len(short)] == short


def item(x, *keys):
    if isinstance(x, dict):
        for k in keys:
            if x.get(k) not in (None, ""):
                return x[k]
        return ""
    return x


def as_number(v):
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip().replace(" ", "")
    if re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s):
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def match(gold: list, pred: list, same) -> tuple[int, list, list]:
    """One-to-one greedy matching. Returns (hits, missed gold, spurious pred)."""
    free = list(pred)
    missed = []
    hits = 0
    for g in gold:
        for i, p in enumerate(free):
            if same(g, p):
                hits += 1
                del free[i]
                break
        else:
            missed.append(g)
    return hits, missed, free


def dedupe(items: list, key) -> list:
    seen, out = set(), []
    for x in items:
        k = key(x)
        if k and k not in seen:
            seen.add(k)
            out.append(x)
    return out


def field_items(field: str, raw: list):
    if field == "models":
        xs = [model_key(item(x, "name", "text")) for x in raw]
        return dedupe(xs, lambda k: k), lambda g, p: g == p or difflib.SequenceMatcher(None, g, p).ratio() >= 0.85
    if field == "places":
        xs = [place_key(item(x, "name", "text")) for x in raw]
        return dedupe(xs, lambda k: k), lambda g, p: g == p
    if field == "documents":
        xs = [doc_key(item(x, "symbol", "text", "name")) for x in raw]
        return dedupe(xs, lambda k: k), lambda g, p: g == p
    if field in ("dates", "deadlines"):
        xs = [date_key(item(x, "value", "date")) for x in raw]
        return dedupe(xs, lambda k: k), lambda g, p: g == p
    if field == "counts":
        xs = []
        for x in raw:
            if isinstance(x, dict):
                v = as_number(x.get("value"))
                if v is not None:
                    xs.append((v, str(x.get("unit", ""))))
        return (dedupe(xs, lambda c: (c[0], fold(c[1]))),
                lambda g, p: abs(g[0] - p[0]) < 1e-6 and unit_match(g[1], p[1]))
    raise ValueError(field)


def stem(s: str) -> str:
    name = Path(str(s)).name
    return name.rsplit(".", 1)[0] if "." in name else name


def load(path: str) -> list[dict]:
    text = Path(path).read_text(encoding="utf-8").strip()
    if text.startswith("["):
        return json.loads(text)
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def score(gold_rows: list[dict], pred_rows: list[dict], verbose: bool = False) -> dict:
    preds = {}
    for p in pred_rows:
        preds[stem(p.get("source") or p.get("id") or "")] = p
    totals = {f: [0, 0, 0] for f in FIELDS}  # hits, gold, pred
    body_ok = body_n = 0
    missing_docs = []
    for g in gold_rows:
        p = preds.get(stem(g.get("source", ""))) or preds.get(str(g.get("id")))
        if p is None:
            missing_docs.append(g.get("id"))
            p = {}
        gold = g["gold"]
        for f in FIELDS:
            gx, same = field_items(f, gold.get(f, []))
            px, _ = field_items(f, p.get(f, []) or [])
            hits, missed, spurious = match(gx, px, same)
            t = totals[f]
            t[0] += hits
            t[1] += len(gx)
            t[2] += len(px)
            if verbose and (missed or spurious):
                print(f"[{g.get('id')}] {f}: missed {missed} spurious {spurious}", file=sys.stderr)
        if gold.get("body_end"):
            body_n += 1
            body = norm(p.get("body", ""))
            ok = norm(gold["body_end"]) in body
            if gold.get("trailer_start"):
                ok = ok and norm(gold["trailer_start"]) not in body
            body_ok += ok
            if verbose and not ok:
                print(f"[{g.get('id')}] body: wrong cut", file=sys.stderr)
    result = {"documents_scored": len(gold_rows), "documents_missing": missing_docs}
    for f, (h, ng, np_) in totals.items():
        pr = h / np_ if np_ else (1.0 if ng == 0 else 0.0)
        rc = h / ng if ng else (1.0 if np_ == 0 else 0.0)
        f1 = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        result[f] = {"precision": round(pr, 4), "recall": round(rc, 4), "f1": round(f1, 4),
                     "gold": ng, "predicted": np_, "hits": h}
    result["body"] = {"accuracy": round(body_ok / body_n, 4) if body_n else 1.0, "n": body_n}
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold")
    ap.add_argument("pred")
    ap.add_argument("--verbose", action="store_true", help="list misses and spurious items per document")
    ap.add_argument("--json", action="store_true", help="print the result as JSON")
    ap.add_argument("--min", action="append", default=[], metavar="FIELD=F1",
                    help="fail (exit 1) when FIELD's F1 (or body accuracy) is below the value")
    a = ap.parse_args(argv)
    res = score(load(a.gold), load(a.pred), a.verbose)
    if a.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print(f"{'field':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for f in FIELDS:
            r = res[f]
            print(f"{f:<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} {r['gold']:>5} {r['predicted']:>5}")
        print(f"{'body':<10} accuracy {res['body']['accuracy']:.3f} over {res['body']['n']} documents")
        if res["documents_missing"]:
            print(f"no prediction for: {', '.join(map(str, res['documents_missing']))}")
    failed = []
    for spec in a.min:
        field, _, val = spec.partition("=")
        got = res["body"]["accuracy"] if field == "body" else res[field]["f1"]
        if got < float(val):
            failed.append(f"{field} {got:.3f} < {val}")
    if failed:
        print("below threshold: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
