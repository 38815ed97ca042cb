from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StatsConfig(AppConfig):
    name = "phongtrao.stats"
    verbose_name = _("Thống kê")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import register_menu_group, register_menu_item

        from . import views  # noqa: F401  (declares the pages, API and import of the statistics)
        from .models import Indicator, MonthlyReport, Value

        auditlog.register(Indicator)
        auditlog.register(MonthlyReport)
        auditlog.register(Value)
        register_menu_group("stats", _("Thống kê"), "graph-up", weight=160)
        register_menu_item(_("Nhập số liệu tháng"), "stats:entry", "pencil-square", weight=100, group="stats",
                           action="add")
        register_menu_item(_("Báo cáo thống kê tháng"), "stats:monthlyreport_list", "calendar3", weight=110,
                           group="stats")
        register_menu_item(_("Tình hình báo cáo"), "stats:reporting", "check2-all", weight=120, group="stats")
        register_menu_item(_("Số liệu"), "stats:value_list", "table", weight=130, group="stats")
        register_menu_item(_("Chỉ tiêu"), "stats:indicator_list", "list-ol", weight=140, group="stats")
