"""`phongtrao ingest PATH... --user USERNAME`: take files, folders (every file inside) and zips in, then process them."""
import time
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from phongtrao.intake.jobs import batch_of, process_batch, result_rows, summary
from phongtrao.intake.services import ingest_file


def files_under(paths: list[str]) -> list[Path]:
    """Files named, and every file inside the folders named (sorted, hidden files skipped)."""
    found = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            found += sorted(p for p in path.rglob("*") if p.is_file() and not any(
                part.startswith(".") for part in p.relative_to(path).parts))
        elif path.is_file():
            found.append(path)
        else:
            raise CommandError(_("Không có tệp hoặc thư mục %(path)s.") % {"path": name})
    return found


class Command(BaseCommand):
    help = "Nhận tài liệu (txt, html, docx, pdf, zip; thư mục = mọi tệp bên trong), trích xuất và đối chiếu mô hình."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="tệp, thư mục hoặc tệp .zip")
        parser.add_argument("--user", required=True, help="tên đăng nhập của người nhận (quyết định đơn vị, phạm vi)")

    def handle(self, *args, paths, user, **options):
        uploader = get_user_model().objects.filter(username=user).first()
        if uploader is None:
            raise CommandError(_("Không có người dùng %(user)s.") % {"user": user})
        started = time.perf_counter()
        documents = []
        for path in files_under(paths):
            with path.open("rb") as stream:  # too large a file is refused unread
                documents += ingest_file(file=File(stream, name=path.name), user=uploader)
        documents = list({d.pk: d for d in documents}.values())

        def show(done, total, name):
            self.stderr.write(_("%(done)d/%(total)d %(name)s") % {"done": done, "total": total, "name": name})

        outcome = process_batch(documents, on_progress=show)
        for row in result_rows(**batch_of(documents)):
            self.stdout.write(f"{row['filename']}: {describe(row)}")
        seconds = time.perf_counter() - started
        self.stdout.write(f"{summary(outcome)} ({seconds:.1f} s)")


def describe(row: dict) -> str:
    if row["outcome"] == "failed":
        return _("LỖI: %(error)s") % {"error": row["error"]}
    if row["outcome"] == "duplicate":
        return _("bản trùng của #%(pk)d") % {"pk": row["duplicate_of"]}
    if row["outcome"] == "resent":
        return _("đã nhận từ trước (#%(pk)d)") % {"pk": row["id"]}
    return _("#%(id)d, %(known)d mô hình đã biết, %(new)d mô hình mới") % row
