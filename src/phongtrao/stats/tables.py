"""Tables of the statistics lists."""
import django_tables2 as tables
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, NumberColumn

from .models import Indicator, MonthlyReport, Value

STATE_CLASSES = {"draft": "secondary", "submitted": "warning text-dark", "returned": "danger", "approved": "success",
                 "missing": "light text-dark border"}


def state_badge(state: str, label) -> str:
    return format_html('<span class="badge bg-{}">{}</span>', STATE_CLASSES.get(state, "secondary"), label)


def format_number(value) -> str:
    """A figure the language's way: whole numbers grouped (1.234), others with one decimal (12,5)."""
    return number_format(value, 0 if float(value).is_integer() else 1, force_grouping=True)


class IndicatorTable(BaseTable):
    name = tables.Column(linkify=True)
    card_fields = ("name", "code", "unit_label")

    class Meta(BaseTable.Meta):
        model = Indicator
        fields = ("code", "name", "unit_label", "group", "lower_is_better", "active")


class MonthlyReportTable(BaseTable):
    report = tables.Column(accessor="pk", verbose_name=_("Báo cáo"), linkify=lambda record: record.get_absolute_url(),
                           order_by=("commune__name",))
    month = tables.DateColumn(format="m/Y")
    province = tables.Column(accessor="commune__parent__name", verbose_name=_("Tỉnh, thành phố"))
    value_count = NumberColumn(verbose_name=_("Số chỉ tiêu"), orderable=False)
    card_fields = ("report", "month", "state")

    class Meta(BaseTable.Meta):
        model = MonthlyReport
        fields = ("report", "month", "province", "state", "value_count", "submitted_on", "approved_on")

    def render_report(self, record):
        return record.commune.full_name

    def value_report(self, record, value=None):
        return str(record)

    def render_state(self, record):
        return state_badge(record.state, record.get_state_display())


class ValueTable(BaseTable):
    commune = tables.Column(accessor="report__commune__full_name", verbose_name=_("Xã, phường"),
                            linkify=lambda record: record.report.get_absolute_url(), order_by=("report__commune__name",))
    month = tables.DateColumn(accessor="report__month", format="m/Y", verbose_name=_("Tháng"))
    code = tables.Column(accessor="indicator__code", verbose_name=_("Mã chỉ tiêu"))
    value = NumberColumn()
    state = tables.Column(accessor="report__state", verbose_name=_("Tình trạng"))
    card_fields = ("commune", "month", "indicator", "value")

    class Meta(BaseTable.Meta):
        model = Value
        fields = ("commune", "month", "code", "indicator", "value", "estimated", "state")

    def render_value(self, value):
        return format_number(value)

    def render_state(self, record):
        return state_badge(record.report.state, record.report.get_state_display())

    def value_state(self, record, value=None):
        return record.report.get_state_display()
