from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "awards"
urlpatterns = [
    path("commendations/alert/", views.under_commended, name="under_commended"),
    *declared_urls(app_name),
]
