"""URLs of the core app: job progress, the global search, the user's notices (models' pages come from `core.pages`)."""
from django.urls import path

from . import views

app_name = "core"
urlpatterns = [
    path("jobs/<int:pk>/", views.job, name="job"),
    path("jobs/<int:pk>/file/", views.job_file, name="job_file"),
    path("search/", views.search, name="search"),
    path("notices/", views.notices, name="notices"),
    path("notices/<int:pk>/", views.notice_open, name="notice_open"),
]
