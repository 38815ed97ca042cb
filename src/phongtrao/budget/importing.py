"""Import of allocations (one row per unit, year and item), declared for the core import engine."""
import re

from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import Choice, Integer, Text
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.geo.importing import UnitCode

from .models import Allocation, Item

AMOUNT_MAX = 10 ** 15
MONEY_TEXT = re.compile(r"^\d{1,3}([. ]\d{3})+$")


class Money(Integer):
    """Whole đồng, written plainly (60000000) or grouped the Vietnamese way (60.000.000 đ, 60 000 000 đồng)."""

    def __init__(self, **options):
        super().__init__(max_value=AMOUNT_MAX, **options)

    def parse(self, value):
        if isinstance(value, str):
            text = value.strip().removesuffix("đồng").removesuffix("đ").strip()
            value = re.sub(r"[. ]", "", text) if MONEY_TEXT.match(text) else text
        return super().parse(value)


COLUMNS = (
    Column("unit", "Mã đơn vị", UnitCode(required=True), gettext_lazy("Bắt buộc. Mã thống kê của tỉnh hoặc xã."),
           "26734", ("ma xa", "ma don vi hanh chinh")),
    Column("year", "Năm", Integer(min_value=2000, max_value=2100, required=True), gettext_lazy("Bắt buộc."), "2026"),
    Column("item", "Nội dung chi", Choice(Item.choices, required=True), gettext_lazy("Bắt buộc."),
           "Hỗ trợ hoạt động mô hình"),
    Column("allocated", "Dự toán (đồng)", Money(required=True),
           gettext_lazy("Bắt buộc. Số đồng, có thể viết 60.000.000."), "60000000", ("du toan", "kinh phi giao")),
    Column("spent", "Đã chi (đồng)", Money(), gettext_lazy("Để trống là 0."), "45000000"),
    Column("source", "Nguồn kinh phí", Text(120), gettext_lazy("Tùy ý."), "Ngân sách xã"),
    Column("note", "Ghi chú", Text(), gettext_lazy("Tùy ý."), ""),
)
FIELDS = ("unit_id", "year", "item", "allocated", "spent", "source", "note")


class AllocationImport(ImportSpec):
    """Allocations: one row per unit, year and item, which must not exist yet."""

    key = "allocations"
    model = Allocation
    columns = COLUMNS
    required = ("unit", "year", "item", "allocated")
    file_stem = "mau-nhap-kinh-phi"
    clash_column = "item"
    clash_messages = (gettext_lazy("Trùng đơn vị, năm và nội dung chi với dòng %(row)d."),
                      gettext_lazy("Đơn vị đã có dự toán cho nội dung này trong năm."))

    def check(self, number, cells, ok):
        if not ok:
            return None
        return (cells["unit"], cells["year"], cells["item"], cells["allocated"], cells["spent"] or 0, cells["source"],
                cells["note"])

    def clash_key(self, row):
        return row[:3]

    def saved_keys(self, *, since=None):
        return self.saved_since(since).values_list("unit_id", "year", "item").iterator()

    def save(self, rows):
        return bulk_insert(Allocation, FIELDS, rows)
