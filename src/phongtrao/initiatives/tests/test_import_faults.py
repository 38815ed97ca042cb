"""Faults during an import: the database connection lost while publishing fails the job cleanly; a re-run works."""
import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings
from django.db import OperationalError, connection

from phongtrao.core.jobs import start_job
from phongtrao.core.db import Staged
from phongtrao.core.models import Job
from phongtrao.core.imports.uploads import store_upload
from phongtrao.initiatives.models import Site, StatusChange

from .test_import import media, nha_tro, province_user, row, write_csv  # noqa: F401 (fixtures)

POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@pytest.mark.django_db
def test_connection_lost_in_the_middle_of_saving_saves_nothing_and_a_rerun_works(
        tmp_path, nha_tro, province_user, monkeypatch, django_capture_on_commit_callbacks):  # noqa: F811
    path = write_csv(tmp_path, [row(f"Nhà trọ số {i}", address=f"{i} Lê Lợi") for i in range(5)])
    upload = store_upload([path.read_bytes()], suffix=".csv", user=province_user)
    real_publish, published = Staged.publish, []

    def lose_connection(self):  # the staged sites reach their table, then the statuses fail
        staged = list(self.tables)
        assert [table for table, *_rest in staged] == [Site._meta.db_table, StatusChange._meta.db_table]
        self.tables[:] = staged[:1]
        real_publish(self)
        self.tables[:] = staged
        published.append(Site.objects.count())
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(Staged, "publish", lose_connection)
    params = {"upload": upload, "file_name": "sites.csv", "dry_run": False, "create_types": False}
    with django_capture_on_commit_callbacks(execute=True):
        job = start_job(kind="import_sites", label="nhập", user=province_user, **params)
    job.refresh_from_db()
    assert published == [5]
    assert job.state == Job.State.FAILED and "cơ sở dữ liệu" in job.message
    assert Site.objects.count() == 0 and StatusChange.objects.count() == 0
    assert connection.is_usable()

    monkeypatch.setattr(Staged, "publish", real_publish)
    with django_capture_on_commit_callbacks(execute=True):
        rerun = start_job(kind="import_sites", label="nhập lại", user=province_user, **params)
    rerun.refresh_from_db()
    assert rerun.state == Job.State.DONE and Site.objects.count() == 5 and StatusChange.objects.count() == 5


TERMINATED_MID_SAVE = textwrap.dedent("""
    import json, sys, threading, time
    import django
    django.setup()
    import psycopg
    from django.core.management import call_command
    from django.db import connection
    from phongtrao.core.jobs import start_job
    from phongtrao.core.models import Job
    from phongtrao.core.testing import make_user
    from phongtrao.geo.models import AdminUnit
    from phongtrao.core.imports.uploads import store_upload
    from phongtrao.initiatives.models import ModelType, Site

    ROWS = 30_000  # the statuses' COPY lasts long enough to be caught in the middle
    call_command("load_units", verbosity=0)
    commune = AdminUnit.objects.filter(level="commune", is_current=True).first()
    user = make_user("national")
    ModelType.objects.create(name="Nhà trọ tự quản")
    rows = "".join(f"Nhà trọ {i},Nhà trọ tự quản,{commune.code},{i} Lê Lợi\\n" for i in range(ROWS))
    upload = store_upload([("Tên điểm,Mô hình,Mã xã,Địa chỉ\\n" + rows).encode()], suffix=".csv", user=user)
    params = {"upload": upload, "file_name": "sites.csv", "dry_run": False, "create_types": False}
    pid = connection.cursor().connection.info.backend_pid
    killed = []

    def terminate_during_save():
        with psycopg.connect(sys.argv[1], autocommit=True) as admin:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                query = admin.execute("SELECT query FROM pg_stat_activity WHERE pid = %s", [pid]).fetchone()
                if query and 'COPY "initiatives_statuschange"' in query[0]:
                    killed.append(admin.execute("SELECT pg_terminate_backend(%s)", [pid]).fetchone()[0])
                    return
                time.sleep(0.002)

    watcher = threading.Thread(target=terminate_during_save)
    watcher.start()
    first = start_job(kind="import_sites", label="nhập", user=user, **params)
    watcher.join()
    first.refresh_from_db()
    after_failure = Site.objects.count()
    second = start_job(kind="import_sites", label="nhập lại", user=user, **params)
    second.refresh_from_db()
    print(json.dumps({"killed": killed, "first": [first.state, first.message], "after_failure": after_failure,
                      "second": second.state, "sites": Site.objects.count()}))
""")


@pytest.mark.skipif(not POSTGRES, reason="terminates a PostgreSQL backend")
def test_postgres_backend_terminated_during_an_import_saves_nothing_and_a_rerun_works(scratch_postgres, tmp_path):
    env = {**os.environ, "DATABASE_URL": scratch_postgres, "PHONGTRAO_TASKS": "immediate",
           "PHONGTRAO_DATA_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "phongtrao.settings"}
    subprocess.run([sys.executable, "-m", "phongtrao.cli", "migrate", "--noinput", "-v", "0"], env=env, check=True,
                   timeout=300)
    done = subprocess.run([sys.executable, "-c", TERMINATED_MID_SAVE, scratch_postgres], env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["killed"] == [True], result
    assert result["first"] == ["failed", "Mất kết nối hoặc lỗi cơ sở dữ liệu giữa chừng: việc chưa xong, hãy chạy lại."]
    assert result["after_failure"] == 0
    assert result["second"] == "done" and result["sites"] == 30_000
