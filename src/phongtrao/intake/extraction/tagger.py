"""A CRF sequence tagger for model names (BIO over the words of a sentence), beside the rules of initiatives.py.

The rules' own spans are features: the tagger learns where they stop short or run on, and finds names they miss (no
quotes, no cue word). Only sentences that could hold a name are tagged (`_candidate`), in training as in use, which
keeps extraction fast. The model file is trained by tools/extraction/train_tagger.py on the annotated real corpus.
"""
from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .spans import fold_same_length

MODEL_PATH = Path(__file__).parent / "data" / "models.crfsuite"
_DATA = json.loads((Path(__file__).parent / "data" / "initiatives.json").read_text(encoding="utf-8"))

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SENTENCE_RE = re.compile(r"[^\n]+?(?:[.!?…]+(?=\s)|$)", re.MULTILINE)
_OPEN_QUOTES, _CLOSE_QUOTES, _QUOTES = "“«„", "”»", "“”\"«»„"
_FIRST_WORDS = frozenset(fold_same_length(h.lower()).split()[0] for h in _DATA["heads"] + _DATA["group_cues"])
_MARKER_WORDS = frozenset(w for m in _DATA["markers"] for w in re.findall(r"\w+", fold_same_length(m.lower())))
_CUES = [tuple(re.findall(r"\w+", fold_same_length(c))) for c in _DATA["cues"] + _DATA["group_cues"]]
_BAD_CUES = [tuple(re.findall(r"\w+", fold_same_length(c))) for c in _DATA["not_cues"]]
_TRIGGERS = frozenset({"mo", "to", "doi", "nhom", "clb", "cau", "camera", "sang"}) | _FIRST_WORDS
"""Words (folded) of which one must be in a sentence for it to be tagged: model cues and heads."""
CUE_WINDOW = 6
"""How many words back a cue ("mô hình", "tổ tự quản") still marks the words after it."""
MIN_CONFIDENCE = 0.6
"""A span the rules missed is added when the tagger gives each of its tags at least this marginal probability."""
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


class Sentence:
    """The words of one sentence: their (start, end) in the body, their text folded, and their features."""

    def __init__(self, body: str, start: int, end: int, rule_spans: list[tuple[int, int]]):
        self.spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(body, start, end)]
        self.words = [body[a:b] for a, b in self.spans]
        self.folded = [fold_same_length(w.lower()) for w in self.words]
        self.rules = _rule_tags(self.spans, rule_spans)

    def features(self) -> list[list[str]]:
        words, folded, n = self.words, self.folded, len(self.words)
        shapes = [_shape(w) for w in words]
        cue_at = _cue_distances(folded)
        quoted, inside = [], False
        for w in words:
            closes = w in _CLOSE_QUOTES or (w == '"' and inside)
            inside = inside and not closes
            quoted.append(inside)
            inside = inside or (not closes and (w in _OPEN_QUOTES or w == '"'))
        out = []
        for i in range(n):
            f = ["b", f"w={folded[i]}", f"s={shapes[i]}", f"r={self.rules[i]}", f"q={quoted[i]}", f"cue={cue_at[i]}"]
            if folded[i] in _FIRST_WORDS:
                f.append("head")
            if folded[i] in _MARKER_WORDS:
                f.append("marker")
            if i == 0:
                f.append("first")
            for d in (-2, -1, 1, 2):
                j = i + d
                if 0 <= j < n:
                    f += [f"{d}w={folded[j]}", f"{d}r={self.rules[j]}"]
                    if abs(d) == 1:
                        f.append(f"{d}s={shapes[j]}")
                else:
                    f.append(f"{d}edge")
            if i:
                f.append(f"bi-={folded[i - 1]}|{folded[i]}")
            if i + 1 < n:
                f.append(f"bi+={folded[i]}|{folded[i + 1]}")
            out.append(f)
        return out


def sentences(body: str, rule_spans: list[tuple[int, int]]) -> Iterator[Sentence]:
    """The body's sentences worth tagging."""
    for m in _SENTENCE_RE.finditer(body):
        if _candidate(body[m.start():m.end()]):
            yield Sentence(body, m.start(), m.end(), rule_spans)


def _candidate(text: str) -> bool:
    return any(q in text for q in _QUOTES) or bool(_TRIGGERS.intersection(fold_same_length(text.lower()).split()))


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return word if word in _QUOTES or word in ",;:()-–" else "p"
    if word.isupper() and len(word) > 1:
        return "U"
    return "T" if word[0].isupper() else "l"


def _cue_distances(folded: list[str]) -> list[str]:
    """For each word, the kind of the nearest cue ending before it and how far back: "g1" right after "mô hình"."""
    out, last = [], None
    for i in range(len(folded)):
        out.append(f"{last[0]}{min(i - last[1], CUE_WINDOW)}" if last and i - last[1] <= CUE_WINDOW else "-")
        for kind, cues in (("g", _CUES), ("x", _BAD_CUES)):
            if any(tuple(folded[i - len(c) + 1:i + 1]) == c for c in cues if len(c) <= i + 1):
                last = (kind, i)
                break
    return out


def _rule_tags(spans: list[tuple[int, int]], rule_spans: list[tuple[int, int]]) -> list[str]:
    tags = ["O"] * len(spans)
    for a, b in rule_spans:
        inside = [i for i, (s, e) in enumerate(spans) if s >= a and e <= b]
        for k, i in enumerate(inside):
            tags[i] = "B" if k == 0 else "I"
    return tags


def bio_spans(sentence: Sentence, tags: list[str], probabilities: list[float] | None = None
              ) -> list[tuple[int, int, float]]:
    """(start, end, confidence) of each B I* run: the lowest marginal of its tags (1.0 without marginals)."""
    out, begin = [], None
    for i, tag in enumerate([*tags, "O"]):
        if begin is not None and tag != "I":
            conf = min(probabilities[begin:i]) if probabilities else 1.0
            out.append((sentence.spans[begin][0], sentence.spans[i - 1][1], conf))
            begin = None
        if tag == "B" or (tag == "I" and begin is None):
            begin = i
    return out


@functools.lru_cache(maxsize=2)
def _tagger(path: str):
    import pycrfsuite  # loaded with the model, once

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def tag_spans(body: str, rule_spans: list[tuple[int, int]], path: Path | str | None = None
              ) -> list[tuple[int, int, float]]:
    """The tagger's model names in body, with their confidence; none when no model file is there."""
    path = path or MODEL_PATH
    if not Path(path).exists():
        return []
    tagger = _tagger(str(path))
    found = []
    for sentence in sentences(body, rule_spans):
        tagger.set(sentence.features())
        tags = tagger.tag()
        found += bio_spans(sentence, tags, [tagger.marginal(t, i) for i, t in enumerate(tags)])
    return found


def gold_tags(sentence: Sentence, names: Iterable[str]) -> list[str]:
    """BIO tags of every occurrence of the gold names (words folded, quotes skipped, "Mô hình" before them left out)."""
    keep = [i for i, w in enumerate(sentence.words) if w not in _QUOTES]
    seq = [sentence.folded[i] for i in keep]
    tags = ["O"] * len(sentence.words)
    for name in sorted(names, key=len, reverse=True):
        target = [fold_same_length(w.lower()) for w in _TOKEN_RE.findall(name) if w not in _QUOTES]
        if not target:
            continue
        for k in range(len(seq) - len(target) + 1):
            if seq[k:k + len(target)] == target and all(tags[i] == "O" for i in keep[k:k + len(target)]):
                first, last = keep[k], keep[k + len(target) - 1]
                tags[first:last + 1] = ["B"] + ["I"] * (last - first)
    return tags


def train(samples: Iterable[tuple[list[list[str]], list[str]]], path: Path | str) -> None:
    """Train and write the model file; deterministic for the same samples (L-BFGS, no shuffling)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in samples:
        trainer.append(features, tags)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(path))
    _tagger.cache_clear()
