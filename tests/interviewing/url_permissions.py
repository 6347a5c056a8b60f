from __future__ import annotations

from datetime import timedelta

from tests.permissions import signed_in

# Kits are private to their author, the interviewers booked on them and HR: anyone else gets a 404, so a kit (which
# names a candidate) is never confirmed to exist. The POSTs carry no data, so the author and HR are sent back to the
# kit with a message (302).
OWNER = signed_in(404, learner=200, hr=200)
OWNER_POST = signed_in(404, learner=302, hr=302)

# An empty POST to the API is a 400 for everyone signed in; the anonymous caller is asked for credentials (the
# API-key authentication names a scheme, so DRF answers 401).
ENTRIES = {
    "interviewing:checker": ("get", None, signed_in(200)),
    "api-lint": ("post", None, signed_in(400, anonymous=401)),
    "interviewing:kits": ("get", None, signed_in(200)),
    "interviewing:kit_new": ("get", None, signed_in(200)),
    "interviewing:kit": ("get", lambda o: {"pk": o["kit"].pk}, OWNER),
    "interviewing:kit_pdf": ("get", lambda o: {"pk": o["kit"].pk}, OWNER),
    "interviewing:kit_add_question": ("post", lambda o: {"pk": o["kit"].pk}, OWNER_POST),
    "interviewing:kit_replace": (
        "post",
        lambda o: {"pk": o["kit"].pk, "question_pk": o["kit_question"].pk},
        OWNER_POST,
    ),
    "interviewing:kit_assign": ("post", lambda o: {"pk": o["kit"].pk}, OWNER_POST),
    "interviewing:scorecard": ("get", lambda o: {"pk": o["kit"].pk, "link_pk": o["kit_link"].pk}, OWNER),
    "interviewing:calibration": ("get", None, signed_in(403, hr=200, assessor=200)),
}


def make_objects(personas):
    """A kit by the learner, with one question and the learner booked on it (stored directly: the gate's own
    tests cover the booking)."""
    from django.utils import timezone

    from certification.models import InterviewAssignment
    from interviewing.models import InterviewKit, KitInterviewer, KitQuestion
    from tests.factories import RegionFactory

    learner = personas["learner"]
    region = RegionFactory(code="DE")
    kit = InterviewKit.objects.create(
        role="Account executive", department=learner.department, region=region, created_by=learner
    )
    question = KitQuestion.objects.create(kit=kit, order=0, competency="motivation", text="Why this role?")
    assignment = InterviewAssignment.objects.create(
        candidate_reference="C-1", role="Account executive", department=learner.department, region=region,
        scheduled_at=timezone.now() - timedelta(days=1), interviewer=learner,
    )  # fmt: skip
    link = KitInterviewer.objects.create(kit=kit, assignment=assignment)
    return {"kit": kit, "kit_question": question, "kit_link": link}
