"""The command line of an import: `phongtrao import_data <key> FILE --user U [--dry-run] [--<option>]`."""
import time
from pathlib import Path

from django import forms
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from .engine import run_import
from .spec import ImportSpec


class ImportCommand(BaseCommand):
    """Runs the UI's import from the shell; the spec's boolean options become flags (`create_types` → --create-types).

    Subclass with `spec` set for one model's command, or use `import_data`, which takes the spec's key first.
    """

    spec: type[ImportSpec] | None = None
    help = "Nhập dữ liệu từ tệp CSV hoặc Excel (.xlsx): kiểm tra mọi dòng, chỉ lưu khi cả tệp hợp lệ."

    def add_arguments(self, parser):
        parser.add_argument("file", help="tệp .csv hoặc .xlsx")
        parser.add_argument("--user", required=True, help="tên đăng nhập của người nhập (quyết định phạm vi)")
        parser.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không lưu")
        for name, field in (self.spec.options if self.spec else {}).items():
            if isinstance(field, forms.BooleanField):
                parser.add_argument(f"--{name.replace('_', '-')}", dest=name, action="store_true",
                                    help=str(field.label))

    def handle(self, *args, file, user, dry_run, **options):
        spec = self.get_spec(options)
        path = Path(file)
        if not path.is_file():
            raise CommandError(_("Không có tệp %(file)s.") % {"file": file})
        importer = get_user_model().objects.filter(username=user).first()
        if importer is None:
            raise CommandError(_("Không có người dùng %(user)s.") % {"user": user})
        started = time.perf_counter()
        ending = "\r" if self.stderr.isatty() else "\n"

        def show(done, total, message):
            rate = done / max(time.perf_counter() - started, 1e-9)
            self.stderr.write(_("%(done)d/%(total)d dòng, %(rate).0f dòng/giây. %(message)s") % {
                "done": done, "total": total, "rate": rate, "message": message}, ending=ending)

        chosen = {name: bool(options.get(name)) for name in spec.options}
        report = run_import(spec, path, user=importer, dry_run=dry_run, options=chosen, on_progress=show)
        for row, column, message in report.errors:
            where = _("Dòng %(row)d, cột “%(column)s”") % {"row": row, "column": column} if row else _("Tệp")
            self.stdout.write(f"{where}: {message}")
        if report.error_count > len(report.errors):
            self.stdout.write(_("… và %(n)d lỗi khác.") % {"n": report.error_count - len(report.errors)})
        rate = report.rows / max(report.seconds, 1e-9)
        self.stdout.write(f"{report.summary()} ({report.seconds:.1f} s, {rate:.0f} " + _("dòng/giây") + ")")
        if not report.ok:
            raise CommandError(_("Tệp chưa hợp lệ: không lưu gì."), returncode=1)

    def get_spec(self, options) -> type[ImportSpec]:
        return self.spec
