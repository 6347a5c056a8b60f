"""python manage.py export_questions --format {csv,gift,moodle-xml} [--category PATH] [-o FILE]"""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand

from question_bank.formats import FORMATS
from question_bank.services.imports import questions_export


class Command(BaseCommand):
    help = "Export questions; what the format cannot carry is reported on standard error."

    def add_arguments(self, parser):
        parser.add_argument("--format", required=True, choices=FORMATS)
        parser.add_argument("--category", default="", help="Category path (levels separated by /); default: all.")
        parser.add_argument("-o", "--output", default="", help="File to write; default: standard output.")

    def handle(self, *args, **options):
        text, left_out = questions_export(fmt=options["format"], category_path=options["category"])
        if options["output"]:
            Path(options["output"]).write_text(text, encoding="utf-8")
        else:
            self.stdout.write(text, ending="")
        for line in left_out:
            self.stderr.write(f"not exported: {line}")
