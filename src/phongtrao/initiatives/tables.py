"""Tables for model types, sites and evaluations."""
import django_tables2 as tables
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, CheckBoxColumn, NumberColumn, ScopedCountColumn
from phongtrao.core.text import fold

from . import selectors
from .importing import COLUMNS as IMPORT_COLUMNS
from .models import Evaluation, ModelType, Site


class ModelTypeTable(BaseTable):
    name = tables.Column(linkify=True)
    site_count = ScopedCountColumn(selectors.site_counts_by_type, verbose_name=_("Số điểm trong phạm vi của bạn"),
                                   attrs={"td": {"class": "text-end"}, "th": {"class": "text-end"}})
    origin_unit = tables.Column(verbose_name=_("Nơi khởi xướng"))
    exemplary = tables.BooleanColumn()
    card_fields = ("name", "category", "site_count")

    class Meta(BaseTable.Meta):
        model = ModelType
        fields = ("name", "category", "field", "origin_unit", "originated_on", "site_count", "exemplary")


def short_site_name(site) -> str:
    """The site's name less what its other columns say: the type in front, the commune behind.

    "Tổ hòa giải ở cơ sở tổ dân phố 29, Xã Thượng Phúc" of type "Tổ hòa giải ở cơ sở" → "Tổ dân phố 29".
    """
    name = site.name
    for commune in (site.commune.full_name, site.commune.name):
        if fold(name).endswith(fold(f", {commune}")):
            name = name[:-len(commune)].rstrip(" ,")
    type_name = site.model_type.name
    if fold(name).startswith(fold(type_name)) and len(name) > len(type_name):
        name = name[len(type_name):].strip(" ,-–:")
    return capfirst(name) or site.name


class SiteTable(BaseTable):
    name = tables.Column(linkify=True)
    model_type = tables.Column(linkify=True)
    commune = tables.Column(verbose_name=_("Xã, phường"), order_by=("commune__name",))
    province = tables.Column(accessor="commune__parent__name", verbose_name=_("Tỉnh, thành phố"), order_by=("commune__parent__name", "commune__name"))
    members_count = NumberColumn()
    card_fields = ("name", "model_type", "status", "commune", "members_count")

    class Meta(BaseTable.Meta):
        model = Site
        fields = ("name", "model_type", "commune", "province", "started_on", "members_count", "status")

    def render_name(self, record):
        return short_site_name(record)

    def render_status(self, record):
        return format_html('<span class="badge status-badge status-{}">{}</span>', record.status,
                           record.get_status_display())


class SiteListTable(SiteTable):
    """The sites list: a check box per row for the bulk actions (`bulk-form` in core/inc/object_table.html)."""

    select = CheckBoxColumn(accessor="pk", exclude_from_export=True, attrs={
        "input": {"name": "pk", "form": "bulk-form", "aria-label": _("Chọn dòng này")},
        "th__input": {"data-bulk-toggle": "1", "aria-label": _("Chọn mọi dòng của trang")}})

    class Meta(SiteTable.Meta):
        sequence = ("select", "...")


def _header(key: str) -> str:
    """The import template's header of a column (kept in Vietnamese in every language, as the import reads it)."""
    return next(column.header for column in IMPORT_COLUMNS if column.key == key)


class SiteExportTable(BaseTable):
    """What a site export writes: every column of the site import under its header, then the id, so that an exported
    file re-imports unchanged (docs/import.md)."""

    name = tables.Column(verbose_name=_header("name"))
    model_type = tables.Column(accessor="model_type__name", verbose_name=_header("model_type"))
    commune_code = tables.Column(accessor="commune__code", verbose_name=_header("commune_code"))
    commune = tables.Column(accessor="commune__full_name", verbose_name=_header("commune"))
    province = tables.Column(accessor="commune__parent__full_name", verbose_name=_header("province"))
    address = tables.Column(verbose_name=_header("address"))
    village = tables.Column(verbose_name=_header("village"))
    lat = tables.Column(verbose_name=_header("lat"))
    lon = tables.Column(verbose_name=_header("lon"))
    started_on = tables.Column(verbose_name=_header("started_on"))
    members_count = tables.Column(verbose_name=_header("members_count"))
    leading_org = tables.Column(accessor="leading_org__name", verbose_name=_header("leading_org"))
    status = tables.Column(verbose_name=_header("status"))
    notes = tables.Column(verbose_name=_header("notes"))
    id = tables.Column(verbose_name="ID")

    class Meta(BaseTable.Meta):
        model = Site
        fields = ("name", "model_type", "commune_code", "commune", "province", "address", "village", "lat", "lon",
                  "started_on", "members_count", "leading_org", "status", "notes", "id")
        default = ""  # an empty cell, not a dash the import would read as a value


class EvaluationTable(BaseTable):
    target = tables.Column(accessor="pk", verbose_name=_("Đánh giá"), linkify=lambda record: record.get_absolute_url())
    card_fields = ("target", "rating", "unit")

    class Meta(BaseTable.Meta):
        model = Evaluation
        fields = ("target", "period", "period_start", "period_end", "rating", "unit")

    def render_target(self, record):
        return str(record)

    def value_target(self, record, value=None):
        return str(record)
