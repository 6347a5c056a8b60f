"""Seeded questions: Attracting candidates (keys att-NNN; FORMAT in question_bank.seed)."""

from __future__ import annotations

from .builders import level as _level
from .builders import opt as _opt
from .builders import pair as _pair
from .builders import t as _t

PROCESS = {"en": "Attracting candidates/Process and impression", "zh": "人才吸引/流程与印象"}
BRAND = {"en": "Attracting candidates/Employer brand", "zh": "人才吸引/雇主品牌"}
EXPERIENCE = {"en": "Attracting candidates/Candidate experience", "zh": "人才吸引/候选人体验"}


def _tags(difficulty: str, *extra: str) -> list[str]:
    return ["competency:attracting", "level:advanced", f"difficulty:{difficulty}", *extra]


QUESTIONS = [
    # ---------------------------------------------------------------- practice: process and impression
    {
        "key": "att-001",
        "category": PROCESS,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A senior candidate with competing offers", "手握多个机会的资深候选人"),
        "stem": _t(
            "<p>Khalid Al-Mansoori, a VP of Sales candidate in Dubai, tells you he is in three other processes. "
            "Your standard process has five rounds over six weeks, and your CEO is only available for the final "
            "round. What do you do?</p>",
            "<p>迪拜的销售副总裁候选人 Khalid Al-Mansoori 告诉你，他同时在参加另外三家公司的招聘流程。"
            "你们的标准流程是六周内五轮面试，CEO 只参加最后一轮。你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Compress the process into about two weeks by combining rounds, keep every assessment, and bring "
                "the CEO in earlier for a conversation about the strategy and the role.",
                "合并轮次，把流程压缩到两周左右，但保留每一项评估；并让 CEO 提前参与，与他谈公司战略和岗位价值。",
                "Right. Senior candidates judge the company by its speed and by who turns up. You shorten the "
                "calendar, not the assessment.",
                "正确。资深候选人会从速度和出面的人来判断一家公司。缩短的是日程，而不是评估。",
            ),
            _opt(
                0.0,
                "Keep the standard process; a candidate who is serious about you will wait.",
                "维持标准流程；真正有意向的候选人会等。",
                "Good senior candidates rarely wait six weeks. You lose them to companies that moved faster, "
                "not to better ones.",
                "优秀的资深候选人很少会等六周。你失去他们，不是因为别家更好，而是因为别家更快。",
            ),
            _opt(
                0.0,
                "Skip straight to an offer to beat the competition.",
                "直接发录用意向，抢在竞争对手前面。",
                "Speed without assessment is how expensive senior mis-hires happen. Keep the structured evaluation.",
                "没有评估的速度，正是高管错聘代价高昂的原因。结构化评估必须保留。",
            ),
            _opt(
                0.0,
                "Ask him to withdraw from the other processes as a sign of commitment.",
                "要求他退出其他招聘流程，以示诚意。",
                "It puts pressure on him without giving him anything, and tells him how decisions are made in "
                "your company.",
                "这是在给他施压却不提供任何东西，也让他看到你们公司是如何做决定的。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>For senior talent: shorten the process, let executives take part in the conversation and the "
            "decision, and keep the same structured assessment.</p>",
            "<p>面对高端人才：缩短流程，让高管参与沟通和决策，同时保持同样的结构化评估。</p>",
        ),
    },
    {
        "key": "att-002",
        "category": PROCESS,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Letting candidates choose the format", "让候选人选择面试形式"),
        "stem": _t(
            "<p>Letting candidates choose between an on-site and a video first interview makes the assessment less "
            "reliable, because candidates are no longer interviewed the same way.</p>",
            "<p>让候选人在现场面试和视频面试之间自选首轮形式，会降低评估的可靠性，"
            "因为候选人不再以同样的方式被面试。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "What makes interviews comparable is the same questions, anchors and independent scoring, not the "
            "room. Flexible formats raise attendance, especially among people who are currently employed.",
            "让面试具有可比性的是相同的问题、锚点和独立评分，而不是房间。灵活的形式能提高到面率，"
            "对在职候选人尤其如此。",
        ),
        "feedback_false": _t(
            "Correct. Keep the questions, anchors and scoring identical, and the format can flex to the candidate.",
            "正确。只要问题、锚点和评分方式保持一致，形式就可以根据候选人的情况灵活调整。",
        ),
        "general_feedback": _t(
            "<p>Flexibility in time and format is one of the cheapest ways to improve attendance. Brief interviewers "
            "on video etiquette so that the remote candidate gets the same quality of interview.</p>",
            "<p>在时间和形式上的灵活性是提高到面率最省钱的办法之一。要向面试官讲清视频面试礼仪，"
            "让远程候选人获得同样质量的面试。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: employer brand
    {
        "key": "att-003",
        "category": BRAND,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A question about working hours", "关于工作时长的提问"),
        "stem": _t(
            "<p>A candidate in Kuala Lumpur asks how many hours the team really works. The team is launching in a "
            "new market: most weeks are normal, but around launches there are two or three weeks of long days, "
            "with time off in lieu afterwards. What do you say?</p>",
            "<p>吉隆坡的一位候选人问团队实际工作时长是多少。团队正在开拓新市场：大部分时间正常，"
            "但每次产品上线前后会有两三周工作时间很长，之后可以调休。你怎么回答？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Describe exactly that: normal weeks, the launch peaks, how often they come and the time off "
                "afterwards.",
                "如实描述：平时工作时长正常，上线时有高峰，多久一次，以及之后如何调休。",
                "Right. An honest, specific answer lets the candidate decide, and people who join with accurate "
                "expectations stay longer.",
                "正确。坦诚而具体的回答让候选人自己做判断；带着准确预期加入的人也待得更久。",
            ),
            _opt(
                0.0,
                '"We have a great work-life balance."',
                "“我们的工作与生活平衡得很好。”",
                "It is not the whole truth. The first launch will teach the new hire that your words cannot be "
                "taken at face value.",
                "这并非全部事实。第一次上线就会让新员工明白，你的话不能照字面理解。",
            ),
            _opt(
                0.0,
                '"Everyone here is passionate and works whatever it takes."',
                "“这里每个人都充满激情，需要多拼就多拼。”",
                "Praising overtime culture puts off the candidates who value balance, and in many markets that is "
                "most of the good ones.",
                "夸耀加班文化会劝退重视平衡的候选人，而在许多市场，优秀候选人大多如此。",
            ),
            _opt(
                0.0,
                '"HR will explain the working-hours policy."',
                "“工作时间制度由 HR 来解释。”",
                "The policy is HR's, but the reality of the team is the hiring manager's to describe.",
                "制度归 HR 管，但团队的实际情况应由用人经理来讲。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Tell the truth about the job, including the hard parts, and say what the company does about them. "
            "No over-promising, and no praise of overtime.</p>",
            "<p>如实介绍工作，包括艰苦的部分，并说明公司为此做了什么。不画饼，也不夸耀加班。</p>",
        ),
    },
    {
        "key": "att-004",
        "category": BRAND,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Growth paths with examples", "用实例说明发展路径"),
        "stem": _t(
            "<p>For an experienced candidate, a growth path illustrated with real examples of people who followed it "
            "is more persuasive than a promise of fast promotion.</p>",
            "<p>对于有经验的候选人来说，用真实员工走过的例子来说明发展路径，比承诺快速晋升更有说服力。</p>",
        ),
        "answer": True,
        "feedback_true": _t(
            "Correct. Experienced candidates have heard promises before; named examples (with permission) are "
            "evidence they can check.",
            "正确。有经验的候选人听过太多承诺；具体的例子（经本人同意）是他们可以核实的证据。",
        ),
        "feedback_false": _t(
            'It is true. A promise costs nothing to make and is discounted accordingly. "Two of our first five '
            'local hires now lead regional teams" is something a candidate can verify.',
            "这句话是对的。承诺不费成本，对方也会相应打折扣。“我们最早的五名本地员工中，"
            "已有两人在带区域团队”则是候选人可以核实的事。",
        ),
        "general_feedback": _t(
            "<p>Show growth with evidence: promotion routes, named examples, training budgets actually spent. "
            "Never promise a specific promotion you do not control.</p>",
            "<p>用证据展示成长空间：晋升路线、具体案例、实际投入的培训预算。绝不承诺一个你无法掌控的具体晋升。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: candidate experience
    {
        "key": "att-005",
        "category": EXPERIENCE,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("A promised date you cannot keep", "无法兑现承诺的答复日期"),
        "stem": _t(
            "<p>You told a candidate in Tokyo she would hear by Friday. On Thursday it is clear that the decision "
            "will take another week, because the department head is travelling. What do you do?</p>",
            "<p>你告诉东京的一位候选人周五前给答复。周四时已经确定决定还要再等一周，因为部门负责人在出差。"
            "你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Contact her before Friday, explain there is a delay on your side, and give a new date you can keep.",
                "在周五前联系她，说明是我方原因导致延迟，并给出一个能兑现的新日期。",
                "Right. Keeping the promised contact date matters more than having news. Silence past a "
                "promised date is read as rejection, or as disorganisation.",
                "正确。守住承诺的联系日期，比有没有结果更重要。过了承诺日期还沉默，会被理解为拒绝或管理混乱。",
            ),
            _opt(
                0.0,
                "Wait until there is a decision so that you only contact her once.",
                "等有了结果再联系，只联系一次就好。",
                "A week of silence past the promised date loses strong candidates and damages trust with the rest.",
                "超过承诺日期再沉默一周，会流失优秀候选人，也会损害与其他人的信任。",
            ),
            _opt(
                0.0,
                "Tell her informally that she is the favourite, so she will not accept another offer.",
                "私下告诉她她是首选，以免她接受别的机会。",
                "That reveals an outcome that has not been decided; if the decision goes the other way you have "
                "misled her.",
                "这是在透露尚未决定的结果；如果最终结果相反，你就误导了她。",
            ),
            _opt(
                0.0,
                "Ask HR to send a standard email saying the process is ongoing.",
                "让 HR 发一封标准邮件，说明流程仍在进行中。",
                "Better than silence, but without a reason or a new date it reads as a brush-off.",
                "比沉默好，但没有原因也没有新日期，会被理解为敷衍。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Interview-feedback timeliness is one of the recruiting metrics. Promise dates you control, and keep "
            'them even when the news is "not yet".</p>',
            "<p>面试反馈及时率是招聘指标之一。只承诺你能掌控的日期；即使消息是“还没定”，也要按时联系。</p>",
        ),
    },
    {
        "key": "att-006",
        "category": EXPERIENCE,
        "purpose": "practice",
        "type": "multi",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What improves the candidate experience", "哪些做法能改善候选人体验"),
        "stem": _t(
            "<p>Which practices improve the candidate experience in a remote hiring process? Select all that "
            "apply.</p>",
            "<p>在远程招聘流程中，哪些做法能改善候选人体验？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "One named contact person for the whole process",
                "整个流程只有一位指定联系人",
                "Yes. Candidates should never have to guess whom to ask.",
                "正确。不应让候选人猜该问谁。",
            ),
            _opt(
                0.3333333,
                "An update on every promised date, even when there is no decision yet",
                "在每个承诺的日期都给出进展，即使还没有结果",
                "Yes. Reliability is what candidates remember.",
                "正确。候选人记住的是你是否靠谱。",
            ),
            _opt(
                0.3333334,
                "A personal reply to candidates rejected after an interview",
                "对面试后未通过的候选人给予个人化的回复",
                "Yes. They invested time; they will talk about how you treated them.",
                "正确。他们投入了时间，也会向别人讲述你如何对待他们。",
            ),
            _opt(
                -0.5,
                "Asking candidates to keep the whole day free in case the panel runs late",
                "要求候选人空出一整天，以防面试小组拖延",
                "No. It shifts your scheduling problem onto people who usually have jobs already.",
                "错误。这是把你的排期问题转嫁给通常已有工作的候选人。",
            ),
            _opt(
                -0.5,
                "Closing unsuccessful applications silently after a few weeks",
                "几周后悄悄关闭未通过的申请",
                "No. Silence is the most common complaint candidates make about employers.",
                "错误。杳无音信是候选人对雇主最常见的抱怨。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Candidate experience is built from small reliable acts: clarity, one contact, kept dates and a "
            "respectful close for everyone.</p>",
            "<p>候选人体验由一个个靠谱的小细节构成：信息清楚、联系人唯一、日期守信，以及对每个人都有尊重的收尾。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: process and impression
    {
        "key": "att-010",
        "category": PROCESS,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Reaching candidates in a new market", "在新市场触达候选人"),
        "stem": _t(
            "<p>Your company is opening its first office in Ho Chi Minh City and needs ten engineers. Which "
            "sourcing approaches are sound? Select all that apply.</p>",
            "<p>你们公司在胡志明市开设第一个办公室，需要招聘十名工程师。"
            "以下哪些寻才方式是合理的？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.25,
                "The job boards and communities local engineers actually use, checked with local HR",
                "与当地 HR 核实后，使用本地工程师真正在用的招聘网站和技术社区",
                "Yes. Channel habits differ by country; ask before spending.",
                "正确。各国的渠道习惯不同，投入前先问清楚。",
            ),
            _opt(
                0.25,
                "Referrals from your first local hires, with a clear referral policy",
                "通过首批本地员工推荐，并制定清晰的推荐制度",
                "Yes. Early local hires are your best bridge into the local network.",
                "正确。首批本地员工是你进入本地人脉网络的最佳桥梁。",
            ),
            _opt(
                0.25,
                "Partnerships with local universities and engineering associations",
                "与本地高校和工程师协会合作",
                "Yes. They build a pipeline and signal long-term commitment to the market.",
                "正确。既能建立人才管道，也表明对这个市场的长期投入。",
            ),
            _opt(
                0.25,
                "Tracking cost and hires per channel from the start",
                "从一开始就按渠道追踪成本和录用人数",
                "Yes. Channel ROI tells you where the next budget should go.",
                "正确。渠道投入产出比决定下一笔预算该投向哪里。",
            ),
            _opt(
                -0.5,
                "Posting only in Chinese on headquarters' own social media accounts",
                "只在总部自己的社交媒体账号上用中文发布",
                "No. It reaches people who already know you and can read Chinese, a tiny share of the local market.",
                "错误。这只能触达已经了解你们、又能读中文的人，在当地市场中占比极小。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Reach candidates through several channels that work locally, and measure each channel's cost, "
            "conversion and hires so that you can shift effort where it pays.</p>",
            "<p>通过多个在当地有效的渠道触达候选人，并衡量每个渠道的成本、转化率和录用人数，"
            "把精力投向回报高的地方。</p>",
        ),
    },
    {
        "key": "att-011",
        "category": PROCESS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Low interview attendance", "面试到面率低"),
        "stem": _t(
            "<p>In Jakarta, only 62% of candidates booked for a first interview actually attend. What is the best "
            "first response?</p>",
            "<p>在雅加达，预约首轮面试的候选人中只有 62% 实际到场。最好的第一步应对是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Follow up faster after application, offer flexible times and formats, and review the invitation "
                "and setting candidates experience.",
                "申请后更快跟进，提供灵活的时间和形式，并检查候选人收到的邀请和面试环境。",
                "Right. Low attendance usually means slow follow-up, inconvenient slots or an unclear or unappealing "
                "invitation: all things you control.",
                "正确。到面率低通常意味着跟进慢、时段不方便，或邀请不清楚、缺乏吸引力，这些都在你的掌控之内。",
            ),
            _opt(
                0.0,
                "Book 40% more candidates than you need into each interview day.",
                "每个面试日多约 40% 的候选人。",
                "It treats the symptom, and on days when everyone comes, candidates wait or are turned away, which "
                "makes the brand problem worse.",
                "这只是治标；遇上所有人都来的日子，候选人要么久等要么被打发走，品牌问题会更严重。",
            ),
            _opt(
                0.0,
                "Stop using the channel with the most no-shows.",
                "停用爽约人数最多的渠道。",
                "Possibly later, but first fix what happens after candidates apply; otherwise the next channel will "
                "show the same problem.",
                "以后也许需要，但首先要改进候选人申请之后的环节，否则换个渠道问题依旧。",
            ),
            _opt(
                0.0,
                "Ask candidates to confirm twice and remove anyone who does not.",
                "要求候选人确认两次，未确认者一律取消。",
                "Extra hurdles add friction and do nothing about why they were losing interest.",
                "额外的门槛增加了麻烦，却没有解决他们为何失去兴趣的问题。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Use the metric loop: monitor, evaluate, optimise. For low attendance the usual levers are speed of "
            "follow-up, flexible formats and a better interview setting.</p>",
            "<p>运用“监控—评估—优化”的数据闭环。针对到面率低，常用手段是加快跟进、灵活形式和改善面试环境。</p>",
        ),
    },
    {
        "key": "att-012",
        "category": PROCESS,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Recruiting metrics and the interview levers", "招聘指标与面试改进手段"),
        "stem": _t(
            "<p>Match each symptom in your recruiting data with the interview-related lever that addresses it.</p>",
            "<p>请为招聘数据中的每种症状匹配相应的面试改进手段。</p>",
        ),
        "pairs": [
            _pair(
                "Many booked candidates do not attend the first interview",
                "大量已预约候选人未参加首轮面试",
                "Faster follow-up, flexible formats, a better setting",
                "加快跟进、灵活形式、改善环境",
            ),
            _pair(
                "Very few interviewed candidates pass",
                "面试通过率极低",
                "Revisit sourcing and calibrate the interviewers",
                "重新审视寻才渠道并校准面试官",
            ),
            _pair(
                "Many new hires leave during probation",
                "大量新员工在试用期内离职",
                "Assess cultural fit and values more deeply in interviews",
                "在面试中更深入地评估文化契合度和价值观",
            ),
            _pair(
                "Senior candidates drop out before the final round",
                "资深候选人在终面前退出",
                "Shorten the process and involve executives earlier",
                "缩短流程并让高管更早参与",
            ),
        ],
        "distractors": [_t("Raise every salary offer by 15%", "所有录用薪资一律上调 15%")],
        "general_feedback": _t(
            "<p>Each metric points to a different stage. Diagnose before you spend: a pay rise fixes none of these "
            "if the cause is in the process.</p>",
            "<p>每个指标都指向不同的环节。花钱之前先诊断：如果问题出在流程上，加薪解决不了其中任何一个。</p>",
        ),
    },
    {
        "key": "att-013",
        "category": PROCESS,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What shortening the process means", "缩短流程意味着什么"),
        "stem": _t(
            "<p>Shortening the process for a senior candidate means dropping some of the structured assessment.</p>",
            "<p>为资深候选人缩短流程，意味着要砍掉部分结构化评估。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "No. Compress the calendar (combine rounds, block executives' time, decide quickly) and keep every "
            "assessment. A senior mis-hire is the most expensive kind.",
            "不对。压缩的是日程（合并轮次、预留高管时间、快速决策），每一项评估都要保留。高管错聘的代价最大。",
        ),
        "feedback_false": _t(
            "Correct. Fewer weeks, not less evidence: combine rounds, schedule executives early and decide fast.",
            "正确。减少的是周数而不是证据：合并轮次、提早安排高管、快速决策。",
        ),
        "general_feedback": _t(
            "<p>Speed and rigour are compatible when the panel, the questions and the decision meeting are planned "
            "before the first interview.</p>",
            "<p>只要在首轮面试前就安排好面试小组、问题和决策会议，速度与严谨可以兼得。</p>",
        ),
    },
    {
        "key": "att-014",
        "category": PROCESS,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Responding to a competing offer", "应对竞争对手的录用意向"),
        "stem": _t(
            "<p>After your second round, a candidate you are keen on says she has an offer from a competitor with "
            "a deadline in eight days. Put your responses in order.</p>",
            "<p>第二轮面试后，你很看好的一位候选人说她拿到了竞争对手的录用意向，八天后截止。请排列你的应对步骤。</p>",
        ),
        "items": [
            _t(
                "Thank her for telling you; ask about the deadline and what matters most in her decision",
                "感谢她告知；询问截止日期以及她做决定时最看重什么",
            ),
            _t("Tell HR and the decision makers the same day", "当天告知 HR 和决策者"),
            _t(
                "Bring the remaining interviews forward, combining rounds without dropping any assessment",
                "提前剩余面试，合并轮次，但不省略任何评估",
            ),
            _t(
                "Arrange a conversation with an executive about the strategy and the role's value",
                "安排一位高管与她谈公司战略和岗位价值",
            ),
            _t(
                "Give her the decision, and if positive an honest offer, before her deadline",
                "在她的截止日期前给出决定；如果通过，发出实事求是的录用意向",
            ),
        ],
        "general_feedback": _t(
            "<p>Understand what she values first, because it shapes what the executive conversation and the offer "
            "should address. Never answer a competing offer with promises you cannot keep.</p>",
            "<p>先弄清她看重什么，因为这决定了高管沟通和录用方案应回应什么。"
            "绝不要用无法兑现的承诺去应对竞争对手的录用意向。</p>",
        ),
    },
    {
        "key": "att-015",
        "category": PROCESS,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The stage-to-stage metric", "阶段间的指标"),
        "stem": _t(
            "<p>The share of candidates who move from one hiring stage to the next (for example from first to second "
            "interview) is called the stage ______ rate. One word.</p>",
            "<p>从一个招聘阶段进入下一阶段（例如从首轮面试进入第二轮）的候选人比例，称为阶段______率。请填一个词。</p>",
        ),
        "answers": [
            _opt(1.0, "conversion", "转化", "Right: the stage conversion rate.", "正确：阶段转化率。"),
            _opt(1.0, "conversion rate", "转化率", "Right: the stage conversion rate.", "正确：阶段转化率。"),
            _opt(1.0, "*conversion*", "*转化*", "Right: conversion.", "正确：转化。"),
            _opt(1.0, "pass-through", "conversion", "Right: also called pass-through.", "正确：转化（conversion）。"),
            _opt(
                0.0,
                "attrition",
                "流失",
                "Attrition is about people leaving after they are hired; the stage metric is conversion.",
                "流失率说的是入职后离开的人；阶段间的指标是转化率。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>Conversion rates show where candidates drop out. A sharp fall after one particular interview round "
            "often points to that round's interviewers or format.</p>",
            "<p>转化率显示候选人在哪里流失。某一轮面试后转化率骤降，往往说明这一轮的面试官或形式有问题。</p>",
        ),
    },
    {
        "key": "att-016",
        "category": PROCESS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("A discreet first meeting", "低调的初次会面"),
        "stem": _t(
            "<p>Beatriz Costa, head of operations at a competitor in São Paulo, agrees to an exploratory "
            "conversation but does not want to be seen at your office. Your country head suggests coffee in a hotel "
            "lounge. What is the right approach?</p>",
            "<p>圣保罗一家竞争对手的运营负责人 Beatriz Costa 同意进行一次初步交流，但不希望被人看到出入你们的办公室。"
            "你们的国家负责人建议在酒店大堂吧喝咖啡。正确的做法是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Meet in the lounge, choose a quiet corner, keep it a two-way conversation about the role and the "
                "company, and hold the structured interview later in a private setting as for other candidates.",
                "在大堂吧见面，选一个安静的角落，把它作为关于岗位和公司的双向交流；"
                "之后像对其他候选人一样，在私密场合进行结构化面试。",
                "Right. A relaxed setting suits a first conversation with a senior candidate; the assessment still "
                "happens on the same basis as for everyone else.",
                "正确。轻松的环境适合与资深候选人的初次交流；评估仍按与其他人相同的标准进行。",
            ),
            _opt(
                0.0,
                "Run the full structured interview in the lounge to save her a second trip.",
                "在大堂吧直接完成整场结构化面试，省得她再跑一趟。",
                "A public place puts her answers, and her confidentiality, at risk, and the setting makes notes and "
                "comparable scoring difficult.",
                "公共场所会让她的回答和保密需求面临风险，而且这种环境难以记录、难以进行可比评分。",
            ),
            _opt(
                0.0,
                "Insist on the office; informal meetings are not professional.",
                "坚持在办公室见面；非正式会面不专业。",
                "Relaxed settings are a legitimate way to start with senior candidates who need discretion. Being "
                "rigid here loses her before you begin.",
                "对需要保密的资深候选人来说，轻松的场合是合理的开始方式。在这一点上僵化，还没开始就会失去她。",
            ),
            _opt(
                0.0,
                "Meet in the lounge and ask about her current employer's plans and figures to gauge her value.",
                "在大堂吧见面，并询问她现任雇主的计划和数据，以评估她的价值。",
                "Asking for a competitor's confidential information is unethical, may be unlawful, and tells her you "
                "would not protect yours either.",
                "打听竞争对手的机密信息既不道德，也可能违法，还会让她觉得你们也不会保护她的信息。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Relaxed settings (a café, a hotel lounge) help build a connection with senior candidates. Keep "
            "them for conversation, protect confidentiality, and assess formally on the same basis as everyone.</p>",
            "<p>轻松的场合（咖啡馆、酒店大堂吧）有助于与资深候选人建立联系。这类场合用于交流，注意保密，"
            "正式评估按与所有人相同的标准进行。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: employer brand
    {
        "key": "att-020",
        "category": BRAND,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t('"Will you still be here in three years?"', "“三年后你们还会在这里吗？”"),
        "stem": _t(
            '<p>Rafael Lima, an experienced finance manager in São Paulo, says: "Foreign companies come and go in '
            'Brazil. Why should I believe you will still be here in three years?" How do you answer?</p>',
            "<p>圣保罗一位经验丰富的财务经理 Rafael Lima 说：“外国公司在巴西来来去去。"
            "我凭什么相信三年后你们还在？”你怎么回答？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Give facts he can check (years in the market, headcount, customers, local investments, tenure of "
                "the team) and offer a conversation with the country head about the plan.",
                "给出他可以核实的事实（进入市场的年数、员工人数、客户、本地投资、团队任期），"
                "并安排他与国家负责人聊聊发展规划。",
                "Right. A fair question deserves evidence and access to the people who decide, not reassurance.",
                "正确。合理的问题应当用证据和接触决策者的机会来回答，而不是一句安慰。",
            ),
            _opt(
                0.0,
                '"We are a very big company in China, so there is nothing to worry about."',
                "“我们在中国是很大的公司，所以不用担心。”",
                "Size at home does not answer a question about commitment to his market.",
                "在国内规模大，并不能回答对他所在市场的投入问题。",
            ),
            _opt(
                0.0,
                '"I can guarantee your job for at least three years."',
                "“我可以保证你至少三年的工作。”",
                "A promise you cannot make. If anything changes, it becomes a broken promise with your name on it.",
                "这是你无法做出的承诺。一旦情况变化，它就成了署着你名字的失信。",
            ),
            _opt(
                0.0,
                'Turn the question back: "Why are you worried about stability?"',
                "把问题抛回去：“你为什么担心稳定性？”",
                "It sounds evasive, and it invites him to talk about personal circumstances you should not be "
                "exploring.",
                "听起来像在回避，还可能引他谈起你不应打听的个人情况。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Show stability with evidence (history, tenure, investment) and let executives explain the strategy. "
            "Facts build trust; guarantees undermine it.</p>",
            "<p>用证据展示稳定性（历史、员工任期、投资），并让高管讲解战略。事实建立信任，打包票则会削弱信任。</p>",
        ),
    },
    {
        "key": "att-021",
        "category": BRAND,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Credible signs of stability and growth", "可信的稳定与成长信号"),
        "stem": _t(
            "<p>Which of these are credible ways to show a candidate stability, team cohesion and growth? Select all "
            "that apply.</p>",
            "<p>以下哪些是向候选人展示稳定性、团队凝聚力和成长空间的可信方式？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "The team's average tenure and how many of the first local hires are still there",
                "团队的平均任期，以及首批本地员工中有多少人仍在",
                "Yes. Tenure is hard to fake.",
                "正确。任期数据很难造假。",
            ),
            _opt(
                0.3333333,
                "The promotion route for this role, with one or two real examples",
                "这个岗位的晋升路线，附一两个真实案例",
                "Yes. A path with people on it is believable.",
                "正确。有人走过的路才可信。",
            ),
            _opt(
                0.3333334,
                "A meeting with future peers, without the manager in the room",
                "安排与未来同事见面，经理不在场",
                "Yes. Peers speak more freely, and candidates know it.",
                "正确。同事说话更自由，候选人也明白这一点。",
            ),
            _opt(
                -0.5,
                "A promise that he will be country manager within two years",
                "承诺他两年内升任国家经理",
                "No. Over-promising buys a signature and costs the relationship.",
                "错误。画饼换来的是签约，赔上的是信任。",
            ),
            _opt(
                -0.5,
                '"We are one big family; people here never go home before the boss."',
                "“我们是一个大家庭，这里没人在老板之前下班。”",
                'No. That praises overtime, and "family" language raises doubts about boundaries.',
                "错误。这是在夸耀加班；“大家庭”的说法还会让人担心工作边界。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Employer brand in an interview is evidence, not adjectives: tenure, real career paths, and access to "
            "the people the candidate would work with.</p>",
            "<p>面试中的雇主品牌靠的是证据而不是形容词：员工任期、真实的职业路径，以及让候选人接触未来的同事。</p>",
        ),
    },
    {
        "key": "att-022",
        "category": BRAND,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Praising late nights", "夸耀加班"),
        "stem": _t(
            '<p>Telling candidates that the team "often works until midnight because we are so passionate" '
            "strengthens your employer brand with ambitious candidates abroad.</p>",
            "<p>告诉候选人团队“因为充满激情，常常工作到午夜”，能增强你们在海外有抱负的候选人心中的雇主品牌。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "In most markets you hire in, ambitious candidates also value work-life balance, and they hear "
            '"midnight" as the real message. Talk about the challenge of the work, not its hours.',
            "在你招聘的大多数市场，有抱负的候选人同样看重工作与生活的平衡，他们听到的真正信息是“午夜”。"
            "应该谈工作的挑战，而不是工作的时长。",
        ),
        "feedback_false": _t(
            "Correct. Emphasise development, impact and how the company cares for its people; avoid praising "
            "an overtime culture.",
            "正确。应强调发展机会、工作影响力以及公司如何关怀员工；避免夸耀加班文化。",
        ),
        "general_feedback": _t(
            "<p>Describe demanding periods honestly when asked, with what the company does about them, but never "
            "present overtime as a virtue.</p>",
            "<p>被问到时，可以如实说明忙碌时期以及公司的应对措施，但绝不把加班当作美德来宣传。</p>",
        ),
    },
    {
        "key": "att-023",
        "category": BRAND,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Answering a candidate's concern with evidence", "用证据回应候选人的顾虑"),
        "stem": _t(
            "<p>Match each candidate concern with the most credible way to answer it.</p>",
            "<p>请为候选人的每种顾虑匹配最可信的回应方式。</p>",
        ),
        "pairs": [
            _pair(
                '"Will I grow here?"',
                "“我在这里能成长吗？”",
                "Name local hires promoted in the last two years and the path they took",
                "举出近两年获得晋升的本地员工及其成长路径",
            ),
            _pair(
                '"Does headquarters decide everything?"',
                "“是不是什么都由总部决定？”",
                "Explain which decisions are local and let the country head give an example",
                "说明哪些决定由本地做出，并请国家负责人举例",
            ),
            _pair(
                '"Is the business stable here?"',
                "“这里的业务稳定吗？”",
                "Years in the market, customer base and the investment plan already announced",
                "进入市场的年数、客户基础以及已公布的投资计划",
            ),
            _pair(
                '"What is the team really like?"',
                "“团队实际是什么样的？”",
                "A conversation with two future peers without the manager present",
                "在经理不在场的情况下与两位未来同事交流",
            ),
        ],
        "distractors": [
            _t('"We are like a family here; nobody ever says no."', "“我们这里就像一家人，没人会说不。”"),
        ],
        "general_feedback": _t(
            "<p>Every concern has a matching piece of evidence or a person who can answer it. Slogans answer "
            "none of them.</p>",
            "<p>每一种顾虑都有对应的证据或能回答它的人。口号回答不了任何一个。</p>",
        ),
    },
    {
        "key": "att-024",
        "category": BRAND,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard", "region:DE"),
        "mark": 1,
        "name": _t('"Young, dynamic team" in a German job ad', "德国招聘广告中的“年轻、有活力的团队”"),
        "stem": _t(
            '<p>Your marketing team drafts a job advert for Berlin: "Join our young, dynamic team". Local HR asks '
            "you to change it. Why?</p>",
            "<p>你们的市场团队为柏林岗位起草了一则招聘广告：“加入我们年轻、有活力的团队”。"
            "当地 HR 要求修改。为什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Under the AGG a job advert must not discriminate, and German courts have treated "young, '
                'dynamic team" as an indication of age discrimination that the employer then has to rebut.',
                "根据《一般平等待遇法》（AGG），招聘广告不得含有歧视；德国法院曾认定“年轻、有活力的团队”"
                "构成年龄歧视的迹象，雇主须对此举证反驳。",
                "Right. § 11 AGG forbids adverts that breach the ban on discrimination in § 7(1); the Federal Labour "
                "Court (BAG, 11 August 2016, 8 AZR 406/14) held that this wording can found the presumption under "
                "§ 22 AGG.",
                "正确。AGG 第 11 条禁止违反第 7 条第 1 款歧视禁令的招聘广告；联邦劳动法院"
                "（BAG，2016 年 8 月 11 日，8 AZR 406/14）认定该措辞可构成第 22 条所指的歧视推定。",
            ),
            _opt(
                0.0,
                "German candidates find informal language unprofessional.",
                "德国候选人认为非正式用语不专业。",
                "Tone may matter, but the reason here is legal: the wording points to age.",
                "语气也许有影响，但这里的原因是法律上的：这个措辞指向年龄。",
            ),
            _opt(
                0.0,
                "Job adverts in Germany must be written in German.",
                "德国的招聘广告必须用德语撰写。",
                "English adverts are common in Germany; language is not the problem here.",
                "英文招聘广告在德国很常见；语言不是这里的问题。",
            ),
            _opt(
                0.0,
                '"Dynamic" suggests overtime, which German law forbids advertising.',
                "“有活力”暗示加班，而德国法律禁止宣传加班。",
                'No such rule; the issue is the reference to age in "young", reinforced by "dynamic".',
                "没有这样的规定；问题在于“年轻”指向年龄，“有活力”又加强了这种指向。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Recruiting materials must comply with local law. Describe the work and the team's strengths "
            '("an experienced, motivated team") rather than the age of its members, and have local HR review every '
            "advert. This is not legal advice.</p>",
            "<p>招聘材料必须符合当地法律。应描述工作内容和团队的优势（如“一支经验丰富、积极进取的团队”），"
            "而不是成员的年龄；每则广告都请当地 HR 审核。本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "att-025",
        "category": BRAND,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Showing the job as it is", "如实展示工作"),
        "stem": _t(
            "<p>What is the name of the practice of telling candidates both the attractive and the difficult sides "
            "of a job before they accept it? Three words, often abbreviated RJP.</p>",
            "<p>在候选人接受职位之前，把工作的吸引力和困难之处都如实告诉他们，这种做法叫什么？（英文缩写常为 RJP）</p>",
        ),
        "answers": [
            _opt(
                1.0, "realistic job preview", "真实工作预览", "Right: a realistic job preview.", "正确：真实工作预览。"
            ),
            _opt(1.0, "RJP", "RJP", "Right: RJP, a realistic job preview.", "正确：RJP，即真实工作预览。"),
            _opt(
                1.0,
                "realistic job previews",
                "realistic job preview",
                "Right.",
                "正确：真实工作预览（realistic job preview）。",
            ),
            _opt(1.0, "realistic preview", "*真实*预览*", "Right: a realistic (job) preview.", "正确：真实工作预览。"),
            _opt(
                1.0, "*realistic*job*preview*", "*工作预览*", "Right: a realistic job preview.", "正确：真实工作预览。"
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>Research on realistic job previews links them to more accurate expectations and lower early "
            "turnover. It is the opposite of over-promising.</p>",
            "<p>关于真实工作预览的研究表明，它能让候选人的预期更准确，并降低入职初期的流失率。它正是“画饼”的反面。</p>",
        ),
    },
    {
        "key": "att-026",
        "category": BRAND,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 8,
        "name": _t('Scenario: the "why join us" conversation', "情景题：“为什么加入我们”的沟通"),
        "stem": _t(
            "<p>You are the hiring manager for a Regulatory Affairs Manager in Jakarta at a medical-device company "
            "headquartered in Shenzhen. Facts: the company has been in Indonesia since 2019 with 140 staff in "
            "Jakarta and Surabaya; two local managers were promoted into regional roles in the last two years; "
            "two product registrations were delayed by the health authorities last year; budgets are approved in "
            "Shenzhen; the role reports to the country head and travels to Shenzhen twice a year.</p>"
            "<p>The candidate, Rizky Pratama, leads registrations at a European device maker and has spoken at "
            "industry conferences about fast-track approvals. In the first round he said he wants to build a team "
            "and is looking for stability after a restructuring at his current employer.</p>"
            '<p>Write what you would say in the five-minute "why join us" part of the '
            "final interview, and what you "
            "would arrange besides words.</p>",
            "<p>你是一家总部位于深圳的医疗器械公司的用人经理，正在招聘雅加达的法规事务经理。已知事实：公司 2019 年"
            "进入印度尼西亚，在雅加达和泗水共有 140 名员工；近两年有两位本地经理晋升到区域岗位；"
            "去年有两项产品注册被卫生主管部门延迟；预算由深圳审批；该岗位向国家负责人汇报，每年赴深圳出差两次。</p>"
            "<p>候选人 Rizky Pratama 目前在一家欧洲器械公司负责产品注册，曾在行业会议上演讲快速审批通道。"
            "他在首轮面试中说，希望组建自己的团队，并且因现雇主刚经历重组而希望找一份稳定的工作。</p>"
            "<p>请写出你在终面“为什么加入我们”这五分钟里会说什么，以及除了言语之外你还会安排什么。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Honesty, no over-promising", "坦诚，不画饼"),
                "levels": [
                    _level(
                        0,
                        "Promises a team, a title or job security the manager cannot guarantee.",
                        "承诺了用人经理无法保证的团队、头衔或工作保障。",
                    ),
                    _level(
                        1,
                        "No false promises, but the registration delays or HQ budget approval are left out.",
                        "没有虚假承诺，但回避了注册延迟或总部审批预算等情况。",
                    ),
                    _level(
                        2,
                        "States the constraints plainly (delays, HQ budget approval, travel) and what the company is "
                        "doing about them.",
                        "坦率说明各项限制（延迟、总部审批预算、出差），以及公司正在采取的应对措施。",
                    ),
                ],
            },
            {
                "criterion": _t("Tailored to the candidate", "针对候选人的动机"),
                "levels": [
                    _level(0, "A generic company pitch.", "泛泛的公司介绍。"),
                    _level(1, "Mentions his interests in passing.", "顺带提及他的兴趣所在。"),
                    _level(
                        2,
                        "Speaks directly to team building and stability and to his registration expertise (the "
                        "delayed registrations are where his skills matter).",
                        "直接回应他对组建团队和稳定性的诉求，以及他的注册专长（被延迟的注册正是他能发挥作用的地方）。",
                    ),
                ],
            },
            {
                "criterion": _t("Evidence rather than adjectives", "用证据而非形容词"),
                "levels": [
                    _level(0, "Adjectives and slogans only.", "只有形容词和口号。"),
                    _level(1, "Some facts, loosely used.", "有一些事实，但用得比较松散。"),
                    _level(
                        2,
                        "Uses the facts given (since 2019, 140 staff, two promotions) as proof points for his "
                        "concerns.",
                        "用给定的事实（2019 年进入、140 名员工、两次晋升）作为回应他顾虑的证据。",
                    ),
                ],
            },
            {
                "criterion": _t("Letting him verify", "让候选人自行验证"),
                "levels": [
                    _level(0, "Nothing arranged beyond the conversation.", "除谈话外没有任何安排。"),
                    _level(1, "Invites questions only.", "只是邀请他提问。"),
                    _level(
                        2,
                        "Arranges a conversation with the country head about strategy and with one of the promoted "
                        "managers or future peers, and invites his hardest questions.",
                        "安排他与国家负责人谈战略，与一位获晋升的经理或未来同事交流，并欢迎他提出最尖锐的问题。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>The facts contain both attractions and risks on purpose. A strong answer turns the registration "
            "delays into an honest description of the challenge he would own, never hides HQ budget approval, and "
            "does not promise a team size or headcount that is not approved. Reward answers that let the candidate "
            "check claims with other people.</p>",
            "<p>题目中的事实有意同时包含吸引点和风险。优秀的答案会把注册延迟转化为对他将承担的挑战的如实描述，"
            "绝不隐瞒总部审批预算，也不承诺未经批准的团队规模或编制。"
            "能让候选人通过其他人核实说法的答案应得高分。</p>",
        ),
        "response_template": _t(
            "<p><strong>What I would say:</strong></p><p><strong>What I would arrange:</strong></p>",
            "<p><strong>我会说：</strong></p><p><strong>我会安排：</strong></p>",
        ),
        "general_feedback": _t(
            "<p>Employer brand in the interview is a truthful story told to a specific person: their motives, your "
            "evidence, the constraints, and people they can ask.</p>",
            "<p>面试中的雇主品牌，是讲给具体某个人的真实故事：他的动机、你的证据、现实的限制，以及他可以去问的人。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: candidate experience
    {
        "key": "att-030",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A rejected candidate asks for feedback", "未通过的候选人请求反馈"),
        "stem": _t(
            "<p>Tomás Herrera, rejected after the final round for a sales role in Mexico City, asks you why. What "
            "is the best response?</p>",
            "<p>墨西哥城销售岗位的候选人 Tomás Herrera 在终面后未获录用，他问你原因。最好的回应是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "After checking with HR, give brief, job-related feedback drawn from the evaluation evidence, e.g. "
                "that the examples of opening new accounts were less developed than those of the selected candidate.",
                "与 HR 确认后，根据评价表上的证据给出简短、与岗位相关的反馈，例如他在开拓新客户方面的例子"
                "不如最终人选充分。",
                "Right. Job-related, based on evidence, consistent with your notes, and respectful of the other "
                "candidate's privacy.",
                "正确。与岗位相关、基于证据、与记录一致，并尊重另一位候选人的隐私。",
            ),
            _opt(
                0.0,
                '"You were great, it was very close; we just went another way."',
                "“你很出色，差距很小，我们只是选择了另一个方向。”",
                "Kind but empty, and if it is not true it contradicts your own evaluation records.",
                "善意但空洞；如果不属实，还会与你自己的评价记录相矛盾。",
            ),
            _opt(
                0.0,
                "Explain in detail how the chosen candidate's background compared with his.",
                "详细说明最终人选的背景与他相比如何。",
                "You would disclose another candidate's personal information.",
                "这会泄露另一位候选人的个人信息。",
            ),
            _opt(
                0.0,
                "Decline to give any feedback, as company policy, to avoid legal risk.",
                "按公司政策一律不给反馈，以规避法律风险。",
                "Some companies do this, but short, evidence-based feedback is usually low risk and valuable; "
                "agree the approach with HR.",
                "有些公司确实这样做，但简短、基于证据的反馈通常风险低、价值高；应与 HR 商定做法。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Feedback should be short, job-related, based on the same evidence as the decision, and never reveal "
            "other candidates' details. Agree the wording with HR where local practice requires it.</p>",
            "<p>反馈应简短、与岗位相关，依据与决定相同的证据，绝不透露其他候选人的信息。"
            "当地惯例有要求的，与 HR 商定措辞。</p>",
        ),
    },
    {
        "key": "att-031",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Designing immersive touches", "设计沉浸式体验"),
        "stem": _t(
            "<p>You want finalists for a production-planning role in Penang to experience the job. Which designs "
            "are sound? Select all that apply.</p>",
            "<p>你希望槟城生产计划岗位的终面候选人亲身体验这份工作。以下哪些设计是合理的？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "A guided visit to the plant floor with the shift supervisor",
                "由班组主管陪同参观生产车间",
                "Yes. Candidates see the real environment and the people.",
                "正确。候选人能看到真实的环境和人。",
            ),
            _opt(
                0.3333333,
                "A two-hour planning exercise based on an anonymised past week, the same for every finalist and "
                "scored on anchors",
                "以一周的历史数据（已匿名化）为素材的两小时排产练习，所有终面候选人相同，并按锚点评分",
                "Yes. A simulated work scenario that is fair, bounded and assessable.",
                "正确。这是公平、有时间边界、可评估的模拟工作情境。",
            ),
            _opt(
                0.3333334,
                "Lunch with two future colleagues, making clear it is not part of the assessment",
                "与两位未来同事共进午餐，并明确说明这不属于评估环节",
                "Yes. Candidates learn about the team, and nobody scores the lunch.",
                "正确。候选人可以了解团队，而午餐不计分。",
            ),
            _opt(
                -0.5,
                "A week of unpaid work on live customer orders",
                "在真实客户订单上无偿工作一周",
                "No. Unpaid real work is exploitative and may breach local labour law.",
                "错误。无偿从事真实工作是剥削，也可能违反当地劳动法。",
            ),
            _opt(
                -0.5,
                'Letting the team vote after lunch on whether the candidate "fits"',
                "午餐后让团队投票决定候选人是否“合适”",
                "No. An unstructured vote on fit brings bias into the decision with no evidence behind it.",
                "错误。对“合适”进行非结构化投票，会把缺乏证据的偏见带入决策。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Site visits, meeting the team and simulated work scenarios help candidates choose you. Keep the "
            "assessed parts structured and identical for everyone, and the social parts clearly unassessed.</p>",
            "<p>参观现场、与团队见面、模拟工作情境，都能帮助候选人选择你们。计分的部分要结构化且对每个人一致，"
            "社交部分则明确不计分。</p>",
        ),
    },
    {
        "key": "att-032",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Keeping in touch after the interview", "面试后的沟通"),
        "stem": _t(
            "<p>Put the communication with a candidate after a final interview in order.</p>",
            "<p>请排列终面之后与候选人沟通的顺序。</p>",
        ),
        "items": [
            _t("Same day: thank them and confirm the date they will hear back", "当天：致谢并确认答复日期"),
            _t(
                "On that date: the decision, or an honest update and a new date",
                "到期：告知决定，或如实说明进展并给出新日期",
            ),
            _t(
                "For the chosen candidate: a call from the hiring manager, then the written offer",
                "对录用者：先由用人经理打电话，再发书面录用通知",
            ),
            _t(
                "For the others: a personal message and an offer of brief feedback",
                "对未录用者：发送个人化消息，并提供简短反馈",
            ),
        ],
        "general_feedback": _t(
            "<p>The order follows the candidate's need to know. Tell the chosen candidate first, but do not leave "
            "the others waiting for weeks while the offer is negotiated; tell them once the decision is final.</p>",
            "<p>顺序取决于候选人需要知道什么。先通知录用者，但不要在谈录用条件期间让其他人等上几周；"
            "决定一旦最终确定就通知他们。</p>",
        ),
    },
    {
        "key": "att-033",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("When to offer a site visit", "何时安排参观现场"),
        "stem": _t(
            "<p>A site visit and a meeting with the team are only worth offering once the candidate has signed the "
            "offer.</p>",
            "<p>只有在候选人签署录用通知之后，才值得安排参观现场和与团队见面。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "After signing, it is onboarding. Before the decision, it helps a strong candidate choose you and "
            "shows the team as it really is.",
            "签约之后那就是入职引导了。在做决定之前安排，能帮助优秀候选人选择你们，也展示团队的真实面貌。",
        ),
        "feedback_false": _t(
            "Correct. Immersive touches belong before the candidate decides, for finalists, when they influence "
            "the decision.",
            "正确。沉浸式体验应安排在候选人做决定之前、面向终面候选人，这时它才会影响决定。",
        ),
        "general_feedback": _t(
            "<p>Offer immersive touches to finalists: they cost little and are often what tips a senior candidate "
            "towards you.</p>",
            "<p>为终面候选人提供沉浸式体验：成本不高，却常常是让资深候选人倾向你们的关键。</p>",
        ),
    },
    {
        "key": "att-034",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Scoping a take-home assignment", "设定课后作业的范围"),
        "stem": _t(
            "<p>For a data-analyst role in Monterrey, a colleague proposes a take-home task: analyse last quarter's "
            "real sales data for the Mexican market and propose a pricing plan, due in five days. What do you "
            "change?</p>",
            "<p>招聘蒙特雷的数据分析师时，同事提议布置一项课后作业："
            "分析墨西哥市场上季度的真实销售数据并提出定价方案，"
            "五天内提交。你会怎么调整？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Use a prepared, anonymised data set, limit it to about two to three hours, give every candidate the "
                "same task and scoring anchors, and tell them how it will be assessed.",
                "使用预先准备、已匿名化的数据集，把工作量控制在两三小时，所有候选人任务和评分锚点相同，"
                "并告诉他们如何评估。",
                "Right. A fair, bounded simulation respects candidates' time, avoids handing out confidential data "
                "and avoids free consulting work.",
                "正确。公平、有边界的模拟尊重候选人的时间，既不外泄机密数据，也不是在索取免费咨询。",
            ),
            _opt(
                0.0,
                "Keep it; real data shows who can handle the real job.",
                "保持原样；真实数据才能看出谁能胜任真实工作。",
                "It exposes confidential figures, asks for unpaid real work, and many employed candidates will drop "
                "out rather than spend days on it.",
                "这会泄露机密数据、索取无偿的真实工作，许多在职候选人宁可退出也不愿花几天时间。",
            ),
            _opt(
                0.0,
                "Shorten the deadline to 24 hours to test performance under pressure.",
                "把期限缩短到 24 小时，以考察压力下的表现。",
                "The same workload in less time penalises candidates with jobs and families and adds no evidence "
                "about the role.",
                "同样的工作量、更短的时间，会让有工作、有家庭的候选人吃亏，也不会增加与岗位有关的证据。",
            ),
            _opt(
                0.0,
                "Drop the exercise; assignments always put candidates off.",
                "取消作业；作业总会劝退候选人。",
                "A well-designed short exercise is good evidence and can show candidates what the work is like.",
                "设计得当的简短练习是很好的证据，还能让候选人了解工作的实际内容。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>A simulated work scenario should be short, identical for all, scored on anchors and built on "
            "non-confidential material.</p>",
            "<p>模拟工作情境应简短、对所有人一致、按锚点评分，并使用非机密材料。</p>",
        ),
    },
    {
        "key": "att-035",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 8,
        "name": _t("Scenario: recovering a candidate who is losing interest", "情景题：挽回兴趣下降的候选人"),
        "stem": _t(
            "<p>Rania Khalil, a senior finance manager in Dubai, is your preferred candidate for Regional Finance "
            "Controller. The process has taken five weeks. She has postponed the final interview twice, replies to "
            'emails after several days, and on the phone said: "I\'m not sure the role is as senior as I thought." '
            "The CFO at headquarters, who must take part in the decision, is unavailable for two weeks. HR has heard "
            "she may have another offer.</p>"
            "<p>Write your plan: what you would find out, what you would change in the process, what you would say "
            "to her, and what you would do if she withdraws.</p>",
            "<p>迪拜的资深财务经理 Rania Khalil 是你区域财务总监岗位的首选候选人。流程已进行了五周。"
            "她两次推迟终面，回邮件要隔好几天，电话里还说：“我不确定这个岗位是否像我以为的那样高级。”"
            "必须参与决策的总部 CFO 两周内都没空。HR 听说她可能已有别的录用意向。</p>"
            "<p>请写出你的计划：你会了解什么、流程上会调整什么、会对她说什么，以及如果她退出你会怎么做。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Diagnosis", "诊断"),
                "levels": [
                    _level(0, "Assumes the reason (e.g. money) without asking.", "不问就假定原因（例如钱）。"),
                    _level(1, "Plans to ask her, but in general terms.", "打算问她，但问得笼统。"),
                    _level(
                        2,
                        'Asks directly and openly what has changed, what "senior" means to her (scope, reporting '
                        "line, decision rights) and her timeline, without prying into private reasons.",
                        "直接而坦诚地询问什么发生了变化、她所说的“高级”指什么（职责范围、汇报线、决策权）"
                        "以及她的时间表，但不打探私人原因。",
                    ),
                ],
            },
            {
                "criterion": _t("Process changes", "流程调整"),
                "levels": [
                    _level(0, "Leaves the process as it is.", "流程保持不变。"),
                    _level(
                        1, "Speeds up somewhat but still waits for the CFO's return.", "有所加快，但仍等待 CFO 回来。"
                    ),
                    _level(
                        2,
                        "Gets the CFO on a video call within days or agrees a delegate, combines remaining steps, "
                        "and sets a decision date she can plan around, without dropping any assessment.",
                        "几天内安排 CFO 视频通话或商定授权代表，合并剩余环节，设定她能据以安排的决定日期，"
                        "同时不省略任何评估。",
                    ),
                ],
            },
            {
                "criterion": _t("Honest value proposition", "真实的价值主张"),
                "levels": [
                    _level(
                        0,
                        "Inflates the title or promises future promotion to win her back.",
                        "夸大头衔或承诺未来晋升以挽回她。",
                    ),
                    _level(1, "Restates the job description.", "重复岗位说明。"),
                    _level(
                        2,
                        "Clarifies the real scope, reporting line and decision rights honestly; lets an executive "
                        "explain the role's strategic value; accepts that the role may not fit if the gap is real.",
                        "如实澄清真实的职责范围、汇报线和决策权；由高管讲解岗位的战略价值；"
                        "如果确实存在差距，也接受这个岗位可能不适合她。",
                    ),
                ],
            },
            {
                "criterion": _t("Respectful close and learning", "得体的收尾与改进"),
                "levels": [
                    _level(
                        0, "No plan for withdrawal, or pressure on her to stay in.", "没有应对退出的计划，或向她施压。"
                    ),
                    _level(1, "Accepts a withdrawal politely.", "礼貌地接受退出。"),
                    _level(
                        2,
                        "Thanks her, asks what would have made a difference, keeps the door open, and feeds the "
                        "reasons (cycle time, executive availability) into the recruiting metrics.",
                        "感谢她，询问哪些因素本可以改变结果，保持联系的可能，并把原因（招聘周期、高管时间）"
                        "纳入招聘数据分析。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>Look for a response within a day or two, a direct conversation that treats her remark about "
            "seniority as useful information, a fix for the CFO bottleneck, and no inflated promises. Answers that "
            "offer a bigger title or salary before understanding her concern should score 0 on the value "
            "proposition criterion.</p>",
            "<p>关注以下几点：一两天内就有回应；通过直接沟通把她关于职级的说法当作有用信息；"
            "解决 CFO 的瓶颈；不做夸大承诺。在了解她的顾虑之前就提出更高头衔或薪资的答案，价值主张一项为 0 分。</p>",
        ),
        "response_template": _t(
            "<p><strong>What I would find out:</strong></p><p><strong>Process changes:</strong></p>"
            "<p><strong>What I would say:</strong></p><p><strong>If she withdraws:</strong></p>",
            "<p><strong>我要了解的：</strong></p><p><strong>流程调整：</strong></p>"
            "<p><strong>我会说的：</strong></p><p><strong>如果她退出：</strong></p>",
        ),
        "general_feedback": _t(
            "<p>Candidates who lose interest usually tell you why, indirectly. Ask, fix what you control (speed, "
            "access to decision makers, clarity about the role), and never buy them back with promises.</p>",
            "<p>失去兴趣的候选人通常会间接告诉你原因。去问清楚，解决你能掌控的问题（速度、接触决策者的机会、"
            "岗位的清晰度），绝不要用承诺把人“买”回来。</p>",
        ),
    },
    {
        "key": "att-036",
        "category": EXPERIENCE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A candidate withdraws", "候选人退出"),
        "stem": _t(
            "<p>A strong candidate in Osaka withdraws by email after the second round, saying politely that the "
            'process "has taken longer than expected". What is the most useful response?</p>',
            "<p>大阪一位优秀候选人在第二轮面试后发邮件退出，委婉地说流程“比预期的时间长”。最有用的回应是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Thank her, ask briefly whether she would share what would have made a difference, leave the door "
                "open, and record the reason for the process review.",
                "感谢她，简短询问她是否愿意说说哪些方面本可以做得更好，保留今后联系的可能，并记录原因用于流程复盘。",
                "Right. You learn something, you keep a good relationship, and the data shows whether cycle time is "
                "costing you candidates.",
                "正确。你能学到东西、维持良好关系，数据也会显示招聘周期是否正在让你流失候选人。",
            ),
            _opt(
                0.0,
                "Offer her a higher salary immediately to bring her back.",
                "立即提出更高的薪资把她拉回来。",
                "She named the process, not the money. Buying her back does not fix why she left.",
                "她说的是流程而不是钱。用钱挽回解决不了她离开的原因。",
            ),
            _opt(
                0.0,
                "Accept without reply; she has made her choice.",
                "不回复，接受即可；她已经做出了选择。",
                "No reply confirms the impression that made her leave.",
                "不回复恰恰印证了让她离开的那种印象。",
            ),
            _opt(
                0.0,
                "Explain why each step took so long so that she understands.",
                "解释每一步为何耗时这么久，让她理解。",
                "A defence of the process does not help her, and it does not help you improve it.",
                "为流程辩解既帮不了她，也帮不了你改进。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Withdrawals are data. Track their stated reasons next to cycle time and stage conversion, and act on "
            "the pattern.</p>",
            "<p>候选人退出也是数据。把退出原因与招聘周期、阶段转化率放在一起追踪，并针对规律采取行动。</p>",
        ),
    },
]
