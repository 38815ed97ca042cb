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


@task()
def hang(path: str) -> None:
    """Say it started, then run until killed."""
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"started {os.getpid()}\n")
    time.sleep(600)


def phongtrao(env, *args, **kwargs):
    return subprocess.Popen([sys.executable, "-m", "phongtrao.cli", *args], env=env, **kwargs)


def queue_env(scratch_postgres, tmp_path) -> dict:
    env = {**os.environ, "DATABASE_URL": scratch_postgres, "PHONGTRAO_TASKS": "db", "PHONGTRAO_DATA_DIR": str(tmp_path)}
    assert phongtrao(env, "migrate", "django_tasks_database", "--noinput", "-v", "0").wait(timeout=120) == 0
    return env


def enqueue(env, *calls: str) -> None:
    script = f"import django; django.setup()\nfrom {__name__} import hang, record_run\n" + "\n".join(calls)
    assert subprocess.run([sys.executable, "-c", script], env={**env, "DJANGO_SETTINGS_MODULE": "phongtrao.settings"},
                          timeout=120).returncode == 0


def statuses(scratch_postgres) -> dict:
    import psycopg

    with psycopg.connect(scratch_postgres) as conn:
        return dict(conn.execute("SELECT task_path, status FROM django_tasks_database_dbtaskresult"))


@pytest.mark.skipif(not POSTGRES, reason="SKIP LOCKED sharing is PostgreSQL's; SQLite runs one worker")
def test_workers_share_the_queue_and_run_each_task_once(scratch_postgres, tmp_path):
    env = queue_env(scratch_postgres, tmp_path)
    runs = tmp_path / "runs.txt"
    enqueue(env, f"for n in range({TASKS}): record_run.enqueue({str(runs)!r}, n)")
    workers = [phongtrao(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.1",
                         "-v", "0") for _ in range(WORKERS)]
    assert [w.wait(timeout=180) for w in workers] == [0] * WORKERS

    lines = [line.split() for line in runs.read_text(encoding="utf-8").splitlines()]
    assert Counter(int(n) for n, _pid in lines) == Counter(range(TASKS))  # every task ran, and only once
    assert len({pid for _n, pid in lines}) > 1  # the work was shared
    assert set(statuses(scratch_postgres).values()) == {"SUCCESSFUL"}


@pytest.mark.skipif(not POSTGRES, reason="runs real worker processes on a throwaway PostgreSQL database")
def test_a_killed_workers_task_is_failed_by_the_next_worker_and_the_queue_goes_on(scratch_postgres, tmp_path):
    env = queue_env(scratch_postgres, tmp_path)
    runs = tmp_path / "runs.txt"
    enqueue(env, f"hang.enqueue({str(runs)!r})", f"record_run.enqueue({str(runs)!r}, 1)")
    first = phongtrao(env, "db_worker", "--no-startup-delay", "--no-reload", "--interval", "0.1", "-v", "0")
    deadline = time.monotonic() + 60
    while not (runs.exists() and "started" in runs.read_text(encoding="utf-8")) and time.monotonic() < deadline:
        time.sleep(0.2)
    first.kill()  # SIGKILL in the middle of the task: no chance to record anything
    first.wait(30)
    assert statuses(scratch_postgres)[hang.module_path] == "RUNNING"

    second = phongtrao(env, "db_worker", "--batch", "--no-startup-delay", "--no-reload", "--interval", "0.1", "-v", "0")
    assert second.wait(timeout=120) == 0
    assert statuses(scratch_postgres) == {hang.module_path: "FAILED", record_run.module_path: "SUCCESSFUL"}
