"""Building blocks of the permission matrix (tests/test_permission_matrix.py).

Each app's tests folder may hold `url_permissions.py` with:

    ENTRIES = {"app:url_name": ("get" | "post", kwargs_factory_or_None, expectations), ...}
    def make_objects(personas) -> dict: ...   # optional: objects the kwargs factories use

where expectations map every persona to a status (LOGIN for a redirect to sign-in).
"""

from __future__ import annotations

LOGIN = "login"
PERSONAS = ["anonymous", "learner", "other_learner", "head", "assessor", "hr", "editor"]


def everyone(status):
    return dict.fromkeys(PERSONAS, status)


def signed_in(status, anonymous=LOGIN, **overrides):
    """`status` for every signed-in persona (with overrides), a redirect to sign-in for the anonymous one."""
    return {**dict.fromkeys(PERSONAS, status), "anonymous": anonymous, **overrides}


HR_ONLY = signed_in(403, hr=200)
HR_AND_HEADS = signed_in(403, hr=200, head=200)
