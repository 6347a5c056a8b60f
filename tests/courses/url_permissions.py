from courses.models import LessonPage
from tests.courses.builders import make_catalogue
from tests.permissions import HR_ONLY, signed_in

ENTRIES = {
    "courses:catalogue": ("get", None, signed_in(200)),
    "courses:my_learning": ("get", None, signed_in(200)),
    "courses:assign": ("get", None, HR_ONLY),
    # enrolling and completing redirect to the lesson; resuming redirects to where the person left off
    "courses:enrol": ("post", lambda o: {"course_key": o["course"].translation_key}, signed_in(302)),
    "courses:resume": ("get", lambda o: {"course_key": o["course"].translation_key}, signed_in(302)),
    "courses:complete_lesson": ("post", lambda o: {"lesson_key": o["lesson"].translation_key}, signed_in(302)),
}


def make_objects(personas):
    _index, (course,) = make_catalogue()
    return {"course": course, "lesson": LessonPage.objects.child_of(course).first()}
