from __future__ import annotations

from .pages import Competency, CourseIndexPage, CoursePage, LessonPage, Level
from .progress import Enrolment, LessonCompletion

__all__ = ["Competency", "CourseIndexPage", "CoursePage", "Enrolment", "LessonCompletion", "LessonPage", "Level"]
