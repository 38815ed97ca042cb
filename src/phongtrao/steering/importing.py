"""Import of tasks from CSV/XLSX, declared for the core import engine: the plan among the user's, the leading unit
by its code inside the user's scope."""
from datetime import date
from typing import NamedTuple

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import Choice, Date, Integer, Lookup, Text
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.text import fold
from phongtrao.geo.models import AdminUnit

from .models import Plan, Task

YES_NO = ((True, gettext_lazy("Có")), (False, gettext_lazy("Không")))


def _plan_index(spec) -> dict[str, int]:
    """The user's plans by their symbol (e.g. "273-KH/TU")."""
    return {fold(symbol): pk for pk, symbol in Plan.objects.for_user(spec.user).values_list("pk", "symbol")}


COLUMNS = (
    Column("plan", "Kế hoạch", Lookup(_plan_index, required=True, missing=gettext_lazy(
        "Không có kế hoạch “%(value)s” trong phạm vi của bạn: tạo kế hoạch trước.")),
        gettext_lazy("Bắt buộc. Số, ký hiệu của kế hoạch đã có, ví dụ 273-KH/TU."), "273-KH/TU",
        ("so ky hieu", "ke hoach so")),
    Column("title", "Nội dung nhiệm vụ", Text(500, required=True), gettext_lazy("Bắt buộc, tối đa 500 ký tự."),
           "Tổng kết 10 năm Chương trình phối hợp 09", ("nhiem vu", "noi dung")),
    Column("area", "Lĩnh vực", Text(120), gettext_lazy("Tùy ý."), "Phối hợp liên ngành", ("linh vuc",)),
    Column("unit_code", "Mã đơn vị chủ trì", Text(),
           gettext_lazy("Mã thống kê của tỉnh (2 chữ số) hoặc xã (5 chữ số) hiện hành; để trống là cấp trung ương."),
           "79", ("ma don vi", "don vi chu tri")),
    Column("coordinators", "Cơ quan phối hợp", Text(300), gettext_lazy("Tùy ý."), "Ủy ban MTTQ; Hội Phụ nữ",
           ("phoi hop",)),
    Column("deadline", "Thời hạn", Date(required=True), gettext_lazy("Bắt buộc. dd/mm/yyyy hoặc yyyy-mm-dd."),
           "15/06/2026", ("han", "han hoan thanh")),
    Column("progress", "Tiến độ (%)", Integer(min_value=0, max_value=100), gettext_lazy("Số nguyên 0–100."), "40",
           ("tien do",)),
    Column("completed_on", "Ngày hoàn thành", Date(past=True), gettext_lazy("Để trống nếu chưa hoàn thành."), ""),
    Column("is_key", "Trọng tâm", Choice(YES_NO, default=False), gettext_lazy("Có hoặc Không."), "Có",
           ("nhiem vu trong tam",)),
    Column("notes", "Ghi chú", Text(), gettext_lazy("Tùy ý."), ""),
)


class TaskRow(NamedTuple):
    plan_id: int
    title: str
    area: str
    unit_id: int | None
    coordinators: str
    deadline: date
    progress: int
    completed_on: date | None
    is_key: bool
    notes: str


FIELDS = TaskRow._fields


class TaskImport(ImportSpec):
    """Tasks of existing plans; the rules of `services.save_task` apply (done ⇔ a completion date, 100%)."""

    key = "steering_tasks"
    model = Task
    columns = COLUMNS
    required = ("plan", "title", "deadline")
    file_stem = "mau-nhap-nhiem-vu"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.units = {code: (pk, path) for code, pk, path in
                      AdminUnit.objects.current().values_list("code", "pk", "path")}

    def check(self, number: int, cells: dict, ok: bool) -> TaskRow | None:
        code = cells.get("unit_code") or ""
        unit_id, path = self.units.get(code, (None, None)) if code else (None, None)
        if code and unit_id is None:
            self.error(number, "unit_code", _("Không có đơn vị hiện hành mã %(code)s.") % {"code": code})
            return None
        if not path_in_scope(self.user, path, "add"):
            self.error(number, "unit_code", _("Đơn vị nằm ngoài phạm vi quản lý của bạn."))
            return None
        if not ok:
            return None
        completed, progress = cells["completed_on"], cells["progress"] or 0
        if completed is None and progress == 100:
            completed = timezone.localdate()
        return TaskRow(cells["plan"], cells["title"], cells["area"], unit_id, cells["coordinators"],
                       cells["deadline"], 100 if completed else progress, completed, cells["is_key"],
                       cells["notes"])

    def save(self, rows: list[TaskRow]) -> list[int]:
        return bulk_insert(Task, FIELDS, rows)
