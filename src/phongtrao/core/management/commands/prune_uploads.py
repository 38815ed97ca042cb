"""`phongtrao prune_uploads [--days N]`: delete import uploads older than N days (each new upload also prunes)."""
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from phongtrao.core.imports.uploads import keep_days, prune_uploads


class Command(BaseCommand):
    help = "Xóa các tệp nhập liệu đã tải lên quá N ngày (mặc định IMPORT_UPLOAD_DAYS, 7) mà chưa được dùng lại."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="giữ tệp trong bấy nhiêu ngày")

    def handle(self, *args, days, **options):
        days = keep_days() if days is None else days
        removed = prune_uploads(older_than_days=days)
        self.stdout.write(_("Đã xóa %(n)d tệp tải lên cũ hơn %(days)d ngày.") % {"n": removed, "days": days})
