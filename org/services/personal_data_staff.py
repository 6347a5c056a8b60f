"""The staff tools' part of a person's data: Wagtail's admin (/cms/) and Django's admin keep rows about their users,
and django-axes logs sign-ins by username (no foreign key, so matched on the username before it is replaced).

These are not the product's own apps, so `org` (which they all sit beneath) speaks for them.
"""

from __future__ import annotations

from django.apps import apps

from .. import personal_data

# model, user field, fields exported, whether erasure deletes the rows (else they stay as the editorial record)
TABLES = [
    ("wagtailusers.UserProfile", "user", ("preferred_language", "current_time_zone", "theme"), True),
    ("wagtailcore.APIToken", "user", ("name", "created", "last_used_at"), True),
    ("wagtailadmin.EditingSession", "user", ("id", "last_seen_at"), True),
    ("wagtailadmin.FormState", "user", ("object_id", "last_updated_at"), True),
    ("wagtailcore.PageSubscription", "user", ("page_id", "comment_notifications"), True),
    ("wagtailcore.Comment", "user", ("page_id", "text", "created_at"), False),
    ("wagtailcore.Comment", "resolved_by", ("page_id", "resolved_at"), False),
    ("wagtailcore.CommentReply", "user", ("comment_id", "text", "created_at"), False),
    ("wagtailcore.Revision", "user", ("object_str", "created_at"), False),
    ("wagtailcore.PageLogEntry", "user", ("page_id", "action", "timestamp"), False),
    ("wagtailcore.ModelLogEntry", "user", ("label", "action", "timestamp"), False),
    ("wagtailcore.WorkflowState", "requested_by", ("base_content_type_id", "object_id", "status", "created_at"), False),
    ("wagtailcore.TaskState", "finished_by", ("status", "finished_at"), False),
    ("wagtailcore.Page", "owner", ("id", "title"), False),
    ("wagtailcore.Page", "locked_by", ("id", "title", "locked_at"), False),
    ("wagtailcore.UploadedFile", "uploaded_by_user", ("id", "file"), False),
    ("wagtailimages.Image", "uploaded_by_user", ("id", "title", "created_at"), False),
    ("wagtaildocs.Document", "uploaded_by_user", ("id", "title", "created_at"), False),
    ("wagtail_localize.StringTranslation", "last_translated_by", ("id", "updated_at"), False),
    ("wagtail_localize.SegmentOverride", "last_translated_by", ("id", "updated_at"), False),
    ("admin.LogEntry", "user", ("action_time", "object_repr", "action_flag"), False),
]


# sign-in records keyed on the username as typed: the address and browser of every attempt
SIGN_IN_TABLES = [
    ("axes.AccessLog", ("ip_address", "user_agent", "path_info", "attempt_time", "logout_time")),
    ("axes.AccessAttempt", ("ip_address", "user_agent", "path_info", "attempt_time", "failures_since_start")),
    ("axes.AccessFailureLog", ("ip_address", "user_agent", "path_info", "attempt_time", "locked_out")),
]


def _installed(label: str):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def export_staff_tools(person) -> dict:
    out = {}
    for label, field, fields, _delete in TABLES:
        model = _installed(label)
        if model is not None:
            out[f"{label}.{field}"] = personal_data.rows(model.objects.filter(**{field: person}), *fields)
    for label, fields in SIGN_IN_TABLES:
        model = _installed(label)
        if model is not None:
            out[f"{label}.username"] = personal_data.rows(
                model.objects.filter(username=person.username).order_by("attempt_time"), *fields
            )
    return out


def erase_staff_tools(person, actor) -> dict[str, int]:
    out = {}
    for label, field, _fields, delete in TABLES:
        model = _installed(label)
        if model is not None and delete:
            out[f"{label}_deleted"], _detail = model.objects.filter(**{field: person}).delete()
    for label, _fields in SIGN_IN_TABLES:
        model = _installed(label)
        if model is not None:
            out[f"{label}_deleted"], _detail = model.objects.filter(username=person.username).delete()
    return out


STAFF_COVERS = {
    f"{label}.{field}": "deleted" if delete else "kept: the editorial record, naming the pseudonymous account"
    for label, field, _fields, delete in TABLES
}
