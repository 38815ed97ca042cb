"""Streaming CSV/XLSX export of a table's columns: rows are never all held in memory."""
import csv
import tempfile
from datetime import date, datetime

from django.http import FileResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.encoding import force_str
from django_tables2.rows import BoundRow
from openpyxl import Workbook

EXPORT_FORMATS = ("csv", "xlsx")
CHUNK = 2000


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
    return force_str(value)


def table_rows(table, queryset):
    """The header, then one list of cell values per row of `queryset`, fetched in chunks."""
    columns = [c for c in table.columns.iterall() if not c.column.exclude_from_export]
    yield [force_str(c.header) for c in columns]
    for record in queryset.iterator(chunk_size=CHUNK):
        row = BoundRow(record, table=table)
        yield [_cell(row.get_cell_value(c.name)) for c in columns]


def export_response(table, queryset, fmt: str, basename: str):
    """A download of the table's rows as CSV (streamed) or XLSX (write-only workbook)."""
    stamp = timezone.localdate().isoformat()
    filename = f"{basename}-{stamp}.{fmt}"
    rows = table_rows(table, queryset)
    if fmt == "csv":
        writer = csv.writer(_Echo())
        lines = (writer.writerow([str(v) for v in row]) for row in rows)
        response = StreamingHttpResponse(_with_bom(lines), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(basename[:31])
    for row in rows:
        sheet.append(row)
    spool = tempfile.SpooledTemporaryFile(max_size=20 * 1024 * 1024)
    workbook.save(spool)
    spool.seek(0)
    return FileResponse(
        spool,
        as_attachment=True,
        filename=filename,
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


def _with_bom(lines):
    """Excel opens UTF-8 CSV correctly only with a byte-order mark."""
    yield "\ufeff"
    yield from lines
