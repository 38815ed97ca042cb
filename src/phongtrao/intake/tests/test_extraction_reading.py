"""Reading txt, html, docx and pdf by content, with clear Vietnamese errors for what cannot be read."""
import io
import unicodedata
import zipfile

import pytest

from phongtrao.intake.extraction import reading
from phongtrao.intake.extraction.reading import ReadError, read_bytes, unwrap

TEXT = "Công an tỉnh Bình Thuận ra mắt mô hình “Nhà trọ tự quản” ngày 12/3/2024."


def _cp1258_char(char: str) -> str:
    """Windows-1258 writes a toned vowel as the vowel (with its circumflex, breve or horn) plus a combining tone."""
    try:
        char.encode("cp1258")
        return char
    except UnicodeEncodeError:
        decomposed = unicodedata.normalize("NFD", char)
        return unicodedata.normalize("NFC", decomposed[:-1]) + decomposed[-1]


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT.encode("utf-16"),
    "".join(map(_cp1258_char, "Công an tỉnh ra mắt mô hình tự quản tại các khu dân cư. " * 20)).encode("cp1258"),
])
def test_text_encodings(data):
    assert read_bytes(data).text.startswith("Công an tỉnh")


def test_docx_paragraphs_and_tables():
    import docx

    document = docx.Document()
    document.add_paragraph(TEXT)
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "Xã", "Số tổ"
    buffer = io.BytesIO()
    document.save(buffer)
    read = read_bytes(buffer.getvalue(), name="x.txt")
    assert read.kind == "docx" and read.text.splitlines() == [TEXT, "Xã | Số tổ"]


def test_pdf_text_layer():
    stream = b"BT /F1 12 Tf 72 720 Td (Cong an tinh Binh Thuan ngay 12/3/2024) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    pdf, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(pdf)
    pdf += b"xref\n0 6\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    pdf += b"trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    read = read_bytes(pdf, name="report.docx")
    assert read.kind == "pdf" and "Binh Thuan ngay 12/3/2024" in read.text


def test_html_main_text_and_date():
    html = ("<html><head><title>Tin</title><meta property='article:published_time' content='2024-10-22'></head><body>"
            "<nav>Trang chủ | Thời sự</nav><article><h1>Bắc Giang nhân rộng mô hình tự quản</h1>"
            f"<p>{TEXT} Mô hình đã được nhân rộng ra 28 thôn của huyện Lục Ngạn với hơn 4.600 hộ tham gia.</p>"
            "</article></body></html>")
    read = read_bytes(html.encode(), name="page.html")
    assert read.kind == "html" and read.published == "2024-10-22"
    assert read.text.startswith("Bắc Giang nhân rộng mô hình tự quản") and "Trang chủ" not in read.text


def _zip(entries: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(("data", "message"), [
    (b"", reading.EMPTY),
    (b"  \n\t", reading.EMPTY),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), reading.BINARY),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), reading.OLD_WORD),
    (_zip({"a.txt": "x"}), reading.ZIP),
    (_zip({"word/document.xml": "<not xml"}), reading.CORRUPT_DOCX),
    (b"%PDF-1.4\n garbage", reading.CORRUPT_PDF),
])
def test_unreadable_inputs_get_a_vietnamese_message(data, message):
    with pytest.raises(ReadError) as caught:
        read_bytes(data)
    assert caught.value.message == message


def test_zip_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(reading, "MAX_UNZIPPED_BYTES", 1000)
    with pytest.raises(ReadError) as caught:
        read_bytes(_zip({"word/document.xml": "<w/>" * 1000}))
    assert caught.value.message == reading.ZIP_BOMB


def test_unwrap_joins_hard_wrapped_lines():
    assert unwrap("Công an tỉnh đã\nra mắt mô hình.\nSau đó") == "Công an tỉnh đã ra mắt mô hình.\nSau đó"


def test_html_lead_and_date_line_left_out_by_the_extraction_are_kept():
    html = ("<html><head><meta property='article:published_time' content='2025-12-03'></head><body><main><article>"
            "<h1>Phường Thuận Hóa phủ sóng camera đến từng tổ dân phố</h1><time>08:12 | 03/12/2025</time>"
            "<div class='article-sapo'><p><strong>Đến nay phường đã có 1.086 camera kết nối, phủ kín 62/62 tổ dân phố "
            "trên địa bàn.</strong></p></div><div class='article-body'>"
            f"<p>{TEXT} Mô hình đã được nhân rộng ra 28 thôn của huyện Lục Ngạn với hơn 4.600 hộ tham gia.</p>"
            f"<p>{TEXT} Các tổ tự quản họp hằng tháng để rà soát tình hình an ninh, trật tự ở khu dân cư.</p>"
            "</div></article></main></body></html>")
    read = read_bytes(html.encode(), name="page.html")
    assert "1.086 camera" in read.text and "03/12/2025" in read.text


def test_hard_wrapped_pdf_lines_are_joined():
    from phongtrao.intake.extraction.reading import unwrap

    wide = "x" * 70
    text = f"{wide} đua thuyền trên sông Bến\nHải.\n{wide} nhân rộng mô hình;\ntrình Ủy ban trong tháng 11.\n- Mục mới\nIV. KINH PHÍ"
    assert unwrap(text).split("\n") == [f"{wide} đua thuyền trên sông Bến Hải.",
                                        f"{wide} nhân rộng mô hình; trình Ủy ban trong tháng 11.", "- Mục mới",
                                        "IV. KINH PHÍ"]


def test_html_date_not_guessed_from_a_year_in_the_title():
    html = ("<html><head><title>Tổng kết phong trào năm 2024</title></head><body><article><h1>Tổng kết phong trào toàn "
            "dân bảo vệ an ninh Tổ quốc năm 2024</h1><p>Ngày 10/8, Công an xã tổ chức hội nghị tổng kết mô hình “Camera "
            "an ninh” với nhiều nội dung thiết thực cho người dân trong xã.</p><p>Hội nghị biểu dương 5 tập thể và 10 cá "
            "nhân có thành tích xuất sắc trong phong trào.</p></article></body></html>")
    read = read_bytes(html.encode(), name="page.html")
    assert read.published is None and "01/01/2024" not in read.text
