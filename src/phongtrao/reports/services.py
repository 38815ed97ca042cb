"""The rules of reports: periods, generation from the registered sections, narrative edits, issue and reissue."""
import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _

from phongtrao.core.db import bulk_insert
from phongtrao.core.models import delete_object
from phongtrao.core.registry import registry, report_sections_for
from phongtrao.core.reporting import PERIODIC, REVIEW, ReportScope
from phongtrao.core.scoping import require_scope
from phongtrao.steering.models import Task

from .document import CLOSING, build_document
from .models import FigureRow, Kind, Report, SignForm, State
from .rendering import render_docx, render_pdf

ROMAN_QUARTER = {1: "I", 2: "II", 3: "III", 4: "IV"}
PARTS = {Kind.MONTHLY: 12, Kind.QUARTERLY: 4, Kind.HALF_YEAR: 2, Kind.YEARLY: 1}
"""How many periods of each periodic kind a year holds."""
MOVEMENT = "phong trào toàn dân bảo vệ an ninh Tổ quốc"


def period_bounds(kind: str, year: int, part: int = 1) -> tuple[date, date]:
    """First and last day of the `part`-th month, quarter or half of `year` (the year itself for yearly reports)."""
    if kind not in PARTS:
        raise ValidationError(_("Loại báo cáo này không theo kỳ."))
    if not 1 <= part <= PARTS[kind] or not 2000 <= year <= 2100:
        raise ValidationError(_("Kỳ báo cáo không hợp lệ."))
    months = 12 // PARTS[kind]
    first = (part - 1) * months + 1
    last = first + months - 1
    return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1])


def period_label(kind: str, start: date, end: date) -> str:
    """"tháng 11 năm 2026", "quý IV năm 2026", "6 tháng đầu năm 2026", "năm 2026"; a review's years."""
    if kind == Kind.MONTHLY:
        return f"tháng {start.month} năm {start.year}"
    if kind == Kind.QUARTERLY:
        return f"quý {ROMAN_QUARTER[(start.month - 1) // 3 + 1]} năm {start.year}"
    if kind == Kind.HALF_YEAR:
        return f"6 tháng {'đầu' if start.month == 1 else 'cuối'} năm {start.year}"
    if kind == Kind.YEARLY:
        return f"năm {start.year}"
    return f"giai đoạn {start.year} - {end.year}"


def default_summary(kind: str, start: date, end: date, model_type=None) -> str:
    if kind in REVIEW:
        word = "Sơ kết" if kind == Kind.INTERIM_REVIEW else "Tổng kết"
        years = int(((end - start).days + 30) / 365.25)  # whole years, a month's slack
        return f"{word} {max(years, 1)} năm thực hiện mô hình “{model_type}” ({start.year} - {end.year})"
    return f"Kết quả thực hiện {MOVEMENT} {period_label(kind, start, end)}"


def place_name(province) -> str:
    """The place on the date line: the province's name ("Hà Nội"); "Thành phố Hồ Chí Minh" in full (the decree)."""
    return province.full_name if province.name == "Hồ Chí Minh" else province.name


def default_header(unit) -> dict:
    """Issuing body, its superior, place and signature of a unit's report (the author may change them)."""
    if unit is None:
        return {"superior_body": "Bộ Công an", "issuing_body": "Cục Xây dựng phong trào bảo vệ An ninh Tổ quốc",
                "place": "Hà Nội", "sign_form": SignForm.KT, "sign_authority": "Cục trưởng",
                "signer_position": "Phó Cục trưởng",
                "recipients": "- Lãnh đạo Bộ (để báo cáo);\n- Công an các tỉnh, thành phố;\n- Lưu: VT, X05."}
    return {"superior_body": f"Ủy ban nhân dân {unit.full_name}",
            "issuing_body": "Ban Chỉ đạo phong trào toàn dân bảo vệ ANTQ", "place": place_name(unit.province),
            "sign_form": SignForm.TM, "sign_authority": "Ban Chỉ đạo", "signer_position": "Trưởng ban",
            "recipients": "- Ban Chỉ đạo cấp trên (để báo cáo);\n- Thường trực cấp ủy, chính quyền;\n- Lưu: VT, BCĐ."}


def build_content(user, report) -> dict:
    """Every registered section of the report's kind, built inside the user's jurisdiction and the report's unit.

    In Vietnamese whatever the author's interface language (choice labels included): it is an official report.
    """
    scope = ReportScope(report.unit, report.period_start, report.period_end, report.kind, report.model_type)
    with translation.override("vi"):
        built = [section.build(user, scope) for section in report_sections_for(report.kind)]
    return {"sections": [section.as_dict() for section in built if section is not None]}


def skeleton(report) -> dict:
    """The narrative to edit: an opening, each section's paragraphs with the figures in place, the closing parts."""
    who = report.unit.full_name if report.unit else "toàn quốc"
    narrative = {"intro": f"Thực hiện chương trình công tác, Ban Chỉ đạo {MOVEMENT} {who} báo cáo "
                          f"{report.summary[0].lower()}{report.summary[1:]} như sau:"}
    for section in report.content["sections"]:
        narrative[section["key"]] = "\n".join(section["paragraphs"])
    narrative |= {key: "" for key, _title in CLOSING}
    return narrative


@transaction.atomic
def generate_report(*, user, kind: str, unit, start: date, end: date, model_type=None) -> Report:
    """A draft report of `unit` (None: national) for the period, assembled from the data the user may see."""
    require_scope(user, unit, "add")
    if kind in REVIEW and model_type is None:
        raise ValidationError({"model_type": _("Báo cáo sơ kết, tổng kết cần chọn một mô hình.")})
    if start > end:
        raise ValidationError(_("Ngày bắt đầu phải trước ngày kết thúc."))
    model_type = model_type if kind in REVIEW else None
    issued = Report.objects.filter(unit=unit, kind=kind, period_start=start, period_end=end, model_type=model_type,
                                   state=State.ISSUED, superseded_by__isnull=True).first()
    if issued is not None:
        raise ValidationError(_("Kỳ này đã có báo cáo số %(ref)s; muốn thay đổi, hãy ban hành lại báo cáo đó.")
                              % {"ref": issued.reference})
    report = Report(unit=unit, kind=kind, period_start=start, period_end=end, model_type=model_type, created_by=user,
                    **default_header(unit))
    report.summary = default_summary(kind, start, end, report.model_type)
    report.content = build_content(user, report)
    report.narrative = skeleton(report)
    report.save()
    return report


def save_report(*, user, report: Report) -> Report:
    """Save the header, signature and narrative of a draft; an issued report never changes."""
    require_scope(user, report.unit, "change")
    if Report.objects.filter(pk=report.pk, state=State.ISSUED).exists():
        raise ValidationError(_("Báo cáo đã ban hành không sửa được; hãy ban hành lại thành phiên bản mới."))
    report.save()
    return report


def delete_report(*, user, report: Report) -> None:
    """Delete a draft; an issued report is a record and stays."""
    require_scope(user, report.unit, "delete")
    if report.is_issued:
        raise ValidationError(_("Báo cáo đã ban hành không xóa được."))
    delete_object(report)


@transaction.atomic
def issue_report(*, user, report: Report) -> Report:
    """Number, date and freeze the report: the rows behind its figures and its DOCX and PDF are stored as they are."""
    require_scope(user, report.unit, "change")
    report = Report.objects.select_for_update().get(pk=report.pk)
    if report.is_issued:
        raise ValidationError(_("Báo cáo này đã được ban hành."))
    _take_number(report, user)
    snapshot_rows(report)
    doc = build_document(report)
    name = f"bao-cao-{report.number}-{report.issued_on:%Y%m%d}"
    report.docx.save(f"{name}.docx", ContentFile(render_docx(doc)), save=False)
    report.pdf.save(f"{name}.pdf", ContentFile(render_pdf(doc)), save=False)
    report.save()
    return report


NUMBER_TRIES = 5


def _take_number(report: Report, user) -> None:
    """The unit's next number for the symbol this year, stored at once: when another report of the unit takes the
    same number in the meantime, the constraint refuses the second (on PostgreSQL, after the first commits) and the
    next number is tried. SQLite never gets there: its writers queue for one lock."""
    today = timezone.localdate()
    for _attempt in range(NUMBER_TRIES):
        used = Report.objects.filter(unit=report.unit, symbol=report.symbol, state=State.ISSUED,
                                     issued_on__year=today.year).aggregate(n=Max("number"))["n"]
        report.number, report.issued_on, report.issued_by, report.state = (used or 0) + 1, today, user, State.ISSUED
        try:
            with transaction.atomic():
                report.save(update_fields=["number", "issued_on", "issued_by", "state"])
            return
        except IntegrityError:
            continue
    raise ValidationError(_("Chưa lấy được số báo cáo vì nhiều báo cáo đang được ban hành cùng lúc: hãy thử lại."))


def counted_rows(report: Report) -> int:
    """How many rows the figures count (an upper bound: a row counted twice is kept once)."""
    return sum(len(e["ids"]) for s in report.content.get("sections", []) for e in s["evidence"].values())


def snapshot_rows(report: Report) -> int:
    """Keep, for every row a figure counts, the fields its section named, as they are now."""
    wanted: dict[str, set] = {}
    for section in report.content["sections"]:
        for evidence in section["evidence"].values():
            wanted.setdefault(evidence["model"], set()).update(evidence["ids"])
    fields = {}
    for section in registry.report_sections:
        fields |= section.row_fields
    rows = []
    for label, ids in wanted.items():
        model, names = apps.get_model(label), fields.get(label, ())
        ids = sorted(ids)
        for chunk in range(0, len(ids), 5000):
            for values in model._default_manager.filter(pk__in=ids[chunk:chunk + 5000]).values_list("pk", *names):
                rows.append((report.pk, label, values[0], {k: _json(v) for k, v in zip(names, values[1:])}))
    bulk_insert(FigureRow, ("report_id", "model", "object_id", "data"), rows, ids=False)
    return len(rows)


def _json(value):
    return value.isoformat() if isinstance(value, date) else value


@transaction.atomic
def reissue_report(*, user, report: Report) -> Report:
    """A new draft version of an issued report, with today's figures and the same narrative to revise."""
    require_scope(user, report.unit, "add")
    if not report.is_issued:
        raise ValidationError(_("Chỉ ban hành lại được báo cáo đã ban hành."))
    if Report.objects.filter(supersedes=report).exists():
        raise ValidationError(_("Báo cáo này đã có phiên bản ban hành lại."))
    copy = Report(unit=report.unit, kind=report.kind, period_start=report.period_start,
                  period_end=report.period_end, model_type=report.model_type, created_by=user,
                  revision=report.revision + 1, supersedes=report, narrative=report.narrative,
                  **{f: getattr(report, f) for f in ("summary", "superior_body", "issuing_body", "symbol", "place",
                                                     "sign_form", "sign_authority", "signer_position",
                                                     "signer_name", "recipients")})
    copy.content = build_content(user, copy)
    copy.save()
    return copy


@dataclass(frozen=True)
class Deadline:
    day: date
    task: Task | None = None
    """The steering task that set it; None: `PHONGTRAO_REPORT_DEADLINE_DAYS` after the period."""


def deadline(kind: str, end: date, *, requester) -> Deadline:
    """When the units below `requester` (None: the nation, asking the provinces) owe their report of `kind` for the
    period ending on `end`: the deadline of the requester's steering task asking for it (a task of one of its plans
    naming this report and period), otherwise the setting's number of days after the period."""
    task = (Task.objects.filter(plan__unit=requester, report_kind=kind, report_period_end=end)
            .select_related("plan").order_by("deadline", "pk").first())
    if task is not None:
        return Deadline(task.deadline, task)
    return Deadline(end + timedelta(days=settings.PHONGTRAO_REPORT_DEADLINE_DAYS[kind]))


def report_deadline(report: Report) -> Deadline | None:
    """The deadline of a periodic report, asked by the unit above its own; None for the nation's or a review."""
    if report.unit is None or report.kind not in PERIODIC:
        return None
    return deadline(report.kind, report.period_end, requester=report.unit.parent)


RENDERERS = {"docx": render_docx, "pdf": render_pdf}


def report_file(report: Report, fmt: str) -> bytes:
    """The report as `fmt` ("docx", "pdf"): the file stored at issue, or a draft rendered now (marked DỰ THẢO)."""
    stored = getattr(report, fmt)
    if report.is_issued and stored:
        with stored.open("rb") as handle:
            return handle.read()
    return RENDERERS[fmt](build_document(report))
