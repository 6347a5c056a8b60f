"""What every page's navigation needs: the person's roles and unread notifications."""

from __future__ import annotations

from org import permissions


def navigation(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {"authenticated": False}}
    return {
        "nav": {
            "authenticated": True,
            "is_hr": permissions.is_hr(user),
            "is_head": permissions.is_department_head(user),
            "is_assessor": permissions.is_assessor(user),
            "can_use_cms": permissions.can_use_cms(user),
            "unread": user.notifications.filter(read_at__isnull=True).count(),
        }
    }
