"""Typed import cells: a spreadsheet or CSV value → a Python value, or a CellError saying what to fix (Vietnamese).

A column declares its cell (`Text`, `Integer`, `Number`, `Date`, `Month`, `Choice`, `Lookup`); `cell.bind(spec)` gives the
function that reads the column's values during one import (lookups are loaded there, once per import).
"""
import math
import re
import unicodedata
from datetime import date, datetime
from typing import Any, Callable

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..export import FORMULA_STARTS
from ..text import fold

INT_MAX = 2_147_483_647
"""The largest integer every supported database column takes (PostgreSQL `integer`)."""


class CellError(Exception):
    """One value is wrong; the message names what to fix."""


def cell_text(value) -> str:
    """A cell as trimmed NFC text; Excel's 25.0 reads as "25"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    text = str(value).strip()
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


def header_key(value) -> str:
    """A header reduced to folded words: "Tỉnh/thành phố (*)" → "tinh thanh pho"."""
    return re.sub(r"[^0-9a-z]+", " ", fold(str(value or ""))).strip()


class Cell:
    """How one column's values are read. Subclasses define `parse(value)`; empty cells give `empty`."""

    memo = False
    """Parse each distinct value once per import (for values that repeat over rows: names, dates, statuses)."""
    kind = gettext_lazy("Văn bản")
    """What the explanation sheet of the template says about the column's values."""

    def __init__(self, *, required: bool = False):
        self.required = required

    def bind(self, spec) -> Callable[[Any], Any]:
        """The function reading this column during the import run by `spec`."""
        parse = self.reader(spec)
        return _memoized(parse) if self.memo else parse

    def reader(self, spec) -> Callable[[Any], Any]:
        return self.parse

    def parse(self, value):
        raise NotImplementedError

    def empty(self):
        if self.required:
            raise CellError(_("Không được để trống."))


class Text(Cell):
    def __init__(self, max_length: int | None = None, **options):
        super().__init__(**options)
        self.max_length = max_length

    def parse(self, value) -> str:
        text = value.strip() if value.__class__ is str and value.isascii() else cell_text(value)
        if text[:1] == "'" and text[1:2] and text[1] in FORMULA_STARTS:  # an export's guard against formulas
            text = text[1:]
        if not text:
            self.empty()
        elif self.max_length and len(text) > self.max_length:
            raise CellError(_("Dài quá %(max)d ký tự.") % {"max": self.max_length})
        return text


def _number(text: str) -> float:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        raise CellError(_("“%(value)s” không phải là số.") % {"value": text}) from None
    if not math.isfinite(number):
        raise CellError(_("“%(value)s” không phải là số.") % {"value": text})
    return number


class Number(Cell):
    """A decimal number (dot or comma) between `low` and `high`; `out_of_range` may explain what is wrong."""

    kind = gettext_lazy("Số thập phân")

    def __init__(self, low: float, high: float, *, out_of_range: str | None = None, **options):
        super().__init__(**options)
        self.low, self.high, self.out_of_range = low, high, out_of_range

    def parse(self, value) -> float | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            text = cell_text(value)
            if not text:
                return self.empty()
            value = _number(text)
        elif not math.isfinite(value):
            raise CellError(_("“%(value)s” không phải là số.") % {"value": value})
        number = float(value)
        if not self.low <= number <= self.high:
            message = self.out_of_range or _("%(value)g nằm ngoài khoảng %(low)g đến %(high)g.")
            raise CellError(message % {"value": number, "low": self.low, "high": self.high})
        return number


class Integer(Cell):
    kind = gettext_lazy("Số nguyên")
    memo = True

    def __init__(self, *, min_value: int = 0, max_value: int = INT_MAX, **options):
        super().__init__(**options)
        self.min_value, self.max_value = min_value, max_value

    def parse(self, value) -> int | None:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            text = cell_text(value)
            if not text:
                return self.empty()
            value = _number(text)
        if not (isinstance(value, int) or (math.isfinite(value) and value.is_integer())) or not (
                self.min_value <= value <= self.max_value):
            if self.min_value == 0:
                raise CellError(_("Cần một số nguyên không âm (tối đa %(max)s).") % {"max": self.max_value})
            raise CellError(_("Cần một số nguyên từ %(min)s đến %(max)s.") % {
                "min": self.min_value, "max": self.max_value})
        return int(value)


DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


class Date(Cell):
    """An Excel date cell, or text as dd/mm/yyyy (also with "." or "-") or yyyy-mm-dd; `past` refuses later days."""

    kind = gettext_lazy("Ngày dd/mm/yyyy")
    memo = True

    def __init__(self, *, past: bool = False, **options):
        super().__init__(**options)
        self.past = past

    def parse(self, value) -> date | None:
        if isinstance(value, datetime):
            value = value.date()
        if not isinstance(value, date):
            text = cell_text(value)
            if not text:
                return self.empty()
            value = self.from_text(text)
        if self.past and value > date.today():
            raise CellError(_("Ngày %(value)s ở tương lai.") % {"value": value.strftime("%d/%m/%Y")})
        return value

    @staticmethod
    def from_text(text: str) -> date:
        if found := DAY_FIRST.fullmatch(text):
            day, month, year = map(int, found.groups())
        elif found := YEAR_FIRST.fullmatch(text):
            year, month, day = map(int, found.groups())
        else:
            raise CellError(_("Ngày “%(value)s” không đúng dạng dd/mm/yyyy hoặc yyyy-mm-dd.") % {"value": text})
        try:
            return date(year, month, day)
        except ValueError:
            raise CellError(_("Ngày “%(value)s” không tồn tại: tháng %(month)d năm %(year)d không có ngày %(day)d.")
                            % {"value": text, "day": day, "month": month, "year": year}
                            if 1 <= month <= 12 else
                            _("Ngày “%(value)s” không tồn tại: không có tháng %(month)d.")
                            % {"value": text, "month": month}) from None


MONTH_FIRST = re.compile(r"(\d{1,2})[/.-](\d{4})")
MONTH_YEAR_FIRST = re.compile(r"(\d{4})-(\d{1,2})")


class Month(Date):
    """A month: mm/yyyy, yyyy-mm, or any day of it (an Excel date or text): its first day; `past` refuses months to come."""

    kind = gettext_lazy("Tháng mm/yyyy")

    def __init__(self, *, past: bool = True, **options):
        super().__init__(**options)
        self.past_month = past

    def parse(self, value) -> date | None:
        value = super().parse(value)
        if value is None:
            return None
        value = value.replace(day=1)
        if self.past_month and value > date.today().replace(day=1):
            raise CellError(_("Tháng %(value)s chưa đến.") % {"value": value.strftime("%m/%Y")})
        return value

    @staticmethod
    def from_text(text: str) -> date:
        if found := MONTH_FIRST.fullmatch(text):
            month, year = map(int, found.groups())
        elif found := MONTH_YEAR_FIRST.fullmatch(text):
            year, month = map(int, found.groups())
        elif DAY_FIRST.fullmatch(text) or YEAR_FIRST.fullmatch(text):
            return Date.from_text(text)
        else:
            raise CellError(_("Tháng “%(value)s” không đúng dạng mm/yyyy.") % {"value": text})
        if not 1 <= month <= 12 or year < 1900:
            raise CellError(_("Tháng “%(value)s” không tồn tại.") % {"value": text})
        return date(year, month, 1)


YES_NO = ((True, gettext_lazy("Có")), (False, gettext_lazy("Không")))
"""The choices of a yes/no column (`Choice(YES_NO)`)."""


class Choice(Cell):
    """One of `choices` ((value, label) pairs), by its label (Vietnamese or the page's language) or its code."""

    kind = gettext_lazy("Một trong các giá trị cho sẵn")
    memo = True

    def __init__(self, choices, *, default=None, **options):
        super().__init__(**options)
        self.choices, self.default = choices, default

    def reader(self, spec):
        index = {}
        for language in ("vi", translation.get_language() or "vi"):
            with translation.override(language):
                index.update((fold(str(label)), code) for code, label in self.choices)
        index.update((fold(str(code)), code) for code, _label in self.choices)
        labels = ", ".join(str(label) for _code, label in self.choices)

        def parse(value):
            text = cell_text(value)
            if not text:
                return self.default if self.default is not None else self.empty()
            if (code := index.get(fold(text))) is None:
                raise CellError(_("“%(value)s” không hợp lệ; dùng một trong: %(choices)s.") % {
                    "value": text, "choices": labels})
            return code

        return parse


class Lookup(Cell):
    """A reference found by its folded name or code in `load(spec)` (a dict loaded once per import).

    `create(spec, text)` may accept an unknown name (and returns what stands for it); `missing` is the message
    otherwise, with `%(value)s`.
    """

    kind = gettext_lazy("Tên hoặc mã đã có trong hệ thống")
    memo = True

    def __init__(self, load: Callable, *, missing: str, create: Callable | None = None, **options):
        super().__init__(**options)
        self.load, self.missing, self.create = load, missing, create

    def reader(self, spec):
        index = self.load(spec)

        def parse(value):
            text = cell_text(value)
            if not text:
                return self.empty()
            if (found := index.get(fold(text))) is not None:
                return found
            if self.create is not None and (made := self.create(spec, text)) is not None:
                return made
            raise CellError(str(self.missing) % {"value": text})

        return parse


def _memoized(parse):
    """`parse` run once per distinct value: types, organisations, statuses and dates repeat on most rows."""
    memo: dict = {}

    def parse_once(value):
        key = (value.__class__, value)  # True, 1 and 1.0 are equal keys but not the same cell
        try:
            result, error = memo[key]
        except KeyError:
            try:
                result, error = memo[key] = (parse(value), None)
            except CellError as exc:
                result, error = memo[key] = (None, str(exc))
        if error is not None:
            raise CellError(error)
        return result

    return parse_once
