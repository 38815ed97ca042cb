"""Run every benchmark, print a results table and write bench/results.json (bench/results-postgresql.json).

The database benchmarks use their own database (`BENCH_DATABASE_URL`, default a SQLite file under var/bench/);
set it to a PostgreSQL URL to measure there. Ratios compare our code with a floor measured in the same run.
"""
import json
import os
import platform
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]
BENCH_DIR = ROOT / "var" / "bench"
BENCH_DIR.mkdir(parents=True, exist_ok=True)
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{BENCH_DIR / 'bench.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "phongtrao.settings")


def main() -> int:
    import support

    support.ensure_database(os.environ["DATABASE_URL"])
    import django

    django.setup()
    from django.db import connection

    import bench_dashboard
    import bench_geo
    import bench_registry

    suites = [("geo", bench_geo.run), ("dashboard", bench_dashboard.run), ("registry", bench_registry.run)]
    for optional in ("bench_http", "bench_extraction", "bench_extraction_size", "bench_import", "bench_load",
                     "bench_reports", "bench_festival", "bench_stats", "bench_analytics", "bench_steering"):
        try:
            module = __import__(optional)
        except ImportError:
            continue
        suites.append((optional.removeprefix("bench_"), module.run))
    results = {
        "when": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": f"{platform.node()} {platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}",
        "database": connection.vendor,
        "results": [],
    }
    wanted = set(filter(None, os.environ.get("BENCH_SUITES", "").split(",")))
    for name, run in suites:
        if wanted and name not in wanted:
            continue
        for metric, value, note in run():
            results["results"].append({"suite": name, "metric": metric, "value": value, "note": note})
            print(f"{name:<11} {metric:<48} {value:>12} {note}", flush=True)
    out = ROOT / "bench" / f"results-{connection.vendor}.json" if connection.vendor != "sqlite" else ROOT / "bench" / "results.json"
    if wanted and out.exists():  # a partial run keeps the other suites' last figures
        kept = [r for r in json.loads(out.read_text(encoding="utf-8"))["results"] if r["suite"] not in wanted]
        results["results"] = kept + results["results"]
    out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {out.relative_to(ROOT)} ({connection.vendor})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
