from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "phongtrao.stats"
    verbose_name = _("Thống kê")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core import caching
        from phongtrao.core.registry import register_menu_group, register_menu_item, register_report_section
        from phongtrao.core.reporting import PERIODIC

        from . import reporting, views  # noqa: F401  (declares the pages, API and import of the statistics)
        from .models import Indicator, MonthlyReport, Value

        caching.watch(MonthlyReport, Value)  # the dashboard's trends and the effectiveness estimates
        auditlog.register(Indicator)
        auditlog.register(MonthlyReport)
        auditlog.register(Value)
        register_menu_group("reporting", _("Báo cáo"), "file-earmark-ruled", weight=160)  # shared with reports
        register_menu_item(_("Nhập số liệu tháng"), "stats:entry", "pencil-square", weight=200, group="reporting",
                           action="add")
        register_menu_item(_("Báo cáo thống kê tháng"), "stats:monthlyreport_list", "calendar3", weight=210,
                           group="reporting")
        register_menu_item(_("Tình hình báo cáo thống kê"), "stats:reporting", "check2-all", weight=220,
                           group="reporting")
        register_menu_item(_("Số liệu"), "stats:value_list", "table", weight=230, group="reporting")
        register_menu_item(_("Chỉ tiêu"), "stats:indicator_list", "list-ol", weight=240, group="reporting")
        register_report_section("statistics", _("Tình hình ANTT qua số liệu thống kê"), reporting.statistics_section,
                                kinds=PERIODIC, weight=120, row_fields=reporting.ROW_FIELDS)
