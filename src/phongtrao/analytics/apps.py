from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "phongtrao.analytics"
    verbose_name = _("Phân tích, thống kê")
