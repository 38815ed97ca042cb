"""URLs of the core app (jobs), and `crud_urls()` naming a model's generic pages `<model>_list`, `<model>`, …"""
from django.urls import path

from . import views


def crud_urls(prefix: str, model: str, *, list_view, detail, edit, delete, history) -> list:
    return [
        path(f"{prefix}/", list_view.as_view(), name=f"{model}_list"),
        path(f"{prefix}/add/", edit.as_view(), name=f"{model}_add"),
        path(f"{prefix}/<int:pk>/", detail.as_view(), name=model),
        path(f"{prefix}/<int:pk>/edit/", edit.as_view(), name=f"{model}_edit"),
        path(f"{prefix}/<int:pk>/delete/", delete.as_view(), name=f"{model}_delete"),
        path(f"{prefix}/<int:pk>/history/", history.as_view(), name=f"{model}_history"),
    ]


app_name = "core"
urlpatterns = [
    path("jobs/<int:pk>/", views.job, name="job"),
    path("search/", views.search, name="search"),
]
