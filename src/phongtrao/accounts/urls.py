from django.contrib.auth import views as auth_views
from django.urls import path

from phongtrao.core.pages import declared_urls

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("profile/", views.profile, name="profile"),
    *declared_urls(app_name),
    path("auditlog/", views.AuditLogView.as_view(), name="auditlog"),
]
