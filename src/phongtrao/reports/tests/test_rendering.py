"""The DOCX and PDF read as an official report: checked on the files as a reader (and a parser) would see them."""
import io
import re
import shutil
import subprocess
import unicodedata
from datetime import date
from pathlib import Path

import pdfplumber
import pytest
from django.conf import settings
from docx import Document as Docx
from pypdf import PdfReader

from phongtrao.reports import services
from phongtrao.reports.document import build_document
from phongtrao.reports.models import Kind
from phongtrao.reports.rendering import render_docx, render_pdf
from phongtrao.reports.tests.test_services import H1

MM = 72 / 25.4
MARGINS = {"top": 20 * MM, "bottom": 20 * MM, "left": 30 * MM, "right": 15 * MM}
KINDS = {Kind.MONTHLY: 6, Kind.QUARTERLY: 2, Kind.HALF_YEAR: 1, Kind.YEARLY: 1}
SCREENSHOTS = Path(settings.BASE_DIR).parent.parent / "docs" / "screenshots" / "reports"


def squeeze(text: str) -> str:
    """Text without whitespace, NFC: line breaks and justification differ between the source and the PDF."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


def issued(user, unit, kind=Kind.HALF_YEAR, part=1):
    start, end = services.period_bounds(kind, 2026, part)
    report = services.generate_report(user=user, kind=kind, unit=unit, start=start, end=end)
    report.narrative["outlook"] = "Tiếp tục nhân rộng mô hình “Camera giám sát an ninh, trật tự” ở khu dân cư."
    report.signer_name = "Nguyễn Văn Dũng"
    report.save()
    return services.issue_report(user=user, report=report)


def check_pdf(report, pdf: bytes):
    doc = build_document(report)
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        first = document.pages[0].extract_text()
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in first and "Độc lập - Tự do - Hạnh phúc" in first
        assert f"Số: {report.number}/BC-BCĐ" in first
        assert doc.date_line in first
        text = ""
        rows = []
        for page in document.pages:
            width, height = page.width, page.height
            for word in page.extract_words():
                header = word["bottom"] < MARGINS["top"] and word["text"].isdigit()  # the page number (decree)
                if not header:  # 1 mm of slack: WeasyPrint's justified lines end up to 0.7 mm past the edge
                    assert word["x0"] >= MARGINS["left"] - MM and word["x1"] <= width - MARGINS["right"] + MM, word
                    assert word["top"] >= MARGINS["top"] - MM and word["bottom"] <= height - MARGINS["bottom"] + MM, word
            text += page.crop((0, MARGINS["top"], width, height)).extract_text() + "\n"  # less the page number
            for table in page.extract_tables():
                rows += [[squeeze(c or "") for c in row] for row in table]
    for paragraph in [doc.summary, *doc.intro, *(p for part in doc.parts for p in part.paragraphs)]:
        assert squeeze(paragraph) in squeeze(text), paragraph  # diacritics intact
    expected, headers = [], set()
    for part in doc.parts:
        for table in part.tables:
            headers.add(tuple(squeeze(c) for c in table.columns))
            expected += [[squeeze(c) for c in row] for row in [*table.rows, *([table.total] if table.total else [])]]
    body = [row for row in rows if tuple(row) not in headers]  # headers repeat on each page
    assert body == expected  # every row whole, on one page, in order: none cut between pages
    fonts = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = (font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"])
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            fonts.add(str(font["/BaseFont"]))
    assert all(re.search(r"Times|Liberation-?Serif", f) for f in fonts), fonts
    return len(rows)


def check_docx(report, data: bytes):
    docx = Docx(io.BytesIO(data))
    header = docx.tables[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in header.cell(0, 1).text
    assert f"Số: {report.number}/BC-BCĐ" in header.cell(0, 0).text
    text = "\n".join(p.text for p in docx.paragraphs)
    assert report.summary in text and "BÁO CÁO" in text
    assert docx.styles["Normal"].font.name == "Times New Roman"
    section = docx.sections[0]
    assert (round(section.left_margin.mm), round(section.right_margin.mm), round(section.top_margin.mm)) == (30, 15, 20)
    tables = sum(len(part.tables) for part in build_document(report).parts)
    assert len(docx.tables) == tables + 2  # the header, the data tables, the signature
    assert "Nơi nhận:" in docx.tables[-1].cell(0, 0).text
    grids = [[col.w.mm for col in table._tbl.tblGrid.gridCol_lst] for table in docx.tables]
    assert all(round(sum(grid)) == 165 for grid in grids), grids  # LibreOffice lays columns out by the grid
    assert [round(w) for w in grids[0]] == [62, 103] and [round(w) for w in grids[-1]] == [80, 85]
    assert all(round(grid[0]) == 12 and grid[1] >= grid[-1] for grid in grids[1:-1]), grids  # STT narrow, names wide


@pytest.mark.django_db
@pytest.mark.parametrize("kind", list(KINDS))
def test_each_kind_for_a_province_and_the_nation(report_data, province_user, national_user, units, kind):
    for user, unit in ((province_user, units["A"]), (national_user, None)):
        report = issued(user, unit, kind, KINDS[kind])
        pdf = report.pdf.read()
        assert check_pdf(report, pdf) > 0
        check_docx(report, report.docx.read())


@pytest.mark.django_db
@pytest.mark.parametrize("kind", [Kind.INTERIM_REVIEW, Kind.FINAL_REVIEW])
def test_reviews_for_a_province_and_the_nation(report_data, province_user, national_user, units, kind):
    for user, unit in ((province_user, units["A"]), (national_user, None)):
        report = services.generate_report(user=user, kind=kind, unit=unit, start=date(2016, 1, 1),
                                          end=date(2026, 6, 30), model_type=report_data["boarding"])
        report = services.issue_report(user=user, report=report)
        assert check_pdf(report, report.pdf.read()) > 0
        check_docx(report, report.docx.read())


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs Debian poppler-utils")
def test_pages_as_images(report_data, province_user, units, tmp_path):
    """pdftoppm turns the pages into PNG (as a reader sees them); `PHONGTRAO_KEEP_SCREENSHOTS=1` keeps them in docs/."""
    import os

    report = issued(province_user, units["A"])
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(report.pdf.read())
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 2 and all(p.stat().st_size > 5000 for p in pages)
    if os.environ.get("PHONGTRAO_KEEP_SCREENSHOTS"):
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "2", "-l", "3", str(pdf),
                        str(SCREENSHOTS / "pdf-test-data-half-year")], check=True)


@pytest.mark.django_db
def test_draft_is_marked(report_data, province_user, units):
    report = services.generate_report(user=province_user, kind=Kind.MONTHLY, unit=units["A"], start=H1[0],
                                      end=H1[0].replace(day=31))
    doc = build_document(report)
    assert doc.draft and "Số:    /BC-BCĐ" in doc.reference
    with pdfplumber.open(io.BytesIO(render_pdf(doc))) as pdf:
        assert "DỰ THẢO" in pdf.pages[0].extract_text()
    assert "DỰ THẢO" in "\n".join(p.text for p in Docx(io.BytesIO(render_docx(doc))).paragraphs)


@pytest.mark.django_db
@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs Debian libreoffice-writer-nogui")
def test_libreoffice_opens_the_docx_of_each_kind(report_data, province_user, units, tmp_path):
    """The clerk's editor reads every kind's DOCX: LibreOffice converts each to a PDF holding its title and number."""
    reports = [issued(province_user, units["A"], kind, KINDS[kind]) for kind in KINDS]
    for kind in (Kind.INTERIM_REVIEW, Kind.FINAL_REVIEW):
        draft = services.generate_report(user=province_user, kind=kind, unit=units["A"], start=date(2016, 1, 1),
                                         end=date(2026, 6, 30), model_type=report_data["boarding"])
        reports.append(services.issue_report(user=province_user, report=draft))
    for report in reports:
        (tmp_path / f"{report.kind}.docx").write_bytes(report.docx.read())
    subprocess.run(["soffice", f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "pdf"),
                    *sorted(str(p) for p in tmp_path.glob("*.docx"))], check=True, capture_output=True, timeout=300)
    for report in reports:
        with pdfplumber.open(tmp_path / "pdf" / f"{report.kind}.pdf") as pdf:
            text = pdf.pages[0].extract_text()
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text, report.kind  # the motto on one line
        first = squeeze(text)
        assert squeeze(f"Số: {report.number}/BC-BCĐ") in first, report.kind
        assert squeeze("BÁO CÁO") in first and squeeze(report.summary) in first, report.kind
