"""Streaming CSV/XLSX export of a table's columns: rows are never all held in memory."""
import csv
import tempfile
from datetime import date, datetime
from itertools import chain, islice

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.http import content_disposition_header
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

EXPORT_FORMATS = ("csv", "xlsx")
CHUNK = 2000
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""A spreadsheet reads a cell starting with one of these as a formula (OWASP "CSV injection")."""


class _Echo:
    """File-like object whose write() hands the line back, for csv.writer over a stream."""

    def write(self, value):
        return value


def _cell(value):
    if value is None:
        return ""
    if isinstance(value, datetime):
        return timezone.localtime(value).replace(tzinfo=None) if timezone.is_aware(value) else value
    if isinstance(value, (int, float, date)):
        return value
    return neutralise(force_str(value))


def neutralise(text: str) -> str:
    """Text a spreadsheet would run as a formula gets a leading apostrophe (the stored text is unchanged)."""
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def _reader(table, column):
    """A fast `record -> value` for one column: the table's `value_<name>()`, a choice label, or the accessor.

    django-tables2's own per-cell path inspects signatures for every cell, too slow for 100,000 rows.
    """
    accessor, default = column.accessor, column.default
    if hasattr(column.column, "prepare"):  # a column computed per chunk of rows (core.tables.ScopedCountColumn)
        return lambda record: column.column.value(record=record, table=table)
    custom = getattr(table, f"value_{column.name}", None)
    if custom:
        return lambda record: custom(record=record, value=accessor.resolve(record, quiet=True))
    field = accessor.get_field(table.data.model) if table.data.model else None
    labels = dict(field.flatchoices) if getattr(field, "choices", None) else None

    def read(record):
        value = accessor.resolve(record, quiet=True)
        if labels is not None:
            value = labels.get(value, value)
        return default if value is None else value

    return read


def table_rows(table, queryset, on_chunk=None):
    """The header, then one list of cell values per row of `queryset`, fetched in chunks.

    `on_chunk(rows_done)` is called after each chunk (a background export reports its progress with it). The ids
    are read first and each chunk is a query of its own, so that no read stays open between chunks: on SQLite a
    connection that began reading before another's commit cannot write (its progress) until it stops reading.
    """
    columns = [c for c in table.columns.iterall() if not c.column.exclude_from_export]
    readers = [_reader(table, c) for c in columns]
    prepared = [c.column for c in columns if hasattr(c.column, "prepare")]
    yield [force_str(c.header) for c in columns]
    ids, done = list(queryset.values_list("pk", flat=True)), 0
    for start in range(0, len(ids), CHUNK):
        wanted = ids[start:start + CHUNK]
        by_pk = queryset.in_bulk(wanted)
        chunk = [by_pk[pk] for pk in wanted if pk in by_pk]  # in the list's order; a row deleted meanwhile is left out
        for column in prepared:
            column.prepare(table, chunk)
        for record in chunk:
            yield [_cell(read(record)) for read in readers]
        done += len(chunk)
        if on_chunk:
            on_chunk(done)


def export_filename(basename: str, fmt: str) -> str:
    return f"{basename}-{timezone.localdate().isoformat()}.{fmt}"


def _csv_lines(rows):
    """CSV text lines, after a byte-order mark (Excel opens UTF-8 CSV correctly only with one)."""
    writer = csv.writer(_Echo())
    yield "\ufeff"
    for row in rows:
        yield writer.writerow([str(v) for v in row])


WIDTH_SAMPLE = 200
"""Rows read ahead to size the XLSX columns (the rest streams after them)."""
MIN_WIDTH, MAX_WIDTH = 8, 60


def _width(value) -> int:
    if isinstance(value, (date, datetime)):
        return 10
    return max((len(line) for line in str(value).splitlines()), default=0)


def _save_xlsx(rows, basename: str, out) -> None:
    """A write-only workbook: bold header row frozen on top, columns as wide as the header and first rows need."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(basename[:31])
    rows = iter(rows)
    header = next(rows, [])
    sample = list(islice(rows, WIDTH_SAMPLE))
    for index, title in enumerate(header, start=1):
        width = max([_width(title) + 2, *(_width(row[index - 1]) + 1 for row in sample if index <= len(row))])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(width, MIN_WIDTH), MAX_WIDTH)
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    sheet.append([_bold_cell(sheet, title, bold) for title in header])
    for row in chain(sample, rows):
        sheet.append(row)
    workbook.save(out)


def _bold_cell(sheet, value, font):
    cell = WriteOnlyCell(sheet, value=value)
    cell.font = font
    return cell


def export_file(table, queryset, fmt: str, basename: str, path, on_chunk=None) -> None:
    """Write the table's rows to `path` (a background export)."""
    rows = table_rows(table, queryset, on_chunk)
    if fmt == "csv":
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.writelines(_csv_lines(rows))
    else:
        with open(path, "wb") as out:
            _save_xlsx(rows, basename, out)


def export_response(table, queryset, fmt: str, basename: str):
    """A download of the table's rows as CSV (streamed) or XLSX (write-only workbook)."""
    return rows_response(table_rows(table, queryset), fmt, basename)


def rows_response(rows, fmt: str, basename: str):
    """A download of `rows` (the header first, then lists of cell values) as CSV or XLSX."""
    filename = export_filename(basename, fmt)
    rows = ([_cell(v) for v in row] for row in rows)
    if fmt == "csv":
        response = StreamingHttpResponse(_csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
        return response
    spool = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)
    _save_xlsx(rows, basename, spool)
    spool.seek(0)
    return FileResponse(
        spool,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
