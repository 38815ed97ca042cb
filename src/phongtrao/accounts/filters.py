"""Filters for users and the audit log."""
import django_filters
from auditlog.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext_lazy as _

from phongtrao.core.changelog import VERBS
from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter
from phongtrao.geo.models import AdminUnit, Level

from .models import Role, User


def province_choices():
    return AdminUnit.objects.filter(is_current=True, level=Level.PROVINCE).order_by("name")


class UserFilterSet(BaseFilterSet):
    search_fields = ("username", "first_name", "last_name", "email", "unit__name_folded")
    role = django_filters.ChoiceFilter(choices=Role.choices, label=_("Vai trò"))
    province = UnitSubtreeFilter(unit_field="unit", queryset=province_choices(), label=_("Tỉnh, thành phố"))
    is_active = django_filters.BooleanFilter(label=_("Đang hoạt động"), widget=django_filters.widgets.BooleanWidget())

    class Meta:
        model = User
        fields = ("q", "role", "province", "is_active")


class LogEntryFilterSet(BaseFilterSet):
    search_fields = ("object_repr",)
    actor = django_filters.ModelChoiceFilter(queryset=User.objects.all(), label=_("Người thực hiện"))
    unit = UnitSubtreeFilter(path_field="additional_data__unit_path", queryset=province_choices(), label=_("Tỉnh, thành phố"))
    content_type = django_filters.ModelChoiceFilter(
        queryset=ContentType.objects.filter(app_label__in=("accounts", "geo", "initiatives", "intake", "steering")),
        label=_("Loại đối tượng"),
    )
    action = django_filters.ChoiceFilter(choices=list(VERBS.items()), label=_("Thao tác"))
    since = django_filters.DateFilter(field_name="timestamp", lookup_expr="date__gte", label=_("Từ ngày"))
    until = django_filters.DateFilter(field_name="timestamp", lookup_expr="date__lte", label=_("Đến ngày"))

    class Meta:
        model = LogEntry
        fields = ("q", "actor", "unit", "content_type", "action", "since", "until")

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            self.filters["actor"].queryset = User.objects.for_user(request.user)
