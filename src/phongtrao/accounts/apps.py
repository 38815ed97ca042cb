from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "phongtrao.accounts"
    verbose_name = _("Tài khoản")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.geo.registry import count_in_units

        from .models import User

        auditlog.register(User, exclude_fields=["password", "last_login"])
        count_in_units(User, _("Người dùng"))
