from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from lms.ops.backup import backup_create


class Command(BaseCommand):
    help = "Back up the database (SQLite online backup or pg_dump) and media while the site runs."

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            type=Path,
            default=Path(settings.BASE_DIR) / "var" / "backups",
            help="Folder to write the backup into (default var/backups).",
        )

    def handle(self, *args, output: Path, **options):
        target = backup_create(output=output)
        self.stdout.write(f"backup written to {target}")
