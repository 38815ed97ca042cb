from django.contrib.auth import views as auth_views
from django.urls import path

from phongtrao.core.urls import crud_urls

from . import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("profile/", views.profile, name="profile"),
    *crud_urls("users", "user", list_view=views.UserListView, detail=views.UserView, edit=views.UserEditView,
               delete=views.UserDeleteView, history=views.UserHistoryView),
    path("auditlog/", views.AuditLogView.as_view(), name="auditlog"),
]
