"""Faults during an import: the database connection lost while saving fails the job cleanly; a re-run works."""
import pytest
from django.db import OperationalError, connection

from phongtrao.core.jobs import start_job
from phongtrao.core.models import Job
from phongtrao.initiatives import importing
from phongtrao.initiatives.models import Site, StatusChange

from .test_import import media, nha_tro, province_user, row, write_csv  # noqa: F401 (fixtures)


@pytest.mark.django_db
def test_connection_lost_in_the_middle_of_saving_saves_nothing_and_a_rerun_works(
        tmp_path, nha_tro, province_user, monkeypatch, django_capture_on_commit_callbacks):  # noqa: F811
    monkeypatch.setattr(importing, "BATCH", 2)  # several batches: the loss comes after some rows were written
    path = write_csv(tmp_path, [row(f"Nhà trọ số {i}", address=f"{i} Lê Lợi") for i in range(5)])
    upload = importing.store_upload([path.read_bytes()], suffix=".csv", user=province_user)
    real_bulk_create, calls = StatusChange.objects.bulk_create, []

    def lose_connection(objs, *args, **kwargs):
        calls.append(len(objs))
        if len(calls) == 2:
            raise OperationalError("server closed the connection unexpectedly")
        return real_bulk_create(objs, *args, **kwargs)

    monkeypatch.setattr(StatusChange.objects, "bulk_create", lose_connection)
    params = {"upload": upload, "file_name": "sites.csv", "dry_run": False, "create_types": False}
    with django_capture_on_commit_callbacks(execute=True):
        job = start_job(kind="import_sites", label="nhập", user=province_user, **params)
    job.refresh_from_db()
    assert len(calls) == 2
    assert job.state == Job.State.FAILED and "cơ sở dữ liệu" in job.message
    assert Site.objects.count() == 0 and StatusChange.objects.count() == 0
    assert connection.is_usable()

    monkeypatch.setattr(StatusChange.objects, "bulk_create", real_bulk_create)
    with django_capture_on_commit_callbacks(execute=True):
        rerun = start_job(kind="import_sites", label="nhập lại", user=province_user, **params)
    rerun.refresh_from_db()
    assert rerun.state == Job.State.DONE and Site.objects.count() == 5 and StatusChange.objects.count() == 5
