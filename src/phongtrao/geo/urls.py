from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "geo"
urlpatterns = [
    path("tree/", views.tree, name="tree"),
    path("tree/<int:pk>/children/", views.tree_children, name="tree_children"),
    path("lookup/", views.lookup, name="lookup"),
    path("units/options/", views.unit_options, name="unit_options"),
    *declared_urls(app_name),
]
