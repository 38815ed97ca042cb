from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "forces"
urlpatterns = [
    path("strengths/declines/", views.declines, name="declines"),
    *declared_urls(app_name),
]
