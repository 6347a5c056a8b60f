from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from certification.api_keys import api_key_create


class Command(BaseCommand):
    help = "Create a read-only API key for an outside system and print it once."

    def add_arguments(self, parser):
        parser.add_argument("name", help="Who uses the key, e.g. 'Greenhouse integration'.")

    def handle(self, *args, name: str, **options):
        try:
            row, key = api_key_create(name=name)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        self.stderr.write(f"API key '{row.name}' (prefix {row.prefix}). It is shown only now; store it safely:")
        self.stdout.write(key)
