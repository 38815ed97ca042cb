"""Tables of training courses and force counts."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, NumberColumn

from .models import ForceStrength, TrainingCourse


class TrainingCourseTable(BaseTable):
    topic = tables.Column(linkify=True)
    unit = tables.Column(verbose_name=_("Đơn vị tổ chức"))
    attendees = NumberColumn()
    card_fields = ("topic", "unit", "starts_on", "attendees")

    class Meta(BaseTable.Meta):
        model = TrainingCourse
        fields = ("topic", "unit", "starts_on", "ends_on", "attendees")


class ForceStrengthTable(BaseTable):
    strength = tables.Column(accessor="pk", verbose_name=_("Lực lượng"), order_by=("unit__name", "year"),
                             linkify=lambda record: record.get_absolute_url())
    teams = NumberColumn()
    members = NumberColumn()
    card_fields = ("strength", "teams", "members")

    class Meta(BaseTable.Meta):
        model = ForceStrength
        fields = ("strength", "unit", "year", "teams", "members")

    def render_strength(self, record):
        return str(record)

    def value_strength(self, record, value=None):
        return str(record)
