from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "budget"
urlpatterns = [
    path("norm/", views.norm, name="norm"),
    *declared_urls(app_name),
]
