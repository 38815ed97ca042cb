"""Tables for users and the audit log."""
import django_tables2 as tables
from auditlog.models import LogEntry
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

from phongtrao.core.changelog import as_text, readable
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
    """The audit log, read as sentences (core.changelog): who did what to which object, fields by their labels."""

    timestamp = tables.DateTimeColumn(format="d/m/Y H:i", verbose_name=_("Thời điểm"))
    actor = tables.Column(verbose_name=_("Người thực hiện"), default=_("hệ thống"))
    action = tables.Column(verbose_name=_("Thao tác"))
    object_repr = tables.Column(verbose_name=_("Đối tượng"))
    remote_addr = tables.Column(verbose_name=_("Địa chỉ IP"))
    changes_text = tables.Column(accessor="changes_str", verbose_name=_("Thay đổi"), orderable=False,
                                 attrs={"td": {"class": "small"}})

    class Meta(BaseTable.Meta):
        model = LogEntry
        fields = ("timestamp", "actor", "action", "object_repr", "changes_text", "remote_addr")
        sequence = fields
        attrs = {"class": "table table-sm table-striped history-table"}

    def row(self, record):
        """The record described with the rest of its page (related objects looked up once per model)."""
        rows = self.__dict__.setdefault("_rows", {})
        if record.pk not in rows:
            page = getattr(self, "page", None)
            records = list(page.object_list) if page is not None else []
            rows.update({row.entry.pk: row for row in readable(self.request.user, records if record in records else [record])})
        return rows[record.pk]

    def render_actor(self, record):
        return self.row(record).actor

    def render_action(self, record):
        return self.row(record).verb

    def render_object_repr(self, record):
        return self.row(record).object_label

    def render_changes_text(self, record):
        return render_to_string("core/inc/changes.html", {"changes": self.row(record).changes})

    def value_actor(self, record, value=None):
        return self.row(record).actor

    def value_action(self, record, value=None):
        return self.row(record).verb

    def value_object_repr(self, record, value=None):
        return self.row(record).object_label

    def value_changes_text(self, record, value=None):
        return as_text(self.row(record))
