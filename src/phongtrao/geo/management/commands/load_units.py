"""Load (or refresh) administrative units and the crosswalk from the shipped fixture."""
import time

from django.core.management.base import BaseCommand

from phongtrao.geo.services import DATA_FILE, load_units


class Command(BaseCommand):
    help = "Nạp đơn vị hành chính (hiện hành, cũ) và bảng chuyển đổi; chạy lại nhiều lần được."

    def add_arguments(self, parser):
        parser.add_argument("--file", default=str(DATA_FILE))

    def handle(self, *args, file, **options):
        start = time.perf_counter()
        report = load_units(file)
        self.stdout.write(f"Đơn vị hành chính: {report} ({time.perf_counter() - start:.2f} s)")
