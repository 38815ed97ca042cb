"""Bytes to text for txt, html, docx and pdf, by content rather than by extension, with Vietnamese error messages."""
from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 50 * 1024 * 1024
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
"""A docx whose parts inflate beyond this is treated as a zip bomb."""
BINARY_CONTROL_RATIO = 0.02
_CONTROL = bytes(set(range(32)) - {9, 10, 12, 13, 27})


class ReadError(Exception):
    """A file that cannot be read as a document; the message is Vietnamese, for the user."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


EMPTY = "Tệp rỗng: không có nội dung để đọc."
NO_TEXT = "Tệp không chứa văn bản đọc được."
BINARY = "Tệp chứa dữ liệu nhị phân, không phải văn bản (hỗ trợ: txt, html, docx, pdf)."
ENCODING = "Không nhận diện được bảng mã của tệp văn bản."
OLD_WORD = "Định dạng Word 97–2003 (.doc) chưa được hỗ trợ: hãy lưu lại thành .docx."
ZIP = "Tệp nén ZIP không phải tài liệu Word: hãy giải nén và gửi từng tệp."
ZIP_BOMB = "Tệp DOCX giải nén ra quá lớn (nghi là bom nén): đã bỏ qua."
CORRUPT_DOCX = "Tệp DOCX bị hỏng hoặc không đọc được."
CORRUPT_PDF = "Tệp PDF bị hỏng hoặc không đọc được."
ENCRYPTED_PDF = "Tệp PDF được đặt mật khẩu: không đọc được."
SCANNED_PDF = "Tệp PDF không có lớp văn bản (có thể là ảnh quét): cần nhận dạng chữ (OCR) trước."


@dataclass(frozen=True)
class Read:
    text: str
    kind: str
    published: str | None = None
    """Publication date from the page's metadata (html), ISO."""


def read_path(path: Path | str) -> Read:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ReadError(f"Tệp quá lớn ({size / 2**20:.1f} MB; tối đa {MAX_BYTES // 2**20} MB).")
        data = path.read_bytes()
    except OSError as exc:
        raise ReadError(f"Không mở được tệp: {exc.strerror or exc}.") from exc
    return read_bytes(data, name=path.name)


def read_bytes(data: bytes, *, name: str = "") -> Read:
    """Text of a document; the format is sniffed from the content (a .txt that is really a PDF is read as PDF)."""
    if not data.strip():
        raise ReadError(EMPTY)
    if data.startswith(b"%PDF"):
        read = Read(_pdf(data), "pdf")
    elif data.startswith(b"PK\x03\x04"):
        read = Read(_docx(data), "docx")
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(OLD_WORD)
    else:
        text = decode(data)
        read = _html(text) if _is_html(text, name) else Read(text, "txt")
    if not read.text.strip():
        raise ReadError(NO_TEXT)
    return read


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else the encoding charset-normalizer finds (cp1258, …); NFC."""
    return unicodedata.normalize("NFC", _decode(data))


def _decode(data: bytes) -> str:
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if _looks_binary(data):
        raise ReadError(BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise ReadError(ENCODING)
    return str(best)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in sample or sum(sample.count(c) for c in _CONTROL) > BINARY_CONTROL_RATIO * len(sample)


def _is_html(text: str, name: str) -> bool:
    start = text.lstrip()[:500].lower()
    return name.lower().endswith((".html", ".htm")) or start.startswith(("<!doctype html", "<html")) or "<body" in start


DATE_PARAMS = {"extensive_search": False, "original_date": True}
"""The page date only from its markup (meta tags, structured data, time elements), never guessed from a year in its
text: a title "… năm 2024" would otherwise date the page 01/01/2024. A date printed in the text is the dateline's."""


def _html(text: str) -> Read:
    """Main text of a web page (trafilatura) headed by the page title, its date line and its lead paragraph when the
    extraction left them out; the page date as metadata too."""
    import trafilatura

    doc = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=True,
                                      date_extraction_params=DATE_PARAMS)
    if doc is None:
        raise ReadError(NO_TEXT)
    body = doc.text or ""
    lead = _lead(text)
    if lead and lead[:80] not in body:
        body = f"{lead}\n{body}"
    title = (doc.title or "").strip()
    body = body[len(title):].lstrip() if title and body.startswith(title) else body
    head = [title] if title else []
    if doc.date and (line := _date_line(doc.date)) not in body[:1000]:
        head.append(line)
    return Read("\n\n".join([*head, body]), "html", doc.date or None)


LEAD_CLASSES = ("sapo", "lead", "summary", "chapeau", "description", "excerpt")
"""Classes Vietnamese news sites give the article's lead paragraph, which text extraction tends to drop."""


def _lead(html: str) -> str:
    from lxml import etree, html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return ""
    test = " or ".join(f"contains(@class, '{c}')" for c in LEAD_CLASSES)
    for element in tree.xpath(f"//body//*[self::div or self::p or self::h2][{test}]"):
        lead = " ".join(element.text_content().split())
        if len(lead.split()) >= 8:
            return lead
    return ""


def _date_line(iso: str) -> str:
    """dd/mm/yyyy, as pages print their date."""
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}"


def _docx(data: bytes) -> str:
    """Paragraphs and table rows of a Word document, in document order."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
            if "word/document.xml" not in names:
                raise ReadError(ZIP)
            if sum(info.file_size for info in archive.infolist()) > MAX_UNZIPPED_BYTES:
                raise ReadError(ZIP_BOMB)
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(io.BytesIO(data))
    except ReadError:
        raise
    except Exception as exc:  # python-docx and zipfile raise many kinds on damaged files
        raise ReadError(CORRUPT_DOCX) from exc
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines += [" | ".join(cell.text for cell in row.cells) for row in block.rows]
    return "\n".join(lines)


def _pdf(data: bytes) -> str:
    """Text layer of a PDF, hard-wrapped lines joined back into paragraphs."""
    import pdfplumber

    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            pages = [page.extract_text() or "" for page in pdf.pages]
    except Exception as exc:  # pdfminer raises its own types for damaged or encrypted files
        raise ReadError(ENCRYPTED_PDF if "password" in str(exc).lower() or "encrypt" in repr(exc).lower()
                        else CORRUPT_PDF) from exc
    text = "\n".join(pages)
    if not text.strip():
        raise ReadError(SCANNED_PDF)
    return unwrap(text)


def unwrap(text: str) -> str:
    """Join a hard-wrapped line to the previous one when the previous does not end a sentence and this one starts
    lowercase (after a clause ending in ";" too), or when the previous fills the page width (a wrap before a
    capitalised name: "sông Bến / Hải."). A line opening an item or a heading ("- ", "2. ", "a) ", capitals) does
    not."""
    lines = [line.strip() for line in text.split("\n")]
    width = max((len(line) for line in lines), default=0)
    out: list[str] = []
    for line in lines:
        previous = out[-1] if out else ""
        open_end = bool(previous) and not previous.endswith((".", ":", "!", "?"))
        full = (len(previous) >= WRAP_SHARE * width and not previous.endswith(";") and not _ITEM_START.match(line)
                and not (line.isupper() and not any(c.isdigit() for c in line)))
        if open_end and line and (line[0].islower() or full):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


WRAP_SHARE = 0.8
"""A line at least this share of the longest line is taken as hard-wrapped at the page width."""
_ITEM_START = re.compile(r"^(?:[-–+•*]|\d+[.)]|[a-zđ][.)]|[IVXLC]+[.)]|Điều \d)")
