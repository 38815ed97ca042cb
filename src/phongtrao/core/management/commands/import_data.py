"""`phongtrao import_data KEY FILE --user U [--dry-run] [--option NAME …]`: any declared import from the shell."""
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

from phongtrao.core.imports.command import ImportCommand
from phongtrao.core.registry import registry


def declared_specs() -> dict:
    return {pages.import_spec.key: pages.import_spec for pages in registry.models.values() if pages.import_spec}


class Command(ImportCommand):
    help = "Nhập dữ liệu từ tệp CSV hoặc Excel cho một loại đối tượng (KEY: xem --help): chỉ lưu khi cả tệp hợp lệ."

    def add_arguments(self, parser):
        parser.add_argument("key", help="loại dữ liệu: " + ", ".join(sorted(declared_specs())))
        super().add_arguments(parser)
        parser.add_argument("--option", action="append", default=[], help="bật một tùy chọn của lần nhập (tên)")

    def get_spec(self, options):
        spec = declared_specs().get(options["key"])
        if spec is None:
            raise CommandError(_("Không có loại dữ liệu nhập “%(key)s”; có: %(keys)s.") % {
                "key": options["key"], "keys": ", ".join(sorted(declared_specs()))})
        unknown = set(options["option"]) - set(spec.options)
        if unknown:
            raise CommandError(_("Tùy chọn không có: %(names)s.") % {"names": ", ".join(sorted(unknown))})
        options.update(dict.fromkeys(options["option"], True))
        return spec
