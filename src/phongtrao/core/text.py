"""Vietnamese text: normalisation shared by search, lookups and extraction, and the alphabetical order (no Django import)."""
import functools
import unicodedata


def _fold_table() -> dict[int, str | None]:
    """Every precomposed Latin letter → its lowercase base letter; combining marks dropped; đ → d."""
    table: dict[int, str | None] = {ord("đ"): "d", ord("Đ"): "d"}
    for cp in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(cp))
        if len(base) > 1 and base[0].isascii() and all(unicodedata.combining(c) for c in base[1:]):
            table[cp] = base[0].lower()
    table.update({cp: None for cp in range(0x300, 0x370)})
    return table


FOLD = _fold_table()


def fold(text: str) -> str:
    """NFC, lowercase, no diacritics (đ → d), single spaces: " Hồ Chí  Minh" → "ho chi minh"."""
    return " ".join(unicodedata.normalize("NFC", text).lower().translate(FOLD).split())


VIETNAMESE_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
"""Latin letters in Vietnamese order (ă, â after a; đ after d; ê after e; ô, ơ after o; ư after u)."""
_LETTER = {letter: 0x200 + i for i, letter in enumerate(VIETNAMESE_ALPHABET)}
_LETTER_MARKS = frozenset("\u0306\u0302\u031b")  # breve, circumflex, horn: part of the letter (ă, â, ê, ô, ơ, ư)
_TONES = "\u0300\u0309\u0303\u0301\u0323"  # huyền, hỏi, ngã, sắc, nặng: CLDR's Vietnamese order
_PUNCTUATION = "_-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$"  # Unicode's root order of ASCII punctuation


def _weights(char: str) -> tuple[str, str, str]:
    """One character's (primary, secondary, tertiary) weights as one-character strings."""
    base, *marks = unicodedata.normalize("NFD", char)
    letter = unicodedata.normalize("NFC", base.lower() + "".join(m for m in marks if m in _LETTER_MARKS))
    if letter in _LETTER:
        primary = _LETTER[letter]
    elif "0" <= base <= "9":
        primary = 0x100 + ord(base) - ord("0")
    elif base.isspace():
        primary = 1
    elif base in _PUNCTUATION:
        primary = 2 + _PUNCTUATION.index(base)
    elif base.isalnum():
        primary = min(0x300 + ord(letter[0]), 0x10FFFF)  # other letters and digits: after Latin, by code point
    else:
        primary = 0x80  # other symbols: after ASCII punctuation
    tone = next((1 + _TONES.index(m) for m in marks if m in _TONES), 0)
    other_marks = sum(1 for m in marks if m not in _TONES and m not in _LETTER_MARKS)
    return chr(primary), chr(1 + tone + 6 * other_marks), chr(1 + (base != base.lower()))


class _Weights(dict):
    """Code point → one level's weight, computed on first sight: `str.translate` then runs at C speed."""

    def __init__(self, level: int):
        super().__init__()
        self.level = level

    def __missing__(self, code_point: int) -> str:
        weight = self[code_point] = _weights(chr(code_point))[self.level]
        return weight


_LEVELS = (_Weights(0), _Weights(1), _Weights(2))
_SPACE = "\1"
"""A space's weight at every level (see `_weights`): keys are built word by word, the words' weights cached."""


@functools.lru_cache(maxsize=1 << 14)
def _word_weights(word: str) -> tuple[str, str, str]:
    return tuple(word.translate(level) for level in _LEVELS)


def sort_key(text: str) -> str:
    """Vietnamese alphabetical order, as PostgreSQL's ICU collation "vi-VN-x-icu" sorts Vietnamese text.

    Compared as in Unicode collation, level by level: the letters first (Đ after D, "Hà Nội" < "Hà Tĩnh" <
    "Hải Phòng" < "Hồ Chí Minh" < "Huế" < "Hưng Yên"; a space before any letter, digits before letters), then the
    tones (none, huyền, hỏi, ngã, sắc, nặng), then lowercase before uppercase; equal keys only for equal text.
    Used by `sorted(..., key=sort_key)` and, through `compare`, as SQLite's collation of that name.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    words = [_word_weights(word) for word in text.split(" ")]
    return "\0".join((*(_SPACE.join(word[level] for word in words) for level in range(3)), text))


@functools.lru_cache(maxsize=1 << 16)
def _cached_key(text: str) -> str:
    return sort_key(text)


def compare(a: str, b: str) -> int:
    """-1, 0 or 1 as `a` sorts before, with or after `b` in Vietnamese order: SQLite's collation callback, called
    for every comparison of a sort, hence the keys of the last 65,536 texts are kept."""
    key_a, key_b = _cached_key(a), _cached_key(b)
    if key_a == key_b:
        return (a > b) - (a < b)  # one text in two Unicode forms (NFC, NFD)
    return -1 if key_a < key_b else 1
