"""The background job processing a batch of uploaded documents, with progress and a summary."""
from collections import Counter

from django.urls import reverse
from django.utils.translation import gettext as _

from phongtrao.core.jobs import job_runner, progress

from .matching import Matcher
from .models import Document
from .services import process_document

JOB_KIND = "intake_documents"


def process_batch(documents, *, on_progress=None) -> Counter:
    """Process documents one by one (a failure only marks that document); counts by outcome."""
    matcher, outcome = Matcher.load(), Counter()
    documents = list(documents)
    for done, document in enumerate(documents, start=1):
        if document.status == Document.Status.QUEUED:
            process_document(document, matcher=matcher)
        outcome[outcome_of(document)] += 1
        if on_progress:
            on_progress(done, len(documents), document.filename)
    return outcome


def outcome_of(document: Document) -> str:
    if document.status == Document.Status.FAILED:
        return "failed"
    return "duplicate" if document.duplicate_of_id else "processed"


def summary(outcome: Counter) -> str:
    return _("%(total)d tài liệu: %(ok)d đã xử lý, %(dup)d bản trùng, %(failed)d lỗi.") % {
        "total": sum(outcome.values()), "ok": outcome["processed"], "dup": outcome["duplicate"],
        "failed": outcome["failed"]}


@job_runner(JOB_KIND)
def run_batch(job, document_ids: list[int]) -> dict:
    documents = Document.objects.filter(pk__in=document_ids).select_related("unit").order_by("pk")
    outcome = process_batch(documents, on_progress=lambda done, total, name: progress(job, done, total, name))
    single = len(document_ids) == 1
    next_url = reverse("intake:document", args=document_ids) if single else reverse("intake:document_list")
    return {"summary": summary(outcome), "next_url": next_url, **outcome}
