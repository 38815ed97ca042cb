"""Big exports run as a background job writing a file, with progress and a download link.

A list's export of more rows than `PHONGTRAO_EXPORT_SYNC_ROWS` (default 20,000) is not streamed in the request,
where a proxy or gunicorn timeout could cut it into a truncated file after a 200: the worker rebuilds the same
filtered table (`ObjectListView.filtered_table`) as the user, writes it under `<data dir>/exports/` and the job page
links to it. `phongtrao prune_uploads` removes the files after a week.
"""
import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpRequest, QueryDict
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _

from .export import export_file, export_filename
from .jobs import job_runner, progress, start_job
from .registry import registry

KIND = "export"


def sync_rows() -> int:
    return int(os.environ.get("PHONGTRAO_EXPORT_SYNC_ROWS", "20000"))


def export_dir() -> Path:
    return Path(settings.DATA_DIR) / "exports"


def start_export(request, model, fmt: str):
    label = _("Xuất %(what)s (%(fmt)s)") % {"what": model._meta.verbose_name_plural, "fmt": fmt.upper()}
    query = request.GET.copy()
    query.pop("export", None)
    return start_job(kind=KIND, label=label, user=request.user, model=model._meta.label_lower,
                     query=query.urlencode(), fmt=fmt)


@job_runner(KIND)
def run_export(job, *, model: str, query: str, fmt: str) -> dict:
    pages = registry.models[model]
    request = HttpRequest()
    request.method, request.GET, request.user = "GET", QueryDict(query), job.created_by
    view = pages.built["list"]()
    view.setup(request)
    _filterset, table = view.filtered_table(export=True)
    rows = table.data.data
    total = rows.count()
    basename = str(pages.model._meta.verbose_name_plural)
    export_dir().mkdir(parents=True, exist_ok=True)
    path = export_dir() / f"{job.pk}-{get_random_string(12)}.{fmt}"
    progress(job, 0, total, _("Đang ghi tệp…"))
    export_file(table, rows, fmt, basename, path, on_chunk=lambda done: progress(job, done, total))
    return {"template": "core/inc/export_result.html", "file": path.name, "rows": total,
            "filename": export_filename(basename, fmt)}


def prune_exports(older_than_days: int) -> int:
    """Delete export files older than the given number of days; returns how many."""
    import time

    limit, removed = time.time() - older_than_days * 86400, 0
    for path in export_dir().glob("*"):
        if path.is_file() and path.stat().st_mtime < limit:
            path.unlink()
            removed += 1
    return removed


def download(job) -> FileResponse:
    path = export_dir() / Path(job.result.get("file", "")).name
    if not job.result.get("file") or not path.is_file():
        raise Http404(_("Tệp xuất đã bị xóa; hãy xuất lại."))
    return FileResponse(open(path, "rb"), as_attachment=True, filename=job.result["filename"])
