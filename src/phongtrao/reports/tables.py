"""The report list."""
import django_tables2 as tables
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from .models import Report


class ReportTable(BaseTable):
    summary = tables.Column(linkify=True)
    unit = tables.Column(verbose_name=_("Đơn vị"), default=_("Toàn quốc"))
    number = tables.Column(verbose_name=_("Số, ký hiệu"), accessor="number")
    card_fields = ("summary", "kind", "unit", "state")

    class Meta(BaseTable.Meta):
        model = Report
        fields = ("summary", "kind", "unit", "period_end", "state", "number", "issued_on", "revision")

    def render_number(self, record):
        return record.reference

    def value_number(self, record, value=None):
        return record.reference

    def render_state(self, record):
        return format_html('<span class="badge report-{}">{}</span>', record.state, record.get_state_display())
