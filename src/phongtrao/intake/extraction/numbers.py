"""Vietnamese number formats: "1.080" (thousands dot), "12,5" (decimal comma), "20 triệu", "1,5 tỷ"."""
from __future__ import annotations

import functools
import re
from decimal import Decimal

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+|\.\d{1,2}(?![\d.]))?|\d+(?:[.,]\d+)?"
"""A written number: thousands groups with dots, or digits with a decimal comma (or a decimal dot); thousands groups
may end on a decimal dot typed for the comma ("7.810.4km2")."""

MULTIPLIERS = {"nghìn tỷ": 10**12, "ngàn tỷ": 10**12, "nghìn": 10**3, "ngàn": 10**3, "vạn": 10**4, "triệu": 10**6,
               "tỷ": 10**9, "tỉ": 10**9}
"""Multiplier words; "vạn" is ten thousand ("45 vạn người" = 450.000 người)."""
MULTIPLIER = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))

_NUMBER_RE = re.compile(rf"(?:{NUMBER})")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")
_THOUSANDS_DECIMAL_DOT_RE = re.compile(r"\d{1,3}(?:\.\d{3})+\.\d{1,2}")


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> int | float:
    """Value of a written number: "1.080" → 1080, "12,5" → 12.5, "6.9" → 6.9, "01" → 1."""
    s = text.strip()
    if not _NUMBER_RE.fullmatch(s):
        raise ValueError(f"not a number: {text!r}")
    if _THOUSANDS_RE.fullmatch(s):
        s = s.replace(".", "")
    elif _THOUSANDS_DECIMAL_DOT_RE.fullmatch(s):  # "7.810.4": the last dot is the decimal one
        whole, _, fraction = s.rpartition(".")
        s = whole.replace(".", "") + "." + fraction
    return _tidy(float(s.replace(",", ".")))


def scale(value: int | float, multiplier: str | None) -> int | float:
    """value × the multiplier word (None: × 1), as an int when whole; worked out in decimals, as written ("136,76 tỷ"
    is 136.760.000.000, where 136.76 × 10⁹ in binary floats is 136759999999.99998)."""
    if not multiplier:
        return value
    exact = Decimal(repr(value)) * MULTIPLIERS[multiplier.lower()]
    return int(exact) if exact == exact.to_integral_value() else _tidy(float(exact))


def _tidy(value: float) -> int | float:
    rounded = round(value, 6)
    return int(rounded) if float(rounded).is_integer() else rounded
