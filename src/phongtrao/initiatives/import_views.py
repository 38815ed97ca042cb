"""Site import pages: upload, dry run then import (in the request for small files, as a job for large ones), templates."""
import csv
import io
from pathlib import Path

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from openpyxl import Workbook
from openpyxl.styles import Font

from phongtrao.core.forms import BootstrapMixin
from phongtrao.core.jobs import start_job
from phongtrao.core.scoping import model_action, user_can

from .import_format import COLUMNS, MAX_BYTES, SUFFIXES, ImportFileError
from .importing import import_sites, store_upload, upload_path
from .models import Site

INLINE_MAX_BYTES = 256 * 1024
"""Files up to this size (about 2,000 CSV rows) are checked within the request; larger ones run as a job."""
TEMPLATE_NAME = "mau-nhap-diem-mo-hinh"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ImportForm(BootstrapMixin, forms.Form):
    file = forms.FileField(label=gettext_lazy("Tệp CSV hoặc Excel (.xlsx)"), required=False)
    create_types = forms.BooleanField(label=gettext_lazy("Tạo mô hình mới nếu chưa có"), required=False)
    upload = forms.CharField(required=False, widget=forms.HiddenInput)
    file_name = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.style_fields()

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if Path(upload.name).suffix.lower() not in SUFFIXES:
            raise ValidationError(_("Chỉ nhận tệp .csv hoặc .xlsx (Excel). Tệp .xls cũ: mở bằng Excel rồi lưu thành .xlsx."))
        if upload.size > MAX_BYTES:
            raise ValidationError(_("Tệp lớn hơn %(mb)d MB: hãy chia thành nhiều tệp.") % {"mb": MAX_BYTES // 2**20})
        return upload

    def clean(self):
        data = super().clean()
        if not data.get("file") and not data.get("upload") and not self.errors:
            raise ValidationError(_("Chọn tệp cần nhập."))
        return data


class SiteImportView(LoginRequiredMixin, View):
    """Upload a file, check it (dry run) and import it; nothing is saved unless every row is valid."""

    template_name = "initiatives/import.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, model_action(Site, "add")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(ImportForm())

    def post(self, request):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render(form, status=400)
        data = form.cleaned_data
        try:
            upload, file_name, size = self.stored(data)
        except ImportFileError as exc:
            form.add_error(None, str(exc))
            return self.render(form, status=400)
        params = {"upload": upload, "file_name": file_name, "dry_run": request.POST.get("mode") != "import",
                  "create_types": data["create_types"]}
        if size > INLINE_MAX_BYTES:
            label = _("Nhập điểm mô hình: %(file)s") % {"file": file_name}
            return redirect(start_job(kind="import_sites", label=label, user=request.user, unit=request.user.unit,
                                      **params))
        report = import_sites(upload_path(upload, request.user), user=request.user, dry_run=params["dry_run"],
                              create_types=params["create_types"], file_name=file_name)
        if report.created:
            messages.success(request, report.summary())
            return redirect("initiatives:site_list")
        return self.render(ImportForm(initial={"create_types": params["create_types"]}),
                           report=report.as_result(upload=upload, create_types=params["create_types"]))

    def stored(self, data) -> tuple[str, str, int]:
        """(stored name, name as uploaded, size) of the new file, or of the one kept from a previous check."""
        if data["file"]:
            suffix = Path(data["file"].name).suffix.lower()
            upload = store_upload(data["file"].chunks(), suffix=suffix, user=self.request.user)
            return upload, data["file"].name, data["file"].size
        path = upload_path(data["upload"], self.request.user)
        return data["upload"], data["file_name"] or path.name, path.stat().st_size

    def render(self, form, *, report=None, status=200):
        context = {"form": form, "report": report, "columns": COLUMNS, "max_mb": MAX_BYTES // 2**20}
        return render(self.request, self.template_name, context, status=status)


@login_required
def import_template(request, fmt: str):
    """The empty template with its header row and one example row; the XLSX adds a sheet explaining each column."""
    rows = [[c.header for c in COLUMNS], [c.example for c in COLUMNS]]
    if fmt == "csv":
        response = HttpResponse("\ufeff", content_type="text/csv; charset=utf-8")  # Excel reads UTF-8 with a BOM
        csv.writer(response).writerows(rows)
    elif fmt == "xlsx":
        response = HttpResponse(_template_workbook(rows), content_type=XLSX_TYPE)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{TEMPLATE_NAME}.{fmt}"'
    return response


def _template_workbook(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Điểm mô hình")
    guide = workbook.create_sheet(_("Hướng dẫn"))
    guide.append([_("Cột"), _("Giải thích"), _("Ví dụ")])
    for column in COLUMNS:
        guide.append([column.header, str(column.help), column.example])
    for row in rows:
        sheet.append(row)
    for ws, width in ((sheet, 22), (guide, 40)):
        for cell in ws[1]:
            cell.font = Font(bold=True)
            ws.column_dimensions[cell.column_letter].width = width
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()
