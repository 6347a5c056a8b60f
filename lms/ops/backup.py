"""Consistent backups while the site runs, and their restore.

SQLite: the online backup API copies a consistent snapshot while writers carry on (a plain file copy of a WAL
database can miss committed pages). It copies in one step: in WAL mode the step's read transaction does not block
writers, whereas a copy in several steps starts over whenever another connection writes between them, and so never
finishes on a database larger than one step that is written to all the time. PostgreSQL: pg_dump in its custom
format, which is consistent by itself (one snapshot). Media: a tar.gz of MEDIA_ROOT (uploads are written once and
never modified in place).
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import tarfile
from datetime import UTC, datetime
from pathlib import Path

from django.conf import settings
from django.db import connections

MANIFEST = "manifest.json"


def backup_create(*, output: Path, database: str = "default") -> Path:
    """Write a backup folder under `output` and return its path."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = Path(output) / f"backup-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    db = settings.DATABASES[database]
    vendor = connections[database].vendor
    if vendor == "sqlite":
        _sqlite_backup(Path(db["NAME"]), target / "db.sqlite3")
        kind = "sqlite"
    elif vendor == "postgresql":
        _pg_dump(db, target / "db.pgdump")
        kind = "postgresql"
    else:
        raise ValueError(f"no backup procedure for {db['ENGINE']}")
    media = Path(settings.MEDIA_ROOT)
    with tarfile.open(target / "media.tar.gz", "w:gz") as tar:
        if media.exists():
            tar.add(media, arcname="media")
    (target / MANIFEST).write_text(json.dumps({"created": stamp, "database": kind}, indent=2))
    return target


def backup_restore(*, source: Path, database: str = "default") -> None:
    """Replace the database and media with a backup made by backup_create. Stop web and workers first."""
    source = Path(source)
    manifest = json.loads((source / MANIFEST).read_text())
    db = settings.DATABASES[database]
    connections[database].close()
    if manifest["database"] == "sqlite":
        _sqlite_backup(source / "db.sqlite3", Path(db["NAME"]))
    else:
        _pg_restore(db, source / "db.pgdump")
    media = Path(settings.MEDIA_ROOT)
    if media.exists():
        shutil.rmtree(media)
    with tarfile.open(source / "media.tar.gz", "r:gz") as tar:
        tar.extractall(media.parent, filter="data")  # 'data' refuses absolute paths and links out of the folder
    extracted = media.parent / "media"
    if extracted != media and extracted.exists():
        extracted.rename(media)


def _sqlite_backup(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    dst = sqlite3.connect(target, timeout=30)
    try:
        with dst:
            src.backup(dst, pages=-1)  # one step, one snapshot: see the module's docstring
        if target.exists():
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        src.close()
        dst.close()


def _pg_env(db: dict) -> tuple[list[str], dict]:
    args = [
        "--host",
        db.get("HOST") or "localhost",
        "--port",
        str(db.get("PORT") or 5432),
        "--username",
        db.get("USER") or "postgres",
        "--dbname",
        db["NAME"],
    ]
    env = {"PGPASSWORD": db.get("PASSWORD") or ""}
    return args, env


def _pg_dump(db: dict, target: Path) -> None:
    args, env = _pg_env(db)
    command = ["pg_dump", "--format=custom", "--no-owner", "--file", str(target), *args]
    subprocess.run(command, check=True, env={**_base_env(), **env})  # noqa: S603, S607 (arguments from settings)


def _pg_restore(db: dict, source: Path) -> None:
    args, env = _pg_env(db)
    command = ["pg_restore", "--clean", "--if-exists", "--no-owner", "--single-transaction", *args, str(source)]
    subprocess.run(command, check=True, env={**_base_env(), **env})  # noqa: S603, S607 (arguments from settings)


def _base_env() -> dict:
    import os

    return {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "LC_ALL")}
