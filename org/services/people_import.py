"""Import departments and people from CSV, all or nothing.

Every row is checked before anything is written; one bad row means nothing is imported and every problem is
reported with its line number. A full import of people may deactivate the active people missing from the file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import Department, Language, Region, User
from ..roles import Role
from ..signals import people_deactivated

PEOPLE_COLUMNS = [
    "employee_id",
    "username",
    "email",
    "display_name",
    "department",
    "home_region",
    "preferred_language",
    "roles",
    "active",
]
DEPARTMENT_COLUMNS = ["code", "name", "name_zh", "head_employee_id"]
ROLE_ALIASES = {
    "learner": Role.LEARNER,
    "hr": Role.HR_ADMIN,
    "hr admin": Role.HR_ADMIN,
    "head": Role.DEPARTMENT_HEAD,
    "department head": Role.DEPARTMENT_HEAD,
    "assessor": Role.ASSESSOR,
    "editor": Role.CONTENT_EDITOR,
    "content editor": Role.CONTENT_EDITOR,
}
TRUE_WORDS, FALSE_WORDS = {"", "1", "yes", "y", "true", "active"}, {"0", "no", "n", "false", "inactive"}
MAX_ROWS = 20_000


@dataclass
class ImportReport:
    created: int = 0
    updated: int = 0
    deactivated: int = 0
    unchanged: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)


class ImportRejected(Exception):
    """Nothing was imported; `errors` lists (line, message) for every problem found."""

    def __init__(self, errors: list[tuple[int, str]]):
        super().__init__("; ".join(f"line {line}: {msg}" for line, msg in errors[:5]))
        self.errors = errors


def read_csv(data: bytes | str, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    """Decode (UTF-8, with or without BOM), check the header, and return (line number, row) pairs."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportRejected([(1, _("The file is not UTF-8 text. Save it as “CSV UTF-8” and try again."))]) from exc
    # newline="": the csv module splits records itself, so a lone CR (old Mac line ends) is a line end, not an error
    reader = csv.DictReader(io.StringIO(data, newline=""))
    try:
        return _read_rows(reader, required)
    except csv.Error as exc:  # e.g. a field longer than the csv module allows
        raise ImportRejected([(reader.line_num, _("The file is not valid CSV: %(error)s") % {"error": exc})]) from exc


def _read_rows(reader: csv.DictReader, required: list[str]) -> list[tuple[int, dict[str, str]]]:
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in required if c not in header]
    if missing:
        raise ImportRejected([(1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})])
    reader.fieldnames = header
    rows = []
    for row in reader:
        if None in row:
            raise ImportRejected([(reader.line_num, _("This row has more values than the header has columns."))])
        cleaned = {k: (v or "").strip() for k, v in row.items()}
        if any(cleaned.values()):
            rows.append((reader.line_num, cleaned))
        if len(rows) > MAX_ROWS:
            raise ImportRejected([(reader.line_num, _("The file has more than %(n)s rows.") % {"n": MAX_ROWS})])
    if not rows:
        raise ImportRejected([(1, _("The file has no rows to import."))])
    return rows


@transaction.atomic
def departments_import(*, data: bytes | str, dry_run: bool = False) -> ImportReport:
    rows = read_csv(data, ["code", "name"])
    report, seen = ImportReport(), {}
    existing = {d.code: d for d in Department.objects.all()}
    people = dict(User.objects.values_list("employee_id", "pk"))
    for line, row in rows:
        code = row["code"].upper()
        problems = []
        if code in seen:
            problems.append(
                _("Department %(code)s already appears on line %(line)s.") % {"code": code, "line": seen[code]}
            )
        if not row["name"]:
            problems.append(_("The name is empty."))
        head = row.get("head_employee_id", "")
        if head and head not in people:
            problems.append(_("No person has employee ID %(id)s.") % {"id": head})
        dept = existing.get(code) or Department(code=code)
        dept.name, dept.name_zh = row["name"], row.get("name_zh", "")
        dept.head_id = people.get(head) if head else None
        try:
            dept.full_clean(validate_unique=False)
        except ValidationError as exc:
            problems.extend(_messages(exc))
        report.errors.extend((line, p) for p in problems)
        seen[code] = line
        existing[code] = dept
    if report.errors:
        raise ImportRejected(report.errors)
    head_group = Group.objects.get(name=Role.DEPARTMENT_HEAD)
    for code in seen:
        dept = existing[code]
        report.updated += dept.pk is not None
        report.created += dept.pk is None
        dept.save()
        if dept.head_id:
            head_group.user_set.add(dept.head_id)
    if dry_run:
        transaction.set_rollback(True)
    return report


@transaction.atomic
def people_import(
    *, data: bytes | str, deactivate_missing: bool = False, acting_user=None, dry_run: bool = False
) -> ImportReport:
    """Create or update people by employee ID. With `deactivate_missing`, the file is the whole organisation."""
    rows = read_csv(data, ["employee_id", "username", "email"])
    departments = {d.code: d for d in Department.objects.all()}
    regions = {r.code: r for r in Region.objects.all()}
    existing = {u.employee_id: u for u in User.objects.all()}
    usernames = {u.username.lower(): u.employee_id for u in existing.values()}
    report, planned, seen = ImportReport(), [], {}
    for line, row in rows:
        person, roles, problems = _person_from_row(row, existing, departments, regions)
        emp = row["employee_id"]
        if emp in seen:
            problems.append(_("Employee ID %(id)s already appears on line %(line)s.") % {"id": emp, "line": seen[emp]})
        owner = usernames.get(row["username"].lower())
        if row["username"] and owner not in (None, emp):
            problems.append(_("The username %(u)s belongs to %(id)s.") % {"u": row["username"], "id": owner})
        seen[emp] = line
        usernames[row["username"].lower()] = emp
        report.errors.extend((line, p) for p in problems)
        planned.append((person, roles))
    if report.errors:
        raise ImportRejected(report.errors)
    _write_people(planned, report)
    if deactivate_missing:
        report.deactivated = _deactivate_missing(set(seen), acting_user)
    if dry_run:
        transaction.set_rollback(True)
    return report


def _person_from_row(row, existing, departments, regions):
    problems: list[str] = []
    person = existing.get(row["employee_id"]) or User(employee_id=row["employee_id"])
    person.username, person.email = row["username"], row["email"]
    person.display_name = row.get("display_name", "") or person.display_name
    for column, table, attr in (("department", departments, "department"), ("home_region", regions, "home_region")):
        code = row.get(column, "").upper()
        if code and code not in table:
            problems.append(_("Unknown %(column)s: %(code)s.") % {"column": column, "code": code})
        elif code:
            setattr(person, attr, table[code])
    language = row.get("preferred_language", "") or person.preferred_language
    if language.lower() in ("zh", "zh-cn", "zh_hans", "zh-hans"):
        language = Language.CHINESE
    if language not in Language.values:
        problems.append(_("Unknown language: %(value)s (use en or zh-hans).") % {"value": language})
        language = Language.ENGLISH  # reported once above, not again by full_clean
    person.preferred_language = language
    active = row.get("active", "").lower()
    if active not in TRUE_WORDS | FALSE_WORDS:
        problems.append(_("“active” must be yes or no, not %(value)s.") % {"value": row.get("active")})
    person.is_active = active in TRUE_WORDS
    try:
        validate_email(person.email)
    except ValidationError:
        problems.append(_("Not an email address: %(value)s.") % {"value": person.email or "—"})
    roles = []
    for name in filter(None, (r.strip().lower() for r in row.get("roles", "").split(";"))):
        if name in ROLE_ALIASES:
            roles.append(ROLE_ALIASES[name])
        else:
            problems.append(_("Unknown role: %(value)s.") % {"value": name})
    if person._state.adding:
        person.set_unusable_password()
    try:
        person.full_clean(exclude=["password"], validate_unique=False)
    except ValidationError as exc:
        problems.extend(_messages(exc))
    return person, roles or [Role.LEARNER], problems


def _write_people(planned, report: ImportReport) -> None:
    groups = {g.name: g for g in Group.objects.filter(name__in=Role.values)}
    for person, roles in planned:
        adding = person._state.adding
        if not person.is_active and person.deactivated_at is None:
            person.deactivated_at = timezone.now()
        elif person.is_active:
            person.deactivated_at = None
        person.save()
        report.created += adding
        report.updated += not adding
        keep = {Role.DEPARTMENT_HEAD} if person.headed_departments.exists() else set()
        person.groups.set([groups[r] for r in set(roles) | keep])


def _deactivate_missing(present: set[str], acting_user) -> int:
    missing = User.objects.filter(is_active=True, is_superuser=False).exclude(employee_id__in=present)
    if acting_user is not None:
        missing = missing.exclude(pk=acting_user.pk)
    pks = list(missing.values_list("pk", flat=True))
    count = User.objects.filter(pk__in=pks, is_active=True).update(is_active=False, deactivated_at=timezone.now())
    people_deactivated.send(sender=User, pks=pks)
    return count


def _messages(exc: ValidationError) -> list[str]:
    if hasattr(exc, "error_dict"):
        return [f"{field}: {m}" for field, errors in exc.message_dict.items() for m in errors]
    return list(exc.messages)
