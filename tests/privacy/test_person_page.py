from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext


@pytest.mark.django_db
def test_hr_sees_the_profile_with_the_download_and_erase_buttons(client, personas):
    person = personas["learner"]
    client.force_login(personas["hr"])
    html = client.get(f"/people/{person.pk}/").content.decode()
    assert person.employee_id in html and person.email in html
    assert f"/people/{person.pk}/personal-data.json" in html and f"/people/{person.pk}/erase/" in html


@pytest.mark.django_db
def test_a_head_sees_their_peoples_profile_without_the_buttons_and_no_one_elses(client, personas):
    client.force_login(personas["head"])
    html = client.get(f"/people/{personas['learner'].pk}/").content.decode()
    assert personas["learner"].employee_id in html and "personal-data.json" not in html and "/erase/" not in html
    assert client.get(f"/people/{personas['other_learner'].pk}/").status_code == 404


@pytest.mark.django_db
def test_the_people_list_links_each_person_to_their_page(client, personas):
    client.force_login(personas["hr"])
    assert f'href="/people/{personas["learner"].pk}/"' in client.get("/people/").content.decode()


@pytest.mark.django_db
def test_the_person_page_costs_the_same_queries_with_n_and_2n_roles(client, personas):
    person = personas["learner"]
    client.force_login(personas["hr"])

    def count() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(f"/people/{person.pk}/").status_code == 200
        return len(ctx)

    def add_roles(n):
        start = Group.objects.count()
        person.groups.add(*(Group.objects.create(name=f"extra {start + i}") for i in range(n)))

    add_roles(2)
    n = count()
    add_roles(2)
    assert count() == n
