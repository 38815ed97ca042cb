"""Root URLs: one include per app, the REST API under /api/ (routes the apps registered)."""
from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.routers import DefaultRouter

from phongtrao.core.registry import registry
from phongtrao.core.views import home

router = DefaultRouter()
router.include_format_suffixes = False  # `?format=json` only: no `.json` twin of every route
for route in registry.api_routes:  # each app registers its viewsets in its AppConfig.ready()
    router.register(route.prefix, route.viewset, basename=route.basename)

api_urls = [
    path("", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
]

urlpatterns = [
    path("", home, name="home"),
    path("core/", include("phongtrao.core.urls")),
    path("geo/", include("phongtrao.geo.urls")),
    path("initiatives/", include("phongtrao.initiatives.urls")),
    path("intake/", include("phongtrao.intake.urls")),
    path("stats/", include("phongtrao.stats.urls")),
    path("awards/", include("phongtrao.awards.urls")),
    path("budget/", include("phongtrao.budget.urls")),
    path("forces/", include("phongtrao.forces.urls")),
    path("analytics/", include("phongtrao.analytics.urls")),
    path("steering/", include("phongtrao.steering.urls")),
    path("accounts/", include("phongtrao.accounts.urls")),
    path("reports/", include("phongtrao.reports.urls")),
    path("api/auth/", include("rest_framework.urls")),  # its own namespace: DRF's templates reverse it by name
    path("api/", include((api_urls, "api"))),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]

handler400 = "phongtrao.core.errors.bad_request"
handler403 = "phongtrao.core.errors.permission_denied"
handler404 = "phongtrao.core.errors.page_not_found"
handler500 = "phongtrao.core.errors.server_error"

if settings.DEBUG:  # pragma: no cover
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
