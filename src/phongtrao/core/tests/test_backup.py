"""`phongtrao backup` / `phongtrao restore` in real processes, on the suite's engine: every row and every uploaded file
comes back identical, into a new installation and over a damaged one; a bad archive changes nothing."""
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

PHONGTRAO = str(Path(sys.executable).with_name("phongtrao"))
POSTGRES = settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
STATE = """
import hashlib, json
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from phongtrao.core.backup import backed_up_models, media_files
types = {t.pk: (t.app_label, t.model) for t in ContentType.objects.all()}
rows = {}
for label, model in sorted(backed_up_models().items()):
    fields = [f for f in model._meta.concrete_fields if not (model._meta.auto_created and f.primary_key)]
    names = [f.attname for f in fields]
    typed = {i for i, f in enumerate(fields) if f.is_relation and f.related_model is ContentType}
    digest = hashlib.sha256()
    for row in model._base_manager.order_by(*(names if model._meta.auto_created else ["pk"])).values_list(*names):
        digest.update(repr(tuple(types.get(v) if i in typed else v for i, v in enumerate(row))).encode())
    rows[label] = [model._base_manager.count(), digest.hexdigest()]
print(json.dumps({"rows": rows, "files": media_files(settings.MEDIA_ROOT)}))
"""
"""Rows per table with a checksum of their values (content types by name, as their ids differ between databases;
many-to-many rows without their own id, which the backup does not keep), and the SHA-256 of every uploaded file."""


@pytest.fixture
def database_urls(request, tmp_path):
    """Two empty databases of the suite's engine: the installation backed up, and a new one restored into."""
    if not POSTGRES:
        yield [f"sqlite:///{tmp_path / name}.sqlite3" for name in ("source", "target")]
        return
    import psycopg

    source = request.getfixturevalue("scratch_postgres")
    server, name = source.rsplit("/", 1)
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_target" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}_target"')
    yield [source, f"{source}_target"]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}_target" WITH (FORCE)')


def installation(url: str, folder: Path) -> dict:
    folder.mkdir()
    return {**os.environ, "DATABASE_URL": url, "PHONGTRAO_DATA_DIR": str(folder),
            "PHONGTRAO_MEDIA_ROOT": str(folder / "media"), "PHONGTRAO_TASKS": "immediate"}


def phongtrao(env: dict, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([PHONGTRAO, *args], env=env, capture_output=True, text=True, timeout=600)


def run(env: dict, *args: str) -> str:
    done = phongtrao(env, *args)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def state(env: dict) -> dict:
    return json.loads(run(env, "shell", "-c", STATE).strip().splitlines()[-1])


def test_backup_and_restore_round_trip(database_urls, tmp_path):
    source = installation(database_urls[0], tmp_path / "source")
    for command in (["migrate", "-v", "0"], ["load_units"], ["demo", "--scale", "small"]):
        run(source, *command)
    attachment = tmp_path / "source" / "media" / "đánh giá" / "biên bản.pdf"
    attachment.parent.mkdir(parents=True)
    attachment.write_bytes(b"%PDF-1.4 bi\xean b\xe1n")
    archive = tmp_path / "sao-luu.zip"
    run(source, "backup", str(archive))
    before = state(source)
    assert before["rows"]["initiatives.site"][0] > 0 and len(before["files"]) > 1

    target = installation(database_urls[1], tmp_path / "target")
    run(target, "restore", str(archive), "--noinput")
    assert state(target) == before

    run(source, "shell", "-c", "from phongtrao.initiatives.models import Site; Site.objects.all().delete()")
    attachment.unlink()
    (tmp_path / "source" / "media" / "moi.txt").write_text("tệp thêm sau khi sao lưu")
    assert state(source) != before
    run(source, "restore", str(archive), "--noinput")
    assert state(source) == before


def test_a_bad_archive_changes_nothing(tmp_path):
    env = installation(f"sqlite:///{tmp_path / 'db.sqlite3'}", tmp_path / "site")
    run(env, "migrate", "-v", "0")
    (tmp_path / "site" / "media").mkdir()
    (tmp_path / "site" / "media" / "giu-nguyen.txt").write_text("x")
    before = state(env)
    unsafe = tmp_path / "unsafe.zip"
    with zipfile.ZipFile(unsafe, "w") as archive:
        archive.writestr("manifest.json", json.dumps({"format": 1, "migrations": [], "counts": {}, "files": 1}))
        archive.writestr("data.jsonl", "")
        archive.writestr("media/../../ngoai.txt", "x")
    foreign = tmp_path / "khac.zip"
    with zipfile.ZipFile(foreign, "w") as archive:
        archive.writestr("a.txt", "x")
    for path, message in ((unsafe, "đường dẫn không an toàn"), (foreign, "thiếu manifest.json"),
                          (tmp_path / "khong-co.zip", "Không đọc được tệp sao lưu")):
        done = phongtrao(env, "restore", str(path), "--noinput")
        assert done.returncode == 1 and message in done.stderr
    assert state(env) == before
    assert not (tmp_path / "ngoai.txt").exists()
