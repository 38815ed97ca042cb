from django.urls import path

from . import views

app_name = "geo"
urlpatterns = [
    path("units/", views.UnitListView.as_view(), name="adminunit_list"),
    path("units/<int:pk>/", views.UnitView.as_view(), name="adminunit"),
    path("tree/", views.tree, name="tree"),
    path("tree/<int:pk>/children/", views.tree_children, name="tree_children"),
    path("lookup/", views.lookup, name="lookup"),
    path("units/options/", views.unit_options, name="unit_options"),
]
