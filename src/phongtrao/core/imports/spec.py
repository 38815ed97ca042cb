"""What an app declares to import a model from a spreadsheet: its columns and the hooks the engine calls."""
from dataclasses import dataclass, field
from typing import Any, Iterable

from django.utils.translation import gettext as _

from .cells import Cell


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    """The header of the template, in Vietnamese; files may also use `aliases` (both matched without diacritics)."""
    cell: Cell
    help: Any = ""
    example: Any = ""
    aliases: tuple[str, ...] = field(default=())


@dataclass
class ImportReport:
    """What an import found and did: counts, errors (row, column header, message), what was created."""

    file_name: str
    dry_run: bool
    things: str = ""
    """The model's verbose plural name, for the messages."""
    rows: int = 0
    created: int = 0
    error_count: int = 0
    errors: list[tuple[int | None, str, str]] = field(default_factory=list)
    unreadable: bool = False
    """The file itself could not be read (as opposed to errors in some rows)."""
    audit_entry_id: int | None = None
    seconds: float = 0.0
    locked_seconds: float = 0.0
    """Time spent in the saving transaction (on SQLite: holding the database's write lock)."""

    KEPT_ERRORS = 10_000
    SHOWN = 500

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add_error(self, row: int | None, column: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < self.KEPT_ERRORS:
            self.errors.append((row, column, message))

    def summary(self) -> str:
        values = {"file": self.file_name, "errors": self.error_count, "rows": self.rows, "created": self.created,
                  "things": self.things}
        if not self.ok:
            return _("Tệp %(file)s có %(errors)d lỗi trong %(rows)d dòng: chưa lưu gì.") % values
        if self.dry_run:
            return _("Kiểm tra %(rows)d dòng của %(file)s: không có lỗi. Chưa lưu gì.") % values + self.more()
        return _("Đã nhập %(created)d %(things)s từ %(file)s.") % values + self.more()

    def more(self) -> str:
        """A sentence a spec's report adds to a clean summary (e.g. what will also be created)."""
        return ""

    def sections(self) -> list[dict]:
        """Extra tables of the report page: {"title", "headers", "rows"} (e.g. names resolved to other ones)."""
        return []


class ImportSpec:
    """Subclass per importable model; the engine makes one instance per import run.

    Declare `model`, `columns`, `required` (keys, or tuples of keys of which one is enough), `options` (form fields
    shown beside the file, passed back in `self.options`), and override the hooks below. Lookups that need the
    database go in the cells (`Lookup`) or in `__init__`: both run once per import.
    """

    key = ""
    """Names the import's job kind ("import_<key>") and its command line (`phongtrao import_data <key> …`)."""
    model: type = None
    columns: tuple[Column, ...] = ()
    required: tuple = ()
    options: dict = {}
    report_class = ImportReport
    file_stem = ""
    """Name of the template files (without extension)."""
    clash_column: str | None = None
    """The column a duplicate row is reported on; None: rows are not checked for duplicates."""
    clash_messages: tuple = ()
    """What a duplicate row is told, if not the general messages: (clashing with an earlier row, with `%(row)d`;
    clashing with a saved object)."""

    def __init__(self, *, user, options: dict, report: ImportReport):
        self.user, self.options, self.report = user, options, report
        self.headers = {column.key: column.header for column in self.columns}
        """Column key → its header as written in the file (set by the engine), for the error messages."""

    def error(self, number: int, key: str, message: str) -> None:
        self.report.add_error(number, self.headers[key], message)

    def check(self, number: int, cells: dict, ok: bool):
        """The row to save, from the typed cells (`ok`: no cell had an error); None after recording errors."""
        return cells if ok else None

    def clash_key(self, row):
        """What two rows (or a row and a saved object) must not share; None: this row cannot clash."""
        return None

    def saved_keys(self, *, since=None) -> Iterable:
        """The clash keys of the saved objects (changed since `since`, when given)."""
        return ()

    def saved_since(self, since=None):
        """The model's saved rows (changed since `since`, when given): what `saved_keys` usually reads."""
        rows = self.model.objects.all()
        return rows if since is None else rows.filter(last_updated__gte=since)

    def clash_message(self, earlier_row: int) -> str:
        """The message for a row clashing with an earlier row of the file (or with a saved object: 0)."""
        with_row, with_saved = self.clash_messages or (_("Trùng với dòng %(row)d."), _("Đã có trong hệ thống."))
        return str(with_row) % {"row": earlier_row} if earlier_row else str(with_saved)

    def clash_meanwhile_message(self, row) -> str:
        return _("Trong lúc kiểm tra tệp, đã có người thêm dữ liệu trùng với tệp: chưa lưu gì, hãy nhập lại.")

    def stage(self, rows: list, staged) -> None:
        """Before the transaction: write big inserts ahead with `staged.insert` (a `core.db.Staged`, published by the
        engine inside the transaction right after `save`). Nothing by default."""

    def save(self, rows: list) -> list[int]:
        """Save the rows (inside the engine's transaction; the staged rows are published after it, unless it reported
        an error) and return the new objects' ids."""
        raise NotImplementedError

    def published(self, rows: list, ids: list[int]) -> None:
        """Inside the engine's transaction, once the rows are saved and the staged ones published: bookkeeping over
        them (e.g. summaries kept on write). Nothing by default."""

    def audit_data(self) -> dict:
        """More to record in the import's audit entry."""
        return {}

    @classmethod
    def missing_columns(cls, found) -> list[str]:
        headers = {column.key: column.header for column in cls.columns}
        missing = []
        for need in cls.required:
            keys = need if isinstance(need, tuple) else (need,)
            if not any(key in found for key in keys):
                missing.append(_(" hoặc ").join(headers[key] for key in keys))
        return missing

    @classmethod
    def is_required(cls, key: str) -> bool:
        return any(key == need or (isinstance(need, tuple) and key in need) for need in cls.required)

