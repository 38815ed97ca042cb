from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "stats"
urlpatterns = [
    path("entry/", views.entry, name="entry"),
    path("reporting/", views.reporting, name="reporting"),
    *declared_urls(app_name),
]
