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


@pytest.fixture
def large_database(django_db_setup):
    """Grow the database well past 1,024 pages (4 MiB), the step that once let a busy writer restart a backup."""
    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE IF NOT EXISTS backup_filler (blob BLOB)")
        cursor.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160) "
            "INSERT INTO backup_filler SELECT zeroblob(65536) FROM n"
        )
    yield
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE backup_filler")


@pytest.mark.timeout(120, method="thread")  # the copy runs in C, where the signal method cannot interrupt it
@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_during_writes_is_consistent_and_holds_the_media(tmp_path, media, large_database):
    DepartmentFactory.create_batch(50)
    stop = threading.Event()
    written, errors = [], []

    def writer():
        from django.db import connections

        try:
            while not stop.is_set():
                written.append(Department.objects.create(code=f"W{len(written):05d}", name="written meanwhile").pk)
        except Exception as exc:  # noqa: BLE001 (reported by the assertion below)
            errors.append(exc)
        finally:
            connections.close_all()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        call_command("backup", "--output", str(tmp_path / "backups"))
    finally:
        stop.set()
        thread.join()
    assert not errors
    assert written, "the writer never wrote while the backup ran"
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
