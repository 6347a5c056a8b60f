"""Import departments or people from a CSV file: all or nothing, with every problem listed by line."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from org.services.people_import import ImportRejected, departments_import, people_import


class Command(BaseCommand):
    help = "Import people (default) or departments from a UTF-8 CSV file. Nothing is written if any line is bad."

    def add_arguments(self, parser):
        parser.add_argument("file", type=Path)
        parser.add_argument("--departments", action="store_true", help="The file holds departments, not people.")
        parser.add_argument(
            "--deactivate-missing",
            action="store_true",
            help="The file is the whole organisation: deactivate active people not in it.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report, but save nothing.")

    def handle(self, *args, file: Path, departments: bool, deactivate_missing: bool, dry_run: bool, **options):
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise CommandError(f"Cannot read {file}: {exc.strerror}") from exc
        try:
            if departments:
                report = departments_import(data=data, dry_run=dry_run)
            else:
                report = people_import(data=data, deactivate_missing=deactivate_missing, dry_run=dry_run)
        except ImportRejected as rejected:
            for line, message in rejected.errors:
                self.stderr.write(f"line {line}: {message}")
            raise CommandError(f"nothing imported: {len(rejected.errors)} problem(s)") from None
        verb = "would import" if dry_run else "imported"
        self.stdout.write(
            f"{verb}: {report.created} created, {report.updated} updated, {report.deactivated} deactivated"
        )
