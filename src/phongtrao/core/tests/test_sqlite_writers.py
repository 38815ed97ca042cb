"""On SQLite, concurrent writers wait for the write lock instead of failing at once with "database is locked"."""
import json
import os
import subprocess
import sys
import textwrap

WRITERS = textwrap.dedent("""
    import json, threading, time
    import django
    django.setup()
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE site (id INTEGER PRIMARY KEY, edits INTEGER NOT NULL)")
        cursor.executemany("INSERT INTO site VALUES (%s, 0)", [(i,) for i in range(10)])
    connection.close()
    errors, start = [], threading.Barrier(10)

    def edit(site_id):
        try:
            start.wait()
            with transaction.atomic(), connection.cursor() as cursor:  # a form's save: read, then write
                cursor.execute("SELECT edits FROM site WHERE id = %s", [site_id])
                edits = cursor.fetchone()[0]
                time.sleep(0.05)
                cursor.execute("UPDATE site SET edits = %s WHERE id = %s", [edits + 1, site_id])
        except Exception as exc:
            errors.append(str(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=edit, args=(i,)) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with connection.cursor() as cursor:
        cursor.execute("SELECT SUM(edits) FROM site")
        print(json.dumps({"errors": errors, "saved": cursor.fetchone()[0]}))
""")


def test_ten_parallel_edits_of_ten_sites_all_succeed(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "phongtrao.settings", "PHONGTRAO_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", WRITERS], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == {"errors": [], "saved": 10}


EXPORT_WHILE_OTHERS_WRITE = textwrap.dedent("""
    import json, threading
    import django
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from phongtrao.core import export
    from phongtrao.core.jobs import job_runner, progress, run_job
    from phongtrao.core.models import Job
    from phongtrao.core.tables import BaseTable

    call_command("migrate", verbosity=0)
    jobs = Job.objects.bulk_create([Job(kind="export", label=f"việc {i}") for i in range(10)])
    exporting = jobs[0]

    class JobTable(BaseTable):
        class Meta(BaseTable.Meta):
            model = Job
            fields = ("id", "label")

    def someone_else_writes():
        Job.objects.create(kind="export", label="của người khác")
        connection.close()

    def after_each_chunk(done):  # another user saves, then the export records its progress
        writer = threading.Thread(target=someone_else_writes)
        writer.start()
        writer.join()
        progress(exporting, done, 10)

    export.CHUNK = 3
    queryset = Job.objects.filter(pk__in=[j.pk for j in jobs]).order_by("-label")
    rows = list(export.table_rows(JobTable(queryset), queryset, on_chunk=after_each_chunk))
    exporting.refresh_from_db()
    exported = {"labels": [row[1] for row in rows[1:]], "done": exporting.done}

    @job_runner("reads_while_others_write")
    def reads_while_others_write(job):  # a job that fails on its stale read must still record why
        rows = Job.objects.all().iterator(chunk_size=2)
        next(rows)
        after_each_chunk(1)

    failing = Job.objects.create(kind="reads_while_others_write", label="đọc lâu")
    run_job.func(failing.pk, {})
    failing.refresh_from_db()
    print(json.dumps({**exported, "failed": failing.state}))
""")


def test_an_export_records_its_progress_while_other_users_write(tmp_path):
    """The export must not keep a read open between its chunks: on SQLite a connection reading since before
    another's commit cannot write ("database is locked" at once, whatever the busy timeout). A job failing that way
    must still record its failure (the worker died of it)."""
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
           "DJANGO_SETTINGS_MODULE": "phongtrao.settings", "PHONGTRAO_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", EXPORT_WHILE_OTHERS_WRITE], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert json.loads(done.stdout.splitlines()[-1]) == {
        "labels": [f"việc {i}" for i in range(9, -1, -1)], "done": 10, "failed": "failed"}
