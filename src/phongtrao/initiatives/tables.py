"""Tables for model types, sites and evaluations."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, NumberColumn

from .models import Evaluation, ModelType, Site


class ModelTypeTable(BaseTable):
    name = tables.Column(linkify=True)
    site_count = NumberColumn(verbose_name=_("Số điểm"))
    origin_unit = tables.Column(verbose_name=_("Nơi khởi xướng"))
    exemplary = tables.BooleanColumn()

    class Meta(BaseTable.Meta):
        model = ModelType
        fields = ("name", "category", "field", "origin_unit", "originated_on", "site_count", "exemplary")


class SiteTable(BaseTable):
    name = tables.Column(linkify=True)
    model_type = tables.Column(linkify=True)
    commune = tables.Column(verbose_name=_("Xã, phường"), order_by=("commune__name",))
    province = tables.Column(accessor="commune__parent__name", verbose_name=_("Tỉnh, thành phố"), order_by=("commune__parent__name", "commune__name"))
    members_count = NumberColumn()

    class Meta(BaseTable.Meta):
        model = Site
        fields = ("name", "model_type", "commune", "province", "village", "started_on", "members_count", "status")


class EvaluationTable(BaseTable):
    target = tables.Column(accessor="pk", verbose_name=_("Đánh giá"), linkify=lambda record: record.get_absolute_url())

    class Meta(BaseTable.Meta):
        model = Evaluation
        fields = ("target", "period", "period_start", "period_end", "rating", "unit")

    def render_target(self, record):
        return str(record)

    def value_target(self, record, value=None):
        return str(record)
