"""A report as the reader sees it (Decree 30/2020/NĐ-CP, Appendix I): one structure both renderers draw from."""
from dataclasses import dataclass, field


from phongtrao.core.reporting import vn_number

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
CLOSING = (("outlook", "Phương hướng, nhiệm vụ thời gian tới"), ("proposals", "Đề xuất, kiến nghị"))
"""Narrative-only parts after the data sections (their titles are Vietnamese in the document itself)."""


@dataclass
class Table:
    title: str
    columns: list[str]
    rows: list[list[str]]
    total: list[str] | None = None


@dataclass
class Part:
    key: str
    heading: str
    paragraphs: list[str]
    tables: list[Table] = field(default_factory=list)


@dataclass
class Document:
    superior_body: str
    issuing_body: str
    reference: str
    date_line: str
    title: str
    summary: str
    intro: list[str]
    parts: list[Part]
    sign_form_line: str
    signer_position: str
    signer_name: str
    recipients: list[str]
    draft: bool


def cell_text(cell) -> str:
    if isinstance(cell, dict):
        cell = cell["value"]
    if isinstance(cell, bool) or cell is None:
        return ""
    return vn_number(cell) if isinstance(cell, int) else str(cell)


def table_of(data: dict) -> Table:
    """A stored table with its rows numbered (STT) and its totals row."""
    rows = [[str(n), *(cell_text(c) for c in row)] for n, row in enumerate(data["rows"], start=1)]
    total = ["", *(cell_text(c) for c in data["total"])] if data.get("total") else None
    return Table(data["title"], ["STT", *data["columns"]], rows, total)


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def date_line(place: str, day) -> str:
    """"Hà Nội, ngày 05 tháng 02 năm 2026": day below 10 and month below 3 take a leading zero (the decree)."""
    if day is None:
        return f"{place}, ngày     tháng     năm"
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


def build_document(report) -> Document:
    narrative = report.narrative or {}
    parts = []
    for section in report.content.get("sections", []):
        parts.append(Part(section["key"], section["title"], paragraphs(narrative.get(section["key"], "")),
                          [table_of(t) for t in section["tables"] if t["rows"] or t["total"]]))
    for key, title in CLOSING:
        parts.append(Part(key, title, paragraphs(narrative.get(key, ""))))
    parts = [part for part in parts if part.paragraphs or part.tables]  # a part the author left empty
    for number, part in zip(ROMAN, parts):
        part.heading = f"{number}. {part.heading.upper()}"
    sign_form = f"{report.sign_form} {report.sign_authority}".strip() if report.sign_form else ""
    return Document(
        superior_body=report.superior_body.upper(), issuing_body=report.issuing_body.upper(),
        reference=f"Số: {report.reference}", date_line=date_line(report.place, report.issued_on),
        title="BÁO CÁO", summary=report.summary, intro=paragraphs(narrative.get("intro", "")), parts=parts,
        sign_form_line=sign_form.upper(), signer_position=report.signer_position.upper(),
        signer_name=report.signer_name, recipients=[r.strip() for r in report.recipients.splitlines() if r.strip()],
        draft=not report.is_issued,
    )
