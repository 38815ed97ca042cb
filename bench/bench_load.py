"""Load: 50 users browsing, searching and exporting while one imports, against gunicorn on 127.0.0.1 only.

Builds its own database beside the bench one (SQLite file, or `<bench database>_load` on PostgreSQL) with the small
demo data, starts gunicorn (LOAD_WORKERS processes) and a task worker, runs bench/load/locustfile.py headless for
LOAD_SECONDS and reports requests/s, p50/p95 and errors. Needs locust (`pip install -e '.[bench]'`).
"""
import csv
import json
import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path

import support

if importlib.util.find_spec("locust") is None:
    raise ImportError("locust is not installed")

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
USERS = int(os.environ.get("LOAD_USERS", "50"))
SECONDS = int(os.environ.get("LOAD_SECONDS", "60"))
WORKERS = int(os.environ.get("LOAD_WORKERS", "4"))


def _database_url() -> str:
    url = os.environ["DATABASE_URL"]
    if url.startswith("postgres"):
        return url + "_load"
    return f"sqlite:///{BENCH_DIR / 'load.sqlite3'}"


def _phongtrao(env, *args) -> None:
    subprocess.run([sys.executable, "-m", "phongtrao.cli", *args], env=env, check=True, stdout=subprocess.DEVNULL)


def _prepare(env: dict) -> tuple[list[str], str]:
    """Migrate, load units and the small demo once; sessions of a national user; a commune code for imports."""
    support.ensure_database(env["DATABASE_URL"])
    _phongtrao(env, "migrate", "--noinput", "-v", "0")
    script = (
        "from phongtrao.accounts.models import User\n"
        "from phongtrao.geo.models import AdminUnit\n"
        "from phongtrao.initiatives.models import Site\n"
        "from django.core.management import call_command\n"
        "if not AdminUnit.objects.exists(): call_command('load_units')\n"
        "if not Site.objects.exists(): call_command('demo', scale='small')\n"
        "User.objects.get_or_create(username='tai.thu', defaults={'role': 'national'})\n"
        "print(Site.objects.filter(commune__is_current=True).values_list('commune__code', flat=True).first())\n")
    done = subprocess.run([sys.executable, "-m", "phongtrao.cli", "shell", "-c", script], env=env, check=True,
                          capture_output=True, text=True)
    return support.sessions(env, "tai.thu", USERS), done.stdout.split()[-1]


def load_test() -> dict:
    env = {**os.environ, "DATABASE_URL": _database_url(), "PHONGTRAO_TASKS": "db", "DJANGO_SETTINGS_MODULE":
           "phongtrao.settings", "PHONGTRAO_DATA_DIR": str(BENCH_DIR / "load-data")}
    sessions, env["LOAD_COMMUNE"] = _prepare(env)
    env["LOAD_SESSIONS"] = ",".join(sessions)
    out = BENCH_DIR / f"load-{env['DATABASE_URL'].split(':')[0]}"
    with support.gunicorn(env, WORKERS, task_worker=True) as base:
        subprocess.run([sys.executable, "-m", "locust", "-f", str(ROOT / "bench" / "load" / "locustfile.py"),
                        "--headless", "--users", str(USERS), "--spawn-rate", "10", "--run-time", f"{SECONDS}s",
                        "--host", base, "--csv", str(out), "--only-summary", "--reset-stats",
                        "--exit-code-on-error", "0"], env=env, check=True)
    return summary(out)


def summary(out) -> dict:
    """The figures of a finished run from locust's `<out>_stats.csv`."""
    with open(f"{out}_stats.csv", encoding="utf-8") as stats:
        rows = {row["Name"]: row for row in csv.DictReader(stats)}
    total = rows["Aggregated"]
    return {"users": USERS, "seconds": SECONDS, "workers": WORKERS, "requests": int(total["Request Count"]),
            "errors": int(total["Failure Count"]), "rps": round(float(total["Requests/s"]), 1),
            "p50_ms": int(float(total["50%"])), "p95_ms": int(float(total["95%"])),
            "imports": int(rows["import 100 sites"]["Request Count"]) if "import 100 sites" in rows else 0,
            "import_p95_ms": int(float(rows["import 100 sites"]["95%"])) if "import 100 sites" in rows else None}


def rows(r: dict) -> list[tuple[str, object, str]]:
    note = f"{r['users']} users + 1 importer, {r['seconds']} s, gunicorn {r['workers']} workers, loopback"
    return [("requests per second", r["rps"], note), ("p50 / p95 (ms)", f"{r['p50_ms']} / {r['p95_ms']}", note),
            ("requests / errors", f"{r['requests']} / {r['errors']}", note),
            ("imports of 100 sites: count, p95 (ms)", f"{r['imports']}, {r['import_p95_ms']}", note)]


def run() -> list[tuple[str, object, str]]:
    """Rows for bench/run.py."""
    return rows(load_test())


if __name__ == "__main__":  # alone: writes bench/results-load-<database>.json
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}")
    result = load_test()
    vendor = "postgresql" if os.environ["DATABASE_URL"].startswith("postgres") else "sqlite"
    result["when"] = time.strftime("%Y-%m-%d %H:%M:%S")
    (ROOT / "bench" / f"results-load-{vendor}.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    for metric, value, note in rows(result):
        print(f"{metric:<40} {value:>14} {note}")
