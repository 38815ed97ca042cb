"""Shared text helpers for the extractors: letter classes, sentence bounds, masks and mention lists."""
from __future__ import annotations

import bisect
import functools
import operator
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

UPPER = "".join(c for c in map(chr, range(0x41, 0x1F00)) if c.isalpha() and c.isupper())
LOWER = "".join(c for c in map(chr, range(0x61, 0x1F00)) if c.isalpha() and c.islower())
"""Latin letters with Vietnamese marks, for regex character classes (Python's re has no \\p{Lu})."""

CAP_WORD = f"[{UPPER}][{LOWER}]+"
LOW_WORD = f"[{LOWER}]+"

_SENTENCE_END = re.compile(r"[.!?…;\n](?<!\WT[PXT]\.)(?:(?<=\n)\n*|(?<!\n)[.!?…;]*[\"”’)]*\s+)")
"""End marks with closing punctuation and the spaces after them, or line breaks; written to open on one character class
(not as two alternatives) so that the engine skips ahead to it. Not the stop of a unit's abbreviation before its name
("Ngày 8-4, TP. Thái Nguyên tổ chức …"; not "ANTT.")."""


def _fold_char(c: str) -> str:
    base = unicodedata.normalize("NFD", c)[0].lower()
    return "d" if c in "đĐ" else base if len(base) == 1 and base.isascii() else c.lower() if len(c.lower()) == 1 else c


FOLD_TABLE = {cp: _fold_char(chr(cp)) for cp in range(0x41, 0x1F00) if chr(cp).isalpha() and _fold_char(chr(cp)) != chr(cp)}


def fold_same_length(text: str) -> str:
    """Lowercase without diacritics (đ→d), one character for one, so offsets stay valid."""
    return text.translate(FOLD_TABLE)


@functools.lru_cache(maxsize=4)
def _sentence_ends(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence end mark starts (with its closing punctuation) and where the next sentence starts."""
    marks = list(_SENTENCE_END.finditer(text))
    return [m.start() + len(m.group().rstrip()) for m in marks], [m.end() for m in marks]


def sentence_bounds(text: str, start: int, end: int | None = None) -> tuple[int, int]:
    """(start, end) of the sentence around text[start:end]."""
    closes, opens = _sentence_ends(text)
    i = bisect.bisect_right(opens, start)
    left = opens[i - 1] if i else 0
    j = bisect.bisect_left(closes, start if end is None else end)
    return left, closes[j] if j < len(closes) else len(text)


def is_sentence_start(text: str, pos: int) -> bool:
    """Whether pos begins a sentence or a line (ignoring opening quotes and brackets)."""
    while pos > 0 and text[pos - 1] in " \t“\"'‘(«":  # walk back rather than copy text[:pos] (linear overall)
        pos -= 1
    return pos == 0 or text[pos - 1] in ".!?…:\n"


def starts_word(text: str, pos: int) -> bool:
    """Whether a match at pos begins a word (checked in Python: a leading lookbehind would slow every regex scan)."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] == "_")


class Mask:
    """Character ranges already claimed by another extractor; overlap tests in O(log² n).

    Claims are kept in sorted blocks of decreasing size (Bentley–Saxe): adding one merges the smaller blocks, so
    claims interleaved with checks cost O(log n) each instead of a full re-sort per check.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()):
        spans = sorted(spans)
        self._blocks = [_Block(spans)] if spans else []

    def add(self, start: int, end: int) -> None:
        spans = [(start, end)]
        while self._blocks and len(self._blocks[-1].spans) <= len(spans):
            spans = sorted(self._blocks.pop().spans + spans)  # two sorted runs: a linear merge
        self._blocks.append(_Block(spans))

    def hits(self, start: int, end: int) -> bool:
        for block in self._blocks:  # a loop, not any() over a generator: called for every candidate of every extractor
            if block.hits(start, end):
                return True
        return False


class _Block:
    """Sorted spans with the furthest end reached so far, for binary-searched overlap tests."""

    def __init__(self, spans: list[tuple[int, int]]):
        self.spans, self.starts, self.reach = spans, [s for s, _ in spans], []
        furthest = -1
        for _, span_end in spans:
            furthest = max(furthest, span_end)
            self.reach.append(furthest)

    def hits(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)  # spans [0, i) start before end; one of them must end after start
        return i > 0 and self.reach[i - 1] > start


_START = operator.itemgetter("start")


def distinct(mentions: Iterable[dict], key: Callable[[dict], object]) -> list[dict]:
    """One item per key, at its first offset, with every (start, end) in "occurrences"."""
    first: dict[object, dict] = {}
    for item in sorted(mentions, key=_START):
        k = key(item)
        if k in first:
            first[k]["occurrences"].append([item["start"], item["end"]])
        else:
            first[k] = {**item, "occurrences": [[item["start"], item["end"]]]}
    return list(first.values())


def matches_at(pattern: re.Pattern, body: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """pattern.finditer(body) where every match can only start at one of starts (ascending): the same matches,
    without trying every position in Python's regex engine (a pattern that opens with a class or a lookbehind gets no
    fast scan). The pattern must not match the empty string."""
    pos = 0
    for start in starts:
        if start >= pos and (m := pattern.match(body, start)):
            pos = m.end()
            yield m


def search_from(regex: re.Pattern, fast: re.Pattern, text: str, pos: int = 0) -> re.Match | None:
    """regex.search(text, pos), found faster for a regex the engine scans slowly (a leading lookbehind, or a first
    element that is no literal or character class, leaves it no first character to skip ahead by): fast must match at
    every position where regex matches (regex without its leading lookbehind, or a prefix of every match regex can
    make), and have such a first character; regex is tried only where fast matches. The same match object results."""
    while m := fast.search(text, pos):
        if found := regex.match(text, m.start()):
            return found
        pos = m.start() + 1
    return None


def finditer_from(regex: re.Pattern, fast: re.Pattern, text: str) -> Iterator[re.Match]:
    """regex.finditer(text), found faster (see search_from); regex must not match the empty string."""
    pos = 0
    while found := search_from(regex, fast, text, pos):
        yield found
        pos = found.end()


def without_lookbehind(regex: re.Pattern, lookbehind: str) -> re.Pattern:
    """The regex without its leading lookbehind, as the fast finder of search_from and finditer_from."""
    if not regex.pattern.startswith(lookbehind):
        raise ValueError(f"{regex.pattern[:40]!r} does not start with {lookbehind!r}")
    return re.compile(regex.pattern[len(lookbehind):], regex.flags)
