# ruff: noqa: E501  (sample files keep their real line lengths)
"""Reading Moodle XML, and refusing hostile XML."""

from __future__ import annotations

from decimal import Decimal

import pytest

from question_bank.formats import FormatError, moodle_xml

QUIZ = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category">
    <category><text>$course$/top/Structured interviewing/STAR method</text></category>
  </question>
  <question type="multichoice">
    <name><text>STAR parts</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which belong to STAR?</p><img src="@@PLUGINFILE@@/star.png">]]></text>
      <file name="star.png" path="/" encoding="base64">iVBORw0KGgo=</file>
    </questiontext>
    <generalfeedback format="html"><text>S, T, A, R.</text></generalfeedback>
    <defaultgrade>2.0000000</defaultgrade>
    <idnumber>star-1</idnumber>
    <single>false</single>
    <shuffleanswers>0</shuffleanswers>
    <correctfeedback format="html"><text>Your answer is correct.</text></correctfeedback>
    <partiallycorrectfeedback format="html"><text>Partly.</text></partiallycorrectfeedback>
    <incorrectfeedback format="html"><text>No.</text></incorrectfeedback>
    <answer fraction="50" format="html"><text>Situation</text><feedback format="html"><text>Yes</text></feedback></answer>
    <answer fraction="50" format="html"><text>Result</text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="-100" format="html"><text>Religion</text><feedback format="html"><text>Never</text></feedback></answer>
    <tags><tag><text>competency:structured</text></tag></tags>
  </question>
  <question type="truefalse">
    <name><text>Probe</text></name>
    <questiontext format="html"><text>Follow-up questions are allowed.</text></questiontext>
    <answer fraction="100" format="moodle_auto_format"><text>true</text><feedback><text>Right</text></feedback></answer>
    <answer fraction="0" format="moodle_auto_format"><text>false</text><feedback><text>Probing is the point</text></feedback></answer>
  </question>
  <question type="shortanswer">
    <name><text>Acronym</text></name>
    <questiontext format="html"><text>STAR ends with?</text></questiontext>
    <usecase>1</usecase>
    <answer fraction="100"><text>Result</text><feedback><text></text></feedback></answer>
  </question>
  <question type="essay">
    <name><text>Write</text></name>
    <questiontext format="html"><text>Describe a calibration meeting.</text></questiontext>
    <graderinfo format="html"><text>Look for evidence.</text></graderinfo>
    <responsetemplate format="html"><text>Context:</text></responsetemplate>
  </question>
  <question type="matching">
    <name><text>Letters</text></name>
    <questiontext format="html"><text>Match.</text></questiontext>
    <subquestion format="html"><text>S</text><answer><text>Situation</text></answer></subquestion>
    <subquestion format="html"><text>T</text><answer><text>Task</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>Topic</text></answer></subquestion>
  </question>
  <question type="numerical">
    <name><text>Count</text></name>
    <questiontext format="html"><text>How many?</text></questiontext>
  </question>
</quiz>
"""


def test_a_realistic_quiz_is_read_with_nested_categories_and_every_option():
    result = moodle_xml.parse(QUIZ)
    multi, tf, short, essay, matching = result.items
    assert multi["category"] == "Structured interviewing/STAR method"
    assert multi["type"] == "multi" and multi["shuffle"] is False and multi["mark"] == "2.0000000"
    assert [c["fraction"] for c in multi["choices"]] == [Decimal("0.5"), Decimal("0.5"), Decimal(-1)]
    assert multi["idnumber"] == "star-1" and multi["tags"] == ["competency:structured"]
    assert multi["partial_feedback"] == "<p>Partly.</p>"
    assert tf["answer"] is True and tf["feedback_false"] == "Probing is the point"
    assert short["case_sensitive"] is True
    assert essay["grader_info"] == "<p>Look for evidence.</p>" and essay["response_template"] == "Context:"
    assert matching["distractors"] == ["Topic"] and len(matching["pairs"]) == 2


def test_unsupported_types_are_skipped_with_name_and_line_and_files_are_reported():
    result = moodle_xml.parse(QUIZ)
    line = next(n for n, text in enumerate(QUIZ.splitlines(), start=1) if 'type="numerical"' in text)
    assert [(p.name, p.line) for p in result.skipped] == [("Count", line)]
    assert result.files == ["star.png"]


def test_images_are_not_kept_in_the_stem():
    assert "<img" not in moodle_xml.parse(QUIZ).items[0]["stem"]


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="truefalse"><name><text>&lol3;</text></name></question></quiz>"""

EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>"""


@pytest.mark.parametrize("hostile", [BILLION_LAUGHS, EXTERNAL_ENTITY], ids=["billion-laughs", "external-entity"])
def test_entity_expansion_and_external_entities_are_refused_with_a_clear_error(hostile):
    with pytest.raises(FormatError, match="refused for safety"):
        moodle_xml.parse(hostile)


def test_a_file_that_is_not_xml_or_not_a_quiz_is_refused():
    with pytest.raises(FormatError, match="not well-formed"):
        moodle_xml.parse("<quiz><question>")
    with pytest.raises(FormatError, match="starts with <quiz>"):
        moodle_xml.parse("<questions/>")
