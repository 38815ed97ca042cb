"""Members of an uploaded zip, read with caps on count and inflated size (zip bombs) and no nested archives."""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.utils.translation import gettext as _


@dataclass(frozen=True)
class Member:
    """One file of the archive: its bytes, or the reason it was refused."""

    name: str
    data: bytes = b""
    error: str = ""


UNREADABLE = (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, IndexError, EOFError, RuntimeError,
              zlib.error)
"""What the standard zip reader raises on damaged or hostile archives (found by fuzzing: see test_archives_fuzz)."""


class ArchiveError(Exception):
    """The whole archive is refused (corrupt, too many files, inflates too much); the message is for the user."""


def is_zip(data: bytes, filename: str) -> bool:
    """A zip archive to unpack (a .docx is a zip too, but a document)."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if filename.lower().endswith(".zip"):
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" not in archive.namelist() and not filename.lower().endswith(".docx")
    except UNREADABLE:
        return False


def members(data: bytes, *, max_files: int, max_file_bytes: int, max_total_bytes: int) -> Iterator[Member]:
    """The archive's files in order; directories and system files are skipped.

    Sizes declared in the archive are checked first, then enforced while inflating (they can lie).
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = [i for i in archive.infolist() if not i.is_dir() and not _is_system(i.filename)]
    except UNREADABLE as exc:
        raise ArchiveError(_("Tệp ZIP bị hỏng hoặc không đọc được.")) from exc
    if len(infos) > max_files:
        raise ArchiveError(_("Tệp ZIP có %(n)d tệp, vượt giới hạn %(max)d tệp mỗi lần.") % {"n": len(infos), "max": max_files})
    if sum(i.file_size for i in infos) > max_total_bytes:
        raise ArchiveError(_("Tệp ZIP giải nén ra quá lớn (nghi là bom nén): đã từ chối cả tệp."))
    total = 0
    with archive:
        for info in infos:
            name = PurePosixPath(info.filename).name
            if _is_unsafe(info.filename):
                message = _("Đường dẫn không an toàn trong ZIP (“%(name)s”: có ../ hoặc là đường dẫn tuyệt đối): "
                            "đã từ chối tệp này.")
                yield Member(info.filename, error=message % {"name": info.filename})
                continue
            if name.lower().endswith(".zip"):
                yield Member(name, error=_("Tệp ZIP lồng trong tệp ZIP: không được hỗ trợ, hãy giải nén trước."))
                continue
            if info.file_size > max_file_bytes:
                yield Member(name, error=too_large(info.file_size, max_file_bytes))
                continue
            try:
                with archive.open(info) as stream:
                    content = stream.read(max_file_bytes + 1)
            except UNREADABLE:
                yield Member(name, error=_("Tệp trong ZIP bị hỏng hoặc được đặt mật khẩu: không đọc được."))
                continue
            total += len(content)
            if len(content) > max_file_bytes or total > max_total_bytes:
                raise ArchiveError(_("Tệp ZIP giải nén ra quá lớn (nghi là bom nén): đã dừng đọc."))
            yield Member(name, content)


def too_large(size: int, limit: int) -> str:
    return _("Tệp quá lớn (%(size).1f MB; tối đa %(max)d MB).") % {"size": size / 2**20, "max": limit // 2**20}


def _parts(name: str) -> list[str]:
    return re.split(r"[\\/]", name)


def _is_system(name: str) -> bool:
    return any(p.startswith(".") and p != ".." or p == "__MACOSX" for p in _parts(name))


def _is_unsafe(name: str) -> bool:
    """A member that would land outside the folder it is unpacked to: `..` in its path, or an absolute path."""
    return ".." in _parts(name) or name.startswith(("/", "\\")) or bool(re.match(r"[A-Za-z]:", name))
