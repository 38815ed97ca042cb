"""Write src/phongtrao/reports/data/report.docx, the docxtpl template of every report (Decree 30/2020, Appendix I).

Run again after changing the layout: `.venv/bin/python tools/reports/make_docx_template.py`. Clerks may also edit the
file in Word, keeping the {{ … }} fields.
"""
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from phongtrao.reports.rendering import set_widths

OUT = Path(__file__).resolve().parents[2] / "src/phongtrao/reports/data/report.docx"
FONT = "Times New Roman"


def set_font(style, size):
    style.font.name, style.font.size = FONT, Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)


def line(cell_or_doc, text, size=13, bold=False, italic=False, align=WD_ALIGN_PARAGRAPH.CENTER, first=False):
    paragraph = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    run = paragraph.add_run(text)
    run.font.size, run.bold, run.italic = Pt(size), bold, italic
    return paragraph


def rule(container, indent_mm):
    """A short horizontal line: an empty paragraph's bottom border, narrowed by indents."""
    paragraph = container.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(indent_mm)
    fmt.space_after = Pt(4)
    run = paragraph.add_run()
    run.font.size = Pt(2)
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def borderless(table):
    table.style = None
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False


def main():
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    set_font(doc.styles["Normal"], 14)
    doc.styles["Normal"].paragraph_format.space_after = Pt(6)

    head = doc.add_table(rows=1, cols=2)
    borderless(head)
    left, right = head.rows[0].cells
    set_widths(head, [62, 103])
    line(left, "{{ superior_body }}", first=True)
    line(left, "{{ issuing_body }}", bold=True)
    rule(left, 20)
    line(left, "{{ reference }}")
    line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", size=12, bold=True, first=True)
    line(right, "Độc lập - Tự do - Hạnh phúc", size=13, bold=True)
    rule(right, 24)
    line(right, "{{ date_line }}", italic=True)

    title = line(doc, "{{ title }}", size=14, bold=True)
    title.paragraph_format.space_before = Pt(18)
    line(doc, "{{ summary }}", size=14, bold=True)
    rule(doc, 62)
    doc.add_paragraph("{{p body }}")

    sign = doc.add_table(rows=1, cols=2)
    borderless(sign)
    recipients, signer = sign.rows[0].cells
    set_widths(sign, [80, 85])
    line(recipients, "Nơi nhận:", size=12, bold=True, italic=True, align=WD_ALIGN_PARAGRAPH.LEFT, first=True)
    line(recipients, "{%p for r in recipients %}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    line(recipients, "{{ r }}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    line(recipients, "{%p endfor %}", size=11, align=WD_ALIGN_PARAGRAPH.LEFT)
    line(signer, "{{ sign_form_line }}", size=14, bold=True, first=True)
    line(signer, "{{ signer_position }}", size=14, bold=True)
    for _ in range(4):
        line(signer, "", size=14)
    line(signer, "{{ signer_name }}", size=14, bold=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    doc.save(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
