"""Tables for administrative-unit lists."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable

from .models import AdminUnit


class AdminUnitTable(BaseTable):
    full_name = tables.Column(linkify=True, verbose_name=_("Tên"))
    parent = tables.Column(verbose_name=_("Trực thuộc"), order_by=("parent__name",))
    is_current = tables.BooleanColumn(verbose_name=_("Hiện hành"))

    class Meta(BaseTable.Meta):
        model = AdminUnit
        fields = ("code", "full_name", "level", "kind", "parent", "is_current", "valid_from", "valid_to")
