"""Build the demo organisation. Idempotent: running it again changes nothing that is already right."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from org import demo
from org.bootstrap import ensure_base_data
from org.models import Department, Region, User
from org.roles import ensure_roles


class Command(BaseCommand):
    help = "Create the demo departments, regions and users (only where DEMO_DATA_ALLOWED, unless --force)."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="Seed even where DEMO_DATA_ALLOWED is false.")

    def handle(self, *args, force=False, **options):
        if not (settings.DEMO_DATA_ALLOWED or force):
            raise CommandError(
                "Demo data is not allowed here (DEMO_DATA_ALLOWED is false). Use --force to seed anyway."
            )
        ensure_base_data()
        ensure_roles()
        with transaction.atomic():
            self.seed_org()
        # Later apps add their demo content through the `demo_seeded` signal, in dependency order.
        from org.signals import demo_seeded

        demo_seeded.send(sender=self.__class__, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready. Every demo user's password is 'interview-ready':"))
        for username, employee_id, _name, roles, *_ in demo.USERS:
            self.stdout.write(f"  {username:<10} {employee_id}  {', '.join(roles)}")

    def seed_org(self) -> None:
        departments = {}
        for code, name, name_zh in demo.DEPARTMENTS:
            departments[code], _ = Department.objects.update_or_create(
                code=code, defaults={"name": name, "name_zh": name_zh}
            )
        regions = {}
        for code, name, name_zh, tz, languages, weekend in demo.REGIONS:
            regions[code], _ = Region.objects.update_or_create(
                code=code,
                defaults={
                    "name": name,
                    "name_zh": name_zh,
                    "time_zone": tz,
                    "languages": languages,
                    "weekend_days": weekend,
                },
            )
        groups = {g.name: g for g in Group.objects.all()}
        users = {}
        for username, employee_id, name, roles, dept, region, language in demo.USERS:
            first, _, last = name.partition(" ")
            user, created = User.objects.update_or_create(
                username=username,
                defaults={
                    "employee_id": employee_id,
                    "display_name": name,
                    "first_name": first,
                    "last_name": last,
                    "email": f"{username}@demo.example.com",
                    "department": departments[dept],
                    "home_region": regions[region],
                    "preferred_language": language,
                    "is_active": True,
                },
            )
            if created or not user.check_password(demo.DEMO_PASSWORD):
                user.set_password(demo.DEMO_PASSWORD)
                user.save(update_fields=["password"])
            user.groups.set([groups[r] for r in roles])
            users[username] = user
        for dept_code, username in demo.HEADS.items():
            Department.objects.filter(code=dept_code).update(head=users[username])
