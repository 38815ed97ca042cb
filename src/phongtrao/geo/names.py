"""Normalisation of Vietnamese place names: folding, tone placement, level words, keys and aliases."""
import re
import unicodedata

from phongtrao.core.text import FOLD, fold  # noqa: F401  (fold is part of this module's interface)

TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng
_TONE_MOVES = {
    unicodedata.normalize("NFC", first + tone) + second: first + unicodedata.normalize("NFC", second + tone)
    for tone in TONES
    for first, second in (("o", "a"), ("o", "e"), ("u", "y"))
}
"""Old tone placement → new, in open syllables: "òa" → "oà", "ủy" → "uỷ"."""
_OLD_TONE = re.compile(f"(?:{'|'.join(_TONE_MOVES)})(?![^\\W\\d_])")
_WORD = re.compile(r"[^\W_]+")
_GLUED = ("tp", "tx", "tt")


KINDS = {
    "Tỉnh": ("tinh", "t"),
    "Thành phố": ("thanh pho", "tp", "thu do"),
    "Quận": ("quan", "q"),
    "Huyện": ("huyen", "h"),
    "Thị xã": ("thi xa", "tx"),
    "Xã": ("xa", "x"),
    "Phường": ("phuong", "p"),
    "Thị trấn": ("thi tran", "tt"),
    "Đặc khu": ("dac khu", "dk"),
}
"""Level word → the folded ways it is written before a name, full form first."""

KIND_LEVELS = {
    "Tỉnh": ("province",), "Thành phố": ("province", "district"),
    "Quận": ("district",), "Huyện": ("district",), "Thị xã": ("district",),
    "Xã": ("commune",), "Phường": ("commune",), "Thị trấn": ("commune",), "Đặc khu": ("commune",),
}
"""Levels a level word can stand for: a unit of that level but another kind is still a candidate (Bến Cát went
from thị xã to thành phố in 2024; people keep the old word)."""

PREFIXES: dict[str, str] = {p: kind for kind, forms in KINDS.items() for p in forms}
SPLIT_WORDS = frozenset(p for p in PREFIXES if len(p) > 1 and p != "xa")
"""Level words that start a new part in a comma-less address ("Phường 5 Quận 10"); 'xa' is also a name (Xá)."""

ALIASES: dict[str, tuple[str, ...]] = {
    "79": ("hcm", "hcmc", "sai gon", "ho chi minh city"),
    "01": ("hn",),
    "46": ("thua thien hue", "tt hue"),
    "66": ("daklak", "dac lac"),
    "legacy:77": ("brvt", "br vt", "ba ria vung tau"),
    "legacy:66": ("daklak", "dac lac"),
    "legacy:67": ("daknong", "dac nong"),
    "legacy:46": ("thua thien hue", "tt hue"),
}
"""Hand-written aliases (folded keys) of provinces; 'legacy:' marks a legacy code."""


def canonical(text: str) -> str:
    """Lowercase NFC with one tone placement: "Hòa", "Hoà" → "hoà"; "Thủy", "Thuỷ" → "thuỷ"."""
    return _OLD_TONE.sub(lambda m: _TONE_MOVES[m[0]], unicodedata.normalize("NFC", text).lower())


def _unglue(word: str) -> list[str]:
    """Split abbreviations written without a space ("tphcm", "q11", "p05") and drop leading zeros ("05" → "5")."""
    if word[0] not in "tpq0123456789":
        return [word]
    if word.isdigit():
        return [str(int(word))]
    if word[:2] in _GLUED and len(word) > 3 and word[2:].isalpha():
        return [word[:2], word[2:]]
    if word[0] in "qp" and word[1:].isdigit():
        return [word[0], str(int(word[1:]))]
    return [word]


def tokens(text: str) -> tuple[list[str], list[str]]:
    """Aligned word lists (with diacritics, folded), punctuation dropped, glued abbreviations split: "TP.HCM", "Q11"."""
    exact = [part for word in _WORD.findall(canonical(text)) for part in _unglue(word)]
    joined = " ".join(exact).replace("đ", "d")
    folded = unicodedata.normalize("NFD", joined).encode("ascii", "ignore").decode().split()
    return exact, folded if len(folded) == len(exact) else joined.translate(FOLD).split()


def key(text: str) -> str:
    """Folded lookup key: "P. Bến Thành" → "p ben thanh", "Bà Rịa - Vũng Tàu" → "ba ria vung tau"."""
    return " ".join(tokens(text)[1])


def split_prefix(folded: list[str]) -> tuple[str | None, int]:
    """The level word the words start with, and how many words it takes: ["thi", "xa", ...] → ("Thị xã", 2)."""
    if len(folded) > 2 and f"{folded[0]} {folded[1]}" in PREFIXES:
        return PREFIXES[f"{folded[0]} {folded[1]}"], 2
    if len(folded) > 1 and folded[0] in PREFIXES:
        return PREFIXES[folded[0]], 1
    return None, 0


def split_parts(folded: list[str]) -> list[tuple[int, int]]:
    """Word spans of a comma-less address, cut before each level word: "phuong 5 quan 10" → [(0, 2), (2, 4)]."""
    starts = [0] + [
        i for i in range(1, len(folded))
        if folded[i] in SPLIT_WORDS or " ".join(folded[i:i + 2]) in SPLIT_WORDS
    ]
    return list(zip(starts, [*starts[1:], len(folded)], strict=True))


def written_forms(kind: str, name_key: str) -> list[str]:
    """Keys of a unit written with its level word: ("Phường", "ben thanh") → ["phuong ben thanh", "p ben thanh"]."""
    return [f"{prefix} {name_key}" for prefix in KINDS[kind] if prefix != "thu do" or name_key == "ha noi"]
