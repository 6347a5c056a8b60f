"""Seeded questions for the regional modules: interview taboos, law, etiquette and scheduling, country by country.

Each country's items live under "Cross-cultural communication and taboos/Regions/<Country>" and carry
region:<code>; items about what must not be asked or done there also carry topic:taboo.
"""

from __future__ import annotations

from question_bank.seed.cross_cultural import (
    category,
    choice,
    criterion,
    level,
    pair,
    question,
    t,
    tags,
    with_law_note,
)

COUNTRIES = {
    "US": ("United States", "美国"),
    "DE": ("Germany", "德国"),
    "GB": ("United Kingdom", "英国"),
    "BR": ("Brazil", "巴西"),
    "MX": ("Mexico", "墨西哥"),
    "SA": ("Saudi Arabia", "沙特阿拉伯"),
    "AE": ("United Arab Emirates", "阿联酋"),
    "ID": ("Indonesia", "印度尼西亚"),
    "MY": ("Malaysia", "马来西亚"),
    "VN": ("Vietnam", "越南"),
    "JP": ("Japan", "日本"),
}
REGION = {code: category(f"Regions/{en}", f"地区/{zh}") for code, (en, zh) in COUNTRIES.items()}


def region_tags(code: str, difficulty: str, *, taboo: bool = False, scenario: bool = False) -> list[str]:
    extra = [f"region:{code}"]
    if taboo:
        extra.append("topic:taboo")
    if scenario:
        extra.append("kind:scenario")
    return tags(difficulty, *extra)


UNITED_STATES = [
    question(
        "reg-001",
        REGION["US"],
        "practice",
        "single",
        region_tags("US", "easy", taboo=True),
        t("The US law on age", "美国关于年龄的法律"),
        t(
            "<p>Which US federal law protects job applicants aged 40 and over from age discrimination?</p>",
            "<p>哪一部美国联邦法律保护40岁及以上的求职者免受年龄歧视？</p>",
        ),
        with_law_note(
            t(
                "<p>The Age Discrimination in Employment Act of 1967 (ADEA) protects people aged 40 and over and "
                "applies to employers with 20 or more employees. Many states add their own age-discrimination laws, "
                "some reaching smaller employers, so “how old are you?” and its proxies stay off US interview "
                "guides.</p>",
                "<p>1967年《就业年龄歧视法》（ADEA）保护40岁及以上人士，适用于雇员20人及以上的雇主。"
                "许多州还有各自的年龄歧视法律，有的覆盖更小的雇主；因此“你多大了？”及其变相问法都不应出现在美国的面试"
                "提纲中。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t("The Age Discrimination in Employment Act (ADEA)", "《就业年龄歧视法》（ADEA）"),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("Title VII of the Civil Rights Act of 1964", "1964年《民权法案》第七章"),
                t(
                    "Title VII covers race, color, religion, sex and national origin, not age.",
                    "第七章涵盖种族、肤色、宗教、性别和国籍出身，不包括年龄。",
                ),
            ),
            choice(
                0.0,
                t("The Americans with Disabilities Act (ADA)", "《美国残疾人法》（ADA）"),
                t("The ADA covers disability.", "ADA针对的是残障。"),
            ),
            choice(
                0.0,
                t("The Family and Medical Leave Act (FMLA)", "《家庭与医疗休假法》（FMLA）"),
                t(
                    "The FMLA gives eligible employees job-protected leave; it is not the hiring-discrimination law "
                    "on age.",
                    "FMLA为符合条件的雇员提供受保护的休假，并不是关于招聘中年龄歧视的法律。",
                ),
            ),
        ],
    ),
    question(
        "reg-002",
        REGION["US"],
        "practice",
        "truefalse",
        region_tags("US", "medium", taboo=True),
        t("Asking about job functions under the ADA", "依据ADA询问岗位职能"),
        t(
            "<p>Under the Americans with Disabilities Act (ADA), before making a job offer you may ask a candidate "
            "whether they can perform the job's functions, with or without reasonable accommodation.</p>",
            "<p>根据《美国残疾人法》（ADA），在发出录用通知之前，你可以询问候选人：在有或没有合理便利的情况下，"
            "能否履行岗位职能。</p>",
        ),
        with_law_note(
            t(
                "<p>Before an offer the ADA bars questions about whether a person has a disability, or its nature or "
                "severity, and medical examinations. It allows questions about the ability to perform job functions. "
                "After a conditional offer, medical questions are allowed if they are asked of everyone entering the "
                "same job category.</p>",
                "<p>在录用前，ADA禁止询问对方是否有残障、残障的性质或严重程度，也禁止体检；"
                "但允许询问其履行岗位职能的能力。附条件录用之后，只要对同类岗位的所有新入职者一视同仁，"
                "就可以进行医疗问询。</p>",
            )
        ),
        answer=True,
        feedback_true=t(
            "Correct. Describe the functions and ask about ability; never ask about the disability itself.",
            "正确。描述岗位职能并询问能力；绝不询问残障本身。",
        ),
        feedback_false=t(
            "It is allowed. What the ADA bars before an offer is asking whether the candidate has a disability, or "
            "about its nature or severity.",
            "这是允许的。ADA在录用前禁止的，是询问候选人是否有残障，或残障的性质和严重程度。",
        ),
    ),
    question(
        "reg-003",
        REGION["US"],
        "exam",
        "multi",
        region_tags("US", "medium", taboo=True),
        t("Striking questions from a US interview guide", "删减美国面试提纲中的问题"),
        t(
            "<p>You are reviewing an interview guide that managers will use for sales roles across several US states. "
            "Which questions should you strike? Select all that apply.</p>",
            "<p>你在审阅一份面试提纲，管理者将用它在美国多个州招聘销售岗位。哪些问题应当删除？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>A guide used across states has to respect federal law and the strictest relevant state and city "
                "rules. Age proxies (ADEA), family plans (Title VII, as amended by the Pregnancy Discrimination Act), "
                "pre-offer medical questions (ADA) and pay history (state and city salary-history bans such as "
                "California Labor Code § 432.3) all go. Work authorisation, asked of everyone, and behavioural "
                "questions stay.</p>",
                "<p>跨州使用的提纲必须同时遵守联邦法律以及相关州、市中最严格的规定。年龄的变相问题（ADEA）、"
                "生育计划（经《怀孕歧视法》修订的《民权法案》第七章）、录用前的医疗问题（ADA）以及薪资历史（各州、"
                "市的薪资历史禁令，如加州《劳动法典》第432.3条）都要删除。对所有人都问的工作许可问题和行为面试问题则应"
                "保留。</p>",
            )
        ),
        choices=[
            choice(
                0.25,
                t("“When did you graduate from high school?”", "“你是哪一年高中毕业的？”"),
                t("An age proxy; strike it.", "这是年龄的变相问题，应删除。"),
            ),
            choice(
                0.25,
                t("“Are you planning to have children?”", "“你打算要孩子吗？”"),
                t(
                    "EEOC guidance treats questions about future child-bearing plans as problematic under Title VII.",
                    "EEOC指引认为，询问未来生育计划在第七章下存在问题。",
                ),
            ),
            choice(
                0.25,
                t(
                    "“Have you ever been treated for a mental-health condition?”",
                    "“你是否接受过心理健康方面的治疗？”",
                ),
                t(
                    "A disability-related question before an offer: barred by the ADA.",
                    "这是录用前与残障相关的问题，ADA明令禁止。",
                ),
            ),
            choice(
                0.25,
                t("“What is your current salary?”", "“你现在的薪资是多少？”"),
                t(
                    "Banned in a number of states and cities, and against the programme rule everywhere.",
                    "不少州和城市明令禁止，而且在任何地区都违反本项目规则。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "“Are you authorized to work in the US, or will you need visa sponsorship?”",
                    "“你是否有在美国工作的合法授权？还是需要公司担保签证？”",
                ),
                t(
                    "Generally permissible when asked of every candidate; keep it.",
                    "只要对每位候选人都这样问，一般是允许的，应保留。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "“Tell me about a time you hit a quarterly target with a reduced team.”",
                    "“请讲一次你在团队人手不足的情况下完成季度目标的经历。”",
                ),
                t("A job-related behavioural question; keep it.", "这是与岗位相关的行为面试问题，应保留。"),
            ),
        ],
    ),
    question(
        "reg-004",
        REGION["US"],
        "exam",
        "short",
        region_tags("US", "medium", taboo=True),
        t("The core US anti-discrimination title", "美国反歧视法的核心条款"),
        t(
            "<p>Which title of the Civil Rights Act of 1964 prohibits employment discrimination based on race, color, "
            "religion, sex and national origin?</p>",
            "<p>1964年《民权法案》的哪一章禁止基于种族、肤色、宗教、性别和国籍出身的就业歧视？</p>",
        ),
        with_law_note(
            t(
                "<p>Title VII. It applies to employers with 15 or more employees and is enforced by the Equal "
                "Employment Opportunity Commission (EEOC). The Pregnancy Discrimination Act of 1978 amended it so "
                "that pregnancy discrimination counts as sex discrimination.</p>",
                "<p>答案是第七章（Title VII）。它适用于雇员15人及以上的雇主，由平等就业机会委员会（EEOC）负责执行。"
                "1978年《怀孕歧视法》对其作了修订，使怀孕歧视也属于性别歧视。</p>",
            )
        ),
        answers=[
            choice(1.0, t("Title VII", "第七章"), t("Right: Title VII.", "正确：第七章。")),
            choice(1.0, t("*VII*", "*第七章*"), t("Right: Title VII.", "正确：第七章。")),
            choice(1.0, t("Title 7", "*VII*"), t("Right: Title VII.", "正确：第七章（Title VII）。")),
            choice(1.0, t("7", "*Title 7*"), t("Right: Title VII.", "正确：第七章（Title VII）。")),
        ],
    ),
    question(
        "reg-005",
        REGION["US"],
        "exam",
        "matching",
        region_tags("US", "hard", taboo=True),
        t("Which US rule covers what", "美国各项规则的适用范围"),
        t(
            "<p>Match each US rule with what it covers in hiring.</p>",
            "<p>请把美国的每项规则与其在招聘中涵盖的内容配对。</p>",
        ),
        with_law_note(
            t(
                "<p>The federal statutes set the floor; state and local law often goes further, for example on salary "
                "history or on smaller employers. The leftover options describe rules that do not exist: there is no "
                "federal age protection for under-25s, and employers must not ask every applicant's citizenship.</p>",
                "<p>联邦法律设定的是底线；州和地方法律往往更进一步，例如在薪资历史方面，或覆盖规模更小的雇主。"
                "剩下的选项描述的规则并不存在：联邦法律没有针对25岁以下人群的年龄保护，雇主也不得询问每位求职者的公民"
                "身份。</p>",
            )
        ),
        pairs=[
            pair(
                t("Title VII of the Civil Rights Act of 1964", "1964年《民权法案》第七章"),
                t(
                    "Race, color, religion, sex and national origin; employers with 15 or more employees",
                    "种族、肤色、宗教、性别和国籍出身；雇员15人及以上的雇主",
                ),
            ),
            pair(
                t("Age Discrimination in Employment Act (ADEA)", "《就业年龄歧视法》（ADEA）"),
                t(
                    "People aged 40 and over; employers with 20 or more employees",
                    "40岁及以上人士；雇员20人及以上的雇主",
                ),
            ),
            pair(
                t("Americans with Disabilities Act (ADA)", "《美国残疾人法》（ADA）"),
                t(
                    "Disability; no medical questions or examinations before a conditional offer",
                    "残障；附条件录用前不得进行医疗问询或体检",
                ),
            ),
            pair(
                t("Pregnancy Discrimination Act of 1978", "1978年《怀孕歧视法》"),
                t(
                    "Treats discrimination because of pregnancy, childbirth or related conditions as sex "
                    "discrimination",
                    "将因怀孕、分娩或相关状况而实施的歧视视为性别歧视",
                ),
            ),
            pair(
                t("State and city salary-history bans", "州和城市的薪资历史禁令"),
                t(
                    "Bar asking applicants about their pay history; details vary by jurisdiction",
                    "禁止询问求职者的薪资历史；具体规定因辖区而异",
                ),
            ),
        ],
        distractors=[
            t("Protects applicants under 25 from age discrimination", "保护25岁以下求职者免受年龄歧视"),
            t("Requires employers to ask every applicant's citizenship", "要求雇主询问每位求职者的公民身份"),
        ],
    ),
    question(
        "reg-006",
        REGION["US"],
        "exam",
        "single",
        region_tags("US", "medium"),
        t("The March clock change", "三月的时钟调整"),
        t(
            "<p>In January you worked out that 09:00 in Beijing is 17:00 the previous day in Seattle. In mid-March "
            "you book a video interview with a Seattle candidate for 09:00 Beijing time using the same difference. "
            "What is most likely to go wrong?</p>",
            "<p>一月份你算好了北京时间09:00是西雅图前一天的17:00。三月中旬，你按同样的时差，"
            "约西雅图的一位候选人在北京时间09:00视频面试。最可能出什么问题？</p>",
        ),
        t(
            "<p>Most of the US moves its clocks forward on the second Sunday in March and back on the first Sunday in "
            "November; China does not change its clocks. For those weeks the difference shrinks by an hour, so "
            "recheck every cross-border slot after a clock change and quote the time in the candidate's zone. The US "
            "also spans several time zones, so confirm where the candidate actually is.</p>",
            "<p>美国大部分地区在三月第二个星期日把时钟拨快一小时，十一月第一个星期日再拨回；中国不调整时钟。"
            "在此期间两地时差会缩短一小时，所以每次时钟调整后都要重新核对跨境面试时间，并用候选人当地时间告知对方。"
            "美国横跨多个时区，也要确认候选人实际所在的地方。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "US daylight saving time has started while China does not change its clocks, so the interview now "
                    "falls at 18:00 for the candidate, an hour later than you planned.",
                    "美国已进入夏令时，而中国不调时钟，所以面试对候选人来说变成了18:00，比你计划的晚了一小时。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "China switches to summer time in March, so the interview moves an hour earlier.",
                    "中国在三月改用夏令时，所以面试会提前一小时。",
                ),
                t("China does not observe daylight saving time.", "中国不实行夏令时。"),
            ),
            choice(
                0.0,
                t(
                    "Seattle is on Eastern Time, so the difference was wrong from the start.",
                    "西雅图用的是东部时间，所以时差从一开始就算错了。",
                ),
                t("Seattle is on Pacific Time.", "西雅图使用太平洋时间。"),
            ),
            choice(
                0.0,
                t(
                    "Mid-March is a US federal holiday period, so offices are closed.",
                    "三月中旬是美国联邦假期，办公室都关门。",
                ),
                t("There is no federal holiday in mid-March.", "三月中旬没有联邦假日。"),
            ),
        ],
    ),
    question(
        "reg-007",
        REGION["US"],
        "exam",
        "essay",
        region_tags("US", "hard", taboo=True, scenario=True),
        t("“How many years until you retire?”", "“你还有几年退休？”"),
        t(
            "<p>You are on a video panel for a senior data engineer based in Austin, Texas. The candidate, Robert "
            "Hayes, has 28 years of experience. Your co-interviewer, a director from your Shenzhen office, says "
            "warmly: “Impressive career! How many more years do you plan to work before you retire? And what year did "
            "you finish university?” Robert hesitates.</p><p>Describe what you do during the interview, how you make "
            "sure the exchange does not affect the decision, and what you do afterwards. Refer to the relevant US "
            "law.</p>",
            "<p>你在为美国得克萨斯州奥斯汀的一个高级数据工程师岗位做视频面试。候选人罗伯特·海斯有28年工作经验。"
            "另一位面试官、公司深圳办公室的一位总监热情地说：“您的履历真漂亮！您打算再工作几年退休？"
            "您是哪一年大学毕业的？”罗伯特迟疑了一下。</p><p>请说明你在面试中怎么做、如何确保这段对话不影响录用决定，"
            "以及面试后做什么。请提及相关的美国法律。</p>",
        ),
        with_law_note(
            t(
                "<p>The director means well, but both questions reveal age. Under the ADEA such questions are not "
                "unlawful in themselves, yet EEOC guidance treats them as potential evidence of age discrimination if "
                "a candidate over 40 is rejected. A strong answer protects the candidate in the moment and protects "
                "the decision afterwards.</p>",
                "<p>这位总监出于好意，但两个问题都会暴露年龄。根据ADEA，这类问题本身并不违法，"
                "但如果40岁以上的候选人落选，EEOC指引会把它们视为年龄歧视的潜在证据。优秀的回答既能当场保护候选人，"
                "也能在事后保护录用决定的公正性。</p>",
            )
        ),
        mark=10,
        rubric=[
            criterion(
                t("Intervening in the interview", "在面试中介入"),
                level(0, t("Does nothing, or lets Robert answer.", "什么都不做，或任由罗伯特回答。")),
                level(1, t("Changes the subject without addressing the question.", "转移话题，但没有处理这个问题。")),
                level(
                    2,
                    t(
                        "Steps in and tells Robert he need not answer, then moves to a job-related question.",
                        "介入并告诉罗伯特不必回答，然后转到与岗位相关的问题。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, done at once and gracefully, without embarrassing either Robert or the director, "
                        "and with a question that uses his experience (for example a recent architecture decision).",
                        "做到第2级的全部内容，而且是立即、得体地介入，不让罗伯特或总监难堪，"
                        "并用一个能发挥其经验的问题衔接（例如最近一次架构决策）。",
                    ),
                ),
            ),
            criterion(
                t("Legal accuracy", "法律表述准确"),
                level(0, t("No law, or wrong law.", "没有提及法律，或引用错误。")),
                level(
                    1,
                    t(
                        "Mentions age discrimination generally.",
                        "笼统地提到年龄歧视。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Names the ADEA (40 and over, employers with 20 or more employees) and explains that the "
                        "questions create evidence of age bias rather than being a crime in themselves.",
                        "指出ADEA（保护40岁及以上人士，适用于雇员20人及以上的雇主），并说明这些问题本身不构成犯罪，"
                        "但会成为年龄偏见的证据。",
                    ),
                ),
            ),
            criterion(
                t("Protecting the decision", "保护录用决定"),
                level(0, t("No step to protect the decision.", "没有任何保护录用决定的措施。")),
                level(1, t("Says the answer will be ignored.", "只说会忽略对方的回答。")),
                level(
                    2,
                    t(
                        "Keeps the exchange out of notes and scores, and bases the debrief on the evaluation form.",
                        "确保这段对话不进入记录和评分，复盘以评价表为依据。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and watches for age-coded language in the debrief (“overqualified”, “not a "
                        "culture fit”, “energy”) and asks for job-related evidence behind it.",
                        "做到第2级的全部内容，并在复盘中留意带有年龄暗示的说法（“资历过高”“文化不契合”“活力不足”），"
                        "要求说明背后的岗位相关证据。",
                    ),
                ),
            ),
            criterion(
                t("Follow-up with the colleague and HR", "会后与同事和人力资源沟通"),
                level(0, t("No follow-up.", "没有后续行动。")),
                level(
                    1,
                    t(
                        "Talks to the director but not to HR, or the reverse.",
                        "只找了总监谈，没有告知人力资源，或反之。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Explains to the director in private why the questions are off limits in the US and informs "
                        "HR so the interview record and the director's preparation can be checked.",
                        "私下向总监解释为什么这些问题在美国不能问，并告知人力资源，以便核查面试记录、"
                        "加强总监的面试准备。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>Full marks on legal accuracy need the ADEA and the point that the questions become evidence rather "
            "than a violation in themselves. Texas also has a state employment-discrimination statute; mentioning "
            "that HR should check state law is a plus but not required. Deduct on the first criterion if the answer "
            "waits until after the interview to act.</p>",
            "<p>“法律表述准确”一项要得满分，需要提到ADEA，并指出这些问题本身不是违法行为，而是会成为证据。"
            "得克萨斯州也有本州的就业歧视法律；答案提到应由人力资源核查州法可以加分，但不是必需。"
            "如果答案等到面试结束后才采取行动，第一项应扣分。</p>",
        ),
        response_template=t(
            "<p><strong>What I say in the interview:</strong> …</p><p><strong>The law and why it matters "
            "here:</strong> …</p><p><strong>How I protect the decision:</strong> …</p><p><strong>After the "
            "interview:</strong> …</p>",
            "<p><strong>我在面试中说：</strong>……</p><p><strong>相关法律及其意义：</strong>……</p><p><strong>我如何保护"
            "录用决定：</strong>……</p><p><strong>面试结束后：</strong>……</p>",
        ),
    ),
]

GERMANY = [
    question(
        "reg-008",
        REGION["DE"],
        "practice",
        "single",
        region_tags("DE", "easy", taboo=True),
        t("The six grounds of the AGG", "AGG的六项事由"),
        t(
            "<p>Which of these is <strong>not</strong> one of the grounds listed in § 1 of Germany's General Equal "
            "Treatment Act (Allgemeines Gleichbehandlungsgesetz, AGG)?</p>",
            "<p>下列哪一项<strong>不属于</strong>德国《一般平等待遇法》（AGG）第1条列出的事由？</p>",
        ),
        with_law_note(
            t(
                "<p>AGG § 1 (2006) lists six grounds: race or ethnic origin, sex, religion or belief "
                "(Weltanschauung), disability, age and sexual identity. Section 7 forbids disadvantaging employees on "
                "those grounds, and applicants count as employees for this purpose.</p>",
                "<p>AGG（2006年）第1条列出六项事由：种族或族裔出身、性别、宗教或世界观、残障、年龄和性身份。"
                "第7条禁止基于这些事由使雇员处于不利地位，而在这一点上求职者也视同雇员。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t("Marital status", "婚姻状况"),
                t(
                    "Correct: it is not listed. That does not make it safe: questions about marriage and family "
                    "planning are treated as possible sex discrimination, and the programme bans them everywhere.",
                    "正确：它不在列。但这并不意味着可以问：询问结婚和生育计划会被视为可能的性别歧视，"
                    "而且本项目在所有地区都禁止这类问题。",
                ),
            ),
            choice(0.0, t("Age", "年龄"), t("Age is one of the six grounds.", "年龄属于六项事由之一。")),
            choice(
                0.0,
                t("Religion or belief (Weltanschauung)", "宗教或世界观"),
                t("Religion or belief is one of the six grounds.", "宗教或世界观属于六项事由之一。"),
            ),
            choice(
                0.0,
                t("Sexual identity", "性身份"),
                t("Sexual identity is one of the six grounds.", "性身份属于六项事由之一。"),
            ),
        ],
    ),
    question(
        "reg-009",
        REGION["DE"],
        "practice",
        "truefalse",
        region_tags("DE", "medium", taboo=True),
        t("The applicant's “right to lie”", "求职者的“说谎权”"),
        t(
            "<p>In Germany, a candidate who is asked in an interview whether she is pregnant may answer untruthfully, "
            "and the employer cannot later rescind the employment contract for deception on that ground.</p>",
            "<p>在德国，如果面试中有人问候选人是否怀孕，她可以不如实回答；雇主事后也不能以受欺诈为由撤销劳动合同。</p>",
        ),
        with_law_note(
            t(
                "<p>German labour courts recognise a so-called right to lie in answer to inadmissible questions; the "
                "Federal Labour Court confirmed it for pregnancy (BAG, 6 February 2003, 2 AZR 621/01). The question "
                "also counts as an indication of sex discrimination under the AGG. An inadmissible question therefore "
                "gets you no reliable answer and gives the candidate evidence.</p>",
                "<p>德国劳动法院承认，对不得提出的问题，求职者享有所谓的“说谎权”；联邦劳动法院就怀孕问题确认过这一点（"
                "BAG，2003年2月6日，2 AZR 621/01）。而且这个问题本身就可视为AGG下性别歧视的迹象。所以，"
                "问不该问的问题，你得不到可靠的答案，反而给了候选人证据。</p>",
            )
        ),
        answer=True,
        feedback_true=t(
            "Correct. The question is inadmissible, so an untruthful answer has no consequence for the contract.",
            "正确。这个问题本就不得提出，所以不如实回答不会影响劳动合同。",
        ),
        feedback_false=t(
            "It is true: courts allow an untruthful answer to an inadmissible question such as pregnancy, and the "
            "employer cannot rescind the contract because of it.",
            "这个说法是对的：对于怀孕这类不得提出的问题，法院允许求职者不如实回答，雇主也不能因此撤销合同。",
        ),
    ),
    question(
        "reg-010",
        REGION["DE"],
        "exam",
        "multi",
        region_tags("DE", "medium", taboo=True),
        t("What an improper question costs under the AGG", "不当提问在AGG下的后果"),
        t(
            "<p>In Frankfurt, an interviewer asks a 55-year-old applicant: “Wouldn't you rather be winding down at "
            "your age?” The applicant is rejected. Which statements about the employer's position under the AGG are "
            "correct? Select all that apply.</p>",
            "<p>在法兰克福，一位面试官问一位55岁的求职者：“到了您这个年纪，不想放慢节奏吗？”这位求职者随后落选。"
            "关于雇主在AGG下的处境，下列哪些说法正确？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>The AGG is civil law. An improper question is an indication that shifts the burden of proof (§ "
                "22); compensation under § 15(2) does not depend on fault and is capped at three months' pay where "
                "the applicant would not have been hired anyway. § 15(6) gives no right to be hired. Claims must be "
                "raised in writing within two months (§ 15(4)).</p>",
                "<p>AGG属于民事法律。不当提问构成转移举证责任的迹象（第22条）；第15条第2款规定的赔偿不以过错为前提，"
                "若求职者即使没有歧视也不会被录用，赔偿上限为三个月工资。第15条第6款明确不产生要求录用的权利。"
                "索赔须在两个月内以书面形式提出（第15条第4款）。</p>",
            )
        ),
        choices=[
            choice(
                0.5,
                t(
                    "The question can count as an indication of age discrimination, which shifts the burden to the "
                    "employer to prove there was none (§ 22).",
                    "这个问题可被视为年龄歧视的迹象，从而由雇主承担证明不存在歧视的责任（第22条）。",
                ),
                t("Correct.", "正确。"),
            ),
            choice(
                0.5,
                t(
                    "The applicant can claim compensation (§ 15(2)); if he would not have been hired even without "
                    "discrimination, it is capped at three months' pay.",
                    "求职者可以要求赔偿（第15条第2款）；如果即使没有歧视他也不会被录用，赔偿上限为三个月工资。",
                ),
                t("Correct.", "正确。"),
            ),
            choice(
                -0.5,
                t("The interviewer faces criminal prosecution under the AGG.", "面试官将依据AGG被追究刑事责任。"),
                t(
                    "The AGG is civil law; it creates claims, not criminal offences.",
                    "AGG是民事法律，产生的是索赔请求，而不是刑事罪名。",
                ),
            ),
            choice(
                -0.5,
                t("The employer must now hire the applicant.", "雇主现在必须录用这位求职者。"),
                t("§ 15(6) expressly gives no right to be hired.", "第15条第6款明确规定不产生要求录用的权利。"),
            ),
        ],
    ),
    question(
        "reg-011",
        REGION["DE"],
        "exam",
        "short",
        region_tags("DE", "easy", taboo=True),
        t("Germany's equal-treatment act", "德国的平等待遇法"),
        t(
            "<p>What is the usual abbreviation of Germany's General Equal Treatment Act of 2006, which protects "
            "applicants from discrimination?</p>",
            "<p>德国2006年保护求职者免受歧视的《一般平等待遇法》，通常的缩写是什么？</p>",
        ),
        with_law_note(
            t(
                "<p>AGG, for Allgemeines Gleichbehandlungsgesetz. It protects applicants from the job advert onwards; "
                "§ 11 requires neutral job adverts, which is why German adverts add “(m/w/d)” to the title.</p>",
                "<p>答案是AGG，即Allgemeines Gleichbehandlungsgesetz。它从招聘广告阶段起就保护求职者；"
                "第11条要求招聘广告保持中立，所以德国的招聘广告会在职位名称后加上“(m/w/d)”。</p>",
            )
        ),
        answers=[
            choice(1.0, t("AGG", "AGG"), t("Right: AGG.", "正确：AGG。")),
            choice(1.0, t("*AGG*", "*AGG*"), t("Right: AGG.", "正确：AGG。")),
            choice(
                1.0,
                t("Allgemeines Gleichbehandlungsgesetz", "*平等待遇法*"),
                t("Right: the AGG.", "正确：《一般平等待遇法》（AGG）。"),
            ),
        ],
    ),
    question(
        "reg-012",
        REGION["DE"],
        "exam",
        "single",
        region_tags("DE", "medium"),
        t("Addressing Dr. Vogel", "如何称呼福格尔博士"),
        t(
            "<p>Your first video interview in Germany is with Dr. Katrin Vogel, a chemist applying for a lab-lead "
            "role. How should you address her at the start?</p>",
            "<p>你在德国的第一场视频面试，对象是申请实验室负责人岗位的化学家卡特琳·福格尔博士。"
            "开场时你应该如何称呼她？</p>",
        ),
        t(
            "<p>German business culture is formal at first contact: surname, the academic title where there is one, "
            "and the formal Sie until the other person offers first names. Pair this with punctuality, a clear agenda "
            "and direct questions; directness is not rudeness there.</p>",
            "<p>德国的商务文化在初次接触时比较正式：称呼姓氏，有学术头衔的加上头衔，使用敬称Sie，"
            "直到对方主动提出改用名字。同时要守时、议程清晰、提问直接；在德国，直接并不等于失礼。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "“Good morning, Dr. Vogel” (in German, Frau Dr. Vogel, with the formal Sie) until she suggests "
                    "otherwise.",
                    "“早上好，福格尔博士”（德语为Frau Dr. Vogel，并使用敬称Sie），直到她提出其他称呼方式。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("“Hi Katrin”: first names make it relaxed.", "“嗨，卡特琳”：叫名字显得轻松。"),
                t(
                    "First names at first contact can come across as overfamiliar; let her offer them.",
                    "初次接触就直呼名字可能显得过于随便；应等她主动提出。",
                ),
            ),
            choice(
                0.0,
                t("“Frau Katrin”", "“卡特琳女士”（Frau Katrin）"),
                t("Frau goes with the surname, not the first name.", "Frau要与姓氏连用，而不是与名字连用。"),
            ),
            choice(
                0.0,
                t("“Doctor”, without a name", "只称“博士”，不带姓名"),
                t("Sounds abrupt; use title and surname together.", "听起来很生硬；应把头衔和姓氏连在一起用。"),
            ),
        ],
    ),
    question(
        "reg-013",
        REGION["DE"],
        "exam",
        "truefalse",
        region_tags("DE", "medium"),
        t("One holiday calendar for Germany?", "德国只有一套假日日历吗？"),
        t(
            "<p>Public holidays are the same across Germany, so one holiday calendar covers candidates in Munich and "
            "in Hamburg.</p>",
            "<p>德国全国的公共假日都一样，所以一套假日日历就能同时适用于慕尼黑和汉堡的候选人。</p>",
        ),
        t(
            "<p>Only some holidays are nationwide; the Länder (federal states) set others. Epiphany on 6 January, for "
            "example, is a holiday in Bavaria but not in Hamburg, and Corpus Christi and All Saints' Day also differ "
            "between Länder. Sundays and public holidays are protected rest days, so check the candidate's Land "
            "before you schedule.</p>",
            "<p>只有部分假日是全国性的，其余由各联邦州自行规定。例如1月6日的主显节在巴伐利亚州是假日，在汉堡却不是；"
            "基督圣体节、诸圣节等也因州而异。周日和公共假日是受保护的休息日，所以安排面试前要先确认候选人所在的州。"
            "</p>",
        ),
        answer=False,
        feedback_true=t(
            "No. Several holidays are set by each Land, so Munich and Hamburg have different calendars.",
            "不对。好几个假日由各州自行规定，所以慕尼黑和汉堡的假日日历不同。",
        ),
        feedback_false=t(
            "Correct. Check the candidate's Land: Bavaria, for instance, has more public holidays than Hamburg.",
            "正确。要确认候选人所在的州：例如巴伐利亚州的公共假日就比汉堡多。",
        ),
    ),
    question(
        "reg-014",
        REGION["DE"],
        "exam",
        "essay",
        region_tags("DE", "hard", taboo=True, scenario=True),
        t("A German candidate asks for the salary band", "德国候选人询问薪资范围"),
        t(
            "<p>You are interviewing Jonas Becker for a senior backend engineer role in Berlin. Ten minutes in, he "
            "says: “Before we go further, could you tell me the salary band for this role? In Germany I'd expect that "
            "early on.” Nobody has given you the band. Your colleague from headquarters, also on the call, replies: "
            "“Sure, but first tell us what you earn now, so we can make you a fair offer.”</p><p>How do you handle "
            "the next few minutes and the follow-up? Refer to the rules that apply.</p>",
            "<p>你在面试柏林一个高级后端工程师岗位的候选人约纳斯·贝克尔。面试进行到第十分钟，他说：“在继续之前，"
            "能告诉我这个岗位的薪资范围吗？在德国，我希望早点了解这一点。”没人告诉过你薪资范围。"
            "同在线上的总部同事接话：“当然，不过你先说说现在挣多少，我们才好给你一个公平的报价。”"
            "</p><p>接下来的几分钟你会如何处理？之后又如何跟进？请提及适用的规则。</p>",
        ),
        with_law_note(
            t(
                "<p>Jonas's request is normal in Germany, where applicants often state a salary expectation "
                "(Gehaltsvorstellung) and expect the range to be discussed early. The colleague's counter-question is "
                "the problem: asking about current pay is generally inadmissible under German case law unless the "
                "previous pay says something about the candidate's qualification for the job, and the EU Pay "
                "Transparency Directive (EU) 2023/970 gives applicants a right to information on the starting pay or "
                "range and bars pay-history questions once transposed (the deadline is 7 June 2026).</p>",
                "<p>约纳斯的要求在德国很正常：求职者常常会提出期望薪资（Gehaltsvorstellung），也希望尽早讨论薪资范围。"
                "问题出在同事的反问上：根据德国判例，询问当前薪资一般是不允许的，除非过往薪资能说明候选人是否胜任该岗"
                "位；欧盟《薪酬透明指令》（(EU) 2023/970）在转化为国内法后（期限为2026年6月7日），"
                "赋予求职者了解起薪或薪资范围的权利，并禁止询问薪资历史。</p>",
            )
        ),
        mark=10,
        rubric=[
            criterion(
                t("Answering the request for the band", "回应薪资范围的请求"),
                level(0, t("Refuses, deflects, or invents a figure.", "拒绝、搪塞，或随口编一个数字。")),
                level(1, t("Promises to “come back to it” with no commitment.", "只说“之后再说”，没有任何承诺。")),
                level(
                    2,
                    t(
                        "Explains honestly that the band has not been shared with the panel and commits to sending it "
                        "in writing by a stated date.",
                        "如实说明面试小组还没拿到薪资范围，并承诺在明确的日期前以书面形式提供。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, acknowledges that the question is normal in Germany, invites his salary "
                        "expectation instead, and makes sure the band reaches him before any further round.",
                        "做到第2级的全部内容，并承认这个问题在德国很正常，改为请他说明期望薪资，"
                        "同时确保在下一轮之前把薪资范围交到他手上。",
                    ),
                ),
            ),
            criterion(
                t("Handling the pay-history question", "处理薪资历史问题"),
                level(0, t("Lets the question stand or repeats it.", "任由这个问题存在，或重复提问。")),
                level(
                    1, t("Stays silent while Jonas decides whether to answer.", "保持沉默，让约纳斯自己决定是否回答。")
                ),
                level(
                    2,
                    t(
                        "Steps in at once: tells Jonas he need not share his current pay and that the offer will rest "
                        "on the role's band and his experience.",
                        "立即介入：告诉约纳斯不必透露当前薪资，报价将基于岗位的薪资范围和他的经验。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, done without undermining the colleague in front of the candidate, and followed "
                        "by a private explanation to the colleague.",
                        "做到第2级的全部内容，而且没有当着候选人的面让同事难堪，事后再私下向同事解释。",
                    ),
                ),
            ),
            criterion(
                t("Legal accuracy", "法律表述准确"),
                level(0, t("No rule, or a wrong one.", "没有提及规则，或表述错误。")),
                level(
                    1,
                    t(
                        "Refers to pay transparency or discrimination in general terms.",
                        "笼统地提到薪酬透明或歧视。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Cites the EU Pay Transparency Directive (applicant's right to range information, ban on "
                        "pay-history questions, transposition by 7 June 2026) and checks with HR whether the German "
                        "implementing law is in force; notes that German case law already treats pay-history "
                        "questions as generally inadmissible.",
                        "引用欧盟《薪酬透明指令》（求职者有权了解薪资范围、禁止询问薪资历史、2026年6月7日前转化为国内"
                        "法），并向人力资源确认德国的转化法律是否已生效；同时指出德国判例已普遍认为询问薪资历史不被允"
                        "许。",
                    ),
                ),
            ),
            criterion(
                t("Candidate experience and follow-up", "候选人体验与后续跟进"),
                level(0, t("The candidate is left annoyed and uninformed.", "候选人被晾在一边，既恼火又一无所知。")),
                level(1, t("Some follow-up, but vague.", "有跟进，但很含糊。")),
                level(
                    2,
                    t(
                        "Continues the interview on the substance, then gets the band from HR and sends it as "
                        "promised; raises with HR that bands must be in the panel's brief for future German roles.",
                        "继续进行实质性的面试，之后从人力资源拿到薪资范围并按承诺发送；同时向人力资源提出，"
                        "今后德国岗位的面试资料中必须包含薪资范围。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>The directive's transposition status in Germany may have changed since this item was written; reward "
            "answers that say to check it with HR rather than asserting a date of entry into force. Do not require a "
            "citation of a specific court decision on pay history. An answer that makes up a salary band on the spot "
            "scores 0 on the first criterion.</p>",
            "<p>自本题编写以来，该指令在德国的转化情况可能已有变化；答案提出向人力资源核实的，应给予肯定，"
            "而不是断言某个生效日期。不要求引用关于薪资历史的具体判决。如果答案当场编造薪资范围，第一项记0分。</p>",
        ),
        response_template=t(
            "<p><strong>What I say to Jonas about the band:</strong> …</p><p><strong>How I handle my colleague's "
            "question:</strong> …</p><p><strong>The rules that apply:</strong> …</p><p><strong>Follow-up after the "
            "interview:</strong> …</p>",
            "<p><strong>关于薪资范围我对约纳斯说：</strong>……</p><p><strong>我如何处理同事的问题："
            "</strong>……</p><p><strong>适用的规则：</strong>……</p><p><strong>面试后的跟进：</strong>……</p>",
        ),
    ),
]

UNITED_KINGDOM = [
    question(
        "reg-015",
        REGION["GB"],
        "practice",
        "single",
        region_tags("GB", "easy", taboo=True),
        t("The health question you may ask before an offer", "录用前可以问的健康问题"),
        t(
            "<p>Before making an offer for a project-coordinator role in Manchester, which health-related question "
            "may you ask?</p>",
            "<p>在为曼彻斯特一个项目协调员岗位发出录用通知之前，下列哪个与健康相关的问题是可以问的？</p>",
        ),
        with_law_note(
            t(
                "<p>Section 60 of the Equality Act 2010 stops employers asking about an applicant's health before "
                "offering work, with narrow exceptions: for example to make reasonable adjustments to the recruitment "
                "process, to establish whether the applicant can carry out a function intrinsic to the work, or for "
                "diversity monitoring. The Act covers England, Scotland and Wales; Northern Ireland has its own "
                "equality legislation.</p>",
                "<p>《2010年平等法》第60条禁止雇主在发出录用通知前询问求职者的健康状况，仅有少数例外，"
                "例如为招聘流程提供合理调整、确认求职者能否履行岗位固有职能，或用于多元化统计。该法适用于英格兰、"
                "苏格兰和威尔士；北爱尔兰另有其平等法规。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "“Do you need any adjustments for the interview or the written exercise?”",
                    "“面试或笔试环节，你需要什么调整或便利安排吗？”",
                ),
                t(
                    "Right: adjustments to the recruitment process are a permitted purpose.",
                    "正确：为招聘流程提供调整属于允许的目的。",
                ),
            ),
            choice(
                0.0,
                t("“Do you have a disability we should know about?”", "“你有什么我们需要知道的残障吗？”"),
                t(
                    "A general disability question before an offer falls under s. 60.",
                    "录用前泛泛询问残障情况，属于第60条限制的范围。",
                ),
            ),
            choice(
                0.0,
                t("“How many days were you off sick last year?”", "“你去年请了几天病假？”"),
                t("Sickness absence is health information; s. 60 applies.", "病假记录属于健康信息，适用第60条。"),
            ),
            choice(
                0.0,
                t("“Have you ever had mental-health problems?”", "“你有过心理健康问题吗？”"),
                t(
                    "A health question before an offer, with no permitted purpose.",
                    "这是录用前的健康问题，且不属于任何允许的目的。",
                ),
            ),
        ],
    ),
    question(
        "reg-016",
        REGION["GB"],
        "practice",
        "truefalse",
        region_tags("GB", "easy", taboo=True),
        t("Marriage as a protected characteristic", "婚姻作为受保护特征"),
        t(
            "<p>Under the Equality Act 2010, “marriage and civil partnership” is one of the nine protected "
            "characteristics.</p>",
            "<p>根据《2010年平等法》，“婚姻和民事伴侣关系”是九项受保护特征之一。</p>",
        ),
        with_law_note(
            t(
                "<p>It is. In employment the protection covers people who are married or in a civil partnership. "
                "Whatever the exact scope, questions about marriage, partners or wedding plans have no place in a UK "
                "interview.</p>",
                "<p>是的。在就业领域，这项保护针对已婚者或处于民事伴侣关系中的人。无论保护范围具体如何，"
                "在英国的面试中都不应询问婚姻、伴侣或婚礼计划。</p>",
            )
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is one of the nine: age, disability, gender reassignment, marriage and civil partnership, pregnancy "
            "and maternity, race, religion or belief, sex, and sexual orientation.",
            "它确实是九项之一：年龄、残障、性别重置、婚姻和民事伴侣关系、怀孕和生育、种族、宗教或信仰、性别、性取向。",
        ),
    ),
    question(
        "reg-017",
        REGION["GB"],
        "exam",
        "multi",
        region_tags("GB", "medium", taboo=True),
        t("Protected characteristics in Great Britain", "英国（大不列颠）的受保护特征"),
        t(
            "<p>Which of the following are protected characteristics under the Equality Act 2010? Select all that "
            "apply.</p>",
            "<p>下列哪些属于《2010年平等法》规定的受保护特征？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>The nine protected characteristics are age, disability, gender reassignment, marriage and civil "
                "partnership, pregnancy and maternity, race, religion or belief, sex, and sexual orientation. Social "
                "class and smoking are not among them, though questions about them rarely serve a job-related purpose "
                "either.</p>",
                "<p>九项受保护特征是：年龄、残障、性别重置、婚姻和民事伴侣关系、怀孕和生育、种族、宗教或信仰、性别、"
                "性取向。社会阶层和是否吸烟不在其中，不过这类问题通常也与岗位无关。</p>",
            )
        ),
        choices=[
            choice(0.25, t("Age", "年龄"), t("Protected.", "受保护。")),
            choice(0.25, t("Gender reassignment", "性别重置"), t("Protected.", "受保护。")),
            choice(0.25, t("Pregnancy and maternity", "怀孕和生育"), t("Protected.", "受保护。")),
            choice(0.25, t("Religion or belief", "宗教或信仰"), t("Protected.", "受保护。")),
            choice(-0.5, t("Social class", "社会阶层"), t("Not one of the nine.", "不属于九项之一。")),
            choice(
                -0.5, t("Whether the applicant smokes", "求职者是否吸烟"), t("Not one of the nine.", "不属于九项之一。")
            ),
        ],
    ),
    question(
        "reg-018",
        REGION["GB"],
        "exam",
        "short",
        region_tags("GB", "medium", taboo=True),
        t("The section on pre-offer health questions", "关于录用前健康问题的条款"),
        t(
            "<p>Which section of the Equality Act 2010 restricts asking job applicants about their health before "
            "offering work? Give the number.</p>",
            "<p>《2010年平等法》的哪一条限制在发出录用通知前询问求职者的健康状况？请写出条款号。</p>",
        ),
        with_law_note(
            t(
                "<p>Section 60. Health questions are allowed after a conditional offer, or before it only for the "
                "purposes the section permits.</p>",
                "<p>答案是第60条。附条件录用之后可以询问健康问题；在此之前，只能出于该条允许的目的询问。</p>",
            )
        ),
        answers=[
            choice(1.0, t("60", "60"), t("Right: section 60.", "正确：第60条。")),
            choice(1.0, t("s*60", "第60条"), t("Right: section 60.", "正确：第60条。")),
            choice(1.0, t("section 60", "*60*"), t("Right: section 60.", "正确：第60条。")),
            choice(1.0, t("*60*", "六十"), t("Right: section 60.", "正确：第60条。")),
        ],
    ),
    question(
        "reg-019",
        REGION["GB"],
        "exam",
        "single",
        region_tags("GB", "hard", taboo=True),
        t("Who enforces section 60?", "谁来执行第60条？"),
        t(
            "<p>A hiring manager in Leeds asked an applicant about her medical history before any offer, then "
            "rejected her. Which statement about the consequences is correct?</p>",
            "<p>利兹的一位用人经理在尚未发出任何录用通知时询问了一位求职者的病史，随后拒绝了她。关于后果，"
            "下列哪个说法正确？</p>",
        ),
        with_law_note(
            t(
                "<p>A breach of s. 60 itself can be enforced only by the Equality and Human Rights Commission (EHRC). "
                "The applicant's route is a disability-discrimination claim at an employment tribunal if the employer "
                "relied on her answer; in that claim, the fact that the question was asked helps shift the burden of "
                "proof to the employer.</p>",
                "<p>违反第60条本身，只能由平等与人权委员会（EHRC）执行。求职者的途径是：如果雇主依据她的回答作出决定，"
                "她可以向劳动法庭提出残障歧视诉讼；在诉讼中，雇主问过这一问题的事实有助于把举证责任转移给雇主。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "The EHRC can enforce the breach of s. 60; the applicant can bring a disability-discrimination "
                    "claim if the employer relied on her answer, and the question helps shift the burden of proof.",
                    "EHRC可以就违反第60条采取执法行动；如果雇主依据她的回答作出决定，求职者可以提出残障歧视诉讼，"
                    "而这个提问有助于转移举证责任。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "The applicant can sue at an employment tribunal for breach of s. 60 as such.",
                    "求职者可以直接以违反第60条为由向劳动法庭起诉。",
                ),
                t(
                    "Only the EHRC enforces s. 60 itself; the individual's claim is for discrimination.",
                    "只有EHRC能执行第60条本身；个人提出的是歧视诉讼。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Nothing follows, because health questions are not unlawful in the UK.",
                    "不会有任何后果，因为在英国询问健康问题并不违法。",
                ),
                t("Pre-offer health questions are restricted by s. 60.", "录用前的健康问题受第60条限制。"),
            ),
            choice(
                0.0,
                t(
                    "The Information Commissioner's Office fines the manager personally.",
                    "信息专员办公室会对这位经理个人处以罚款。",
                ),
                t(
                    "The ICO regulates data protection; s. 60 enforcement lies with the EHRC.",
                    "信息专员办公室负责数据保护；第60条的执法机构是EHRC。",
                ),
            ),
        ],
    ),
    question(
        "reg-020",
        REGION["GB"],
        "exam",
        "matching",
        region_tags("GB", "medium"),
        t("Reading British understatement", "读懂英式含蓄"),
        t(
            "<p>Understatement is common in British business English, though individuals vary. Match each phrase with "
            "the meaning it often carries; then check rather than assume.</p>",
            "<p>含蓄的说法在英式商务英语中很常见，当然因人而异。请把每个说法与它常见的真实含义配对；"
            "实际面试中仍要核实，而不是想当然。</p>",
        ),
        t(
            "<p>Understatement works in both directions: mild words can carry strong disagreement or real enthusiasm. "
            "When the meaning matters for the decision, ask a follow-up (“What would you change about it?”, “How "
            "interested are you, honestly?”).</p>",
            "<p>含蓄是双向的：温和的措辞背后可能是强烈的反对，也可能是真心的热情。当含义会影响决定时，"
            "要追问一句（“你会怎么改进它？”“说实话，你有多大兴趣？”）。</p>",
        ),
        pairs=[
            pair(
                t("“That's an interesting idea.”", "“这个想法挺有意思。”"),
                t("I have doubts about it.", "我对此有疑虑。"),
            ),
            pair(t("“I'd be quite keen.”", "“我还挺感兴趣的。”"), t("I'm genuinely interested.", "我是真心感兴趣。")),
            pair(t("“Not bad at all.”", "“一点也不差。”"), t("That's good.", "这很好。")),
            pair(t("“With the greatest respect…”", "“恕我直言……”"), t("I disagree.", "我不同意。")),
        ],
        distractors=[
            t("I fully agree and have nothing to add.", "我完全同意，没有补充。"),
            t("I didn't understand the question.", "我没听懂这个问题。"),
        ],
    ),
]
QUESTIONS = [*UNITED_STATES, *GERMANY, *UNITED_KINGDOM]
