"""Tables of the budget: amounts in Vietnamese money style (1.234.000 đ); exports keep the numbers."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from .display import format_vnd
from .models import Allocation


class MoneyColumn(tables.Column):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("attrs", {"td": {"class": "text-end text-nowrap"}, "th": {"class": "text-end"}})
        super().__init__(*args, **kwargs)

    def render(self, value):
        return format_vnd(value)


class AllocationTable(BaseTable):
    allocation = tables.Column(accessor="pk", verbose_name=_("Kinh phí"), order_by=("item", "year"),
                               linkify=lambda record: record.get_absolute_url())
    unit = tables.Column(verbose_name=_("Đơn vị"))
    allocated = MoneyColumn()
    spent = MoneyColumn()
    card_fields = ("allocation", "unit", "allocated", "spent")

    class Meta(BaseTable.Meta):
        model = Allocation
        fields = ("allocation", "unit", "year", "item", "allocated", "spent", "source")

    def render_allocation(self, record):
        return str(record)

    def value_allocation(self, record, value=None):
        return str(record)
