from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportsConfig(AppConfig):
    name = "phongtrao.reports"
    verbose_name = _("Báo cáo")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import register_menu_item, register_report_section
        from phongtrao.core.reporting import PERIODIC

        from . import reporting
        from . import views  # noqa: F401  (declares the pages and API of reports)
        from .models import Report

        auditlog.register(Report, exclude_fields=["content", "docx", "pdf"])
        register_menu_item(_("Báo cáo"), "reports:report_list", "file-earmark-ruled", weight=400)
        register_report_section("subordinates", _("Tình hình báo cáo của cấp dưới"), reporting.subordinates_section,
                                kinds=PERIODIC, weight=900, row_fields=reporting.ROW_FIELDS)
