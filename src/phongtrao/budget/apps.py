from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BudgetConfig(AppConfig):
    name = "phongtrao.budget"
    verbose_name = _("Kinh phí")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import register_menu_group, register_menu_item

        from . import views  # noqa: F401  (declares the pages, API and import)
        from .models import Allocation

        auditlog.register(Allocation)
        register_menu_group("steering", _("Chỉ đạo"), "flag", weight=150)  # shared with steering, forces, budget
        register_menu_item(_("Kinh phí"), "budget:allocation_list", "cash-stack", weight=420, group="steering")
        register_menu_item(_("Kinh phí so với định mức"), "budget:norm", "calculator", weight=430, group="steering")
