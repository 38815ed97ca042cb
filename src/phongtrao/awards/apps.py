from datetime import date

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AwardsConfig(AppConfig):
    name = "phongtrao.awards"
    verbose_name = _("Thi đua – Khen thưởng")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core import caching
        from phongtrao.core.registry import (register_menu_group, register_menu_item, register_report_section,
                                             register_widget)
        from phongtrao.core.reporting import PERIODIC
        from phongtrao.core.scoping import unit_paths_for

        from . import reporting, views  # noqa: F401  (views: declares the pages, API and import)
        from .models import Commendation, FestivalPlan, FestivalSite
        from .selectors import under_commended

        caching.watch(Commendation)  # the under-commendation alert, the dashboard's steering block
        auditlog.register(Commendation)
        auditlog.register(FestivalPlan)
        auditlog.register(FestivalSite, m2m_fields={"showcased"})
        register_menu_group("steering", _("Chỉ đạo"), "flag", weight=150)  # shared with steering, forces, budget
        register_menu_item(_("Khen thưởng"), "awards:commendation_list", "award", weight=300, group="steering")
        register_menu_item(_("Cảnh báo ít được khen"), "awards:under_commended", "exclamation-triangle", weight=310,
                           group="steering")
        register_menu_item(_("Ngày hội toàn dân bảo vệ ANTQ"), "awards:festivalplan_list", "flag", weight=320,
                           group="steering")
        register_menu_item(_("Điểm tổ chức Ngày hội"), "awards:festivalsite_list", "geo-alt", weight=330,
                           group="steering")
        register_widget("awards/inc/alert_widget.html",
                        lambda request: {"alert": caching.cached(
                            ("under-commended", caching.scope_key(unit_paths_for(request.user, "view")),
                             date.today()),
                            lambda: [r for r in under_commended(request.user) if r.flagged][:5])},
                        weight=300)
        register_report_section("commendations", _("Công tác khen thưởng"), reporting.commendations_section,
                                kinds=PERIODIC, weight=140, row_fields=reporting.ROW_FIELDS)
