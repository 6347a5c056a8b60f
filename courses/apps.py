from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = _("Courses")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from org.signals import demo_seeded

        from .demo import seed_demo_courses

        demo_seeded.connect(seed_demo_courses, dispatch_uid="courses.seed_demo_courses")
        from . import personal_data

        personal_data.register()
