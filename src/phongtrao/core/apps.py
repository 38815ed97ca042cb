from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "phongtrao.core"
    verbose_name = _("Lõi hệ thống")
