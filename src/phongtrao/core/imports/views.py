"""The import pages every declared spec gets: upload → check (dry run) → "Nhập dữ liệu" of the checked upload.

Small files are checked and imported within the request; larger ones run as a job with progress. The check's
report keeps the stored upload's name in a hidden field, so the import never asks for the file again.
"""
import copy
import csv
import io
from pathlib import Path

from django import forms
from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from openpyxl import Workbook
from openpyxl.styles import Font

from ..forms import BootstrapMixin
from ..jobs import progress, start_job
from ..scoping import model_action, user_can
from .engine import run_import
from .reading import MAX_BYTES, ImportFileError
from .spec import ImportReport, ImportSpec
from .uploads import store_upload, upload_path

INLINE_MAX_BYTES = 256 * 1024
"""Files up to this size (about 2,000 CSV rows) are checked within the request; larger ones run as a job."""
SUFFIXES = (".csv", ".xlsx")
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class ImportForm(BootstrapMixin, forms.Form):
    """The file (or the name of the one stored at the check) and the spec's options."""

    file = forms.FileField(label=gettext_lazy("Tệp CSV hoặc Excel (.xlsx)"), required=False)
    upload = forms.CharField(required=False, widget=forms.HiddenInput)
    file_name = forms.CharField(required=False, max_length=255, widget=forms.HiddenInput)

    def __init__(self, *args, spec: type[ImportSpec], **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in spec.options.items():
            self.fields[name] = copy.deepcopy(field)
        self.option_names = list(spec.options)
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

    def options(self) -> dict:
        return {name: self.cleaned_data.get(name) for name in self.option_names}


def import_url(spec: type[ImportSpec]) -> str:
    meta = spec.model._meta
    return reverse(f"{meta.app_label}:{meta.model_name}_import")


def list_url(spec: type[ImportSpec]) -> str:
    meta = spec.model._meta
    try:
        return reverse(f"{meta.app_label}:{meta.model_name}_list")
    except NoReverseMatch:
        return ""


def as_result(spec: type[ImportSpec], report: ImportReport, *, upload: str = "", options: dict | None = None) -> dict:
    """JSON for a job's result and the report template (the first errors only)."""
    shown = report.SHOWN
    return {
        "summary": report.summary(), "template": "core/inc/import_result.html", "ok": report.ok,
        "dry_run": report.dry_run, "rows": report.rows, "created": report.created, "error_count": report.error_count,
        "errors": report.errors[:shown], "unreadable": report.unreadable,
        "sections": [{**section, "rows": section["rows"][:shown]} for section in report.sections()],
        "audit_entry": report.audit_entry_id, "file_name": report.file_name, "upload": upload,
        "options": {name: value for name, value in (options or {}).items() if value},
        "import_url": import_url(spec), "next_url": list_url(spec) if report.created else "",
    }


def run_import_job(spec: type[ImportSpec], job, *, upload: str, file_name: str, dry_run: bool, **options) -> dict:
    """A stored upload checked or imported in the background, reporting progress."""
    report = run_import(spec, upload_path(upload, job.created_by), user=job.created_by, dry_run=dry_run,
                        options=options, file_name=file_name,
                        on_progress=lambda done, total, message: progress(job, done, total, message))
    return as_result(spec, report, upload=upload, options=options)


class ImportView(LoginRequiredMixin, View):
    """Upload a file and check it (dry run), then import the checked upload; nothing is saved unless every row is
    valid. Built for each declared spec (`spec` is set on a subclass)."""

    spec: type[ImportSpec] = None
    template_name = "core/import.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not user_can(request.user, model_action(self.spec.model, "add")):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get(self, request):
        return self.render(ImportForm(spec=self.spec))

    def post(self, request):
        form = ImportForm(request.POST, request.FILES, spec=self.spec)
        if not form.is_valid():
            return self.render(form, status=400)
        try:
            upload, file_name, size = self.stored(form.cleaned_data)
        except ImportFileError as exc:
            form.add_error(None, str(exc))
            return self.render(form, status=400)
        options = form.options()
        dry_run = request.POST.get("mode") != "import"
        if size > INLINE_MAX_BYTES:
            label = (_("Kiểm tra tệp %(file)s") if dry_run else _("Nhập %(things)s: %(file)s")) % {
                "file": file_name, "things": self.spec.model._meta.verbose_name_plural}
            return redirect(start_job(kind=f"import_{self.spec.key}", label=label[:255], user=request.user,
                                      unit=getattr(request.user, "unit", None), upload=upload, file_name=file_name,
                                      dry_run=dry_run, **options))
        report = run_import(self.spec, upload_path(upload, request.user), user=request.user, dry_run=dry_run,
                            options=options, file_name=file_name)
        result = as_result(self.spec, report, upload=upload, options=options)
        if report.created:
            messages.success(request, report.summary())
            return redirect(result["next_url"] or import_url(self.spec))
        return self.render(ImportForm(spec=self.spec, initial=options), report=result,
                           status=400 if report.unreadable else 200)

    def stored(self, data) -> tuple[str, str, int]:
        """(stored name, name as uploaded, size) of the new file, or of the one kept from the check."""
        if data["file"]:
            suffix = Path(data["file"].name).suffix.lower()
            upload = store_upload(data["file"].chunks(), suffix=suffix, user=self.request.user)
            return upload, data["file"].name, data["file"].size
        path = upload_path(data["upload"], self.request.user)
        return data["upload"], data["file_name"] or path.name, path.stat().st_size

    def render(self, form, *, report=None, status=200):
        spec, meta = self.spec, self.spec.model._meta
        context = {
            "form": form, "report": report, "columns": column_rows(spec), "max_mb": MAX_BYTES // 2**20,
            "things": meta.verbose_name_plural, "template_url_name": f"{meta.app_label}:{meta.model_name}_import_template",
            "list_url": list_url(spec),
        }
        return render(self.request, self.template_name, context, status=status)


def column_rows(spec: type[ImportSpec]) -> list[list[str]]:
    """Header, required or not, kind of value, explanation and example of each column (the page and the template)."""
    return [[column.header, _("bắt buộc") if spec.is_required(column.key) else "", str(column.cell.kind),
             str(column.help), str(column.example)] for column in spec.columns]


class ImportTemplateView(LoginRequiredMixin, View):
    """The empty template: the header row and one example row; the XLSX adds a sheet explaining each column."""

    spec: type[ImportSpec] = None

    def get(self, request, fmt: str):
        spec = self.spec
        rows = [[column.header for column in spec.columns], [str(column.example) for column in spec.columns]]
        if fmt == "csv":
            response = HttpResponse("\ufeff", content_type="text/csv; charset=utf-8")  # Excel reads UTF-8 with a BOM
            csv.writer(response).writerows(rows)
        elif fmt == "xlsx":
            response = HttpResponse(template_workbook(spec, rows), content_type=XLSX_TYPE)
        else:
            raise Http404
        response["Content-Disposition"] = f'attachment; filename="{spec.file_stem or spec.key}.{fmt}"'
        return response


def template_workbook(spec: type[ImportSpec], rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = str(spec.model._meta.verbose_name_plural).capitalize()[:31]
    for row in rows:
        sheet.append(row)
    guide = workbook.create_sheet(_("Hướng dẫn"))
    guide.append([_("Cột"), _("Bắt buộc"), _("Kiểu giá trị"), _("Giải thích"), _("Ví dụ")])
    for row in column_rows(spec):
        guide.append(row)
    for ws, widths in ((sheet, [22] * len(rows[0])), (guide, [22, 10, 22, 70, 24])):
        for cell, width in zip(ws[1], widths):
            cell.font = Font(bold=True)
            ws.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def import_views(spec: type[ImportSpec]) -> dict[str, type]:
    """The page and template views of `spec`."""
    name = spec.model.__name__
    return {
        "import": type(f"{name}ImportView", (ImportView,), {"spec": spec, "__module__": __name__}),
        "import_template": type(f"{name}ImportTemplateView", (ImportTemplateView,),
                                {"spec": spec, "__module__": __name__}),
    }

