"""Uploaded import files, kept under MEDIA_ROOT/imports/<user id>/ so that a checked file can be imported later.

Each new upload prunes the files not touched for IMPORT_UPLOAD_DAYS days; `phongtrao prune_uploads` does it too.
"""
import re
import time
import uuid
from pathlib import Path

from django.conf import settings
from django.utils.translation import gettext as _

from .reading import ImportFileError

UPLOAD_NAME = re.compile(r"\d+/[0-9a-f]{32}\.(csv|xlsx)")


def root() -> Path:
    return Path(settings.MEDIA_ROOT) / "imports"


def keep_days() -> int:
    return settings.IMPORT_UPLOAD_DAYS


def store_upload(chunks, *, suffix: str, user) -> str:
    """Save an uploaded file for `user` and return its name in the store (old uploads are pruned first)."""
    prune_uploads(older_than_days=keep_days())
    name = f"{user.pk}/{uuid.uuid4().hex}{suffix}"
    path = upload_path(name, user, existing=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for chunk in chunks:
            out.write(chunk)
    return name


def upload_path(name: str, user, *, existing: bool = True) -> Path:
    """The stored file, only for its owner; using it keeps it from the pruning for another period."""
    path = root() / name
    if not UPLOAD_NAME.fullmatch(name or "") or not name.startswith(f"{user.pk}/") or (
            existing and not path.is_file()):
        raise ImportFileError(_("Không tìm thấy tệp đã tải lên; hãy tải lại."))
    if existing:
        path.touch()
    return path


def prune_uploads(*, older_than_days: int) -> int:
    """Delete the stored uploads not touched for this many days; returns how many."""
    limit = time.time() - older_than_days * 86400
    folder = root()
    old = [path for path in folder.glob("*/*") if path.is_file() and path.stat().st_mtime < limit] if folder.is_dir() else []
    for path in old:
        path.unlink(missing_ok=True)
    return len(old)
