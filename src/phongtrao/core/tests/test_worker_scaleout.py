"""Scale-out on PostgreSQL: several `db_worker` processes share one queue and no task runs twice.

django-tasks-db claims a task with SELECT … FOR UPDATE SKIP LOCKED on PostgreSQL; this runs real worker processes
against a throwaway database (only the queue's tables) to show it.
"""
import os
import subprocess
import sys
import time
from collections import Counter

import pytest
from django.conf import settings
from django_tasks import task

TASKS = 40
WORKERS = 3
POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


@task()
def record_run(path: str, number: int) -> int:
    """Append "number pid" to a file (one write: lines from several processes never interleave)."""
    time.sleep(0.05)
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"{number} {os.getpid()}\n")
    return number


@pytest.fixture
def queue_database():
    """A fresh PostgreSQL database next to the test one, with the task queue's tables; dropped afterwards."""
    import psycopg

    db = settings.DATABASES["default"]
    name = f"{db['NAME']}_scaleout"
    server = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{server}/{name}"
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def phongtrao(env, *args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "phongtrao.cli", *args], env=env, **kwargs)


@pytest.mark.skipif(not POSTGRES, reason="SKIP LOCKED sharing is PostgreSQL's; SQLite runs one worker")
def test_workers_share_the_queue_and_run_each_task_once(queue_database, tmp_path):
    env = {**os.environ, "DATABASE_URL": queue_database, "PHONGTRAO_TASKS": "db", "PHONGTRAO_DATA_DIR": str(tmp_path)}
    assert phongtrao(env, "migrate", "django_tasks_database", "--noinput", "-v", "0").wait(timeout=120) == 0
    runs = tmp_path / "runs.txt"
    enqueue = (f"import django; django.setup()\nfrom {__name__} import record_run\n"
               f"for n in range({TASKS}): record_run.enqueue({str(runs)!r}, n)")
    assert subprocess.run([sys.executable, "-c", enqueue], env={**env, "DJANGO_SETTINGS_MODULE": "phongtrao.settings"},
                          timeout=120).returncode == 0
    workers = [phongtrao(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.1",
                         "-v", "0") for _ in range(WORKERS)]
    assert [w.wait(timeout=180) for w in workers] == [0] * WORKERS

    lines = [line.split() for line in runs.read_text(encoding="utf-8").splitlines()]
    assert Counter(int(n) for n, _pid in lines) == Counter(range(TASKS))  # every task ran, and only once
    assert len({pid for _n, pid in lines}) > 1  # the work was shared
    import psycopg

    with psycopg.connect(queue_database) as conn:
        statuses = dict(conn.execute("SELECT status, count(*) FROM django_tasks_database_dbtaskresult GROUP BY status"))
    assert statuses == {"SUCCESSFUL": TASKS}
