from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from certification.models import Certificate
from certification.services.certificates import certificate_revoke
from certification.services.codes import code_normalise


class Command(BaseCommand):
    help = "Revoke a certificate at once, with a reason kept in its history."

    def add_arguments(self, parser):
        parser.add_argument("code", help="The certificate's code, e.g. 7KQ2-M9XD.")
        parser.add_argument("--reason", required=True, help="Why; kept in the certificate's history.")

    def handle(self, *args, code: str, reason: str, **options):
        certificate = Certificate.objects.filter(code=code_normalise(code)).first()
        if certificate is None:
            raise CommandError(f"No certificate has the code {code}.")
        try:
            certificate_revoke(certificate=certificate, reason=reason)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        self.stdout.write(f"Revoked {certificate.code} ({certificate.holder.employee_id}).")
