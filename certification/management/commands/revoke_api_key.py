from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError

from certification.api_keys import api_key_revoke
from certification.models import ApiKey


class Command(BaseCommand):
    help = "Revoke an API key by name or prefix; it stops working at once."

    def add_arguments(self, parser):
        parser.add_argument("name_or_prefix")

    def handle(self, *args, name_or_prefix: str, **options):
        keys = list(ApiKey.objects.filter(revoked_at__isnull=True, name=name_or_prefix)) or list(
            ApiKey.objects.filter(revoked_at__isnull=True, prefix=name_or_prefix)
        )
        if not keys:
            raise CommandError(f"no active API key named or prefixed {name_or_prefix!r}")
        for key in keys:
            api_key_revoke(key=key)
            self.stdout.write(f"revoked {key}")
