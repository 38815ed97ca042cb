"""The import file format: columns and their Vietnamese headers, reading CSV/XLSX rows, parsing cell values."""
import csv
import re
from datetime import date, datetime
from itertools import chain, islice
from pathlib import Path
from typing import NamedTuple

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from python_calamine import CalamineError, CalamineWorkbook

from phongtrao.core.text import fold


class Column(NamedTuple):
    key: str
    header: str
    help: str
    example: str
    aliases: tuple[str, ...] = ()


COLUMNS = (
    Column("name", "Tên điểm", gettext_lazy("Bắt buộc. Tên điểm mô hình, tối đa 200 ký tự."),
           "Nhà trọ tự quản tổ dân phố 5"),
    Column("model_type", "Mô hình", gettext_lazy("Bắt buộc. Tên mô hình hoặc tên gọi khác đã có trong hệ thống."),
           "Nhà trọ tự quản", ("ten mo hinh", "loai mo hinh")),
    Column("commune_code", "Mã xã", gettext_lazy("Mã thống kê của xã, phường, đặc khu hiện hành (5 chữ số). "
                                                 "Có mã thì không cần tên xã và tỉnh."),
           "", ("ma xa phuong", "ma don vi", "ma xa phuong dac khu")),
    Column("commune", "Xã/phường", gettext_lazy("Tên xã, phường, đặc khu (dùng khi không có mã). Nhận cả tên cũ "
                                                "trước 1/7/2025, có dấu hoặc không dấu."),
           "Phường Bến Nghé", ("xa", "phuong", "xa phuong dac khu", "xa phuong thi tran")),
    Column("province", "Tỉnh/thành phố", gettext_lazy("Tỉnh, thành phố của xã (tên mới hoặc cũ), để tìm đúng xã."),
           "Hồ Chí Minh", ("tinh", "tinh thanh", "tinh thanh pho")),
    Column("address", "Địa chỉ", gettext_lazy("Địa chỉ như đang ghi, được giữ nguyên (có thể theo đơn vị cũ)."),
           "12 Lê Lợi, Phường Bến Nghé, Quận 1"),
    Column("village", "Thôn/tổ dân phố", gettext_lazy("Thôn, ấp, bản, tổ dân phố."), "Tổ dân phố 5",
           ("thon", "to dan pho", "thon ap ban to dan pho")),
    Column("lat", "Vĩ độ", gettext_lazy("Số thập phân, ví dụ 10,7769 hoặc 10.7769."), "10.7769", ("lat",)),
    Column("lon", "Kinh độ", gettext_lazy("Số thập phân, ví dụ 106,7009 hoặc 106.7009."), "106.7009", ("lon", "lng")),
    Column("started_on", "Ngày thành lập", gettext_lazy("dd/mm/yyyy hoặc yyyy-mm-dd."), "15/03/2019"),
    Column("members_count", "Số thành viên", gettext_lazy("Số nguyên không âm."), "25"),
    Column("leading_org", "Tổ chức chủ trì", gettext_lazy("Tên hoặc mã tổ chức, ví dụ “Công an”, “police”."),
           "Công an"),
    Column("status", "Trạng thái", gettext_lazy("Tên hoặc mã trạng thái; để trống là “Đang hoạt động”."),
           "Đang hoạt động"),
    Column("notes", "Ghi chú", gettext_lazy("Tùy ý."), ""),
)
HEADERS = {c.key: c.header for c in COLUMNS}
MAX_LENGTHS = {"name": 200, "address": 255, "village": 120}
LAT_RANGE, LON_RANGE = (6.0, 24.0), (102.0, 118.0)
"""Vietnam with its islands: a coordinate outside is usually swapped or mistyped."""
DATE_FORMATS = ("%d/%m/%Y", "%Y-%m-%d")
HEADER_SEARCH = 10
SUFFIXES = (".csv", ".xlsx")
MAX_BYTES = 50 * 1024 * 1024


class ImportFileError(Exception):
    """The file as a whole cannot be read (type, encoding, corruption, missing columns)."""


class CellError(Exception):
    """One value is wrong; the message names what to fix."""


# Reading


def header_key(value) -> str:
    """A header reduced to folded words: "Tỉnh/thành phố (*)" → "tinh thanh pho"."""
    return re.sub(r"[^0-9a-z]+", " ", fold(str(value or ""))).strip()


HEADER_KEYS = {header_key(alias): c.key for c in COLUMNS for alias in (c.header, *c.aliases)}


def read_rows(path: Path):
    """(row number, values) of the first sheet or of the CSV, and the number of lines if known."""
    with path.open("rb") as stream:
        magic = stream.read(4)
    if magic == b"PK\x03\x04":
        return _xlsx_rows(path)
    return _csv_rows(path), _count_lines(path)


def _xlsx_rows(path: Path):
    # openpyxl's read-only mode needs ~40 s for 124,000 rows here; calamine (Rust) reads them in ~3 s.
    try:
        sheet = CalamineWorkbook.from_path(str(path)).get_sheet_by_index(0)
    except CalamineError as exc:
        raise ImportFileError(_("Tệp Excel bị hỏng hoặc không phải định dạng .xlsx.")) from exc
    return enumerate(sheet.iter_rows(), start=1), sheet.height


def _csv_rows(path: Path):
    try:
        with path.open(encoding="utf-8-sig", newline="") as stream:
            first = stream.readline()
            delimiter = ";" if first.count(";") > first.count(",") else ","
            yield from enumerate(csv.reader(chain([first], stream), delimiter=delimiter), start=1)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ImportFileError(_("Không đọc được tệp CSV: cần CSV mã hóa UTF-8, hoặc tệp Excel .xlsx.")) from exc


def _count_lines(path: Path) -> int:
    with path.open("rb") as stream:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))


def find_header(rows) -> dict[str, tuple[int, str]]:
    """key → (column index, header as written), from the first of the top rows naming the required columns."""
    best: dict = {}
    for _number, values in islice(rows, HEADER_SEARCH):
        found = {}
        for index, value in enumerate(values):
            key = HEADER_KEYS.get(header_key(value))
            if key and key not in found:
                found[key] = (index, cell_text(value))
        if not _missing(found):
            return found
        best = max(best, found, key=len)
    raise ImportFileError(_("Thiếu cột bắt buộc: %(columns)s. Hãy dùng tệp mẫu.") % {"columns": ", ".join(_missing(best))})


def _missing(found: dict) -> list[str]:
    missing = [HEADERS[k] for k in ("name", "model_type") if k not in found]
    if "commune_code" not in found and "commune" not in found:
        missing.append(_("%(code)s hoặc %(name)s") % {"code": HEADERS["commune_code"], "name": HEADERS["commune"]})
    return missing


# Cell values


def cell_text(value) -> str:
    """A cell as trimmed text; Excel's 25.0 reads as "25"."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def limited(value, key: str, *, required: bool = False) -> str:
    found = cell_text(value)
    if required and not found:
        raise CellError(_("Không được để trống."))
    if len(found) > MAX_LENGTHS[key]:
        raise CellError(_("Dài quá %(max)d ký tự.") % {"max": MAX_LENGTHS[key]})
    return found


def _number(value) -> float | None:
    if isinstance(value, (int, float)):
        return float(value)
    found = cell_text(value).replace(",", ".")
    if not found:
        return None
    try:
        return float(found)
    except ValueError:
        raise CellError(_("“%(value)s” không phải là số.") % {"value": found}) from None


def coordinate(value, bounds: tuple[float, float]) -> float | None:
    number = _number(value)
    if number is not None and not bounds[0] <= number <= bounds[1]:
        raise CellError(_("%(value)s nằm ngoài lãnh thổ Việt Nam (%(low)g đến %(high)g): vĩ độ và kinh độ có bị đảo "
                          "không?") % {"value": number, "low": bounds[0], "high": bounds[1]})
    return number


def count(value) -> int | None:
    number = _number(value)
    if number is not None and (number < 0 or not number.is_integer()):
        raise CellError(_("Cần một số nguyên không âm."))
    return None if number is None else int(number)


def parse_date(value) -> date | None:
    """A date cell, or text as dd/mm/yyyy or yyyy-mm-dd; not in the future."""
    if isinstance(value, datetime):
        value = value.date()
    if not isinstance(value, date):
        value = _date_from_text(cell_text(value))
    if value and value > date.today():
        raise CellError(_("Ngày thành lập ở tương lai."))
    return value


def _date_from_text(found: str) -> date | None:
    if not found:
        return None
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(found, fmt).date()
        except ValueError:
            continue
    raise CellError(_("Ngày “%(value)s” không đúng dạng dd/mm/yyyy hoặc yyyy-mm-dd.") % {"value": found})
