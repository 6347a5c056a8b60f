"""The organisation: people, departments, regions and the notifications sent to people."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

code_validator = RegexValidator(r"^[A-Z0-9_-]{2,20}$", _("Use 2–20 capital letters, digits, '-' or '_'."))


class Language(models.TextChoices):
    ENGLISH = "en", _("English")
    CHINESE = "zh-hans", _("Simplified Chinese")


class Region(models.Model):
    """A country or market where interviews happen, with what schedules and languages depend on."""

    class Weekday(models.IntegerChoices):
        MONDAY = 0, _("Monday")
        TUESDAY = 1, _("Tuesday")
        WEDNESDAY = 2, _("Wednesday")
        THURSDAY = 3, _("Thursday")
        FRIDAY = 4, _("Friday")
        SATURDAY = 5, _("Saturday")
        SUNDAY = 6, _("Sunday")

    code = models.CharField(_("code"), max_length=20, unique=True, validators=[code_validator])
    name = models.CharField(_("name"), max_length=100)
    name_zh = models.CharField(_("name in Chinese"), max_length=100, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    languages = models.JSONField(_("languages"), default=list, blank=True, help_text=_("Language codes, e.g. de, en."))
    weekend_days = models.JSONField(
        _("weekend days"), default=list, blank=True, help_text=_("Weekday numbers, Monday = 0 … Sunday = 6.")
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self) -> str:
        return f"{self.code} · {self.local_name}"

    @property
    def local_name(self) -> str:
        from django.utils.translation import get_language

        return self.name_zh if self.name_zh and (get_language() or "").startswith("zh") else self.name


class Department(models.Model):
    code = models.CharField(_("code"), max_length=20, unique=True, validators=[code_validator])
    name = models.CharField(_("name"), max_length=100)
    name_zh = models.CharField(_("name in Chinese"), max_length=100, blank=True)
    head = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("head"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="headed_departments",
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")

    def __str__(self) -> str:
        return f"{self.code} · {self.local_name}"

    @property
    def local_name(self) -> str:
        from django.utils.translation import get_language

        return self.name_zh if self.name_zh and (get_language() or "").startswith("zh") else self.name


class User(AbstractUser):
    """A person in the organisation. `is_active` is the active flag: a deactivated person cannot log in or interview."""

    employee_id = models.CharField(_("employee ID"), max_length=32, unique=True)
    display_name = models.CharField(_("display name"), max_length=150, blank=True)
    department = models.ForeignKey(
        Department, verbose_name=_("department"), null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    home_region = models.ForeignKey(
        Region, verbose_name=_("home region"), null=True, blank=True, on_delete=models.PROTECT, related_name="people"
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=10, choices=Language.choices, default=Language.ENGLISH
    )
    deactivated_at = models.DateTimeField(_("deactivated at"), null=True, blank=True)
    # set once by `person_erase`: personal fields are anonymised and the account can never sign in again
    erased_at = models.DateTimeField(_("erased at"), null=True, blank=True)

    REQUIRED_FIELDS = ["email", "employee_id"]

    class Meta:
        ordering = ["employee_id"]
        verbose_name = _("person")
        verbose_name_plural = _("people")
        permissions = [
            ("manage_people", _("Can import, edit and deactivate people")),
            ("lead_department", _("Can see and authorise the people of a department they head")),
        ]
        constraints = [
            models.CheckConstraint(condition=~Q(employee_id=""), name="org_user_employee_id_not_blank"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        if self.erased_at is not None:
            from django.utils.translation import gettext

            return gettext("Erased person")
        return self.display_name or self.get_full_name() or self.username


class Notification(models.Model):
    """One message to one person: shown in the app at once, and emailed by a task.

    The row is the record that an email is owed (`email_state=pending`); the task claims it, and a beat sweep
    enqueues it again if the message to the worker was lost.
    """

    class EmailState(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Not emailed")

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("recipient"), on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(_("kind"), max_length=50)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("body"))
    body_html = models.TextField(_("HTML body"), blank=True)
    url = models.CharField(_("link"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    email_state = models.CharField(
        _("email state"), max_length=10, choices=EmailState.choices, default=EmailState.PENDING
    )
    email_attempts = models.PositiveSmallIntegerField(_("email attempts"), default=0)
    email_claimed_at = models.DateTimeField(_("email claimed at"), null=True, blank=True)
    email_sent_at = models.DateTimeField(_("email sent at"), null=True, blank=True)
    email_error = models.TextField(_("last email error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            # the sweep: pending or stuck emails, oldest first
            models.Index(
                fields=["email_state", "created_at"],
                name="org_notif_email_pending_idx",
                condition=Q(email_state__in=["pending", "sending"]),
            ),
            # the unread badge on every page
            models.Index(fields=["recipient", "read_at"], name="org_notif_unread_idx"),
        ]

    def __str__(self) -> str:
        return self.subject


class AuditEvent(models.Model):
    """A security-relevant event, kept for HR and auditors. Append-only: nothing in the product edits or deletes it."""

    class Kind(models.TextChoices):
        LOGIN = "login", _("Signed in")
        LOGIN_FAILED = "login_failed", _("Sign-in failed")
        LOGOUT = "logout", _("Signed out")
        LOCKED_OUT = "locked_out", _("Locked out after failed sign-ins")
        PASSWORD_CHANGED = "password_changed", _("Password changed")
        ROLES_CHANGED = "roles_changed", _("Roles changed")
        PEOPLE_IMPORTED = "people_imported", _("People imported")
        API_KEY_CREATED = "api_key_created", _("API key created")
        API_KEY_REVOKED = "api_key_revoked", _("API key revoked")
        API_KEY_USED = "api_key_used", _("API key used")
        EXPORT = "export", _("Data exported")
        PERSONAL_DATA_EXPORTED = "personal_data_exported", _("Personal data exported")
        PERSON_ERASED = "person_erased", _("Person erased")
        RETENTION_APPLIED = "retention_applied", _("Old records deleted by the retention policy")
        CERTIFICATE_CHANGED = "certificate_changed", _("Certificate status changed")
        OTHER = "other", _("Other")

    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
    kind = models.CharField(_("kind"), max_length=40, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    subject = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("about"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.CharField(_("summary"), max_length=300)
    data = models.JSONField(_("details"), default=dict, blank=True)
    ip_address = models.GenericIPAddressField(_("address"), null=True, blank=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        indexes = [models.Index(fields=["kind", "-at"], name="org_audit_kind_at_idx")]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_kind_display()}: {self.summary}"
