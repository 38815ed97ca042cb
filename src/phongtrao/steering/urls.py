from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "steering"
urlpatterns = [
    path("committees/rollup/", views.committee_rollup, name="committee_rollup"),
    path("committees/options/", views.committee_options, name="committee_options"),
    *declared_urls(app_name),
]
