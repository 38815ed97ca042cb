"""A CRF sequence tagger of model names (BIO over the words of a sentence), beside the rules of initiatives.py.

It learns from the annotated real corpus what the words around a name look like (case, quotes, cue words, the
model lexicon) and finds names with no quotes or cue word that the rules miss; find_models adds only the spans it is
sure of and the rules did not claim. Only sentences that could hold a name are tagged (`_candidate`), in training as
in use, which keeps extraction fast. The model file is written by tools/extraction/train_tagger.py; without it the
tagger finds nothing.
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


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold_same_length(phrase.lower())))


_FIRST_WORDS = frozenset(_words(h)[0] for h in _DATA["heads"] + _DATA["group_cues"])
_MARKER_WORDS = frozenset(w for m in _DATA["markers"] for w in _words(m))
_CUES: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
"""Model cues ("g") and contrary cues ("x", "phong trào"), by their last word."""
for _kind, _cue in [("g", _words(c)) for c in _DATA["cues"] + _DATA["group_cues"]] + [
        ("x", _words(c)) for c in _DATA["not_cues"]]:
    _CUES.setdefault(_cue[-1], []).append((_kind, _cue))
_TRIGGERS = frozenset({"mo", "sang", "clb", "cau"}) | _FIRST_WORDS
"""Words (folded) of which one, or a quote, must be in a sentence for it to be tagged: model cues and heads."""
CUE_WINDOW = 6
"""How many words back a cue ("mô hình", "tổ tự quản"; or a contrary one, "phong trào") still marks a word."""
MIN_CONFIDENCE = 0.98
"""A span is kept when the tagger gives each of its tags at least this marginal probability: held out, lower ones
add more wrong names than right ones (docs/intake.md)."""
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}


class Sentence:
    """The words of one sentence of the body and their (start, end) offsets."""

    def __init__(self, body: str, start: int, end: int):
        self.spans = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(body, start, end)]
        self.words = [body[a:b] for a, b in self.spans]
        self.folded = [fold_same_length(w.lower()) for w in self.words]

    def features(self) -> list[list[str]]:
        """Per word: itself folded, its shape, whether it is quoted, the cue before it, lexicon flags, and its
        neighbours up to two words away."""
        folded, n = self.folded, len(self.words)
        shapes = [_shape(w) for w in self.words]
        lexicon = [("head",) * (w in _FIRST_WORDS) + ("marker",) * (w in _MARKER_WORDS) for w in folded]
        near = {d: [f"{d}w={folded[i + d]}" if 0 <= i + d < n else f"{d}edge" for i in range(n)]
                for d in (-2, -1, 1, 2)}
        shape_before = ["", *(f"-1s={x}" for x in shapes[:-1])]
        shape_after = [*(f"1s={x}" for x in shapes[1:]), ""]
        bigrams = [f"{a}|{b}" for a, b in zip(folded, folded[1:])]
        before = ["", *(f"bi-={b}" for b in bigrams)]
        after = [*(f"bi+={b}" for b in bigrams), ""]
        out = []
        for i, (w, shape, q, cue) in enumerate(zip(folded, shapes, _quoted(self.words), _cue_distances(folded))):
            f = [f"w={w}", f"s={shape}", f"q={q}", f"cue={cue}", *lexicon[i], near[-2][i], near[-1][i], shape_before[i],
                 near[1][i], shape_after[i], near[2][i], before[i], after[i]]
            out.append([x for x in f if x])
        return out


def sentences(body: str) -> Iterator[Sentence]:
    """The body's sentences worth tagging."""
    for m in _SENTENCE_RE.finditer(body):
        if _candidate(m.group()):
            yield Sentence(body, m.start(), m.end())


def _candidate(text: str) -> bool:
    return any(q in text for q in _QUOTES) or not _TRIGGERS.isdisjoint(_words(text))


def _shape(word: str) -> str:
    if word.isdigit():
        return "d"
    if not word[0].isalnum():
        return word if word in _QUOTES or word in ",;:()-–" else "p"
    if word.isupper() and len(word) > 1:
        return "U"
    return "T" if word[0].isupper() else "l"


def _quoted(words: list[str]) -> list[bool]:
    out, inside = [], False
    for w in words:
        closes = w in _CLOSE_QUOTES or (w == '"' and inside)
        inside = inside and not closes
        out.append(inside)
        inside = inside or (not closes and (w in _OPEN_QUOTES or w == '"'))
    return out


def _cue_distances(folded: list[str]) -> list[str]:
    """For each word, the kind of the nearest cue ending before it and how far back: "g1" right after "mô hình"."""
    out, last = [], None
    for i in range(len(folded)):
        out.append(f"{last[0]}{i - last[1]}" if last and i - last[1] <= CUE_WINDOW else "-")
        for kind, cue in _CUES.get(folded[i], ()):
            if len(cue) <= i + 1 and tuple(folded[i - len(cue) + 1:i + 1]) == cue:
                last = (kind, i)
                break
    return out


@functools.lru_cache(maxsize=2)
def _tagger(path: Path):
    import pycrfsuite  # loaded with the model, once, when the first document is tagged

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def find_spans(body: str, path: Path | None = None) -> list[tuple[int, int]]:
    """(start, end) of the model names the tagger is sure of (each tag at MIN_CONFIDENCE or more)."""
    path = path or MODEL_PATH
    if not path.exists():
        return []
    tagger = _tagger(path)
    found = []
    for sentence in sentences(body):
        tagger.set(sentence.features())
        tags = tagger.tag()
        for a, b in _runs(tags):
            if all(tagger.marginal(tags[i], i) >= MIN_CONFIDENCE for i in range(a, b)):
                found.append((sentence.spans[a][0], sentence.spans[b - 1][1]))
    return found


def _runs(tags: list[str]) -> list[tuple[int, int]]:
    """[a, b) of each B I* run (an I with no B before it opens one)."""
    runs, begin = [], None
    for i, tag in enumerate([*tags, "O"]):
        if begin is not None and tag != "I":
            runs.append((begin, i))
            begin = None
        if tag == "B" or (tag == "I" and begin is None):
            begin = i
    return runs


def gold_tags(sentence: Sentence, names: Iterable[str]) -> list[str]:
    """BIO tags of every occurrence of the gold names (folded words, quotes skipped), longest names first."""
    keep = [i for i, w in enumerate(sentence.words) if w not in _QUOTES]
    seq = [sentence.folded[i] for i in keep]
    tags = ["O"] * len(sentence.words)
    targets = {tuple(fold_same_length(w.lower()) for w in _TOKEN_RE.findall(n) if w not in _QUOTES) for n in names}
    for target in sorted(targets, key=len, reverse=True):
        for k in range(len(seq) - len(target) + 1):
            free = all(tags[i] == "O" for i in keep[k:k + len(target)])
            if target and free and seq[k:k + len(target)] == list(target):
                first, last = keep[k], keep[k + len(target) - 1]
                tags[first:last + 1] = ["B"] + ["I"] * (last - first)
    return tags


def train(samples: Iterable[tuple[list[list[str]], list[str]]], path: Path) -> None:
    """Train and write the model file: the same samples give the same file (L-BFGS, nothing random)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in samples:
        trainer.append(features, tags)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(path))
    _tagger.cache_clear()
