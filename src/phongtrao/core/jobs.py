"""Long work: a `Job` row records progress; django-tasks runs it (database worker, or immediately in tests)."""
import logging
from collections.abc import Callable

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from .models import Job

_RUNNERS: dict[str, Callable] = {}
logger = logging.getLogger(__name__)


def job_runner(kind: str):
    """Register `fn(job, **params)` as the code behind jobs of `kind`; it reports with `progress()`."""

    def register(fn):
        _RUNNERS[kind] = fn
        return fn

    return register


def start_job(*, kind: str, label: str, user, unit=None, **params) -> Job:
    """Record the job and queue it once the surrounding transaction commits."""
    job = Job.objects.create(kind=kind, label=label, created_by=user if user and user.is_authenticated else None, unit=unit)
    transaction.on_commit(lambda: run_job.enqueue(job.pk, params))
    return job


def progress(job: Job, done: int, total: int | None = None, message: str = "") -> None:
    """Save progress without touching the rest of the row (cheap enough to call every few hundred items)."""
    job.done, job.total, job.message = done, total if total is not None else job.total, message[:255]
    Job.objects.filter(pk=job.pk).update(done=job.done, total=job.total, message=job.message)


@task()
def run_job(job_id: int, params: dict) -> None:
    job = Job.objects.get(pk=job_id)
    Job.objects.filter(pk=job_id).update(state=Job.State.RUNNING)
    try:
        result = _RUNNERS[job.kind](job, **params)
    except Exception as exc:  # a failed job must say why and never take the worker down
        logger.exception("job %s (%s) failed", job_id, job.kind)
        Job.objects.filter(pk=job_id).update(state=Job.State.FAILED, message=str(exc)[:255], finished=timezone.now())
        return
    Job.objects.filter(pk=job_id).update(state=Job.State.DONE, result=result or {}, finished=timezone.now())
