# ruff: noqa: E501  (sample files keep their real line lengths)
"""Reading GIFT files as Moodle writes and people type them."""

from __future__ import annotations

from decimal import Decimal

from question_bank.formats import gift

BANK = r"""// Interview etiquette, exported from the old LMS
$CATEGORY: $course$/top/Etiquette/Before the interview

// question: 12  name: Time zones
// [id:etq-7] [tag:level:foundation] [tag:competency:etiquette]
::Time zones::[html]<p>A candidate in <strong>São Paulo</strong> is offered 9:00 Berlin time. What do you check?</p>{
    =%100%Their local time and whether it falls in working hours#Yes\: confirm both zones in the invite.
    ~%-50%Nothing; they applied to a German company#Never assume.
    ~Whether they speak German
    ####[html]<p>Always state both time zones.</p>
}

// comments between questions are ignored
::Rapport:: Which openings build rapport? {
    ~%50%A short introduction of the panel
    ~%50%The agenda and how long it will take
    ~%-100%A question about their family
}

::Start:: An interview should start on time.{TRUE#Late starts cost trust.#Yes, punctuality matters.}

::STAR S:: The S in STAR stands for {=Situation#Right. =%50%Setting#Close.}

::Pairs:: Match each STAR letter to its word. {
    =S -> Situation
    =T -> Task
    =A -> Action
    = -> Reason
}

::Reflection::[markdown]Describe **one** interview you would run differently.{####Think about the candidate's time zone.}

::Escapes:: What does 50% \= half mean in a \{score\}? {=a half \# of the marks ~a whole}

::Plain::[plain]Use <b> tags? {T}

::Numbers:: How many STAR steps are there? {#4}

Just a description with no answers.
"""


def line_of(text):
    return next(n for n, line in enumerate(BANK.splitlines(), start=1) if text in line)


def parsed():
    return gift.parse(BANK)


def by_name(name):
    return next(i for i in parsed().items if i["name"] == name)


def test_every_supported_question_is_read_and_the_others_are_skipped_with_name_and_line():
    result = parsed()
    assert [i["name"] for i in result.items] == [
        "Time zones",
        "Rapport",
        "Start",
        "STAR S",
        "Pairs",
        "Reflection",
        "Escapes",
        "Plain",
    ]
    assert [(p.name, p.line) for p in result.skipped][0] == ("Numbers", line_of("::Numbers::"))
    assert len(result.skipped) == 2 and result.errors == []


def test_categories_drop_moodles_prefix_and_metadata_comments_carry_idnumber_and_tags():
    item = by_name("Time zones")
    assert item["category"] == "Etiquette/Before the interview"
    assert item["idnumber"] == "etq-7"
    assert item["tags"] == ["level:foundation", "competency:etiquette"]
    assert item["line"] == line_of("::Time zones::")


def test_single_choice_keeps_weights_feedback_and_general_feedback():
    item = by_name("Time zones")
    assert item["type"] == "single"
    assert [c["fraction"] for c in item["choices"]] == [Decimal(1), Decimal("-0.5"), Decimal(0)]
    assert item["choices"][0]["feedback"] == "Yes: confirm both zones in the invite."
    assert item["general_feedback"] == "<p>Always state both time zones.</p>"
    assert "<strong>São Paulo</strong>" in item["stem"]


def test_a_choice_question_with_no_equals_sign_is_multiple_response():
    item = by_name("Rapport")
    assert item["type"] == "multi"
    assert [c["fraction"] for c in item["choices"]] == [Decimal("0.5"), Decimal("0.5"), Decimal(-1)]


def test_true_false_feedback_comes_wrong_first_then_right():
    item = by_name("Start")
    assert item["answer"] is True
    assert item["feedback_true"] == "Yes, punctuality matters."
    assert item["feedback_false"] == "Late starts cost trust."


def test_short_answers_keep_their_weights():
    item = by_name("STAR S")
    assert item["type"] == "short"
    assert [(a["text"], a["fraction"]) for a in item["answers"]] == [("Situation", 1), ("Setting", Decimal("0.5"))]


def test_matching_reads_pairs_and_an_empty_left_side_as_a_distractor():
    item = by_name("Pairs")
    assert [p["right"] for p in item["pairs"]] == ["Situation", "Task", "Action"]
    assert item["distractors"] == ["Reason"]


def test_an_empty_answer_block_is_an_essay_and_markdown_becomes_html():
    item = by_name("Reflection")
    assert item["type"] == "essay"
    assert item["stem"] == "<p>Describe <strong>one</strong> interview you would run differently.</p>"
    assert item["general_feedback"] == "<p>Think about the candidate's time zone.</p>"


def test_escaped_characters_are_literal():
    item = by_name("Escapes")
    assert "50% = half" in item["stem"] and "{score}" in item["stem"]
    assert item["choices"][0]["text"] == "a half # of the marks"


def test_plain_text_is_escaped_not_treated_as_html():
    assert "&lt;b&gt;" in by_name("Plain")["stem"]


def test_an_unclosed_answer_block_is_an_error_with_name_and_line():
    result = gift.parse("::Ok:: Fine {T}\n\n::Broken:: never closes {\n=right\n~wrong\n")
    assert [(p.name, p.line) for p in result.errors] == [("Broken", 3)]


def test_a_matching_line_without_an_arrow_is_an_error():
    result = gift.parse("::M:: Match {=a -> b =c -> d =e}\n")
    assert result.errors and result.errors[0].name == "M"


def test_an_empty_category_line_puts_what_follows_in_the_import_s_own_category():
    result = gift.parse("$CATEGORY: top/A\n\n::One::Yes?{T}\n\n$CATEGORY:\n\n::Two::No?{F}\n\n$CATEGORY:")
    assert [(item["name"], item["category"]) for item in result.items] == [("One", "A"), ("Two", "")]
    assert not result.errors
