"""The import: every row of the file checked against the spec, then all saved in one transaction, or nothing.

A spec may write its rows ahead (`ImportSpec.stage`, through `core.db.Staged`) before that transaction, so that on
SQLite the database-wide write lock is held for the publishing of the staged tables only, not for the whole save.
"""
import time
from itertools import islice
from pathlib import Path

from auditlog.models import LogEntry
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from phongtrao.core import caching
from phongtrao.core.db import Staged

from .cells import CellError, cell_text, header_key
from .reading import ImportFileError, read_rows
from .spec import ImportReport, ImportSpec

HEADER_SEARCH = 10
"""Title lines may stand above the header row: it is looked for in this many first rows."""
PROGRESS_EVERY = 500


def run_import(spec_class: type[ImportSpec], path, *, user, dry_run: bool, options: dict | None = None,
               on_progress=None, file_name: str = "") -> ImportReport:
    """Check every row of the file; unless `dry_run`, save them all (one transaction) if none has an error.

    `on_progress(done, total, message)` is called every PROGRESS_EVERY rows.
    """
    path = Path(path)
    report = spec_class.report_class(file_name=file_name or path.name, dry_run=dry_run,
                                     things=str(spec_class.model._meta.verbose_name_plural))
    started = time.perf_counter()
    notify = on_progress or (lambda done, total, message: None)
    checked_from = timezone.now()
    try:
        spec, rows = check_file(spec_class, path, user=user, options=options or {}, report=report, notify=notify)
    except ImportFileError as exc:
        report.add_error(None, "", str(exc))
        report.unreadable = True
    else:
        if report.ok and not dry_run:
            notify(report.rows, report.rows, _("Đang lưu %(n)d %(things)s…") % {"n": report.rows,
                                                                                  "things": report.things})
            with Staged() as staged:
                spec.stage(rows, staged)
                locked_from = time.perf_counter()
                save(spec, rows, staged=staged, checked_from=checked_from)
                report.locked_seconds = time.perf_counter() - locked_from
    report.seconds = time.perf_counter() - started
    return report


def check_file(spec_class: type[ImportSpec], path: Path, *, user, options: dict, report: ImportReport,
               notify=lambda done, total, message: None) -> tuple[ImportSpec, list]:
    """The spec run over the file and the rows fit to save (all of them when the report has no error)."""
    rows = read_rows(path)
    try:
        columns = find_header(rows, spec_class)
        spec = spec_class(user=user, options=options, report=report)
        spec.headers.update((key, header) for key, (_index, header) in columns.items())
        parsed = _check_rows(spec, rows, columns, notify)
    finally:
        rows.close()
    if not report.rows:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."))
    notify(report.rows, report.rows, _("Đã kiểm tra %(n)d dòng.") % {"n": report.rows})
    return spec, parsed


def find_header(rows, spec_class: type[ImportSpec]) -> dict[str, tuple[int, str]]:
    """key → (column index, header as written), from the first of the top rows naming the required columns."""
    keys = {header_key(alias): column.key for column in spec_class.columns
            for alias in (column.header, *column.aliases)}
    best: dict = {}
    for _number, values in islice(rows, HEADER_SEARCH):
        found = {}
        for index, value in enumerate(values):
            key = keys.get(header_key(value))
            if key and key not in found:
                found[key] = (index, cell_text(value))
        if not spec_class.missing_columns(found):
            return found
        best = max(best, found, key=len)
    raise ImportFileError(_("Thiếu cột bắt buộc: %(columns)s. Hãy dùng tệp mẫu.") % {
        "columns": ", ".join(spec_class.missing_columns(best))})


def _check_rows(spec: ImportSpec, rows, columns: dict, notify) -> list:
    """Every row through its cells, then the spec's row check and the duplicate check; errors go to the report."""
    report = spec.report
    width = max(index for index, _header in columns.values()) + 1
    parsers = [(column.key, columns[column.key][0] if column.key in columns else width, column.cell.bind(spec))
               for column in spec.columns]  # a column missing from the file reads the empty cell after the last one
    taken = dict.fromkeys(spec.saved_keys(), 0) if spec.clash_column else None
    total = max(rows.total - 1, 0)
    parsed = []
    for number, values in rows:
        if not "".join(map(str, values)).strip():
            continue
        report.rows += 1
        values = [*values[:width], *[None] * (width + 1 - min(len(values), width))]
        try:
            cells, ok = {key: parse(values[index]) for key, index, parse in parsers}, True
        except CellError:  # again cell by cell, to report every error of the row
            cells, ok = {}, True
            for key, index, parse in parsers:
                try:
                    cells[key] = parse(values[index])
                except CellError as exc:
                    report.add_error(number, spec.headers[key], str(exc))
                    ok = False
        row = spec.check(number, cells, ok)
        if row is not None and taken is not None and (key := spec.clash_key(row)) is not None:
            if (seen := taken.get(key)) is None:
                taken[key] = number
            else:
                spec.error(number, spec.clash_column, spec.clash_message(seen))
                row = None
        if row is not None:
            parsed.append(row)
        if report.rows % PROGRESS_EVERY == 0:
            notify(report.rows, max(total, report.rows), _("Đang kiểm tra dòng %(n)d…") % {"n": number})
    return parsed


@transaction.atomic
def save(spec: ImportSpec, rows: list, *, staged: Staged, checked_from=None) -> None:
    """The spec's save, then the staged rows published (and the spec told), with one audit entry for the whole import.

    Nothing is saved when, while the file was being checked (since `checked_from`), someone saved an object that
    clashes with a row: that re-check runs inside the transaction.
    """
    report = spec.report
    if checked_from is not None and spec.clash_column and (clash := _clash_since(spec, rows, checked_from)):
        report.add_error(None, "", spec.clash_meanwhile_message(clash))
        return
    ids = spec.save(rows)
    if not report.ok:  # the spec found, under the lock, that the file can no longer be saved as checked
        return
    staged.publish()
    spec.published(rows, ids)
    report.created = len(ids)
    if ids:
        report.audit_entry_id = _audit(spec, min(ids), max(ids)).pk
        transaction.on_commit(caching.bump)  # bulk inserts send no signal: the cached figures are stale now


def _clash_since(spec: ImportSpec, rows: list, since):
    """A row clashing with an object saved since `since`."""
    keys = {}
    for row in rows:
        if (key := spec.clash_key(row)) is not None:
            keys[key] = row
    if not keys:
        return None
    return next((keys[key] for key in spec.saved_keys(since=since) if key in keys), None)


def _audit(spec: ImportSpec, first_id: int, last_id: int) -> LogEntry:
    """One entry for the whole import (bulk inserts write none), on the importing user, visible in the audit log."""
    report, user = spec.report, spec.user
    unit = getattr(user, "unit", None)
    return LogEntry.objects.log_create(
        user, force_log=True, action=LogEntry.Action.CREATE, actor=user,
        changes={f"import_{spec.key}": [None, _("%(n)d %(things)s từ %(file)s (id %(first)d–%(last)d)") % {
            "n": report.created, "things": report.things, "file": report.file_name, "first": first_id,
            "last": last_id}]},
        additional_data={"unit_path": unit.path if unit else None, "import": {
            "file": report.file_name, spec.key: report.created, "first_id": first_id, "last_id": last_id,
            **spec.audit_data()}},
    )
