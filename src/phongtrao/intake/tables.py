"""Tables of documents and candidate models."""
import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from phongtrao.core.tables import BaseTable, NumberColumn

from .models import Candidate, Document


class DocumentTable(BaseTable):
    title = tables.Column(verbose_name=_("Tiêu đề"), linkify=True, accessor="pk", order_by=("title",))
    unit = tables.Column(verbose_name=_("Đơn vị"), order_by=("unit__name",))

    class Meta(BaseTable.Meta):
        model = Document
        fields = ("title", "filename", "format", "published", "unit", "status", "created")

    def render_title(self, record):
        return str(record)

    def value_title(self, record, value=None):
        return str(record)


class CandidateTable(BaseTable):
    name = tables.Column(linkify=True)
    evidence = tables.Column(verbose_name=_("Câu trích dẫn"), orderable=False)
    document_count = NumberColumn(verbose_name=_("Số tài liệu"))
    unit = tables.Column(verbose_name=_("Địa bàn"), order_by=("unit__name",))

    class Meta(BaseTable.Meta):
        model = Candidate
        fields = ("name", "evidence", "unit", "document_count", "first_seen", "last_seen", "state")

    def render_evidence(self, value):
        return value if len(value) <= 160 else value[:157] + "…"
