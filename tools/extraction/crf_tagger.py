"""A CRF sequence tagger of model names (BIO over the words of a sentence), for the blind trial beside the rules
(crf_blind_trial.py; docs/intake.md): not part of the extractor.

It learns from the annotated real corpus what the words around a name look like (case, quotes, cue words of the model
lexicon); `new_names` keeps the names it is fairly sure of where the rules looked at no span. Only sentences with a
quote or a cue word are tagged, in training as in use. Standard library only besides pycrfsuite (python-crfsuite
0.9.12), so that it runs beside an older extractor with that commit's lexicon (`Lexicon(path)`).
"""
from __future__ import annotations

import difflib
import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "src" / "phongtrao" / "intake" / "extraction" / "data"
MODEL_PATH = DATA / "models.crfsuite"
"""Where an extractor would ship a model (none ships: the trial writes its own)."""
MIN_CONFIDENCE = 0.7
"""A name is kept when the tagger gives each of its tags at least this marginal probability (the trial picks its own
per pair; 0.7 is what it would pick for the next pair, from pairs 93–94 and 95–96)."""
TRAIN_PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True}
CUE_WINDOW = 6
"""How many words back a cue ("mô hình", "tổ tự quản"; or a contrary one, "phong trào") still marks a word."""
SAME_NAME = 0.85
"""Two names this alike (difflib ratio of their keys) are one name, as the scorer counts them."""

_TOKEN_RE = re.compile(r"\w+|[^\w\s]")
_SENTENCE_RE = re.compile(r"[^\n]+?(?:[.!?…]+(?=\s)|$)", re.MULTILINE)
_OPEN_QUOTES, _CLOSE_QUOTES, _QUOTES = "“«„", "”»", "“”\"«»„"
_MODEL_WORD = re.compile(r"mo hinh (?!\d)")


_FOLD = {c: unicodedata.normalize("NFD", chr(c))[0] for c in range(0xC0, 0x1F00)
         if unicodedata.normalize("NFD", chr(c))[0] != chr(c)} | {ord("đ"): "d", ord("Đ"): "D"}


def fold(text: str) -> str:
    """Lower case without diacritics, đ as d; same length as the text."""
    return unicodedata.normalize("NFC", text.lower()).translate(_FOLD)


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", fold(phrase)))


class Lexicon:
    """The cue words of an initiatives.json, as features: heads and markers of names, model and contrary cues."""

    def __init__(self, path: Path = DATA / "initiatives.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        self.first = frozenset(_words(h)[0] for h in data["heads"] + data["group_cues"])
        self.markers = frozenset(w for m in data["markers"] for w in _words(m))
        self.cues: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for kind, cue in [("g", _words(c)) for c in data["cues"] + data["group_cues"]] + [
                ("x", _words(c)) for c in data["not_cues"]]:
            self.cues.setdefault(cue[-1], []).append((kind, cue))
        self.triggers = frozenset({"mo", "sang", "clb", "cau"}) | self.first

    def sentences(self, body: str) -> Iterator[tuple[list[tuple[int, int]], list[str], list[list[str]]]]:
        """(word offsets, words, features) of each sentence with a quote or a cue word."""
        for m in _SENTENCE_RE.finditer(body):
            if any(q in m.group() for q in _QUOTES) or not self.triggers.isdisjoint(_words(m.group())):
                spans = [(t.start(), t.end()) for t in _TOKEN_RE.finditer(body, m.start(), m.end())]
                words = [body[a:b] for a, b in spans]
                yield spans, words, self.features(words)

    def features(self, words: list[str]) -> list[list[str]]:
        """Per word: itself folded, its shape, whether it is quoted, the cue before it, lexicon flags, its neighbours
        up to two words away, their shapes and the bigrams."""
        folded, n = [fold(w) for w in words], len(words)
        shapes = [_shape(w) for w in words]
        out = []
        for i, (quoted, cue) in enumerate(zip(_quoted(words), self._cue_distances(folded))):
            f = [f"w={folded[i]}", f"s={shapes[i]}", f"q={quoted}", f"cue={cue}"]
            f += ["head"] * (folded[i] in self.first) + ["marker"] * (folded[i] in self.markers)
            f += [f"{d}w={folded[i + d]}" if 0 <= i + d < n else f"{d}edge" for d in (-2, -1, 1, 2)]
            if i > 0:
                f += [f"-1s={shapes[i - 1]}", f"bi-={folded[i - 1]}|{folded[i]}"]
            if i + 1 < n:
                f += [f"1s={shapes[i + 1]}", f"bi+={folded[i]}|{folded[i + 1]}"]
            out.append(f)
        return out

    def _cue_distances(self, folded: list[str]) -> list[str]:
        """For each word, the kind of the nearest cue ending before it and how far back: "g1" right after "mô hình"."""
        out, last = [], None
        for i, w in enumerate(folded):
            out.append(f"{last[0]}{i - last[1]}" if last and i - last[1] <= CUE_WINDOW else "-")
            for kind, cue in self.cues.get(w, ()):
                if len(cue) <= i + 1 and tuple(folded[i - len(cue) + 1:i + 1]) == cue:
                    last = (kind, i)
                    break
        return out


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


def gold_tags(words: list[str], names: Iterable[str]) -> list[str]:
    """BIO tags of every occurrence of the gold names (folded words, quotes skipped), longest names first."""
    keep = [i for i, w in enumerate(words) if w not in _QUOTES]
    seq = [fold(words[i]) for i in keep]
    tags = ["O"] * len(words)
    targets = {tuple(fold(w) for w in _TOKEN_RE.findall(n) if w not in _QUOTES) for n in names}
    for target in sorted(targets, key=len, reverse=True):
        for k in range(len(seq) - len(target) + 1):
            if target and seq[k:k + len(target)] == list(target) and all(
                    tags[i] == "O" for i in keep[k:k + len(target)]):
                first, last = keep[k], keep[k + len(target) - 1]
                tags[first:last + 1] = ["B"] + ["I"] * (last - first)
    return tags


def runs(tags: list[str]) -> list[tuple[int, int]]:
    """[a, b) of each B I* run (an I with no B before it opens one)."""
    out, begin = [], None
    for i, tag in enumerate([*tags, "O"]):
        if begin is not None and tag != "I":
            out.append((begin, i))
            begin = None
        if tag == "B" or (tag == "I" and begin is None):
            begin = i
    return out


@functools.lru_cache(maxsize=4)
def _tagger(path: Path):
    import pycrfsuite  # loaded with the model, once, when the first document is tagged

    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


@functools.lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    return Lexicon()


def tag(body: str, path: Path | None = None, lexicon: Lexicon | None = None) -> list[tuple[int, int, float]]:
    """(start, end, the lowest marginal probability of its tags) of each name the tagger finds."""
    path = path or MODEL_PATH
    if not path.exists():
        return []
    try:
        tagger = _tagger(path)
    except ImportError:
        return []
    found = []
    for spans, _words_, features in (lexicon or _lexicon()).sentences(body):
        tagger.set(features)
        tags = tagger.tag()
        for a, b in runs(tags):
            found.append((spans[a][0], spans[b - 1][1], min(tagger.marginal(tags[i], i) for i in range(a, b))))
    return found


def key(name: str) -> str:
    """Folded, quotes and edge punctuation off, without a leading "mô hình" (kept before a number)."""
    text = " ".join(fold(name).translate({ord(q): " " for q in _QUOTES}).split()).strip(" .,;:!?()[]-–—")
    return _MODEL_WORD.sub("", text, count=1) if text.startswith("mo hinh ") else text


def new_names(body: str, tagged: Iterable[tuple[int, int, float]], models: list[dict], considered=None,
              threshold: float = MIN_CONFIDENCE) -> list[tuple[int, int]]:
    """The tagged spans at threshold or above, of two words or more, that overlap no span the rules looked at
    (`considered`, anything with `hits(start, end)`: the rules' mask, crf_blind_trial.expose_considered; None: the
    combination of the earlier trial) nor any occurrence of their names, and are not one of their names nor near one
    (the same name again is kept: another occurrence), by SAME_NAME."""
    claimed = [tuple(o) for m in models for o in m.get("occurrences") or [(m["start"], m["end"])]]
    keys, kept, out = [key(m["name"]) for m in models], set(), []
    for start, end, confidence in tagged:
        k = key(body[start:end])
        if (confidence < threshold or len(k.split()) < 2 or any(start < e and s < end for s, e in claimed)
                or considered is not None and considered.hits(start, end)):
            continue
        if k not in kept and any(difflib.SequenceMatcher(None, old, k).ratio() >= SAME_NAME for old in keys):
            continue
        keys.append(k)
        kept.add(k)
        out.append((start, end))
    return out


def train(samples: Iterable[tuple[list[list[str]], list[str]]], path: Path) -> None:
    """Train and write the model file: the same samples give the same file (L-BFGS, nothing random)."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, tags in samples:
        trainer.append(features, tags)
    trainer.set_params(TRAIN_PARAMS)
    trainer.train(str(path))
    _tagger.cache_clear()
