"""Import of sites from CSV/XLSX: every row validated, then all saved in one transaction or nothing saved."""
import re
import time
import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from auditlog.models import LogEntry
from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from phongtrao.core.jobs import job_runner, progress
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.text import fold
from phongtrao.geo.gazetteer import Gazetteer
from phongtrao.geo.models import AdminUnit, Level

from .import_format import (
    HEADERS, LAT_RANGE, LON_RANGE, CellError, ImportFileError, cell_text, coordinate, count, find_header, limited,
    parse_date, read_rows,
)
from .models import LIVE_STATUSES, ModelType, Site, Sponsor, Status, StatusChange

BATCH = 2000
PROGRESS_EVERY = 500
KEPT_ERRORS = 10_000
SHOWN_ERRORS = 500
UPLOAD_NAME = re.compile(r"\d+/[0-9a-f]{32}\.(csv|xlsx)")


class ParsedRow(NamedTuple):
    name: str
    type_ref: int | str  # a ModelType pk, or the folded name of a type to create
    commune_id: int
    address: str
    village: str
    address_folded: str
    lat: float | None
    lon: float | None
    started_on: date | None
    members_count: int | None
    leading_org_id: int | None
    status: str
    notes: str


@dataclass
class ImportReport:
    """What an import found and did: counts, errors (row, column header, message), what was created."""

    file_name: str
    dry_run: bool
    rows: int = 0
    created: int = 0
    error_count: int = 0
    errors: list[tuple[int | None, str, str]] = field(default_factory=list)
    new_types: dict[str, str] = field(default_factory=dict)
    resolutions: dict[tuple[str, str], str] = field(default_factory=dict)
    audit_entry_id: int | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error_count == 0

    def add_error(self, row: int | None, column: str, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < KEPT_ERRORS:
            self.errors.append((row, column, message))

    def summary(self) -> str:
        if not self.ok:
            return _("Tệp %(file)s có %(errors)d lỗi trong %(rows)d dòng: chưa lưu gì.") % {
                "file": self.file_name, "errors": self.error_count, "rows": self.rows}
        if self.dry_run:
            text = _("Kiểm tra %(rows)d dòng của %(file)s: không có lỗi. Chưa lưu gì.") % {
                "file": self.file_name, "rows": self.rows}
            new = _(" Sẽ tạo %(n)d mô hình mới.")
        else:
            text = _("Đã nhập %(created)d điểm mô hình từ %(file)s.") % {"created": self.created, "file": self.file_name}
            new = _(" Đã tạo %(n)d mô hình mới.")
        return text + (new % {"n": len(self.new_types)} if self.new_types else "")

    def as_result(self, *, upload: str = "", create_types: bool = False) -> dict:
        """JSON for a job result and the report template (the first SHOWN_ERRORS errors)."""
        return {
            "summary": self.summary(), "template": "initiatives/import_job.html", "ok": self.ok,
            "dry_run": self.dry_run, "rows": self.rows, "created": self.created, "error_count": self.error_count,
            "errors": self.errors[:SHOWN_ERRORS], "new_types": list(self.new_types.values())[:SHOWN_ERRORS],
            "resolutions": [[*place, unit] for place, unit in list(self.resolutions.items())[:SHOWN_ERRORS]],
            "audit_entry": self.audit_entry_id, "file_name": self.file_name, "upload": upload,
            "create_types": create_types,
            "next_url": reverse("initiatives:site_list") if self.created else "",
        }


# Validation


class RowValidator:
    """Checks rows one by one against lookups loaded once (no query per row); records errors in the report."""

    def __init__(self, *, user, create_types: bool, columns: dict, report: ImportReport):
        self.user, self.create_types, self.report = user, create_types, report
        self.columns = columns
        self.types = _type_index()
        self.sponsors = {key: pk for pk, code, name in Sponsor.objects.values_list("pk", "code", "name")
                         for key in (fold(code), fold(name))}
        self.statuses = _status_index()
        self.communes = {code: (pk, path, name) for code, pk, path, name in AdminUnit.objects.filter(
            is_current=True, level=Level.COMMUNE).values_list("code", "pk", "path", "full_name")}
        self.taken = dict.fromkeys(
            Site.objects.filter(status__in=LIVE_STATUSES).exclude(address="")
            .values_list("model_type_id", "commune_id", "address_folded").iterator(chunk_size=10_000), 0)
        self.gazetteer = Gazetteer.default()
        self.places: dict[tuple[str, str], tuple] = {}
        self.in_scope: dict[int, bool] = {}
        parsers = (
            ("name", lambda v: limited(v, "name", required=True)), ("model_type", _memoized(self.model_type)),
            ("address", lambda v: limited(v, "address")), ("village", lambda v: limited(v, "village")),
            ("lat", lambda v: coordinate(v, LAT_RANGE)), ("lon", lambda v: coordinate(v, LON_RANGE)),
            ("started_on", _memoized(parse_date)), ("members_count", _memoized(count)),
            ("leading_org", _memoized(self.sponsor)), ("status", _memoized(self.status)), ("notes", cell_text),
        )
        self.parsers = [(key, columns.get(key, (None,))[0], parse) for key, parse in parsers]
        self.width = max(index for index, _header in columns.values()) + 1

    def header(self, key: str) -> str:
        return self.columns[key][1] if key in self.columns else HEADERS[key]

    def cell(self, values, key: str):
        return values[self.columns[key][0]] if key in self.columns else None

    def check(self, number: int, values) -> ParsedRow | None:
        """The row ready to save, or None after recording its errors."""
        if len(values) < self.width:
            values = [*values, *[""] * (self.width - len(values))]
        parsed, failed = {}, False
        for key, index, parse in self.parsers:
            try:
                parsed[key] = parse(None if index is None else values[index])
            except CellError as exc:
                self.report.add_error(number, self.header(key), str(exc))
                failed = True
        commune = self.commune(number, values)
        if failed or commune is None:
            return None
        address_folded = fold(f"{parsed['address']} {parsed['village']}")
        if parsed["address"] and parsed["status"] in LIVE_STATUSES and self.duplicate(
                number, (parsed["model_type"], commune, address_folded)):
            return None
        return ParsedRow(parsed["name"], parsed["model_type"], commune, parsed["address"], parsed["village"],
                         address_folded, parsed["lat"], parsed["lon"], parsed["started_on"], parsed["members_count"],
                         parsed["leading_org"], parsed["status"], parsed["notes"])

    def model_type(self, value) -> int | str:
        name = cell_text(value)
        key = fold(name)
        if not key:
            raise CellError(_("Thiếu tên mô hình."))
        if key in self.types:
            return self.types[key]
        if not self.create_types:
            raise CellError(_("Chưa có mô hình “%(name)s”: kiểm tra tên, hoặc chọn “tạo mô hình mới nếu chưa có”.")
                            % {"name": name})
        self.report.new_types.setdefault(key, name[:200])
        return key

    def sponsor(self, value) -> int | None:
        text = cell_text(value)
        if not text:
            return None
        if (pk := self.sponsors.get(fold(text))) is None:
            raise CellError(_("Không có tổ chức chủ trì “%(name)s”.") % {"name": text})
        return pk

    def status(self, value) -> str:
        text = cell_text(value)
        if not text:
            return Status.ACTIVE
        if (code := self.statuses.get(fold(text))) is None:
            raise CellError(_("Trạng thái “%(value)s” không hợp lệ; dùng một trong: %(choices)s.") % {
                "value": text, "choices": ", ".join(str(label) for label in Status.labels)})
        return code

    def commune(self, number: int, values) -> int | None:
        """The current commune's pk from the code, else from the names; errors name the column used."""
        code, name = cell_text(self.cell(values, "commune_code")), cell_text(self.cell(values, "commune"))
        key = "commune_code" if code or not name else "commune"
        try:
            if code:
                pk, path = self.by_code(code)
            elif name:
                pk, path = self.by_name(name, cell_text(self.cell(values, "province")))
            else:
                raise CellError(_("Thiếu mã xã hoặc tên xã, phường."))
        except CellError as exc:
            self.report.add_error(number, self.header(key), str(exc))
            return None
        if (allowed := self.in_scope.get(pk)) is None:
            allowed = self.in_scope[pk] = path_in_scope(self.user, path, "add")
        if not allowed:
            self.report.add_error(number, self.header(key), _("Xã, phường nằm ngoài phạm vi quản lý của bạn."))
            return None
        return pk

    def by_code(self, code: str) -> tuple[int, str]:
        code = code.zfill(5) if code.isdigit() else code
        if code in self.communes:
            return self.communes[code][:2]
        successors = [u for u, _partial in self.gazetteer.successors(code) if u.code in self.communes]
        if len(successors) == 1:
            return self.communes[successors[0].code][:2]
        if successors:
            raise CellError(_("Mã xã cũ %(code)s nay thuộc nhiều xã, phường (%(names)s): ghi mã xã hiện hành.") % {
                "code": code, "names": ", ".join(u.full_name for u in successors)})
        raise CellError(_("Không có xã, phường mã %(code)s.") % {"code": code})

    def by_name(self, name: str, province: str) -> tuple[int, str]:
        """Resolved once per (commune, province) text through the gazetteer: legacy names and no diacritics too."""
        key = (name, province)
        if key not in self.places:
            self.places[key] = self._resolve(name, province)
        found = self.places[key]
        if isinstance(found, str):
            raise CellError(found)
        return found

    def _resolve(self, name: str, province: str) -> tuple[int, str] | str:
        matches = [m for m in self.gazetteer.lookup(name, parent=province or None, limit=5)
                   if m.unit.code in self.communes]
        place = f"{name} ({province})" if province else name
        if not matches:
            return _("Không tìm thấy xã, phường “%(place)s”: kiểm tra tên và tỉnh, hoặc ghi mã xã.") % {"place": place}
        best = [m for m in matches if m.score == matches[0].score]
        if len(best) > 1:
            return _("“%(place)s” ứng với nhiều xã, phường hiện nay (%(names)s): ghi cột “Mã xã” để chọn đúng.") % {
                "place": place, "names": ", ".join(m.unit.full_name for m in best)}
        pk, path, full_name = self.communes[best[0].unit.code]
        if fold(name) not in (fold(full_name), fold(best[0].unit.name)):
            self.report.resolutions[(name, province)] = full_name
        return pk, path

    def duplicate(self, number: int, key: tuple) -> bool:
        """A live site of the same type at the same address and commune, in the database or earlier in the file."""
        if (seen := self.taken.get(key)) is None:
            self.taken[key] = number
            return False
        message = (_("Trùng mô hình, xã và địa chỉ với dòng %(row)d.") % {"row": seen} if seen
                   else _("Đã có điểm cùng mô hình tại địa chỉ này trong xã."))
        self.report.add_error(number, self.header("address"), message)
        return True


def _memoized(parse):
    """`parse` run once per distinct value: types, organisations, statuses and dates repeat on most rows."""
    memo: dict = {}

    def parse_once(value):
        if value not in memo:
            try:
                memo[value] = (parse(value), None)
            except CellError as exc:
                memo[value] = (None, str(exc))
        result, error = memo[value]
        if error is not None:
            raise CellError(error)
        return result

    return parse_once


def _type_index() -> dict[str, int]:
    """Folded names and aliases → pk; a name wins over another type's alias."""
    index = {}
    rows = list(ModelType.objects.values_list("pk", "name", "aliases"))
    for pk, _name, aliases in rows:
        index.update((fold(alias), pk) for alias in aliases.splitlines() if alias.strip())
    index.update((fold(name), pk) for pk, name, _aliases in rows)
    return index


def _status_index() -> dict[str, str]:
    index = {}
    for language in ("vi", translation.get_language() or "vi"):
        with translation.override(language):
            index.update((fold(str(label)), code) for code, label in Status.choices)
    return index | {code: code for code in Status.values}


# The import


def import_sites(path, *, user, dry_run: bool, create_types: bool = False, on_progress=None,
                 file_name: str = "") -> ImportReport:
    """Validate every row of the file; unless `dry_run`, save them all (one transaction) if none has an error.

    `on_progress(done, total, message)` is called every PROGRESS_EVERY rows.
    """
    path = Path(path)
    report = ImportReport(file_name=file_name or path.name, dry_run=dry_run)
    started = time.perf_counter()
    notify = on_progress or (lambda done, total, message: None)
    checked_from = timezone.now()
    try:
        rows = validate_file(path, user=user, create_types=create_types, report=report, notify=notify)
    except ImportFileError as exc:
        report.add_error(None, "", str(exc))
        rows = []
    if report.ok and not dry_run:
        notify(report.rows, report.rows, _("Đang lưu %(n)d điểm mô hình…") % {"n": report.rows})
        save_rows(rows, user=user, report=report, checked_from=checked_from)
    report.seconds = time.perf_counter() - started
    return report


def validate_file(path: Path, *, user, create_types: bool, report: ImportReport, notify) -> list[ParsedRow]:
    """Every row checked; the rows fit to save (all of them when the report has no error)."""
    rows, total = read_rows(path)
    validator = RowValidator(user=user, create_types=create_types, columns=find_header(rows), report=report)
    total = max((total or 0) - 1, 0)
    parsed = []
    for number, values in rows:
        if not "".join(map(str, values)).strip():
            continue
        report.rows += 1
        if (row := validator.check(number, values)) is not None:
            parsed.append(row)
        if report.rows % PROGRESS_EVERY == 0:
            notify(report.rows, max(total, report.rows), _("Đang kiểm tra dòng %(n)d…") % {"n": number})
    if not report.rows:
        raise ImportFileError(_("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề."))
    notify(report.rows, report.rows, _("Đã kiểm tra %(n)d dòng.") % {"n": report.rows})
    return parsed


@transaction.atomic
def save_rows(rows: list[ParsedRow], *, user, report: ImportReport, checked_from=None) -> None:
    """bulk_create in batches (folded fields computed here: bulk_create skips save()), with each site's first status.

    Nothing is saved when someone added a clashing site while the file was being checked (since `checked_from`).
    """
    if checked_from is not None and (clash := _taken_meanwhile(rows, checked_from)):
        report.add_error(None, "", _("Trong lúc kiểm tra tệp, đã có điểm “%(name)s” trùng mô hình, xã và địa chỉ được "
                                     "thêm vào: chưa lưu gì, hãy nhập lại.") % {"name": clash.name})
        return
    type_ids = {key: ModelType.objects.create(name=name, origin_unit=getattr(user, "unit", None)).pk
                for key, name in report.new_types.items()}
    changed_by = user if user is not None and user.is_authenticated else None
    today, site_ids = date.today(), []
    for start in range(0, len(rows), BATCH):
        sites = Site.objects.bulk_create([build_site(row, type_ids) for row in rows[start:start + BATCH]])
        StatusChange.objects.bulk_create([
            StatusChange(site_id=s.pk, to_status=s.status, changed_on=s.started_on or today, changed_by=changed_by)
            for s in sites
        ])
        site_ids += (sites[0].pk, sites[-1].pk)
    report.created = len(rows)
    report.audit_entry_id = _audit(user, report, min(site_ids), max(site_ids)).pk


def _taken_meanwhile(rows: list[ParsedRow], since) -> ParsedRow | None:
    """A row whose live site (same type, commune and address) someone else added since `since`."""
    keys = {(row.type_ref, row.commune_id, row.address_folded): row for row in rows
            if row.address and row.status in LIVE_STATUSES and isinstance(row.type_ref, int)}
    if not keys:
        return None
    recent = Site.objects.filter(status__in=LIVE_STATUSES, created__gte=since).exclude(address="").values_list(
        "model_type_id", "commune_id", "address_folded")
    return next((keys[key] for key in recent.iterator() if key in keys), None)


def build_site(row: ParsedRow, type_ids: dict[str, int]) -> Site:
    return Site(
        model_type_id=type_ids.get(row.type_ref, row.type_ref), name=row.name, name_folded=fold(row.name),
        commune_id=row.commune_id, address=row.address, village=row.village, address_folded=row.address_folded,
        lat=row.lat, lon=row.lon, started_on=row.started_on, members_count=row.members_count,
        leading_org_id=row.leading_org_id, status=row.status, notes=row.notes,
    )


def _audit(user, report: ImportReport, first_id: int, last_id: int) -> LogEntry:
    """One entry for the whole import (bulk_create writes none), on the importing user, visible in the audit log."""
    unit = getattr(user, "unit", None)
    return LogEntry.objects.log_create(
        user, force_log=True, action=LogEntry.Action.CREATE, actor=user,
        changes={"import_sites": [None, _("%(n)d điểm mô hình từ %(file)s (id %(first)d–%(last)d)") % {
            "n": report.created, "file": report.file_name, "first": first_id, "last": last_id}]},
        additional_data={"unit_path": unit.path if unit else None, "import": {
            "file": report.file_name, "sites": report.created, "first_site_id": first_id, "last_site_id": last_id,
            "new_types": list(report.new_types.values())}},
    )


# Uploads and the background job


def store_upload(chunks, *, suffix: str, user) -> str:
    """Save an uploaded file under MEDIA_ROOT/imports/<user id>/ and return its name there."""
    name = f"{user.pk}/{uuid.uuid4().hex}{suffix}"
    path = upload_path(name, user, existing=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return name


def upload_path(name: str, user, *, existing: bool = True) -> Path:
    """The stored file, only for its owner."""
    path = Path(settings.MEDIA_ROOT) / "imports" / name
    if not UPLOAD_NAME.fullmatch(name) or not name.startswith(f"{user.pk}/") or (existing and not path.is_file()):
        raise ImportFileError(_("Không tìm thấy tệp đã tải lên; hãy tải lại."))
    return path


def prune_uploads(*, older_than_days: int) -> int:
    """Delete stored import uploads not touched for this many days (a checked file waits there to be imported)."""
    root = Path(settings.MEDIA_ROOT) / "imports"
    limit = time.time() - older_than_days * 86400
    old = [path for path in root.glob("*/*") if path.is_file() and path.stat().st_mtime < limit] if root.is_dir() else []
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)


@job_runner("import_sites")
def run_import_job(job, *, upload: str, file_name: str, dry_run: bool, create_types: bool) -> dict:
    """A stored upload imported in the background, reporting progress every PROGRESS_EVERY rows."""
    report = import_sites(upload_path(upload, job.created_by), user=job.created_by, dry_run=dry_run,
                          create_types=create_types, file_name=file_name,
                          on_progress=lambda done, total, message: progress(job, done, total, message))
    return report.as_result(upload=upload, create_types=create_types)
