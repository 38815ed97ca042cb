"""A site export carries every column the import reads, so exporting, deleting and importing gives the same rows."""
import io
from datetime import date

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from phongtrao.initiatives.importing import COLUMNS, import_sites
from phongtrao.initiatives.models import Site, Sponsor, Status

from . import factories


def _export(client, fmt, **params) -> bytes:
    response = client.get(reverse("initiatives:site_list"), {**params, "export": fmt})
    return b"".join(response.streaming_content) if response.streaming else response.getvalue()


def _rows(body: bytes, fmt: str) -> list[list]:
    if fmt == "csv":
        import csv

        return list(csv.reader(io.StringIO(body.decode("utf-8-sig"), newline="")))
    return [list(row) for row in load_workbook(io.BytesIO(body)).active.iter_rows(values_only=True)]


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_reimports_unchanged(client, user_factory, units, tmp_path, fmt):
    police = Sponsor.objects.get_or_create(code="police", defaults={"name": "Công an"})[0]
    type_ = factories.model_type(name="Mô hình xuất nhập")
    factories.site(units["A1"], type_, name="Điểm đủ cột", address="12 Lê Lợi, Quận 1", village="Tổ dân phố 5",
                   lat=10.7769, lon=106.7009, started_on=date(2019, 3, 15), members_count=25, leading_org=police,
                   notes="=không phải công thức", status=Status.SUSPENDED)
    factories.site(units["A2"], type_, name="Điểm ít cột", started_on=None)
    user = user_factory("province", "A")
    client.force_login(user)
    first = _export(client, fmt, model_type=type_.pk)
    rows = _rows(first, fmt)
    headers = rows[0]
    assert {c.header for c in COLUMNS} <= set(headers)
    path = tmp_path / f"diem.{fmt}"
    path.write_bytes(first)
    Site.objects.filter(model_type=type_).delete()
    report = import_sites(path, user=user, dry_run=False)
    assert not report.errors and report.created == 2
    again = _rows(_export(client, fmt, model_type=type_.pk), fmt)
    id_column = headers.index("ID")
    strip = lambda table: sorted([v for i, v in enumerate(row) if i != id_column] for row in table[1:])  # noqa: E731
    assert again[0] == headers and strip(again) == strip(rows)
    saved = Site.objects.get(name="Điểm đủ cột")
    assert (saved.notes, saved.status, saved.leading_org, saved.lat) == ("=không phải công thức", Status.SUSPENDED,
                                                                        police, 10.7769)


@pytest.mark.django_db
def test_xlsx_has_a_frozen_bold_header_and_fitted_widths(client, user_factory, units):
    factories.site(units["A1"], name="Một tên điểm mô hình khá dài để đo độ rộng cột trong tệp")
    client.force_login(user_factory("national"))
    sheet = load_workbook(io.BytesIO(_export(client, "xlsx"))).active
    assert sheet.freeze_panes == "A2"
    assert sheet["A1"].font.bold
    widths = {sheet.cell(1, i).value: sheet.column_dimensions[sheet.cell(1, i).column_letter].width
              for i in range(1, sheet.max_column + 1)}
    assert widths["Tên điểm"] > widths["Vĩ độ"] >= 8
    assert max(widths.values()) <= 60
