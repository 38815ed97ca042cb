"""Import of monthly statistics from CSV/XLSX (one row per commune, month and indicator), for the core engine.

Files keyed by communes before 1/7/2025 are accepted (option "mã xã cũ": legacy and current codes overlap, so the
file says which list it uses): a legacy commune code is mapped through the crosswalk to the current communes that
absorbed it. When it went to several of them, its figure is shared out in equal parts (no
area or population shares are known for the split wards) and every part is marked "ước tính"; the parts that land
in one current commune are added up. See docs/statistics.md.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django import forms
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import analyze, bulk_insert
from phongtrao.core.imports.cells import CellError, Lookup, Month, Number, Text
from phongtrao.core.imports.engine import run_import
from phongtrao.core.imports.spec import Column, ImportReport, ImportSpec
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.text import fold
from phongtrao.geo.gazetteer import Gazetteer
from phongtrao.geo.importing import commune_by_name
from phongtrao.geo.models import AdminUnit, Level

from .models import Indicator, MonthlyReport, ReportState, Value

VALUE_MAX = 1e9
LOCKED = (ReportState.SUBMITTED, ReportState.APPROVED)
CHUNK = 500
"""Ids per `IN (…)` of the batched queries."""
ANALYZE_AFTER = 50_000
"""An import writing this many values refreshes the planner's statistics of the figures once it commits, so the next
file (a national import is one file per province) is planned on the grown table even where autovacuum is off or has
not come round yet. Measured on PostgreSQL with 4 M values freshly loaded: a province's re-import ran at 3,337
values/s on the stale statistics, 14,799 after ANALYZE."""


def _indicator_index(spec) -> dict[str, int]:
    return {key: pk for pk, code, name in Indicator.objects.values_list("pk", "code", "name")
            for key in (fold(code), fold(name))}


COLUMNS = (
    Column("commune_code", "Mã xã", Text(),
           gettext_lazy("Mã thống kê của xã, phường hiện hành, hoặc của xã cũ trước 1/7/2025 (số liệu được quy đổi "
                        "sang xã hiện hành)."), "26734", ("ma xa phuong", "ma don vi")),
    Column("commune", "Xã/phường", Text(),
           gettext_lazy("Tên xã, phường hiện hành (dùng khi không có mã)."), "Phường Sài Gòn", ("xa", "phuong")),
    Column("province", "Tỉnh/thành phố", Text(), gettext_lazy("Tỉnh, thành phố của xã, để tìm đúng xã theo tên."),
           "Hồ Chí Minh", ("tinh", "tinh thanh pho")),
    Column("month", "Tháng", Month(required=True), gettext_lazy("Bắt buộc. mm/yyyy, ví dụ 03/2025."), "03/2025",
           ("ky bao cao", "thang bao cao")),
    Column("indicator", "Chỉ tiêu",
           Lookup(_indicator_index, required=True, missing=gettext_lazy("Không có chỉ tiêu “%(value)s”.")),
           gettext_lazy("Bắt buộc. Mã hoặc tên chỉ tiêu (xem danh mục chỉ tiêu)."), "criminal", ("ma chi tieu",)),
    Column("value", "Số liệu", Number(0, VALUE_MAX, required=True),
           gettext_lazy("Bắt buộc. Số không âm."), "4", ("gia tri", "so lieu")),
)


class Part(NamedTuple):
    commune_id: int
    month: object
    indicator_id: int
    value: float
    estimated: bool


@dataclass
class StatsImportReport(ImportReport):
    legacy: dict[str, str] = field(default_factory=dict)
    """Legacy commune code → the current communes its figures went to."""

    def more(self) -> str:
        if not self.legacy:
            return ""
        return _(" %(n)d mã xã cũ được quy đổi sang xã hiện hành.") % {"n": len(self.legacy)}

    def sections(self) -> list[dict]:
        if not self.legacy:
            return []
        return [{"title": _("Mã xã cũ đã quy đổi"), "count": len(self.legacy),
                 "headers": [_("Mã xã cũ"), _("Xã hiện hành nhận số liệu")],
                 "rows": [[code, names] for code, names in self.legacy.items()]}]


class StatsImport(ImportSpec):
    """Values by commune, month and indicator; a month already sent up or approved is not overwritten."""

    key = "stats_values"
    model = Value
    columns = COLUMNS
    required = (("commune_code", "commune"), "month", "indicator", "value")
    options = {"legacy_codes": forms.BooleanField(
        label=gettext_lazy("Mã xã trong tệp là mã trước ngày 1/7/2025 (quy đổi sang xã hiện hành)"), required=False)}
    report_class = StatsImportReport
    file_stem = "mau-nhap-so-lieu-thong-ke"
    clash_column = "indicator"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.communes = {code: (pk, path, name) for code, pk, path, name in AdminUnit.objects.filter(
            is_current=True, level=Level.COMMUNE).values_list("code", "pk", "path", "full_name")}
        self.by_pk = {pk: (path, name) for pk, path, name in self.communes.values()}
        self.gazetteer = Gazetteer.default()
        self.targets: dict[tuple[str, str, str], list | str] = {}
        self.locked: dict[object, set[int]] = {}
        """Month → the communes whose report of that month is sent up or approved (one query per month)."""
        self.replaced = 0

    def check(self, number: int, cells: dict, ok: bool) -> tuple[tuple, list[Part]] | None:
        key = "commune_code" if cells.get("commune_code") or not cells.get("commune") else "commune"
        place = (cells.get("commune_code") or "", cells.get("commune") or "", cells.get("province") or "")
        if place not in self.targets:
            self.targets[place] = self.resolve(*place)
        targets = self.targets[place]
        if isinstance(targets, str):
            self.error(number, key, targets)
            return None
        if not ok:
            return None
        month = cells["month"]
        for pk, _share in targets:
            if self.is_locked(pk, month):
                self.error(number, "month", _("Báo cáo tháng %(month)s của %(commune)s đã gửi duyệt hoặc đã duyệt: "
                                              "cần mở lại trước khi nhập.") % {
                    "month": month.strftime("%m/%Y"), "commune": self.name_of(pk)})
                return None
        return place, [Part(pk, month, cells["indicator"], cells["value"] * share, share < 1) for pk, share in targets]

    def name_of(self, pk: int) -> str:
        return self.by_pk[pk][1]

    def is_locked(self, commune_id: int, month) -> bool:
        if month not in self.locked:
            self.locked[month] = set(MonthlyReport.objects.filter(month=month, state__in=LOCKED).values_list(
                "commune_id", flat=True))
        return commune_id in self.locked[month]

    def resolve(self, code: str, name: str, province: str) -> list[tuple[int, float]] | str:
        """[(current commune pk, share)], or the message saying why the place is refused."""
        try:
            if code:
                targets = self.by_code(code)
            elif name:
                targets = [(self.by_name(name, province), 1.0)]
            else:
                raise CellError(_("Thiếu mã xã hoặc tên xã, phường."))
        except CellError as exc:
            return str(exc)
        for pk, _share in targets:
            if not path_in_scope(self.user, self.by_pk[pk][0], "add"):
                return _("Xã, phường nằm ngoài phạm vi quản lý của bạn.")
        return targets

    def by_code(self, code: str) -> list[tuple[int, float]]:
        code = code.zfill(5) if code.isdigit() else code
        if not self.options.get("legacy_codes"):
            if code in self.communes:
                return [(self.communes[code][0], 1.0)]
            raise CellError(_("Không có xã, phường hiện hành mã %(code)s. Nếu tệp dùng mã xã trước 1/7/2025, hãy chọn "
                              "“mã trước ngày 1/7/2025”.") % {"code": code})
        successors = sorted({u.code for u, _partial in self.gazetteer.successors(code) if u.code in self.communes})
        if not successors:
            raise CellError(_("Không có xã, phường mã %(code)s trước 1/7/2025.") % {"code": code})
        self.report.legacy[code] = ", ".join(self.communes[c][2] for c in successors)
        return [(self.communes[c][0], 1 / len(successors)) for c in successors]

    def by_name(self, name: str, province: str) -> int:
        return self.communes[commune_by_name(self.gazetteer, self.communes, name, province).unit.code][0]

    def clash_key(self, row: tuple[tuple, list[Part]]):
        """The place as written in the file, month and indicator: legacy communes merged into one are not clashes."""
        place, parts = row
        return place, parts[0].month, parts[0].indicator_id

    def clash_message(self, earlier_row: int) -> str:
        return _("Trùng xã, tháng và chỉ tiêu với dòng %(row)d.") % {"row": earlier_row}

    def save(self, rows: list[tuple[tuple, list[Part]]]) -> list[int]:
        """The parts added up per commune, month and indicator, written over the open months' earlier figures.

        A constant number of queries per chunk of rows: the reports are read (and locked) at once, the missing ones
        inserted in bulk, the figures replaced by one DELETE per set of indicators and chunk of reports (one audit
        entry for the whole import, as for the new rows), then one bulk insert.
        """
        totals: dict[tuple, list] = defaultdict(lambda: [0.0, False])
        for _place, parts in rows:
            for part in parts:
                total = totals[(part.commune_id, part.month, part.indicator_id)]
                total[0] += part.value
                total[1] = total[1] or part.estimated
        months = {(commune_id, month) for commune_id, month, _i in totals}
        found = self.reports(months)
        if found is None:
            return []
        replaced = defaultdict(set)
        for commune_id, month, indicator_id in totals:
            if (commune_id, month) in found:
                replaced[found[(commune_id, month)]].add(indicator_id)
        self.delete_values(replaced)
        reports = {**found, **dict(zip(missing := sorted(months - found.keys()), bulk_insert(
            MonthlyReport, ("commune_id", "month"), missing)))}
        if len(totals) >= ANALYZE_AFTER:
            transaction.on_commit(lambda: analyze(MonthlyReport, Value))
        return bulk_insert(Value, ("report_id", "indicator_id", "value", "estimated"), [
            (reports[(c, m)], i, round(v, 6), estimated) for (c, m, i), (v, estimated) in totals.items()])

    def reports(self, months: set) -> dict | None:
        """(commune id, month) → id of the reports that exist, locked until the end of the import's transaction so
        that no month is sent up half-written; None (and an error) if one got sent up meanwhile."""
        found, communes = {}, sorted({c for c, _m in months})
        for start in range(0, len(communes), CHUNK):
            for pk, c, m, state in MonthlyReport.objects.select_for_update().filter(
                    commune_id__in=communes[start:start + CHUNK], month__in={m for _c, m in months}).values_list(
                    "pk", "commune_id", "month", "state"):
                if (c, m) in months:
                    found[(c, m)] = pk
                    if state in LOCKED:
                        self.report.add_error(None, "", _("Trong lúc kiểm tra tệp, có báo cáo tháng đã được gửi "
                                                          "duyệt: chưa lưu gì, hãy nhập lại."))
                        return None
        return found

    def delete_values(self, replaced: dict[int, set[int]]) -> None:
        """The earlier figures of {report id: indicator ids}, deleted without a query per report or per value."""
        groups = defaultdict(list)
        for report_id, indicator_ids in replaced.items():
            groups[frozenset(indicator_ids)].append(report_id)
        for indicator_ids, report_ids in groups.items():
            for start in range(0, len(report_ids), CHUNK):
                self.replaced += Value.objects.filter(
                    report_id__in=report_ids[start:start + CHUNK], indicator_id__in=indicator_ids)._raw_delete(
                    Value.objects.db)

    def audit_data(self) -> dict:
        return {"replaced": self.replaced}


def import_values(path, *, user, dry_run: bool, legacy_codes: bool = False, on_progress=None,
                  file_name: str = "") -> StatsImportReport:
    """The statistics import of `path` (see `core.imports.engine.run_import`)."""
    return run_import(StatsImport, path, user=user, dry_run=dry_run, options={"legacy_codes": legacy_codes},
                      on_progress=on_progress, file_name=file_name)
