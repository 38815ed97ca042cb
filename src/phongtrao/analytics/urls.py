from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("export/<slug:key>/", views.export_block, name="export_block"),
]
