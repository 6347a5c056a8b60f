"""`backup` copies a consistent database and media while writers carry on; `restore_backup` puts them back."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from org.models import Department
from tests.factories import DepartmentFactory

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite procedure")


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    (settings.MEDIA_ROOT / "documents" / "brief.txt").write_text("interview brief")
    return settings.MEDIA_ROOT


def latest_backup(folder):
    return max(folder.glob("backup-*"))


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_during_writes_is_consistent_and_holds_the_media(tmp_path, media):
    DepartmentFactory.create_batch(50)
    stop = threading.Event()

    def writer():
        from django.db import connections

        n = 0
        while not stop.is_set():
            Department.objects.create(code=f"W{n:05d}", name="written during the backup")
            n += 1
        connections.close_all()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        call_command("backup", "--output", str(tmp_path / "backups"))
    finally:
        stop.set()
        thread.join()
    copy = latest_backup(tmp_path / "backups")
    db = sqlite3.connect(copy / "db.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copied = db.execute("SELECT count(*) FROM org_department").fetchone()[0]
    db.close()
    assert 50 <= copied <= Department.objects.count()
    import tarfile

    with tarfile.open(copy / "media.tar.gz") as tar:
        assert "media/documents/brief.txt" in tar.getnames()


@pytest.mark.django_db(transaction=True)
def test_restoring_a_backup_brings_back_the_database_and_media(tmp_path, media):
    DepartmentFactory(code="KEEP", name="Kept")
    call_command("backup", "--output", str(tmp_path / "backups"))
    Department.objects.filter(code="KEEP").delete()
    (media / "documents" / "brief.txt").unlink()
    with pytest.raises(CommandError, match="--yes"):
        call_command("restore_backup", str(latest_backup(tmp_path / "backups")))
    call_command("restore_backup", str(latest_backup(tmp_path / "backups")), "--yes")
    assert Department.objects.filter(code="KEEP").exists()
    assert (media / "documents" / "brief.txt").read_text() == "interview brief"


def test_restore_refuses_a_folder_that_is_not_a_backup(tmp_path):
    with pytest.raises(CommandError, match="not a backup folder"):
        call_command("restore_backup", str(tmp_path), "--yes")
