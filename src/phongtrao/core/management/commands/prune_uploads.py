"""`phongtrao prune_uploads [--days N]`: delete import uploads and export files older than N days (run it daily;
each new upload also prunes the uploads)."""
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from phongtrao.core.export_jobs import prune_exports
from phongtrao.core.imports.uploads import keep_days, prune_uploads


class Command(BaseCommand):
    help = "Xóa các tệp nhập liệu đã tải lên và các tệp xuất quá N ngày (mặc định IMPORT_UPLOAD_DAYS, 7)."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="giữ tệp trong bấy nhiêu ngày")

    def handle(self, *args, days, **options):
        days = keep_days() if days is None else days
        removed = prune_uploads(older_than_days=days)
        self.stdout.write(_("Đã xóa %(n)d tệp tải lên cũ hơn %(days)d ngày.") % {"n": removed, "days": days})
        exports = prune_exports(older_than_days=days)
        self.stdout.write(_("Đã xóa %(n)d tệp xuất cũ hơn %(days)d ngày.") % {"n": exports, "days": days})
