"""Tables for users and the audit log."""
import django_tables2 as tables
from auditlog.models import LogEntry
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from .models import User


class UserTable(BaseTable):
    username = tables.Column(linkify=True)
    full_name = tables.Column(accessor="get_full_name", verbose_name=_("Họ tên"), order_by=("first_name", "last_name"))
    unit = tables.Column(verbose_name=_("Đơn vị"), default=_("Toàn quốc"))

    class Meta(BaseTable.Meta):
        model = User
        fields = ("username", "full_name", "role", "unit", "position", "is_active", "last_login")


class LogEntryTable(BaseTable):
    timestamp = tables.DateTimeColumn(format="d/m/Y H:i:s", verbose_name=_("Thời điểm"))
    actor = tables.Column(verbose_name=_("Người thực hiện"), default=_("hệ thống"))
    content_type = tables.Column(verbose_name=_("Loại"))
    object_repr = tables.Column(verbose_name=_("Đối tượng"))
    changes_text = tables.Column(accessor="changes_str", verbose_name=_("Thay đổi"), orderable=False)

    class Meta(BaseTable.Meta):
        model = LogEntry
        fields = ("timestamp", "actor", "action", "content_type", "object_repr", "changes_text", "remote_addr")
        attrs = {"class": "table table-sm table-striped"}
