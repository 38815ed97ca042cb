from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "phongtrao.core"
    verbose_name = _("Lõi hệ thống")

    def ready(self):
        from django.db.backends.signals import connection_created

        from . import export_jobs  # noqa: F401  (registers the background export's job runner)
        from .api import JobViewSet
        from .db import register_sqlite_collation
        from .registry import register_api_route, register_menu_group, register_menu_item

        register_menu_item(_("Tổng quan"), "home", "speedometer2", weight=0)
        register_menu_group("system", _("Hệ thống"), "gear", weight=300)
        register_menu_item(_("API"), "api:docs", "braces", weight=1000, group="system")
        register_api_route("core/jobs", JobViewSet, basename="job")
        connection_created.connect(register_sqlite_collation, dispatch_uid="phongtrao-vietnamese-collation")
