from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "reports"
urlpatterns = [
    path("reports/<int:pk>/issue/", views.ReportIssueView.as_view(), name="report_issue"),
    path("reports/<int:pk>/reissue/", views.ReportReissueView.as_view(), name="report_reissue"),
    path("reports/<int:pk>/download.<str:fmt>", views.download, name="report_download"),
    path("reports/<int:pk>/figures/<str:ref>/", views.figure, name="report_figure"),
    path("status/", views.status, name="status"),
    *declared_urls(app_name),
]
