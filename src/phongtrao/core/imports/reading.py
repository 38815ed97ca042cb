"""Reading an uploaded CSV or XLSX into rows, safely: limits on size, rows, columns and cell text.

XLSX is parsed in a child process (`xlsx_child.py`) with memory and CPU limits: a hostile file (a cell at
XFD1048576, a zip bomb) ends that child, never the web or worker process; the reader then raises ImportFileError
with a Vietnamese message. CSV is read as a stream in the process (utf-8, utf-8 with BOM, utf-16 with BOM or cp1258).
"""
import codecs
import csv
import json
import os
import subprocess
import sys
import tempfile
from datetime import date, datetime
from itertools import chain
from pathlib import Path

from django.utils.translation import gettext as _

MAX_BYTES = 50 * 1024 * 1024
"""Largest file accepted for upload."""
MAX_ROWS = 250_000
MAX_COLUMNS = 100
MAX_CELL_CHARS = 32_767
"""Excel's own limit for the text of one cell."""
XLSX_UNZIPPED_BYTES = 512 * 1024 * 1024
XLSX_MEMORY_BYTES = 1536 * 1024 * 1024
XLSX_CPU_SECONDS = 120
XLSX_MEMBERS = 10_000
CHILD = Path(__file__).with_name("xlsx_child.py")
XLSX_MAGIC = b"PK\x03\x04"


def grouped(number: int) -> str:
    """Vietnamese digit grouping: 250000 → "250.000"."""
    return f"{number:,}".replace(",", ".")


class ImportFileError(Exception):
    """The file as a whole cannot be read (type, encoding, corruption, size, missing columns)."""


class Rows:
    """(row number, values) of the first sheet or of the CSV; `total` is the number of rows when known."""

    def __init__(self, rows, total: int):
        self.rows, self.total = rows, total

    def __iter__(self):
        return self.rows

    def __next__(self):
        return next(self.rows)

    def close(self):
        self.rows.close()


def read_rows(path: Path) -> Rows:
    with Path(path).open("rb") as stream:
        magic = stream.read(4)
    if magic == XLSX_MAGIC:
        return _xlsx_rows(Path(path))
    return _csv_rows(Path(path))


# CSV


def _csv_rows(path: Path) -> Rows:
    encoding = _csv_encoding(path)
    with path.open("rb") as stream:
        lines = sum(chunk.count(b"\n") for chunk in iter(lambda: stream.read(1 << 20), b""))
    return Rows(_csv_values(path, encoding), lines)


def _csv_encoding(path: Path) -> str:
    """utf-8-sig or utf-16 from a BOM; else utf-8 if the whole file decodes, else cp1258 (Vietnamese Windows)."""
    with path.open("rb") as stream:
        head = stream.read(8192)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if b"\x00" in head:
        raise ImportFileError(_("Không đọc được tệp CSV: cần CSV mã hóa UTF-8 (hoặc UTF-16 có BOM), hoặc tệp Excel "
                                ".xlsx."))
    for encoding in ("utf-8", "cp1258"):
        if _decodes(path, encoding):
            return encoding
    raise ImportFileError(_("Không đọc được tệp CSV: mã hóa không nhận ra; hãy lưu lại thành CSV UTF-8."))


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _csv_values(path: Path, encoding: str):
    number = 0
    try:
        with path.open(encoding=encoding, newline="") as stream:
            first = stream.readline()
            delimiter = max((",", ";", "\t"), key=first.count)
            for number, values in enumerate(csv.reader(chain([first], stream), delimiter=delimiter), start=1):
                _check_row(number, values)
                yield number, values
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("Không đọc được tệp CSV: mã hóa không nhận ra; hãy lưu lại thành CSV UTF-8.")) from exc
    except csv.Error as exc:
        raise ImportFileError(_("Không đọc được tệp CSV sau dòng %(row)d: dấu ngoặc kép không khớp, ô quá dài hoặc có "
                                "ký tự lạ.") % {"row": number}) from exc


def _check_row(number: int, values: list) -> None:
    if number > MAX_ROWS:
        raise ImportFileError(_("Tệp có hơn %(max)s dòng: hãy chia thành nhiều tệp.") % {"max": grouped(MAX_ROWS)})
    if len(values) > MAX_COLUMNS:
        raise ImportFileError(_("Dòng %(row)d có %(n)d cột, nhiều hơn giới hạn %(max)d cột.") % {
            "row": number, "n": len(values), "max": MAX_COLUMNS})
    if values and max(map(len, values)) > MAX_CELL_CHARS:
        raise ImportFileError(_("Dòng %(row)d có ô dài hơn %(max)s ký tự.") % {
            "row": number, "max": grouped(MAX_CELL_CHARS)})


# XLSX


def _xlsx_rows(path: Path) -> Rows:
    limits = {"rows": MAX_ROWS, "columns": MAX_COLUMNS, "cell_chars": MAX_CELL_CHARS, "members": XLSX_MEMBERS,
              "unzipped_bytes": XLSX_UNZIPPED_BYTES, "memory_bytes": XLSX_MEMORY_BYTES,
              "cpu_seconds": XLSX_CPU_SECONDS}
    env = {key: value for key, value in os.environ.items() if key in ("PATH", "LANG", "LC_ALL", "TMPDIR")}
    errors = tempfile.TemporaryFile()
    child = subprocess.Popen([sys.executable, "-I", str(CHILD), str(path), json.dumps(limits)], env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=errors)
    try:
        first = _message(child)
        if not isinstance(first, dict) or "rows" not in first:
            raise ImportFileError(_xlsx_refusal(first if isinstance(first, dict) else {"error": "died"}, child))
    except BaseException:
        _end(child, errors)
        raise
    return Rows(_xlsx_values(child, errors), first["rows"])


def _xlsx_values(child, errors):
    try:
        number = 0
        while True:
            message = _message(child)
            if isinstance(message, list):
                for values in message:
                    number += 1
                    yield number, values
            elif message.get("end"):
                return
            else:
                raise ImportFileError(_xlsx_refusal(message, child))
    finally:
        _end(child, errors)


def _message(child):
    line = child.stdout.readline()
    try:
        message = json.loads(line, object_hook=_dates) if line else None
    except ValueError:  # not what the child writes: treat it as dead
        message = None
    return message if isinstance(message, (list, dict)) else {"error": "died"}


def _dates(obj: dict):
    if "$d" in obj:
        return date.fromisoformat(obj["$d"])
    if "$dt" in obj:
        return datetime.fromisoformat(obj["$dt"])
    return obj


def _end(child, errors) -> None:
    if child.poll() is None:
        child.kill()
    child.wait()
    child.stdout.close()
    errors.close()


def _xlsx_refusal(message: dict, child) -> str:
    """The Vietnamese message for what the child refused (or for the child's death)."""
    code = message.get("error")
    if code == "dimension":
        if message.get("declared"):
            return _("Bảng tính khai báo vùng dữ liệu %(ref)s, vượt giới hạn %(rows)s dòng × %(columns)d cột: hãy "
                     "chép dữ liệu sang một bảng tính mới rồi lưu lại.") % {
                "ref": message["ref"], "rows": grouped(MAX_ROWS), "columns": MAX_COLUMNS}
        return _("Bảng tính có ô ở %(ref)s, vượt giới hạn %(rows)s dòng × %(columns)d cột: hãy xóa các ô thừa ở xa "
                 "hoặc chia thành nhiều tệp.") % {"ref": message["ref"], "rows": grouped(MAX_ROWS), "columns": MAX_COLUMNS}
    if code == "too_large":
        return _("Tệp Excel khi giải nén lớn hơn %(mb)d MB: hãy chia thành nhiều tệp.") % {
            "mb": XLSX_UNZIPPED_BYTES // 2**20}
    if code == "cell_text":
        return _("Ô %(column)s%(row)d dài hơn %(max)s ký tự.") % {
            "column": message["column"], "row": message["row"], "max": grouped(MAX_CELL_CHARS)}
    if code in ("memory", "died"):
        child.wait()
        return _("Tệp Excel quá lớn hoặc có cấu trúc bất thường: không đọc được trong giới hạn bộ nhớ và thời gian "
                 "cho phép. Hãy lưu lại thành tệp mới hoặc chia nhỏ.")
    return _("Tệp Excel bị hỏng hoặc không phải định dạng .xlsx.")
