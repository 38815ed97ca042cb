"""Imports of training courses and force counts (one row per unit and year), declared for the core import engine."""
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import Date, Integer, Text
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.core.text import fold
from phongtrao.geo.importing import UnitCode

from .models import ForceStrength, TrainingCourse

COLUMNS = (
    Column("unit", "Mã đơn vị", UnitCode(required=True), gettext_lazy("Bắt buộc. Mã thống kê của xã, phường."),
           "26734", ("ma xa", "ma don vi hanh chinh")),
    Column("year", "Năm", Integer(min_value=2000, max_value=2100, required=True), gettext_lazy("Bắt buộc."), "2026"),
    Column("teams", "Số tổ", Integer(required=True), gettext_lazy("Bắt buộc."), "12", ("so to bao ve antt",)),
    Column("members", "Số thành viên", Integer(required=True), gettext_lazy("Bắt buộc."), "48"),
    Column("note", "Ghi chú", Text(), gettext_lazy("Tùy ý."), ""),
)


class ForceStrengthImport(ImportSpec):
    """Force counts: one row per unit and year, which must not exist yet."""

    key = "force_strengths"
    model = ForceStrength
    columns = COLUMNS
    required = ("unit", "year", "teams", "members")
    file_stem = "mau-nhap-luc-luong-antt-co-so"
    clash_column = "year"
    clash_messages = (gettext_lazy("Trùng đơn vị và năm với dòng %(row)d."),
                      gettext_lazy("Đơn vị đã có số liệu lực lượng năm này."))

    def check(self, number, cells, ok):
        if not ok:
            return None
        if cells["members"] < cells["teams"]:
            self.error(number, "members", _("Số thành viên không thể ít hơn số tổ."))
            return None
        return (cells["unit"], cells["year"], cells["teams"], cells["members"], cells["note"])

    def clash_key(self, row):
        return row[:2]

    def saved_keys(self, *, since=None):
        return self.saved_since(since).values_list("unit_id", "year").iterator()

    def save(self, rows):
        return bulk_insert(ForceStrength, ("unit_id", "year", "teams", "members", "note"), rows)


COURSE_COLUMNS = (
    Column("unit", "Mã đơn vị", UnitCode(required=True),
           gettext_lazy("Bắt buộc. Mã thống kê của tỉnh hoặc xã tổ chức."), "79", ("ma xa", "don vi to chuc")),
    Column("topic", "Chủ đề", Text(255, required=True), gettext_lazy("Bắt buộc."),
           "Nghiệp vụ xây dựng phong trào ở cơ sở", ("ten lop", "noi dung")),
    Column("starts_on", "Từ ngày", Date(required=True), gettext_lazy("Bắt buộc, dd/mm/yyyy."), "10/06/2026"),
    Column("ends_on", "Đến ngày", Date(required=True), gettext_lazy("Bắt buộc, dd/mm/yyyy."), "12/06/2026"),
    Column("attendees", "Số người dự", Integer(required=True), gettext_lazy("Bắt buộc."), "120"),
    Column("materials", "Tài liệu", Text(), gettext_lazy("Tùy ý; mỗi dòng một tài liệu hoặc đường dẫn."), ""),
)
COURSE_FIELDS = ("unit_id", "topic", "starts_on", "ends_on", "attendees", "materials")


class TrainingCourseImport(ImportSpec):
    """Training courses; a unit cannot hold two courses of the same topic starting the same day."""

    key = "training_courses"
    model = TrainingCourse
    columns = COURSE_COLUMNS
    required = ("unit", "topic", "starts_on", "ends_on", "attendees")
    file_stem = "mau-nhap-lop-tap-huan"
    clash_column = "topic"
    clash_messages = (gettext_lazy("Trùng đơn vị, chủ đề và ngày bắt đầu với dòng %(row)d."),
                      gettext_lazy("Đơn vị đã có lớp tập huấn này."))

    def check(self, number, cells, ok):
        if not ok:
            return None
        if cells["ends_on"] < cells["starts_on"]:
            self.error(number, "ends_on", _("Ngày kết thúc không thể trước ngày bắt đầu."))
            return None
        return tuple(cells[key] for key in ("unit", "topic", "starts_on", "ends_on", "attendees", "materials"))

    def clash_key(self, row):
        return (row[0], fold(row[1]), row[2])

    def saved_keys(self, *, since=None):
        return ((unit, fold(topic), start) for unit, topic, start in
                self.saved_since(since).values_list("unit_id", "topic", "starts_on").iterator())

    def save(self, rows):
        return bulk_insert(TrainingCourse, COURSE_FIELDS, rows)
