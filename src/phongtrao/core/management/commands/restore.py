"""`phongtrao restore PATH`: replace the database and the uploaded files by a backup's (see core.backup)."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from phongtrao.core.backup import BackupError, restore


class Command(BaseCommand):
    help = "Khôi phục cơ sở dữ liệu và tệp đã tải lên từ một tệp sao lưu: XÓA dữ liệu hiện có."

    def add_arguments(self, parser):
        parser.add_argument("path", help="tệp zip do `phongtrao backup` tạo")
        parser.add_argument("--database", default="default")
        parser.add_argument("--noinput", "--no-input", action="store_false", dest="interactive",
                            help="không hỏi lại trước khi xóa dữ liệu hiện có")

    def handle(self, *args, path, database, interactive, **options):
        if interactive and input("Mọi dữ liệu và tệp hiện có sẽ bị thay thế. Gõ 'yes' để tiếp tục: ") != "yes":
            raise CommandError("Đã hủy.")
        try:
            manifest = restore(Path(path), database=database)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        self.stdout.write(f"Đã khôi phục {sum(manifest['counts'].values())} dòng, {manifest['files']} tệp "
                          f"(sao lưu lúc {manifest['created']}).")
