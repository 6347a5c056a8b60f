"""python manage.py import_questions FILE --format {csv,gift,moodle-xml} [--category PATH] [--dry-run]"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from question_bank.formats import FORMATS
from question_bank.models import Language, Purpose
from question_bank.services.imports import ImportRejected, questions_import


class Command(BaseCommand):
    help = "Import questions from a file, all or nothing. Prints one summary line, then every skip and error."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--format", required=True, choices=FORMATS)
        parser.add_argument("--category", default="", help="Category path (levels separated by /) to import under.")
        parser.add_argument("--dry-run", action="store_true", help="Check the file and report; save nothing.")
        parser.add_argument(
            "--purpose",
            default=Purpose.EXAM,
            choices=Purpose.values,
            help="Purpose of items whose file does not say (default: exam).",
        )
        parser.add_argument(
            "--language",
            default=Language.ENGLISH,
            choices=Language.values,
            help="Language of items whose file does not say (default: en).",
        )

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}")
        try:
            report = questions_import(
                data=path.read_bytes(),
                fmt=options["format"],
                category_path=options["category"],
                dry_run=options["dry_run"],
                purpose=options["purpose"],
                language=options["language"],
            )
        except ImportRejected as rejected:
            verb = "would import" if options["dry_run"] else "imported"
            self.stdout.write(f"{verb} 0 questions (skipped {len(rejected.skipped)})")
            for problem in rejected.skipped:
                self.stdout.write(f"skipped: {problem}")
            for problem in rejected.errors:
                self.stdout.write(f"error: {problem}")
            raise CommandError(f"nothing imported: {len(rejected.errors)} error(s) in {path.name}") from None
        self.stdout.write(report.summary())
        for problem in report.skipped:
            self.stdout.write(f"skipped: {problem}")
        for note in report.notes:
            self.stdout.write(f"note: {note}")
