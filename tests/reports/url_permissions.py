from __future__ import annotations

from certification.models import Level, Programme
from certification.services.certificates import certificate_issue
from tests.permissions import HR_AND_HEADS, HR_ONLY, signed_in

code = lambda o: {"code": o["reports_certificate"].code}  # noqa: E731

# a head may act on their own department's people (the learner is in SALES, which the head heads)
ACT = signed_in(403, hr=302, head=302)

ENTRIES = {
    "reports:dashboard": ("get", None, HR_AND_HEADS),
    "reports:coverage": ("get", None, HR_AND_HEADS),
    "reports:targets": ("get", None, HR_ONLY),
    "reports:pipeline": ("get", None, HR_AND_HEADS),
    "reports:expiry": ("get", None, HR_AND_HEADS),
    "reports:remind": ("post", code, ACT),
    "reports:renew": ("post", code, ACT),
    "reports:exams": ("get", None, HR_AND_HEADS),
    "reports:export": ("get", lambda o: {"table": "expiry", "fmt": "xlsx"}, HR_AND_HEADS),
}


def make_objects(personas):
    programme = Programme.objects.create(code="perm-reports", name="Reports", level=Level.FOUNDATION)
    certificate, _created = certificate_issue(person=personas["learner"], programme=programme)
    return {"reports_certificate": certificate}
