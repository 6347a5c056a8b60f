from __future__ import annotations

import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_the_cms_menu_links_to_the_grading_queue_and_the_attempt_list(client, personas):
    client.force_login(personas["hr"])
    html = client.get("/cms/").content.decode()
    assert reverse("exams:hr_attempts") in html
    client.force_login(personas["assessor"])
    assert reverse("exams:grading_queue") in client.get("/cms/").content.decode()
