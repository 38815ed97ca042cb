"""`phongtrao tallies [--check]`: recount the site tallies (the national figures) from the sites, or compare them."""
from django.core.management.base import BaseCommand, CommandError

from phongtrao.initiatives.services import recount_sites, stale_tallies


class Command(BaseCommand):
    help = ("Đếm lại số điểm mô hình theo xã và trạng thái (số liệu toàn quốc) từ bảng điểm mô hình, ví dụ sau khi "
            "khôi phục một bản sao lưu cũ; --check chỉ so sánh.")

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="chỉ so sánh, báo lỗi nếu số liệu lệch")

    def handle(self, *args, check, **options):
        if check:
            stale = stale_tallies()
            if stale:
                raise CommandError(f"{len(stale)} ô (xã, trạng thái) lệch với bảng điểm mô hình: "
                                   "chạy `phongtrao tallies`.")
            self.stdout.write("Số điểm theo xã và trạng thái khớp với bảng điểm mô hình.")
            return
        self.stdout.write(f"Đã đếm lại: {recount_sites()} dòng (xã, trạng thái).")
