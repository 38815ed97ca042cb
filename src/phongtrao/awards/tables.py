"""Tables of commendations and Festival Day."""
import django_tables2 as tables
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, NumberColumn

from .models import Commendation, FestivalPlan, FestivalSite


class CommendationTable(BaseTable):
    recipient = tables.Column(linkify=True)
    unit = tables.Column(verbose_name=_("Đơn vị"))
    stage = tables.Column(accessor="pk", verbose_name=_("Bước"), orderable=False)
    card_fields = ("recipient", "unit", "form", "decision_ref", "stage")

    class Meta(BaseTable.Meta):
        model = Commendation
        fields = ("recipient", "recipient_kind", "unit", "year", "decision_ref", "decided_on", "level", "form",
                  "ceremony_on", "stage")

    def render_stage(self, record):
        return format_html('<span class="badge text-bg-light border stage-{}">{}</span>', record.stage,
                           record.get_stage_display())

    def value_stage(self, record, value=None):
        return record.get_stage_display()


class FestivalPlanTable(BaseTable):
    title = tables.Column(linkify=True)
    unit = tables.Column(verbose_name=_("Cấp tổ chức"), default=_("Toàn quốc"))
    card_fields = ("title", "year", "sites_wanted")

    class Meta(BaseTable.Meta):
        model = FestivalPlan
        fields = ("title", "year", "unit", "sites_wanted", "max_per_province", "min_priority_share", "selected_at")


class FestivalSiteTable(BaseTable):
    commune = tables.Column(linkify=lambda record: record.get_absolute_url(), order_by=("commune__name",))
    province = tables.Column(accessor="commune__parent__name", verbose_name=_("Tỉnh, thành phố"))
    score = NumberColumn()
    reasons = tables.Column(verbose_name=_("Lý do"), orderable=False)
    card_fields = ("commune", "province", "score", "chosen", "reasons")

    class Meta(BaseTable.Meta):
        model = FestivalSite
        fields = ("commune", "province", "plan", "score", "chosen", "pinned", "reasons", "lacking", "attendance")

    def render_reasons(self, value):
        return format_html_join("; ", "{} ({})", ((label, f"{points:+d}") for label, points in value if points))

    def value_reasons(self, record, value=None):
        return "; ".join(f"{label} ({points:+d})" for label, points in record.reasons)
