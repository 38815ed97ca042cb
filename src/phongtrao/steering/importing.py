"""Imports declared for the core import engine: plans; tasks (the plan among the user's, the leading unit by its code
inside the user's scope); committee members, obligations and inspection findings, each row naming the committee, the
programme or the round and visit it belongs to, found or created (`core.imports.parents`); the obligations' yearly
progress (the obligation found among the saved ones)."""
import re
from datetime import date
from typing import NamedTuple

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from phongtrao.core.db import bulk_insert
from phongtrao.core.imports.cells import YES_NO, Choice, Date, Integer, Lookup, Text
from phongtrao.core.imports.parents import Parents
from phongtrao.core.imports.spec import Column, ImportSpec
from phongtrao.core.scoping import path_in_scope
from phongtrao.core.text import fold
from phongtrao.geo.importing import UnitCode
from phongtrao.geo.models import AdminUnit
from phongtrao.initiatives.importing import type_index
from phongtrao.initiatives.models import ModelType

from .models import (Committee, CommitteeMember, Finding, InspectionRound, InspectionVisit, MemberRole, Obligation,
                     Plan, Programme, ProgressReport, Task)

def _model_type_index(spec) -> dict[str, int]:
    """Model types by their number (the ID of their page), name or other names."""
    return {**{str(pk): pk for pk in ModelType.objects.values_list("pk", flat=True)}, **type_index(spec)}


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
    Column("co_unit_codes", "Mã đơn vị cùng chủ trì", Text(),
           gettext_lazy("Tùy ý: mã thống kê của các đơn vị cùng chủ trì, cách nhau bằng dấu chấm phẩy."), "",
           ("don vi cung chu tri",)),
    Column("coordinators", "Cơ quan phối hợp", Text(300), gettext_lazy("Tùy ý."), "Ủy ban MTTQ; Hội Phụ nữ",
           ("phoi hop",)),
    Column("deadline", "Thời hạn", Date(required=True), gettext_lazy("Bắt buộc. dd/mm/yyyy hoặc yyyy-mm-dd."),
           "15/06/2026", ("han", "han hoan thanh")),
    Column("progress", "Tiến độ (%)", Integer(min_value=0, max_value=100), gettext_lazy("Số nguyên 0–100."), "40",
           ("tien do",)),
    Column("completed_on", "Ngày hoàn thành", Date(past=True), gettext_lazy("Để trống nếu chưa hoàn thành."), ""),
    Column("is_key", "Trọng tâm", Choice(YES_NO, default=False), gettext_lazy("Có hoặc Không."), "Có",
           ("nhiem vu trong tam",)),
    Column("model_type", "Mô hình nhân rộng", Lookup(_model_type_index, missing=gettext_lazy(
        "Không có mô hình “%(value)s”: ghi đúng tên, tên gọi khác hoặc mã số (ID) của mô hình đã có.")),
        gettext_lazy("Tùy ý: mô hình mà nhiệm vụ nhân rộng, theo tên, tên gọi khác hoặc mã số (ID)."),
        "Nhà trọ tự quản", ("mo hinh",)),
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
    model_type_id: int | None
    notes: str
    co_unit_ids: tuple[int, ...]


FIELDS = TaskRow._fields[:-1]  # the co-leading units go to the many-to-many table once the tasks have ids


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
        co_units = self.co_units(number, cells.get("co_unit_codes") or "", unit_id)
        if not ok or co_units is None:
            return None
        completed, progress = cells["completed_on"], cells["progress"] or 0
        if completed is None and progress == 100:
            completed = timezone.localdate()
        return TaskRow(cells["plan"], cells["title"], cells["area"], unit_id, cells["coordinators"],
                       cells["deadline"], 100 if completed else progress, completed, cells["is_key"],
                       cells["model_type"], cells["notes"], co_units)

    def co_units(self, number: int, codes: str, unit_id: int | None) -> tuple[int, ...] | None:
        """The co-leading units' ids from their codes (each current and inside the user's scope, not the leading
        unit); None after an error."""
        ids = []
        for code in dict.fromkeys(c for c in re.split(r"[;,\s]+", codes) if c):
            pk, path = self.units.get(code, (None, None))
            if pk is None:
                self.error(number, "co_unit_codes", _("Không có đơn vị hiện hành mã %(code)s.") % {"code": code})
            elif not path_in_scope(self.user, path, "add"):
                self.error(number, "co_unit_codes", _("Đơn vị %(code)s nằm ngoài phạm vi quản lý của bạn.")
                           % {"code": code})
            elif pk == unit_id:
                self.error(number, "co_unit_codes", _("Đơn vị chủ trì chính không ghi lại trong đơn vị cùng chủ trì."))
            else:
                ids.append(pk)
                continue
            return None
        return tuple(ids)

    def save(self, rows: list[TaskRow]) -> list[int]:
        ids = bulk_insert(Task, FIELDS, [row[:-1] for row in rows])
        links = [(pk, unit) for pk, row in zip(ids, rows) for unit in row.co_unit_ids]
        if links:
            bulk_insert(Task.co_units.through, ("task_id", "adminunit_id"), links, ids=False)
        return ids


def _unit_column(header: str, help_text, *aliases: str) -> Column:
    return Column("unit", header, UnitCode(national=True), help_text, "79", aliases)


def _saved(rows, key, columns: dict[str, str]) -> dict:
    """{key(row): (pk, {column key: value})} of saved parents read as dicts (`columns`: column key → field)."""
    return {key(row): (row["pk"], {column: row[name] for column, name in columns.items()}) for row in rows}


# -- committee members: one row per member, the committee found or created by its unit -----------------------

COMMITTEE_FIELDS = {"committee_name": "name", "decision_ref": "decision_ref", "decided_on": "decided_on"}
MEMBER_COLUMNS = (
    _unit_column("Mã đơn vị", gettext_lazy("Mã thống kê của tỉnh hoặc xã; để trống là Ban Chỉ đạo cấp trung ương."),
                 "ma xa", "ma don vi hanh chinh"),
    Column("committee_name", "Tên Ban Chỉ đạo", Text(255),
           gettext_lazy("Tùy ý; để trống là tên thường dùng (với Ban Chỉ đạo mới)."), ""),
    Column("decision_ref", "Số quyết định kiện toàn", Text(100), gettext_lazy("Tùy ý, cùng với ngày quyết định."),
           "125/QĐ-UBND"),
    Column("decided_on", "Ngày quyết định kiện toàn", Date(past=True), gettext_lazy("dd/mm/yyyy."), "15/03/2025"),
    Column("full_name", "Họ và tên", Text(150, required=True), gettext_lazy("Bắt buộc. Họ trước, tên sau."),
           "Nguyễn Văn An"),
    Column("role", "Vai trò", Choice(MemberRole.choices, default=MemberRole.MEMBER),
           gettext_lazy("Trưởng ban, Phó Trưởng ban, Thường trực hoặc Thành viên; để trống là Thành viên."),
           "Trưởng ban"),
    Column("position", "Chức vụ", Text(200), gettext_lazy("Tùy ý."), "Phó Chủ tịch UBND"),
    Column("organisation", "Cơ quan, tổ chức", Text(200), gettext_lazy("Tùy ý."), "UBND tỉnh"),
)


class CommitteeMemberImport(ImportSpec):
    """Members of steering committees, one row per member; a unit without a committee gets one. New members date the
    membership change of a committee already saved (as adding them on its page does)."""

    key = "steering_members"
    model = CommitteeMember
    columns = MEMBER_COLUMNS
    required = ("full_name",)
    file_stem = "mau-nhap-thanh-vien-ban-chi-dao"
    clash_column = "full_name"
    clash_messages = (gettext_lazy("Trùng người trong cùng Ban Chỉ đạo với dòng %(row)d."),
                      gettext_lazy("Ban Chỉ đạo đã có thành viên này."))

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        saved = Committee.objects.values("pk", "unit_id", "name", "decision_ref", "decided_on")
        self.committees = Parents(self, Committee, fields=COMMITTEE_FIELDS, fixed=("unit_id",),
                                  saved=_saved(saved, lambda row: row["unit_id"], COMMITTEE_FIELDS))

    def check(self, number, cells, ok):
        if not ok:
            return None
        if bool(cells["decision_ref"]) != bool(cells["decided_on"]):
            self.error(number, "decided_on" if cells["decision_ref"] else "decision_ref",
                       _("Quyết định kiện toàn cần cả số và ngày."))
            return None
        if not self.committees.take(number, cells["unit"], cells, (cells["unit"],)):
            return None
        return (cells["unit"], " ".join(cells["full_name"].split()), cells["role"], cells["position"],
                cells["organisation"])

    def clash_key(self, row):
        return (row[0], fold(row[1]))

    def saved_keys(self, *, since=None):
        rows = self.saved_since(since).values_list("committee__unit_id", "full_name")
        return ((unit, fold(name)) for unit, name in rows.iterator())

    def save(self, rows):
        ids = self.committees.save(defaults={"name": Committee._meta.get_field("name").default})
        changed = {ids[row[0]] for row in rows if row[0] in self.committees.saved}
        Committee.objects.filter(pk__in=changed).update(members_changed_on=timezone.localdate())
        return bulk_insert(CommitteeMember, ("committee_id", "full_name", "role", "position", "organisation"),
                           [(ids[row[0]], *row[1:]) for row in rows])


# -- obligations: one row per obligation, the programme found or created by its level, name and first year ------

PROGRAMME_FIELDS = {"reference": "reference", "parties": "parties", "end_year": "end_year",
                    "reviewed_on": "reviewed_on", "review": "review"}
YEAR = {"min_value": 1945, "max_value": 2100}
OBLIGATION_COLUMNS = (
    _unit_column("Mã đơn vị ký kết", gettext_lazy("Mã thống kê của tỉnh hoặc xã; để trống là cấp trung ương."),
                 "cap ky ket", "ma don vi"),
    Column("programme", "Tên chương trình", Text(300, required=True), gettext_lazy("Bắt buộc."),
           "Chương trình phối hợp 09 giữa Bộ Công an và Ủy ban Trung ương MTTQ Việt Nam", ("chuong trinh",)),
    Column("start_year", "Từ năm", Integer(required=True, **YEAR), gettext_lazy("Bắt buộc."), "2013"),
    Column("end_year", "Đến năm", Integer(**YEAR), gettext_lazy("Bắt buộc với chương trình mới."), "2023"),
    Column("reference", "Số, ký hiệu", Text(80), gettext_lazy("Tùy ý."), "09/CTrPH-BCA-MTTQ"),
    Column("parties", "Các bên ký kết", Text(), gettext_lazy("Bắt buộc với chương trình mới; mỗi bên một dòng."),
           "Bộ Công an\nỦy ban Trung ương MTTQ Việt Nam"),
    Column("reviewed_on", "Ngày tổng kết", Date(past=True), gettext_lazy("Tùy ý, dd/mm/yyyy."), ""),
    Column("review", "Kết quả tổng kết", Text(), gettext_lazy("Tùy ý."), ""),
    Column("organisation", "Cơ quan, tổ chức", Text(200, required=True), gettext_lazy("Bắt buộc."), "Bộ Công an"),
    Column("content", "Trách nhiệm", Text(required=True), gettext_lazy("Bắt buộc."),
           "Chủ trì hướng dẫn xây dựng mô hình tự quản về ANTT", ("noi dung",)),
)


def _programme_key(unit, title, start_year):
    return (unit, fold(title), start_year)


class ObligationImport(ImportSpec):
    """Obligations of coordination programmes, one row per obligation; a programme not saved yet (same signing level,
    name and first year) is created from its rows."""

    key = "steering_obligations"
    model = Obligation
    columns = OBLIGATION_COLUMNS
    required = ("programme", "start_year", "organisation", "content")
    file_stem = "mau-nhap-chuong-trinh-phoi-hop"
    clash_column = "content"
    clash_messages = (gettext_lazy("Trùng trách nhiệm của cùng cơ quan với dòng %(row)d."),
                      gettext_lazy("Chương trình đã có trách nhiệm này."))

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        saved = Programme.objects.values("pk", "unit_id", "title", "start_year", *PROGRAMME_FIELDS.values())
        self.programmes = Parents(self, Programme, fields=PROGRAMME_FIELDS, fixed=("unit_id", "title", "start_year"),
                                  saved=_saved(saved, lambda row: _programme_key(row["unit_id"], row["title"],
                                                                                 row["start_year"]), PROGRAMME_FIELDS))

    def check(self, number, cells, ok):
        if not ok:
            return None
        key = _programme_key(cells["unit"], cells["programme"], cells["start_year"])
        if not self.programmes.known(key):
            for column in ("end_year", "parties"):
                if not cells[column]:
                    self.error(number, column, _("Cần ghi với chương trình mới."))
                    return None
        if cells["end_year"] and cells["end_year"] < cells["start_year"]:
            self.error(number, "end_year", _("Năm kết thúc phải từ năm bắt đầu trở đi."))
            return None
        if not self.programmes.take(number, key, cells, (cells["unit"], cells["programme"], cells["start_year"])):
            return None
        return (key, cells["organisation"], cells["content"])

    def clash_key(self, row):
        return (row[0], fold(row[1]), fold(row[2]))

    def saved_keys(self, *, since=None):
        return ((_programme_key(unit, title, start), fold(organisation), fold(content))
                for unit, title, start, organisation, content in self.saved_since(since).values_list(
                    "programme__unit_id", "programme__title", "programme__start_year", "organisation", "content"
                ).iterator())

    def save(self, rows):
        ids = self.programmes.save()
        return bulk_insert(Obligation, ("programme_id", "organisation", "content"),
                           [(ids[row[0]], *row[1:]) for row in rows])


# -- inspection findings: one row per finding, the round and the visit found or created ---------------------------

ROUND_FIELDS = {"reference": "reference", "lead": "lead", "team": "team", "end_on": "end_on"}
VISIT_FIELDS = {"planned_on": "planned_on", "visited_on": "visited_on", "concluded_on": "concluded_on",
                "conclusion": "conclusion"}
FINDING_COLUMNS = (
    _unit_column("Mã đơn vị tổ chức", gettext_lazy("Mã thống kê của tỉnh hoặc xã tổ chức đợt kiểm tra; để trống là "
                                                   "cấp trung ương."), "don vi to chuc"),
    Column("round", "Đợt kiểm tra", Text(300, required=True), gettext_lazy("Bắt buộc: tên đợt kiểm tra."),
           "Kiểm tra phong trào năm 2026", ("ten dot kiem tra",)),
    Column("start_on", "Từ ngày", Date(required=True), gettext_lazy("Bắt buộc. Ngày bắt đầu đợt kiểm tra."),
           "01/06/2026"),
    Column("end_on", "Đến ngày", Date(), gettext_lazy("Bắt buộc với đợt kiểm tra mới."), "30/06/2026"),
    Column("reference", "Số kế hoạch kiểm tra", Text(60), gettext_lazy("Tùy ý."), "12/KH-BCĐ"),
    Column("lead", "Trưởng đoàn", Text(150), gettext_lazy("Bắt buộc với đợt kiểm tra mới."),
           "Trần Văn Bình, Phó Giám đốc"),
    Column("team", "Thành viên đoàn", Text(), gettext_lazy("Tùy ý; mỗi người một dòng."), ""),
    Column("visited_unit", "Mã đơn vị được kiểm tra", UnitCode(required=True),
           gettext_lazy("Bắt buộc. Mã thống kê của tỉnh hoặc xã trong địa bàn của đơn vị tổ chức."), "26734"),
    Column("planned_on", "Ngày dự kiến", Date(), gettext_lazy("Bắt buộc với cuộc kiểm tra mới."), "10/06/2026"),
    Column("visited_on", "Ngày kiểm tra", Date(past=True), gettext_lazy("Tùy ý."), ""),
    Column("concluded_on", "Ngày kết luận", Date(past=True), gettext_lazy("Tùy ý; sau ngày kiểm tra."), ""),
    Column("conclusion", "Kết luận", Text(), gettext_lazy("Tùy ý."), ""),
    Column("text", "Tồn tại, hạn chế", Text(required=True), gettext_lazy("Bắt buộc."),
           "Chưa kiện toàn tổ tự quản", ("ton tai",)),
    Column("recommendation", "Kiến nghị", Text(required=True), gettext_lazy("Bắt buộc."),
           "Kiện toàn tổ tự quản trong quý III"),
)


def _round_key(unit, title, start_on):
    return (unit, fold(title), start_on)


class FindingImport(ImportSpec):
    """Findings of inspection visits, one row per finding; the round (same organising unit, name and first day) and
    its visit to the unit are created from the rows when not saved yet. Follow-up tasks are given on the pages."""

    key = "steering_findings"
    model = Finding
    columns = FINDING_COLUMNS
    required = ("round", "start_on", "visited_unit", "text", "recommendation")
    file_stem = "mau-nhap-ket-luan-kiem-tra"
    clash_column = "text"
    clash_messages = (gettext_lazy("Trùng tồn tại, hạn chế của cùng cuộc kiểm tra với dòng %(row)d."),
                      gettext_lazy("Cuộc kiểm tra đã có tồn tại, hạn chế này."))

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.paths = dict(AdminUnit.objects.current().values_list("pk", "path"))
        rounds = InspectionRound.objects.values("pk", "unit_id", "title", "start_on", *ROUND_FIELDS.values())
        self.rounds = Parents(self, InspectionRound, fields=ROUND_FIELDS, fixed=("unit_id", "title", "start_on"),
                              saved=_saved(rounds, lambda row: _round_key(row["unit_id"], row["title"],
                                                                          row["start_on"]), ROUND_FIELDS))
        visits = InspectionVisit.objects.values("pk", "round__unit_id", "round__title", "round__start_on", "unit_id",
                                                *VISIT_FIELDS.values())
        self.visits = Parents(self, InspectionVisit, fields=VISIT_FIELDS, fixed=("round_id", "unit_id"), saved=_saved(
            visits, lambda row: (_round_key(row["round__unit_id"], row["round__title"], row["round__start_on"]),
                                 row["unit_id"]), VISIT_FIELDS))

    def check(self, number, cells, ok):
        if not ok:
            return None
        round_key = _round_key(cells["unit"], cells["round"], cells["start_on"])
        visit_key = (round_key, cells["visited_unit"])
        error = self._rule(cells, new_round=not self.rounds.known(round_key),
                           new_visit=not self.visits.known(visit_key))
        if error:
            self.error(number, *error)
            return None
        if not (self.rounds.take(number, round_key, cells, (cells["unit"], cells["round"], cells["start_on"]))
                and self.visits.take(number, visit_key, cells, (round_key, cells["visited_unit"]))):
            return None
        return (visit_key, cells["text"], cells["recommendation"])

    def _rule(self, cells, *, new_round: bool, new_visit: bool) -> tuple[str, str] | None:
        """(column, message) of the first rule of `services.save_round` and `save_visit` the row breaks."""
        for column, needed in (("end_on", new_round), ("lead", new_round), ("planned_on", new_visit)):
            if needed and not cells[column]:
                return column, _("Cần ghi với đợt, cuộc kiểm tra mới.")
        if cells["end_on"] and cells["end_on"] < cells["start_on"]:
            return "end_on", _("Ngày kết thúc phải sau ngày bắt đầu.")
        organiser = self.paths.get(cells["unit"]) if cells["unit"] else ""
        if not self.paths[cells["visited_unit"]].startswith(organiser):
            return "visited_unit", _("Đơn vị được kiểm tra phải thuộc địa bàn của đơn vị tổ chức đợt kiểm tra.")
        if cells["concluded_on"] and not cells["visited_on"]:
            return "concluded_on", _("Chỉ kết luận sau khi đã kiểm tra (ghi ngày kiểm tra).")
        if cells["concluded_on"] and cells["concluded_on"] < cells["visited_on"]:
            return "concluded_on", _("Ngày kết luận phải sau ngày kiểm tra.")
        return None

    def clash_key(self, row):
        return (row[0], fold(row[1]))

    def saved_keys(self, *, since=None):
        rows = self.saved_since(since).values_list("visit__round__unit_id", "visit__round__title",
                                                   "visit__round__start_on", "visit__unit_id", "text")
        return (((_round_key(unit, title, start), visited), fold(text))
                for unit, title, start, visited, text in rows.iterator())

    def save(self, rows):
        rounds = self.rounds.save()
        visits = self.visits.save(links={"round_id": rounds})
        return bulk_insert(Finding, ("visit_id", "text", "recommendation"),
                           [(visits[row[0]], *row[1:]) for row in rows])


# -- plans: one row per plan -------------------------------------------------------------------------------------

PLAN_COLUMNS = (
    _unit_column("Mã đơn vị ban hành", gettext_lazy("Mã thống kê của tỉnh hoặc xã; để trống là cấp trung ương."),
                 "don vi ban hanh", "ma don vi"),
    Column("symbol", "Số, ký hiệu", Text(60, required=True), gettext_lazy("Bắt buộc, ví dụ 273-KH/TU."), "273-KH/TU",
           ("ke hoach", "so")),
    Column("title", "Trích yếu", Text(300, required=True), gettext_lazy("Bắt buộc."),
           "Triển khai phong trào toàn dân bảo vệ an ninh Tổ quốc năm 2026", ("ten ke hoach", "noi dung")),
    Column("issued_on", "Ngày ban hành", Date(required=True), gettext_lazy("Bắt buộc, dd/mm/yyyy."), "10/01/2026"),
    Column("notes", "Ghi chú", Text(), gettext_lazy("Tùy ý."), ""),
)


class PlanImport(ImportSpec):
    """Plans, one row per plan; a unit has one plan of a number (the task import finds plans by it)."""

    key = "steering_plans"
    model = Plan
    columns = PLAN_COLUMNS
    required = ("symbol", "title", "issued_on")
    file_stem = "mau-nhap-ke-hoach"
    clash_column = "symbol"
    clash_messages = (gettext_lazy("Trùng số, ký hiệu của cùng đơn vị với dòng %(row)d."),
                      gettext_lazy("Đơn vị đã có kế hoạch số, ký hiệu này."))

    def check(self, number, cells, ok):
        if not ok:
            return None
        return (cells["unit"], cells["symbol"], cells["title"], cells["issued_on"], cells["notes"])

    def clash_key(self, row):
        return (row[0], fold(row[1]))

    def saved_keys(self, *, since=None):
        return ((unit, fold(symbol)) for unit, symbol in self.saved_since(since).values_list("unit_id", "symbol")
                .iterator())

    def save(self, rows):
        return bulk_insert(Plan, ("unit_id", "symbol", "title", "issued_on", "notes"), rows)


# -- yearly progress of obligations: one row per obligation and year -------------------------------------------

PROGRESS_COLUMNS = (
    *OBLIGATION_COLUMNS[:3],
    Column("organisation", "Cơ quan, tổ chức", Text(200, required=True), gettext_lazy("Bắt buộc."), "Bộ Công an"),
    Column("content", "Trách nhiệm", Text(),
           gettext_lazy("Nội dung trách nhiệm đã nhập; bắt buộc khi cơ quan có nhiều trách nhiệm trong chương trình."),
           "Chủ trì hướng dẫn xây dựng mô hình tự quản về ANTT", ("noi dung",)),
    Column("year", "Năm", Integer(required=True, **YEAR), gettext_lazy("Bắt buộc, trong thời gian của chương trình."),
           "2024"),
    Column("progress", "Mức hoàn thành (%)", Integer(required=True, min_value=0, max_value=100),
           gettext_lazy("Bắt buộc. Số nguyên 0–100."), "80", ("muc hoan thanh", "tien do")),
    Column("result", "Kết quả", Text(), gettext_lazy("Tùy ý."), "Hướng dẫn 34 tỉnh xây dựng mô hình"),
)


class ProgressReportImport(ImportSpec):
    """The yearly progress of obligations already saved, one row per obligation and year: the obligation is found by
    its programme (signing level, name, first year), its organisation and, when that has several, its content."""

    key = "steering_progress"
    model = ProgressReport
    columns = PROGRESS_COLUMNS
    required = ("programme", "start_year", "organisation", "year", "progress")
    file_stem = "mau-nhap-ket-qua-phoi-hop-hang-nam"
    clash_column = "year"
    clash_messages = (gettext_lazy("Trùng kết quả của cùng trách nhiệm, cùng năm với dòng %(row)d."),
                      gettext_lazy("Đã có kết quả của năm này cho trách nhiệm này."))

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.years: dict = {}
        """programme key → (first year, last year)"""
        self.obligations: dict = {}
        """(programme key, folded organisation) → {folded content: obligation pk}"""
        for pk, unit, title, start, end, organisation, content in Obligation.objects.values_list(
                "pk", "programme__unit_id", "programme__title", "programme__start_year", "programme__end_year",
                "organisation", "content").iterator():
            key = _programme_key(unit, title, start)
            self.years[key] = (start, end)
            self.obligations.setdefault((key, fold(organisation)), {})[fold(content)] = pk

    def check(self, number, cells, ok):
        if not ok:
            return None
        key = _programme_key(cells["unit"], cells["programme"], cells["start_year"])
        if key not in self.years:
            self.error(number, "programme", _("Không có chương trình này (cấp ký kết, tên, năm bắt đầu) có trách "
                                              "nhiệm đã nhập: nhập chương trình và trách nhiệm trước."))
            return None
        contents = self.obligations.get((key, fold(cells["organisation"])))
        if contents is None:
            self.error(number, "organisation", _("Chương trình không có trách nhiệm nào của cơ quan, tổ chức này."))
            return None
        if cells["content"]:
            obligation = contents.get(fold(cells["content"]))
            if obligation is None:
                self.error(number, "content", _("Cơ quan, tổ chức không có trách nhiệm này trong chương trình."))
                return None
        elif len(contents) > 1:
            self.error(number, "content", _("Cơ quan, tổ chức có nhiều trách nhiệm trong chương trình: ghi nội dung "
                                            "trách nhiệm."))
            return None
        else:
            (obligation,) = contents.values()
        start, end = self.years[key]
        if not start <= cells["year"] <= end:
            self.error(number, "year", _("Năm phải trong thời gian của chương trình (%(start)s–%(end)s).") % {
                "start": start, "end": end})
            return None
        return (obligation, cells["year"], cells["progress"], cells["result"])

    def clash_key(self, row):
        return row[:2]

    def saved_keys(self, *, since=None):
        return self.saved_since(since).values_list("obligation_id", "year").iterator()

    def save(self, rows):
        return bulk_insert(ProgressReport, ("obligation_id", "year", "progress", "result"), rows)
