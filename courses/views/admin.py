"""Staff views mounted in /cms/ (see courses/wagtail_hooks.py)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import render

from courses.translation_status import translation_status
from org.permissions import is_editor, is_hr


def translation_status_view(request):
    # the admin URL hook already requires access to /cms/; the report is for those who edit course pages
    if not (request.user.is_superuser or is_hr(request.user) or is_editor(request.user)):
        raise PermissionDenied
    return render(request, "courses/admin/translation_status.html", {"rows": translation_status()})
