from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "initiatives"
urlpatterns = [
    path("types/<int:pk>/merge/", views.ModelTypeMergeView.as_view(), name="modeltype_merge"),
    path("sites/rollup/", views.site_rollup, name="site_rollup"),
    path("sites/bulk/status/", views.SiteBulkView.as_view(kind="status"), name="site_bulk_status"),
    path("sites/bulk/delete/", views.SiteBulkView.as_view(kind="delete"), name="site_bulk_delete"),
    path("sites/<int:pk>/replicas/", views.site_replicas, name="site_replicas"),
    path("types/options/", views.type_options, name="type_options"),
    path("sites/options/", views.site_options, name="site_options"),
    path("map/", views.site_map, name="site_map"),
    path("map/points/", views.site_points, name="site_points"),
    path("map/sites/<int:pk>/", views.site_popup, name="site_popup"),
    path("evaluations/<int:pk>/attachment/", views.evaluation_attachment, name="evaluation_attachment"),
    *declared_urls(app_name),
]
