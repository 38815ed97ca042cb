from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SteeringConfig(AppConfig):
    name = "phongtrao.steering"
    verbose_name = _("Chỉ đạo")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import register_menu_group, register_menu_item

        from . import views  # noqa: F401  (declares the pages and API of committees, members, plans and tasks)
        from .models import Committee, CommitteeMember

        auditlog.register(Committee)
        auditlog.register(CommitteeMember)
        register_menu_group("steering", _("Chỉ đạo"), "flag", weight=150)
        register_menu_item(_("Ban Chỉ đạo"), "steering:committee_list", "people", weight=100, group="steering")
        register_menu_item(_("Kiện toàn Ban Chỉ đạo"), "steering:committee_rollup", "check2-square", weight=110,
                           group="steering")
