from __future__ import annotations

import factory
from django.contrib.auth.models import Group

from org.models import Department, Region, User
from org.roles import Role


class DepartmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Department
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"D{n:03d}")
    name = factory.LazyAttribute(lambda o: f"Department {o.code}")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"R{n:02d}")
    name = factory.LazyAttribute(lambda o: f"Region {o.code}")
    time_zone = "Europe/Berlin"
    languages = ["de"]
    weekend_days = [5, 6]


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    employee_id = factory.Sequence(lambda n: f"T{n:05d}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.com")
    display_name = factory.LazyAttribute(lambda o: o.username.title())
    department = factory.SubFactory(DepartmentFactory)
    home_region = factory.SubFactory(RegionFactory)
    password = factory.django.Password("pw-for-tests")

    @factory.post_generation
    def roles(self, create, extracted, **kwargs):
        if create:
            names = extracted if extracted is not None else [Role.LEARNER]
            self.groups.set(Group.objects.filter(name__in=names))
