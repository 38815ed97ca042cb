from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnalyticsConfig(AppConfig):
    name = "phongtrao.analytics"
    verbose_name = _("Phân tích, thống kê")

    def ready(self):
        from django.urls import reverse

        from phongtrao.core.registry import register_panel, register_widget

        from django.utils.translation import gettext

        from . import effectiveness
        from .views import block_context, dashboard_root, headline_context
        from .services import jurisdiction_summary

        effectiveness.translate = gettext  # caveats in the reader's language
        register_widget("analytics/widgets/headline.html", headline_context, weight=10)
        register_widget("analytics/widgets/categories.html", block_context("categories"), weight=20)
        register_widget("analytics/widgets/spread.html", block_context("spread"), weight=30)
        register_widget("analytics/widgets/trends.html", block_context("trends"), weight=35)
        register_widget("analytics/widgets/units.html", block_context("units"), weight=40)
        register_widget("analytics/widgets/steering.html", block_context("steering"), weight=45)
        register_widget("analytics/inc/jurisdiction_summary.html",
                        lambda request: {"summary": jurisdiction_summary(request.user, dashboard_root(request))},
                        weight=100)
        register_panel("initiatives.ModelType", "analytics/panels/effectiveness.html", lambda obj, request: {
            "effect_url": reverse("analytics:type_effectiveness", args=[obj.pk]),
            "replication_url": reverse("analytics:replication", args=[obj.pk])}, weight=50)
        register_panel("initiatives.Site", "analytics/panels/effectiveness.html", lambda obj, request: {
            "site": obj, "effect_url": reverse("analytics:site_effectiveness", args=[obj.pk])}, weight=50)
