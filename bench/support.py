"""Shared by the benchmarks: the bench databases, gunicorn on 127.0.0.1 for those over real HTTP, sessions."""
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager


def ensure_database(url: str) -> None:
    """Create a PostgreSQL bench database on first use (SQLite creates its file itself)."""
    if not url.startswith("postgres"):
        return
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(port: int, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), 1).close()
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError("gunicorn did not start")


@contextmanager
def gunicorn(env: dict, workers: int, task_worker: bool = False):
    """Yield the base URL of gunicorn (and a task worker) serving `env`'s database; each worker warmed up."""
    port = free_port()
    processes = [subprocess.Popen([sys.executable, "-m", "gunicorn", "phongtrao.wsgi", "--bind", f"127.0.0.1:{port}",
                                   "--workers", str(workers), "--timeout", "120", "--log-level", "warning"], env=env)]
    if task_worker:
        processes.append(subprocess.Popen([sys.executable, "-m", "phongtrao.cli", "db_worker", "--no-reload", "-v",
                                           "0"], env=env))
    try:
        wait_for(port)
        for _ in range(3 * workers):  # each worker loads the apps on its first request: not measured
            urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/", timeout=120).read()
        yield f"http://127.0.0.1:{port}"
    finally:
        for process in processes:
            process.terminate()
            process.wait(30)


SESSIONS_SCRIPT = """
from importlib import import_module
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from phongtrao.accounts.models import User
user = User.objects.get(username={username!r})
store = import_module(settings.SESSION_ENGINE).SessionStore
for _ in range({count}):
    session = store()
    session.update({{SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: settings.AUTHENTICATION_BACKENDS[-1],
                    HASH_SESSION_KEY: user.get_session_auth_hash()}})
    session.create()
    print("session", session.session_key)
"""


def sessions(env: dict, username: str, count: int) -> list[str]:
    """Session keys of `username` made beforehand, so that password hashing stays out of the figures."""
    done = subprocess.run([sys.executable, "-m", "phongtrao.cli", "shell", "-c",
                           SESSIONS_SCRIPT.format(username=username, count=count)],
                          env=env, check=True, capture_output=True, text=True)
    return [line.split()[1] for line in done.stdout.splitlines() if line.startswith("session ")]
