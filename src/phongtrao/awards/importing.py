"""Import of commendation decisions (one row per recipient of a decision), declared for the core import engine."""
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import Choice, Date, Integer, Lookup, Text
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.core.text import fold
from phongtrao.geo.importing import UnitCode
from phongtrao.initiatives.models import ModelType

from .models import Appraisal, AwardForm, AwardLevel, Commendation, RecipientKind


def _type_index(spec) -> dict[str, int]:
    return {fold(name): pk for pk, name in ModelType.objects.values_list("pk", "name")}


COLUMNS = (
    Column("unit", "Mã đơn vị", UnitCode(required=True),
           gettext_lazy("Bắt buộc. Mã thống kê của tỉnh hoặc xã, phường của người, tập thể được khen."), "26734",
           ("ma xa", "ma don vi hanh chinh")),
    Column("recipient", "Tên tập thể, cá nhân", Text(200, required=True), gettext_lazy("Bắt buộc."),
           "Tổ tự quản khu phố 3"),
    Column("recipient_kind", "Đối tượng", Choice(RecipientKind.choices, default=RecipientKind.COLLECTIVE),
           gettext_lazy("Tập thể hoặc Cá nhân; để trống là Tập thể."), "Tập thể"),
    Column("position", "Chức vụ, nơi công tác", Text(200), gettext_lazy("Với cá nhân."), ""),
    Column("birth_year", "Năm sinh", Integer(min_value=1900, max_value=2100), gettext_lazy("Với cá nhân."), ""),
    Column("model_type", "Mô hình", Lookup(_type_index, missing=gettext_lazy("Chưa có mô hình “%(value)s”.")),
           gettext_lazy("Tên mô hình đã có trong hệ thống (tùy ý)."), "Nhà trọ tự quản"),
    Column("achievements", "Thành tích", Text(), gettext_lazy("Tùy ý."), ""),
    Column("decision_ref", "Số quyết định", Text(120, required=True), gettext_lazy("Bắt buộc."), "1234/QĐ-BCA"),
    Column("decided_on", "Ngày quyết định", Date(past=True, required=True), gettext_lazy("Bắt buộc, dd/mm/yyyy."),
           "19/08/2025"),
    Column("level", "Cấp khen", Choice(AwardLevel.choices, required=True), gettext_lazy("Bắt buộc."), "Bộ Công an"),
    Column("form", "Hình thức khen", Choice(AwardForm.choices, required=True), gettext_lazy("Bắt buộc."),
           "Bằng khen"),
    Column("ceremony_on", "Ngày trao tặng", Date(), gettext_lazy("Tùy ý, dd/mm/yyyy."), ""),
)
FIELDS = ("unit_id", "year", "recipient_kind", "recipient", "position", "birth_year", "model_type_id", "achievements",
          "proposed_form", "nominated_on", "appraisal", "appraised_on", "decision_ref", "decided_on", "level", "form",
          "ceremony_on")


class DecisionImport(ImportSpec):
    """Recipients of commendation decisions already signed: each row is saved at the step "decided" (or "presented"
    with a ceremony date); the same recipient cannot appear twice in one decision."""

    key = "commendations"
    model = Commendation
    columns = COLUMNS
    required = ("unit", "recipient", "decision_ref", "decided_on", "level", "form")
    file_stem = "mau-nhap-quyet-dinh-khen-thuong"
    clash_column = "recipient"
    clash_messages = (gettext_lazy("Trùng người, tập thể được khen trong cùng quyết định với dòng %(row)d."),
                      gettext_lazy("Quyết định này đã khen người, tập thể này."))

    def check(self, number, cells, ok):
        if not ok:
            return None
        if cells["ceremony_on"] and cells["ceremony_on"] < cells["decided_on"]:
            self.error(number, "ceremony_on", _("Ngày trao tặng không thể trước ngày quyết định."))
            return None
        individual = cells["recipient_kind"] == RecipientKind.INDIVIDUAL
        decided: date = cells["decided_on"]
        return (cells["unit"], decided.year, cells["recipient_kind"], cells["recipient"], cells["position"],
                cells["birth_year"] if individual else None, cells["model_type"], cells["achievements"],
                cells["form"], decided, Appraisal.APPROVED, decided, cells["decision_ref"], decided, cells["level"],
                cells["form"], cells["ceremony_on"])

    def clash_key(self, row):
        return (fold(row[12]), row[0], fold(row[3]))

    def saved_keys(self, *, since=None):
        rows = self.saved_since(since).exclude(decision_ref="")
        return ((fold(ref), unit, fold(name)) for ref, unit, name in rows.values_list("decision_ref", "unit_id",
                                                                                     "recipient").iterator())

    def save(self, rows):
        return bulk_insert(Commendation, FIELDS, rows)
