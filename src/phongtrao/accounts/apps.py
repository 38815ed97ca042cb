from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "phongtrao.accounts"
    verbose_name = _("Tài khoản")

    def ready(self):
        from auditlog.registry import auditlog

        from phongtrao.core.registry import (
            count_in_units,
            register_api_route,
            register_menu_item,
            register_user_menu_item,
        )

        from . import views  # noqa: F401  (declares the users' pages and API)
        from .api import LogEntryViewSet
        from .models import User

        auditlog.register(User, exclude_fields=["password", "last_login"])
        count_in_units(User, _("Người dùng"))
        register_menu_item(_("Người dùng"), "accounts:user_list", "people", weight=400, group="system")
        register_menu_item(_("Nhật ký thay đổi"), "accounts:auditlog", "clock-history", weight=410, group="system")
        register_user_menu_item(_("Tài khoản của tôi"), "accounts:profile", weight=100)
        register_user_menu_item(_("Đổi mật khẩu"), "accounts:password_change", weight=110)
        register_user_menu_item(_("Đăng xuất"), "accounts:logout", weight=900, post=True)
        register_api_route("accounts/auditlog", LogEntryViewSet)
