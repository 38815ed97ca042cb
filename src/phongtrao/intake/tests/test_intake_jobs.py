"""Document jobs end: a time limit per document, and a batch whose worker died is failed with a reason."""
import os
import socket
import subprocess
import sys
import time

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from phongtrao.core.jobs import run_job, start_job
from phongtrao.core.models import Job
from phongtrao.core.testing import make_user
from phongtrao.intake import jobs, services
from phongtrao.intake.models import Document

from .test_intake_services import ARTICLE


@pytest.fixture
def worker_in_test_transaction(monkeypatch):
    """The worker closes connections between tasks; inside a test's transaction that would close the test's own."""
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)


@pytest.fixture
def batch(units):
    user = make_user("province", units["A"])
    slow = services.ingest_upload(data=("Rất chậm\n\n" + ARTICLE).encode(), filename="cham.txt", user=user)
    quick = services.ingest_upload(data=ARTICLE.encode(), filename="nhanh.txt", user=user)
    return user, slow + quick


@pytest.mark.django_db
def test_a_document_past_its_time_limit_fails_and_the_batch_goes_on(batch, settings, monkeypatch):
    settings.INTAKE_DOCUMENT_SECONDS = 5
    real_extract = services.extract_text

    def extract(text, **kwargs):
        if text.startswith("Rất chậm"):
            time.sleep(60)  # stands for quadratic or runaway work on a hostile file
        return real_extract(text, **kwargs)

    monkeypatch.setattr(services, "extract_text", extract)
    started = time.monotonic()
    outcome = jobs.process_batch(batch[1])
    assert time.monotonic() - started < 30
    slow, quick = (Document.objects.get(pk=d.pk) for d in batch[1])
    assert slow.status == Document.Status.FAILED and "Quá thời hạn xử lý" in slow.error
    assert quick.status == Document.Status.PROCESSED, quick.error
    assert outcome["failed"] == 1 and outcome["processed"] == 1


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


@pytest.mark.django_db
def test_a_worker_start_fails_the_batch_a_dead_worker_left_running(batch, settings, django_capture_on_commit_callbacks, worker_in_test_transaction):
    """A worker killed mid-batch leaves its task "RUNNING"; the next worker to start fails it and says why."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    user, documents = batch
    with django_capture_on_commit_callbacks(execute=True):
        job = start_job(kind=jobs.JOB_KIND, label="lô", user=user, **jobs.batch_of(documents))
    [task_result] = DBTaskResult.objects.all()
    assert task_result.task_path == run_job.module_path
    services.process_document(documents[0])  # the dead worker had finished the first file
    Job.objects.filter(pk=job.pk).update(state=Job.State.RUNNING)
    DBTaskResult.objects.filter(pk=task_result.pk).update(
        status="RUNNING", worker_ids=[f"{socket.gethostname()[:40]}:{dead_pid()}:abc"])

    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)

    job.refresh_from_db()
    assert job.state == Job.State.FAILED and "Bộ xử lý nền đã dừng" in job.message
    assert DBTaskResult.objects.get(pk=task_result.pk).status == "FAILED"
    first, second = (Document.objects.get(pk=d.pk) for d in documents)
    assert first.status == Document.Status.PROCESSED
    assert second.status == Document.Status.FAILED and "Bộ xử lý nền đã dừng" in second.error


@pytest.mark.django_db
def test_a_live_workers_task_is_left_alone(batch, settings, django_capture_on_commit_callbacks, worker_in_test_transaction):
    """Another worker still running its task (scale-out) is not disturbed by a worker starting."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    user, documents = batch
    with django_capture_on_commit_callbacks(execute=True):
        job = start_job(kind=jobs.JOB_KIND, label="lô", user=user, **jobs.batch_of(documents))
    DBTaskResult.objects.update(status="RUNNING",
                                worker_ids=[f"{socket.gethostname()[:40]}:{os.getpid()}:x"])
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)
    assert DBTaskResult.objects.get().status == "RUNNING"
    assert Job.objects.get(pk=job.pk).state == Job.State.QUEUED
