"""Create demo data: every app with a `demo` module contributes, in INSTALLED_APPS order."""
import importlib.util
import time

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from phongtrao.core.db import analyze

SCALES = ("small", "national")


class Command(BaseCommand):
    help = "Tạo dữ liệu mẫu (small: để dùng thử; national: quy mô toàn quốc cho đo hiệu năng). Chạy lại không nhân đôi dữ liệu."

    def add_arguments(self, parser):
        parser.add_argument("--scale", choices=SCALES, default="small")
        parser.add_argument("--seed", type=int, default=2025)

    def handle(self, *args, scale, seed, **options):
        for config in apps.get_app_configs():
            name = f"{config.name}.demo"
            if not config.name.startswith("phongtrao.") or importlib.util.find_spec(name) is None:
                continue
            start = time.perf_counter()
            with transaction.atomic():
                summary = importlib.import_module(name).build(scale=scale, seed=seed)
            analyze(*config.get_models())
            self.stdout.write(f"[{config.label}] {summary} ({time.perf_counter() - start:.1f} s)")
