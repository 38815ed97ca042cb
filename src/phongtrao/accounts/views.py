"""Pages of the accounts app: sign-in, own profile, user management, the global audit log."""
from auditlog.models import LogEntry
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from rest_framework.authtoken.models import Token

from phongtrao.core.forms import BootstrapMixin
from phongtrao.core.pages import register_model_pages
from phongtrao.core.views import ObjectListView

from . import selectors, services
from .api import UserViewSet
from .filters import LogEntryFilterSet, UserFilterSet
from .forms import UserForm
from .models import User
from .tables import LogEntryTable, UserTable


class StyledAuthForm(BootstrapMixin, auth_views.AuthenticationForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()


class StyledPasswordChangeForm(BootstrapMixin, auth_views.PasswordChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = StyledAuthForm
    redirect_authenticated_user = True


class PasswordChangeView(auth_views.PasswordChangeView):
    template_name = "accounts/password_change.html"
    form_class = StyledPasswordChangeForm
    success_url = reverse_lazy("accounts:profile")

    def form_valid(self, form):
        messages.success(self.request, _("Đã đổi mật khẩu."))
        return super().form_valid(form)


@login_required
def profile(request):
    """The signed-in user's role, scope and API token (created on request)."""
    token = Token.objects.filter(user=request.user).first()
    if request.method == "POST":
        Token.objects.filter(user=request.user).delete()
        token = Token.objects.create(user=request.user)
    return render(request, "accounts/profile.html", {"token": token})


register_model_pages(
    User, "users",
    queryset=User.objects.select_related("unit"),
    detail_queryset=User.objects.select_related("unit__parent"),
    filterset=UserFilterSet, table=UserTable, form=UserForm,
    save=lambda actor, form: services.save_user(actor=actor, user=form.save(commit=False),
                                                password=form.cleaned_data.get("password1")),
    delete=lambda actor, user: services.delete_user(actor=actor, user=user),
    viewset=UserViewSet, search_fields=("username", "first_name", "last_name"), search_weight=800,
)


class AuditLogView(ObjectListView):
    """Every recorded change, inside the user's jurisdiction (entries carry their unit path)."""

    queryset = LogEntry.objects.all()
    filterset = LogEntryFilterSet
    table = LogEntryTable
    title = gettext_lazy("Nhật ký thay đổi")

    def get_queryset(self, action=None):
        return selectors.audit_entries_for(self.request.user)
