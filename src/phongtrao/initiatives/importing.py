"""Import of sites from CSV/XLSX, declared for the core import engine: columns, places, scope, duplicates, save."""
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from django import forms
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import reserve_ids
from phongtrao.core.imports.cells import CellError, Choice, Date, Integer, Lookup, Number, Text
from phongtrao.core.imports.engine import run_import
from phongtrao.core.imports.spec import Column, ImportReport, ImportSpec
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.text import fold
from phongtrao.geo.gazetteer import Gazetteer
from phongtrao.geo.importing import commune_by_name
from phongtrao.geo.models import AdminUnit, Level

from .models import LAT_RANGE, LIVE_STATUSES, LON_RANGE, OUTSIDE_VIETNAM, ModelType, Site, Sponsor, Status, StatusChange
from .services import tally_after_commit


def type_index(spec) -> dict[str, int]:
    """Folded names and aliases → pk; a name wins over another type's alias."""
    index = {}
    rows = list(ModelType.objects.values_list("pk", "name", "aliases"))
    for pk, _name, aliases in rows:
        index.update((fold(alias), pk) for alias in aliases.splitlines() if alias.strip())
    index.update((fold(name), pk) for pk, name, _aliases in rows)
    return index


def _new_type(spec, name: str) -> str | None:
    """With "create types", an unknown type stands as its folded name until it is created at the save."""
    if not spec.options.get("create_types"):
        return None
    key = fold(name)
    spec.report.new_types.setdefault(key, name[:200])
    return key


def _sponsor_index(spec) -> dict[str, int]:
    return {key: pk for pk, code, name in Sponsor.objects.values_list("pk", "code", "name")
            for key in (fold(code), fold(name))}


COLUMNS = (
    Column("name", "Tên điểm", Text(200, required=True),
           gettext_lazy("Bắt buộc. Tên điểm mô hình, tối đa 200 ký tự."), "Nhà trọ tự quản tổ dân phố 5"),
    Column("model_type", "Mô hình",
           Lookup(type_index, create=_new_type, required=True, missing=gettext_lazy(
               "Chưa có mô hình “%(value)s”: kiểm tra tên, hoặc chọn “tạo mô hình mới nếu chưa có”.")),
           gettext_lazy("Bắt buộc. Tên mô hình hoặc tên gọi khác đã có trong hệ thống."), "Nhà trọ tự quản",
           ("ten mo hinh", "loai mo hinh")),
    Column("commune_code", "Mã xã", Text(),
           gettext_lazy("Mã thống kê của xã, phường, đặc khu hiện hành (5 chữ số). Có mã thì không cần tên xã và "
                        "tỉnh."), "", ("ma xa phuong", "ma don vi", "ma xa phuong dac khu")),
    Column("commune", "Xã/phường", Text(),
           gettext_lazy("Tên xã, phường, đặc khu (dùng khi không có mã). Nhận cả tên cũ trước 1/7/2025, có dấu hoặc "
                        "không dấu."), "Phường Bến Nghé", ("xa", "phuong", "xa phuong dac khu", "xa phuong thi tran")),
    Column("province", "Tỉnh/thành phố", Text(),
           gettext_lazy("Tỉnh, thành phố của xã (tên mới hoặc cũ), để tìm đúng xã."), "Hồ Chí Minh",
           ("tinh", "tinh thanh", "tinh thanh pho")),
    Column("address", "Địa chỉ", Text(255),
           gettext_lazy("Địa chỉ như đang ghi, được giữ nguyên (có thể theo đơn vị cũ)."),
           "12 Lê Lợi, Phường Bến Nghé, Quận 1"),
    Column("village", "Thôn/tổ dân phố", Text(120), gettext_lazy("Thôn, ấp, bản, tổ dân phố."), "Tổ dân phố 5",
           ("thon", "to dan pho", "thon ap ban to dan pho")),
    Column("lat", "Vĩ độ", Number(*LAT_RANGE, out_of_range=OUTSIDE_VIETNAM),
           gettext_lazy("Số thập phân, ví dụ 10,7769 hoặc 10.7769."), "10.7769", ("lat",)),
    Column("lon", "Kinh độ", Number(*LON_RANGE, out_of_range=OUTSIDE_VIETNAM),
           gettext_lazy("Số thập phân, ví dụ 106,7009 hoặc 106.7009."), "106.7009", ("lon", "lng")),
    Column("started_on", "Ngày thành lập", Date(past=True), gettext_lazy("dd/mm/yyyy hoặc yyyy-mm-dd."), "15/03/2019"),
    Column("members_count", "Số thành viên", Integer(min_value=0), gettext_lazy("Số nguyên không âm."), "25"),
    Column("leading_org", "Tổ chức chủ trì",
           Lookup(_sponsor_index, missing=gettext_lazy("Không có tổ chức chủ trì “%(value)s”.")),
           gettext_lazy("Tên hoặc mã tổ chức, ví dụ “Công an”, “police”."), "Công an"),
    Column("status", "Trạng thái", Choice(Status.choices, default=Status.ACTIVE),
           gettext_lazy("Tên hoặc mã trạng thái; để trống là “Đang hoạt động”."), "Đang hoạt động"),
    Column("notes", "Ghi chú", Text(), gettext_lazy("Tùy ý."), ""),
)


class SiteRow(NamedTuple):
    name: str
    type_ref: int | str  # a ModelType pk, or the folded name of a type to create
    commune_id: int
    address: str
    village: str
    address_folded: str
    lat: float | None
    lon: float | None
    started_on: date | None
    members_count: int | None
    leading_org_id: int | None
    status: str
    notes: str


@dataclass
class SiteImportReport(ImportReport):
    new_types: dict[str, str] = field(default_factory=dict)
    resolutions: dict[tuple[str, str], str] = field(default_factory=dict)

    def more(self) -> str:
        if not self.new_types:
            return ""
        text = _(" Sẽ tạo %(n)d mô hình mới.") if self.dry_run else _(" Đã tạo %(n)d mô hình mới.")
        return text % {"n": len(self.new_types)}

    def sections(self) -> list[dict]:
        return [section for section in (
            {"title": _("Mô hình mới"), "headers": [_("Tên mô hình")], "count": len(self.new_types),
             "rows": [[name] for name in self.new_types.values()]},
            {"title": _("Địa danh đã quy đổi sang đơn vị hiện hành"), "count": len(self.resolutions),
             "headers": [_("Xã/phường trong tệp"), _("Tỉnh/thành phố"), _("Đơn vị hiện hành")],
             "rows": [[*place, unit] for place, unit in self.resolutions.items()]},
        ) if section["rows"]]


class SiteImport(ImportSpec):
    """Sites: the commune from its code or its (legacy) name, inside the user's scope; a live site must not repeat
    the type, commune and address of another one."""

    key = "sites"
    model = Site
    columns = COLUMNS
    required = ("name", "model_type", ("commune_code", "commune"))
    options = {"create_types": forms.BooleanField(label=gettext_lazy("Tạo mô hình mới nếu chưa có"), required=False)}
    report_class = SiteImportReport
    file_stem = "mau-nhap-diem-mo-hinh"
    clash_column = "address"

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.communes = {code: (pk, path, name) for code, pk, path, name in AdminUnit.objects.filter(
            is_current=True, level=Level.COMMUNE).values_list("code", "pk", "path", "full_name")}
        self.gazetteer = Gazetteer.default()
        self.places: dict[tuple[str, str], tuple | str] = {}
        self.in_scope: dict[int, bool] = {}

    def check(self, number: int, cells: dict, ok: bool) -> SiteRow | None:
        commune = self.commune(number, cells)
        if not ok or commune is None:
            return None
        return SiteRow(cells["name"], cells["model_type"], commune, cells["address"], cells["village"],
                       fold(f"{cells['address']} {cells['village']}"), cells["lat"], cells["lon"],
                       cells["started_on"], cells["members_count"], cells["leading_org"], cells["status"],
                       cells["notes"])

    def commune(self, number: int, cells: dict) -> int | None:
        """The current commune's pk from the code, else from the names; errors name the column used."""
        code, name = cells.get("commune_code") or "", cells.get("commune") or ""
        key = "commune_code" if code or not name else "commune"
        try:
            if code:
                pk, path = self.by_code(code)
            elif name:
                pk, path = self.by_name(name, cells.get("province") or "")
            else:
                raise CellError(_("Thiếu mã xã hoặc tên xã, phường."))
        except CellError as exc:
            self.error(number, key, str(exc))
            return None
        if (allowed := self.in_scope.get(pk)) is None:
            allowed = self.in_scope[pk] = path_in_scope(self.user, path, "add")
        if not allowed:
            self.error(number, key, _("Xã, phường nằm ngoài phạm vi quản lý của bạn."))
            return None
        return pk

    def by_code(self, code: str) -> tuple[int, str]:
        code = code.zfill(5) if code.isdigit() else code
        if code in self.communes:
            return self.communes[code][:2]
        successors = [u for u, _partial in self.gazetteer.successors(code) if u.code in self.communes]
        if len(successors) == 1:
            return self.communes[successors[0].code][:2]
        if successors:
            raise CellError(_("Mã xã cũ %(code)s nay thuộc nhiều xã, phường (%(names)s): ghi mã xã hiện hành.") % {
                "code": code, "names": ", ".join(u.full_name for u in successors)})
        raise CellError(_("Không có xã, phường mã %(code)s.") % {"code": code})

    def by_name(self, name: str, province: str) -> tuple[int, str]:
        """Resolved once per (commune, province) text through the gazetteer: legacy names and no diacritics too."""
        key = (name, province)
        if key not in self.places:
            self.places[key] = self._resolve(name, province)
        found = self.places[key]
        if isinstance(found, str):
            raise CellError(found)
        return found

    def _resolve(self, name: str, province: str) -> tuple[int, str] | str:
        try:
            match = commune_by_name(self.gazetteer, self.communes, name, province)
        except CellError as exc:
            return str(exc)
        pk, path, full_name = self.communes[match.unit.code]
        if fold(name) not in (fold(full_name), fold(match.unit.name)):
            self.report.resolutions[(name, province)] = full_name
        return pk, path

    # Duplicates: a live site of the same type at the same address and commune

    def clash_key(self, row: SiteRow):
        if row.address and row.status in LIVE_STATUSES:
            return row.type_ref, row.commune_id, row.address_folded
        return None

    def saved_keys(self, *, since=None):
        sites = Site.objects.filter(status__in=LIVE_STATUSES).exclude(address="")
        if since is not None:
            sites = sites.filter(last_updated__gte=since)
        return sites.values_list("model_type_id", "commune_id", "address_folded").iterator(chunk_size=10_000)

    def clash_message(self, earlier_row: int) -> str:
        if earlier_row:
            return _("Trùng mô hình, xã và địa chỉ với dòng %(row)d.") % {"row": earlier_row}
        return _("Đã có điểm cùng mô hình tại địa chỉ này trong xã.")

    def clash_meanwhile_message(self, row: SiteRow) -> str:
        return _("Trong lúc kiểm tra tệp, đã có điểm “%(name)s” trùng mô hình, xã và địa chỉ được thêm vào: chưa lưu "
                 "gì, hãy nhập lại.") % {"name": row.name}

    # Saving

    def stage(self, rows: list[SiteRow], staged) -> None:
        """The sites and each one's first status written ahead (bulk inserts: folded fields set here); the new types
        get their ids now and are created by `save`, inside the transaction."""
        self.type_ids = dict(zip(self.report.new_types, reserve_ids(ModelType, len(self.report.new_types))))
        self.site_ids = staged.insert(Site, SITE_FIELDS, [
            (self.type_ids.get(row.type_ref, row.type_ref), row.name, fold(row.name), row.commune_id, row.address,
             row.village, row.address_folded, row.lat, row.lon, row.started_on, row.members_count,
             row.leading_org_id, row.status, row.notes) for row in rows])
        changed_by = self.user.pk if self.user is not None and self.user.is_authenticated else None
        today = date.today()
        staged.insert(StatusChange, ("site_id", "to_status", "changed_on", "changed_by_id"), [
            (site_id, row.status, row.started_on or today, changed_by) for site_id, row in zip(self.site_ids, rows)],
            ids=False)

    def save(self, rows: list[SiteRow]) -> list[int]:
        unit = getattr(self.user, "unit", None)
        for key, name in self.report.new_types.items():
            ModelType.objects.create(pk=self.type_ids[key], name=name, origin_unit=unit)
        return self.site_ids

    def published(self, rows: list[SiteRow], ids: list[int]) -> None:
        """The bulk insert sends no signal: the communes it filled are recounted after the commit."""
        tally_after_commit({row.commune_id for row in rows})

    def audit_data(self) -> dict:
        return {"new_types": list(self.report.new_types.values())}


SITE_FIELDS = ("model_type_id", "name", "name_folded", "commune_id", "address", "village", "address_folded", "lat",
               "lon", "started_on", "members_count", "leading_org_id", "status", "notes")


def import_sites(path, *, user, dry_run: bool, create_types: bool = False, on_progress=None,
                 file_name: str = "") -> SiteImportReport:
    """The sites import of `path` (see `core.imports.engine.run_import`)."""
    return run_import(SiteImport, path, user=user, dry_run=dry_run, options={"create_types": create_types},
                      on_progress=on_progress, file_name=file_name)
