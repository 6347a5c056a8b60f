"""The PostgreSQL backup procedure: pg_dump while the site runs, pg_restore over the live database."""

from __future__ import annotations

import shutil

import pytest
from django.core.management import call_command
from django.db import connection

from org.models import Department
from tests.factories import DepartmentFactory

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]


@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
def test_a_postgresql_backup_restores_the_database_and_media(tmp_path, settings):
    assert connection.vendor == "postgresql"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEDIA_ROOT.mkdir()
    (settings.MEDIA_ROOT / "cover.txt").write_text("cover")
    DepartmentFactory(code="PGKEEP", name="Kept")
    call_command("backup", "--output", str(tmp_path / "backups"))
    Department.objects.filter(code="PGKEEP").delete()
    (settings.MEDIA_ROOT / "cover.txt").unlink()
    backup = max((tmp_path / "backups").glob("backup-*"))
    assert (backup / "db.pgdump").stat().st_size > 0
    call_command("restore_backup", str(backup), "--yes")
    assert Department.objects.filter(code="PGKEEP").exists()
    assert (settings.MEDIA_ROOT / "cover.txt").read_text() == "cover"
