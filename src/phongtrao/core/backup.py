"""Backup and restore of a whole installation: every row of the database (SQLite or PostgreSQL) and the uploaded files.

An archive is one zip file: `manifest.json` (format, date, engine, applied migrations, rows per table),
`data.jsonl` (Django's `dumpdata` as JSON lines keeping microseconds, content types by natural key, so it loads
into any engine) and
`media/…` (everything under MEDIA_ROOT). No external program (sqlite3, pg_dump) is needed.
"""
import hashlib
import json
import shutil
import tempfile
import zipfile
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

from auditlog.context import disable_auditlog
from django.apps import apps
from django.conf import settings
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections, transaction
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone
from django.utils.translation import gettext as _

from .caching import bump

FORMAT = 1
EXCLUDED = ("contenttypes", "auth.permission", "sessions")
"""Rebuilt by `migrate` (content types, permissions) or not worth keeping (sessions: users sign in again)."""
DATA, MANIFEST, MEDIA = "data.jsonl", "manifest.json", "media/"


class BackupError(Exception):
    """The archive cannot be restored here; the message says why."""


def _excluded(model) -> bool:
    meta = model._meta
    return meta.app_label in EXCLUDED or meta.label_lower in EXCLUDED


def backed_up_models():
    """Every table the backup carries (many-to-many tables included), by label."""
    return {m._meta.label_lower: m for m in apps.get_models(include_auto_created=True)
            if m._meta.managed and not m._meta.proxy and not _excluded(m)}


def table_counts(database: str = "default") -> dict[str, int]:
    return {label: model._base_manager.using(database).count() for label, model in sorted(backed_up_models().items())}


def media_files(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file under `root`."""
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()} if root.exists() else {}


def applied_migrations(database: str) -> list[str]:
    return sorted(f"{app}.{name}" for app, name in MigrationRecorder(connections[database]).applied_migrations())


@contextmanager
def read_snapshot(database: str):
    """Every read inside sees the database as it was when it began, while the app keeps writing."""
    connection = connections[database]
    if connection.in_atomic_block:  # already inside a transaction (a test, a caller's atomic block)
        yield
    elif connection.vendor == "postgresql":
        with transaction.atomic(using=database):
            connection.cursor().execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    else:  # SQLite in WAL mode: a deferred read transaction is a snapshot and holds no write lock
        connection.cursor().execute("BEGIN DEFERRED")
        try:
            yield
        finally:
            connection.cursor().execute("COMMIT")


def backup(path: Path, *, database: str = "default") -> dict:
    """Write the archive to `path` (written beside it, then renamed: a failed backup leaves no half file)."""
    path = Path(path)
    media_root = Path(settings.MEDIA_ROOT)
    partial = path.with_name(f".{path.name}.partial")
    with tempfile.TemporaryDirectory() as work:
        dump = Path(work) / DATA
        with read_snapshot(database):
            call_command("dumpdata", format="backup", natural_foreign=True, use_base_manager=True, database=database,
                         exclude=list(EXCLUDED), output=str(dump), verbosity=0)
            manifest = {"format": FORMAT, "created": timezone.now().isoformat(), "engine": connections[database].vendor,
                        "migrations": applied_migrations(database), "counts": table_counts(database)}
        files = media_files(media_root)
        manifest["files"] = len(files)
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
            archive.write(dump, DATA)
            for name in files:
                archive.write(media_root / name, MEDIA + name)
    partial.replace(path)
    return manifest


def read_manifest(archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST))
    except (KeyError, ValueError) as exc:
        raise BackupError(_("Không phải tệp sao lưu của phongtrao (thiếu manifest.json).")) from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(_("Tệp sao lưu định dạng %(format)s, phiên bản này đọc định dạng %(ours)s.")
                          % {"format": manifest.get("format"), "ours": FORMAT})
    return manifest


def restore(path: Path, *, database: str = "default") -> dict:
    """Replace every row of the database and every uploaded file by the archive's (nothing changes if it fails).

    The database schema is first brought up to date (`migrate`); the archive must come from the same migrations.
    """
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as exc:
        raise BackupError(_("Không đọc được tệp sao lưu: %(error)s") % {"error": exc}) from exc
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    with archive, tempfile.TemporaryDirectory() as work, \
            tempfile.TemporaryDirectory(dir=media_root.parent, prefix=f".{media_root.name}-restore-") as staging:
        manifest = read_manifest(archive)
        _unpack_media(archive, Path(staging) / "media")
        call_command("migrate", database=database, interactive=False, verbosity=0)
        _check_migrations(manifest, applied_migrations(database))
        dump = Path(archive.extract(DATA, work))
        with transaction.atomic(using=database), disable_auditlog():
            call_command("flush", database=database, interactive=False, verbosity=0)
            _insert_rows(dump, database)
            if table_counts(database) != manifest["counts"]:
                raise BackupError(_("Số dòng sau khi nạp khác với tệp sao lưu: đã hủy, dữ liệu giữ nguyên."))
        _swap(Path(staging) / "media", media_root)
    bump()
    return manifest


def _insert_rows(dump: Path, database: str) -> None:
    """What `loaddata` does, but each row is inserted at once: the tables were just emptied, and its UPDATE tried
    before every INSERT only doubled the work."""
    connection = connections[database]
    models, deferred = set(), []
    with connection.constraint_checks_disabled(), dump.open(encoding="utf-8") as stream:
        for row in serializers.deserialize("jsonl", stream, using=database, handle_forward_references=True):
            row.save(using=database, force_insert=True)
            models.add(type(row.object))
            if row.deferred_fields:
                deferred.append(row)
        for row in deferred:
            row.save_deferred_fields(using=database)
    connection.check_constraints(table_names=[model._meta.db_table for model in models])
    with connection.cursor() as cursor:
        for sql in connection.ops.sequence_reset_sql(no_style(), models):
            cursor.execute(sql)


def _check_migrations(manifest: dict, ours: list[str]) -> None:
    theirs = set(manifest["migrations"])
    if theirs != set(ours):
        newer, older = sorted(theirs - set(ours)), sorted(set(ours) - theirs)
        raise BackupError(_("Tệp sao lưu thuộc phiên bản khác (migration chỉ có trong tệp: %(newer)s; chỉ có ở đây: "
                            "%(older)s). Khôi phục bằng đúng phiên bản đã sao lưu rồi mới nâng cấp.")
                          % {"newer": ", ".join(newer) or "—", "older": ", ".join(older) or "—"})


def _unpack_media(archive: zipfile.ZipFile, target: Path) -> None:
    """The archive's files into `target` (refused whole if one path would leave it)."""
    target.mkdir()
    for info in archive.infolist():
        if not info.filename.startswith(MEDIA) or info.is_dir():
            continue
        relative = PurePosixPath(info.filename[len(MEDIA):])
        if relative.is_absolute() or ".." in relative.parts or "\\" in info.filename:
            raise BackupError(_("Tệp sao lưu chứa đường dẫn không an toàn: %(name)s") % {"name": info.filename})
        destination = target.joinpath(*relative.parts)
        destination.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(info) as source, open(destination, "wb") as out:
            shutil.copyfileobj(source, out)


def _swap(new: Path, media_root: Path) -> None:
    """Put the restored files in MEDIA_ROOT's place; the previous ones are removed."""
    previous = new.with_name("previous")
    if media_root.exists():
        media_root.rename(previous)
    new.rename(media_root)
