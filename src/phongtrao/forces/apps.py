from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForcesConfig(AppConfig):
    name = "phongtrao.forces"
    verbose_name = _("Lực lượng, tập huấn")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import register_menu_group, register_menu_item

        from . import views  # noqa: F401  (declares the pages, API and import)
        from .models import ForceStrength, TrainingCourse

        auditlog.register(TrainingCourse)
        auditlog.register(ForceStrength)
        register_menu_group("steering", _("Chỉ đạo"), "flag", weight=150)  # shared with steering, forces, budget
        register_menu_item(_("Lực lượng ANTT cơ sở"), "forces:forcestrength_list", "people", weight=400,
                           group="steering")
        register_menu_item(_("Cảnh báo suy giảm lực lượng"), "forces:declines", "graph-down-arrow", weight=405,
                           group="steering")
        register_menu_item(_("Lớp tập huấn"), "forces:trainingcourse_list", "mortarboard", weight=410,
                           group="steering")
