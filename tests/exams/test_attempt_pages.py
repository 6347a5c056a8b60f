"""The attempt in the browser's terms: navigation keeps answers, autosave is idempotent, submit grades once."""

from __future__ import annotations

from django.urls import reverse

from exams.models import Attempt, Response
from org.models import Notification


def start(client, exam, learner) -> Attempt:
    client.force_login(learner)
    client.post(reverse("exams:start", args=[exam.slug]))
    return learner.exam_attempts.get()


def test_moving_to_another_page_saves_the_answers_and_coming_back_shows_them(client, exam, learner):
    attempt = start(client, exam, learner)
    item = attempt.items.get(version__question__qtype="short")
    reply = client.post(reverse("exams:attempt", args=[attempt.pk]), {f"q{item.slot}-text": "situation", "goto": "2"})
    assert reply["Location"].endswith("?page=2")
    page = client.get(reverse("exams:attempt", args=[attempt.pk]), {"page": item.page}).content.decode()
    assert 'value="situation"' in page


def test_autosaving_the_same_answer_twice_leaves_one_answer(client, exam, learner):
    attempt = start(client, exam, learner)
    item = attempt.items.get(version__question__qtype="multi")
    for _ in range(2):
        reply = client.post(reverse("exams:autosave", args=[attempt.pk]), {f"q{item.slot}-choices": ["0", "1"]})
        assert "Saved" in reply.content.decode()
    response = Response.objects.get(item=item)
    assert response.answer == {"choices": sorted(item.choice_order["options"][:2])}


def test_unticking_every_box_clears_a_saved_answer(client, exam, learner):
    attempt = start(client, exam, learner)
    item = attempt.items.get(version__question__qtype="multi")
    client.post(reverse("exams:autosave", args=[attempt.pk]), {f"q{item.slot}-choices": ["0"]})
    client.post(reverse("exams:autosave", args=[attempt.pk]), {f"q{item.slot}-present": "1"})
    assert Response.objects.get(item=item).answer == {"choices": []}


def test_submitting_from_a_stale_page_after_submitting_grades_once(client, exam, learner):
    attempt = start(client, exam, learner)
    assert "not answered yet" in client.get(reverse("exams:submit", args=[attempt.pk])).content.decode()
    client.post(reverse("exams:submit", args=[attempt.pk]))
    client.post(reverse("exams:submit", args=[attempt.pk]))
    reply = client.post(reverse("exams:autosave", args=[attempt.pk]), {"q1-text": "x"})
    assert "can no longer be changed" in reply.content.decode()
    assert Notification.objects.filter(recipient=learner, kind="exam_result").count() == 1


def test_the_timer_is_a_static_file_and_the_page_carries_the_server_deadline(client, exam, learner):
    attempt = start(client, exam, learner)
    page = client.get(reverse("exams:attempt", args=[attempt.pk])).content.decode()
    assert "exams/js/attempt.js" in page
    assert 'data-remaining="' in page and "<script>" not in page


def test_a_page_left_open_past_the_deadline_submits_itself(client, exam, learner):
    attempt = start(client, exam, learner)
    client.post(reverse("exams:attempt", args=[attempt.pk]), {"timeup": "1"})
    attempt.refresh_from_db()
    assert attempt.state == Attempt.State.FINISHED


def test_the_attempt_page_autosave_and_page_turn_cost_a_fixed_number_of_queries(
    client, exam, learner, django_assert_max_num_queries
):
    """Warm (every version's content cached): session, person, the attempt, its items with their responses and the
    navigation's four reads for the page (no transaction); session, person, the attempt twice (the second under its
    lock, in a transaction: two more statements here, a savepoint and its release), the posted items and one UPDATE
    for an autosave or a page turn."""
    attempt = start(client, exam, learner)
    url = reverse("exams:attempt", args=[attempt.pk])
    pages = sorted(set(attempt.items.values_list("page", flat=True)))
    for page in pages:
        client.get(url, {"page": page})  # the versions' content is read and cached
    for page in pages:
        with django_assert_max_num_queries(8):
            assert client.get(url, {"page": page}).status_code == 200
    slots = list(attempt.items.filter(page=1, version__question__qtype="short").values_list("slot", flat=True))
    post = {f"q{slot}-text": "an answer" for slot in slots} | {"q1-present": "1", "q2-present": "1"}
    with django_assert_max_num_queries(8):
        assert "Saved" in client.post(reverse("exams:autosave", args=[attempt.pk]), post).content.decode()
    with django_assert_max_num_queries(8):
        assert client.post(url, post | {"goto": "2"}).status_code == 302


def test_the_cached_content_of_a_version_holds_texts_only(client, exam, learner):
    from exams.services.content import version_content

    attempt = start(client, exam, learner)
    for data in version_content(attempt.items.values_list("version_id", flat=True)).values():
        assert set(data) == {"pk", "kind", "name", "stem", "response_template", "texts", "used"}
        for text in data["texts"].values():
            assert all(isinstance(part, str) for part in (text if isinstance(text, tuple) else (text,)))
