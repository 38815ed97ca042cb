"""Reads the first sheet of an XLSX in a child process, under memory and CPU limits, and prints its rows as JSON.

Run as a script (`python -I xlsx_child.py PATH LIMITS_JSON`); it imports no Django and nothing of phongtrao, so a
hostile file can at worst end this process, never the web or worker process that started it (`reading.py`).
Before the spreadsheet library allocates anything, the package is checked: decompressed sizes (read, not
trusted from the zip headers), the sheet's declared <dimension> and every row and cell reference in it.

Output, one JSON document per line: {"rows": height}, then lists of rows, then {"end": true}; or {"error": code, …}.
Dates are {"$d": "yyyy-mm-dd"} (or "$dt" for a date and time).
"""
import json
import posixpath
import re
import resource
import sys
import zipfile
from datetime import date, datetime
from xml.etree import ElementTree

CHUNK = 1 << 20
BATCH = 1000
REF = re.compile(rb'\sr\s*=\s*["\']([A-Z]*)([0-9]+)["\']')
DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref\s*=\s*["\']([A-Z0-9:$]+)["\']')
CELL = re.compile(r"\$?([A-Z]{1,4})\$?([0-9]{1,8})")
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
OFFICE_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
SMALL_PART = 10 * 1024 * 1024


class Refused(Exception):
    """The file breaks a limit; `details` go out with the error code."""

    def __init__(self, code: str, **details):
        super().__init__(code)
        self.code, self.details = code, details


def column_number(letters: str | bytes) -> int:
    """"A" → 1, "XFD" → 16384."""
    number = 0
    for char in letters.decode() if isinstance(letters, bytes) else letters:
        number = number * 26 + ord(char) - 64
    return number


def first_sheet(package: zipfile.ZipFile) -> str:
    """The part name of the workbook's first sheet (the one the spreadsheet library reads as index 0)."""
    workbook = ElementTree.fromstring(read_small(package, "xl/workbook.xml"))
    sheet = workbook.find(f"{MAIN}sheets/{MAIN}sheet")
    if sheet is None:
        raise Refused("corrupt")
    rels = ElementTree.fromstring(read_small(package, "xl/_rels/workbook.xml.rels"))
    for rel in rels.iter(f"{RELS}Relationship"):
        if rel.get("Id") == sheet.get(OFFICE_REL):
            target = rel.get("Target", "")
            return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
    raise Refused("corrupt")


def read_small(package: zipfile.ZipFile, name: str) -> bytes:
    with package.open(name) as stream:
        data = stream.read(SMALL_PART + 1)
    if len(data) > SMALL_PART:
        raise Refused("too_large")
    return data


def check_package(path: str, limits: dict) -> None:
    """Refuse the file before it is parsed: decompressed size, declared dimension, row and cell references."""
    with zipfile.ZipFile(path) as package:
        infos = package.infolist()
        if len(infos) > limits["members"]:
            raise Refused("corrupt")
        sheets = {first_sheet(package)}
        sheets.update(name for name in package.namelist() if name.startswith("xl/worksheets/"))
        budget = limits["unzipped_bytes"]
        for info in infos:  # every part is decompressed and counted: zip headers may lie about sizes
            if info.filename in sheets:
                budget -= scan_sheet(package, info, limits, budget)
            else:
                with package.open(info) as stream:
                    while chunk := stream.read(CHUNK):
                        budget -= len(chunk)
                        if budget < 0:
                            raise Refused("too_large")


def far_refs(limits: dict) -> re.Pattern:
    """Row and cell references (r="…") that may lie beyond the limits: a superset, checked exactly afterwards.

    In a normal sheet almost none match, so the scan stays at the regex engine's speed.
    """
    rows, letters = str(limits["rows"]), letters_of(limits["columns"])
    far_row = f"[0-9]{{{len(rows) + 1},}}|[{rows[0]}-9][0-9]{{{len(rows) - 1}}}"
    far_column = f"[A-Z]{{{len(letters) + 1},}}|[{letters[0]}-Z][A-Z]{{{len(letters) - 1}}}"
    return re.compile(rf'r\s*=\s*["\'](?:(?:{far_column})[0-9]|[A-Z]*(?:{far_row})["\'])'.encode())  # literal start: fast


def scan_sheet(package: zipfile.ZipFile, info: zipfile.ZipInfo, limits: dict, budget: int) -> int:
    """Bytes of the sheet, after checking its <dimension> and every row and cell reference in it."""
    size, tail, head, far = 0, b"", b"", far_refs(limits)
    with package.open(info) as stream:
        while chunk := stream.read(CHUNK):
            size += len(chunk)
            if size > budget:
                raise Refused("too_large")
            if len(head) < 4096:
                head += chunk[:4096]
                if found := DIMENSION.search(head):
                    check_area(found.group(1).decode(), limits)
            data = tail + chunk
            cut = data.rfind(b"<")
            cut = cut if cut > 0 else len(data)
            for found in far.finditer(data, 1, cut):
                if not data[found.start() - 1:found.start()].isspace():
                    continue  # part of another attribute's name, e.g. sqref="…"
                ref = REF.match(data, found.start() - 1)
                if ref is None:  # e.g. r="CW1x": not a reference the spreadsheet library should guess at
                    raise Refused("corrupt")
                letters, number = ref.groups()
                if not letters:  # a <row r="…">: name its first cell, as the user sees it
                    cell = REF.search(data, ref.end(), ref.end() + 4096)
                    letters = cell.group(1) if cell and cell.group(2) == number and cell.group(1) else b"A"
                check_size(int(number), column_number(letters), limits, ref=(letters + number).decode())
            tail = data[cut:]
            if len(tail) > CHUNK:  # no tag starts in a whole chunk: not a sheet
                raise Refused("corrupt")
    return size


def check_area(ref: str, limits: dict) -> None:
    """The declared <dimension>, e.g. "A1:K124001"."""
    corners = [CELL.fullmatch(part) for part in ref.split(":")]
    if not all(corners):
        raise Refused("corrupt")
    last = corners[-1]
    check_size(int(last.group(2)), column_number(last.group(1)), limits, ref=ref.replace("$", ""), declared=True)


def check_size(rows: int, columns: int, limits: dict, *, ref: str, declared: bool = False) -> None:
    if rows > limits["rows"] or columns > limits["columns"]:
        raise Refused("dimension", ref=ref, declared=declared)


def letters_of(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def as_json(value):
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, date):
        return {"$d": value.isoformat()}
    return str(value)  # times and durations: as text


def read(path: str, limits: dict, out) -> None:
    from python_calamine import CalamineWorkbook

    check_package(path, limits)
    sheet = CalamineWorkbook.from_path(path).get_sheet_by_index(0)
    if sheet.height > limits["rows"] or sheet.width > limits["columns"]:
        raise Refused("dimension", ref=f"{letters_of(sheet.width)}{sheet.height}", declared=False)
    out.write(json.dumps({"rows": sheet.height}) + "\n")
    longest, batch = limits["cell_chars"], []
    for number, row in enumerate(sheet.iter_rows(), start=1):
        for index, value in enumerate(row):
            if isinstance(value, str) and len(value) > longest:
                raise Refused("cell_text", row=number, column=letters_of(index + 1))
        batch.append(row)
        if len(batch) == BATCH:
            out.write(json.dumps(batch, default=as_json, ensure_ascii=False) + "\n")
            batch = []
    if batch:
        out.write(json.dumps(batch, default=as_json, ensure_ascii=False) + "\n")
    out.write('{"end": true}\n')


def main() -> int:
    path, limits = sys.argv[1], json.loads(sys.argv[2])
    resource.setrlimit(resource.RLIMIT_AS, (limits["memory_bytes"], limits["memory_bytes"]))
    resource.setrlimit(resource.RLIMIT_CPU, (limits["cpu_seconds"], limits["cpu_seconds"] + 5))
    sys.stdout.reconfigure(encoding="utf-8")
    out = sys.stdout
    try:
        read(path, limits, out)
    except Refused as refused:
        out.write(json.dumps({"error": refused.code, **refused.details}) + "\n")
    except MemoryError:
        out.write('{"error": "memory"}\n')
    except Exception as exc:  # anything else this file makes the parsers raise: it is not a readable .xlsx
        out.write(json.dumps({"error": "corrupt", "detail": f"{type(exc).__name__}: {exc}"[:300]}) + "\n")
    out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
