"""Filters of the document list and the review queue (UI lists, API and exports)."""
import django_filters
from django.utils.translation import gettext_lazy as _

from phongtrao.core.filters import BaseFilterSet, UnitSubtreeFilter
from phongtrao.initiatives.models import ModelType

from .models import Candidate, Document

FORMATS = (("txt", "TXT"), ("html", "HTML"), ("docx", "DOCX"), ("pdf", "PDF"))


class DocumentFilterSet(BaseFilterSet):
    search_fields = ("search_folded",)
    unit = UnitSubtreeFilter(unit_field="unit")
    status = django_filters.ChoiceFilter(choices=Document.Status.choices, label=_("Trạng thái"))
    format = django_filters.ChoiceFilter(choices=FORMATS, label=_("Định dạng"))
    published_after = django_filters.DateFilter(field_name="published", lookup_expr="gte", label=_("Đăng từ ngày"))
    published_before = django_filters.DateFilter(field_name="published", lookup_expr="lte", label=_("Đăng đến ngày"))
    model_type = django_filters.ModelChoiceFilter(field_name="model_types", queryset=ModelType.objects.all(),
                                                  label=_("Nhắc đến mô hình"), distinct=True)
    model_type.display_choices = lambda user, selected: [
        (t.pk, t.name) for t in ModelType.objects.filter(documents__isnull=False).distinct()[:150]]
    duplicates = django_filters.BooleanFilter(field_name="duplicate_of", lookup_expr="isnull", exclude=True,
                                              label=_("Bản trùng"), widget=django_filters.widgets.BooleanWidget())

    class Meta:
        model = Document
        fields = ("q", "unit", "status", "format", "published_after", "published_before", "model_type", "duplicates")


class CandidateFilterSet(BaseFilterSet):
    search_fields = ("name_folded", "evidence")
    unit = UnitSubtreeFilter(unit_field="unit")
    state = django_filters.ChoiceFilter(choices=Candidate.State.choices, label=_("Trạng thái"))
    seen_after = django_filters.DateFilter(field_name="last_seen", lookup_expr="gte", label=_("Thấy từ ngày"))

    class Meta:
        model = Candidate
        fields = ("q", "unit", "state", "seen_after")
