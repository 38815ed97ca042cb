from django.urls import path

from phongtrao.core.urls import crud_urls

from . import import_views, views

app_name = "initiatives"
urlpatterns = [
    path("types/<int:pk>/merge/", views.ModelTypeMergeView.as_view(), name="modeltype_merge"),
    path("sites/rollup/", views.site_rollup, name="site_rollup"),
    path("types/options/", views.type_options, name="type_options"),
    path("sites/options/", views.site_options, name="site_options"),
    path("map/", views.site_map, name="site_map"),
    path("map/points/", views.site_points, name="site_points"),
    path("evaluations/<int:pk>/attachment/", views.evaluation_attachment, name="evaluation_attachment"),
    *crud_urls("types", "modeltype", list_view=views.ModelTypeListView, detail=views.ModelTypeView,
               edit=views.ModelTypeEditView, delete=views.ModelTypeDeleteView, history=views.ModelTypeHistoryView),
    *crud_urls("sites", "site", list_view=views.SiteListView, detail=views.SiteView, edit=views.SiteEditView,
               delete=views.SiteDeleteView, history=views.SiteHistoryView),
    *crud_urls("evaluations", "evaluation", list_view=views.EvaluationListView, detail=views.EvaluationView,
               edit=views.EvaluationEditView, delete=views.EvaluationDeleteView, history=views.EvaluationHistoryView),
    path("sites/import/", import_views.SiteImportView.as_view(), name="site_import"),
    path("sites/import/template.<str:fmt>", import_views.import_template, name="site_import_template"),
]
