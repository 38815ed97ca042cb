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
