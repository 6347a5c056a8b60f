"""Seeded questions: Structured interviewing and STAR (keys str-NNN; FORMAT in question_bank.seed)."""

from __future__ import annotations

from .builders import level as _level
from .builders import opt as _opt
from .builders import pair as _pair
from .builders import t as _t

QUESTIONING = {"en": "Structured interviewing and STAR/Structured questions", "zh": "结构化面试与STAR/结构化提问"}
STAR = {"en": "Structured interviewing and STAR/STAR method", "zh": "结构化面试与STAR/STAR法则"}
FORM = {"en": "Structured interviewing and STAR/Evaluation form", "zh": "结构化面试与STAR/评价表"}


def _tags(difficulty: str, *extra: str) -> list[str]:
    return ["competency:structured", "level:foundation", f"difficulty:{difficulty}", *extra]


QUESTIONS = [
    # ---------------------------------------------------------------- practice: structured questions
    {
        "key": "str-001",
        "category": QUESTIONING,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Recognising a behavioural question", "识别行为面试问题"),
        "stem": _t(
            "<p>You are hiring a key-account manager in Düsseldorf. Which question is a behavioural question, the "
            "kind that asks for evidence of what the candidate has actually done?</p>",
            "<p>你在杜塞尔多夫招聘大客户经理。以下哪个是行为面试问题，即要求候选人提供实际做过什么的证据？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                '"Tell me about a time you won back a customer who was about to leave. What did you do?"',
                "“请讲一次你挽回即将流失客户的经历。你具体做了什么？”",
                "Right. It asks for one real past event and the candidate's own actions, which you can probe "
                "and verify.",
                "正确。它要求讲一件真实的过去事件和候选人本人的行动，可以追问，也可以核实。",
            ),
            _opt(
                0.0,
                '"How would you handle a customer who wants to leave?"',
                "“如果客户想要流失，你会怎么处理？”",
                "This is a situational (hypothetical) question. It shows how the candidate thinks, not what they "
                "have done; useful, but it is not behavioural.",
                "这是情景（假设）问题，反映的是候选人怎么想，而不是做过什么；有用，但不属于行为问题。",
            ),
            _opt(
                0.0,
                '"Are you good at keeping customers?"',
                "“你擅长维护客户吗？”",
                "A closed question that invites a self-assessment; every candidate will say yes.",
                "这是封闭式问题，只能得到自我评价；每位候选人都会说“是”。",
            ),
            _opt(
                0.0,
                '"What is your greatest strength in account management?"',
                "“你在客户管理方面最大的优势是什么？”",
                'It produces a rehearsed self-description rather than evidence. Follow it with "Give me an '
                'example" and it starts to become useful.',
                "得到的是背好的自我描述而不是证据。接着问一句“请举个例子”，它才开始有用。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            '<p>Behavioural questions ("Tell me about a time…") rest on the idea that past behaviour in similar '
            "situations is the best available evidence of future behaviour.</p>",
            "<p>行为问题（“请讲一次……的经历”）的依据是：过去在类似情境中的行为，是预测未来行为的最佳可得证据。</p>",
        ),
    },
    {
        "key": "str-002",
        "category": QUESTIONING,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Same questions, different probes", "核心问题相同，追问可以不同"),
        "stem": _t(
            "<p>In a structured interview, every candidate for the same role is asked the same core questions, but "
            "the follow-up probes may differ depending on each candidate's answers.</p>",
            "<p>在结构化面试中，同一岗位的每位候选人都回答相同的核心问题，但追问可以根据各自的回答而不同。</p>",
        ),
        "answer": True,
        "feedback_true": _t(
            "Correct. The core questions make candidates comparable; the probes complete each answer so that it "
            "can be scored against the same anchors.",
            "正确。核心问题保证候选人之间可比；追问用来补全每个回答，使其能对照同一套锚点评分。",
        ),
        "feedback_false": _t(
            "It is true. Identical probes would be mechanical: one candidate leaves out the result, another the "
            "action. Probes fill the gaps; the core questions and anchors stay fixed.",
            "这句话是对的。追问完全一样会很机械：有人漏讲结果，有人漏讲行动。追问用来补缺，核心问题和锚点保持不变。",
        ),
        "general_feedback": _t(
            "<p>Structure lives in three places: the same core questions, the same scoring anchors, and "
            "independent scoring. Probes serve those, not replace them.</p>",
            "<p>结构化体现在三处：相同的核心问题、相同的评分锚点、独立评分。追问为它们服务，而不是取代它们。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: STAR method
    {
        "key": "str-003",
        "category": STAR,
        "purpose": "practice",
        "type": "ordering",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The STAR steps", "STAR 的步骤"),
        "stem": _t(
            "<p>Put the four parts of a complete STAR answer in order.</p>",
            "<p>请按顺序排列一个完整 STAR 回答的四个部分。</p>",
        ),
        "items": [
            _t("Situation: the context, when and where", "情境（Situation）：背景、时间和地点"),
            _t("Task: what the candidate was responsible for", "任务（Task）：候选人负责什么"),
            _t("Action: what the candidate personally did", "行动（Action）：候选人本人做了什么"),
            _t("Result: what changed, ideally in numbers", "结果（Result）：带来了什么变化，最好有数字"),
        ],
        "general_feedback": _t(
            "<p>Situation and Task set the scene briefly; most of your probing time belongs to Action and Result, "
            "where the evidence is.</p>",
            "<p>情境和任务只需简要交代；追问的大部分时间应花在行动和结果上，证据就在那里。</p>",
        ),
    },
    {
        "key": "str-004",
        "category": STAR,
        "purpose": "practice",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The STAR element for personal contribution", "对应个人贡献的 STAR 要素"),
        "stem": _t(
            '<p>Which STAR element does the probe "What did you personally do?" ask for? One word.</p>',
            "<p>追问“你本人具体做了什么？”是在问 STAR 的哪个要素？请填一个词。</p>",
        ),
        "answers": [
            _opt(
                1.0,
                "Action",
                "行动",
                "Right: the Action is the candidate's own behaviour.",
                "正确：行动就是候选人本人的行为。",
            ),
            _opt(1.0, "Actions", "Action", "Right: the Action.", "正确：行动（Action）。"),
            _opt(1.0, "A", "A", "Right: A for Action.", "正确：A 即 Action（行动）。"),
            _opt(1.0, "*action*", "*行动*", "Right: the Action.", "正确：行动。"),
            _opt(
                0.0,
                "Task",
                "任务",
                "The Task is what they were responsible for; what they actually did is the Action.",
                "任务是他们负责的事情；实际做了什么属于行动。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            '<p>Action is where "we" hides "I". Probe until you can say what this candidate did that would not '
            "have happened without them.</p>",
            "<p>行动环节最容易用“我们”掩盖“我”。要一直追问，直到你能说清楚哪些事没有这位候选人就不会发生。</p>",
        ),
    },
    {
        "key": "str-005",
        "category": STAR,
        "purpose": "practice",
        "type": "matching",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Sorting a candidate's sentences into STAR", "把候选人的话归入 STAR"),
        "stem": _t(
            "<p>A candidate for a warehouse-operations role in Kuala Lumpur tells a story. Match each sentence with "
            "the STAR element it belongs to.</p>",
            "<p>一位应聘吉隆坡仓储运营岗位的候选人讲了一段经历。请将每句话与其所属的 STAR 要素相匹配。</p>",
        ),
        "pairs": [
            _pair(
                '"Before Hari Raya our order volume doubled and picking errors rose to 4%."',
                "“开斋节前订单量翻倍，拣货差错率升到 4%。”",
                "Situation",
                "情境",
            ),
            _pair(
                '"I was asked to get errors under 1% without adding overtime."',
                "“我的任务是在不增加加班的情况下把差错率降到 1% 以下。”",
                "Task",
                "任务",
            ),
            _pair(
                '"I re-slotted the 200 fastest-moving items and trained two shift leads to run a scan check."',
                "“我重新规划了周转最快的 200 个品项的库位，并培训了两名班组长执行扫码复核。”",
                "Action",
                "行动",
            ),
            _pair(
                '"Within three weeks errors were at 0.7%, and the layout is still in use."',
                "“三周内差错率降到 0.7%，这套布局至今仍在使用。”",
                "Result",
                "结果",
            ),
        ],
        "distractors": [_t("Motivation", "动机")],
        "general_feedback": _t(
            "<p>A complete answer has all four parts, with the Action in the first person and a Result you could "
            "check.</p>",
            "<p>完整的回答包含全部四个部分：行动用第一人称讲述，结果可以核实。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: evaluation form
    {
        "key": "str-006",
        "category": FORM,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Scoring against an anchor", "对照锚点打分"),
        "stem": _t(
            '<p>Your evaluation form scores "Problem solving" on these anchors:</p>'
            "<ul><li>1: no relevant example</li><li>2: an example, but the candidate's own actions are vague</li>"
            "<li>3: clear own actions that solved the immediate problem</li>"
            "<li>4: as 3, plus analysis of the root cause and a measurable result</li>"
            "<li>5: as 4, plus a lasting change that stopped the problem recurring</li></ul>"
            "<p>A candidate describes clearly how she personally traced late shipments to one carrier and switched "
            "the urgent orders to another, which cleared the backlog that week. She gives no figures and says "
            "nothing about what happened afterwards. What score?</p>",
            "<p>你的评价表按以下锚点为“解决问题”打分：</p>"
            "<ul><li>1：没有相关例子</li><li>2：有例子，但本人行动含糊</li>"
            "<li>3：本人行动清晰，解决了眼前的问题</li>"
            "<li>4：达到 3，并分析了根本原因，结果可量化</li>"
            "<li>5：达到 4，并带来持久改变，使问题不再发生</li></ul>"
            "<p>一位候选人清楚地讲述了她本人如何把发货延迟追查到某一家承运商，并把加急订单转给另一家，"
            "当周就清掉了积压。她没有给出数字，也没有提到之后的情况。应该打几分？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "3",
                "3 分",
                "Right. Her own actions are clear and the immediate problem was solved, but there is no measurable "
                "result and no lasting change. Probe for those before you settle the score.",
                "正确。她本人的行动清晰，眼前问题已解决，但没有可量化的结果，也没有持久改变。"
                "最终定分前应就这两点追问。",
            ),
            _opt(
                0.0,
                "2",
                "2 分",
                "Her actions are not vague: she traced the cause herself and switched the orders herself.",
                "她的行动并不含糊：原因是她亲自追查的，订单也是她亲自转的。",
            ),
            _opt(
                0.0,
                "4",
                "4 分",
                "Tracing the carrier is part way to root cause, but 4 also needs a measurable result, which she "
                "did not give.",
                "追查到承运商算是部分找到了根本原因，但 4 分还要求结果可量化，而她没有提供。",
            ),
            _opt(
                0.0,
                "5",
                "5 分",
                "Nothing in the answer shows a lasting change; a good story is not the same as top-anchor evidence.",
                "回答中没有任何持久改变的证据；故事讲得好不等于达到最高锚点。",
            ),
        ],
        "shuffle": False,
        "general_feedback": _t(
            "<p>Score the evidence you have against the anchor text, not your overall liking for the candidate. "
            "When an answer is one probe away from a higher anchor, ask the probe in the interview.</p>",
            "<p>对照锚点描述为已有证据打分，而不是凭对候选人的整体好感。如果回答只差一次追问就能达到更高锚点，"
            "就在面试中把这次追问问出来。</p>",
        ),
    },
    {
        "key": "str-007",
        "category": FORM,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("When to complete the form", "何时填写评价表"),
        "stem": _t(
            "<p>It is best to complete your evaluation form after the panel has discussed the candidate, so that "
            "your scores reflect everyone's observations.</p>",
            "<p>最好在面试小组讨论完候选人之后再填写评价表，这样你的分数能反映所有人的观察。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "No. Scores written after the discussion drift towards the first or most senior speaker. Score on "
            "your own first; then the discussion can compare independent evidence.",
            "不对。讨论后填写的分数会向第一个发言或职位最高的人靠拢。先独立打分，讨论时才能比较独立的证据。",
        ),
        "feedback_false": _t(
            "Correct. Complete the form on your own, with evidence, before the debrief. Change a score later only "
            "for a reason you can write down.",
            "正确。在讨论会前独立填写评价表并写明证据。之后如要改分，必须有能写下来的理由。",
        ),
        "general_feedback": _t(
            "<p>Independent scores are what make a panel worth more than one interviewer.</p>",
            "<p>正是独立评分，才让面试小组的价值超过一位面试官。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: structured questions
    {
        "key": "str-010",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t('Rewriting "Are you a team player?"', "改写“你有团队精神吗？”"),
        "stem": _t(
            '<p>A colleague\'s interview guide contains "Are you a team player?". Which rewrite gives you the most '
            "useful evidence?</p>",
            "<p>同事的面试提纲里有一个问题：“你有团队精神吗？”以下哪种改写能获得最有用的证据？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "\"Tell me about a time a colleague's work put your deadline at risk. What did you do, and what "
                'happened?"',
                "“请讲一次同事的工作影响到你截止期限的经历。你做了什么？结果如何？”",
                "Right. A specific past situation that tests cooperation under strain, with a built-in probe for "
                "action and result.",
                "正确。它针对一个具体的过去情境，考察压力下的协作，并内含对行动和结果的追问。",
            ),
            _opt(
                0.0,
                '"How important is teamwork to you, on a scale of one to ten?"',
                "“从 1 到 10 分，团队合作对你有多重要？”",
                "Still a self-rating. Every candidate picks eight or nine.",
                "仍然是自我评分，每位候选人都会选 8 或 9。",
            ),
            _opt(
                0.0,
                '"You work well in a team, don\'t you?"',
                "“你在团队里合作得很好，对吧？”",
                "A leading question: it tells the candidate the answer you want.",
                "这是诱导性问题：等于告诉候选人你想听的答案。",
            ),
            _opt(
                0.0,
                '"What would your colleagues say about you?"',
                "“你的同事会怎么评价你？”",
                'It invites a flattering summary. It becomes useful only when followed by "Give me an example of '
                'when they would have said that."',
                "它引出的是自我美化的概括。只有接着问“请举一个他们会这样评价你的例子”，才开始有用。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>To rewrite a vague question: name the behaviour the role needs, find a situation that tests it, "
            "ask for one past example, and build in probes for action and result.</p>",
            "<p>改写含糊问题的方法：明确岗位需要的行为，找到能检验它的情境，要求讲一个过去的实例，"
            "并预设对行动和结果的追问。</p>",
        ),
    },
    {
        "key": "str-011",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Choosing core questions for a role", "为岗位挑选核心问题"),
        "stem": _t(
            "<p>The competencies for a service-engineer role in Monterrey are: troubleshooting under time pressure, "
            "customer communication, and safety discipline. Which questions belong in the core set? Select all that "
            "apply.</p>",
            "<p>蒙特雷服务工程师岗位的胜任力包括：时间压力下的故障排查、客户沟通、安全纪律。"
            "哪些问题应纳入核心问题？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                '"Tell me about a breakdown you fixed while the customer\'s line was stopped."',
                "“请讲一次你在客户产线停机时排除故障的经历。”",
                "Yes. It tests troubleshooting under real time pressure.",
                "正确。考察真实时间压力下的故障排查。",
            ),
            _opt(
                0.3333333,
                '"Describe a time you had to tell a customer that a repair would take longer than promised."',
                "“请讲一次你不得不告诉客户维修时间会超出承诺的经历。”",
                "Yes. Customer communication when the news is bad.",
                "正确。考察坏消息下的客户沟通。",
            ),
            _opt(
                0.3333334,
                '"Tell me about a time you stopped work because something was unsafe, even though it cost time."',
                "“请讲一次你因为存在安全隐患而停工、哪怕因此耽误了时间的经历。”",
                "Yes. Safety discipline when it has a price.",
                "正确。考察需要付出代价时的安全纪律。",
            ),
            _opt(
                -0.5,
                '"Where do you see yourself in five years?"',
                "“你五年后希望自己在什么位置？”",
                "No. It maps to none of the three competencies and produces rehearsed answers.",
                "错误。它与三项胜任力都无关，只会得到背好的答案。",
            ),
            _opt(
                -0.5,
                '"Would your family be fine with you being on call at weekends?"',
                "“你的家人能接受你周末随时待命吗？”",
                "No. It asks about family circumstances. Ask instead whether the candidate can meet the on-call "
                "schedule as described.",
                "错误。这是在打听家庭情况。应改为询问候选人能否满足所述的值班安排。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Each core question should map to one competency on the evaluation form. If a question maps to none, "
            "or to private life, it does not belong in the set.</p>",
            "<p>每个核心问题都应对应评价表上的一项胜任力。对应不上任何一项、或涉及私生活的问题，都不应纳入。</p>",
        ),
    },
    {
        "key": "str-012",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Using a stress question fairly", "公平地使用压力问题"),
        "stem": _t(
            "<p>The question bank includes stress questions. You are hiring a customer-escalation lead in Riyadh, "
            "a role that deals daily with angry enterprise clients. Which use of a stress question is fair and "
            "useful?</p>",
            "<p>题库中包含压力问题。你在利雅得招聘客户投诉升级负责人，这个岗位每天都要应对愤怒的企业客户。"
            "以下哪种压力问题的用法既公平又有用？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Announce a short role play, have a colleague play an angry client using the same script for "
                "every candidate, and score it against anchors.",
                "事先说明要做一个简短角色扮演，由同事按统一脚本扮演愤怒客户，对每位候选人一致，并对照锚点评分。",
                "Right. The pressure mirrors the real job, it is the same for everyone, and the candidate knows it "
                "is an exercise, so you see skill rather than shock.",
                "正确。压力与真实工作一致，对每个人相同，候选人也知道这是练习，所以你看到的是能力而不是惊吓反应。",
            ),
            _opt(
                0.0,
                "Suddenly challenge the candidate's answers as weak, without warning, to see how they react.",
                "毫无预告地突然批评候选人的回答很差，看他如何反应。",
                "Unannounced hostility measures surprise, varies by interviewer and damages the employer brand; in "
                "some cultures it also causes a loss of face that ends the conversation.",
                "毫无预告的敌意测的是惊吓反应，因面试官而异，还会损害雇主品牌；在一些文化中还会让对方丢面子，"
                "导致谈话无法继续。",
            ),
            _opt(
                0.0,
                "Ask rapid questions about personal topics to simulate pressure.",
                "连续快速地问私人问题来模拟压力。",
                "Personal topics are off limits regardless of the purpose, and they have nothing to do with "
                "handling clients.",
                "无论目的是什么，私人话题都不能问，而且与应对客户毫无关系。",
            ),
            _opt(
                0.0,
                "Avoid stress questions altogether; they are never fair.",
                "完全不用压力问题，因为它们从来都不公平。",
                "For a role whose core is handling pressure, a realistic, announced exercise is one of the best "
                "sources of evidence you have.",
                "对于核心就是承受压力的岗位，一个真实且事先说明的练习是你能获得的最好证据之一。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>A stress question is fair when the pressure is job-relevant, the same for every candidate, "
            "announced, and scored against anchors. It is never a licence to be rude.</p>",
            "<p>压力问题要公平，必须满足：压力与岗位相关、对每位候选人一致、事先说明、对照锚点评分。"
            "它从来不是失礼的借口。</p>",
        ),
    },
    {
        "key": "str-013",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What a leading question tells you", "诱导性问题能告诉你什么"),
        "stem": _t(
            '<p>Asking "You\'re comfortable with tight deadlines, right?" gives you useful evidence about how the '
            "candidate handles deadlines.</p>",
            "<p>问“你能适应紧张的截止期限，对吧？”能得到关于候选人如何应对截止期限的有用证据。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "The question contains its own answer. Any candidate will agree, and you learn nothing about what they "
            "have done under deadline pressure.",
            "这个问题本身就包含了答案。任何候选人都会同意，你对他们在期限压力下做过什么一无所知。",
        ),
        "feedback_false": _t(
            'Correct. Ask instead: "Tell me about the tightest deadline you have had to meet. What did you do?"',
            "正确。应改为：“请讲一次你遇到的最紧的截止期限，你是怎么做的？”",
        ),
        "general_feedback": _t(
            "<p>Leading and closed questions invite agreement. Open, past-focused questions invite evidence.</p>",
            "<p>诱导性和封闭式问题引来的是附和；开放的、聚焦过去的问题引来的是证据。</p>",
        ),
    },
    {
        "key": "str-014",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Types of interview question", "面试问题的类型"),
        "stem": _t(
            "<p>Match each question to its type.</p>",
            "<p>请将每个问题与其类型相匹配。</p>",
        ),
        "pairs": [
            _pair(
                '"Tell me about a time you negotiated a price increase with a long-standing client."',
                "“请讲一次你与长期客户谈判涨价的经历。”",
                "Behavioural",
                "行为问题",
            ),
            _pair(
                '"A distributor asks for exclusivity you cannot give. What would you do?"',
                "“一家经销商要求你无法给予的独家代理权，你会怎么做？”",
                "Situational",
                "情景问题",
            ),
            _pair(
                '"Which Incoterm puts the risk on the buyer from the seller\'s warehouse?"',
                "“哪个国际贸易术语规定风险从卖方仓库起即转移给买方？”",
                "Technical knowledge",
                "专业知识问题",
            ),
            _pair(
                '"You\'d never cut corners on compliance, would you?"',
                "“你绝不会在合规上偷工减料，对吧？”",
                "Leading (avoid)",
                "诱导性问题（应避免）",
            ),
        ],
        "distractors": [_t("Brainteaser", "脑筋急转弯")],
        "general_feedback": _t(
            "<p>Behavioural questions give past evidence, situational questions show reasoning where candidates lack "
            "experience, knowledge questions check must-have expertise. Leading questions give nothing.</p>",
            "<p>行为问题提供过去的证据；情景问题在候选人缺乏经验时展示其思路；知识问题检验必备的专业能力。"
            "诱导性问题什么也得不到。</p>",
        ),
    },
    {
        "key": "str-015",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The follow-up question", "追问"),
        "stem": _t(
            "<p>What is the usual term for the short follow-up question that drills into an incomplete answer, such "
            'as "What exactly did you do next?"? One word.</p>',
            "<p>像“你接下来具体做了什么？”这样，针对不完整回答深入挖掘的简短后续提问，通常叫什么？请填一个词。</p>",
        ),
        "answers": [
            _opt(1.0, "probe", "追问", "Right: a probe.", "正确：追问。"),
            _opt(1.0, "probing", "追问法", "Right: probing.", "正确：追问。"),
            _opt(1.0, "probes", "probe", "Right: probes.", "正确：追问（probe）。"),
            _opt(1.0, "follow-up", "follow-up", "Right: a follow-up (probe).", "正确：追问（follow-up）。"),
            _opt(1.0, "follow up", "*追问*", "Right: a follow-up (probe).", "正确：追问。"),
            _opt(1.0, "follow-up question", "深挖", "Right: a follow-up (probe).", "正确：深挖，即追问。"),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            '<p>Prepare probes for each core question in advance ("What was your part?", "What happened in the '
            "end?\") so that every candidate's answer can be completed to the same standard.</p>",
            "<p>为每个核心问题预先准备追问（“你负责哪部分？”“最后结果怎样？”），"
            "这样每位候选人的回答都能按同一标准补充完整。</p>",
        ),
    },
    {
        "key": "str-016",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("A first-time team lead", "首次担任团队负责人的候选人"),
        "stem": _t(
            "<p>You are hiring a first-line team lead in Hanoi. Some strong candidates have never managed anyone "
            'formally. How should you assess "leading others" fairly across all candidates?</p>',
            "<p>你在河内招聘一线团队负责人。有几位优秀候选人从未正式管理过下属。"
            "如何公平地评估所有候选人的“带领他人”能力？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Ask every candidate the same behavioural question open to informal leadership ("a time you got '
                'others to act without authority over them"), plus the same situational question with anchors.',
                "对所有候选人问同一个也适用于非正式领导经历的行为问题（“一次你在没有管理权限的情况下"
                "推动他人行动的经历”），再加上同一个有锚点的情景问题。",
                "Right. The same questions for everyone, worded so that people without a title can still give "
                "real evidence, and a situational question to show reasoning.",
                "正确。所有人问题相同，措辞让没有头衔的人也能提供真实证据，情景问题则用来展示思路。",
            ),
            _opt(
                0.0,
                "Ask experienced managers about their teams and ask the others hypothetical questions.",
                "对有管理经验的人问他们的团队，对其他人问假设性问题。",
                "Two different question sets make candidates impossible to compare on the same anchors.",
                "两套不同的问题，使候选人无法对照同一套锚点比较。",
            ),
            _opt(
                0.0,
                'Score "leading others" as 1 for anyone without formal management experience.',
                "凡没有正式管理经验的，“带领他人”一律记 1 分。",
                "That scores job titles, not behaviour, and screens out people who have led projects, shifts or "
                "volunteers.",
                "这是在给头衔打分而不是给行为打分，会把带过项目、班组或志愿者的人筛掉。",
            ),
            _opt(
                0.0,
                "Drop the competency for this hire; it cannot be assessed fairly.",
                "这次招聘去掉这项胜任力，因为无法公平评估。",
                "It is central to the role. Reword the question so that it can be assessed, do not remove it.",
                "这是岗位的核心能力。应改写问题使其可评估，而不是删掉。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Word behavioural questions so that evidence from any setting counts (projects, shifts, study, "
            "volunteering), and keep the question set identical for all candidates.</p>",
            "<p>行为问题的措辞应让任何场景的证据都能算数（项目、班组、学习、志愿活动），"
            "并保持所有候选人的问题完全相同。</p>",
        ),
    },
    {
        "key": "str-017",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Building a structured interview", "设计结构化面试"),
        "stem": _t(
            "<p>Put the steps for building a structured interview for a new role in order.</p>",
            "<p>请排列为新岗位设计结构化面试的步骤。</p>",
        ),
        "items": [
            _t(
                "Analyse the role: the few competencies that separate good from poor performance",
                "分析岗位：找出区分优劣表现的少数关键胜任力",
            ),
            _t("Write one or two core questions for each competency", "为每项胜任力编写一到两个核心问题"),
            _t(
                "Write anchored descriptions for scores 1 to 5 for each question",
                "为每个问题编写 1 到 5 分的锚点描述",
            ),
            _t(
                "Try the questions out and calibrate the interviewers on sample answers",
                "试用问题，并用样例回答校准面试官",
            ),
            _t("Use the same questions and anchors with every candidate", "对每位候选人使用相同的问题和锚点"),
        ],
        "general_feedback": _t(
            "<p>Questions come from the role, anchors come from the questions, and calibration makes sure "
            "different interviewers read the anchors the same way.</p>",
            "<p>问题源于岗位，锚点源于问题，校准确保不同面试官对锚点的理解一致。</p>",
        ),
    },
    {
        "key": "str-018",
        "category": QUESTIONING,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 8,
        "name": _t("Scenario: rewrite vague questions as STAR questions", "情景题：把含糊问题改写为 STAR 问题"),
        "stem": _t(
            "<p>You are reviewing the interview guide for a Regional Sales Manager for South-East Asia, based in "
            "Jakarta. The role leads four country sales teams and works with headquarters in Hangzhou. The guide "
            "contains three questions:</p>"
            '<ol><li>"Are you a good leader?"</li><li>"How do you handle pressure?"</li>'
            '<li>"Do you like working with people from different cultures?"</li></ol>'
            "<p>Rewrite each as a behavioural question that asks for a specific past example. For each, add two "
            "follow-up probes and one sentence describing what a top-scoring answer would contain.</p>",
            "<p>你正在审阅东南亚区域销售经理岗位的面试提纲，该岗位常驻雅加达，管理四个国家的销售团队，"
            "并与杭州总部协作。提纲中有三个问题：</p>"
            "<ol><li>“你是个好领导吗？”</li><li>“你如何应对压力？”</li>"
            "<li>“你喜欢和不同文化背景的人共事吗？”</li></ol>"
            "<p>请把每个问题改写为要求具体过去实例的行为问题。每个问题再补充两个追问，"
            "并用一句话描述高分回答应包含什么。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Behavioural form", "行为问题的形式"),
                "levels": [
                    _level(
                        0,
                        "Questions stay closed, hypothetical or self-rating.",
                        "问题仍是封闭式、假设性或自我评价式。",
                    ),
                    _level(
                        1,
                        "One or two questions ask for a past example; others remain vague or combine several "
                        "questions in one.",
                        "一到两个问题要求过去实例，其余仍含糊，或把几个问题合在一起。",
                    ),
                    _level(
                        2,
                        "All three ask for one specific past situation, open-ended, one topic each.",
                        "三个问题都要求讲一个具体的过去情境，开放式，每题只问一件事。",
                    ),
                    _level(
                        3,
                        "As 2, and each names a situation typical of this role (e.g. a country team missing target, "
                        "a conflict between an HQ decision and a local market).",
                        "达到 2 分要求，并且每个问题都指向本岗位的典型情境（如某国团队未完成目标、"
                        "总部决策与本地市场冲突）。",
                    ),
                ],
            },
            {
                "criterion": _t("Job relevance and fairness", "岗位相关性与公平性"),
                "levels": [
                    _level(
                        0,
                        "A question touches protected topics (origin, religion, family, age) or is leading.",
                        "有问题涉及受保护话题（籍贯、宗教、家庭、年龄）或带有诱导性。",
                    ),
                    _level(
                        1,
                        "Questions are neutral but loosely linked to the role's competencies.",
                        "问题中立，但与岗位胜任力联系松散。",
                    ),
                    _level(
                        2,
                        "Each question clearly tests one competency the role needs (leading through others, "
                        "resilience, cross-cultural bridging) and contains nothing about the person's background.",
                        "每个问题都明确考察岗位所需的一项胜任力（通过他人达成目标、抗压韧性、跨文化桥梁作用），"
                        "且不涉及个人背景。",
                    ),
                ],
            },
            {
                "criterion": _t("Probes and top-score description", "追问与高分描述"),
                "levels": [
                    _level(0, "No probes or no description of a strong answer.", "没有追问，或没有描述高分回答。"),
                    _level(
                        1,
                        'Generic probes ("tell me more") and a vague description ("shows good leadership").',
                        "追问笼统（“再多说一点”），高分描述含糊（“体现良好领导力”）。",
                    ),
                    _level(
                        2,
                        "Probes target the candidate's own Action and the Result; the description names observable "
                        "behaviour.",
                        "追问针对候选人本人的行动和结果；高分描述写出了可观察的行为。",
                    ),
                    _level(
                        3,
                        "As 2, and the top-score descriptions are specific enough that two interviewers would agree "
                        '(e.g. "diagnosed why the team missed target, changed one practice, recovered the number '
                        'within a quarter and kept it").',
                        "达到 2 分要求，且高分描述具体到两位面试官会得出一致判断"
                        "（如“诊断出团队未达标的原因，改变了一项做法，一个季度内恢复业绩并保持”）。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            '<p>Example of a strong rewrite for question 3: "Tell me about a time a decision from headquarters did '
            'not fit one of your local markets. What did you do?" Probes: "What did you tell headquarters, and '
            'how?" "What happened to the decision and to the local team?" Top score: explained the decision '
            "locally, brought specific local evidence back to headquarters, and reached an outcome both sides "
            "accepted. Deduct under fairness for anything that asks where the candidate is from or about "
            "religion.</p>",
            "<p>问题 3 的优秀改写示例：“请讲一次总部的决定不适合你负责的某个本地市场的经历。你做了什么？”"
            "追问：“你向总部反馈了什么，怎么反馈的？”“这个决定和本地团队后来怎样了？”"
            "高分标准：在本地解释了决定，把具体的本地证据反馈给总部，并达成双方都接受的结果。"
            "凡询问候选人籍贯或宗教的，在公平性一项扣分。</p>",
        ),
        "response_template": _t(
            "<p><strong>1. Leadership</strong> Question: … Probes: … Top score: …</p>"
            "<p><strong>2. Pressure</strong> Question: … Probes: … Top score: …</p>"
            "<p><strong>3. Cultures</strong> Question: … Probes: … Top score: …</p>",
            "<p><strong>1. 领导力</strong> 问题：…… 追问：…… 高分：……</p>"
            "<p><strong>2. 压力</strong> 问题：…… 追问：…… 高分：……</p>"
            "<p><strong>3. 跨文化</strong> 问题：…… 追问：…… 高分：……</p>",
        ),
        "general_feedback": _t(
            "<p>A good structured question names a real situation from the role, asks for one past example, and "
            "comes with probes and anchors so that any trained interviewer would score the answer the same way.</p>",
            "<p>好的结构化问题指向岗位中的真实情境，要求讲一个过去实例，并配有追问和锚点，"
            "让任何受过训练的面试官都能给出一致的评分。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: STAR method
    {
        "key": "str-020",
        "category": STAR,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t('An answer full of "we"', "满是“我们”的回答"),
        "stem": _t(
            '<p>A candidate for a marketing role in São Paulo describes a campaign: "We analysed the data, we '
            'changed the targeting and we doubled the leads." What is your best next step?</p>',
            "<p>一位应聘圣保罗市场岗位的候选人讲述一次推广活动：“我们分析了数据，我们调整了投放定向，"
            "我们让线索量翻了一倍。”你下一步最好怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Ask: "What was your own part in that? What did you do yourself?"',
                "追问：“其中你本人负责哪部分？你自己做了什么？”",
                "Right. The team's result is not yet evidence about this candidate. Find the Action that was theirs.",
                "正确。团队的成绩还不能证明这位候选人的能力。要找出属于他本人的行动。",
            ),
            _opt(
                0.0,
                "Score the answer highly: doubling leads is an excellent result.",
                "给高分：线索翻倍是非常好的结果。",
                "The result may belong to the team or to someone else on it. Score only after you know the "
                "candidate's contribution.",
                "这个结果可能属于团队或团队里的其他人。弄清候选人的贡献后再打分。",
            ),
            _opt(
                0.0,
                'Mark the candidate down for not using "I".',
                "因为候选人没用“我”而扣分。",
                'In many cultures saying "we" is modesty, not a lack of contribution. Probe before you judge.',
                "在许多文化中说“我们”是谦逊，并不代表没有贡献。先追问，再判断。",
            ),
            _opt(
                0.0,
                "Move to the next question to keep time.",
                "为了控制时间，直接进入下一个问题。",
                "You would leave the competency without usable evidence; one probe is worth the minute.",
                "这样这项胜任力就没有可用的证据；一次追问值得花这一分钟。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            '<p>"We" answers are common and often cultural. Neither reward nor penalise them: probe for the '
            "candidate's own actions, then score.</p>",
            "<p>用“我们”回答很常见，往往与文化有关。既不奖励也不惩罚：先追问候选人本人的行动，再打分。</p>",
        ),
    },
    {
        "key": "str-021",
        "category": STAR,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Signs of an incomplete STAR answer", "不完整 STAR 回答的信号"),
        "stem": _t(
            "<p>Which of these signal that a STAR answer is not yet complete evidence and needs probing? Select all "
            "that apply.</p>",
            "<p>以下哪些信号表明一个 STAR 回答还不是完整的证据，需要追问？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                'The candidate switches to "I would…" or "Usually I…"',
                "候选人改口说“我会……”或“我通常……”",
                "Yes. That is a hypothetical or a habit, not a specific event. Ask for one real case.",
                "正确。这是假设或习惯，不是具体事件。应要求讲一个真实案例。",
            ),
            _opt(
                0.3333333,
                "The story ends with the action and never says what happened",
                "故事在行动处结束，没有说结果如何",
                "Yes. Without a Result you cannot tell whether the action worked.",
                "正确。没有结果，就无法判断行动是否有效。",
            ),
            _opt(
                0.3333334,
                'The candidate\'s own role is hidden behind "the team"',
                "候选人本人的角色隐藏在“团队”背后",
                "Yes. Probe for their own Action.",
                "正确。应追问其本人的行动。",
            ),
            _opt(
                -0.5,
                "The example is about a project that failed",
                "例子讲的是一个失败的项目",
                "No. A failure can be complete, strong evidence, especially if the candidate shows what they did "
                "and learned.",
                "错误。失败的例子同样可以是完整而有力的证据，尤其当候选人说明了自己做了什么、学到了什么。",
            ),
            _opt(
                -0.5,
                "The example comes from volunteer work rather than a paid job",
                "例子来自志愿工作而不是正式工作",
                "No. Behaviour is behaviour; the setting does not make the evidence incomplete.",
                "错误。行为就是行为，场景不同并不会使证据不完整。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Probe for what is missing (a real event, the candidate's own action, the result), not for what "
            "you would have preferred the story to be.</p>",
            "<p>追问缺失的部分（真实事件、本人行动、结果），而不是你希望故事变成的样子。</p>",
        ),
    },
    {
        "key": "str-022",
        "category": STAR,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Scoring a story about failure", "为失败经历打分"),
        "stem": _t(
            "<p>A STAR example about a project that failed should score lower than an equally detailed example "
            "about a project that succeeded.</p>",
            "<p>一个关于失败项目的 STAR 例子，应比同样详细的成功项目例子得分更低。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "No. You score the candidate's behaviour against the anchors. A well-handled failure (early warning, "
            "honest escalation, a fix that stuck) can show more than a success that came easily.",
            "不对。评分依据是候选人的行为对照锚点。处理得当的失败（及早预警、如实上报、有效且持久的补救）"
            "可能比轻松得来的成功更能说明问题。",
        ),
        "feedback_false": _t(
            "Correct. The anchors describe behaviour. Results matter, but a failed project handled well can meet "
            "a high anchor.",
            "正确。锚点描述的是行为。结果固然重要，但处理得当的失败项目同样可以达到高分锚点。",
        ),
        "general_feedback": _t(
            "<p>Candidates who can discuss failure precisely are often the ones who learn fastest. Do not teach "
            "your candidates to bring only polished success stories.</p>",
            "<p>能准确讲述失败的候选人，往往学得最快。不要让候选人觉得只能讲光鲜的成功故事。</p>",
        ),
    },
    {
        "key": "str-023",
        "category": STAR,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The missing STAR element", "缺失的 STAR 要素"),
        "stem": _t(
            "<p>A candidate explains the context, what she was asked to do and, in detail, the steps she took, then "
            "stops. Which STAR element should your next probe ask for? One word.</p>",
            "<p>一位候选人讲了背景、她被要求做的事，并详细描述了她采取的步骤，然后就停下了。"
            "你的下一个追问应该针对 STAR 的哪个要素？请填一个词。</p>",
        ),
        "answers": [
            _opt(1.0, "Result", "结果", "Right: ask what happened in the end.", "正确：追问最终结果如何。"),
            _opt(1.0, "Results", "Result", "Right: the Result.", "正确：结果（Result）。"),
            _opt(1.0, "R", "R", "Right: R for Result.", "正确：R 即 Result（结果）。"),
            _opt(1.0, "outcome", "*结果*", "Right: the outcome, i.e. the Result.", "正确：结果。"),
            _opt(
                0.0,
                "Action",
                "行动",
                "She has described her actions in detail; what is missing is what they achieved.",
                "她已详细描述了行动；缺的是这些行动带来了什么。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            '<p>A useful Result probe: "What happened in the end? How did you know it had worked?"</p>',
            "<p>有用的结果追问：“最后结果怎样？你怎么知道它奏效了？”</p>",
        ),
    },
    {
        "key": "str-024",
        "category": STAR,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Which element each probe fills", "每个追问补全哪个要素"),
        "stem": _t(
            "<p>Match each probe with the STAR element it is designed to fill in.</p>",
            "<p>请将每个追问与它要补全的 STAR 要素相匹配。</p>",
        ),
        "pairs": [
            _pair(
                '"When and where was this, and who else was involved?"',
                "“这是什么时候、在哪里发生的？还有谁参与？”",
                "Situation",
                "情境",
            ),
            _pair(
                '"What were you responsible for, and what was at stake?"',
                "“你当时负责什么？利害关系是什么？”",
                "Task",
                "任务",
            ),
            _pair(
                '"Walk me through what you did first, and then next."',
                "“请一步步讲讲你先做了什么，接着又做了什么。”",
                "Action",
                "行动",
            ),
            _pair(
                '"What changed as a result? Do you have numbers?"',
                "“结果带来了什么变化？有数据吗？”",
                "Result",
                "结果",
            ),
        ],
        "distractors": [_t("Rapport", "融洽关系")],
        "general_feedback": _t(
            "<p>Prepared probes for each element let you complete any answer quickly and keep the interview "
            "comparable across candidates.</p>",
            "<p>针对每个要素预备好追问，就能迅速补全任何回答，并保持候选人之间的可比性。</p>",
        ),
    },
    {
        "key": "str-025",
        "category": STAR,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("The most needed probe", "最需要的追问"),
        "stem": _t(
            "<p>Asked about a time he improved a process, Kenji Watanabe, a candidate for a quality-engineering role "
            "in Nagoya, answers:</p>"
            '<p>"Last year our returns rate on one product line was 3%, well above target. I was asked to lead the '
            "investigation. We set up a cross-functional team, held weekly meetings and introduced a new inspection "
            'step. The returns rate went down to 1.1% within two quarters."</p>'
            "<p>Which single probe would add the most to your evidence?</p>",
            "<p>被问到一次改进流程的经历时，应聘名古屋质量工程岗位的候选人 Kenji Watanabe 回答：</p>"
            "<p>“去年我们一条产品线的退货率是 3%，远高于目标。我被指派牵头调查。我们组建了跨部门小组，"
            "每周开会，并增加了一道新的检验工序。两个季度内退货率降到了 1.1%。”</p>"
            "<p>以下哪一个追问最能补充你的证据？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                '"How did you find out what was causing the returns, and why did you choose that inspection step?"',
                "“你是怎么找出退货原因的？为什么选择增加这道检验工序？”",
                "Right. Situation, task and result are there; the Action is thin (meetings and a step). This probe "
                "tests his own analysis, which the role depends on.",
                "正确。情境、任务和结果都有了，行动部分却很单薄（开会、加一道工序）。"
                "这个追问考察的是他本人的分析能力，而这正是该岗位所依赖的。",
            ),
            _opt(
                0.0,
                '"How many people were on the cross-functional team?"',
                "“跨部门小组有多少人？”",
                "A detail of the situation; it tells you nothing about what he did.",
                "这是情境细节，无法说明他做了什么。",
            ),
            _opt(
                0.0,
                '"What was the return rate target exactly?"',
                "“退货率的目标具体是多少？”",
                "Useful context at most; the result is already quantified.",
                "最多是有用的背景；结果已经量化了。",
            ),
            _opt(
                0.0,
                '"Would you do the same thing in our company?"',
                "“在我们公司你也会这么做吗？”",
                "A hypothetical that invites a yes. Stay with the real case until the Action is clear.",
                "这是引人回答“会”的假设问题。应继续聚焦真实案例，直到行动清楚为止。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Before probing, ask yourself which STAR element is weakest for the competency you are scoring. "
            "Spend your limited time there.</p>",
            "<p>追问之前先问自己：对于要评分的这项胜任力，哪个 STAR 要素最薄弱？把有限的时间花在那里。</p>",
        ),
    },
    {
        "key": "str-026",
        "category": STAR,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("When a candidate cannot think of an example", "候选人想不出例子时"),
        "stem": _t(
            "<p>A candidate says she cannot think of an example for your question. Put your responses in the order "
            "you should try them.</p>",
            "<p>候选人说她想不出符合你问题的例子。请按应尝试的先后顺序排列你的应对。</p>",
        ),
        "items": [
            _t("Reassure her and give her a moment to think", "安抚她，给她一点思考时间"),
            _t(
                "Widen the setting: any example from study, volunteering or an earlier job counts",
                "放宽场景：学习、志愿活动或更早工作中的例子都可以",
            ),
            _t("Offer to come back to the question later in the interview", "提出稍后再回到这个问题"),
            _t(
                'If there is still no example, record "no evidence" for this question and move on',
                "如果仍然没有例子，就在该问题下记录“无证据”，继续下一题",
            ),
        ],
        "general_feedback": _t(
            "<p>Nerves, language and culture all make recall harder. Give every candidate the same fair chances; "
            "do not fill the gap with a hypothetical and score that as if it were evidence.</p>",
            "<p>紧张、语言和文化差异都会让人一时想不起来。给每位候选人同样公平的机会；"
            "不要用一个假设问题填补空白，然后把它当证据打分。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: evaluation form
    {
        "key": "str-030",
        "category": FORM,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A charming candidate with a generic answer", "有魅力但回答空泛的候选人"),
        "stem": _t(
            '<p>The form\'s anchors for "Stakeholder management" are: 1 no example; 2 an example with vague own '
            "actions; 3 clear own actions; 4 clear actions and a measurable result; 5 as 4, with lasting change. "
            "Emily Carter, a candidate in Chicago, is articulate and confident and the conversation flows. Asked "
            'for a time she won over a difficult stakeholder, she says she "always builds relationships early and '
            'keeps people in the loop", and when probed describes a budget meeting in general terms without '
            "saying what she did. What score?</p>",
            "<p>评价表中“利益相关方管理”的锚点为：1 没有例子；2 有例子但本人行动含糊；3 本人行动清晰；"
            "4 行动清晰且结果可量化；5 达到 4 并带来持久改变。芝加哥的候选人 Emily Carter 表达流利、自信，"
            "交流很顺畅。被问到一次争取难缠利益相关方支持的经历时，她说自己“总是很早建立关系、及时同步信息”；"
            "追问后，她笼统地讲了一次预算会议，但没说自己做了什么。应该打几分？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "2",
                "2 分",
                "Right. There is an example, but her own actions stay vague. Confidence and fluency are not on "
                "the anchor.",
                "正确。有例子，但本人行动仍然含糊。自信和表达流利并不在锚点描述之中。",
            ),
            _opt(
                0.0,
                "4",
                "4 分",
                "That would be scoring the impression she made. The anchor for 4 needs clear actions and a "
                "measurable result; neither is in your notes.",
                "这是在给她留下的印象打分。4 分锚点要求行动清晰、结果可量化，而你的笔记里两样都没有。",
            ),
            _opt(
                0.0,
                "3",
                "3 分",
                'A general habit ("I always…") is not a clear account of actions in a specific case.',
                "一种笼统的习惯（“我总是……”）并不等于在具体案例中清晰的行动描述。",
            ),
            _opt(
                0.0,
                "1",
                "1 分",
                "She did name a specific meeting, so there is an example; the weakness is in the actions.",
                "她确实提到了一次具体的会议，所以有例子；弱点在于行动部分。",
            ),
        ],
        "shuffle": False,
        "general_feedback": _t(
            "<p>Pleasant, fluent candidates tempt us to score the conversation rather than the content. Read the "
            "anchor, then read your notes, and score only what the notes show.</p>",
            "<p>亲和、流利的候选人容易让我们给谈话氛围打分而不是给内容打分。先读锚点，再读笔记，"
            "只对笔记中有据可查的内容打分。</p>",
        ),
    },
    {
        "key": "str-031",
        "category": FORM,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Good evidence notes", "合格的证据记录"),
        "stem": _t(
            "<p>Which of these belong in the evidence notes on an evaluation form? Select all that apply.</p>",
            "<p>以下哪些内容应写入评价表的证据记录？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                '"Renegotiated 3 supplier contracts; said savings were about 8% (not yet verified)."',
                "“重新谈判了 3 份供应商合同；自述节省约 8%（尚未核实）。”",
                "Yes. Specific, attributed, and honest about what is claimed versus verified.",
                "正确。具体、注明来源，并如实区分自述与已核实。",
            ),
            _opt(
                0.3333333,
                "\"Quote: 'I told the plant manager we would miss the date unless we stopped line 2.'\"",
                "“原话：‘我告诉厂长，除非停掉 2 号线，否则我们会错过交期。’”",
                "Yes. A short quote preserves the behaviour exactly.",
                "正确。简短原话能准确保留行为证据。",
            ),
            _opt(
                0.3333334,
                '"Probed twice for own role in the launch; answers stayed at team level."',
                "“就上线项目中的本人角色追问了两次；回答始终停留在团队层面。”",
                "Yes. Recording what you asked and what did not come shows the score is fair.",
                "正确。记录你问了什么、哪些没问出来，能证明评分公正。",
            ),
            _opt(
                -0.5,
                '"Great energy, would fit in well with the team."',
                "“很有活力，会很好地融入团队。”",
                'No. An impression with no behaviour behind it, and "fit" left undefined invites bias.',
                "错误。这是没有行为依据的印象；未定义的“融入”容易引入偏见。",
            ),
            _opt(
                -0.5,
                '"Seemed older than the rest of the team."',
                "“看起来比团队其他人年纪大。”",
                "No. Age is a protected characteristic; it has no place in the notes.",
                "错误。年龄是受保护特征，不能出现在记录中。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Evidence notes record what the candidate did and said, and what you asked. Someone reading them "
            "later, including the candidate where the law gives access, should see why the score followed.</p>",
            "<p>证据记录应写下候选人做了什么、说了什么，以及你问了什么。日后任何人阅读"
            "（包括在法律允许查阅时的候选人本人），都应能看出分数从何而来。</p>",
        ),
    },
    {
        "key": "str-032",
        "category": FORM,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("A competency you did not reach", "没来得及考察的能力"),
        "stem": _t(
            "<p>If you ran out of time and did not cover one competency, the fair thing is to give it the middle "
            "score (3 on a 1–5 scale) so that the candidate is not penalised.</p>",
            "<p>如果时间不够、有一项能力没来得及考察，公平的做法是给它中间分（1–5 分制的 3 分），以免候选人吃亏。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            'A 3 claims evidence you do not have. Mark it "not assessed" and arrange a short follow-up, so that '
            "the decision rests on the same evidence for every candidate.",
            "打 3 分等于声称你有实际上没有的证据。应标记为“未评估”并安排简短补充，让每位候选人的决定基于同样的证据。",
        ),
        "feedback_false": _t(
            'Correct. Record "not assessed", say why, and close the gap before the decision, for example with '
            "a short follow-up call.",
            "正确。记录“未评估”并说明原因，在做决定前补上缺口，例如安排一个简短的补充电话。",
        ),
        "general_feedback": _t(
            "<p>Every number on the form is a claim about evidence. A missing score is honest; an invented one is "
            "not.</p>",
            "<p>评价表上的每个数字都是对证据的陈述。空缺的分数是诚实的；编出来的分数则不是。</p>",
        ),
    },
    {
        "key": "str-033",
        "category": FORM,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Matching evidence to anchors", "将证据与锚点对应"),
        "stem": _t(
            '<p>The anchors for "Problem solving" are:</p>'
            "<ul><li>1: no relevant example</li><li>2: an example, but the candidate's own actions are vague</li>"
            "<li>3: clear own actions that solved the immediate problem</li>"
            "<li>4: as 3, plus analysis of the root cause and a measurable result</li>"
            "<li>5: as 4, plus a lasting change that stopped the problem recurring</li></ul>"
            "<p>Match each evidence note to the score it supports.</p>",
            "<p>“解决问题”的锚点为：</p>"
            "<ul><li>1：没有相关例子</li><li>2：有例子，但本人行动含糊</li>"
            "<li>3：本人行动清晰，解决了眼前的问题</li>"
            "<li>4：达到 3，并分析了根本原因，结果可量化</li>"
            "<li>5：达到 4，并带来持久改变，使问题不再发生</li></ul>"
            "<p>请将每条证据记录与它所支持的分数相匹配。</p>",
        ),
        "pairs": [
            _pair(
                'Talked about how problems "usually get solved by the team"; could not name a case',
                "谈到问题“通常由团队解决”，但说不出具体案例",
                "1",
                "1 分",
            ),
            _pair(
                'Named an outage last spring; "we worked through it"; own part unclear after two probes',
                "提到去年春天的一次系统故障；“我们一起解决了”；追问两次后本人角色仍不清楚",
                "2",
                "2 分",
            ),
            _pair(
                "Traced duplicate invoices to a currency-rounding rule, fixed it, duplicates fell from 40 to 2 a month",
                "把重复开票追查到一条币种取整规则并修复，重复开票从每月 40 张降到 2 张",
                "4",
                "4 分",
            ),
            _pair(
                "As above, and added a check to the month-end process that other regions then adopted",
                "同上，并在月结流程中增加了一道校验，随后被其他区域采用",
                "5",
                "5 分",
            ),
        ],
        "distractors": [_t("3", "3 分")],
        "general_feedback": _t(
            '<p>Anchors turn "I liked it" into "it meets this description". When two interviewers use the same '
            "anchors on the same notes, their scores should land within one point.</p>",
            "<p>锚点把“我觉得不错”变成“它符合这条描述”。两位面试官对同样的笔记使用同样的锚点，"
            "分数应相差不超过一分。</p>",
        ),
    },
    {
        "key": "str-034",
        "category": FORM,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What justifies a score", "分数的依据"),
        "stem": _t(
            "<p>On the evaluation form, the recorded facts that justify each score (what the candidate did and "
            "said, numbers, short quotes) are called the ______. One word.</p>",
            "<p>在评价表上，用来支撑每个分数的记录事实（候选人做了什么、说了什么、数字、简短原话）称为______。"
            "请填一个词。</p>",
        ),
        "answers": [
            _opt(1.0, "evidence", "证据", "Right: evidence.", "正确：证据。"),
            _opt(1.0, "evidence notes", "evidence", "Right: evidence notes.", "正确：证据（evidence）。"),
            _opt(1.0, "*evidence*", "*证据*", "Right: evidence.", "正确：证据。"),
            _opt(
                0.0,
                "impressions",
                "印象",
                "Impressions are exactly what the form is designed to replace.",
                "印象恰恰是评价表要取代的东西。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>No evidence, no score: every number on the form should be traceable to something the candidate "
            "did or said.</p>",
            "<p>没有证据就没有分数：评价表上的每个数字都应能追溯到候选人做过或说过的事。</p>",
        ),
    },
    {
        "key": "str-035",
        "category": FORM,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Completing the evaluation form", "填写评价表"),
        "stem": _t(
            "<p>Put the steps for completing your evaluation form after an interview in order.</p>",
            "<p>请排列面试结束后填写评价表的步骤。</p>",
        ),
        "items": [
            _t("Reread your notes and fill obvious gaps while memory is fresh", "趁记忆清晰重读笔记并补全明显的缺漏"),
            _t("Score each dimension against its anchors, one at a time", "逐项对照锚点为每个维度打分"),
            _t("Write the evidence that supports each score", "为每个分数写下支撑证据"),
            _t("Give an overall recommendation consistent with the scores", "给出与各项分数一致的总体建议"),
            _t("Submit the form before the panel debrief", "在面试小组讨论会之前提交评价表"),
        ],
        "general_feedback": _t(
            "<p>Score dimension by dimension before forming an overall view; starting from the overall view "
            "invites the halo effect.</p>",
            "<p>先逐项打分，再形成总体判断；先有总体印象再打分，容易产生光环效应。</p>",
        ),
    },
    {
        "key": "str-036",
        "category": FORM,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 10,
        "name": _t("Scenario: score a transcript against the form", "情景题：对照评价表为面试记录打分"),
        "stem": _t(
            "<p>You are scoring Valeria Ortiz, a candidate for Customer Success Manager in Mexico City, on two "
            "dimensions. Anchors (both dimensions): 1 no relevant example; 2 an example, but own actions vague; 3 "
            "clear own actions that dealt with the immediate issue; 4 as 3, plus root cause addressed and a "
            "measurable result; 5 as 4, plus a lasting change others adopted.</p>"
            '<p><strong>Dimension A, customer problem solving.</strong> Q: "Tell me about a time a key customer was '
            'unhappy with something your company could not fix quickly." Valeria: "Our biggest retail client in '
            "Guadalajara threatened to cancel after a release broke their invoice export. Engineering said six "
            "weeks. I owned the account; renewal was in two months, about 1.2 million pesos a year. I went to their "
            "finance team and mapped which invoices failed: only those with credit notes. I built a spreadsheet "
            "workaround with their accountant so they could keep billing, sent engineering the exact failing cases "
            "and the renewal date, and asked my director to raise the priority. The fix came in three weeks; they "
            'renewed for two years instead of one. We also added credit-note cases to the release tests."</p>'
            '<p><strong>Dimension B, bridging headquarters and local customers.</strong> Q: "Tell me about a time '
            'you had to explain a headquarters decision that local customers disagreed with." Valeria: "That '
            "happens all the time. We explain that HQ has its reasons and keep everyone calm; people trust me. I "
            'have two kids, so I\'m used to negotiating!" Probe: "Can you give me a specific case?" Valeria: '
            '"There was a pricing change last year. The team handled it together, we had meetings with clients, '
            'and most accepted it." (Time ran out.)</p>'
            "<p>Give a score for A and for B with your evidence notes, and say what you would still probe.</p>",
            "<p>你正在为墨西哥城客户成功经理岗位的候选人 Valeria Ortiz 的两个维度打分。"
            "锚点（两个维度相同）：1 没有相关例子；2 有例子，但本人行动含糊；3 本人行动清晰，处理了眼前问题；"
            "4 达到 3，并解决了根本原因，结果可量化；5 达到 4，并带来被他人采用的持久改变。</p>"
            "<p><strong>维度 A：客户问题解决。</strong>问：“请讲一次重要客户对公司无法迅速解决的问题感到不满的经历。”"
            "Valeria：“我们在瓜达拉哈拉最大的零售客户，在一次版本发布导致发票导出出错后威胁要解约。"
            "研发说要六周。这个客户归我负责，两个月后续约，每年约 120 万比索。我去找了他们的财务团队，"
            "梳理出到底哪些发票出错：只有带红字冲销单的发票。我和他们的会计一起做了一个表格作为临时方案，"
            "让他们能继续开票；把具体的出错案例和续约日期发给研发，并请我的总监提高优先级。"
            "三周后修复上线，他们续约了两年而不是一年。我们还把冲销单场景加进了发布测试。”</p>"
            "<p><strong>维度 B：连接总部与本地客户。</strong>问：“请讲一次你不得不向本地客户解释一项他们不认同的"
            "总部决定的经历。”Valeria：“这种事经常有。我们会解释总部有它的理由，让大家保持冷静；大家都信任我。"
            "我有两个孩子，所以很习惯谈判！”追问：“能举一个具体的例子吗？”Valeria：“去年有一次调价。"
            "团队一起处理的，我们和客户开了会，大多数客户接受了。”（时间到。）</p>"
            "<p>请分别给出 A 和 B 的分数及证据记录，并说明你还会追问什么。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Scores against the anchors", "对照锚点的评分"),
                "levels": [
                    _level(
                        0,
                        "Scores given without reference to the anchors, or far from the evidence.",
                        "评分未参照锚点，或与证据相去甚远。",
                    ),
                    _level(1, "One dimension scored defensibly.", "只有一个维度的评分站得住。"),
                    _level(
                        2,
                        "A at 4 and B at 2, or within one point of each with anchor-based reasons.",
                        "A 为 4 分、B 为 2 分，或各自相差不超过一分且有基于锚点的理由。",
                    ),
                    _level(
                        3,
                        "A at 4 (5 withheld until her own part in the test change is confirmed) and B at 2, each "
                        "justified by the anchor wording.",
                        "A 为 4 分（在确认她本人在测试改进中的作用之前不给 5 分），B 为 2 分，两者都以锚点措辞为依据。",
                    ),
                ],
            },
            {
                "criterion": _t("Evidence notes", "证据记录"),
                "levels": [
                    _level(0, 'Impressions only ("strong", "trustworthy").', "只有印象（“很强”“值得信赖”）。"),
                    _level(1, "Some facts, mixed with impressions.", "有部分事实，但夹杂印象。"),
                    _level(
                        2,
                        "Specific facts for each score: the credit-note diagnosis, workaround, escalation, three "
                        "weeks, two-year renewal; for B, no specific own action.",
                        "每个分数都有具体事实：A 有冲销单诊断、临时方案、升级推动、三周、续约两年；B "
                        "没有具体的本人行动。",
                    ),
                    _level(
                        3,
                        'As 2, and separates her own actions from the team\'s ("we added tests") and claims from '
                        "verified facts.",
                        "达到 2 分要求，并区分她本人的行动与团队的行动（“我们加了测试”），区分自述与已核实的事实。",
                    ),
                ],
            },
            {
                "criterion": _t("Gaps and probes", "缺口与追问"),
                "levels": [
                    _level(0, "No gaps identified.", "没有指出任何缺口。"),
                    _level(1, 'Generic "ask for more detail".', "笼统的“再问些细节”。"),
                    _level(
                        2,
                        "Specific probes: her part in the release-test change; for B, what she herself said or did "
                        "in the pricing case and what happened; notes B was under-sampled and needs a follow-up.",
                        "具体追问：她在发布测试改进中的作用；B 中她本人在调价案例里说了什么、做了什么以及结果如何；"
                        "并指出 B 证据不足，需要补充沟通。",
                    ),
                ],
            },
            {
                "criterion": _t("Irrelevant and protected information", "无关信息与受保护信息"),
                "levels": [
                    _level(
                        0,
                        'Records or weighs the remark about her children, or treats "people trust me" as evidence.',
                        "记录或考虑了关于她孩子的话，或把“大家都信任我”当作证据。",
                    ),
                    _level(1, "Leaves both out without comment.", "两者都未采用，但未加说明。"),
                    _level(
                        2,
                        "Explicitly leaves family information out of the form and notes that self-descriptions are "
                        "not evidence.",
                        "明确不把家庭信息写入评价表，并指出自我描述不构成证据。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>Expected: A = 4. She diagnosed the root cause (credit notes), acted herself (workaround, escalation "
            "with data) and the result is measurable; 5 needs evidence that the lasting change was hers, since she "
            'said "we". B = 2. There is an example (pricing change) but no action of her own. A score of 3 for B '
            "is a common error from liking her A answer (halo). Any mention of her children in the notes scores 0 "
            "on the last criterion.</p>",
            "<p>参考答案：A = 4 分。她找到了根本原因（冲销单），亲自采取了行动（临时方案、用数据推动升级），"
            "结果可量化；要给 5 分，需要证明持久改变出自她本人，因为她说的是“我们”。B = 2 分。有例子（调价），"
            "但没有她本人的行动。因为喜欢她在 A 中的回答而给 B 打 3 分，是常见错误（光环效应）。"
            "记录中只要提到她的孩子，最后一项即为 0 分。</p>",
        ),
        "response_template": _t(
            "<p><strong>A, customer problem solving:</strong> score … evidence …</p>"
            "<p><strong>B, bridging HQ and customers:</strong> score … evidence …</p>"
            "<p><strong>Still to probe:</strong> …</p>",
            "<p><strong>A 客户问题解决：</strong>分数…… 证据……</p>"
            "<p><strong>B 连接总部与客户：</strong>分数…… 证据……</p>"
            "<p><strong>还需追问：</strong>……</p>",
        ),
        "general_feedback": _t(
            "<p>Score each dimension on its own evidence. A strong answer on one dimension is no evidence for "
            "another, and volunteered personal details never enter the form.</p>",
            "<p>每个维度只依据它自己的证据打分。一个维度答得好，不能作为另一个维度的证据；"
            "候选人主动提及的个人信息绝不写入评价表。</p>",
        ),
    },
    {
        "key": "str-037",
        "category": FORM,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t('Scoring the "local bridge" dimension', "为“本地桥梁”维度打分"),
        "stem": _t(
            '<p>Your form for team members includes "Acts as a bridge between local culture and the business". '
            "How should interviewers score it?</p>",
            "<p>你们面向团队成员的评价表中有一个维度：“在本地文化与业务之间发挥桥梁作用”。面试官应如何为它打分？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "With behavioural evidence against anchors, e.g. a time the candidate explained a local practice to "
                "a foreign colleague or adapted an HQ plan to the local market, and what resulted.",
                "依据对照锚点的行为证据，例如候选人曾向外国同事解释本地做法，"
                "或把总部方案调整以适应本地市场，以及结果如何。",
                "Right. Like any dimension, it is scored on what the candidate has done, described in anchors the "
                "panel has agreed.",
                "正确。和其他维度一样，它依据候选人做过的事、按面试小组认可的锚点来评分。",
            ),
            _opt(
                0.0,
                "By how comfortable the interviewer felt talking with the candidate.",
                "依据面试官与候选人交谈时的舒适程度。",
                "Comfort measures similarity to the interviewer, which is the affinity bias the form is meant to "
                "keep out.",
                "舒适感反映的是与面试官的相似程度，这正是评价表要排除的相似性偏见。",
            ),
            _opt(
                0.0,
                "By the candidate's nationality and how long they have lived in the country.",
                "依据候选人的国籍和在该国居住的时间。",
                "Nationality and origin are protected in many countries, and they are a proxy, not evidence of "
                "bridging behaviour.",
                "国籍和籍贯在许多国家受法律保护，而且只是替代指标，并不能证明桥梁作用的行为。",
            ),
            _opt(
                0.0,
                "By whether the candidate speaks Chinese.",
                "依据候选人是否会说中文。",
                "Language can be a separate, stated job requirement with its own test. It is not the same as "
                "bridging cultures and business.",
                "语言可以是单独列明并单独测试的岗位要求，但它不等同于在文化与业务之间搭桥。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            '<p>"Fit" and "bridge" dimensions are where bias enters most easily. Define them as behaviour, '
            "write anchors, and score evidence like any other dimension.</p>",
            "<p>“契合度”“桥梁作用”这类维度最容易引入偏见。应把它们定义为行为、编写锚点，"
            "并像其他维度一样依据证据打分。</p>",
        ),
    },
]
