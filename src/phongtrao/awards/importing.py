"""Imports declared for the core import engine: commendation decisions (one row per recipient of a decision) and
Festival Day sites (one row per commune of a plan, the plan found or created)."""
from datetime import date

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import YES_NO, Choice, Date, Integer, Lookup, Text
from phongtrao.core.imports.parents import Parents
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.core.text import fold
from phongtrao.geo.importing import UnitCode
from phongtrao.geo.models import AdminUnit, Level
from phongtrao.initiatives.models import ModelType

from .models import Appraisal, AwardForm, AwardLevel, Commendation, FestivalPlan, FestivalSite, RecipientKind


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


# -- Festival Day sites: one row per commune of a plan, the plan found or created by its level, year and name -------

PLAN_FIELDS = {"ceremony_programme": "ceremony_programme", "festivity_programme": "festivity_programme",
               "leaders": "leaders"}
SITE_FIELDS = ("plan_id", "commune_id", "chosen", "attendance", "awards_given", "result_note")
SITE_COLUMNS = (
    Column("unit", "Mã tỉnh tổ chức", UnitCode(national=True, levels=(Level.PROVINCE,)),
           gettext_lazy("Mã thống kê của tỉnh, thành phố tổ chức; để trống là kế hoạch toàn quốc."), "79",
           ("cap to chuc", "ma tinh")),
    Column("year", "Năm", Integer(required=True, min_value=2000, max_value=2100), gettext_lazy("Bắt buộc."), "2025"),
    Column("plan", "Kế hoạch Ngày hội", Text(200, required=True),
           gettext_lazy("Bắt buộc: tên kế hoạch; chưa có thì được tạo với các quy tắc chọn điểm mặc định."),
           "Ngày hội toàn dân bảo vệ ANTQ năm 2025", ("ten ke hoach", "ke hoach")),
    Column("ceremony_programme", "Phần lễ", Text(), gettext_lazy("Tùy ý."), ""),
    Column("festivity_programme", "Phần hội", Text(), gettext_lazy("Tùy ý."), ""),
    Column("leaders", "Lãnh đạo dự", Text(), gettext_lazy("Tùy ý; mỗi dòng một người."), ""),
    Column("commune", "Mã xã", UnitCode(levels=(Level.COMMUNE,), required=True),
           gettext_lazy("Bắt buộc. Mã thống kê của xã, phường, đặc khu trong tỉnh của kế hoạch."), "26734",
           ("ma xa phuong",)),
    Column("chosen", "Được chọn", Choice(YES_NO, default=True), gettext_lazy("Có hoặc Không; để trống là Có."), "Có"),
    Column("attendance", "Số người dự", Integer(), gettext_lazy("Tùy ý."), "500"),
    Column("awards_given", "Số tập thể, cá nhân được khen", Integer(), gettext_lazy("Tùy ý."), "12",
           ("so duoc khen",)),
    Column("result_note", "Kết quả", Text(), gettext_lazy("Tùy ý."), ""),
)


def _plan_key(unit, year, title):
    return (unit, year, fold(title))


class FestivalSiteImport(ImportSpec):
    """Sites of Festival Day plans (e.g. the years before the app, which the "not chosen again" rule reads), one row
    per commune; a plan not saved yet (same level, year and name) is created from its rows. Sites proposed by the
    selection are edited on their pages."""

    key = "festival_sites"
    model = FestivalSite
    columns = SITE_COLUMNS
    required = ("year", "plan", "commune")
    file_stem = "mau-nhap-diem-ngay-hoi"
    clash_column = "commune"
    clash_messages = (gettext_lazy("Trùng xã của cùng kế hoạch với dòng %(row)d."),
                      gettext_lazy("Kế hoạch đã có điểm tại xã này: sửa trên trang của điểm."))

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.paths = dict(AdminUnit.objects.current().values_list("pk", "path"))
        saved = FestivalPlan.objects.values("pk", "unit_id", "year", "title", *PLAN_FIELDS.values())
        self.plans = Parents(self, FestivalPlan, fields=PLAN_FIELDS, fixed=("unit_id", "year", "title"), saved={
            _plan_key(row["unit_id"], row["year"], row["title"]):
                (row["pk"], {column: row[field] for column, field in PLAN_FIELDS.items()})
            for row in saved})

    def check(self, number, cells, ok):
        if not ok:
            return None
        if cells["unit"] and not self.paths[cells["commune"]].startswith(self.paths[cells["unit"]]):
            self.error(number, "commune", _("Xã phải thuộc tỉnh của kế hoạch."))
            return None
        key = _plan_key(cells["unit"], cells["year"], cells["plan"])
        if not self.plans.take(number, key, cells, (cells["unit"], cells["year"], cells["plan"])):
            return None
        return (key, cells["commune"], cells["chosen"], cells["attendance"], cells["awards_given"],
                cells["result_note"])

    def clash_key(self, row):
        return row[:2]

    def saved_keys(self, *, since=None):
        return ((_plan_key(unit, year, title), commune) for unit, year, title, commune in self.saved_since(since)
                .values_list("plan__unit_id", "plan__year", "plan__title", "commune_id").iterator())

    def save(self, rows):
        ids = self.plans.save()
        return bulk_insert(FestivalSite, SITE_FIELDS, [(ids[row[0]], *row[1:]) for row in rows])
