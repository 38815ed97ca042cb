from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "phongtrao.analytics"
    verbose_name = _("Phân tích, thống kê")

    def ready(self):
        from phongtrao.core.registry import register_widget

        from .services import jurisdiction_summary

        register_widget("analytics/inc/jurisdiction_summary.html",
                        lambda request: {"summary": jurisdiction_summary(request.user)}, weight=100)
