from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GeoConfig(AppConfig):
    name = "phongtrao.geo"
    verbose_name = _("Đơn vị hành chính")

    def ready(self):
        from phongtrao.core.registry import register_menu_item, register_search

        from . import views  # noqa: F401  (declares the units' pages and API)
        from .models import AdminUnit

        register_menu_item(_("Đơn vị hành chính"), "geo:tree", "geo-alt", weight=300, group="system")
        register_search(AdminUnit, ("name_folded", "code"), queryset=AdminUnit.objects.current().select_related("parent"),
                        weight=900)
