"""`phongtrao backup PATH`: the database and the uploaded files in one zip (see core.backup)."""
from pathlib import Path

from django.core.management.base import BaseCommand

from phongtrao.core.backup import backup


class Command(BaseCommand):
    help = "Sao lưu toàn bộ cơ sở dữ liệu và tệp đã tải lên vào một tệp zip."

    def add_arguments(self, parser):
        parser.add_argument("path", help="tệp zip sẽ ghi (ghi đè nếu đã có)")
        parser.add_argument("--database", default="default")

    def handle(self, *args, path, database, **options):
        manifest = backup(Path(path), database=database)
        self.stdout.write(f"{path}: {sum(manifest['counts'].values())} dòng, {manifest['files']} tệp "
                          f"({manifest['engine']}, {manifest['created']})")
