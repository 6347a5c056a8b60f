from __future__ import annotations

from datetime import date

from certification.models import Level, Programme, WebhookDelivery, WebhookEndpoint
from certification.services.certificates import certificate_issue
from certification.services.evidence import shadow_log_create, signoff_request
from certification.services.pdf import pdf_render
from certification.services.webhooks import webhook_emit
from tests.factories import RegionFactory
from tests.permissions import HR_AND_HEADS, HR_ONLY, everyone, signed_in

code = lambda o: {"code": o["certificate"].code}  # noqa: E731

ENTRIES = {
    "certification:mine": ("get", None, signed_in(200)),
    "certification:certificate_pdf": ("get", code, signed_in(403, learner=200, hr=200)),
    "certification:log_shadow": ("get", None, signed_in(200)),
    "certification:verify": ("get", code, everyone(200)),
    "certification:confirm_logs": ("get", None, signed_in(200)),
    # only the mentor named on the log may confirm it
    "certification:confirm_log": ("post", lambda o: {"pk": o["log"].pk}, signed_in(404, head=302)),
    # only holders of an active assessor certificate may score
    "certification:practical": ("get", None, signed_in(403, assessor=200)),
    "certification:signoffs": ("get", None, HR_AND_HEADS),
    # only the head of the person's department may decide
    "certification:signoff_decide": ("post", lambda o: {"pk": o["signoff"].pk}, signed_in(404, head=302)),
    "certification:interviewers": ("get", None, HR_AND_HEADS),
    "certification:interviewers_export": ("get", None, HR_AND_HEADS),
    "certification:programmes": ("get", None, HR_ONLY),
    "certification:certificates": ("get", None, HR_ONLY),
    "certification:certificates_export": ("get", None, HR_ONLY),
    "certification:certificate": ("get", code, HR_ONLY),
    "certification:certificate_status": ("post", code, signed_in(403, hr=302)),
    "certification:record": ("get", None, HR_ONLY),
    "certification:record_import": ("get", None, HR_ONLY),
    "certification:performance": ("get", None, HR_ONLY),
    "certification:webhooks": ("get", None, HR_ONLY),
    "certification:webhook_deliveries": ("get", lambda o: {"pk": o["endpoint"].pk}, HR_ONLY),
    "certification:webhook_replay": ("post", lambda o: {"pk": o["delivery"].pk}, signed_in(403, hr=302)),
}


def make_objects(personas):
    foundation = Programme.objects.create(code="perm-foundation", name="Foundation", level=Level.FOUNDATION)
    assessor = Programme.objects.create(code="perm-assessor", name="Assessor", level=Level.ASSESSOR)
    endpoint = WebhookEndpoint.objects.create(name="ATS", url="http://127.0.0.1:9/hook", secret="s")
    certificate, _ = certificate_issue(person=personas["learner"], programme=foundation)
    certificate_issue(person=personas["assessor"], programme=assessor)
    pdf_render(certificate_id=certificate.pk)
    region = RegionFactory(code="DE")
    log = shadow_log_create(
        person=personas["learner"], kind="shadow", date=date.today(), role="AE", region=region, mentor=personas["head"]
    )
    webhook_emit(type="certificate.issued", data={})
    return {
        "certificate": certificate,
        "log": log,
        "signoff": signoff_request(person=personas["learner"], programme=foundation),
        "endpoint": endpoint,
        "delivery": WebhookDelivery.objects.filter(endpoint=endpoint).first(),
    }
