from django.urls import path

from phongtrao.core.urls import crud_urls

from . import views

app_name = "initiatives"
urlpatterns = [
    path("types/<int:pk>/merge/", views.ModelTypeMergeView.as_view(), name="modeltype_merge"),
    path("map/", views.site_map, name="site_map"),
    path("map/points/", views.site_points, name="site_points"),
    path("evaluations/<int:pk>/attachment/", views.evaluation_attachment, name="evaluation_attachment"),
    *crud_urls("types", "modeltype", list_view=views.ModelTypeListView, detail=views.ModelTypeView,
               edit=views.ModelTypeEditView, delete=views.ModelTypeDeleteView, history=views.ModelTypeHistoryView),
    *crud_urls("sites", "site", list_view=views.SiteListView, detail=views.SiteView, edit=views.SiteEditView,
               delete=views.SiteDeleteView, history=views.SiteHistoryView),
    *crud_urls("evaluations", "evaluation", list_view=views.EvaluationListView, detail=views.EvaluationView,
               edit=views.EvaluationEditView, delete=views.EvaluationDeleteView, history=views.EvaluationHistoryView),
]
