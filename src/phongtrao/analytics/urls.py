from django.urls import path

from . import views

app_name = "analytics"

urlpatterns = [
    path("export/<slug:key>/", views.export_block, name="export_block"),
    path("effectiveness/<int:pk>/", views.type_effectiveness, name="type_effectiveness"),
    path("effectiveness/site/<int:pk>/", views.site_effectiveness, name="site_effectiveness"),
    path("replication/<int:pk>/", views.replication, name="replication"),
    path("replication/<int:pk>/task/", views.replication_task, name="replication_task"),
]
