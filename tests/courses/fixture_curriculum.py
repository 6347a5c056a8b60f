"""A small curriculum in the seed FORMAT, for tests only (the real one lives in courses/curriculum/).

Two courses: `fixture-basics` and `fixture-advanced` (which needs the basics first), four lessons each, using every
block the seed format knows. Lesson text is long enough to pass `courses.curriculum.validate`.
"""

from __future__ import annotations

import copy

EN_SENTENCES = [
    "A structured interview asks every candidate the same questions in the same order.",
    "Punctuality matters: join the video call five minutes early and test your microphone.",
    "Listen more than you speak, and take short notes against the evaluation form.",
    "Tell the truth about the job, the team and the hours, and never over-promise.",
    "Ask about what the candidate did, not about what the team did around them.",
]
ZH_SENTENCES = [
    "结构化面试要求按照相同的顺序向每一位候选人提出相同的问题。",
    "守时非常重要：提前五分钟加入视频会议，并提前测试麦克风。",
    "多听少说，并对照面试评价表做简短的记录，避免个人偏见。",
    "如实介绍岗位、团队和工作时间，绝不画饼，也不过度承诺。",
    "我们要尊重每一位候选人的隐私，询问候选人本人做了什么，而不是团队做了什么。",
]


def T(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _paragraphs(n: int) -> dict:
    en = "".join(f"<p>{' '.join(EN_SENTENCES)} ({i + 1})</p>" for i in range(n))
    zh = "".join(f"<p>{''.join(ZH_SENTENCES)}（{i + 1}）</p>" for i in range(n))
    return T(en, zh)


def _body(lesson_number: int) -> list:
    body = [
        ("heading", {"text": T(f"Part {lesson_number}", f"第{lesson_number}部分"), "level": 2}),
        ("rich_text", _paragraphs(5)),
    ]
    extras = {
        1: [
            ("callout", {"kind": "tip", "title": T("Ask local HR", "询问当地人力资源"), "body": _paragraphs(1)}),
            ("checklist", {"title": T("Before the call", "面试之前"), "items": [T("Test the tool", "测试工具")]}),
        ],
        2: [
            (
                "star_example",
                {
                    "title": T("A missed deadline", "错过的截止日期"),
                    "situation": T("The launch slipped.", "产品发布推迟了。"),
                    "task": T("Reset expectations.", "重新设定期望。"),
                    "action": T("I called the client.", "我给客户打了电话。"),
                    "result": T("The client renewed.", "客户续约了。"),
                    "verdict": "strong",
                    "commentary": T("Personal and measurable.", "具体而且可衡量。"),
                },
            ),
            (
                "knowledge_check",
                {"title": T("Check yourself", "自我检测"), "category": "Structured interviewing/STAR", "count": 3},
            ),
        ],
        3: [
            (
                "taboo_card",
                {
                    "topic": T("Marital status", "婚姻状况"),
                    "regions": ["DE"],
                    "why_risky": T("It invites discrimination claims.", "容易引发歧视指控。"),
                    "legal_basis": T("General Equal Treatment Act (AGG).", "德国《一般平等待遇法》。"),
                    "ask_instead": T("Can you work these hours?", "您能按这个时间工作吗？"),
                    "review_status": "unreviewed",
                    "reviewer": "",
                    "reviewed_on": "",
                },
            ),
            (
                "do_dont",
                {
                    "title": T("Talking about the job", "介绍岗位"),
                    "pairs": [{"do": T("Be honest", "实事求是"), "dont": T("Over-promise", "画饼")}],
                },
            ),
        ],
        4: [
            (
                "scenario",
                {
                    "title": T("A late-night call", "深夜的面试"),
                    "setting": T("8 pm for the candidate.", "候选人当地时间晚上八点。"),
                    "roles": [
                        {"role": T("Interviewer", "面试官"), "brief": T("Open warmly.", "热情开场。")},
                        {"role": T("Candidate", "候选人"), "brief": T("You are tired.", "你很疲惫。")},
                    ],
                    "observer_scores": T("Courtesy and structure.", "礼貌与结构。"),
                },
            ),
            ("callout", {"kind": "law", "title": T("The law", "法律"), "body": _paragraphs(1)}),
        ],
    }
    return body + extras[lesson_number]


def _lessons(prefix: str) -> list:
    return [
        {
            "slug": f"{prefix}-lesson-{n}",
            "title": T(f"{prefix.title()} lesson {n}", f"{prefix}第{n}课"),
            "minutes": 10,
            "required": n != 4 or prefix != "advanced",
            "body": _body(n),
        }
        for n in range(1, 5)
    ]


BASICS = {
    "slug": "fixture-basics",
    "order": 10,
    "title": T("Fixture basics of interviewing", "面试基础（测试）"),
    "summary": T("How to run a fair, structured interview abroad.", "如何在海外开展公平的结构化面试。"),
    "competency": "structured",
    "level": "foundation",
    "minutes": 40,
    "regions": [],
    "prerequisites": [],
    "objectives": [T("Run a structured interview", "开展结构化面试"), T("Avoid protected topics", "避开敏感话题")],
    "lessons": _lessons("basics"),
}

ADVANCED = {
    "slug": "fixture-advanced",
    "order": 20,
    "title": T("Fixture role play in Germany", "德国情景演练（测试）"),
    "summary": T("Practise interviews with German candidates.", "与德国候选人进行模拟面试练习。"),
    "competency": "cross_cultural",
    "level": "advanced",
    "minutes": 40,
    "regions": ["DE"],
    "prerequisites": ["fixture-basics"],
    "objectives": [T("Handle a difficult candidate", "应对难缠的候选人")],
    "lessons": _lessons("advanced"),
}


def fixture_courses() -> list[dict]:
    return copy.deepcopy([BASICS, ADVANCED])
