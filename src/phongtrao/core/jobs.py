"""Long work: a `Job` row records progress; django-tasks runs it (database worker, or immediately in tests)."""
import logging
import os
import signal
import socket
import threading
from collections.abc import Callable
from contextlib import contextmanager

from django.db import DatabaseError, connection, transaction
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.translation import gettext as _
from django_tasks import task

from .models import Job

_RUNNERS: dict[str, Callable] = {}
_ON_INTERRUPTED: dict[str, Callable] = {}
logger = logging.getLogger(__name__)


def job_runner(kind: str, *, on_interrupted: Callable | None = None):
    """Register `fn(job, **params)` as the code behind jobs of `kind`; it reports with `progress()`.

    `on_interrupted(job, reason, **params)` tidies up after a worker that died while running such a job.
    """

    def register(fn):
        _RUNNERS[kind] = fn
        if on_interrupted:
            _ON_INTERRUPTED[kind] = on_interrupted
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
        message = str(exc)
        if isinstance(exc, DatabaseError):  # the server restarted, or (SQLite) a read left open: reconnect to record it
            message = _("Mất kết nối hoặc lỗi cơ sở dữ liệu giữa chừng: việc chưa xong, hãy chạy lại.")
            if not connection.in_atomic_block:
                connection.close()
        Job.objects.filter(pk=job_id).update(state=Job.State.FAILED, message=message[:255], finished=timezone.now())
        return
    Job.objects.filter(pk=job_id).update(state=Job.State.DONE, result=result or {}, finished=timezone.now())


class TimeLimitExceeded(Exception):
    """Raised inside a `time_limit` block when its time is up."""


@contextmanager
def time_limit(seconds: float | None):
    """Raise TimeLimitExceeded in the block after `seconds`.

    Uses SIGALRM, so the limit applies in a process's main thread (the task worker, gunicorn's sync workers); in
    other threads (runserver) the block runs without a limit.
    """
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def new_worker_id() -> str:
    """"host:pid:random": lets a worker starting on the same machine tell whether another worker is still alive."""
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{get_random_string(8)}"


def _dead_on_this_host(worker_id: str) -> bool:
    host, _sep, rest = worker_id.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname()[:40] or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class WorkerInterrupted(Exception):
    """Recorded on a task whose worker stopped while running it."""


def recover_interrupted() -> int:
    """Fail the tasks (and their jobs) that a dead worker of this machine left "running"; returns how many.

    Called when a worker starts: nothing stays "running" for ever after a crash or a restart.
    """
    from django_tasks_db.models import DBTaskResult

    reason = _("Bộ xử lý nền đã dừng khi việc này đang chạy; việc chưa xong, hãy chạy lại.")
    recovered = 0
    for result in DBTaskResult.objects.filter(status="RUNNING"):
        if not result.worker_ids or not _dead_on_this_host(result.worker_ids[-1]):
            continue
        result.set_failed(WorkerInterrupted(reason))
        recovered += 1
        if result.task_path == run_job.module_path:
            job_id, params = result.args_kwargs["args"]
            _fail_interrupted(job_id, params, reason)
    return recovered


def _fail_interrupted(job_id: int, params: dict, reason: str) -> None:
    job = Job.objects.filter(pk=job_id).first()
    if job is None:
        return
    Job.objects.filter(pk=job_id).update(state=Job.State.FAILED, message=reason[:255], finished=timezone.now())
    if job.kind in _ON_INTERRUPTED:
        _ON_INTERRUPTED[job.kind](job, reason, **params)
    logger.warning("job %s (%s) failed: its worker stopped", job_id, job.kind)
