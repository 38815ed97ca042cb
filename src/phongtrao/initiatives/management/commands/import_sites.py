"""`phongtrao import_sites FILE --user USERNAME [--dry-run] [--create-types]`: the UI's import, from the shell."""
from phongtrao.core.imports.command import ImportCommand
from phongtrao.initiatives.importing import SiteImport


class Command(ImportCommand):
    help = "Nhập điểm mô hình từ tệp CSV hoặc Excel (.xlsx): kiểm tra mọi dòng, chỉ lưu khi cả tệp hợp lệ."
    spec = SiteImport
