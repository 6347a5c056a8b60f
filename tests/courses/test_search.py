"""The catalogue finds words inside Chinese sentences as well as English words, and filters courses."""

from __future__ import annotations

import re

import pytest

from tests.factories import UserFactory


def titles(client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    return re.findall(r'<h2 class="h5 card-title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def reader(client, seeded):
    client.force_login(UserFactory())
    return client


def test_a_chinese_word_inside_a_summary_sentence_is_found(reader):
    # the summary is "与德国候选人进行模拟面试练习。": 模拟 is in the middle of the sentence
    assert titles(reader, "/zh-hans/courses/?q=模拟") == ["德国情景演练（测试）"]


def test_a_chinese_word_inside_a_lesson_finds_its_course(reader):
    # "隐私" appears only inside a sentence of the lessons' body text
    assert set(titles(reader, "/zh-hans/courses/?q=隐私")) == {"面试基础（测试）", "德国情景演练（测试）"}


def test_english_words_are_found_in_summaries_and_lessons(reader):
    assert titles(reader, "/courses/?q=German") == ["Fixture role play in Germany"]
    assert set(titles(reader, "/courses/?q=punctuality")) == {
        "Fixture basics of interviewing",
        "Fixture role play in Germany",
    }


def test_a_word_that_is_nowhere_finds_nothing(reader):
    assert titles(reader, "/courses/?q=xylophone") == []
    assert titles(reader, "/zh-hans/courses/?q=火箭") == []


def test_filters_narrow_by_competency_level_and_region(reader):
    assert titles(reader, "/courses/?level=advanced") == ["Fixture role play in Germany"]
    assert titles(reader, "/courses/?competency=structured") == ["Fixture basics of interviewing"]
    # a course specific to Germany, and the one that applies everywhere
    assert len(titles(reader, "/courses/?region=DE")) == 2
    assert titles(reader, "/courses/?region=DE&level=foundation") == ["Fixture basics of interviewing"]
