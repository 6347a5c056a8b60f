from exams.models import Appeal, Response
from exams.services.attempts import attempt_start, attempt_submit
from tests.exams.factories import make_bank, make_exam
from tests.permissions import HR_ONLY, signed_in

OWNER_ONLY = signed_in(404, learner=200)
GRADERS = signed_in(403, assessor=200, hr=200)

ENTRIES = {
    "exams:list": ("get", None, signed_in(200)),
    # the start page explains why a person may not start (insiders, prerequisites), so everyone may read it
    "exams:start": ("get", lambda o: {"slug": o["open_exam"].slug}, signed_in(200)),
    "exams:attempt": ("get", lambda o: {"pk": o["open"].pk}, OWNER_ONLY),
    "exams:autosave": ("post", lambda o: {"pk": o["open"].pk}, OWNER_ONLY),
    "exams:submit": ("get", lambda o: {"pk": o["open"].pk}, OWNER_ONLY),
    # the owner, HR, and assessors (the attempt has an essay to grade)
    "exams:result": ("get", lambda o: {"pk": o["done"].pk}, signed_in(404, learner=200, hr=200, assessor=200)),
    # the owner's appeal is refused (the result is not final yet) and they are sent back to the result
    "exams:appeal": ("post", lambda o: {"pk": o["done"].pk, "slot": 1}, signed_in(404, learner=302)),
    "exams:appeal_by_number": ("post", lambda o: {"pk": o["done"].pk}, signed_in(404, learner=302)),
    "exams:grading_queue": ("get", None, GRADERS),
    "exams:grade": ("get", lambda o: {"pk": o["essay"].pk}, GRADERS),
    "exams:appeals": ("get", None, GRADERS),
    # an empty decision is refused with a message and a redirect to the appeals list
    "exams:appeal_decide": ("post", lambda o: {"pk": o["appeal"].pk}, signed_in(403, assessor=302, hr=302)),
    "exams:hr_attempts": ("get", None, HR_ONLY),
    "exams:item_analysis": ("get", lambda o: {"slug": o["done_exam"].slug}, HR_ONLY),
    "exams:regrade": ("post", lambda o: {"slug": o["done_exam"].slug}, signed_in(403, hr=302)),
}


def make_objects(personas):
    make_bank(category="Permissions/Exam", kinds=["essay", "single"])
    done_exam = make_exam(category="Permissions/Exam", slug="perm-done")
    open_exam = make_exam(category="Permissions/Exam", slug="perm-open")
    learner = personas["learner"]
    done = attempt_submit(attempt=attempt_start(exam=done_exam, user=learner, language="en"), user=learner)
    essay = Response.objects.get(item__attempt=done, needs_grading=True)
    return {
        "done_exam": done_exam,
        "open_exam": open_exam,
        "done": done,
        "open": attempt_start(exam=open_exam, user=learner, language="en"),
        "essay": essay,
        "appeal": Appeal.objects.create(item=essay.item, user=learner, reason="Please look again"),
    }
