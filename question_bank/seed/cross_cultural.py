"""Seeded questions on cross-cultural communication and interview taboos that hold in every region.

Region-specific items are in regions.py, which reuses the small builders defined here so that both modules
produce exactly the FORMAT described in question_bank.seed.
"""

from __future__ import annotations

ROOT = ("Cross-cultural communication and taboos", "跨文化沟通与禁忌")
LAW_NOTE = (
    "<p><em>Not legal advice. Laws change; confirm the current rule with local HR or employment counsel.</em></p>",
    "<p><em>本题不构成法律意见。法律会修订，请向当地人力资源或劳动法律师确认现行规定。</em></p>",
)


def t(en: str, zh: str) -> dict[str, str]:
    """One bilingual leaf."""
    return {"en": en, "zh": zh}


def category(en: str, zh: str) -> dict[str, str]:
    return t(f"{ROOT[0]}/{en}", f"{ROOT[1]}/{zh}")


PROTECTED = category("Protected topics", "受保护话题")
COMMS = category("Communication across cultures", "跨文化沟通")


def tags(difficulty: str, *extra: str, level: str = "foundation") -> list[str]:
    return ["competency:cross_cultural", f"level:{level}", f"difficulty:{difficulty}", *extra]


def choice(fraction: float, text: dict, feedback: dict) -> dict:
    """A choice of a single/multi question, or an accepted answer of a short-answer question."""
    return {"text": text, "fraction": fraction, "feedback": feedback}


def pair(left: dict, right: dict) -> dict:
    return {"left": left, "right": right}


def level(points: int, descriptor: dict) -> dict:
    return {"points": points, "descriptor": descriptor}


def criterion(name: dict, *levels: dict) -> dict:
    return {"criterion": name, "levels": list(levels)}


def with_law_note(feedback: dict) -> dict:
    """Legal statements carry the not-legal-advice note, in both languages."""
    return t(feedback["en"] + LAW_NOTE[0], feedback["zh"] + LAW_NOTE[1])


def question(key, category, purpose, kind, tags, name, stem, general_feedback, *, mark=1, **fields) -> dict:
    defaults = {"single": {"shuffle": True}, "multi": {"shuffle": True}, "short": {"case_sensitive": False}}
    item = {
        "key": key,
        "category": category,
        "purpose": purpose,
        "type": kind,
        "tags": tags,
        "mark": mark,
        "name": name,
        "stem": stem,
        "general_feedback": general_feedback,
    }
    item.update(defaults.get(kind, {}))
    item.update(fields)
    return item


PROTECTED_TOPICS = [
    question(
        "ccc-001",
        PROTECTED,
        "practice",
        "single",
        tags("easy"),
        t("Finding the off-limits list for a new country", "了解新国家的禁忌话题清单"),
        t(
            "<p>Your team will interview its first candidates in a country where you have never hired before. The "
            "interviews start next week. What is the most reliable way to find out which topics you must not "
            "raise?</p>",
            "<p>你的团队下周将在一个从未招过人的国家面试第一批候选人。要弄清哪些话题绝对不能碰，最可靠的做法是什么？"
            "</p>",
        ),
        t(
            "<p>The programme rule is simple: before interviewing in a country, ask local HR which topics are taboo "
            "there. Law and custom differ by country, and sometimes by state or province, so the check has to be "
            "local and has to happen before the first interview.</p>",
            "<p>项目规则很简单：到一个国家面试之前，先向当地人力资源确认当地的禁忌话题。法律和习俗因国家而异，有时还因"
            "州或省而异，所以核对必须在当地做，而且必须在第一场面试之前完成。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Ask the local HR partner, or the employment counsel they work with, for the country's list of "
                    "taboo and legally protected topics, and check your question set against it.",
                    "请当地人力资源伙伴（或与其合作的劳动法律师）提供该国的禁忌话题和受法律保护话题清单，并据此逐条核"
                    "对你的问题。",
                ),
                t(
                    "Right. Local HR knows both the law and the customs, and checking before the interview prevents "
                    "the damage instead of repairing it.",
                    "正确。当地人力资源既懂法律又懂习俗；在面试前核对，是防患于未然，而不是事后补救。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Use the interview guide from headquarters: a good question is good everywhere.",
                    "直接沿用总部的面试指南：好问题放到哪里都适用。",
                ),
                t(
                    "Headquarters' guide reflects home-country law and habits. A question that is routine at home "
                    "(age, family, hometown) can be unlawful or offensive elsewhere.",
                    "总部指南反映的是本国的法律和习惯。在国内司空见惯的问题（年龄、家庭、籍贯），到了别国可能违法，也"
                    "可能冒犯对方。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Ask the first candidate at the start which topics they would rather not discuss.",
                    "在第一位候选人开场时，问对方不希望谈哪些话题。",
                ),
                t(
                    "This shifts your homework onto the candidate, treats candidates differently and shows that you "
                    "do not know the rules.",
                    "这是把你该做的功课推给候选人，造成候选人之间待遇不一，也暴露出你不了解规则。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Read expatriate forums the evening before the first interview.",
                    "在第一场面试前一晚浏览外派人员论坛。",
                ),
                t(
                    "Forums can help with culture, but they are often outdated or wrong on law, and the night before "
                    "leaves no time to fix your questions.",
                    "论坛有助于了解文化，但法律信息常常过时或有误；而且前一晚才看，已来不及修改问题。",
                ),
            ),
        ],
    ),
    question(
        "ccc-002",
        PROTECTED,
        "practice",
        "truefalse",
        tags("easy"),
        t("A candidate volunteers a pregnancy", "候选人主动提及怀孕"),
        t(
            "<p>In an interview for a finance analyst role, the candidate, Mariana, mentions without being asked that "
            "she is four months pregnant. Because you did not ask, you may note this on the evaluation form so that "
            "the panel has the full picture.</p>",
            "<p>在一场财务分析师岗位的面试中，候选人玛丽安娜在没有被问到的情况下提到自己怀孕四个月。因为不是你问的，所"
            "以你可以把这一点写进评价表，让面试小组掌握“完整情况”。</p>",
        ),
        t(
            "<p>Volunteered protected information is still protected. Acknowledge it in a neutral sentence, move on, "
            "and keep it out of notes and scores. If the candidate raises a practical matter such as a start date, HR "
            "handles it after the decision, on the same terms as for anyone else.</p>",
            "<p>候选人主动说出的受保护信息，依然受保护。用一句中性的话回应后继续面试，不写进记录，也不计入评分。如果候"
            "选人提出入职日期之类的实际问题，由人力资源在决定之后按与其他人相同的标准处理。</p>",
        ),
        answer=False,
        feedback_true=t(
            "Not so. How the information reached you does not matter: pregnancy is not job-related evidence, and "
            "writing it down lets it influence the decision and creates a record of a protected characteristic.",
            "并非如此。信息是怎么来的并不重要：怀孕不是与岗位相关的证据；写下来就会影响决定，还会留下涉及受保护特征的"
            "书面记录。",
        ),
        feedback_false=t(
            "Correct. Treat volunteered information exactly like information you may not ask for: acknowledge it "
            "briefly, do not probe, do not record it, and score only job-related evidence.",
            "正确。候选人主动提供的信息，应与你不得询问的信息一样对待：简短回应，不追问，不记录，只按与岗位相关的证据"
            "评分。",
        ),
    ),
    question(
        "ccc-003",
        PROTECTED,
        "practice",
        "matching",
        tags("medium"),
        t("From risky question to job-related question", "把高风险问题换成与岗位相关的问题"),
        t(
            "<p>Each risky question on the left hides a legitimate concern. Match it with the job-related question "
            "that addresses that concern directly.</p>",
            "<p>左边每个高风险问题背后都藏着一个正当的顾虑。请为它匹配一个直接回应该顾虑、且与岗位相关的问题。</p>",
        ),
        t(
            "<p>Behind most risky questions sits a legitimate concern: experience, availability, permission to work, "
            "schedule. Ask about the concern itself, in the same words for every candidate, and the protected topic "
            "never has to come up. The two leftover options are proxies: they sound neutral but reveal age and family "
            "status.</p>",
            "<p>大多数高风险问题背后都有一个正当的顾虑：经验、可投入程度、工作许可、工作时间。直接问这个顾虑本身，并对"
            "每位候选人用同样的措辞，就根本不必触及受保护话题。剩下的两个选项是“变相提问”：听起来中性，实际上会暴露年"
            "龄和家庭状况。</p>",
        ),
        pairs=[
            pair(
                t("“How old are you?”", "“你今年多大？”"),
                t(
                    "“This role needs at least five years of people management. Walk me through yours.”",
                    "“这个岗位要求至少五年带团队的经验，请具体讲讲你的经历。”",
                ),
            ),
            pair(
                t("“Do you have young children?”", "“你有年幼的孩子吗？”"),
                t(
                    "“The role involves travelling about one week a month. Is that workable for you?”",
                    "“这个岗位大约每月出差一周，你能安排吗？”",
                ),
            ),
            pair(
                t("“Where are you originally from?”", "“你老家是哪里的？”"),
                t(
                    "“Do you have the right to work in this country, or would you need sponsorship?”",
                    "“你在本国有合法工作资格吗？还是需要公司办理工作签证？”",
                ),
            ),
            pair(
                t("“Which religious holidays do you observe?”", "“你过哪些宗教节日？”"),
                t(
                    "“Quarter-end close runs on fixed dates listed in the job description. Can you work to that "
                    "schedule?”",
                    "“季末结账在职位描述列明的固定日期进行，你能按这个时间表工作吗？”",
                ),
            ),
        ],
        distractors=[
            t("“What year did you finish secondary school?”", "“你是哪一年高中毕业的？”"),
            t("“Who looks after your family when you travel?”", "“你出差时谁照顾家里？”"),
        ],
    ),
    question(
        "ccc-004",
        PROTECTED,
        "exam",
        "single",
        tags("medium"),
        t("Testing commitment without asking about family", "不问家庭也能考察稳定性"),
        t(
            "<p>Thomas, a hiring manager, worries that the strongest candidate for a three-year market-entry project "
            "might leave early. Which question addresses his concern in a way you could use in any country?</p>",
            "<p>用人经理托马斯担心，一个为期三年的市场进入项目的最佳候选人可能中途离开。下列哪个问题既能回应他的担心，"
            "又能在任何国家使用？</p>",
        ),
        t(
            "<p>Ask about the job's real requirements (duration, travel, schedule, goals), never about the private "
            "circumstances you imagine might get in the way of them.</p>",
            "<p>要问岗位的真实要求（周期、出差、时间安排、目标），而不是问你想象中可能妨碍这些要求的私人情况。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "“This project runs three years. What would you want to have achieved by the end, and what would "
                    "keep you here to see it through?”",
                    "“这个项目为期三年。到结束时你希望取得什么成果？什么会让你坚持到最后？”",
                ),
                t(
                    "Right: it asks about commitment to the role itself and can be put to every candidate in the same "
                    "words.",
                    "正确：它问的是对岗位本身的投入，而且可以用同样的措辞问每一位候选人。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“Are you planning to start a family in the next few years?”",
                    "“你未来几年有生育计划吗？”",
                ),
                t(
                    "Family plans are protected or taboo in every market this programme covers, and the question is "
                    "mostly put to women, which adds sex discrimination.",
                    "生育计划在本项目涉及的所有市场都属于受保护或禁忌话题；而且这个问题多半是问女性的，又构成性别歧视"
                    "。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“Would your spouse's job allow you to stay here long term?”",
                    "“你配偶的工作允许你长期留在这里吗？”",
                ),
                t(
                    "This asks about marital status and a partner's career, neither of which says anything about the "
                    "candidate's fitness for the role.",
                    "这是在问婚姻状况和伴侣的职业，两者都与候选人是否胜任岗位无关。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“How many years do you have left before you retire?”",
                    "“你离退休还有几年？”",
                ),
                t(
                    "An age question in disguise; in several countries it is direct evidence of age discrimination.",
                    "这是变相问年龄；在不少国家，这本身就是年龄歧视的直接证据。",
                ),
            ),
        ],
    ),
    question(
        "ccc-005",
        PROTECTED,
        "exam",
        "multi",
        tags("medium"),
        t("Volunteered information that must not count", "主动透露但不得计入的信息"),
        t(
            "<p>After a panel interview for a customer-success lead, you read through the notes. Which pieces of "
            "information must play no part in the hiring decision, even though the candidate mentioned them herself? "
            "Select all that apply.</p>",
            "<p>一场客户成功负责人岗位的小组面试结束后，你在翻看面试记录。下列哪些信息虽然是候选人自己提到的，但绝不能"
            "影响录用决定？请选出所有正确项。</p>",
        ),
        t(
            "<p>Religion, marital status, age and disability are protected in nearly every market the programme "
            "covers, whoever raises them. Notice periods and job achievements are exactly what the decision should "
            "rest on.</p>",
            "<p>宗教、婚姻状况、年龄和残障在本项目涉及的几乎所有市场都受保护，不论是谁先提起的。通知期和工作成绩，才是"
            "决定应当依据的内容。</p>",
        ),
        choices=[
            choice(
                0.25,
                t(
                    "She fasts during Ramadan and would prefer morning meetings that month.",
                    "她在斋月期间封斋，那个月更希望把会议安排在上午。",
                ),
                t(
                    "Religious practice is protected; a scheduling preference is something to accommodate, not to "
                    "score.",
                    "宗教习俗受保护；时间安排上的偏好应当尽量照顾，而不是拿来评分。",
                ),
            ),
            choice(
                0.25,
                t("She is engaged and the wedding is next spring.", "她已订婚，明年春天结婚。"),
                t("Marital status must not affect the decision.", "婚姻状况不得影响录用决定。"),
            ),
            choice(
                0.25,
                t("She is 52.", "她52岁。"),
                t(
                    "Age is protected in most markets the programme covers, for example by the ADEA in the US and the "
                    "AGG in Germany.",
                    "年龄在本项目涉及的大多数市场都受保护，例如美国的《就业年龄歧视法》（ADEA）和德国的《一般平等待遇"
                    "法》（AGG）。",
                ),
            ),
            choice(
                0.25,
                t(
                    "She has a hearing impairment and uses live captions in video calls.",
                    "她有听力障碍，视频通话时使用实时字幕。",
                ),
                t(
                    "Disability is protected; captions are a simple adjustment and say nothing about her ability to "
                    "do the job.",
                    "残障受保护；实时字幕只是一项简单的便利安排，与她的工作能力毫无关系。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "She has a three-month notice period with her current employer.",
                    "她在现雇主那里有三个月的通知期。",
                ),
                t(
                    "Notice period is legitimate information for planning a start date.",
                    "通知期是安排入职日期所需的正当信息。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "She led the rollout of a ticketing system across four countries.",
                    "她主导了一个工单系统在四个国家的上线。",
                ),
                t(
                    "This is exactly the job-related evidence the decision should rest on.",
                    "这正是录用决定应当依据的岗位相关证据。",
                ),
            ),
        ],
    ),
    question(
        "ccc-006",
        PROTECTED,
        "exam",
        "truefalse",
        tags("medium"),
        t("“I ask everyone, so it's fair”", "“每个人都问，所以公平”"),
        t(
            "<p>A colleague says: “I ask every candidate whether they are married, men and women alike, so the "
            "question is fair and can't cause trouble.” This reasoning is sound.</p>",
            "<p>一位同事说：“我问每个候选人是否已婚，男女都问，所以这个问题是公平的，不会惹麻烦。”这个说法成立。</p>",
        ),
        with_law_note(
            t(
                "<p>Consistency is a virtue for job-related questions only. A question about a protected topic stays "
                "irrelevant however evenly you ask it, and it hands every rejected candidate a reason to suspect the "
                "decision.</p>",
                "<p>“一视同仁”只对与岗位相关的问题才有意义。涉及受保护话题的问题，不论问得多么一致，仍然与岗位无关，还"
                "会让每一位落选者都有理由怀疑录用决定。</p>",
            )
        ),
        answer=False,
        feedback_true=t(
            "Consistency does not make an irrelevant question relevant. US EEOC guidance, for example, describes "
            "questions about marital status as generally not job-related and problematic under Title VII, and our "
            "programme bans the topic everywhere.",
            "一致并不能让无关的问题变得相关。例如，美国平等就业机会委员会（EEOC）的指引指出，询问婚姻状况一般与岗位无"
            "关，在《民权法案》第七章下存在问题；本项目更是在所有地区禁止这一话题。",
        ),
        feedback_false=t(
            "Correct. Asking everyone only means everyone is asked something the decision must not depend on. Drop "
            "the question; if a real concern lies behind it, such as travel or relocation, ask about that instead.",
            "正确。每个人都问，只说明每个人都被问了一个决定不应依赖的问题。删掉它；如果背后有真实顾虑，例如出差或调动"
            "，就直接问这个顾虑。",
        ),
    ),
    question(
        "ccc-007",
        PROTECTED,
        "exam",
        "ordering",
        tags("medium"),
        t("Preparing a first interview round in a new country", "在新国家筹备第一轮面试"),
        t(
            "<p>Put these steps for preparing your first interview round in a new country in the order you should "
            "take them.</p>",
            "<p>请把在新国家筹备第一轮面试的以下步骤按正确顺序排列。</p>",
        ),
        t(
            "<p>Local knowledge comes first, then the question set, then the people who will use it. Only after that "
            "do you interview and score, and the score rests on job-related evidence alone.</p>",
            "<p>先掌握当地规则，再修订问题，然后向所有参与者交底，最后才是面试和评分，而评分只看与岗位相关的证据。</p>",
        ),
        items=[
            t(
                "Ask local HR which topics are taboo or legally protected in that country.",
                "向当地人力资源确认该国有哪些禁忌话题或受法律保护的话题。",
            ),
            t(
                "Review your question set and remove or rephrase every question that touches those topics.",
                "审查问题清单，删除或改写所有触及这些话题的问题。",
            ),
            t(
                "Brief co-interviewers and the interpreter on the off-limits list and the approved questions.",
                "向其他面试官和口译员讲清禁区清单和经审定的问题。",
            ),
            t(
                "Run the interviews with the approved questions and job-related follow-ups only.",
                "面试时只使用审定的问题和与岗位相关的追问。",
            ),
            t(
                "Score each candidate on the evaluation form, using job-related evidence only.",
                "在评价表上为每位候选人评分，只依据与岗位相关的证据。",
            ),
        ],
    ),
    question(
        "ccc-008",
        PROTECTED,
        "exam",
        "short",
        tags("easy"),
        t("The fourth forbidden topic", "第四个禁问话题"),
        t(
            "<p>The programme's rule for interviews abroad names four private topics you must never ask about: "
            "religion, marital status, age, and one more. In its “history” form, a number of US states and cities "
            "also bar employers from asking about it. Which topic? (one word)</p>",
            "<p>本项目的海外面试规则列出了四个绝不能问的隐私话题：宗教、婚姻状况、年龄，还有一个。美国不少州和城市也禁"
            "止雇主询问它的“历史”记录。是哪个话题？（用一个词回答）</p>",
        ),
        with_law_note(
            t(
                "<p>Salary, in particular current or past pay. Pay history carries old inequities into the new offer; "
                "California (Labor Code § 432.3), Massachusetts and New York are among the US jurisdictions that ban "
                "asking for it, and the EU Pay Transparency Directive (EU) 2023/970 bars it once member states "
                "transpose it. Telling the candidate the pay range of the role you are offering is a different "
                "matter, and often expected.</p>",
                "<p>答案是薪资，尤其是现在或过去的薪酬。过往薪酬会把旧的不公平带进新的录用条件；加利福尼亚州（《劳动法"
                "典》第432.3条）、马萨诸塞州和纽约州都在禁止询问薪资历史的美国辖区之列，欧盟《薪酬透明指令》（(EU) "
                "2023/970）在各成员国转化为国内法后也禁止询问。至于告诉候选人所招岗位的薪资范围，则是另一回事，而且往"
                "往是对方期待的。</p>",
            )
        ),
        answers=[
            choice(1.0, t("salary", "薪资"), t("Right: salary.", "正确：薪资。")),
            choice(1.0, t("*salary*", "*薪*"), t("Right: salary.", "正确：薪资。")),
            choice(1.0, t("*pay*", "*工资*"), t("Right: salary, or pay.", "正确：薪资，也就是工资。")),
            choice(1.0, t("*compensation*", "*salary*"), t("Right: salary.", "正确：薪资。")),
        ],
    ),
    question(
        "ccc-009",
        PROTECTED,
        "exam",
        "single",
        tags("hard"),
        t("Physical demands without health questions", "考察体力要求而不问健康"),
        t(
            "<p>You are interviewing for a warehouse shift supervisor in Rotterdam. The role involves walking the "
            "floor for most of an eight-hour shift and sometimes lifting cartons of up to 15 kg. You need to know "
            "whether the candidate can do this. Which question should you ask?</p>",
            "<p>你在为鹿特丹一个仓库的班组主管岗位面试。这个岗位一个八小时的班次中大部分时间都要在仓库里走动，偶尔要搬"
            "运最重15公斤的纸箱。你需要知道候选人能否胜任。应该怎么问？</p>",
        ),
        with_law_note(
            t(
                "<p>Describe the task, then ask about ability. That is the approach the US ADA permits before an "
                "offer, and the UK Equality Act 2010 (s. 60) allows health questions before an offer only for narrow "
                "purposes such as adjustments to the interview or functions intrinsic to the job.</p>",
                "<p>先描述工作任务，再问能否完成。美国《残疾人法》（ADA）允许在录用前这样问；英国《2010年平等法》第"
                "60条只允许在录用前为有限目的询问健康问题，例如为面试提供便利或确认岗位固有职能。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "“You'd be on your feet for most of the shift and lift cartons of up to 15 kg. Can you do that, "
                    "with or without adjustments?”",
                    "“这个岗位大部分时间要站立走动，还要搬运最重15公斤的纸箱。在有或没有便利安排的情况下，你能做到吗？"
                    "”",
                ),
                t(
                    "Right: it describes the actual task and asks about ability, not about health.",
                    "正确：它描述的是实际任务，问的是能力，而不是健康状况。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“Do you have any health problems we should know about?”",
                    "“你有没有什么健康问题需要我们知道？”",
                ),
                t(
                    "A general health question before an offer is restricted in several countries and invites "
                    "information you must not use.",
                    "在录用前泛泛地询问健康状况，在多个国家受到限制，还会引出你不得使用的信息。",
                ),
            ),
            choice(
                0.0,
                t("“How many days were you off sick last year?”", "“你去年请了几天病假？”"),
                t(
                    "Sickness absence is health information and a classic proxy for disability.",
                    "病假记录属于健康信息，也是探问残障状况的典型变相问题。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“Are you taking any medication that could affect your work?”",
                    "“你是否在服用可能影响工作的药物？”",
                ),
                t(
                    "Medication questions are medical inquiries; where allowed at all, they come after a conditional "
                    "offer and through the proper channel.",
                    "询问用药属于医疗问询；即便允许，也只能在附条件录用之后、通过正规渠道进行。",
                ),
            ),
        ],
    ),
    question(
        "ccc-010",
        PROTECTED,
        "exam",
        "multi",
        tags("hard"),
        t("Cleaning up interview notes before the debrief", "复盘会前清理面试记录"),
        t(
            "<p>Before the debrief for a regional HR manager role, you read your co-interviewer's notes on the "
            "candidate, Samira. Which notes must be removed before the panel discusses her? Select all that apply.</p>",
            "<p>在区域人力资源经理岗位的复盘会之前，你翻看了另一位面试官对候选人萨米拉的记录。小组讨论前必须删除哪些记"
            "录？请选出所有正确项。</p>",
        ),
        t(
            "<p>Notes are records: a remark about a protected characteristic can be read later as the reason for a "
            "decision, and in several countries it shifts the burden of proof to the employer. Keep notes to what the "
            "candidate did, said and achieved.</p>",
            "<p>面试记录是书面证据：涉及受保护特征的评语，日后可能被视为录用决定的理由，在好几个国家还会把举证责任转移"
            "给雇主。记录只写候选人做了什么、说了什么、取得了什么成果。</p>",
        ),
        choices=[
            choice(
                0.5,
                t(
                    "“Wears a headscarf; may need prayer breaks during workshops.”",
                    "“戴头巾，工作坊期间可能需要礼拜时间。”",
                ),
                t(
                    "A remark about religion and an assumption about her needs; it has no place in the evaluation.",
                    "这是关于宗教的评语，外加对她需求的揣测，不应出现在评价中。",
                ),
            ),
            choice(
                0.5,
                t(
                    "“Mentioned she looks after her elderly father at weekends.”",
                    "“提到周末要照顾年迈的父亲。”",
                ),
                t(
                    "Family circumstances and caring responsibilities must not feed the decision.",
                    "家庭情况和照护责任不得影响录用决定。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "“Built a competency framework for 600 staff; gave concrete numbers.”",
                    "“为600名员工搭建了胜任力框架，给出了具体数据。”",
                ),
                t("Job-related evidence: keep it.", "这是与岗位相关的证据，应当保留。"),
            ),
            choice(
                -0.5,
                t(
                    "“Asked how performance reviews work and what the promotion path looks like.”",
                    "“询问了绩效考核方式和晋升路径。”",
                ),
                t(
                    "A normal, job-related question from the candidate; nothing to remove.",
                    "这是候选人提出的正常的、与岗位相关的问题，无需删除。",
                ),
            ),
        ],
    ),
    question(
        "ccc-011",
        PROTECTED,
        "exam",
        "matching",
        tags("hard"),
        t("Proxy questions", "变相提问"),
        t(
            "<p>Some questions never name a protected characteristic but reveal it all the same. Match each protected "
            "topic with the innocent-sounding question that exposes it.</p>",
            "<p>有些问题从不直接提及受保护特征，却同样能把它问出来。请把每个受保护话题与暴露它的那个“看似无害”的问题配"
            "对。</p>",
        ),
        t(
            "<p>Proxy questions carry the same risk as direct ones, because the answer gives you the protected "
            "information. The two job-related questions left over are fine: they concern a stated requirement and the "
            "candidate's knowledge of your products.</p>",
            "<p>变相提问与直接提问风险相同，因为答案同样让你得到了受保护信息。剩下的两个问题没有问题：一个针对明确的岗"
            "位要求，一个考察候选人对公司产品的了解。</p>",
        ),
        pairs=[
            pair(t("Age", "年龄"), t("“What year did you finish secondary school?”", "“你是哪一年高中毕业的？”")),
            pair(
                t("National or ethnic origin", "国籍或族裔出身"),
                t("“That's an interesting accent. Where did you grow up?”", "“你的口音很特别，你是在哪儿长大的？”"),
            ),
            pair(
                t("Family status", "家庭状况"),
                t("“Who picks the children up if a meeting runs late?”", "“会议拖晚了，谁去接孩子？”"),
            ),
            pair(
                t("Health or disability", "健康或残障"),
                t("“How many sick days did you take last year?”", "“你去年请了多少天病假？”"),
            ),
        ],
        distractors=[
            t(
                "“Can you join the on-call rota one week in four, as the job posting describes?”",
                "“你能按招聘启事所写，每四周参加一周值班吗？”",
            ),
            t("“Which of our products have you used?”", "“你用过我们哪些产品？”"),
        ],
    ),
    question(
        "ccc-012",
        PROTECTED,
        "exam",
        "truefalse",
        tags("medium"),
        t("When the statute is silent", "当法律没有明文规定时"),
        t(
            "<p>In a country whose anti-discrimination statute does not list marital status as a protected ground, it "
            "is safe to ask candidates about their marriage plans.</p>",
            "<p>如果某国的反歧视法律没有把婚姻状况列为受保护事由，那么询问候选人的结婚计划就是安全的。</p>",
        ),
        with_law_note(
            t(
                "<p>Statutes are a floor, not a map of what is wise. Germany's AGG, for example, does not name "
                "marital status, yet questions about marriage and family planning are treated as potential sex "
                "discrimination there. Our programme's rule applies everywhere regardless.</p>",
                "<p>法律只是底线，而不是判断是否明智的全部依据。以德国《一般平等待遇法》（AGG）为例，它没有列出婚姻状"
                "况，但在德国，询问结婚和生育计划会被视为可能的性别歧视。无论如何，本项目的规则在所有地区都适用。</p>",
            )
        ),
        answer=False,
        feedback_true=t(
            "No. The programme rule forbids the topic everywhere, and such questions are often treated as sex "
            "discrimination because they are mostly put to women. Data-protection law and the candidate's trust are "
            "also at stake.",
            "不对。本项目规则在所有地区都禁止这一话题；而且这类问题大多是问女性的，常被认定为性别歧视。此外还涉及数据"
            "保护法，以及候选人对公司的信任。",
        ),
        feedback_false=t(
            "Correct. A gap in one statute does not make a question safe: other grounds (sex), data-protection rules "
            "and the company's own standard still apply.",
            "正确。某部法律没写，不等于这个问题就安全：其他事由（如性别）、数据保护规则和公司自身的标准依然适用。",
        ),
    ),
    question(
        "ccc-013",
        PROTECTED,
        "exam",
        "essay",
        tags("hard", "kind:scenario", level="advanced"),
        t("Debrief: “she just got married”", "复盘会：“她刚结婚”"),
        t(
            "<p>You chair the debrief for a country finance manager in Kuala Lumpur. The panel's scores put Lim Mei "
            "Ling clearly first. Your co-interviewer, a senior director from headquarters, says: “On paper she's the "
            "best, but she just got married. She'll be on maternity leave within a year. Let's take the runner-up.” "
            "The HR partner is on leave and the decision is due tomorrow.</p><p>Explain what you say and do in the "
            "meeting and afterwards. Give the words you would use.</p>",
            "<p>你主持吉隆坡国家财务经理岗位的复盘会。小组评分显示林美玲明显排名第一。另一位面试官、总部的一位资深总监"
            "说：“纸面上她最好，可她刚结婚，一年之内就会休产假。我们选第二名吧。”负责的人力资源伙伴正在休假，明天就要"
            "出结果。</p><p>请说明你在会上和会后会说什么、做什么，并写出你会使用的原话。</p>",
        ),
        t(
            "<p>A strong answer stops the reasoning at once, names why it cannot be used, brings the panel back to "
            "the scored evidence, keeps the remark out of the decision record and escalates if the director persists, "
            "while treating a senior colleague with respect.</p>",
            "<p>优秀的回答会当场制止这种推理，说明它为什么不能作为依据，把小组拉回到已评分的证据上，确保这番话不进入决"
            "策记录；如果总监坚持，就向上升级处理，同时对资深同事保持尊重。</p>",
        ),
        mark=10,
        rubric=[
            criterion(
                t("Stopping the protected reasoning", "制止基于受保护特征的推理"),
                level(0, t("Lets the remark pass or agrees with it.", "放任这番话或表示认同。")),
                level(
                    1,
                    t(
                        "Objects vaguely or only after the meeting.",
                        "只是含糊地表示异议，或等到会后才提出。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Intervenes in the meeting and says marriage and possible pregnancy cannot be considered.",
                        "在会上介入，指出婚姻和可能的怀孕不能作为考虑因素。",
                    ),
                ),
                level(
                    3,
                    t(
                        "Intervenes at once with clear, calm words, explains that this is discrimination on sex and "
                        "family status under company rules and in most jurisdictions, and takes the point off the "
                        "table.",
                        "立即用清晰、平静的措辞介入，说明根据公司规则以及大多数法域，这属于基于性别和家庭状况的歧视，"
                        "并明确将这一点排除在讨论之外。",
                    ),
                ),
            ),
            criterion(
                t("Returning to the evidence", "回到证据"),
                level(0, t("No reference to the scores or evaluation form.", "完全没有提到评分或评价表。")),
                level(
                    1,
                    t(
                        "Mentions the scores but does not use them to structure the decision.",
                        "提到了评分，但没有用评分来组织决策讨论。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Walks the panel through the scored dimensions and asks for job-related reasons for any "
                        "change.",
                        "带领小组逐项过一遍评分维度，并要求任何调整都必须给出与岗位相关的理由。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and states that the runner-up can only be preferred on documented, job-related "
                        "evidence, never as a way around the objection.",
                        "做到第2级的全部内容，并明确：只有基于有书面记录的岗位相关证据，才能改选第二名，绝不能以此绕开"
                        "刚才的异议。",
                    ),
                ),
            ),
            criterion(
                t("Record and escalation", "记录与升级"),
                level(0, t("No follow-up.", "没有任何后续行动。")),
                level(
                    1,
                    t(
                        "Plans to mention it to HR at some point.",
                        "打算找时间跟人力资源提一下。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Ensures the decision record rests on the evaluation form, pauses the decision if the "
                        "director insists, and reports to HR or the department head the same day.",
                        "确保决策记录以评价表为依据；如果总监坚持，就暂缓决定，并在当天向人力资源或部门负责人报告。",
                    ),
                ),
            ),
            criterion(
                t("Tone and working relationship", "语气与合作关系"),
                level(0, t("Accusatory or humiliating in front of the panel.", "当着小组的面指责或羞辱对方。")),
                level(1, t("Correct but abrupt.", "内容正确，但语气生硬。")),
                level(
                    2,
                    t(
                        "Firm and respectful; offers to talk privately and frames the point as protecting the company "
                        "and the process.",
                        "立场坚定又不失尊重；主动提出私下沟通，把这一点定位为保护公司和流程。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>Look for an intervention during the meeting, not only afterwards. The candidate's marriage and any "
            "assumed pregnancy are protected under company rules and in most jurisdictions; naming a statute is not "
            "required, but any statute cited must be accurate. Award no more than 1 point on the first criterion if "
            "the answer accepts the runner-up without new job-related evidence.</p>",
            "<p>关键看是否在会上当场介入，而不只是事后处理。候选人的婚姻以及被揣测的怀孕，根据公司规则和大多数法域都属"
            "于受保护事项；答案不必引用具体法律，但如有引用必须准确。如果答案在没有新的岗位相关证据的情况下接受了第二"
            "名，第一项标准最多给1分。</p>",
        ),
        response_template=t(
            "<p><strong>What I say in the meeting:</strong> …</p><p><strong>How I bring the panel back to the "
            "evidence:</strong> …</p><p><strong>What I do after the meeting:</strong> …</p>",
            "<p><strong>我在会上说：</strong>……</p><p><strong>我如何把小组拉回证据：</strong>……</p><p><strong>会后我做"
            "什么：</strong>……</p>",
        ),
    ),
    question(
        "ccc-014",
        PROTECTED,
        "exam",
        "single",
        tags("medium"),
        t("A CV with photo, birth date and religion", "附有照片、出生日期和宗教信息的简历"),
        t(
            "<p>You receive a CV from a market where it is customary to include a photo, date of birth, marital "
            "status and religion. What should you do with those details?</p>",
            "<p>你收到一份来自某市场的简历，当地习惯在简历中附上照片、出生日期、婚姻状况和宗教信息。你应该如何处理这些"
            "信息？</p>",
        ),
        t(
            "<p>Local CV customs are not a test of judgement. Read past what you must not use, and let HR decide how "
            "the company's systems store it under local data-protection law.</p>",
            "<p>当地的简历习惯并不能用来考察候选人的判断力。不该使用的信息直接略过，至于公司系统如何按当地数据保护法存"
            "储这些信息，交给人力资源决定。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Assess only the job-related content, leave the personal details out of your notes and scores, "
                    "and ask HR how the company's system should store or hide them under local data-protection law.",
                    "只评估与岗位相关的内容，不把个人信息写进记录和评分，并询问人力资源：按当地数据保护法，公司系统应"
                    "如何存储或隐藏这些信息。",
                ),
                t(
                    "Right: you neither penalise the custom nor use the information.",
                    "正确：既不因当地习惯扣分，也不使用这些信息。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Mark the candidate down for including irrelevant personal details; it shows poor judgement.",
                    "因为写了无关的个人信息给候选人扣分，这说明其判断力不佳。",
                ),
                t(
                    "Including them follows local custom; penalising a custom is unfair and tells you nothing about "
                    "the job.",
                    "写这些信息是当地习惯；因习惯扣分既不公平，也说明不了任何与岗位有关的问题。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Use the details for small talk at the start, for example about the candidate's family.",
                    "开场时借这些信息寒暄，比如聊聊对方的家庭。",
                ),
                t(
                    "This turns protected information into interview content and invites bias.",
                    "这等于把受保护信息变成了面试内容，容易引发偏见。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Refuse to consider the CV until the candidate sends a version without those details.",
                    "在候选人重发一份不含这些信息的简历之前，不予考虑。",
                ),
                t(
                    "An unnecessary burden and a poor candidate experience; you can simply disregard the details.",
                    "这给候选人增加了不必要的负担，体验也很差；其实直接忽略这些信息即可。",
                ),
            ),
        ],
    ),
    question(
        "ccc-015",
        PROTECTED,
        "exam",
        "short",
        tags("medium"),
        t("Naming the disguised question", "给“变相问题”命名"),
        t(
            "<p>What do we call a question that never names a protected characteristic but reliably reveals it, such "
            "as asking for the year someone finished secondary school? (one word is enough)</p>",
            "<p>有一种问题从不直接提及受保护特征，却总能把它问出来，例如问对方哪一年高中毕业。这种问题叫什么？（一个词"
            "即可）</p>",
        ),
        t(
            "<p>A proxy (or disguised, indirect) question. It carries the same risk as asking directly, because the "
            "answer gives you the protected information.</p>",
            "<p>答案是变相提问（也称间接提问、proxy question）。它与直接提问风险相同，因为答案同样让你得到了受保护信息"
            "。</p>",
        ),
        answers=[
            choice(1.0, t("proxy", "变相提问"), t("Right: a proxy question.", "正确：变相提问。")),
            choice(1.0, t("*proxy*", "*变相*"), t("Right: a proxy question.", "正确：变相提问。")),
            choice(
                1.0,
                t("*indirect*", "*间接*"),
                t("Right: an indirect or proxy question.", "正确：间接提问，也就是变相提问。"),
            ),
            choice(
                1.0,
                t("*disguised*", "*proxy*"),
                t("Right: a disguised or proxy question.", "正确：变相提问（proxy question）。"),
            ),
        ],
    ),
    question(
        "ccc-016",
        PROTECTED,
        "exam",
        "multi",
        tags("medium"),
        t("Availability without family questions", "不问家庭也能了解可投入程度"),
        t(
            "<p>A sales role in Mexico City involves frequent travel across Latin America and a few weekend trade "
            "fairs. Which questions test the candidate's availability without touching family status? Select all that "
            "apply.</p>",
            "<p>墨西哥城的一个销售岗位需要经常在拉美各地出差，偶尔还要参加周末展会。下列哪些问题能在不触及家庭状况的前"
            "提下考察候选人的可投入程度？请选出所有正确项。</p>",
        ),
        t(
            "<p>State the requirement and ask whether it works for the candidate. Whether it works because of a "
            "partner, children or anything else is their business.</p>",
            "<p>说明岗位要求，再问候选人能否做到。至于能或不能是因为伴侣、孩子还是别的原因，那是候选人自己的事。</p>",
        ),
        choices=[
            choice(
                0.3333333,
                t(
                    "“The role involves about ten travel days a month across the region. Is that workable for you?”",
                    "“这个岗位每月大约有十天在区域内出差，你能安排吗？”",
                ),
                t("States the requirement and asks about it.", "说明了要求，并就要求本身提问。"),
            ),
            choice(
                0.3333333,
                t(
                    "“There are four weekend trade fairs a year, with time off in lieu. Can you commit to those?”",
                    "“每年有四次周末展会，事后安排调休。你能保证参加吗？”",
                ),
                t("Specific and job-related.", "具体且与岗位相关。"),
            ),
            choice(
                0.3333334,
                t(
                    "“When could you start, given your current notice period?”",
                    "“考虑到你现在的通知期，你最早什么时候能入职？”",
                ),
                t("A legitimate planning question.", "这是安排入职所需的正当问题。"),
            ),
            choice(
                -0.5,
                t(
                    "“Would your partner be comfortable with you travelling that much?”",
                    "“你经常出差，你的伴侣能接受吗？”",
                ),
                t("Asks about marital status and a partner's views.", "这是在问婚姻状况和伴侣的态度。"),
            ),
            choice(
                -0.5,
                t(
                    "“Do you have childcare arranged for the weekends?”",
                    "“周末孩子有人照看吗？”",
                ),
                t("Asks about children: family status.", "这是在问孩子，即家庭状况。"),
            ),
        ],
    ),
    question(
        "ccc-017",
        PROTECTED,
        "exam",
        "ordering",
        tags("hard"),
        t("When a co-interviewer crosses the line", "当另一位面试官越界时"),
        t(
            "<p>In a video interview, your co-interviewer suddenly asks the candidate: “And how old are your kids?” "
            "Put your response in order.</p>",
            "<p>视频面试中，另一位面试官突然问候选人：“你的孩子多大了？”请把你的应对步骤按顺序排列。</p>",
        ),
        t(
            "<p>Protect the candidate first, then the interview, then the decision. The conversation with your "
            "colleague belongs in private, and HR needs to know so the process can be checked and the colleague "
            "coached.</p>",
            "<p>先保护候选人，再保住面试节奏，然后保护决定的公正。与同事的沟通应私下进行；同时要告知人力资源，以便检查"
            "流程并对同事进行辅导。</p>",
        ),
        items=[
            t(
                "Step in at once, calmly, and tell the candidate they do not need to answer that question.",
                "立即、平静地介入，告诉候选人不必回答这个问题。",
            ),
            t(
                "Move on with a job-related question so the interview keeps its rhythm.",
                "接着问一个与岗位相关的问题，让面试保持节奏。",
            ),
            t(
                "Make sure any answer the candidate gave stays out of the notes and the scoring.",
                "确保候选人已给出的任何回答都不进入记录和评分。",
            ),
            t(
                "After the interview, explain to your colleague in private why the question is off limits.",
                "面试结束后，私下向同事说明这个问题为什么不能问。",
            ),
            t(
                "Inform HR so that the incident is on record and the process can be checked.",
                "告知人力资源，让此事留有记录，并对流程进行检查。",
            ),
        ],
    ),
    question(
        "ccc-018",
        PROTECTED,
        "exam",
        "truefalse",
        tags("easy"),
        t("Right to work, not origin", "问工作资格，不问出身"),
        t(
            "<p>Asking “Do you have the legal right to work in this country, or would you need visa sponsorship?” is "
            "generally acceptable, even in countries where questions about nationality or origin are not.</p>",
            "<p>即使在不允许询问国籍或出身的国家，问“你在本国有合法工作资格吗？还是需要公司办理签证？”一般也是可以的。"
            "</p>",
        ),
        with_law_note(
            t(
                "<p>The right to work is a legal requirement of the job, so the question is legitimate when asked of "
                "every candidate. Leave the document check to HR at the stage local rules set, and never use the "
                "answer as a back door to nationality or birthplace.</p>",
                "<p>合法工作资格是岗位的法定要求，只要对每位候选人都这样问，这个问题就是正当的。证件核验交给人力资源，"
                "在当地规定的环节进行；绝不能借这个问题打探国籍或出生地。</p>",
            )
        ),
        answer=True,
        feedback_true=t(
            "Correct. Ask every candidate the same way and let HR handle the documentary check.",
            "正确。对每位候选人用同样的方式提问，证件核验交给人力资源。",
        ),
        feedback_false=t(
            "It is acceptable: the right to work is a genuine legal requirement. What you should avoid is asking "
            "about nationality, birthplace or origin, which this question makes unnecessary.",
            "这个问题是可以问的：合法工作资格是真正的法定要求。需要避免的是询问国籍、出生地或出身，而有了这个问题，那"
            "些问题本来就没有必要。",
        ),
    ),
]

COMMUNICATION = [
    question(
        "ccc-019",
        COMMS,
        "practice",
        "single",
        tags("easy"),
        t("Shanghai to São Paulo", "上海对圣保罗"),
        t(
            "<p>You are in Shanghai (UTC+8). The candidate, Carla Mendes, is in São Paulo (UTC−3; Brazil no longer "
            "uses daylight saving time). Which start time in Shanghai puts the interview in her normal working "
            "morning?</p>",
            "<p>你在上海（UTC+8），候选人卡拉·门德斯在圣保罗（UTC−3；巴西已不再实行夏令时）。上海时间几点开始面试，能"
            "让面试落在她正常工作日的上午？</p>",
        ),
        t(
            "<p>Shanghai is eleven hours ahead of São Paulo. Take the awkward hour on your side rather than the "
            "candidate's, write the time in the candidate's own time zone in the invitation, and check "
            "daylight-saving changes on both sides before every round.</p>",
            "<p>上海比圣保罗早11个小时。不方便的时段应由面试官承担，而不是候选人；邀请函里写明候选人当地时间；每一轮面"
            "试前都要核对双方是否有夏令时调整。</p>",
        ),
        choices=[
            choice(
                1.0,
                t("21:00", "21:00"),
                t(
                    "Right: 21:00 in Shanghai is 10:00 in São Paulo, mid-morning of her working day.",
                    "正确：上海21:00是圣保罗上午10:00，正是她工作日的上午。",
                ),
            ),
            choice(
                0.0,
                t("09:00", "09:00"),
                t("That is 22:00 the previous evening in São Paulo.", "这是圣保罗前一天晚上22:00。"),
            ),
            choice(0.0, t("14:00", "14:00"), t("That is 03:00 in São Paulo.", "这是圣保罗凌晨3:00。")),
            choice(
                0.0,
                t("06:00", "06:00"),
                t(
                    "That is 19:00 the previous evening in São Paulo, after her working day.",
                    "这是圣保罗前一天晚上19:00，她已经下班了。",
                ),
            ),
        ],
    ),
    question(
        "ccc-020",
        COMMS,
        "practice",
        "truefalse",
        tags("easy"),
        t("Whom to look at with an interpreter", "有口译时看着谁说话"),
        t(
            "<p>When you interview through an interpreter, look at the candidate and speak to them directly (“What "
            "did you learn from that project?”), not to the interpreter (“Ask her what she learned”).</p>",
            "<p>通过口译面试时，应看着候选人、直接对候选人说话（“你从那个项目中学到了什么？”），而不是对口译员说（“问"
            "问她学到了什么”）。</p>",
        ),
        t(
            "<p>The interpreter is your voice, not a third party to the conversation. Speaking in the first person to "
            "the candidate keeps the rapport with them and avoids the awkward “he says that she says”.</p>",
            "<p>口译员是你的“声音”，而不是对话中的第三方。用第一人称直接对候选人说话，能保持与候选人的交流感，也避免"
            "“他说她说”的别扭局面。</p>",
        ),
        answer=True,
        feedback_true=t(
            "Correct. Eye contact and direct address belong to the candidate; the interpreter renders your words in "
            "the first person.",
            "正确。目光交流和称呼都应对着候选人；口译员以第一人称转述你的话。",
        ),
        feedback_false=t(
            "It is true. Talking to the interpreter about the candidate in the third person makes the candidate a "
            "spectator in their own interview.",
            "这个说法是对的。对着口译员用第三人称谈论候选人，会让候选人沦为自己面试的旁观者。",
        ),
    ),
    question(
        "ccc-021",
        COMMS,
        "practice",
        "ordering",
        tags("medium"),
        t("Running a cross-border video interview", "组织一场跨境视频面试"),
        t(
            "<p>Put these steps for a cross-border video interview in order.</p>",
            "<p>请把一场跨境视频面试的以下步骤按顺序排列。</p>",
        ),
        t(
            "<p>Agree the time first, then send an invitation that removes any doubt, test the tools, and run the "
            "interview with a clear opening and a clear close. Explaining next steps is good practice; hinting at the "
            "result is not.</p>",
            "<p>先商定时间，再发出不留疑问的邀请，测试工具，然后以清晰的开场和清晰的收尾进行面试。说明后续安排是好做法"
            "；暗示结果则不行。</p>",
        ),
        items=[
            t(
                "Agree a slot with the candidate that avoids their rest periods and local holidays.",
                "与候选人商定时间，避开对方的休息时段和当地节假日。",
            ),
            t(
                "Send the invitation with the time in the candidate's time zone and a link to test the platform.",
                "发出邀请，写明候选人当地时间，并附上平台测试链接。",
            ),
            t(
                "Test audio, screen sharing and the interpreter's channel before the day.",
                "在面试日之前测试音频、屏幕共享和口译频道。",
            ),
            t(
                "Join early, introduce the panel and explain how the interview will run.",
                "提前入会，介绍面试小组成员，并说明面试流程。",
            ),
            t(
                "Close by explaining the next steps and when the candidate will hear back, without hinting at the "
                "outcome.",
                "结束时说明后续步骤和反馈时间，但不暗示结果。",
            ),
        ],
    ),
    question(
        "ccc-022",
        COMMS,
        "exam",
        "single",
        tags("medium"),
        t("“That would be a little difficult”", "“这个有点难”"),
        t(
            "<p>You ask a candidate for a plant-manager role whether she could relocate to your site in another "
            "province. She pauses, smiles and says: “That would be a little difficult.” What should you do?</p>",
            "<p>你问一位工厂经理岗位的候选人，能否调到另一个省的工厂工作。她停顿了一下，笑着说：“这个有点难。”你该怎么"
            "做？</p>",
        ),
        t(
            "<p>In high-context cultures a direct “no” can feel rude, so a refusal often arrives softened. Treat the "
            "answer as a signal to explore, with open questions about conditions, not as a yes or a no.</p>",
            "<p>在高语境文化中，直接说“不”会显得失礼，所以拒绝常常以委婉的方式表达。应把这样的回答当作需要探询的信号，"
            "用开放式问题了解条件，而不是直接当成“是”或“否”。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Treat it as a possible polite “no” and ask an open follow-up: “What would need to be true for a "
                    "move to work for you?”",
                    "把它视为可能的委婉拒绝，并开放式追问：“需要具备哪些条件，调动对你来说才可行？”",
                ),
                t(
                    "Right: you check the meaning without forcing a blunt answer.",
                    "正确：既核实了真实意思，又没有逼对方给出生硬的答复。",
                ),
            ),
            choice(
                0.0,
                t("Record “willing to relocate”: she did not say no.", "记录为“愿意调动”：她并没有说不。"),
                t(
                    "“A little difficult” is often how people decline politely. Recording a yes builds the decision "
                    "on a misunderstanding.",
                    "“有点难”常常就是委婉的拒绝。记成“愿意”，决定就建立在误解之上。",
                ),
            ),
            choice(
                0.0,
                t("Press for a clear answer: “Is that a yes or a no?”", "要求明确答复：“到底行还是不行？”"),
                t(
                    "Forcing a blunt yes or no can cost the candidate face and usually gets you a less honest answer.",
                    "逼对方直接表态，会让候选人丢面子，得到的回答往往也更不真实。",
                ),
            ),
            choice(
                0.0,
                t("Drop the subject and mark her down on flexibility.", "不再追问，并在“灵活性”一项上扣分。"),
                t(
                    "You would be scoring your own assumption. Ask instead.",
                    "这是在给自己的揣测打分。应该去问清楚。",
                ),
            ),
        ],
    ),
    question(
        "ccc-023",
        COMMS,
        "exam",
        "multi",
        tags("medium"),
        t("Telling the truth about the job", "如实介绍岗位"),
        t(
            "<p>A strong candidate for your new Jakarta office asks what the job will really be like. Which "
            "statements are appropriate? Select all that apply.</p>",
            "<p>雅加达新办公室的一位优秀候选人问你，这份工作实际上是什么样的。下列哪些说法是恰当的？请选出所有正确项。"
            "</p>",
        ),
        t(
            "<p>Honest detail builds trust and keeps people after they join; over-promising (“画饼”) and glorifying "
            "overtime do the opposite. Candidates in most markets respond to work-life balance, development and care "
            "for staff, described accurately.</p>",
            "<p>坦诚的细节能建立信任，也能让员工入职后留得住；“画饼”和美化加班则适得其反。在大多数市场，候选人看重的是"
            "工作与生活的平衡、发展机会和对员工的关怀，而且要实事求是地描述。</p>",
        ),
        choices=[
            choice(
                0.5,
                t(
                    "“We opened here eight months ago, so many processes are still being built. You would help build "
                    "them.”",
                    "“我们八个月前才在这里开业，很多流程还在搭建中，你会参与搭建。”",
                ),
                t(
                    "Honest about the stage of the business, and framed as an opportunity.",
                    "如实说明业务所处阶段，并把它讲成一个机会。",
                ),
            ),
            choice(
                0.5,
                t(
                    "“Promotions follow a yearly review. I can't promise a timeline, but I can show you how our last "
                    "two team leads were promoted.”",
                    "“晋升按年度评估进行。我不能承诺具体时间，但可以给你看看我们最近两位组长是怎么晋升的。”",
                ),
                t("Concrete evidence instead of a promise.", "用具体事实代替空口承诺。"),
            ),
            choice(
                -0.5,
                t(
                    "“You'll be country manager within a year. I can almost guarantee it.”",
                    "“一年之内你就能当上国家经理，我几乎可以保证。”",
                ),
                t(
                    "Over-promising (“画饼”): when it does not happen, you lose the hire and your credibility.",
                    "这是“画饼”：一旦落空，你既会失去这位员工，也会失去自己的信誉。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "“We work hard and late here; the best people are still online at midnight, and they love it.”",
                    "“我们这里工作拼、下班晚，最优秀的人半夜还在线，而且乐在其中。”",
                ),
                t(
                    "Praising an overtime culture puts off strong candidates in most markets and can contradict local "
                    "working-time law.",
                    "宣扬加班文化在大多数市场都会劝退优秀候选人，还可能与当地工时法规相抵触。",
                ),
            ),
        ],
    ),
    question(
        "ccc-024",
        COMMS,
        "exam",
        "truefalse",
        tags("medium"),
        t("Silence after the question", "提问后的沉默"),
        t(
            "<p>In an interview conducted through an interpreter, a pause of several seconds after the interpreter "
            "finishes your question usually means the candidate did not understand, so you should rephrase at "
            "once.</p>",
            "<p>在通过口译进行的面试中，口译员转述完你的问题后，候选人沉默了好几秒，这通常说明候选人没听懂，你应该马乱"
            "上换个说法再问。</p>",
        ),
        t(
            "<p>Pauses are normal: the candidate is thinking in one language and may answer in another, and in many "
            "cultures a considered silence shows respect for the question. Wait; if the silence grows long, offer to "
            "repeat or clarify.</p>",
            "<p>停顿很正常：候选人可能在用一种语言思考、用另一种语言回答；在许多文化中，经过思考的沉默也是对问题的尊重"
            "。请耐心等待；如果沉默太久，再主动提出重复或解释问题。</p>",
        ),
        answer=False,
        feedback_true=t(
            "Not usually. Rushing in with a rephrased question interrupts the candidate's thinking and doubles the "
            "interpreter's work.",
            "通常不是。急着换个说法再问，会打断候选人的思考，也让口译员的工作量翻倍。",
        ),
        feedback_false=t(
            "Correct. Give the silence room; rephrase only if it is clear the question was not understood.",
            "正确。给沉默留出空间；只有在确定对方没听懂时才换个说法。",
        ),
    ),
    question(
        "ccc-025",
        COMMS,
        "exam",
        "matching",
        tags("medium"),
        t("Adapting your follow-ups", "调整你的追问方式"),
        t(
            "<p>Match each situation with the most effective interviewer response.</p>",
            "<p>请为每种情况匹配最有效的面试官应对方式。</p>",
        ),
        t(
            "<p>Adapt how you ask, never what you assess. The two leftover options judge the candidate by your home "
            "culture's style instead of by evidence.</p>",
            "<p>可以调整提问方式，但不能改变考察标准。剩下的两个选项都是在用本国文化的风格评判候选人，而不是依据证据。"
            "</p>",
        ),
        pairs=[
            pair(
                t(
                    "The candidate describes every achievement as “we” and credits the team.",
                    "候选人谈每项成绩都说“我们”，把功劳归于团队。",
                ),
                t(
                    "Ask: “What was your own part in that? What did you decide or do yourself?”",
                    "追问：“你本人在其中承担了什么？哪些是你自己决定或亲手做的？”",
                ),
            ),
            pair(
                t(
                    "The candidate gives a long background before reaching the point.",
                    "候选人铺垫了很长的背景才说到重点。",
                ),
                t(
                    "Summarise what you heard and ask one focused follow-up question.",
                    "概括你听到的内容，再提一个聚焦的追问。",
                ),
            ),
            pair(
                t("The candidate avoids saying no directly.", "候选人回避直接说“不”。"),
                t(
                    "Ask open questions about conditions instead of yes-or-no questions.",
                    "用开放式问题了解条件，而不是问“是不是”。",
                ),
            ),
            pair(
                t(
                    "The candidate addresses every answer to the most senior person on the panel.",
                    "候选人每个回答都只对着面试小组中职位最高的人。",
                ),
                t(
                    "Have each panel member introduce their role and ask their own questions.",
                    "请每位面试官介绍自己的角色，并各自提问。",
                ),
            ),
        ],
        distractors=[
            t(
                "Tell the candidate to be more direct, as people are at headquarters.",
                "要求候选人像总部的人那样更直接一些。",
            ),
            t("Score the candidate lower on confidence.", "在“自信”一项上给候选人打低分。"),
        ],
    ),
    question(
        "ccc-026",
        COMMS,
        "exam",
        "short",
        tags("easy"),
        t("“Painting a pie”", "“画饼”"),
        t(
            "<p>The curriculum warns interviewers against “画饼” (literally “painting a pie”) when they sell a role. "
            "What is the usual English word for this behaviour?</p>",
            "<p>课程提醒面试官在介绍岗位时不要“画饼”。“画饼”指的是哪种做法？（用一个词回答）</p>",
        ),
        t(
            "<p>Over-promising: describing promotions, pay or working conditions the company cannot guarantee. It "
            "wins a yes today and a resignation in six months.</p>",
            "<p>答案是过度承诺（over-promising）：描述公司无法保证的晋升、薪酬或工作条件。它换来的是今天的一声“好”，和"
            "半年后的一封辞职信。</p>",
        ),
        answers=[
            choice(1.0, t("over*promis*", "过度承诺"), t("Right: over-promising.", "正确：过度承诺。")),
            choice(1.0, t("*overpromis*", "*过度承诺*"), t("Right: over-promising.", "正确：过度承诺。")),
            choice(
                1.0,
                t("oversell*", "over*promis*"),
                t("Right: overselling, or over-promising.", "正确：过度承诺（over-promising）。"),
            ),
            choice(
                1.0,
                t("*empty promise*", "*空头支票*"),
                t("Right: empty promises, or over-promising.", "正确：开空头支票，也就是过度承诺。"),
            ),
        ],
    ),
    question(
        "ccc-027",
        COMMS,
        "exam",
        "ordering",
        tags("medium"),
        t("Working with an interpreter", "与口译员配合"),
        t(
            "<p>Put these steps for an interview with a consecutive interpreter in order.</p>",
            "<p>请把使用交替传译的面试中的以下步骤按顺序排列。</p>",
        ),
        t(
            "<p>The briefing happens before the candidate arrives; the introduction opens the interview; short "
            "segments and complete renderings keep the exchange accurate; the interpreter's view on nuance is "
            "collected after the candidate leaves.</p>",
            "<p>交底在候选人到场之前完成；介绍口译员是面试的开场；分段简短、完整转述才能保证交流准确；口译员对细微之处"
            "的观察，在候选人离开后再听取。</p>",
        ),
        items=[
            t(
                "Brief the interpreter beforehand on the role, key terms and confidentiality.",
                "事先向口译员介绍岗位、关键术语和保密要求。",
            ),
            t(
                "At the start, introduce the interpreter and explain how the turns will work.",
                "开场时介绍口译员，并说明轮流发言的方式。",
            ),
            t(
                "Ask each question in short segments and pause for the interpretation.",
                "每个问题都分成简短的段落来说，并停下来等待口译。",
            ),
            t(
                "Let the candidate's full answer be interpreted before you follow up.",
                "等候选人的完整回答翻译完，再进行追问。",
            ),
            t(
                "After the candidate leaves, ask the interpreter about nuances they noticed.",
                "候选人离开后，向口译员了解其注意到的细微之处。",
            ),
        ],
    ),
    question(
        "ccc-028",
        COMMS,
        "exam",
        "single",
        tags("hard"),
        t("“So, did I get it?”", "“那我通过了吗？”"),
        t(
            "<p>At the end of a final-round interview that went very well, the candidate, Rafael, asks with a smile: "
            "“So, did I get it?” What is the best reply?</p>",
            "<p>一场进展非常顺利的终面快结束时，候选人拉斐尔笑着问：“那我通过了吗？”最好的回答是什么？</p>",
        ),
        t(
            "<p>Never reveal the outcome in the interview: the panel has not decided, other candidates are still in "
            "the process, and a hint is easily heard as a promise. Give a warm close, the next step and a date, and "
            "keep to it.</p>",
            "<p>面试中绝不透露结果：小组尚未决定，其他候选人还在流程中，一句暗示很容易被听成承诺。用温和的方式收尾，告"
            "知下一步和具体时间，并说到做到。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "“Thank you, I enjoyed this. We're seeing two more candidates this week and will decide by "
                    "Friday; HR will call you either way by Monday.”",
                    "“谢谢你，今天聊得很愉快。这周我们还要见两位候选人，周五前做决定；无论结果如何，人力资源都会在下周"
                    "一前给你打电话。”",
                ),
                t(
                    "Warm, honest about the process and specific about the next step.",
                    "态度友好，如实说明流程，下一步也很具体。",
                ),
            ),
            choice(
                0.0,
                t(
                    "“Off the record, you're our favourite. Just don't accept anything else yet.”",
                    "“私下说，你是我们最看好的。先别接别的offer。”",
                ),
                t(
                    "Reveals the outcome and asks for a commitment you may not be able to honour; if the panel "
                    "decides otherwise, you damage the candidate and the brand.",
                    "这等于透露了结果，还要求对方做出你未必兑现得了的承诺；一旦小组另有决定，既伤害候选人，也损害雇主"
                    "品牌。",
                ),
            ),
            choice(
                0.0,
                t("“Honestly, I'm not sure you're the right fit.”", "“说实话，我不太确定你是否合适。”"),
                t(
                    "Reveals a negative view before the panel has decided, and in a hurtful way.",
                    "在小组决定之前就透露了负面看法，而且方式伤人。",
                ),
            ),
            choice(
                0.0,
                t("“I'm not allowed to say anything.”", "“我不能透露任何信息。”"),
                t(
                    "Right in substance but curt, and it leaves him without a timeline. Give next steps and a date.",
                    "实质上没错，但太生硬，也没有告诉对方时间安排。应说明下一步和具体日期。",
                ),
            ),
        ],
    ),
    question(
        "ccc-029",
        COMMS,
        "exam",
        "multi",
        tags("hard"),
        t("“How many hours do people really work?”", "“大家实际工作多长时间？”"),
        t(
            "<p>Lena, a candidate for a product-owner role in Munich, asks: “How many hours do people really work in "
            "this team?” Your team has an intense release week every quarter. Which answers are appropriate? Select "
            "all that apply.</p>",
            "<p>慕尼黑产品负责人岗位的候选人莱娜问：“这个团队的人实际每周工作多长时间？”你的团队每个季度都有一周紧张的"
            "发布期。下列哪些回答是恰当的？请选出所有正确项。</p>",
        ),
        t(
            "<p>Give the real picture, including the hard weeks, and show how extra hours are handled. Work-life "
            "balance is a strong selling point in Germany and many other markets, and German working-time law sets "
            "limits, so an answer that praises overtime or hides it does harm either way.</p>",
            "<p>要给出真实情况，包括忙碌的那几周，并说明加班如何处理。在德国和许多其他市场，工作与生活的平衡是很有说服"
            "力的卖点，德国的工时法规也有明确上限；所以无论是美化加班还是隐瞒加班，都会适得其反。</p>",
        ),
        choices=[
            choice(
                0.5,
                t(
                    "“Core hours are 10 to 4 and most weeks are around 40 hours. Release weeks run longer; the extra "
                    "hours are recorded and taken back as time off.”",
                    "“核心工作时间是10点到4点，大多数周在40小时左右。发布周会更长，多出的工时会记录下来并安排调休。”",
                ),
                t(
                    "Accurate, including the hard part, and explains how it is handled.",
                    "准确，包括辛苦的部分，并说明了处理方式。",
                ),
            ),
            choice(
                0.5,
                t(
                    "“People take their full annual leave, the team lead included. I can put you in touch with a team "
                    "member if you'd like to hear it from them.”",
                    "“大家都会休完年假，组长也一样。如果你愿意，我可以安排你和团队成员聊聊，听听他们怎么说。”",
                ),
                t("Offers evidence, not just reassurance.", "提供的是证据，而不只是安慰。"),
            ),
            choice(
                -0.5,
                t(
                    "“We're building something big, so we expect people to be reachable in the evenings and at "
                    "weekends; the best people love that.”",
                    "“我们在做一件大事，所以希望大家晚上和周末都能随时联系上；最优秀的人都喜欢这样。”",
                ),
                t(
                    "Glorifies overtime, which the programme tells you to avoid.",
                    "美化加班，这是本项目明确要求避免的。",
                ),
            ),
            choice(
                -0.5,
                t("“Don't worry, nobody ever works late here.”", "“放心，我们这里从来没人加班。”"),
                t(
                    "Untrue given the release weeks: over-promising that she will discover in her first quarter.",
                    "考虑到发布周，这并不属实：这是过度承诺，她入职第一个季度就会发现。",
                ),
            ),
        ],
    ),
    question(
        "ccc-030",
        COMMS,
        "exam",
        "essay",
        tags("hard", "kind:scenario", level="advanced"),
        t("Modest answers, harsh score", "谦逊的回答，严苛的评分"),
        t(
            "<p>You sit on a panel for a senior supply-chain planner. The candidate, Kenta Morimoto, answers every "
            "behavioural question by describing what “the team” achieved, rarely says “I”, and calls a 14% cut in "
            "stock-outs “a modest improvement”. After the interview your co-panelist, Mark, wants to give him 1 out "
            "of 5 for ownership: “He never took credit for anything. No leadership.”</p><p>Explain how you would have "
            "gathered better evidence during the interview, and how you handle the scoring discussion with Mark.</p>",
            "<p>你是一位高级供应链计划员岗位的面试官。候选人森本健太回答每个行为面试问题时都在讲“团队”取得了什么，很少"
            "说“我”，还把缺货率降低14%称为“小小的改进”。面试结束后，另一位面试官马克想在“主人翁意识”一项上给他5分制的"
            "1分：“他从不把任何功劳揽到自己身上，没有领导力。”</p><p>请说明你在面试中本可以如何获取更好的证据，以及你"
            "如何与马克讨论评分。</p>",
        ),
        t(
            "<p>Modesty is a communication style, not missing evidence. The remedy is better probing during the "
            "interview (the Action and Result of STAR), then scoring on what was found, with the panel calibrating "
            "against the scale rather than against one interviewer's cultural expectations.</p>",
            "<p>谦逊是一种沟通风格，并不代表缺乏证据。补救办法是在面试中更好地追问（STAR中的“行动”和“结果”），再依据追"
            "问得到的证据评分；面试小组要对照评分标准校准，而不是对照某位面试官的文化预期。</p>",
        ),
        mark=10,
        rubric=[
            criterion(
                t("Probing for individual contribution", "追问个人贡献"),
                level(0, t("No probing technique described.", "没有描述任何追问技巧。")),
                level(1, t("Generic advice such as “ask more questions”.", "只有泛泛的建议，如“多问几个问题”。")),
                level(
                    2,
                    t(
                        "Specific follow-ups on his own actions and decisions.",
                        "针对他本人的行动和决策提出具体追问。",
                    ),
                ),
                level(
                    3,
                    t(
                        "Specific, non-leading follow-ups on Action and Result (“What did you do first?”, “Whose "
                        "decision was it?”, “What changed because of your part?”), asked in a way that lets him stay "
                        "modest and still answer.",
                        "针对“行动”和“结果”提出具体、非诱导性的追问（“你第一步做了什么？”“这是谁做的决定？”“因为你的参"
                        "与，什么发生了变化？”），让他既能保持谦逊，又能给出答案。",
                    ),
                ),
            ),
            criterion(
                t("Fair, evidence-based scoring", "公正、基于证据的评分"),
                level(
                    0,
                    t(
                        "Accepts Mark's score or replaces it with a gut feeling.",
                        "接受马克的评分，或用直觉评分取而代之。",
                    ),
                ),
                level(
                    1,
                    t(
                        "Disagrees but does not refer to evidence or the scale.",
                        "表示不同意，但没有引用证据或评分标准。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Points to the concrete evidence available (the 14% result, the actions described) and the "
                        "anchors of the rating scale.",
                        "指出已有的具体证据（14%的成果、描述过的行动）以及评分标准中的锚定描述。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and proposes a score the evidence supports, or marks the dimension “insufficient "
                        "evidence” with a follow-up step rather than a low score.",
                        "做到第2级的全部内容，并提出证据支持的分数；或将该维度标为“证据不足”并安排后续核实，而不是直接"
                        "打低分。",
                    ),
                ),
            ),
            criterion(
                t("Cultural awareness without stereotyping", "有文化意识但不刻板化"),
                level(
                    0,
                    t(
                        "Ignores culture, or explains him by national stereotype.",
                        "忽视文化因素，或用国别刻板印象解释他的表现。",
                    ),
                ),
                level(
                    1,
                    t(
                        "Mentions that some cultures value modesty, without tying it to method.",
                        "提到有些文化推崇谦逊，但没有与面试方法联系起来。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Treats modesty as a style to work with through better questions, without assuming anything "
                        "about his ability.",
                        "把谦逊视为需要通过更好的提问来应对的风格，不对他的能力作任何假设。",
                    ),
                ),
            ),
            criterion(
                t("Handling the colleague and calibration", "与同事沟通并校准评分"),
                level(
                    0,
                    t(
                        "Avoids the discussion or overrules Mark without explanation.",
                        "回避讨论，或不加解释地否决马克。",
                    ),
                ),
                level(1, t("Argues with Mark without a shared reference.", "与马克争论，但没有共同的参照标准。")),
                level(
                    2,
                    t(
                        "Calibrates with Mark against the scale, agrees how to close any evidence gap and records the "
                        "reasoning.",
                        "与马克一起对照评分标准校准，商定如何补足证据缺口，并记录理由。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>Reward answers that move from interpretation to method: better STAR probing during the interview and "
            "calibration afterwards. Penalise answers that replace one stereotype (“he lacks leadership”) with "
            "another (“Japanese candidates are always modest, so add two points”). A follow-up call to close an "
            "evidence gap is a good answer, provided it is offered fairly.</p>",
            "<p>对从“解读”转向“方法”的答案给予加分：面试中用STAR更好地追问，面试后进行校准。如果答案用一种刻板印象（"
            "“他缺乏领导力”）替换另一种（“日本候选人总是谦虚，所以加两分”），应当扣分。通过后续电话补足证据缺口是好的"
            "做法，前提是对所有候选人一视同仁。</p>",
        ),
        response_template=t(
            "<p><strong>Questions I would have asked in the interview:</strong> …</p><p><strong>What I say to Mark, "
            "and the score I propose:</strong> …</p><p><strong>How we record and close any gap:</strong> …</p>",
            "<p><strong>面试中我本可以问的问题：</strong>……</p><p><strong>我对马克说的话，以及我建议的分数："
            "</strong>……</p><p><strong>我们如何记录并补足证据缺口：</strong>……</p>",
        ),
    ),
    question(
        "ccc-031",
        COMMS,
        "exam",
        "truefalse",
        tags("easy"),
        t("Opening the interview", "面试开场"),
        t(
            "<p>It is good practice to open an interview by introducing the panel, saying how long it will take and "
            "telling the candidate there will be time for their questions at the end.</p>",
            "<p>面试开场时介绍面试小组、说明面试时长，并告诉候选人最后会留出时间让其提问，这是好的做法。</p>",
        ),
        t(
            "<p>A clear opening lowers anxiety, which matters even more across languages and cultures, and it makes "
            "the interview predictable for every candidate.</p>",
            "<p>清晰的开场能缓解紧张情绪，在跨语言、跨文化的面试中尤其重要；它也让每位候选人对面试流程都有相同的预期。"
            "</p>",
        ),
        answer=True,
        feedback_true=t(
            "Correct. Structure shown up front is a courtesy and a fairness measure at the same time.",
            "正确。一开始就讲清结构，既是礼貌，也是保证公平的做法。",
        ),
        feedback_false=t(
            "It is good practice: candidates who know the plan give better evidence.",
            "这是好的做法：了解流程的候选人能给出更好的证据。",
        ),
    ),
    question(
        "ccc-032",
        COMMS,
        "exam",
        "single",
        tags("medium"),
        t("A name you are unsure of", "拿不准的名字"),
        t(
            "<p>Your next candidate is Oluwaseun Adeyemi-Okafor. You are not sure how to pronounce the name or how "
            "she prefers to be addressed. What should you do?</p>",
            "<p>下一位候选人叫奥卢瓦塞恩·阿德耶米-奥卡福（Oluwaseun Adeyemi-Okafor）。你不确定这个名字怎么念，也不知道"
            "她希望别人怎么称呼她。你该怎么做？</p>",
        ),
        t(
            "<p>Asking once, early and simply, is respectful everywhere. Guessing, shortening or avoiding a name all "
            "tell the candidate you did not think it worth the effort.</p>",
            "<p>在开场时简单地问一次，在任何文化中都是尊重。猜测、简化或干脆回避对方的名字，都等于告诉候选人：你觉得不"
            "值得为此费心。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "At the start, ask how she would like to be addressed and how to pronounce her name, then use it.",
                    "开场时询问她希望如何被称呼、名字怎么念，然后照此称呼她。",
                ),
                t("Right: simple and respectful.", "正确：简单又尊重。"),
            ),
            choice(
                0.0,
                t("Shorten it to “Seun” to keep things friendly.", "简称她为“塞恩”，显得亲切。"),
                t(
                    "Choosing a nickname for someone is presumptuous; some people use a short form, but that is "
                    "theirs to offer.",
                    "替别人起昵称是一种冒昧；有些人确实用简称，但那应由本人提出。",
                ),
            ),
            choice(
                0.0,
                t("Avoid using her name during the interview.", "面试中尽量不叫她的名字。"),
                t("Avoidance is noticeable and feels cold.", "刻意回避很容易被察觉，也显得冷淡。"),
            ),
            choice(
                0.0,
                t(
                    "Call her “Ms Okafor”: the last part is probably the family name.",
                    "称她为“奥卡福女士”：最后一部分大概是姓。",
                ),
                t(
                    "Name order and compound surnames vary; an assumption can easily be wrong.",
                    "姓名顺序和复姓的用法因文化而异，凭猜测很容易出错。",
                ),
            ),
        ],
    ),
    question(
        "ccc-033",
        COMMS,
        "exam",
        "multi",
        tags("medium"),
        t("Awareness or stereotype?", "文化意识还是刻板印象？"),
        t(
            "<p>Which statements describe cultural awareness rather than stereotyping? Select all that apply.</p>",
            "<p>下列哪些说法体现的是文化意识，而不是刻板印象？请选出所有正确项。</p>",
        ),
        t(
            "<p>Cultural knowledge tells you which questions to ask and how to read an answer; it never tells you "
            "what this person can do. The standard stays the same for everyone.</p>",
            "<p>文化知识告诉你该问什么、如何理解回答，但它永远不能告诉你眼前这个人能做什么。评判标准对每个人都一样。"
            "</p>",
        ),
        choices=[
            choice(
                0.5,
                t(
                    "Cultural patterns are starting hypotheses to check with the person in front of you, not "
                    "conclusions about them.",
                    "文化规律只是需要与眼前这个人核实的初步假设，而不是对他的结论。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.5,
                t(
                    "Keep the same core questions and scoring for every candidate, and adapt how you phrase "
                    "follow-ups so each can show their best evidence.",
                    "对每位候选人使用相同的核心问题和评分标准，同时调整追问的措辞，让每个人都能展示最好的证据。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                -0.5,
                t(
                    "Candidates from hierarchical cultures seldom take initiative, so expect less and lower the bar.",
                    "来自等级文化的候选人很少主动做事，所以要降低期望和标准。",
                ),
                t(
                    "A stereotype that also lowers the standard for one group.",
                    "这是刻板印象，还对某一群体降低了标准。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "Candidates from direct cultures who disagree with you are being disrespectful and should be "
                    "marked down on teamwork.",
                    "来自直率文化的候选人如果与你意见不同，就是不尊重人，应在团队合作一项上扣分。",
                ),
                t("Scores a communication style, not evidence.", "这是在给沟通风格打分，而不是依据证据。"),
            ),
        ],
    ),
    question(
        "ccc-034",
        COMMS,
        "exam",
        "short",
        tags("medium"),
        t("Where the personal contribution hides", "个人贡献藏在哪里"),
        t(
            "<p>In a STAR answer (Situation, Task, Action, Result), a candidate from a collectivist culture talks "
            "only about what “we” did. Which STAR element should you probe to find their personal contribution? (one "
            "word)</p>",
            "<p>在STAR回答（情境、任务、行动、结果）中，一位来自集体主义文化的候选人只讲“我们”做了什么。要找出其个人贡"
            "献，你应该追问STAR中的哪个要素？（一个词）</p>",
        ),
        t(
            "<p>Action: what the candidate personally did, decided or changed. Asking “What was your part?” lets a "
            "modest candidate answer without bragging.</p>",
            "<p>答案是“行动”（Action）：候选人本人做了什么、决定了什么、改变了什么。问一句“你在其中负责哪部分？”，能让"
            "谦逊的候选人不必自夸也能回答。</p>",
        ),
        answers=[
            choice(1.0, t("Action", "行动"), t("Right: Action.", "正确：行动。")),
            choice(1.0, t("Actions", "Action"), t("Right: Action.", "正确：行动（Action）。")),
            choice(1.0, t("A", "A"), t("Right: A for Action.", "正确：A，即行动。")),
        ],
    ),
    question(
        "ccc-035",
        COMMS,
        "exam",
        "matching",
        tags("hard"),
        t("How holiday dates move", "节假日日期如何变化"),
        t(
            "<p>You are planning interviews across several markets for the coming year. Match each holiday period "
            "with how its dates are set.</p>",
            "<p>你在规划明年在多个市场的面试。请把每个节假日与其日期的确定方式配对。</p>",
        ),
        t(
            "<p>Never copy last year's dates. Islamic holidays move about 11 days earlier each year, Lunar New Year "
            "and Carnaval move within a window, and even fixed-date clusters such as Golden Week shift their bridge "
            "days. Check the current year with local HR.</p>",
            "<p>千万不要照搬去年的日期。伊斯兰节日每年提前约11天，农历新年和狂欢节在一定范围内浮动，就连黄金周这样日期"
            "固定的假期，其连休方式每年也不同。请向当地人力资源核实当年的日期。</p>",
        ),
        pairs=[
            pair(
                t("Eid al-Fitr and Eid al-Adha", "开斋节和宰牲节"),
                t(
                    "Follow the Islamic lunar calendar, so they come about 11 days earlier each year; exact days "
                    "depend on moon sighting or official announcement.",
                    "遵循伊斯兰历（纯阴历），每年提前约11天；具体日期取决于观月或官方公告。",
                ),
            ),
            pair(
                t("Lunar New Year / Tết", "农历新年／越南春节"),
                t(
                    "Follows the lunisolar calendar and falls between late January and mid-February.",
                    "遵循阴阳历，落在1月下旬至2月中旬之间。",
                ),
            ),
            pair(
                t("Carnaval in Brazil", "巴西狂欢节"),
                t(
                    "Tied to Easter, so it moves between early February and early March.",
                    "与复活节挂钩，在2月上旬至3月上旬之间浮动。",
                ),
            ),
            pair(
                t("Golden Week in Japan", "日本黄金周"),
                t(
                    "A cluster of national holidays on fixed dates from late April to early May.",
                    "4月下旬至5月上旬一组日期固定的国民假日。",
                ),
            ),
        ],
        distractors=[
            t("Fixed by each employer at the start of the year.", "由各雇主在年初自行确定。"),
            t("Always the last full week of December.", "固定在12月的最后一整周。"),
        ],
    ),
    question(
        "ccc-036",
        COMMS,
        "exam",
        "single",
        tags("easy"),
        t("A clash with Friday prayers", "与周五聚礼冲突"),
        t(
            "<p>You proposed a Friday 12:30 interview to a candidate in Kuala Lumpur. He replies politely, asking for "
            "another time because it clashes with Friday prayers. What is the best response?</p>",
            "<p>你约吉隆坡的一位候选人周五12:30面试。他礼貌地回复，说这个时间与周五聚礼冲突，希望换个时间。最好的回应"
            "是什么？</p>",
        ),
        t(
            "<p>Respect for religious practice is part of interview etiquette: reschedule without comment and without "
            "asking about the practice itself. Better still, avoid Friday midday in Muslim-majority markets from the "
            "start.</p>",
            "<p>尊重宗教习俗是面试礼仪的一部分：不加评论地改期，也不要询问宗教活动本身。更好的做法是，在穆斯林占多数的"
            "市场，一开始就避开周五中午。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Thank him and offer two other slots, for example Friday late afternoon or Monday morning.",
                    "向他道谢，并提供另外两个时间，例如周五傍晚或周一上午。",
                ),
                t("Right: quick, respectful, no questions about his religion.", "正确：迅速、尊重，也不过问他的宗教。"),
            ),
            choice(
                0.0,
                t(
                    "Ask how long the prayers take so you can start just afterwards.",
                    "问他礼拜要多长时间，好在结束后马上开始。",
                ),
                t(
                    "Well meant, but it questions his religious practice; simply offer a different slot.",
                    "出发点是好的，但这是在过问他的宗教活动；直接提供其他时间即可。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Keep the slot and explain that the panel's calendars are too full to move it.",
                    "维持原时间，解释说面试小组的日程太满，无法调整。",
                ),
                t(
                    "Forces a candidate to choose between religion and the interview: poor practice and, in many "
                    "countries, a discrimination risk.",
                    "这是逼候选人在宗教和面试之间二选一：做法欠妥，在许多国家还存在歧视风险。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Move him to the end of the shortlist, since availability matters.",
                    "把他排到候选名单末尾，毕竟时间配合度很重要。",
                ),
                t("Penalises religious observance.", "这是在惩罚宗教信仰活动。"),
            ),
        ],
    ),
]

QUESTIONS = [*PROTECTED_TOPICS, *COMMUNICATION]
