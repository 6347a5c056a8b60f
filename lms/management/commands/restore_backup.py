from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from lms.ops.backup import MANIFEST, backup_restore


class Command(BaseCommand):
    help = "Restore a backup made by `backup` over the current database and media. Stop web and workers first."

    def add_arguments(self, parser):
        parser.add_argument("source", type=Path, help="A backup-<timestamp> folder.")
        parser.add_argument("--yes", action="store_true", help="Confirm that current data may be overwritten.")

    def handle(self, *args, source: Path, yes: bool, **options):
        if not (source / MANIFEST).exists():
            raise CommandError(f"{source} is not a backup folder (no {MANIFEST})")
        if not yes:
            raise CommandError("Restoring replaces the current database and media. Run again with --yes.")
        backup_restore(source=source)
        self.stdout.write(f"restored {source}")
