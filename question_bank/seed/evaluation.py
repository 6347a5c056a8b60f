"""Seeded questions: Evaluation and fairness (keys evl-NNN; FORMAT in question_bank.seed)."""

from __future__ import annotations

from .builders import level as _level
from .builders import opt as _opt
from .builders import pair as _pair
from .builders import t as _t

BIAS = {"en": "Evaluation and fairness/Bias and fairness", "zh": "评价与公平/偏见与公平"}
SCORING = {"en": "Evaluation and fairness/Scoring and calibration", "zh": "评价与公平/评分与校准"}
DECISIONS = {"en": "Evaluation and fairness/Decisions and feedback", "zh": "评价与公平/决策与反馈"}


def _tags(difficulty: str, *extra: str) -> list[str]:
    return ["competency:evaluation", "level:advanced", f"difficulty:{difficulty}", *extra]


QUESTIONS = [
    # ---------------------------------------------------------------- practice: bias and fairness
    {
        "key": "evl-001",
        "category": BIAS,
        "purpose": "practice",
        "type": "matching",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Naming common rater biases", "识别常见的评分偏差"),
        "stem": _t(
            "<p>Match each description with the bias it describes.</p>",
            "<p>请将每段描述与其对应的偏差相匹配。</p>",
        ),
        "pairs": [
            _pair(
                "You rate a candidate higher because she went to your university and shares your hobby",
                "因为候选人和你同一所大学毕业、爱好相同，你给她打了更高的分",
                "Similar-to-me (affinity) bias",
                "相似性偏差（亲和偏差）",
            ),
            _pair(
                "After an outstanding candidate, the next one seems weak although the evidence is similar",
                "面完一位非常出色的候选人后，下一位显得很弱，尽管两人的证据相近",
                "Contrast effect",
                "对比效应",
            ),
            _pair(
                "You formed a view in the first two minutes and then noticed mainly what supported it",
                "你在开头两分钟就形成了看法，之后主要注意到支持这一看法的信息",
                "Confirmation bias",
                "确认偏差",
            ),
            _pair(
                "You give almost everyone a 3 to avoid committing either way",
                "你几乎给每个人都打 3 分，以免表态",
                "Central tendency",
                "趋中倾向",
            ),
        ],
        "distractors": [_t("Halo effect", "光环效应")],
        "general_feedback": _t(
            "<p>Naming a bias helps you catch it. The structural remedies are the same for all of them: the same "
            "questions, anchors, evidence notes and independent scoring.</p>",
            "<p>能说出偏差的名字，有助于及时察觉。应对所有偏差的结构性手段都一样：相同的问题、锚点、"
            "证据记录和独立评分。</p>",
        ),
    },
    {
        "key": "evl-002",
        "category": BIAS,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What cultural fit means", "文化契合度的含义"),
        "stem": _t(
            "<p>Assessing cultural fit means asking yourself whether you would enjoy spending a long flight or an "
            "evening out with the candidate.</p>",
            "<p>评估文化契合度，就是问问自己是否愿意和这位候选人一起坐长途航班，或一起吃顿晚饭。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "That test measures how similar the candidate is to you, which is exactly how teams end up hiring "
            "people like themselves. Fit should be defined as values and behaviours the role needs, with evidence.",
            "这种测试衡量的是候选人与你有多相似，团队正是这样越招越像自己。契合度应定义为岗位需要的价值观和行为，"
            "并以证据为依据。",
        ),
        "feedback_false": _t(
            'Correct. Define fit as behaviour (e.g. "raises problems early", "explains HQ decisions locally and '
            'feeds local insight back") and score it on evidence like any other dimension.',
            "正确。应把契合度定义为行为（如“及早提出问题”“在本地解释总部决定并反馈本地洞察”），"
            "并像其他维度一样依据证据打分。",
        ),
        "general_feedback": _t(
            "<p>Cultural fit matters for both expatriate and local hires, and high attrition "
            "is a signal to assess it "
            "more deeply, but as values and behaviour, never as likeability or background.</p>",
            "<p>文化契合度对外派员工和本地员工都很重要；离职率高时更应深入评估它，"
            "但评估的是价值观和行为，绝不是讨人喜欢的程度或个人背景。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: scoring and calibration
    {
        "key": "evl-003",
        "category": SCORING,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Two scores three points apart", "相差三分的两个评分"),
        "stem": _t(
            '<p>In the debrief, you scored a candidate 2 on "Stakeholder management" and your colleague scored '
            "her 5. What should happen?</p>",
            "<p>在讨论会上，你给候选人的“利益相关方管理”打了 2 分，而同事打了 5 分。接下来应该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Each of you reads out the evidence behind the score against the anchor; find out whether one of you "
                "heard something the other missed or read the anchor differently; revise only with a written reason.",
                "你们各自对照锚点说明打分所依据的证据；弄清是一方听到了另一方漏掉的内容，还是对锚点理解不同；"
                "只有写明理由才能改分。",
                "Right. A large gap is information: either the evidence differs or the anchor is read differently. "
                "Both are worth finding out.",
                "正确。分差大本身就是信息：要么证据不同，要么对锚点理解不同。两种情况都值得弄清楚。",
            ),
            _opt(
                0.0,
                "Average the two to 3.5.",
                "取平均值 3.5 分。",
                "An average of two readings that disagree hides the disagreement; 3.5 may describe neither the "
                "evidence nor the candidate.",
                "对两个相互矛盾的判断取平均，只是掩盖了分歧；3.5 可能既不符合证据，也不符合候选人。",
            ),
            _opt(
                0.0,
                "The hiring manager decides which score stands.",
                "由用人经理决定采用哪个分数。",
                "Authority does not settle an evidence question, and the other interviewers learn that their "
                "scores do not matter.",
                "职位高低解决不了证据问题，其他面试官还会觉得自己的评分无足轻重。",
            ),
            _opt(
                0.0,
                "Ignore both and rely on the other interviewers' scores.",
                "两个分数都不采用，只看其他面试官的评分。",
                "You throw away evidence instead of examining it.",
                "这是丢弃证据，而不是审视证据。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Calibration is a conversation about evidence and anchors. Scores change when the evidence or the "
            "reading of the anchor changes, not when someone senior disagrees.</p>",
            "<p>校准是围绕证据和锚点的讨论。只有证据或对锚点的理解改变时，分数才应改变，"
            "而不是因为职位高的人不同意。</p>",
        ),
    },
    {
        "key": "evl-004",
        "category": SCORING,
        "purpose": "practice",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The meeting that aligns standards", "统一评分标准的会议"),
        "stem": _t(
            "<p>What do we call the session in which interviewers score the same sample answers, compare their "
            "scores against the anchors and agree how the anchors should be read? One word.</p>",
            "<p>面试官为同一批样例回答打分、对照锚点比较各自的分数、并就如何理解锚点达成一致，这样的会议叫什么？"
            "请填一个词。</p>",
        ),
        "answers": [
            _opt(1.0, "calibration", "校准", "Right: calibration.", "正确：校准。"),
            _opt(1.0, "calibration session", "校准会", "Right: a calibration session.", "正确：校准会。"),
            _opt(1.0, "*calibrat*", "*校准*", "Right: calibration.", "正确：校准。"),
            _opt(1.0, "calibrating", "calibration", "Right: calibration.", "正确：校准（calibration）。"),
            _opt(
                0.0,
                "debrief",
                "复盘",
                "A debrief discusses one candidate; calibration aligns how interviewers score in general.",
                "复盘讨论的是某一位候选人；校准统一的是面试官整体的评分尺度。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>Calibrate new interviewers before they score real candidates, and the whole panel whenever pass "
            "rates or score spreads look odd.</p>",
            "<p>新面试官在给真实候选人打分前要先校准；当通过率或评分分布异常时，整个面试小组都要重新校准。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: decisions and feedback
    {
        "key": "evl-005",
        "category": DECISIONS,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("How the decision is made", "如何做出录用决定"),
        "stem": _t(
            "<p>After a panel interview, how should the hire or no-hire decision be made?</p>",
            "<p>小组面试结束后，录用与否的决定应该如何做出？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Against a hiring bar agreed before the interviews, using the evidence on all interviewers' forms.",
                "对照面试前商定的录用标准，依据所有面试官评价表上的证据做出。",
                "Right. The bar is set before anyone meets a candidate, so it cannot bend towards a favourite.",
                "正确。标准在见到任何候选人之前就已确定，所以不会向某个偏爱的人倾斜。",
            ),
            _opt(
                0.0,
                "By a show of hands on who liked the candidate.",
                "举手表决谁喜欢这位候选人。",
                "Liking is not evidence, and a show of hands lets the first hand up sway the rest.",
                "喜欢不是证据；举手表决还会让第一个举手的人左右其他人。",
            ),
            _opt(
                0.0,
                "By the most senior interviewer alone, since they are accountable.",
                "由职位最高的面试官单独决定，因为他要承担责任。",
                "Accountability for the decision does not replace the evidence of the other interviewers.",
                "对决定负责，并不能取代其他面试官提供的证据。",
            ),
            _opt(
                0.0,
                "The candidate with the highest total score is always hired.",
                "总分最高的候选人一律录用。",
                "A high total can hide a must-have dimension below the bar; check must-haves first.",
                "总分高可能掩盖某个必备维度未达标；应先检查必备项。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Decide in three steps: must-have dimensions at or above the bar, then the overall evidence against "
            "the role's priorities, then a written rationale.</p>",
            "<p>决策分三步：先看必备维度是否达标，再对照岗位重点综合评估证据，最后写下决策理由。</p>",
        ),
    },
    {
        "key": "evl-006",
        "category": DECISIONS,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Recording a unanimous decision", "记录全票通过的决定"),
        "stem": _t(
            "<p>When the whole panel agrees on a candidate, there is no need to write down the reasons for the "
            "decision; the evaluation forms are enough.</p>",
            "<p>如果面试小组对某位候选人意见完全一致，就不必写下决定的理由，有评价表就够了。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "Agreement is not a reason. A short rationale (which must-haves were met, which evidence decided it) is "
            "what lets the department head sign off, a rejected candidate's challenge be answered, and the panel "
            "learn later whether its judgement held up in probation.",
            "意见一致不等于理由。一段简短的决策理由（哪些必备项达标、哪些证据起了决定作用），"
            "能让部门负责人签字授权，能回应被拒候选人的质疑，也能让小组日后检验自己的判断在试用期是否经得起考验。",
        ),
        "feedback_false": _t(
            "Correct. Record the decision with its reasons every time, in a few lines tied to the form's dimensions.",
            "正确。每次都要记录决定及其理由，用几行字对应评价表上的维度即可。",
        ),
        "general_feedback": _t(
            "<p>Forms record each interviewer's evidence; the rationale records how the panel turned that evidence "
            "into a decision. Both are needed.</p>",
            "<p>评价表记录的是每位面试官的证据；决策理由记录的是小组如何把这些证据转化为决定。两者缺一不可。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: bias and fairness
    {
        "key": "evl-010",
        "category": BIAS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A famous former employer", "知名的前雇主"),
        "stem": _t(
            "<p>Hannah Schulz, a candidate in Hamburg, spent six years at a world-famous consultancy. Your colleague "
            'scores her 5 on "Analytical depth". His notes say: "Top-tier consulting background, clearly very '
            'sharp." Her answer to the analysis question was a general description of a market-entry project. What '
            "is the problem?</p>",
            "<p>汉堡的候选人 Hannah Schulz 曾在一家世界知名的咨询公司工作六年。你的同事给她的“分析深度”打了 5 分，"
            "笔记写着：“顶级咨询背景，显然非常敏锐。”"
            "而她对分析题的回答只是泛泛介绍了一个市场进入项目。问题出在哪里？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "A halo effect: the prestige of her employer is standing in for evidence of her own analysis.",
                "光环效应：前雇主的名气替代了她本人分析能力的证据。",
                "Right. The note describes her CV, not her answer. Ask him for the evidence from the interview that "
                "meets the anchor for 5.",
                "正确。这条笔记描述的是她的简历，而不是她的回答。应请他拿出面试中达到 5 分锚点的证据。",
            ),
            _opt(
                0.0,
                "Nothing: a top consultancy's hiring process is stricter than ours, so the score is reasonable.",
                "没有问题：顶级咨询公司的招聘比我们更严格，这个分数合理。",
                "Their process assessed her for their job years ago. Your form asks what she showed in your interview.",
                "他们的招聘是多年前针对他们的岗位评估她的。你的评价表问的是她在你的面试中展示了什么。",
            ),
            _opt(
                0.0,
                "A contrast effect with the previous candidate.",
                "与上一位候选人之间的对比效应。",
                "Nothing suggests a comparison with another candidate; the score follows her employer's name.",
                "没有迹象表明与其他候选人作了比较；分数跟着的是她前雇主的名字。",
            ),
            _opt(
                0.0,
                "Central tendency.",
                "趋中倾向。",
                "A 5 is the opposite of a cautious middle score.",
                "5 分恰恰与谨慎的中间分相反。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Brand names, schools and titles are strong halo triggers. Score what the candidate did and said in "
            "the interview; the CV is where you look for things to probe.</p>",
            "<p>知名公司、名校和头衔都很容易引发光环效应。应为候选人在面试中的言行打分；简历是用来寻找追问点的。</p>",
        ),
    },
    {
        "key": "evl-011",
        "category": BIAS,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Practices that reduce bias", "减少偏见的做法"),
        "stem": _t(
            "<p>Which practices reduce bias in interview decisions? Select all that apply.</p>",
            "<p>以下哪些做法能减少面试决策中的偏见？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.25,
                "The same core questions and anchors for every candidate",
                "每位候选人使用相同的核心问题和锚点",
                "Yes. Comparable evidence is the foundation.",
                "正确。可比的证据是基础。",
            ),
            _opt(
                0.25,
                "Each interviewer scores independently before the debrief",
                "每位面试官在讨论会前独立打分",
                "Yes. It prevents the first or loudest opinion from setting everyone's scores.",
                "正确。避免第一个或声音最大的意见左右所有人的分数。",
            ),
            _opt(
                0.25,
                "Writing the evidence before writing the number",
                "先写证据，再写分数",
                "Yes. It forces the score to follow the evidence rather than the impression.",
                "正确。这迫使分数跟着证据走，而不是跟着印象走。",
            ),
            _opt(
                0.25,
                "A panel with different backgrounds and roles",
                "由不同背景和岗位的人组成面试小组",
                "Yes. Different people notice different evidence and catch each other's blind spots.",
                "正确。不同的人会注意到不同的证据，也能发现彼此的盲点。",
            ),
            _opt(
                -0.5,
                "Letting the most senior person speak first in the debrief to set the direction",
                "讨论会上让职位最高的人先发言，定下基调",
                "No. Juniors then anchor on the senior view. Ask the most junior interviewer first.",
                "错误。这样资历浅的人会以资深者的意见为锚。应先请资历最浅的面试官发言。",
            ),
            _opt(
                -0.5,
                'An overall "gut feel" score that can override the dimension scores',
                "设一个可以推翻各维度评分的总体“直觉分”",
                "No. It reintroduces exactly the unstructured judgement the form is designed to discipline.",
                "错误。这恰恰把评价表要约束的非结构化判断又请了回来。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Bias is reduced by structure rather than by good intentions: the same questions, anchors, written "
            "evidence, independent scores and a debrief that hears every voice.</p>",
            "<p>减少偏见靠的是结构而不是善意：相同的问题、锚点、书面证据、独立评分，以及听取每个人意见的讨论会。</p>",
        ),
    },
    {
        "key": "evl-012",
        "category": BIAS,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Accent and communication", "口音与沟通能力"),
        "stem": _t(
            "<p>A strong accent is in itself evidence of weak communication skills.</p>",
            "<p>口音重本身就是沟通能力弱的证据。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "Accent is tied to origin, which is protected in most countries, and it is not what the role needs. "
            "Score whether the candidate explains clearly and checks understanding, at the level the job requires.",
            "口音与出身相关，而出身在大多数国家受法律保护，口音也不是岗位所需。"
            "应按岗位要求的程度，评价候选人能否清楚表达并确认对方理解。",
        ),
        "feedback_false": _t(
            "Correct. Communication is about being understood and understanding others in the role's real "
            "situations; define it that way on the form and score the evidence.",
            "正确。沟通能力是指在岗位的真实场景中让别人理解、也理解别人；在评价表上这样定义，并依据证据打分。",
        ),
        "general_feedback": _t(
            "<p>If a language level is a genuine requirement, state it, test it the same way for everyone, and keep "
            "it separate from accent.</p>",
            "<p>如果语言水平确实是岗位要求，就明确写出，对所有人用同样的方式测试，并与口音区分开来。</p>",
        ),
    },
    {
        "key": "evl-013",
        "category": BIAS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard", "region:GB"),
        "mark": 1,
        "name": _t('"Native English speaker" in a London role', "伦敦岗位要求“英语母语者”"),
        "stem": _t(
            '<p>A hiring manager wants the requirements for a customer-support role in London to include "native '
            'English speaker". What do you advise?</p>',
            "<p>一位用人经理希望在伦敦客户支持岗位的要求中写上“英语母语者”。你会给出什么建议？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Replace it with the standard the job needs, e.g. "fluent spoken and written English to resolve '
                'complaints by phone", and test that the same way for every candidate.',
                "改为岗位实际需要的标准，例如“英语口语和书面表达流利，能通过电话处理投诉”，"
                "并对所有候选人用同样的方式测试。",
                'Right. "Native speaker" is tied to national origin and screens out fluent candidates who learnt '
                "English later; the real requirement is the level of English, which you can test.",
                "正确。“母语者”与国籍出身挂钩，会把后来学会英语、同样流利的候选人排除在外；"
                "真正的要求是英语水平，而这是可以测试的。",
            ),
            _opt(
                0.0,
                "Keep it: customers prefer native speakers.",
                "保留：客户更喜欢母语者。",
                "Customer preference does not justify a requirement linked to national origin.",
                "客户偏好不能成为与国籍出身挂钩的要求的正当理由。",
            ),
            _opt(
                0.0,
                "Keep it in the interview guide but leave it out of the job advert.",
                "广告里不写，但保留在面试提纲中。",
                "Hiding the criterion does not make it lawful; it only makes it harder to defend.",
                "把标准藏起来并不会让它变得合法，只会更难辩护。",
            ),
            _opt(
                0.0,
                'Replace it with "English as a first language".',
                "改为“英语为第一语言”。",
                "Same criterion in other words, with the same problem.",
                "换了说法，标准没变，问题也没变。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Under the UK Equality Act 2010, race includes nationality and national origins (s. 9), and a "
            "requirement that puts a group at a particular disadvantage is indirect discrimination unless it is a "
            "proportionate means of achieving a legitimate aim (s. 19). Similar rules exist elsewhere (for example "
            "AGG § 3(2) in Germany). Require what the job needs and test it. This is not legal advice.</p>",
            "<p>根据英国《2010 年平等法》，种族包括国籍和民族出身（第 9 条）；"
            "若某项要求使某一群体处于特别不利的地位，"
            "除非它是实现正当目的的相称手段，否则构成间接歧视（第 19 条）。其他国家也有类似规定"
            "（如德国 AGG 第 3 条第 2 款）。只要求岗位真正需要的，并加以测试。本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "evl-014",
        "category": BIAS,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Biases heard in a debrief", "讨论会上听到的偏差"),
        "stem": _t(
            "<p>Match each remark heard in a debrief with the bias it reveals.</p>",
            "<p>请将讨论会上听到的每句话与它所暴露的偏差相匹配。</p>",
        ),
        "pairs": [
            _pair(
                '"She worked at a top consultancy, so her analysis will be excellent."',
                "“她在顶级咨询公司干过，分析能力肯定很强。”",
                "Halo effect",
                "光环效应",
            ),
            _pair(
                '"His CV had a typo, so I doubt his attention to detail in everything."',
                "“他的简历有个错别字，所以我怀疑他做什么都不够细致。”",
                "Horn effect",
                "尖角效应（负面光环）",
            ),
            _pair(
                '"Engineers from that country are usually weak at client communication."',
                "“那个国家的工程师通常不擅长和客户沟通。”",
                "Stereotyping",
                "刻板印象",
            ),
            _pair(
                '"The last ten minutes were brilliant; that is what I remember."',
                "“最后十分钟表现很精彩，我记住的就是这个。”",
                "Recency effect",
                "近因效应",
            ),
        ],
        "distractors": [_t("Leniency", "宽大倾向")],
        "general_feedback": _t(
            '<p>When you hear one of these in a debrief, the useful response is the same: "What did the candidate '
            'say or do that supports that?"</p>',
            "<p>在讨论会上听到这类话时，有效的回应都一样：“候选人说了什么、做了什么能支持这个判断？”</p>",
        ),
    },
    {
        "key": "evl-015",
        "category": BIAS,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("One trait colours everything", "一项特质影响全部判断"),
        "stem": _t(
            "<p>What is the name of the bias in which one striking positive trait (a famous employer, fluent "
            "English, an impressive manner) raises an interviewer's scores on unrelated dimensions? Two words in "
            "English: the ______ effect.</p>",
            "<p>某个突出的正面特质（知名雇主、流利的英语、出色的谈吐）拉高了面试官对无关维度的评分，"
            "这种偏差叫什么？（______效应）</p>",
        ),
        "answers": [
            _opt(1.0, "halo", "光环", "Right: the halo effect.", "正确：光环效应。"),
            _opt(1.0, "halo effect", "光环效应", "Right: the halo effect.", "正确：光环效应。"),
            _opt(1.0, "*halo*", "晕轮效应", "Right: the halo effect.", "正确：晕轮效应，即光环效应。"),
            _opt(1.0, "the halo effect", "*光环*", "Right: the halo effect.", "正确：光环效应。"),
            _opt(1.0, "halo bias", "*晕轮*", "Right: the halo effect.", "正确：晕轮效应。"),
            _opt(1.0, "halo-effect", "halo", "Right: the halo effect.", "正确：光环效应（halo）。"),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>The remedy is to score one dimension at a time, writing the evidence for that dimension before the "
            "number. Its negative twin is the horn effect.</p>",
            "<p>应对方法是逐个维度打分，每个维度先写证据再写分数。它的负面孪生兄弟是尖角效应。</p>",
        ),
    },
    {
        "key": "evl-016",
        "category": BIAS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard", "region:DE"),
        "mark": 1,
        "name": _t("A discrimination claim in Germany", "德国的歧视索赔"),
        "stem": _t(
            "<p>Six weeks after being rejected for a project-manager role in Munich, a 58-year-old candidate writes "
            "to the company claiming that he was turned down because of his age and asking for compensation. What "
            "protects the company most?</p>",
            "<p>一位 58 岁的候选人应聘慕尼黑项目经理岗位被拒，六周后致函公司，称自己因年龄被拒，并要求赔偿。"
            "什么对公司最有保护作用？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Evaluation forms completed at the time, with job-related evidence for each score and a written "
                "rationale for the decision.",
                "当时填写的评价表，每个分数都有与岗位相关的证据，决定也有书面理由。",
                "Right. If he shows indications of age discrimination, the company must prove there was no breach; "
                "contemporaneous, job-related evidence is how it does that.",
                "正确。如果他提出年龄歧视的迹象，公司就必须证明不存在违规；当时记录的、与岗位相关的证据正是证明手段。",
            ),
            _opt(
                0.0,
                "The fact that nobody asked his age in the interview.",
                "面试中没有人问过他的年龄。",
                "Helpful, but not enough: a decision can be influenced by age without anyone asking about it. The "
                "company needs to show the real reasons.",
                "有帮助，但不够：即使没人问年龄，决定也可能受到年龄影响。公司需要证明真实的理由。",
            ),
            _opt(
                0.0,
                "The claim is too late: such claims must be made within two weeks.",
                "索赔太晚了：此类索赔必须在两周内提出。",
                "The AGG period for asserting a claim in writing is two months, not two weeks; six weeks is within it.",
                "AGG 规定书面主张的期限是两个月而不是两周；六周仍在期限内。",
            ),
            _opt(
                0.0,
                "Deleting the interview notes now to minimise the data held about him.",
                "现在删除面试笔记，以减少所持有的关于他的数据。",
                "Destroying the evidence that could show a lawful decision, once a claim is raised, is the worst "
                "option.",
                "在索赔已经提出后销毁可以证明决定合法的证据，是最糟糕的选择。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Under Germany's Allgemeines Gleichbehandlungsgesetz (AGG), a rejected applicant must assert a "
            "compensation claim in writing within two months (§ 15(4)); if they prove facts that suggest "
            "discrimination on a ground in § 1, the employer bears the burden of proving there was no breach "
            "(§ 22). Keep evaluation records for the period local HR sets. This is not legal advice.</p>",
            "<p>根据德国《一般平等待遇法》（AGG），被拒的求职者须在两个月内以书面形式主张赔偿（第 15 条第 4 款）；"
            "若其证明了足以推定存在第 1 条所列理由的歧视的事实，则由雇主承担证明不存在违规的责任（第 22 条）。"
            "评价记录应按当地 HR 规定的期限保存。本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "evl-017",
        "category": BIAS,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 9,
        "name": _t("Scenario: reviewing a panel's notes", "情景题：审阅面试小组的笔记"),
        "stem": _t(
            "<p>You chair the debrief for a software team-lead role in Munich. Before the meeting you read the "
            "panel's notes on the candidate, Aylin Demir:</p>"
            '<ol><li>"Cut build time from 40 to 12 minutes by parallelising the test suite; '
            "explained the trade-offs "
            'clearly."</li>'
            '<li>"Not sure she would fit: very direct, and she wears a headscarf, which might be awkward with our '
            'clients in the Gulf."</li>'
            '<li>"Just married (mentioned her honeymoon), so she is probably planning a family soon."</li>'
            '<li>"On the caching question could not explain an invalidation strategy; the answer stayed '
            'general."</li></ol>'
            "<p>Explain which notes can be used in the decision and why, what you do about the others, and how you "
            "keep the decision fair and defensible.</p>",
            "<p>你主持慕尼黑软件团队负责人岗位的讨论会。会前你阅读了面试小组关于候选人 Aylin Demir 的笔记：</p>"
            "<ol><li>“通过并行化测试套件，把构建时间从 40 分钟缩短到 12 分钟；清楚地解释了其中的取舍。”</li>"
            "<li>“不确定她是否合适：说话很直接，而且戴头巾，和我们海湾地区的客户打交道可能会尴尬。”</li>"
            "<li>“刚结婚（提到了蜜月），估计很快要计划生孩子。”</li>"
            "<li>“缓存问题上讲不清缓存失效策略，回答一直停留在泛泛而谈。”</li></ol>"
            "<p>请说明哪些笔记可以用于决策及原因，你如何处理其余笔记，以及如何确保决定公平且经得起质疑。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Usable evidence", "可用的证据"),
                "levels": [
                    _level(0, "Does not distinguish evidence from opinion.", "没有区分证据与意见。"),
                    _level(
                        1,
                        "Identifies notes 1 and 4 as usable without saying why.",
                        "指出第 1、4 条可用，但未说明理由。",
                    ),
                    _level(
                        2,
                        "Identifies 1 and 4 as job-related behavioural evidence (one strength, one gap) and says how "
                        "they map to the form's dimensions.",
                        "指出第 1、4 条是与岗位相关的行为证据（一项优势、一项不足），并说明它们对应评价表的哪些维度。",
                    ),
                ],
            },
            {
                "criterion": _t("Recognising the unlawful and biased notes", "识别违法与带偏见的笔记"),
                "levels": [
                    _level(0, "Treats note 2 or 3 as relevant.", "认为第 2 或第 3 条相关。"),
                    _level(1, "Rejects notes 2 and 3 in general terms.", "笼统地否定第 2、3 条。"),
                    _level(
                        2,
                        "Explains that note 2 rests on religion (and an assumption about clients' preferences) and "
                        "note 3 on marital status and assumed family plans, which in Germany engage the "
                        "AGG (religion; "
                        'sex, through pregnancy and maternity); notes that "direct" is not a defined dimension.',
                        "说明第 2 条基于宗教（以及对客户偏好的假设），第 3 条基于婚姻状况和臆测的生育计划，"
                        "在德国涉及 AGG（宗教；以及通过怀孕和生育涉及的性别）；并指出“直接”并不是评价表定义的维度。",
                    ),
                    _level(
                        3,
                        "As 2, and explains why a client's presumed preference cannot justify a decision, and that "
                        "the notes themselves create legal risk (§ 22 AGG indications).",
                        "达到 2 分要求，并说明为什么客户的假想偏好不能成为决定的理由，以及这些笔记本身就构成法律风险"
                        "（AGG 第 22 条所指的歧视迹象）。",
                    ),
                ],
            },
            {
                "criterion": _t("Action on the notes and the interviewers", "对笔记和面试官的处理"),
                "levels": [
                    _level(0, "No action, or quietly deletes the notes.", "不采取行动，或悄悄删除笔记。"),
                    _level(1, "Tells the interviewers to be careful.", "提醒面试官注意。"),
                    _level(
                        2,
                        "Excludes the two notes from the decision and records that they were excluded, involves HR, "
                        "and gives the interviewers specific feedback and refresher training; does not destroy "
                        "records.",
                        "将这两条笔记排除在决策之外并记录排除一事，请 HR 介入，向相关面试官给出具体反馈并安排复训；"
                        "不销毁记录。",
                    ),
                ],
            },
            {
                "criterion": _t("A fair, defensible decision", "公平且经得起质疑的决定"),
                "levels": [
                    _level(0, "No safeguards for the decision.", "决定没有任何保障措施。"),
                    _level(
                        1,
                        'Says to decide "on merit" without saying how.',
                        "只说要“择优”决定，但没说怎么做。",
                    ),
                    _level(
                        2,
                        "Checks whether the biased interviewers' scores are still usable (re-score on "
                        "evidence or set "
                        "them aside), decides against the pre-set bar, and writes a rationale based only on "
                        "job-related evidence.",
                        "核查带偏见的面试官的评分是否仍可用（依据证据重新评分或不予采用），对照预设标准做决定，"
                        "并只依据与岗位相关的证据写下决策理由。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>Key points: notes 2 and 3 must play no part in the decision; the same interviewers' other scores may "
            "be tainted and need checking; records are kept, not destroyed; HR is involved. Under the AGG, religion "
            "is a protected ground (§ 1), and less favourable treatment of a woman because of pregnancy or maternity "
            "is direct sex discrimination (§ 3(1)); assumptions about family plans fall squarely there. An answer "
            "that keeps note 2 on the grounds that clients might object scores 0 on the second criterion.</p>",
            "<p>要点：第 2、3 条笔记不得对决定产生任何影响；同一批面试官的其他评分可能也受到影响，需要核查；"
            "记录应保留而非销毁；须请 HR 介入。根据 AGG，宗教是受保护的理由（第 1 条），因怀孕或生育而对女性作出"
            "不利对待属于直接的性别歧视（第 3 条第 1 款）；对生育计划的臆测正属此列。若以客户可能反感为由保留"
            "第 2 条笔记，第二项为 0 分。</p>",
        ),
        "response_template": _t(
            "<p><strong>Notes I can use:</strong></p><p><strong>Notes I cannot use, and why:</strong></p>"
            "<p><strong>What I do about them:</strong></p><p><strong>Keeping the decision fair:</strong></p>",
            "<p><strong>可以使用的笔记：</strong></p><p><strong>不能使用的笔记及原因：</strong></p>"
            "<p><strong>我的处理方式：</strong></p><p><strong>确保决定公平：</strong></p>",
        ),
        "general_feedback": _t(
            "<p>The evaluation record must contain only job-related evidence. When it does not, the chair's job is "
            "to keep the tainted material out of the decision, document that, and correct the interviewers.</p>",
            "<p>评价记录中只能包含与岗位相关的证据。一旦出现其他内容，主持人的职责是把这些内容排除在决策之外、"
            "记录在案，并纠正相关面试官。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: scoring and calibration
    {
        "key": "evl-020",
        "category": SCORING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("An interviewer who always scores 3", "总是打 3 分的面试官"),
        "stem": _t(
            "<p>Across twelve candidates, Marco gave a 3 on almost every dimension. His evidence notes are two or "
            "three words each. What is the best response?</p>",
            "<p>在十二位候选人中，Marco 几乎在每个维度都打 3 分，他的证据记录每条只有两三个词。最好的应对是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Work with him in calibration on sample answers, asking for the evidence that separates a 2 from a 3 "
                "and a 3 from a 4, and have him shadow an experienced interviewer's note-taking.",
                "在校准会上用样例回答和他一起练习，请他说出区分 2 分与 3 分、3 分与 4 分的证据，"
                "并安排他旁听一位资深面试官如何做记录。",
                "Right. Central tendency usually comes from thin notes and uncertainty about the anchors; both can "
                "be trained.",
                "正确。趋中倾向通常源于记录单薄和对锚点把握不准，这两点都可以通过训练改善。",
            ),
            _opt(
                0.0,
                "Statistically rescale his scores to match the panel's spread.",
                "用统计方法调整他的分数，使其与小组的分布一致。",
                "Rescaling cannot create evidence that was never written down; it hides the problem.",
                "重新标定无法凭空生成从未记录的证据，只会掩盖问题。",
            ),
            _opt(
                0.0,
                "Tell him to be bolder and use more 1s and 5s.",
                "让他胆子大一点，多打 1 分和 5 分。",
                "Spreading scores without better evidence only swaps one error for another.",
                "没有更好的证据就拉开分数，只是用一种错误替换另一种错误。",
            ),
            _opt(
                0.0,
                "Leave it: cautious scores do little harm.",
                "随他去：谨慎的打分没什么害处。",
                "They do harm: his scores cannot tell strong from weak candidates, so his interviews add nothing to "
                "the decision.",
                "有害处：他的分数无法区分强弱候选人，他的面试对决策毫无贡献。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Look at each interviewer's score distribution over time. Patterns such as "
            "all-3s, all-5s or identical "
            "scores across dimensions point to coaching needs, not to the candidates.</p>",
            "<p>定期查看每位面试官的评分分布。全是 3 分、全是 5 分或各维度分数完全相同等规律，"
            "指向的是面试官需要辅导，而不是候选人的问题。</p>",
        ),
    },
    {
        "key": "evl-021",
        "category": SCORING,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Running a calibration session", "如何组织校准会"),
        "stem": _t(
            "<p>Which practices belong in a good calibration session? Select all that apply.</p>",
            "<p>一场好的校准会应包括哪些做法？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.25,
                "Everyone scores the sample answers alone before any discussion",
                "讨论之前，每个人独立为样例回答打分",
                "Yes. Otherwise you calibrate to the first speaker.",
                "正确。否则校准的结果只是向第一个发言的人看齐。",
            ),
            _opt(
                0.25,
                "Discussing one dimension at a time, quoting the evidence",
                "一次讨论一个维度，并引用证据",
                "Yes. It keeps the debate on anchors and facts.",
                "正确。讨论始终围绕锚点和事实。",
            ),
            _opt(
                0.25,
                "Agreeing example answers for each anchor level and adding them to the guide",
                "为每个锚点等级商定示例回答，并补充进面试指南",
                "Yes. Shared examples are what keeps scoring aligned afterwards.",
                "正确。共同认可的示例能让之后的评分保持一致。",
            ),
            _opt(
                0.25,
                "Recording any change to a score with its reason",
                "记录每一次改分及其理由",
                "Yes. It shows later that changes followed evidence.",
                "正确。日后可以证明改分是依据证据做出的。",
            ),
            _opt(
                -0.5,
                "Adopting the most senior person's score when views differ",
                "意见不一时采用职位最高者的分数",
                "No. That aligns everyone to a person, not to the anchors.",
                "错误。这是让所有人向某个人看齐，而不是向锚点看齐。",
            ),
            _opt(
                -0.5,
                "Re-scoring after the hiring manager says which candidate they prefer",
                "在用人经理表明偏好哪位候选人之后重新打分",
                "No. That is calibrating to a preference, the opposite of the purpose.",
                "错误。这是向偏好看齐，与校准的目的背道而驰。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Calibration aims at this: two trained interviewers reading the same evidence should land within "
            "one point of each other.</p>",
            "<p>校准的目标是：两位受过训练的面试官面对同样的证据，评分相差不超过一分。</p>",
        ),
    },
    {
        "key": "evl-022",
        "category": SCORING,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Averaging away a disagreement", "用平均值消除分歧"),
        "stem": _t(
            "<p>When two interviewers' scores for the same dimension differ by two points or more, averaging them is "
            "the fairest way to resolve it.</p>",
            "<p>当两位面试官对同一维度的评分相差两分或以上时，取平均值是最公平的解决方式。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "A gap that large means the interviewers heard different evidence or read the anchor differently. An "
            "average hides which one is true.",
            "分差这么大，说明面试官听到的证据不同，或对锚点的理解不同。取平均值掩盖了哪一种才是事实。",
        ),
        "feedback_false": _t(
            "Correct. Discuss the evidence against the anchor; revise with a stated reason, or record the "
            "unresolved difference.",
            "正确。应对照锚点讨论证据；写明理由后改分，或记录下未能消除的分歧。",
        ),
        "general_feedback": _t(
            "<p>Small differences (one point) are normal. Large ones are worth the five minutes it takes to find out "
            "why.</p>",
            "<p>一分以内的差异很正常。差异大时，值得花五分钟弄清原因。</p>",
        ),
    },
    {
        "key": "evl-023",
        "category": SCORING,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Running a debrief", "组织讨论会"),
        "stem": _t(
            "<p>Put the steps of a panel debrief in order.</p>",
            "<p>请排列面试小组讨论会的步骤。</p>",
        ),
        "items": [
            _t("Each interviewer submits their form independently", "每位面试官独立提交评价表"),
            _t("The chair shows the scores side by side, dimension by dimension", "主持人逐个维度并列展示各人的分数"),
            _t(
                "Discuss the largest gaps first, each interviewer citing evidence",
                "先讨论分差最大的维度，每位面试官引用证据",
            ),
            _t("Interviewers may revise a score, writing down the reason", "面试官可以改分，但须写明理由"),
            _t(
                "Compare the result with the hiring bar and record the decision and rationale",
                "对照录用标准得出结论，并记录决定和理由",
            ),
        ],
        "general_feedback": _t(
            "<p>Independent forms first, evidence before opinions, the biggest disagreements first, and a written "
            "rationale at the end.</p>",
            "<p>先独立提交评价表，先摆证据再谈意见，先处理最大的分歧，最后写下决策理由。</p>",
        ),
    },
    {
        "key": "evl-024",
        "category": SCORING,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Rater patterns and remedies", "评分规律与改进方法"),
        "stem": _t(
            "<p>Match each pattern you find in an interviewer's scores with the most useful remedy.</p>",
            "<p>请为面试官评分中发现的每种规律匹配最有用的改进方法。</p>",
        ),
        "pairs": [
            _pair(
                "Almost every candidate gets 4s and 5s",
                "几乎每位候选人都得 4 分和 5 分",
                "Review the anchor examples for 3 and for 5 with them in calibration",
                "在校准会上和他一起复习 3 分与 5 分的锚点示例",
            ),
            _pair(
                "Almost every candidate gets 3s",
                "几乎每位候选人都得 3 分",
                "Ask for the evidence that separates a 3 from a 2 and a 4",
                "要求说明区分 3 分与 2 分、4 分的证据",
            ),
            _pair(
                "Each candidate gets the same score on every dimension",
                "每位候选人在所有维度上得分相同",
                "Score one dimension at a time, writing evidence before the number",
                "逐个维度打分，先写证据再写分数",
            ),
            _pair(
                "Candidates from her former employer score higher",
                "来自她前雇主的候选人得分更高",
                "Declare the connection and compare her scores with the panel's evidence",
                "申报这层关系，并将她的评分与小组的证据进行比对",
            ),
        ],
        "distractors": [
            _t("Remove the interviewer's scores from all past decisions", "把该面试官的评分从过去所有决定中剔除"),
        ],
        "general_feedback": _t(
            "<p>Leniency, central tendency, halo and affinity each show a recognisable pattern. Treat the pattern "
            "as a coaching signal and fix it at the source.</p>",
            "<p>宽大倾向、趋中倾向、光环效应和亲和偏差，各有可辨识的规律。把规律当作辅导信号，从源头纠正。</p>",
        ),
    },
    {
        "key": "evl-025",
        "category": SCORING,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A consistently generous rater", "一贯打高分的面试官"),
        "stem": _t(
            "<p>Over twenty candidates, one interviewer's average score is 4.6 while the rest of the panel averages "
            "3.1 on the same candidates. What is this rater error called? One word (the ______ error).</p>",
            "<p>在二十位候选人中，一位面试官的平均分为 4.6，而小组其他成员对同样候选人的平均分为 3.1。"
            "这种评分误差叫什么？（______误差）</p>",
        ),
        "answers": [
            _opt(1.0, "leniency", "宽大", "Right: leniency.", "正确：宽大误差。"),
            _opt(1.0, "leniency error", "宽大误差", "Right: the leniency error.", "正确：宽大误差。"),
            _opt(1.0, "leniency bias", "*宽大*", "Right: leniency bias.", "正确：宽大误差。"),
            _opt(1.0, "*lenien*", "*宽容*", "Right: leniency.", "正确：宽容（宽大）误差。"),
            _opt(1.0, "generosity", "*宽松*", "Right: also called the generosity error.", "正确：宽松（宽大）误差。"),
            _opt(
                1.0,
                "generosity error",
                "leniency",
                "Right: the generosity or leniency error.",
                "正确：宽大误差（leniency）。",
            ),
            _opt(
                0.0,
                "halo",
                "光环",
                "A halo raises scores across dimensions for one candidate; here one rater is high for everyone.",
                "光环效应是某一位候选人的各维度分数都被拉高；这里是一位面试官对所有人都打高分。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>Leniency makes an interviewer's scores useless for telling candidates apart. Its opposite is "
            "severity; both are fixed by calibrating on anchor examples.</p>",
            "<p>宽大误差使面试官的分数无法区分候选人。它的反面是严苛误差；两者都可以通过锚点示例校准来纠正。</p>",
        ),
    },
    {
        "key": "evl-026",
        "category": SCORING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("A must-have dimension below the bar", "必备维度未达标"),
        "stem": _t(
            '<p>For a country-manager role in Jakarta, the form sets "Compliance baseline" as a must-have with a '
            "bar of 3. A candidate scores 5 on strategic leadership and 5 on business insight, but 1 on compliance: "
            'asked about a distributor requesting an unofficial payment, he said small payments "are how things '
            'work here". His total is the highest on the shortlist. What is the right decision?</p>',
            "<p>雅加达国家经理岗位的评价表把“合规底线”设为必备项，达标线为 3 分。一位候选人在战略领导力和商业洞察上"
            "都得了 5 分，但合规只得 1 分：被问到经销商索要非正式付款时，他说小额付款“在这里就是这么办事的”。"
            "他的总分在候选名单中最高。正确的决定是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Do not hire: a must-have below the bar is not offset by strengths elsewhere.",
                "不录用：必备项未达标，不能用其他方面的优势来弥补。",
                "Right. A firm compliance baseline is part of the competency profile for exactly this reason; a "
                "country manager who accepts improper payments puts the whole business at risk.",
                "正确。胜任力模型把坚定的合规底线列为必备，正是出于这个原因；"
                "一位接受不当付款的国家经理会让整个业务陷入风险。",
            ),
            _opt(
                0.0,
                "Hire: the highest total wins, and compliance can be trained.",
                "录用：总分最高者胜出，合规可以培训。",
                "Totals do not override must-haves, and his answer shows a belief, not a knowledge gap.",
                "总分不能凌驾于必备项之上；他的回答反映的是观念，而不是知识欠缺。",
            ),
            _opt(
                0.0,
                "Hire, with a compliance officer to approve his decisions.",
                "录用，但配一名合规专员审批他的决定。",
                "You would be building a control around a person you already have evidence against, in the role "
                "that sets the tone for the country.",
                "这是围绕一个已有反面证据的人搭建管控，而这个岗位恰恰要为整个国家团队定下基调。",
            ),
            _opt(
                0.0,
                "Re-interview him on compliance until he gives an acceptable answer.",
                "就合规问题再面试他，直到他给出可接受的回答为止。",
                "Repeating the question until the answer changes teaches him what to say, not what he does.",
                "反复问到他改口，只会教会他该说什么，而不是反映他会怎么做。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Decide in order: must-haves first, then weigh the rest. Write the must-haves and their bars on the "
            "form before the first interview.</p>",
            "<p>按顺序决策：先看必备项，再权衡其余。必备项及其达标线要在第一场面试之前写进评价表。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: decisions and feedback
    {
        "key": "evl-030",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("The hiring manager's former colleague", "用人经理的前同事"),
        "stem": _t(
            "<p>In the debrief for a product-lead role in your Tokyo office, the hiring manager pushes for "
            "Daichi, a former colleague of his. On the forms, another candidate has higher scores on three of four "
            "dimensions, with stronger evidence. The hiring manager says: \"I've worked with Daichi. I know what he "
            'can do." What should the chair do?</p>',
            "<p>在你们东京办公室产品负责人岗位的讨论会上，用人经理力推他的前同事 Daichi。"
            "从评价表看，另一位候选人在四个维度中的三个得分更高，证据也更充分。用人经理说："
            "“我和 Daichi 共事过，我知道他的能力。”主持人应该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Note the prior relationship as a conflict of interest, ask which interview evidence supports "
                "Daichi, and decide on the forms; if his past work is relevant, gather it as a structured reference "
                "check, not a vote.",
                "把这层旧关系记录为利益冲突，询问哪些面试证据支持 Daichi，并依据评价表做决定；如果他过去的工作"
                "确有参考价值，应以结构化背景调查的方式收集，而不是作为一票。",
                "Right. Personal knowledge is not on the form and cannot be checked by the others; declaring it and "
                "routing it through a reference check keeps the decision fair to both candidates.",
                "正确。个人了解不在评价表上，其他人也无法核实；申报这层关系，并通过背景调查的渠道收集，"
                "才能对两位候选人都公平。",
            ),
            _opt(
                0.0,
                "Defer to the hiring manager; he is accountable for the team.",
                "听从用人经理；团队由他负责。",
                "Accountability does not remove a conflict of interest, and the other candidate is judged on "
                "different evidence.",
                "负有责任并不能消除利益冲突；另一位候选人也因此被不同的证据评判。",
            ),
            _opt(
                0.0,
                "Hire both to avoid a conflict.",
                "两个都录用，以免发生冲突。",
                "A second headcount to avoid a difficult conversation is not a decision based on evidence.",
                "为了回避一次艰难的谈话而多增一个编制，不是基于证据的决定。",
            ),
            _opt(
                0.0,
                "Remove the hiring manager's form and decide without him.",
                "剔除用人经理的评价表，在他不参与的情况下决定。",
                "His interview evidence may be valid; the problem is the weight he gives to knowledge outside the "
                "interview.",
                "他在面试中得到的证据可能是有效的；问题在于他对面试之外的了解赋予了过大的分量。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Prior relationships with candidates should be declared before the interviews. Decisions rest on "
            "evidence every panel member can see.</p>",
            "<p>与候选人的既往关系应在面试前申报。决定应建立在每位小组成员都能看到的证据之上。</p>",
        ),
    },
    {
        "key": "evl-031",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("What a hiring recommendation contains", "录用建议应包含的内容"),
        "stem": _t(
            "<p>You write the hiring recommendation for the department head. What belongs in it? Select all that "
            "apply.</p>",
            "<p>你要为部门负责人撰写录用建议。其中应包含哪些内容？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.25,
                "The score on each dimension with the key evidence behind it",
                "每个维度的分数及其关键证据",
                "Yes. The reader should see why, not only what.",
                "正确。读者应看到原因，而不只是结论。",
            ),
            _opt(
                0.25,
                "Whether each must-have dimension meets the bar",
                "每个必备维度是否达标",
                "Yes. It is the first test of the decision.",
                "正确。这是决定的第一道检验。",
            ),
            _opt(
                0.25,
                "Risks observed and how onboarding would address them",
                "观察到的风险以及入职后如何应对",
                "Yes. No candidate is perfect; naming the gaps shows judgement.",
                "正确。没有完美的候选人；指出不足体现的是判断力。",
            ),
            _opt(
                0.25,
                "What is still unverified, such as references or claimed results",
                "尚未核实的内容，例如推荐人反馈或自述的成绩",
                "Yes. It tells the department head what the decision depends on.",
                "正确。这让部门负责人知道决定还取决于什么。",
            ),
            _opt(
                -0.5,
                "A comparison of the candidates' ages and energy levels",
                "对各候选人年龄和精力的比较",
                'No. Age is protected and "energy" is a common proxy for it.',
                "错误。年龄受法律保护，“精力”常常是年龄的代名词。",
            ),
            _opt(
                -0.5,
                "Your overall gut feeling, in place of the dimension scores",
                "用你的总体直觉代替各维度分数",
                "No. A recommendation that cannot be traced to evidence cannot be checked or defended.",
                "错误。无法追溯到证据的建议，既无法核查，也无法辩护。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>A good recommendation can be read by someone who was not in the room, who should reach the same "
            "conclusion from the evidence.</p>",
            "<p>好的录用建议应让不在场的人也能读懂，并能从证据中得出同样的结论。</p>",
        ),
    },
    {
        "key": "evl-032",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Candidates can see your notes", "候选人可以查阅你的笔记"),
        "stem": _t(
            "<p>Under the GDPR in the EU (and the UK GDPR), a rejected candidate can ask for a copy of the personal "
            "data the company holds about them, which can include interviewers' notes.</p>",
            "<p>根据欧盟《通用数据保护条例》（GDPR）及英国 GDPR，被拒的候选人可以要求公司提供其所持有的关于本人的"
            "个人数据副本，其中可能包括面试官的笔记。</p>",
        ),
        "answer": True,
        "feedback_true": _t(
            "Correct. The right of access (Article 15) covers personal data in interview notes held electronically "
            "or in a structured filing system; the company normally has one month to respond (Article 12(3)). Write "
            "notes you would be comfortable for the candidate to read.",
            "正确。访问权（第 15 条）涵盖以电子形式或结构化档案保存的面试笔记中的个人数据；公司通常须在一个月内答复"
            "（第 12 条第 3 款）。写笔记时要让自己不介意被候选人读到。",
        ),
        "feedback_false": _t(
            "It is true. Interview notes are personal data of the candidate; under Article 15 they can request "
            "access, and the company normally has one month to respond (Article 12(3)).",
            "这句话是对的。面试笔记属于候选人的个人数据；依据第 15 条，候选人可以申请访问，"
            "公司通常须在一个月内答复（第 12 条第 3 款）。",
        ),
        "general_feedback": _t(
            "<p>Evidence notes, written about behaviour and free of opinions on private life, are also the safest "
            "notes to disclose. Retention periods are set by local HR. This is not legal advice.</p>",
            "<p>只记录行为、不夹带对私生活看法的证据记录，也是最经得起披露的记录。保存期限由当地 HR 规定。"
            "本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "evl-033",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Recording the reason for a rejection", "记录不予录用的理由"),
        "stem": _t(
            "<p>Which reason for not hiring a candidate belongs in the decision record?</p>",
            "<p>以下哪一条不予录用的理由应写入决策记录？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                '"Leading through others: level 2 against a bar of 3. Two examples, own role unclear after probing. '
                'The selected candidate evidenced level 4."',
                "“通过他人达成目标：2 分，达标线为 3 分。举了两个例子，追问后本人角色仍不清楚。"
                "最终人选的证据达到 4 分。”",
                "Right. It names the dimension, the bar, the evidence and the comparison on the same terms.",
                "正确。它写明了维度、达标线、证据，并在同一标准下作了比较。",
            ),
            _opt(
                0.0,
                '"Not a culture fit."',
                "“文化不契合。”",
                "Undefined, unverifiable, and a common cover for bias.",
                "没有定义、无法核实，而且常常是偏见的掩护。",
            ),
            _opt(
                0.0,
                '"Overqualified; would get bored and leave."',
                "“资历过高，会觉得无聊然后离职。”",
                "A prediction with no evidence, and often a proxy for age.",
                "这是没有证据的猜测，而且常常是年龄的代名词。",
            ),
            _opt(
                0.0,
                '"Lacked energy in the interview."',
                "“面试中缺乏活力。”",
                "An impression, not a dimension; it may reflect nerves, culture, health or age.",
                "这是印象而不是维度；它可能反映的是紧张、文化、健康或年龄。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Every rejection reason should name a dimension on the form, the evidence and the bar. If you cannot "
            "write it that way, it is probably not a valid reason.</p>",
            "<p>每一条不予录用的理由都应写明评价表上的维度、证据和达标线。如果无法这样写，它多半不是有效理由。</p>",
        ),
    },
    {
        "key": "evl-034",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A background check in two rounds", "分两轮进行的背景调查"),
        "stem": _t(
            "<p>Put the steps of a background check for a finalist in order.</p>",
            "<p>请排列对终面候选人进行背景调查的步骤。</p>",
        ),
        "items": [
            _t("Explain the scope to the candidate and obtain written consent", "向候选人说明调查范围，并取得书面同意"),
            _t(
                "Verify education, employment dates, titles and compliance record through a compliant local provider",
                "通过合规的本地服务商核实学历、任职时间、职务和合规记录",
            ),
            _t("Speak to the referees the candidate named", "联系候选人提供的推荐人"),
            _t(
                "Cross-check independently with former managers or colleagues, as far as consent and local law allow",
                "在同意范围和当地法律允许的范围内，向前上级或同事进行独立交叉核实",
            ),
            _t(
                "Compare the findings with the concerns noted in the interviews, then decide",
                "把调查结果与面试中记录的疑点对照，然后做决定",
            ),
        ],
        "general_feedback": _t(
            "<p>Consent comes first; facts are verified before opinions; named referees come before independent "
            "cross-checks. Ask for proof of salary only with the candidate's explicit consent, and only where local "
            "law allows.</p>",
            "<p>先取得同意；先核实事实，再听取评价；先联系候选人提供的推荐人，再做独立交叉核实。"
            "只有在候选人明确同意且当地法律允许时，才能要求提供薪资证明。</p>",
        ),
    },
    {
        "key": "evl-035",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("medium", "region:DE"),
        "mark": 1,
        "name": _t("Germany's equal-treatment law", "德国的平等待遇法"),
        "stem": _t(
            "<p>Which German statute protects job applicants against discrimination on grounds such as ethnic "
            "origin, sex, religion, disability, age or sexual identity, and gives a rejected applicant a claim to "
            "compensation? Give its name or its usual three-letter abbreviation.</p>",
            "<p>哪部德国法律保护求职者免受基于民族出身、性别、宗教、残障、年龄或性别认同等理由的歧视，"
            "并赋予被拒求职者索赔的权利？请写出它通常使用的三字母缩写或中文名称。</p>",
        ),
        "answers": [
            _opt(
                1.0,
                "AGG",
                "AGG",
                "Right: the Allgemeines Gleichbehandlungsgesetz (AGG) 2006.",
                "正确：2006 年《一般平等待遇法》（AGG）。",
            ),
            _opt(1.0, "Allgemeines Gleichbehandlungsgesetz", "一般平等待遇法", "Right: the AGG.", "正确：AGG。"),
            _opt(1.0, "*Gleichbehandlungsgesetz*", "*平等待遇法*", "Right: the AGG.", "正确：AGG。"),
            _opt(
                0.0,
                "GDPR",
                "GDPR",
                "The GDPR governs personal data, not discrimination. The answer is the AGG.",
                "GDPR 规范的是个人数据，而不是歧视问题。答案是 AGG。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>The Allgemeines Gleichbehandlungsgesetz (AGG) 2006 lists the protected grounds in § 1, bans "
            "discrimination against employees, including applicants, in § 7, covers job adverts in § 11, and gives "
            "compensation claims in § 15. This is not legal advice.</p>",
            "<p>2006 年《一般平等待遇法》（AGG）第 1 条列明受保护的理由，第 7 条禁止歧视雇员（包括求职者），"
            "第 11 条涉及招聘广告，第 15 条规定赔偿请求权。本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "evl-036",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 10,
        "name": _t("Scenario: write a fair hiring recommendation", "情景题：撰写公平的录用建议"),
        "stem": _t(
            "<p>You chaired the panel for Country Sales Lead, Vietnam. The company will enter the north (Hanoi) "
            "first, build a team of about ten within a year, and operates in a sector under close regulatory "
            "scrutiny. Must-haves: compliance baseline and team leadership, bar 3 each. Panel scores (1–5), "
            "with evidence:</p>"
            "<ul><li><strong>Tran Minh Duc:</strong> business insight 4 (built a distributor-coverage model that "
            "raised active outlets in the north from 1,200 to 2,000 in 18 months); local network 5 (named "
            "long-standing relationships with northern distributors); compliance 3 (described turning down an "
            "irregular rebate request; general knowledge of the rules); team leadership 3 (led six people; one "
            "coaching example); bridging HQ and local 4.</li>"
            "<li><strong>Le Thu Ha:</strong> business insight 4 (rebuilt pricing for the southern channel, margin up "
            "three points); local network 3 (strong in the south, limited in the north); compliance 5 (designed a "
            "distributor due-diligence checklist adopted company-wide); team leadership 4 (grew a team from four to "
            "eleven, two promoted); bridging HQ and local 3.</li></ul>"
            '<p>References for both are still pending. After the debrief, the country head emails you: "Duc is '
            "clearly the man for this. He is young and hungry and plays golf with half the distributors' "
            'owners."</p>'
            "<p>Write your recommendation to the department head.</p>",
            "<p>你主持了越南国家销售负责人岗位的面试小组。公司将先进入北部（河内），一年内组建约十人的团队，"
            "所在行业受到严格监管。必备项：合规底线和团队领导力，达标线均为 3 分。小组评分（1–5）及证据如下：</p>"
            "<ul><li><strong>Tran Minh Duc：</strong>商业洞察 4（建立经销商覆盖模型，18 "
            "个月内把北部活跃网点从 1,200 家"
            "增加到 2,000 家）；本地人脉 5（列举了与北部经销商的长期合作关系）；合规 3（讲述了拒绝一次违规返利要求；"
            "对规则了解较笼统）；团队领导力 3（带过六人团队；一个辅导下属的例子）；连接总部与本地 4。</li>"
            "<li><strong>Le Thu Ha：</strong>商业洞察 4（重建南部渠道定价，毛利提升三个百分点）；本地人脉 3"
            "（在南部很强，在北部有限）；合规 5（设计的经销商尽职调查清单被全公司采用）；团队领导力 4"
            "（把团队从四人扩展到十一人，其中两人获晋升）；连接总部与本地 3。</li></ul>"
            "<p>两人的背景调查都尚未完成。讨论会后，国家负责人给你发邮件：“Duc 显然就是这个位置的不二人选。"
            "他年轻、有冲劲，还和一半经销商老板一起打高尔夫。”</p>"
            "<p>请写出你给部门负责人的录用建议。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Recommendation tied to the role's priorities", "与岗位重点挂钩的建议"),
                "levels": [
                    _level(
                        0,
                        "No clear recommendation, or one that ignores the must-haves.",
                        "没有明确建议，或忽视了必备项。",
                    ),
                    _level(1, "A recommendation based on totals alone.", "仅依据总分给出建议。"),
                    _level(
                        2,
                        "Confirms both candidates meet the must-haves, then weighs the role's priorities (northern "
                        "entry and network versus building a ten-person team in a scrutinised sector).",
                        "确认两人都满足必备项，然后权衡岗位重点（进入北部和人脉，对比在严格监管行业中组建十人团队）。",
                    ),
                    _level(
                        3,
                        "As 2, with a clear choice (either candidate can be justified) and the reasoning stated so a "
                        "reader could disagree with the weighting but not with the facts.",
                        "达到 2 分要求，并作出明确选择（两位候选人都可以成为合理的选择），"
                        "把推理写清楚，使读者即使不认同权重，也无法质疑事实。",
                    ),
                ],
            },
            {
                "criterion": _t("Use of evidence", "证据的运用"),
                "levels": [
                    _level(0, "Adjectives and impressions.", "只有形容词和印象。"),
                    _level(1, "Scores quoted without the evidence behind them.", "引用了分数，但没有背后的证据。"),
                    _level(2, "Key evidence for the decisive dimensions is cited.", "引用了决定性维度的关键证据。"),
                    _level(
                        3,
                        "Evidence is cited for each decisive dimension and gaps are named (e.g. Duc's leadership "
                        "evidence is thin for a ten-person build-out; Ha's network in the north is limited).",
                        "为每个决定性维度引用了证据，并指出不足（如 Duc 的领导力证据不足以支撑组建十人团队；"
                        "Ha 在北部的人脉有限）。",
                    ),
                ],
            },
            {
                "criterion": _t("Handling the country head's email", "对国家负责人邮件的处理"),
                "levels": [
                    _level(0, "Adopts the email's reasoning.", "采纳了邮件中的理由。"),
                    _level(1, "Ignores the email.", "忽略了这封邮件。"),
                    _level(
                        2,
                        'Sets aside "young" and "the man" as age and gender, which cannot enter the decision, '
                        "treats the golf network as already scored under local network, and responds to the country "
                        "head in those terms.",
                        "明确指出“年轻”“男人”涉及年龄和性别，不得进入决策，指出高尔夫人脉已在“本地人脉”维度中计分，"
                        "并以此回复国家负责人。",
                    ),
                ],
            },
            {
                "criterion": _t("Risks and next steps", "风险与后续步骤"),
                "levels": [
                    _level(0, "None.", "没有。"),
                    _level(1, "Mentions references generally.", "笼统地提到背景调查。"),
                    _level(
                        2,
                        "Makes the offer conditional on references, names what the references should test for the "
                        "chosen candidate, and states onboarding support for the weaker dimensions.",
                        "以背景调查结果作为录用前提，写明背景调查应重点核实所选候选人的哪些方面，"
                        "并说明针对较弱维度的入职支持。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>Both candidates can be recommended. Reward the reasoning, not the choice. Vietnam's Labour Code 2019 "
            "prohibits discrimination (art. 8) on grounds that include gender and age (art. "
            "3(8)). Strong answers note that "
            "the totals are equal (19 each), so the decision rests on the role's priorities. An answer that repeats "
            "the country head's words about age or gender, or treats golf as extra merit beyond the network score, "
            "scores 0 on the third criterion.</p>",
            "<p>两位候选人都可以被推荐。评分看推理，不看选择。越南《2019 年劳动法典》禁止歧视（第 8 条），"
            "所列理由包括性别和年龄（第 3 条第 8 款）。优秀的答案会注意到两人总分相同（各 19 分），"
            "因此决定取决于岗位重点。若重复国家负责人关于年龄或性别的说法，或把打高尔夫当作人脉分之外的额外加分，"
            "第三项为 0 分。</p>",
        ),
        "response_template": _t(
            "<p><strong>Recommendation:</strong></p><p><strong>Must-haves:</strong></p>"
            "<p><strong>Evidence and weighing:</strong></p><p><strong>Note on the country head's email:</strong></p>"
            "<p><strong>Risks, references and onboarding:</strong></p>",
            "<p><strong>建议：</strong></p><p><strong>必备项：</strong></p>"
            "<p><strong>证据与权衡：</strong></p><p><strong>关于国家负责人邮件的说明：</strong></p>"
            "<p><strong>风险、背景调查与入职安排：</strong></p>",
        ),
        "general_feedback": _t(
            "<p>A fair recommendation starts from the must-haves, weighs evidence against "
            "the role's real priorities, "
            "keeps protected characteristics out, and says what is still uncertain.</p>",
            "<p>公平的录用建议从必备项出发，对照岗位的真实重点权衡证据，排除受保护特征，并说明仍不确定的地方。</p>",
        ),
    },
    {
        "key": "evl-037",
        "category": DECISIONS,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A guess about a candidate's future", "对候选人未来的猜测"),
        "stem": _t(
            '<p>In the debrief for a logistics-manager role in Riyadh, a panel member says: "Her husband works for '
            "an oil company, so they will probably be transferred within two years. I'd go with the other "
            "candidate.\" The two candidates' evidence is otherwise comparable. What do you do?</p>",
            "<p>在利雅得物流经理岗位的讨论会上，一位小组成员说：“她丈夫在石油公司工作，两年内他们很可能会调走。"
            "我选另一位。”除此之外，两位候选人的证据相当。你怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Stop that line of reasoning: her spouse's job is not evidence and marital status stays out of the "
                "process; decide on the form's dimensions, and if the role needs a minimum commitment, ask every "
                "candidate the same neutral question about it.",
                "叫停这种推理：她丈夫的工作不是证据，婚姻状况也不得进入招聘流程；依据评价表的维度做决定。"
                "如果岗位确实需要最低服务期，就向每位候选人提出同样的中立问题。",
                "Right. The remark rests on assumptions about her marriage and her gender; neither is evidence, "
                "and both must stay out of the decision.",
                "正确。这番话基于对她婚姻和性别的假设；两者都不是证据，都不能进入决策。",
            ),
            _opt(
                0.0,
                "Ask her in a follow-up call whether her family plans to stay in the country.",
                "在补充电话中问她家人是否打算留在这个国家。",
                "That turns a biased remark into a prohibited question.",
                "这是把一句带偏见的话变成了一个违规的问题。",
            ),
            _opt(
                0.0,
                "Accept it as a reasonable retention risk.",
                "把它当作合理的留任风险予以接受。",
                "It is a guess about her family, not a risk shown by evidence.",
                "这是对她家庭的猜测，而不是有证据支持的风险。",
            ),
            _opt(
                0.0,
                "Let the panel vote, since the evidence is comparable.",
                "既然证据相当，就让小组投票。",
                "A vote after that remark lets it decide the outcome.",
                "在这番话之后投票，等于让它决定结果。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>When evidence is comparable, decide on the role's priorities and the "
            "pre-agreed bar, never on guesses "
            "about private life. Record that the remark was set aside.</p>",
            "<p>证据相当时，应依据岗位重点和事先约定的标准做决定，绝不依据对私生活的猜测。"
            "并记录这番话已被排除在决策之外。</p>",
        ),
    },
]
