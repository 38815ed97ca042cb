"""On SQLite a big import writes its rows before taking the database's write lock (`core.db.Staged`): an editor saves
while it runs, and the rows are written while another connection could take the lock at once."""
import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings

SQLITE = settings.DATABASES["default"]["ENGINE"].endswith("sqlite3")

IMPORT_WHILE_EDITING = textwrap.dedent("""
    import json, sqlite3, sys, threading, time
    import django
    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from phongtrao.core import db
    from phongtrao.core.testing import make_user
    from phongtrao.geo.models import AdminUnit
    from phongtrao.initiatives.importing import import_sites
    from phongtrao.initiatives.models import ModelType, Site
    from phongtrao.initiatives.services import save_site

    ROWS = int(sys.argv[1])
    call_command("migrate", verbosity=0)
    call_command("load_units", verbosity=0)
    commune = AdminUnit.objects.filter(level="commune", is_current=True).first()
    user = make_user("national")
    nha_tro = ModelType.objects.create(name="Nhà trọ tự quản")
    edited = Site.objects.create(name="Điểm đang sửa", model_type=nha_tro, commune=commune)
    path = settings.DATA_DIR / "sites.csv"
    path.write_text("Tên điểm,Mô hình,Mã xã,Địa chỉ\\n" + "".join(
        f"Nhà trọ {i},Nhà trọ tự quản,{commune.code},{i} Lê Lợi\\n" for i in range(ROWS)), encoding="utf-8")

    lock_free_while_writing, real_write = [], db._write
    editing = threading.Lock()  # held by the editor during each save, so that the probe below never meets it

    def write_then_try_the_lock(table, columns, values, **kwargs):  # another process wanting to write, no waiting
        real_write(table, columns, values, **kwargs)
        other = sqlite3.connect(settings.DATABASES["default"]["NAME"], timeout=0, isolation_level=None)
        try:
            editing.acquire()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            lock_free_while_writing.append(table)
        except sqlite3.OperationalError as exc:
            lock_free_while_writing.append(str(exc))
        finally:
            editing.release()
            other.close()

    db._write = write_then_try_the_lock
    running, edits, errors = threading.Event(), [], []

    def edit():
        while not running.is_set():
            time.sleep(0.001)
        while running.is_set():
            try:
                with editing:
                    site = Site.objects.get(pk=edited.pk)
                    site.notes = f"sửa lần {len(edits) + 1}"
                    save_site(user=user, site=site)
                edits.append(time.monotonic())
            except Exception as exc:
                errors.append(repr(exc))
            time.sleep(0.005)
        connection.close()

    editor = threading.Thread(target=edit)
    editor.start()
    running.set()
    started = time.monotonic()
    report = import_sites(path, user=user, dry_run=False)
    ended = time.monotonic()
    running.clear()
    editor.join()
    print(json.dumps({"created": report.created, "errors": report.errors[:3], "edit_errors": errors[:3],
                      "edits_during_import": sum(started < t < ended for t in edits),
                      "lock_free_while_writing": lock_free_while_writing,
                      "sites": Site.objects.count(), "notes": Site.objects.get(pk=edited.pk).notes,
                      "edits": len(edits)}))
""")


@pytest.mark.skipif(not SQLITE, reason="the database-wide write lock is SQLite's")
def test_an_editor_saves_while_a_big_import_runs_and_the_rows_are_written_outside_the_write_lock(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}", "PHONGTRAO_DATA_DIR": str(tmp_path),
           "DJANGO_SETTINGS_MODULE": "phongtrao.settings"}
    done = subprocess.run([sys.executable, "-c", IMPORT_WHILE_EDITING, "20000"], env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["errors"] == [] and result["created"] == 20_000 and result["sites"] == 20_001
    assert result["lock_free_while_writing"] == ["temp.staged_1_initiatives_site", "temp.staged_2_initiatives_statuschange"]
    assert result["edit_errors"] == [] and result["edits_during_import"] > 0
    assert result["notes"] == f"sửa lần {result['edits']}"
