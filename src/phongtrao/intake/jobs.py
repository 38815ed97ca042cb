"""The background job processing a batch of uploaded documents: progress, a summary and a row per file."""
from collections import Counter

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from phongtrao.core.jobs import job_runner, progress

from .matching import Matcher
from .models import Document, MentionKind
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
    if getattr(document, "resent", False):
        return "resent"
    return "duplicate" if document.duplicate_of_id else "processed"


def summary(outcome: Counter) -> str:
    text = _("%(total)d tài liệu: %(ok)d đã xử lý, %(dup)d bản trùng, %(failed)d lỗi.") % {
        "total": sum(outcome.values()), "ok": outcome["processed"], "dup": outcome["duplicate"],
        "failed": outcome["failed"]}
    if outcome["resent"]:
        text += " " + _("%(n)d tệp đã nhận từ trước.") % {"n": outcome["resent"]}
    return text


def batch_of(documents) -> dict:
    """The ids of one upload's documents, in order, and those of files received before (the job's parameters)."""
    return {"document_ids": [d.pk for d in documents],
            "resent_ids": [d.pk for d in documents if getattr(d, "resent", False)]}


def result_rows(document_ids: list[int], resent_ids=()) -> list[dict]:
    """One row per file of the batch, in upload order: outcome, title, models known and new, or the error."""
    model = Q(mentions__kind=MentionKind.MODEL)
    documents = Document.objects.filter(pk__in=document_ids).annotate(
        known=Count("mentions", filter=model & Q(mentions__model_type__isnull=False)),
        new=Count("mentions", filter=model & Q(mentions__candidate__isnull=False)),
    ).in_bulk()
    for document in documents.values():
        document.resent = document.pk in resent_ids
    return [{"id": d.pk, "filename": d.filename, "title": d.title, "outcome": outcome_of(d),
             "error": d.error, "duplicate_of": d.duplicate_of_id, "known": d.known, "new": d.new,
             "url": d.get_absolute_url()}
            for d in (documents.get(pk) for pk in document_ids) if d is not None]


def fail_unprocessed(job, reason: str, document_ids: list[int], resent_ids: list[int] = ()) -> None:
    """After a worker died mid-batch: the documents it had not finished fail with the reason (they can be re-sent)."""
    Document.objects.filter(pk__in=document_ids, status=Document.Status.QUEUED).update(
        status=Document.Status.FAILED, error=reason[:500], processed=timezone.now())


@job_runner(JOB_KIND, on_interrupted=fail_unprocessed)
def run_batch(job, document_ids: list[int], resent_ids: list[int] = ()) -> dict:
    by_pk = Document.objects.filter(pk__in=document_ids).select_related("unit").in_bulk()
    documents = [by_pk[pk] for pk in document_ids if pk in by_pk]
    for document in documents:
        document.resent = document.pk in resent_ids
    outcome = process_batch(documents, on_progress=lambda done, total, name: progress(job, done, total, name))
    return {"summary": summary(outcome), "template": "intake/batch_result.html", **outcome,
            "rows": result_rows(document_ids, resent_ids), "candidates_url": reverse("intake:candidate_list")}
