"""The import engine's parts: typed cells, the safe CSV/XLSX reader (hostile files included), uploads, bulk insert."""
import io
import os
import time
import unicodedata
import zipfile
from datetime import date

import pytest
from django.db import connection, transaction
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from phongtrao.core.db import SQLITE_ANALYSIS_LIMIT, Staged, analyze, bulk_insert
from phongtrao.core.imports import reading, uploads
from phongtrao.core.imports.cells import CellError, Choice, Date, Integer, Lookup, Number, Text
from phongtrao.core.imports.reading import ImportFileError, read_rows
from phongtrao.core.models import Job

# Cells


@pytest.mark.parametrize("text, message", [
    ("31/02/2024", "Ngày “31/02/2024” không tồn tại: tháng 2 năm 2024 không có ngày 31."),
    ("29/02/2023", "Ngày “29/02/2023” không tồn tại: tháng 2 năm 2023 không có ngày 29."),
    ("2024-13-01", "Ngày “2024-13-01” không tồn tại: không có tháng 13."),
    ("15/3/19", "Ngày “15/3/19” không đúng dạng dd/mm/yyyy hoặc yyyy-mm-dd."),
    ("hôm qua", "Ngày “hôm qua” không đúng dạng dd/mm/yyyy hoặc yyyy-mm-dd."),
])
def test_dates_that_do_not_exist_are_told_apart_from_wrong_formats(text, message):
    with pytest.raises(CellError) as failed:
        Date().parse(text)
    assert str(failed.value) == message


def test_dates_read_from_text_and_excel_cells():
    parse = Date(past=True).bind(None)
    assert [parse(v) for v in ("29/02/2024", "1.3.2019", "2019-03-15", date(2019, 3, 15), "")] == [
        date(2024, 2, 29), date(2019, 3, 1), date(2019, 3, 15), date(2019, 3, 15), None]
    with pytest.raises(CellError, match="ở tương lai"):
        parse(f"01/01/{date.today().year + 1}")


def test_numbers_integers_text_choices_and_lookups():
    assert Number(6, 24).parse("10,5") == 10.5 and Number(6, 24).parse(7) == 7.0
    for bad in ("nan", "inf", "abc", "30"):
        with pytest.raises(CellError):
            Number(6, 24).parse(bad)
    assert Integer().parse(25.0) == 25 and Integer().parse("7") == 7 and Integer().parse(" ") is None
    for bad in ("-1", "2.5", "99999999999"):
        with pytest.raises(CellError, match="số nguyên không âm"):
            Integer().parse(bad)
    with pytest.raises(CellError, match="“True” không phải là số"):
        Integer().parse(True)
    with pytest.raises(CellError, match="Dài quá 3 ký tự"):
        Text(3).parse("abcd")
    with pytest.raises(CellError, match="Không được để trống"):
        Text(required=True).parse("  ")
    assert Text().parse("Nha\u0300 tro\u0323") == "Nhà trọ"  # decomposed (cp1258, macOS) → NFC
    status = Choice([("active", "Đang hoạt động"), ("dissolved", "Giải thể")], default="active").bind(None)
    assert (status("dang hoat dong"), status("DISSOLVED"), status("")) == ("active", "dissolved", "active")
    with pytest.raises(CellError, match="dùng một trong: Đang hoạt động, Giải thể"):
        status("đóng cửa")
    loads = []
    lookup = Lookup(lambda spec: loads.append(1) or {"cong an": 5}, missing="Không có “%(value)s”.",
                    create=lambda spec, text: "new" if text == "Mới" else None).bind(None)
    assert [lookup(v) for v in ("Công an", "CONG AN", "Mới")] == [5, 5, "new"] and loads == [1]
    with pytest.raises(CellError, match="Không có “Lạ”."):
        lookup("Lạ")


# XLSX built by hand: what a hostile client can send


PARTS = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                           'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
                       'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                       '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                                  'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
                                  'openxmlformats.org/officeDocument/2006/relationships/worksheet" '
                                  'Target="worksheets/sheet1.xml"/></Relationships>',
}


def sheet_xml(rows: str, dimension: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return ('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f"{dim}<sheetData>{rows}</sheetData></worksheet>")


def inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx(tmp_path, sheet: str, *, extra: dict | None = None, name: str = "f.xlsx"):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for part, content in {**PARTS, "xl/worksheets/sheet1.xml": sheet, **(extra or {})}.items():
            package.writestr(part, content)
    return path


def read_all(path):
    return [(number, list(values)) for number, values in read_rows(path)]


def test_a_cell_at_xfd1048576_is_refused_before_anything_is_allocated(tmp_path):
    path = xlsx(tmp_path, sheet_xml(f'<row r="1">{inline("A1", "Tên")}</row>'
                                    f'<row r="1048576">{inline("XFD1048576", "x")}</row>'))
    assert path.stat().st_size < 5 * 1024
    with pytest.raises(ImportFileError) as refused:
        read_all(path)
    assert str(refused.value) == ("Bảng tính có ô ở XFD1048576, vượt giới hạn 250.000 dòng × 100 cột: hãy xóa các ô "
                                  "thừa ở xa hoặc chia thành nhiều tệp.")


@pytest.mark.parametrize("rows, refused", [
    (f'<row r="9">{inline("C9", "x")}</row>', None),
    (f'<row r="9">{inline("D9", "x")}</row>', "D9"),
    (f'<row r="10">{inline("A10", "x")}</row>', "A10"),
    ('<row r="0000010"><c t="inlineStr"><is><t>x</t></is></c></row>', "A0000010"),
    (f'<row spans="1:1"\n r="9">{inline("C9", "x")}</row><row \tr = \'12\'><c r=\'B12\'><v>1</v></c></row>', "B12"),
    ('<row r="1"><c r="C1x"><v>1</v></c></row>', "hỏng"),
])
def test_every_reference_is_checked_exactly_against_the_limits(tmp_path, monkeypatch, rows, refused):
    monkeypatch.setattr(reading, "MAX_ROWS", 9)
    monkeypatch.setattr(reading, "MAX_COLUMNS", 3)
    path = xlsx(tmp_path, sheet_xml(f'<row r="1">{inline("A1", "Tên")}</row>{rows}'))
    if refused is None:
        assert read_all(path)[-1] == (9, ["", "", "x"])
    else:
        with pytest.raises(ImportFileError, match=refused):
            read_all(path)


def test_a_declared_dimension_too_large_is_refused(tmp_path):
    path = xlsx(tmp_path, sheet_xml(f'<row r="1">{inline("A1", "Tên")}</row>', dimension="A1:XFD1048576"))
    with pytest.raises(ImportFileError, match="khai báo vùng dữ liệu A1:XFD1048576"):
        read_all(path)


def test_zip_bomb_shared_strings_are_refused_by_their_decompressed_size(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "XLSX_UNZIPPED_BYTES", 5 * 1024 * 1024)
    strings = ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               f'count="1" uniqueCount="1"><si><t>{"A" * (20 * 1024 * 1024)}</t></si></sst>')
    path = xlsx(tmp_path, sheet_xml('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                extra={"xl/sharedStrings.xml": strings})
    assert path.stat().st_size < 100 * 1024
    with pytest.raises(ImportFileError, match="khi giải nén lớn hơn 5 MB"):
        read_all(path)


def test_a_child_out_of_memory_gives_a_message(tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "XLSX_MEMORY_BYTES", 64 * 1024 * 1024)
    rows = "".join(f'<row r="{i}">{inline(f"A{i}", "x" * 30_000)}{inline(f"B{i}", "y" * 30_000)}</row>'
                   for i in range(1, 2_000))
    with pytest.raises(ImportFileError, match="giới hạn bộ nhớ và thời gian"):
        read_all(xlsx(tmp_path, sheet_xml(rows)))


def test_long_cells_and_too_many_rows_are_refused(tmp_path, monkeypatch):
    with pytest.raises(ImportFileError, match="Ô B2 dài hơn 32.767 ký tự"):
        read_all(xlsx(tmp_path, sheet_xml(f'<row r="1">{inline("A1", "a")}</row>'
                                          f'<row r="2">{inline("A2", "a")}{inline("B2", "b" * 40_000)}</row>')))
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    with pytest.raises(ImportFileError, match="vượt giới hạn 3 dòng"):
        read_all(xlsx(tmp_path, sheet_xml("".join(f'<row r="{i}">{inline(f"A{i}", "a")}</row>' for i in range(1, 5)))))


def test_a_real_workbook_reads_with_typed_cells(tmp_path):
    workbook = Workbook()
    for values in (["Tên", "Ngày", "Số"], ["Điểm 1", date(2019, 3, 15), 25], ["Điểm 2", "15/03/2019", 2.5]):
        workbook.active.append(values)
    workbook.save(tmp_path / "ok.xlsx")
    rows = read_rows(tmp_path / "ok.xlsx")
    assert rows.total == 3
    assert [values for _number, values in rows] == [
        ["Tên", "Ngày", "Số"], ["Điểm 1", date(2019, 3, 15), 25], ["Điểm 2", "15/03/2019", 2.5]]


# CSV


def cp1258(text: str) -> bytes:
    """Vietnamese Windows encoding: a letter missing from the code page is written base letter + tone mark."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            out.append((unicodedata.normalize("NFC", parts[:-1]) + parts[-1]).encode("cp1258"))
    return b"".join(out)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_encodings_are_sniffed(tmp_path, encoding):
    text = "Tên điểm;Xã/phường\nNhà trọ tự quản;Phường Bến Thành\n"
    data = cp1258(text) if encoding == "cp1258" else text.encode(encoding)
    (tmp_path / "f.csv").write_bytes(data)
    rows = read_all(tmp_path / "f.csv")
    assert [[Text().parse(v) for v in values] for _n, values in rows] == [
        ["Tên điểm", "Xã/phường"], ["Nhà trọ tự quản", "Phường Bến Thành"]]


def test_csv_limits(tmp_path, monkeypatch):
    path = tmp_path / "f.csv"
    path.write_text("a," * 150 + "\n")
    with pytest.raises(ImportFileError, match="Dòng 1 có 151 cột, nhiều hơn giới hạn 100 cột"):
        read_all(path)
    path.write_text("a,b\n" + "x" * 40_000 + ",b\n")
    with pytest.raises(ImportFileError, match="Dòng 2 có ô dài hơn 32.767 ký tự"):
        read_all(path)
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    path.write_text("a\n" * 10)
    with pytest.raises(ImportFileError, match="Tệp có hơn 3 dòng"):
        read_all(path)
    path.write_bytes(b"a,b\n\"x" + b"y" * 200_000 + b"\n")
    with pytest.raises(ImportFileError, match="Không đọc được tệp CSV sau dòng 1"):
        read_all(path)


# Fuzzing: any file gives rows or an ImportFileError, never another exception


def read_or_refuse(path) -> None:
    try:
        read_all(path)
    except ImportFileError as exc:
        assert str(exc)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=3_000), st.text(max_size=2_000).map(str.encode),
                      st.lists(st.lists(st.text(max_size=30), max_size=8), max_size=20).map(
                          lambda rows: "\n".join(";".join(r) for r in rows).encode("utf-16"))))
@example(data=b"\xff\xfe")
@example(data=b'"' * 7)
def test_fuzz_csv(tmp_path, data):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    read_or_refuse(path)


REF = st.builds(lambda col, row: f"{col}{row}", st.sampled_from(["A", "B", "Z", "AA", "CV", "CW", "XFD", ""]),
                st.sampled_from(["1", "2", "250000", "250001", "1048576", "0", ""]))
CELL = st.builds(lambda ref, kind, value: f'<c r="{ref}"{kind}><v>{value}</v></c>', REF,
                 st.sampled_from(["", ' t="s"', ' t="b"', ' t="e"', ' t="d"', ' t="str"']),
                 st.sampled_from(["0", "1", "3.5", "-1", "abc", "2019-03-15", "1e308", ""]))


@st.composite
def workbooks(draw) -> dict:
    """A workbook's parts with random cells, dimensions and shared strings, some parts dropped or damaged."""
    rows = "".join(f"<row>{''.join(draw(st.lists(CELL, max_size=4)))}</row>" for _ in range(draw(st.integers(0, 4))))
    parts = {**PARTS, "xl/worksheets/sheet1.xml": sheet_xml(rows, draw(st.sampled_from(["", "A1:B2", "A1:XFD1", "A0"]))),
             "xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>'
                                     + draw(st.text(max_size=20)).replace("<", "") + "</t></si></sst>"}
    for name in draw(st.lists(st.sampled_from(sorted(parts)), max_size=2, unique=True)):
        if draw(st.booleans()):
            del parts[name]
        else:
            parts[name] = draw(st.binary(max_size=50))
    return parts


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=workbooks(), cut=st.one_of(st.none(), st.integers(0, 2_000)))
def test_fuzz_xlsx(tmp_path, parts, cut):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, content in parts.items():
            package.writestr(name, content)
    data = buffer.getvalue()
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(data if cut is None else data[:cut])
    read_or_refuse(path)


# Uploads and the bulk insert


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def test_each_upload_prunes_the_old_ones_and_only_the_owner_reads_a_file(media, user_factory, settings):
    owner, other = user_factory("province", "A"), user_factory("province", "A")
    old = uploads.upload_path(uploads.store_upload([b"a"], suffix=".csv", user=owner), owner)
    week_ago = time.time() - 8 * 86400
    os.utime(old, (week_ago, week_ago))
    name = uploads.store_upload([b"b"], suffix=".xlsx", user=other)
    assert not old.exists() and uploads.upload_path(name, other).read_bytes() == b"b"
    for forged in (name, f"{other.pk}/../{owner.pk}/x.csv", f"{other.pk}/{'a' * 32}.exe"):
        with pytest.raises(ImportFileError, match="hãy tải lại"):
            uploads.upload_path(forged, owner)


@pytest.mark.django_db
def test_bulk_insert_returns_the_ids_in_order_and_fills_defaults(user_factory):
    user = user_factory("province", "A")
    with transaction.atomic():
        ids = bulk_insert(Job, ("kind", "label", "created_by_id", "finished"),
                          [("import_x", f"việc {i}", user.pk, None) for i in range(7)])
    jobs = list(Job.objects.filter(pk__in=ids).order_by("pk"))
    assert [job.pk for job in jobs] == ids and [job.label for job in jobs] == [f"việc {i}" for i in range(7)]
    assert {(job.state, job.done, job.version, str(job.result)) for job in jobs} == {("queued", 0, 1, "{}")}
    assert all(job.created and job.created == job.last_updated for job in jobs)
    Job.objects.filter(pk=ids[-1]).delete()
    with transaction.atomic():
        (again,) = bulk_insert(Job, ("kind", "label"), [("import_x", "sau")])
    assert again > ids[-1]  # a deleted row's id is not reused


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's sampling limit")
def test_analyze_samples_instead_of_reading_every_row_on_sqlite():
    analyze(Job)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA analysis_limit")
        assert cursor.fetchone()[0] == SQLITE_ANALYSIS_LIMIT


@pytest.mark.django_db(transaction=True)
def test_staged_rows_keep_their_reserved_ids_and_appear_only_when_published(user_factory):
    user = user_factory("province", "A")
    with Staged() as staged:
        ids = staged.insert(Job, ("kind", "label", "created_by_id"), [("import_x", f"việc {i}", user.pk)
                                                                       for i in range(5)])
        meanwhile = Job.objects.create(kind="import_y", label="giữa chừng")  # another writer, before the publish
        assert meanwhile.pk > ids[-1] and not Job.objects.filter(pk__in=ids).exists()
        with transaction.atomic():
            staged.publish()
    assert list(Job.objects.filter(pk__in=ids).order_by("pk").values_list("pk", "label")) == [
        (pk, f"việc {i}") for i, pk in enumerate(ids)]
    with Staged() as abandoned:
        lost = abandoned.insert(Job, ("kind", "label"), [("import_x", "bỏ dở")])
    assert not Job.objects.filter(pk__in=lost).exists()
    assert Job.objects.create(kind="import_z", label="sau").pk > lost[0]  # an abandoned id is never reused
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_temp_master WHERE name LIKE 'staged_%'")
            assert cursor.fetchall() == []
