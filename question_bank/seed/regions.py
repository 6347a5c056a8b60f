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

BRAZIL = [
    question(
        "reg-021",
        REGION["BR"],
        "practice",
        "single",
        region_tags("BR", "medium", taboo=True),
        t("A pregnancy test “as standard”", "“例行”妊娠检测"),
        t(
            "<p>A recruitment agency in São Paulo suggests adding a pregnancy test to the pre-admission medical exam "
            "for women, “as standard”. What is correct?</p>",
            "<p>圣保罗的一家招聘机构建议，在女性入职前体检中“例行”加入妊娠检测。下列哪个说法正确？</p>",
        ),
        with_law_note(
            t(
                "<p>Lei 9.029/1995, art. 2, makes it a crime to require any test, examination, certificate or "
                "declaration relating to pregnancy or sterilisation, punishable by one to two years' detention and a "
                "fine. CLT art. 373-A, item IV, separately forbids requiring such certificates or examinations for "
                "admission or continued employment.</p>",
                "<p>第9.029/1995号法律第2条规定，要求进行任何与怀孕或绝育有关的检测、检查、证明或声明，均构成犯罪，"
                "可处一至二年拘役并处罚金。《劳动法汇编》（CLT）第373-A条第IV项另行禁止在录用或继续雇佣时要求此类证明"
                "或检查。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Refuse: requiring a pregnancy test is a crime under Lei 9.029/1995 (art. 2), and CLT art. 373-A "
                    "forbids it for admission or continued employment.",
                    "拒绝：要求妊娠检测在第9.029/1995号法律第2条下构成犯罪，CLT第373-A条也禁止在录用或继续雇佣时提出此"
                    "类要求。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("It is allowed if the candidate signs a consent form.", "只要候选人签署同意书就可以。"),
                t(
                    "Consent does not cure it: the law forbids requiring the test at all.",
                    "同意并不能使其合法：法律根本禁止提出这种要求。",
                ),
            ),
            choice(
                0.0,
                t("It is allowed for roles that involve business travel.", "对需要出差的岗位是允许的。"),
                t("There is no such exception.", "法律没有这样的例外。"),
            ),
            choice(
                0.0,
                t("It is allowed once the contract is signed, but not before.", "合同签订后可以要求，签订前不行。"),
                t(
                    "Art. 373-A covers continued employment as well as admission.",
                    "第373-A条既适用于录用，也适用于继续雇佣。",
                ),
            ),
        ],
    ),
    question(
        "reg-022",
        REGION["BR"],
        "practice",
        "truefalse",
        region_tags("BR", "easy", taboo=True),
        t("Marital status in Brazilian law", "巴西法律中的婚姻状况"),
        t(
            "<p>Brazil's Lei 9.029/1995 prohibits discriminatory practices in access to employment on grounds that "
            "include marital status and family situation.</p>",
            "<p>巴西第9.029/1995号法律禁止在就业准入中基于婚姻状况和家庭状况等事由实施歧视。</p>",
        ),
        with_law_note(
            t(
                "<p>Article 1, as amended in 2015, lists sex, origin, race, colour, marital status, family situation, "
                "disability, professional rehabilitation and age, among others. Questions about marriage, children or "
                "plans for either are therefore off the table in Brazil.</p>",
                "<p>该法第1条（2015年修订）列举了性别、出身、种族、肤色、婚姻状况、家庭状况、残障、"
                "职业康复和年龄等事由。因此在巴西，关于婚姻、子女或相关计划的问题都不能问。</p>",
            )
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It does: estado civil (marital status) and situação familiar (family situation) are both named in art. 1.",
            "确实如此：婚姻状况（estado civil）和家庭状况（situação familiar）都在第1条中明确列出。",
        ),
    ),
    question(
        "reg-023",
        REGION["BR"],
        "exam",
        "multi",
        region_tags("BR", "medium", taboo=True),
        t("Practices that breach CLT art. 373-A", "违反CLT第373-A条的做法"),
        t(
            "<p>Which of these recruitment practices in Brazil breach CLT art. 373-A? Select all that apply.</p>",
            "<p>下列在巴西的招聘做法中，哪些违反了CLT第373-A条？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Art. 373-A forbids job adverts that refer to sex, age, colour or family situation (item I) and "
                "refusing employment on those grounds or because of pregnancy (item II), unless the nature of the "
                "activity publicly and notoriously requires otherwise. Language skills and travel that the job "
                "genuinely needs are legitimate requirements.</p>",
                "<p>第373-A条禁止在招聘广告中提及性别、年龄、肤色或家庭状况（第I项），也禁止以这些理由或以怀孕为由拒绝"
                "录用（第II项），除非工作性质公开且众所周知地另有要求。岗位确实需要的语言能力和出差要求，"
                "则属于正当要求。</p>",
            )
        ),
        choices=[
            choice(
                0.5,
                t(
                    "A job advert for “women aged 25 to 35” for an office-administration role.",
                    "一则行政岗位的招聘广告写着“招聘25至35岁女性”。",
                ),
                t("Refers to sex and age: item I.", "提及性别和年龄：违反第I项。"),
            ),
            choice(
                0.5,
                t(
                    "Turning down a candidate because she has three young children.",
                    "因为候选人有三个年幼的孩子而拒绝录用她。",
                ),
                t("Refusal on grounds of family situation: item II.", "以家庭状况为由拒绝录用：违反第II项。"),
            ),
            choice(
                -0.5,
                t(
                    "An advert requiring fluent Portuguese and English for a client-facing role with US accounts.",
                    "一则面向美国客户的岗位广告要求流利的葡萄牙语和英语。",
                ),
                t("A genuine job requirement.", "这是真实的岗位要求。"),
            ),
            choice(
                -0.5,
                t(
                    "Asking every candidate whether they can travel to Manaus twice a month, as the job requires.",
                    "按岗位要求，询问每位候选人能否每月去马瑙斯出差两次。",
                ),
                t("Job-related and asked of everyone.", "与岗位相关，且对所有人都这样问。"),
            ),
        ],
    ),
    question(
        "reg-024",
        REGION["BR"],
        "exam",
        "short",
        region_tags("BR", "medium", taboo=True),
        t("Brazil's data-protection law", "巴西的数据保护法"),
        t(
            "<p>Which Brazilian law (give its usual abbreviation) treats data on racial or ethnic origin, religious "
            "conviction, political opinion, health and sex life as sensitive personal data?</p>",
            "<p>巴西哪部法律把种族或族裔出身、宗教信仰、政治观点、健康和性生活等数据列为敏感个人数据？"
            "（写出其常用缩写）</p>",
        ),
        with_law_note(
            t(
                "<p>The LGPD, Lei Geral de Proteção de Dados (Lei 13.709/2018). Interview notes are personal data; "
                "recording sensitive data you had no reason to collect is a data-protection problem on top of a "
                "discrimination risk.</p>",
                "<p>答案是LGPD，即《通用数据保护法》（第13.709/2018号法律）。面试记录属于个人数据；"
                "记录了本无理由收集的敏感数据，除了歧视风险，还会带来数据保护问题。</p>",
            )
        ),
        answers=[
            choice(1.0, t("LGPD", "LGPD"), t("Right: the LGPD.", "正确：LGPD。")),
            choice(1.0, t("*LGPD*", "*LGPD*"), t("Right: the LGPD.", "正确：LGPD。")),
            choice(
                1.0,
                t("*13.709*", "*13.709*"),
                t("Right: Lei 13.709/2018, the LGPD.", "正确：第13.709/2018号法律，即LGPD。"),
            ),
            choice(
                1.0,
                t("Lei Geral de Prote*", "*数据保护法*"),
                t("Right: the LGPD.", "正确：《通用数据保护法》（LGPD）。"),
            ),
        ],
    ),
    question(
        "reg-025",
        REGION["BR"],
        "exam",
        "single",
        region_tags("BR", "medium"),
        t("Warmth and structure in Recife", "在累西腓兼顾热情与结构"),
        t(
            "<p>Your video interview with Bruno Carvalho in Recife starts with him asking how your week has been and "
            "chatting warmly about the city. You have 45 minutes and a structured guide. What is the best "
            "approach?</p>",
            "<p>你与累西腓的布鲁诺·卡瓦略进行视频面试。一开始他就问你这周过得怎么样，还热情地聊起这座城市。"
            "你只有45分钟，还有一份结构化面试提纲。最好的做法是什么？</p>",
        ),
        t(
            "<p>Business in Brazil runs on relationships, and a few minutes of genuine conversation build the trust "
            "that makes the rest of the interview more candid. Structure is what keeps it fair: same questions, same "
            "scale, the time managed by you.</p>",
            "<p>在巴西，做生意靠的是关系；几分钟真诚的交流能建立信任，让接下来的面试更坦诚。而保证公平的是结构："
            "相同的问题、相同的评分标准，由你来掌控时间。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Spend a few minutes on friendly conversation, then explain the structure and move into the "
                    "questions; warmth and rigour go together.",
                    "先花几分钟友好交流，然后说明面试结构并进入问题；热情与严谨可以兼得。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("Cut the small talk at once: it wastes interview time.", "立刻打断寒暄：这是在浪费面试时间。"),
                t(
                    "Likely to come across as cold, and a guarded candidate gives you weaker evidence.",
                    "很可能显得冷淡，而心存戒备的候选人给出的证据也会更弱。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Let the conversation run as long as he likes; structure feels too formal for Brazil.",
                    "他想聊多久就聊多久；在巴西，结构化显得太正式了。",
                ),
                t(
                    "You lose the time and the comparability between candidates.",
                    "这样既浪费时间，也让候选人之间失去可比性。",
                ),
            ),
            choice(
                0.0,
                t("Mark him down on professionalism for being informal.", "因为他不够正式，在职业素养上扣分。"),
                t("Scores a cultural style, not evidence.", "这是在给文化风格打分，而不是依据证据。"),
            ),
        ],
    ),
    question(
        "reg-026",
        REGION["BR"],
        "exam",
        "truefalse",
        region_tags("BR", "medium"),
        t("Blocking out Carnaval", "为狂欢节预留时间"),
        t(
            "<p>Carnaval falls on the same dates every year, so you can block the third week of February in your "
            "Brazil hiring calendar permanently.</p>",
            "<p>巴西狂欢节每年日期都一样，所以你可以在巴西招聘日历中永久空出二月的第三周。</p>",
        ),
        t(
            "<p>Carnaval is tied to Easter: Shrove Tuesday falls 47 days before Easter Sunday, so the festivities "
            "move between early February and early March. Whether the days are holidays also varies: some states and "
            "cities declare them, elsewhere they are optional days off. Check the year and the city with local HR.</p>",
            "<p>狂欢节与复活节挂钩：忏悔星期二在复活节前47天，所以狂欢节在二月上旬至三月上旬之间浮动。"
            "这几天是否放假也因地而异：有些州和城市定为假日，其他地方则是可选择休息的日子。"
            "请向当地人力资源核实当年日期和所在城市的安排。</p>",
        ),
        answer=False,
        feedback_true=t(
            "No. Carnaval moves with Easter, so its dates change every year.",
            "不对。狂欢节随复活节变动，日期每年都不同。",
        ),
        feedback_false=t(
            "Correct. It moves with Easter, and its holiday status differs between states and cities.",
            "正确。它随复活节变动，是否放假也因州和城市而异。",
        ),
    ),
]

MEXICO = [
    question(
        "reg-027",
        REGION["MX"],
        "practice",
        "single",
        region_tags("MX", "easy", taboo=True),
        t("A non-pregnancy certificate on the checklist", "入职清单上的“未怀孕证明”"),
        t(
            "<p>An HR vendor in Monterrey sends you its pre-employment checklist. It includes a medical certificate "
            "showing the candidate is not pregnant. What do you do?</p>",
            "<p>蒙特雷的一家人力资源服务商发来入职前检查清单，其中包括一份证明候选人未怀孕的医疗证明。你该怎么做？</p>",
        ),
        with_law_note(
            t(
                "<p>Ley Federal del Trabajo art. 133, fraction XIV, prohibits employers from requiring certificates "
                "of non-pregnancy for hiring, continued employment or promotion; fraction XV prohibits dismissing or "
                "pressuring a worker to resign because she is pregnant, has changed marital status or cares for young "
                "children.</p>",
                "<p>《联邦劳动法》第133条第XIV项禁止雇主在录用、继续雇佣或晋升时要求提供未怀孕证明；"
                "第XV项禁止因员工怀孕、婚姻状况变化或照顾年幼子女而解雇她或迫使她辞职。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Have it removed: LFT art. 133 (fraction XIV) forbids requiring a non-pregnancy certificate for "
                    "hiring, continued employment or promotion.",
                    "要求删除：《联邦劳动法》第133条第XIV项禁止在录用、继续雇佣或晋升时要求提供未怀孕证明。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "Keep it for roles in the laboratory, to protect the candidate.",
                    "对实验室岗位保留这项要求，以保护候选人。",
                ),
                t(
                    "Protective intent does not create an exception; safety is handled through risk assessment and "
                    "adjustments, not exclusion.",
                    "出于保护的初衷并不构成例外；安全问题应通过风险评估和调整来处理，而不是把人排除在外。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Drop the certificate but ask about pregnancy in the interview instead.",
                    "取消证明，改在面试中询问是否怀孕。",
                ),
                t("Same discrimination by another route.", "换了个方式，歧视的实质不变。"),
            ),
            choice(
                0.0,
                t("Keep it but mark it “optional”.", "保留，但标注为“可选”。"),
                t(
                    "An “optional” certificate on an employer's checklist is still pressure, and still information "
                    "you must not use.",
                    "雇主清单上的“可选”证明仍然是一种压力，得到的也仍是你不得使用的信息。",
                ),
            ),
        ],
    ),
    question(
        "reg-028",
        REGION["MX"],
        "practice",
        "matching",
        region_tags("MX", "medium"),
        t("Mexico's statutory rest days", "墨西哥的法定休息日"),
        t(
            "<p>Ley Federal del Trabajo art. 74 sets Mexico's mandatory rest days, several of them on Mondays. Match "
            "each commemoration with the day it is observed.</p>",
            "<p>墨西哥《联邦劳动法》第74条规定了法定休息日，其中有几天固定在星期一。请把每个纪念日与其实际放假的日子配"
            "对。</p>",
        ),
        t(
            "<p>Three commemorations are observed on Mondays, creating long weekends (“puentes”) when many people "
            "travel: plan around them as you would around a holiday. Independence Day on 16 September stays on its "
            "date.</p>",
            "<p>有三个纪念日固定在星期一放假，形成长周末（当地称“puente”），很多人会外出旅行："
            "安排面试时应像对待节假日一样避开。9月16日的独立日则固定在当天。</p>",
        ),
        pairs=[
            pair(
                t("Constitution Day (5 February)", "宪法日（2月5日）"),
                t("The first Monday of February", "二月的第一个星期一"),
            ),
            pair(
                t("Birth of Benito Juárez (21 March)", "贝尼托·华雷斯诞辰（3月21日）"),
                t("The third Monday of March", "三月的第三个星期一"),
            ),
            pair(
                t("Revolution Day (20 November)", "革命纪念日（11月20日）"),
                t("The third Monday of November", "十一月的第三个星期一"),
            ),
            pair(t("Independence Day", "独立日"), t("16 September, on the date itself", "9月16日当天")),
        ],
        distractors=[
            t("The last Friday of October", "十月的最后一个星期五"),
            t("The first Monday of May", "五月的第一个星期一"),
        ],
    ),
    question(
        "reg-029",
        REGION["MX"],
        "exam",
        "multi",
        region_tags("MX", "medium", taboo=True),
        t("Screening rules that breach LFT art. 133", "违反《联邦劳动法》第133条的筛选规则"),
        t(
            "<p>A hiring manager in Mexico City proposes these screening rules for a sales team. Which would breach "
            "Ley Federal del Trabajo art. 133, fraction I? Select all that apply.</p>",
            "<p>墨西哥城的一位用人经理为销售团队提出了以下筛选规则。哪些违反《联邦劳动法》第133条第I项？"
            "请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Fraction I forbids refusing workers on grounds of ethnic or national origin, gender, age, "
                "disability, social condition, health conditions, religion, opinions, sexual preferences, marital "
                "status or any other criterion that can give rise to discrimination. A licence needed for the driving "
                "the job involves, or a language the clients speak, are genuine requirements.</p>",
                "<p>第I项禁止以族裔或国籍出身、性别、年龄、残障、社会状况、健康状况、宗教、观点、性取向、"
                "婚姻状况或任何其他可能导致歧视的标准拒绝录用。岗位确实需要驾驶所要求的驾照，或与客户沟通所需的语言，"
                "则属于真实的岗位要求。</p>",
            )
        ),
        choices=[
            choice(
                0.3333333,
                t("Rejecting applicants over 45.", "拒绝45岁以上的求职者。"),
                t("Age.", "年龄。"),
            ),
            choice(
                0.3333333,
                t(
                    "Preferring single applicants because they “can travel more”.",
                    "优先录用单身求职者，因为他们“更能出差”。",
                ),
                t("Marital status.", "婚姻状况。"),
            ),
            choice(
                0.3333334,
                t(
                    "Excluding applicants with a chronic condition that does not affect the work.",
                    "排除患有不影响工作的慢性病的求职者。",
                ),
                t("Health conditions.", "健康状况。"),
            ),
            choice(
                -0.5,
                t(
                    "Requiring a valid driving licence for a field role that involves driving between clients.",
                    "外勤岗位需要在客户之间驾车往返，因此要求持有有效驾照。",
                ),
                t("A genuine job requirement.", "真实的岗位要求。"),
            ),
            choice(
                -0.5,
                t(
                    "Requiring advanced English for a role that supports US clients daily.",
                    "岗位每天要服务美国客户，因此要求高级英语水平。",
                ),
                t("A genuine job requirement.", "真实的岗位要求。"),
            ),
        ],
    ),
    question(
        "reg-030",
        REGION["MX"],
        "exam",
        "short",
        region_tags("MX", "easy", taboo=True),
        t("The article on employers' prohibitions", "规定雇主禁止行为的条款"),
        t(
            "<p>Which article of Mexico's Ley Federal del Trabajo lists what employers are prohibited from doing, "
            "starting with refusing workers for discriminatory reasons? Give the number.</p>",
            "<p>墨西哥《联邦劳动法》的哪一条列出了雇主被禁止的行为，其中第一项就是以歧视性理由拒绝录用？请写出条款号。"
            "</p>",
        ),
        with_law_note(
            t(
                "<p>Article 133. Fraction I covers discriminatory refusal to hire, fraction XIV the non-pregnancy "
                "certificate.</p>",
                "<p>答案是第133条。第I项针对歧视性拒绝录用，第XIV项针对未怀孕证明。</p>",
            )
        ),
        answers=[
            choice(1.0, t("133", "133"), t("Right: article 133.", "正确：第133条。")),
            choice(1.0, t("*133*", "第133条"), t("Right: article 133.", "正确：第133条。")),
            choice(1.0, t("art* 133", "*133*"), t("Right: article 133.", "正确：第133条。")),
        ],
    ),
    question(
        "reg-031",
        REGION["MX"],
        "exam",
        "single",
        region_tags("MX", "medium"),
        t("Addressing a Mexican candidate", "如何称呼墨西哥候选人"),
        t(
            "<p>Your candidate's CV reads “Lic. María Fernanda Ortiz Salinas”. How should you address her at the "
            "start of the interview?</p>",
            "<p>候选人的简历上写着“Lic. María Fernanda Ortiz Salinas”。面试开场时你应该如何称呼她？</p>",
        ),
        t(
            "<p>Mexicans usually carry two surnames, the father's first and the mother's second, and the first "
            "surname is the one used in address. Professional titles such as Licenciada (a university graduate), "
            "Ingeniero or Doctora are used in business, together with the formal usted until the candidate invites "
            "something less formal.</p>",
            "<p>墨西哥人通常有两个姓，父姓在前、母姓在后，称呼时用第一个姓。商务场合常用职业头衔，如Licenciada（大学毕"
            "业生）、Ingeniero（工程师）或Doctora（博士/医生），并使用敬称usted，直到候选人主动提出不必这么正式。</p>",
        ),
        choices=[
            choice(
                1.0,
                t("“Licenciada Ortiz”, using the formal usted", "“奥尔蒂斯学士”（Licenciada Ortiz），并使用敬称usted"),
                t("Right: title plus first surname.", "正确：头衔加第一个姓。"),
            ),
            choice(
                0.0,
                t("“Señora Salinas”", "“萨利纳斯女士”（Señora Salinas）"),
                t(
                    "Salinas is her mother's surname; address uses the first surname.",
                    "Salinas是她母亲的姓；称呼应使用第一个姓。",
                ),
            ),
            choice(
                0.0,
                t("“María”", "“玛丽亚”"),
                t(
                    "Too informal for a first meeting; let her offer first names.",
                    "初次见面过于随便；应等她主动提出用名字称呼。",
                ),
            ),
            choice(
                0.0,
                t("“Miss Fernanda”", "“费尔南达小姐”"),
                t(
                    "Fernanda is part of her given name, and “Miss” with a first name sounds off.",
                    "Fernanda是她名字的一部分，而且“小姐”加名字听起来不得体。",
                ),
            ),
        ],
    ),
    question(
        "reg-032",
        REGION["MX"],
        "exam",
        "truefalse",
        region_tags("MX", "hard", taboo=True),
        t("Does the federal anti-discrimination law reach private employers?", "联邦反歧视法是否适用于私营雇主？"),
        t(
            "<p>Mexico's Federal Law to Prevent and Eliminate Discrimination (LFPED) applies only to government "
            "bodies, so private employers need to consider only the Ley Federal del Trabajo.</p>",
            "<p>墨西哥《联邦防止和消除歧视法》（LFPED）只适用于政府机构，所以私营雇主只需考虑《联邦劳动法》即可。</p>",
        ),
        with_law_note(
            t(
                "<p>The LFPED defines discrimination broadly and, since its 2014 reform, allows the National Council "
                "to Prevent Discrimination (CONAPRED) to act on complaints against private persons as well as public "
                "servants. Private employers are bound by both the LFT and the LFPED.</p>",
                "<p>LFPED对歧视的定义很宽泛；自2014年修订以来，国家防止歧视委员会（CONAPRED）"
                "既可以受理针对公务人员的投诉，也可以受理针对私人主体的投诉。私营雇主同时受《联邦劳动法》和LFPED约束。"
                "</p>",
            )
        ),
        answer=False,
        feedback_true=t(
            "No. CONAPRED can act on complaints against private persons, including employers.",
            "不对。CONAPRED可以受理针对包括雇主在内的私人主体的投诉。",
        ),
        feedback_false=t(
            "Correct. Private employers answer to both the LFT and the LFPED.",
            "正确。私营雇主同时受《联邦劳动法》和LFPED约束。",
        ),
    ),
]

SAUDI_ARABIA = [
    question(
        "reg-033",
        REGION["SA"],
        "practice",
        "single",
        region_tags("SA", "easy"),
        t("The Saudi weekend", "沙特的周末"),
        t(
            "<p>Which days form the official weekend in Saudi Arabia?</p>",
            "<p>沙特阿拉伯的官方周末是哪两天？</p>",
        ),
        t(
            "<p>Friday and Saturday, since a royal decree of June 2013 moved the weekend from Thursday–Friday. Sunday "
            "is a normal working day; avoid Friday entirely and remember that some private employers give only Friday "
            "off.</p>",
            "<p>星期五和星期六。2013年6月的一项王室法令把周末从星期四、星期五调整为星期五、星期六。"
            "星期日是正常工作日；面试要完全避开星期五，还要注意有些私营雇主只在星期五休息。</p>",
        ),
        choices=[
            choice(1.0, t("Friday and Saturday", "星期五和星期六"), t("Right.", "正确。")),
            choice(
                0.0,
                t("Thursday and Friday", "星期四和星期五"),
                t("That was the weekend before the 2013 change.", "那是2013年调整之前的周末。"),
            ),
            choice(
                0.0,
                t("Saturday and Sunday", "星期六和星期日"),
                t(
                    "That is the UAE federal government's weekend since 2022, not Saudi Arabia's.",
                    "这是阿联酋联邦政府自2022年起的周末，不是沙特的。",
                ),
            ),
            choice(0.0, t("Friday only", "只有星期五"), t("The official weekend is two days.", "官方周末是两天。")),
        ],
    ),
    question(
        "reg-034",
        REGION["SA"],
        "practice",
        "truefalse",
        region_tags("SA", "medium", taboo=True),
        t("Equality in the Saudi Labour Law", "沙特《劳动法》中的平等原则"),
        t(
            "<p>Article 3 of the Saudi Labour Law, as amended, states that citizens are equal in the right to work "
            "without discrimination on grounds such as gender, disability or age, including when hiring and "
            "advertising jobs.</p>",
            "<p>经修订的沙特《劳动法》第3条规定，公民享有平等的工作权，不因性别、残障或年龄等受到歧视，"
            "包括在招聘和发布招聘广告时。</p>",
        ),
        with_law_note(
            t(
                "<p>The Labour Law (Royal Decree M/51) was amended in 1440 AH (2019) to add this wording, and the "
                "Ministry of Human Resources and Social Development has treated men-only job adverts as a breach of "
                "it. The text speaks of citizens; apply the same standard to every candidate, as company policy "
                "requires.</p>",
                "<p>《劳动法》（第M/51号王室法令）于伊斯兰历1440年（2019年）修订时加入了这一表述，"
                "人力资源和社会发展部也曾认定“仅限男性”的招聘广告违反该条。条文使用的是“公民”一词；按照公司政策，"
                "对每位候选人都应适用同一标准。</p>",
            )
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is true: the amended article 3 covers gender, disability, age and any other form of discrimination, "
            "in work, hiring and advertising.",
            "这个说法是对的：修订后的第3条涵盖性别、残障、年龄及任何其他形式的歧视，适用于工作、招聘和招聘广告。",
        ),
    ),
    question(
        "reg-035",
        REGION["SA"],
        "exam",
        "single",
        region_tags("SA", "medium"),
        t("An assessment during Ramadan in Riyadh", "斋月期间在利雅得做测评"),
        t(
            "<p>You plan a two-hour on-site assessment for a project engineer in Riyadh, and it falls during Ramadan. "
            "Which plan fits best?</p>",
            "<p>你计划在利雅得为一位项目工程师安排两小时的现场测评，时间正好在斋月期间。下列哪个安排最合适？</p>",
        ),
        t(
            "<p>Saudi Labour Law art. 98 limits Muslim workers' actual working hours in Ramadan to six a day or 36 a "
            "week, and many employers shorten everyone's day. Candidates are fasting from dawn to sunset, so keep "
            "sessions short, hold them earlier in the day and don't eat or drink in front of them. Ramadan moves "
            "about 11 days earlier each year; check its dates when you plan.</p>",
            "<p>沙特《劳动法》第98条规定，斋月期间穆斯林员工的实际工作时间每天不超过6小时、每周不超过36小时，"
            "许多雇主也会缩短全体员工的工作时间。候选人从黎明到日落都在封斋，所以测评要简短、安排在较早的时段，"
            "也不要在他们面前吃喝。斋月每年提前约11天，规划时请核对当年日期。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Shorten the session, hold it mid-morning within the reduced Ramadan working hours, and serve no "
                    "food or drink in the room.",
                    "缩短测评时长，安排在斋月缩短后的工作时间内的上午，会场内不提供食物和饮料。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "Hold it from 15:00 to 17:00 with Arabic coffee and dates, as you would the rest of the year.",
                    "像平时一样，安排在15:00至17:00，并提供阿拉伯咖啡和椰枣。",
                ),
                t(
                    "Offering food and drink during the fast is inappropriate, and late afternoon is the hardest part "
                    "of a fasting day.",
                    "在封斋时间提供食物和饮料很不妥当，而且傍晚前是封斋日最难熬的时段。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Hold it at 21:00, after iftar, so nobody is fasting.",
                    "安排在开斋饭之后的21:00，这样就没人在封斋了。",
                ),
                t(
                    "It moves the assessment outside working hours into family and prayer time.",
                    "这会把测评挪到工作时间之外，占用家庭和礼拜时间。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Keep the usual two-hour format at 13:00; fasting is a private matter.",
                    "维持惯常的两小时安排，13:00开始；封斋是个人私事。",
                ),
                t(
                    "Ignores the reduced working hours and makes the assessment harder for fasting candidates.",
                    "这忽视了缩短的工作时间，也给封斋的候选人增加了难度。",
                ),
            ),
        ],
    ),
    question(
        "reg-036",
        REGION["SA"],
        "exam",
        "multi",
        region_tags("SA", "hard", taboo=True),
        t("Questions to keep out of a Saudi interview", "沙特面试中不能问的问题"),
        t(
            "<p>You are preparing a panel for a finance role in Riyadh. Which questions must stay out of the "
            "interview? Select all that apply.</p>",
            "<p>你在为利雅得的一个财务岗位准备面试小组。哪些问题不能出现在面试中？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Religion and sect, marriage and family plans, and a woman's family's view of her working are "
                "private, sensitive in Saudi society, and fall under the Labour Law's equality wording on gender; "
                "religious belief and health are also sensitive data under the Personal Data Protection Law (Royal "
                "Decree M/19). The working week and the role's Saudization context are legitimate topics.</p>",
                "<p>宗教和教派、婚姻和生育计划，以及女性家人对其工作的态度，都属于私事，在沙特社会也很敏感，"
                "并且涉及《劳动法》中关于性别平等的规定；宗教信仰和健康信息在《个人数据保护法》（第M/19号王室法令）"
                "下也属于敏感数据。工作周安排以及岗位所涉的沙特化政策背景，则是正当的话题。</p>",
            )
        ),
        choices=[
            choice(
                0.3333333,
                t("“Are you Sunni or Shia?”", "“你是逊尼派还是什叶派？”"),
                t("Religion and sect: off limits.", "宗教和教派：禁区。"),
            ),
            choice(
                0.3333333,
                t(
                    "To a woman: “Does your husband or father approve of you taking this job?”",
                    "问女性候选人：“你丈夫或父亲同意你接受这份工作吗？”",
                ),
                t(
                    "Intrusive, gender-based and irrelevant: the candidate alone decides to apply.",
                    "侵犯隐私、基于性别且与岗位无关：是否应聘由候选人自己决定。",
                ),
            ),
            choice(
                0.3333334,
                t("“Are you planning to marry or have children soon?”", "“你近期有结婚或生孩子的打算吗？”"),
                t("Marriage and family plans: off limits.", "婚姻和生育计划：禁区。"),
            ),
            choice(
                -0.5,
                t(
                    "“The role works Sunday to Thursday with a month-end close. Is that schedule workable for you?”",
                    "“这个岗位周日至周四上班，月底要结账。你能适应这样的时间安排吗？”",
                ),
                t("Job-related; keep it.", "与岗位相关，应保留。"),
            ),
            choice(
                -0.5,
                t(
                    "“How have you worked with Nitaqat (Saudization) targets in your current finance team?”",
                    "“在你现在的财务团队中，你是如何应对Nitaqat（沙特化）指标的？”",
                ),
                t(
                    "A job-related question about regulatory experience; keep it.",
                    "这是关于合规经验的岗位相关问题，应保留。",
                ),
            ),
        ],
    ),
    question(
        "reg-037",
        REGION["SA"],
        "exam",
        "short",
        region_tags("SA", "medium"),
        t("Ramadan working hours in Saudi Arabia", "沙特斋月的工作时间"),
        t(
            "<p>Under Saudi Labour Law art. 98, what is the maximum number of actual working hours per day for Muslim "
            "workers during Ramadan?</p>",
            "<p>根据沙特《劳动法》第98条，斋月期间穆斯林员工每天的实际工作时间最多是几小时？</p>",
        ),
        t(
            "<p>Six hours a day, or 36 a week. Many employers apply shorter days to all staff during the month. Plan "
            "interviews inside those hours.</p>",
            "<p>每天6小时，或每周36小时。许多雇主在斋月期间对全体员工都缩短工作时间。面试应安排在这些工作时间之内。"
            "</p>",
        ),
        answers=[
            choice(1.0, t("6", "6"), t("Right: six hours.", "正确：6小时。")),
            choice(1.0, t("six", "六"), t("Right: six hours.", "正确：6小时。")),
            choice(1.0, t("6 hours", "6小时"), t("Right: six hours.", "正确：6小时。")),
            choice(1.0, t("six hours", "六小时"), t("Right: six hours.", "正确：6小时。")),
        ],
    ),
    question(
        "reg-038",
        REGION["SA"],
        "exam",
        "matching",
        region_tags("SA", "medium", taboo=True),
        t("Courtesy in an on-site Saudi interview", "沙特现场面试的礼节"),
        t(
            "<p>Match each situation in an on-site interview in Saudi Arabia with the respectful way to handle it.</p>",
            "<p>请把沙特现场面试中的每种情况与得体的处理方式配对。</p>",
        ),
        t(
            "<p>These are customs rather than law, and practice varies between individuals and cities, so follow the "
            "candidate's lead. The two leftover options are classic missteps: the left hand is considered unclean for "
            "passing things, and pressing on through the call to prayer signals disrespect.</p>",
            "<p>这些属于习俗而非法律，具体做法因人、因城市而异，所以要跟随候选人的做法。剩下的两个选项是典型的失礼行为"
            "：用左手递东西被视为不洁，在宣礼时照常进行则显得不尊重。</p>",
        ),
        pairs=[
            pair(
                t("Greeting a female candidate", "问候女性候选人"),
                t(
                    "Wait to see whether she offers her hand; a nod with a hand on the heart is a respectful "
                    "alternative.",
                    "等她是否主动伸手；点头并把手放在胸前，是得体的替代方式。",
                ),
            ),
            pair(
                t("Being offered Arabic coffee outside Ramadan", "在斋月以外的时间有人递来阿拉伯咖啡"),
                t("Accept it with your right hand.", "用右手接过。"),
            ),
            pair(
                t("The call to prayer sounds during the interview", "面试进行中响起宣礼声"),
                t(
                    "Offer a short pause and resume afterwards, adjusting the timetable.",
                    "主动提出暂停片刻，之后再继续，并相应调整时间安排。",
                ),
            ),
            pair(
                t("You are unsure how to address the candidate", "不确定如何称呼候选人"),
                t(
                    "Ask; title plus given name (for example “Mr Abdulrahman”) is common.",
                    "直接询问；头衔加名字（例如“阿卜杜拉赫曼先生”）是常见的称呼方式。",
                ),
            ),
        ],
        distractors=[
            t("Pass documents with your left hand.", "用左手递文件。"),
            t("Keep talking through the call to prayer to stay on schedule.", "为了不耽误进度，在宣礼时照常讲话。"),
        ],
    ),
    question(
        "reg-039",
        REGION["SA"],
        "exam",
        "essay",
        region_tags("SA", "hard", taboo=True, scenario=True),
        t("A family-plans question in Jeddah", "吉达面试中的生育计划问题"),
        t(
            "<p>You and a colleague from headquarters are interviewing Noura Al-Qahtani by video for a finance "
            "manager role in Jeddah. Halfway through, your colleague says: “I see from your CV that you recently "
            "married. Are you planning to have children soon? The role needs someone who can stay late at "
            "quarter-end.” Noura's smile fades and she looks at you.</p><p>What do you do in the interview, and "
            "afterwards? Explain your reasoning, including the legal and cultural points.</p>",
            "<p>你和一位总部同事通过视频面试吉达一个财务经理岗位的候选人努拉·卡赫塔尼。面试进行到一半，你的同事说："
            "“我看你简历上写着最近刚结婚。你打算近期要孩子吗？这个岗位需要季末能留下来加班的人。”努拉的笑容消失了，"
            "她看向你。</p><p>你在面试中怎么做？面试后又做什么？请说明理由，包括法律和文化方面的考虑。</p>",
        ),
        with_law_note(
            t(
                "<p>The colleague has a legitimate concern (quarter-end hours) wrapped in a taboo question (family "
                "plans). A strong answer separates the two on the spot, protects the candidate's dignity, keeps her "
                "answer out of the decision and deals with the colleague and HR afterwards.</p>",
                "<p>同事的顾虑是正当的（季末加班），但包装在一个禁忌问题（生育计划）里。优秀的回答会当场把两者分开，"
                "维护候选人的尊严，确保她的回答不进入决定，并在事后与同事和人力资源妥善处理。</p>",
            )
        ),
        mark=10,
        rubric=[
            criterion(
                t("Intervening and protecting the candidate", "介入并保护候选人"),
                level(0, t("Lets the question stand.", "任由问题存在。")),
                level(
                    1,
                    t(
                        "Moves on without telling Noura she need not answer.",
                        "转入下一个问题，但没有告诉努拉不必回答。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Steps in at once, tells Noura she does not need to answer and apologises for the question.",
                        "立即介入，告诉努拉不必回答，并为这个问题致歉。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, calmly and without embarrassing the colleague in front of her, so the interview "
                        "can continue with her dignity intact.",
                        "做到第2级的全部内容，而且语气平静，没有当着她的面让同事难堪，使面试能在维护她尊严的前提下继续"
                        "。",
                    ),
                ),
            ),
            criterion(
                t("Turning the concern into a job-related question", "把顾虑转化为与岗位相关的问题"),
                level(0, t("No job-related alternative.", "没有提出与岗位相关的替代问题。")),
                level(1, t("A vague alternative.", "替代问题很含糊。")),
                level(
                    2,
                    t(
                        "Asks, as of any candidate: “Quarter-end close usually means two or three longer days. How "
                        "have you handled peaks like that?”",
                        "像对任何候选人一样提问：“季末结账通常意味着有两三天要工作得更久。"
                        "你以前是如何应对这种高峰期的？”",
                    ),
                ),
            ),
            criterion(
                t("Legal and cultural reasoning", "法律与文化方面的理由"),
                level(0, t("No reasoning, or inaccurate claims.", "没有说明理由，或表述不准确。")),
                level(1, t("General reference to discrimination or privacy.", "笼统地提到歧视或隐私。")),
                level(
                    2,
                    t(
                        "Cites the Saudi Labour Law's equality wording on gender in hiring (art. 3 as amended) or the "
                        "company rule, and notes that family matters are especially private in Saudi culture.",
                        "引用沙特《劳动法》关于招聘中性别平等的规定（修订后的第3条）或公司规则，"
                        "并指出家庭事务在沙特文化中尤为私密。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and adds that pregnancy is health data, treated as sensitive under the PDPL, and "
                        "that the CV's mention of marriage follows regional custom and must simply be disregarded.",
                        "做到第2级的全部内容，并补充：怀孕属于健康数据，在《个人数据保护法》下属于敏感数据；"
                        "简历中写明婚姻状况是当地习惯，直接忽略即可。",
                    ),
                ),
            ),
            criterion(
                t("Decision integrity and follow-up", "决定的公正与后续跟进"),
                level(0, t("No follow-up.", "没有后续行动。")),
                level(1, t("Speaks to the colleague only.", "只找同事谈了谈。")),
                level(
                    2,
                    t(
                        "Keeps any answer out of notes and scores, explains the rule to the colleague in private, and "
                        "informs HR so the incident is recorded and the colleague briefed before further interviews.",
                        "确保任何回答都不进入记录和评分，私下向同事说明规则，并告知人力资源，让此事留有记录，"
                        "并在后续面试前给同事做好交底。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>The answer does not need article numbers for full marks on the third criterion, but any law it cites "
            "must be accurate: Labour Law art. 3 as amended speaks of citizens' equal right to work without "
            "discrimination on gender, disability or age in work, hiring and advertising. Do not reward claims that "
            "Saudi law is silent on discrimination.</p>",
            "<p>第三项要得满分并不要求写出条款号，但引用的法律必须准确：修订后的《劳动法》第3条规定，"
            "公民享有平等的工作权，在工作、招聘和招聘广告中不因性别、残障或年龄受到歧视。对于“沙特法律对歧视没有规定”"
            "之类的说法不得给分。</p>",
        ),
        response_template=t(
            "<p><strong>What I say in the moment:</strong> …</p><p><strong>The job-related question I ask "
            "instead:</strong> …</p><p><strong>Why (law and culture):</strong> …</p><p><strong>After the "
            "interview:</strong> …</p>",
            "<p><strong>我当场说：</strong>……</p><p><strong>我改问的岗位相关问题：</strong>……</p><p><strong>理由（法律"
            "与文化）：</strong>……</p><p><strong>面试结束后：</strong>……</p>",
        ),
    ),
]


UNITED_ARAB_EMIRATES = [
    question(
        "reg-040",
        REGION["AE"],
        "practice",
        "single",
        region_tags("AE", "easy", taboo=True),
        t("Article 4 of the UAE labour law", "阿联酋劳动法第4条"),
        t(
            "<p>Which statement about Article 4 of UAE Federal Decree-Law No. 33 of 2021 on the Regulation of "
            "Employment Relations is correct?</p>",
            "<p>关于阿联酋2021年第33号联邦法令（《劳动关系规范法》）第4条，下列哪个说法正确？</p>",
        ),
        with_law_note(
            t(
                "<p>Article 4 prohibits discrimination on the basis of race, colour, sex, religion, national or "
                "social origin or disability that impairs equal opportunity or equal treatment in getting or keeping "
                "a job, and requires equal pay for women doing the same work or work of equal value. Measures that "
                "increase UAE nationals' participation in the labour market are not discrimination (art. 4(2)). "
                "Employers in the DIFC and ADGM financial free zones follow their own employment laws; check which "
                "regime applies.</p>",
                "<p>第4条禁止基于种族、肤色、性别、宗教、国籍或社会出身、残障的歧视，只要这种歧视损害获得或保有工作的"
                "平等机会或平等待遇；并要求女性从事相同工作或同等价值工作时同工同酬。提高阿联酋公民劳动参与度的措施不"
                "构成歧视（第4条第2款）。迪拜国际金融中心（DIFC）和阿布扎比国际金融中心（ADGM）"
                "的雇主适用各自的雇佣法，请确认适用哪一套规则。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "It prohibits discrimination on the basis of race, colour, sex, religion, national or social "
                    "origin or disability that impairs equal opportunity in getting or keeping a job.",
                    "它禁止基于种族、肤色、性别、宗教、国籍或社会出身、残障，损害获得或保有工作平等机会的歧视。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "It applies only once someone is employed, not to recruitment.",
                    "它只适用于已入职的员工，不适用于招聘。",
                ),
                t(
                    "It covers equal opportunity in getting a job as well as keeping it.",
                    "它既涵盖获得工作的平等机会，也涵盖保有工作。",
                ),
            ),
            choice(
                0.0,
                t("It allows paying women less than men for the same work.", "它允许女性与男性同工不同酬。"),
                t(
                    "Article 4 requires equal pay for the same work or work of equal value.",
                    "第4条要求相同工作或同等价值工作同工同酬。",
                ),
            ),
            choice(
                0.0,
                t("It lists age and marital status among the protected grounds.", "它把年龄和婚姻状况列为受保护事由。"),
                t(
                    "Neither is listed. The programme rule still keeps both out of your interviews.",
                    "两者都不在列。但本项目规则仍然要求面试中不得涉及这两项。",
                ),
            ),
        ],
    ),
    question(
        "reg-041",
        REGION["AE"],
        "practice",
        "truefalse",
        region_tags("AE", "medium"),
        t("The UAE working week", "阿联酋的工作周"),
        t(
            "<p>Since 1 January 2022 the UAE federal government has worked a four-and-a-half-day week, with Friday "
            "afternoon, Saturday and Sunday off. Private companies set their own working week, so you should confirm "
            "a candidate's working days rather than assume them.</p>",
            "<p>自2022年1月1日起，阿联酋联邦政府实行四天半工作制，星期五下午、星期六和星期日休息。"
            "私营企业自行确定工作周，所以你应当确认候选人的工作日，而不是想当然。</p>",
        ),
        t(
            "<p>The 2022 change applied to federal government departments; no rule was imposed on the private sector, "
            "and companies choose their own week. Many have moved towards Saturday–Sunday, but Friday midday remains "
            "important for prayers, so avoid it for interviews.</p>",
            "<p>2022年的调整适用于联邦政府部门；私营部门没有被强制要求，由企业自行决定工作周。不少企业已向周六、"
            "周日休息靠拢，但周五中午仍是重要的礼拜时间，面试应当避开。</p>",
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is true: the federal government changed its week in 2022, and private employers decide their own.",
            "这个说法是对的：联邦政府在2022年调整了工作周，私营雇主则自行决定。",
        ),
    ),
    question(
        "reg-042",
        REGION["AE"],
        "exam",
        "multi",
        region_tags("AE", "medium", taboo=True),
        t("Questions to avoid in Dubai", "在迪拜要避免的问题"),
        t(
            "<p>You are interviewing for a marketing manager based in Dubai. Which questions should you avoid? Select "
            "all that apply.</p>",
            "<p>你在为迪拜的一个市场经理岗位面试。哪些问题应当避免？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Religion and sect, pregnancy plans and remarks about national origin touch grounds protected by "
                "Decree-Law 33/2021 art. 4 (religion, sex, national origin), and the law also protects women from "
                "dismissal because of pregnancy. Visa status and travel that the role requires are legitimate "
                "questions when asked of everyone.</p>",
                "<p>宗教和教派、怀孕计划以及针对国籍出身的评论，都触及第33/2021号法令第4条保护的事由（宗教、性别、"
                "国籍出身）；该法还保护女性不因怀孕而被解雇。签证状况和岗位所需的出差，只要对每位候选人都问，"
                "就是正当的问题。</p>",
            )
        ),
        choices=[
            choice(
                0.3333333,
                t("“Are you Sunni or Shia?”", "“你是逊尼派还是什叶派？”"),
                t("Religion: avoid.", "宗教：避免。"),
            ),
            choice(
                0.3333333,
                t("“Do you plan to get pregnant in the next couple of years?”", "“你未来两年有怀孕计划吗？”"),
                t("Sex and pregnancy: avoid.", "性别与怀孕：避免。"),
            ),
            choice(
                0.3333334,
                t(
                    "“Given where you're from, will our Emirati clients take you seriously?”",
                    "“以你的出身，我们的阿联酋客户会认真对待你吗？”",
                ),
                t(
                    "National origin, and an insulting assumption: avoid.",
                    "涉及国籍出身，而且是带有冒犯性的揣测：避免。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "“Do you hold a UAE residence visa, or would you need us to sponsor one?”",
                    "“你持有阿联酋居留签证吗？还是需要我们为你担保办理？”",
                ),
                t("Legitimate when asked of everyone.", "只要对每个人都这样问，就是正当的。"),
            ),
            choice(
                -0.5,
                t(
                    "“The role covers the GCC with frequent trips to Riyadh. Is that workable for you?”",
                    "“这个岗位负责海湾地区，经常要去利雅得出差。你能安排吗？”",
                ),
                t("Job-related.", "与岗位相关。"),
            ),
        ],
    ),
    question(
        "reg-043",
        REGION["AE"],
        "exam",
        "short",
        region_tags("AE", "medium"),
        t("Private-sector hours in a UAE Ramadan", "阿联酋斋月期间私营部门的工作时间"),
        t(
            "<p>In recent years, by how many hours a day has the UAE Ministry of Human Resources and Emiratisation "
            "reduced normal private-sector working hours during Ramadan?</p>",
            "<p>近年来，阿联酋人力资源和本土化部在斋月期间把私营部门的正常工作时间每天缩短了几小时？</p>",
        ),
        t(
            "<p>Two hours a day, announced by ministerial circular under the implementing regulation of Decree-Law "
            "33/2021 (Cabinet Resolution No. 1 of 2022, art. 15(2)). Check each year's circular and schedule "
            "interviews inside the shortened day; employers may also allow flexible or remote work within those "
            "hours.</p>",
            "<p>每天2小时，由部长通告依据第33/2021号法令的实施条例（2022年第1号内阁决议第15条第2款）发布。"
            "请查看当年的通告，把面试安排在缩短后的工作时间内；雇主也可以在这个时段内安排弹性或远程工作。</p>",
        ),
        answers=[
            choice(1.0, t("2", "2"), t("Right: two hours.", "正确：2小时。")),
            choice(1.0, t("two", "两"), t("Right: two hours.", "正确：2小时。")),
            choice(1.0, t("2 hours", "2小时"), t("Right: two hours.", "正确：2小时。")),
            choice(1.0, t("two hours", "两小时"), t("Right: two hours.", "正确：2小时。")),
        ],
    ),
    question(
        "reg-044",
        REGION["AE"],
        "exam",
        "single",
        region_tags("AE", "hard", taboo=True),
        t("Emiratisation and national origin", "本土化政策与国籍出身"),
        t(
            "<p>A recruiter in Abu Dhabi says: “Emiratisation means nationality is fair game, so I rank the "
            "expatriate candidates by nationality too.” Which statement is correct?</p>",
            "<p>阿布扎比的一位招聘人员说：“本土化政策意味着国籍可以随便考虑，所以我也按国籍给外籍候选人排序。”"
            "下列哪个说法正确？</p>",
        ),
        with_law_note(
            t(
                "<p>Article 4(2) of Decree-Law 33/2021 protects rules that enhance UAE citizens' participation in the "
                "labour market; it does not make national origin a free criterion. Ranking expatriates against each "
                "other by nationality is national-origin discrimination under art. 4(1).</p>",
                "<p>第33/2021号法令第4条第2款保护的是提高阿联酋公民劳动参与度的规则，并没有让国籍出身成为可以随意使用"
                "的标准。按国籍给外籍候选人相互排序，属于第4条第1款所禁止的国籍出身歧视。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Measures that increase UAE nationals' participation are not discrimination, but preferring one "
                    "foreign nationality over another remains prohibited national-origin discrimination.",
                    "提高阿联酋公民劳动参与度的措施不构成歧视，但在外籍人员之间偏好某一国籍，"
                    "仍属于被禁止的国籍出身歧视。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("Article 4(2) allows any preference based on nationality.", "第4条第2款允许任何基于国籍的偏好。"),
                t("It covers measures for UAE citizens only.", "它只涵盖针对阿联酋公民的措施。"),
            ),
            choice(
                0.0,
                t(
                    "Emiratisation makes it unlawful to interview non-nationals for roles with quotas.",
                    "本土化政策规定，有配额的岗位不得面试非本国公民。",
                ),
                t(
                    "Quotas set targets for nationals; they do not bar interviewing others.",
                    "配额设定的是本国公民的雇佣目标，并不禁止面试其他人。",
                ),
            ),
            choice(
                0.0,
                t("National origin is not among the grounds in Article 4.", "国籍出身不在第4条列举的事由之中。"),
                t("National origin is expressly listed.", "国籍出身是明确列举的事由。"),
            ),
        ],
    ),
    question(
        "reg-045",
        REGION["AE"],
        "exam",
        "matching",
        region_tags("AE", "medium"),
        t("Planning around the UAE week", "围绕阿联酋的工作周做规划"),
        t(
            "<p>Match each item with the fact you need when scheduling interviews in the UAE.</p>",
            "<p>请把每一项与在阿联酋安排面试时需要掌握的事实配对。</p>",
        ),
        t(
            "<p>The federal week changed in 2022 and Friday prayer times were unified at the same time; the private "
            "sector was left to choose. Confirm the candidate's own working days and keep Friday midday free.</p>",
            "<p>联邦政府的工作周在2022年调整，周五聚礼时间也同时统一；私营部门则由企业自行选择。"
            "请确认候选人本人的工作日，并空出周五中午。</p>",
        ),
        pairs=[
            pair(
                t("Federal government working week since 1 January 2022", "2022年1月1日起联邦政府的工作周"),
                t(
                    "Monday to Thursday plus Friday morning; Saturday and Sunday off",
                    "周一至周四加周五上午；周六、周日休息",
                ),
            ),
            pair(
                t("Friday sermon and prayers, as set nationally in 2022", "2022年全国统一规定的周五讲道和聚礼"),
                t("From 13:15 throughout the year", "全年从13:15开始"),
            ),
            pair(
                t("Private-sector working week", "私营部门的工作周"),
                t(
                    "Set by each employer; confirm the candidate's own schedule",
                    "由各雇主自行确定；需确认候选人本人的安排",
                ),
            ),
        ],
        distractors=[
            t("Sunday to Thursday for every employer, by law", "法律规定所有雇主都是周日至周四上班"),
            t("At sunrise every Friday", "每周五日出时"),
        ],
    ),
]

INDONESIA = [
    question(
        "reg-046",
        REGION["ID"],
        "practice",
        "single",
        region_tags("ID", "easy", taboo=True),
        t("Screening by the religion field", "按宗教栏筛选简历"),
        t(
            "<p>A Jakarta recruiter proposes filtering applications for a finance role by the “religion” field that "
            "many Indonesian CVs include, “so the person fits the team”. What is the right response?</p>",
            "<p>雅加达的一位招聘人员提议，按许多印尼简历中都有的“宗教”一栏筛选财务岗位的申请，“好让录用的人融入团队”。"
            "正确的回应是什么？</p>",
        ),
        with_law_note(
            t(
                "<p>Law No. 13 of 2003 on Manpower gives every job-seeker the same opportunity to obtain work without "
                "discrimination (art. 5) and every worker equal treatment from the employer (art. 6); the official "
                "elucidation names sex, ethnicity, race, religion and political orientation. Religion on a CV is a "
                "local custom; it must never be a screening criterion.</p>",
                "<p>2003年第13号《人力法》规定，每位求职者都享有不受歧视地获得工作的同等机会（第5条），"
                "每位劳动者都有权获得雇主的平等对待（第6条）；官方释义列举了性别、族群、种族、宗教和政治倾向。"
                "简历上写宗教是当地习惯，但绝不能作为筛选标准。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Refuse: Law No. 13 of 2003 on Manpower (arts. 5 and 6) guarantees equal opportunity without "
                    "discrimination, which includes religion; screen on skills and experience only.",
                    "拒绝：2003年第13号《人力法》（第5、6条）保障不受歧视的平等机会，其中包括宗教；"
                    "只按技能和经验筛选。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "Allow it, because candidates chose to include the field.",
                    "允许，因为是候选人自己选择填写这一栏的。",
                ),
                t(
                    "Including it is custom, not consent to being screened on it.",
                    "填写这一栏是习惯，并不代表同意以此为筛选依据。",
                ),
            ),
            choice(
                0.0,
                t("Allow it for small teams, where fit matters more.", "对小团队允许这样做，因为小团队更看重契合度。"),
                t("There is no small-team exception to equal opportunity.", "平等机会原则没有小团队例外。"),
            ),
            choice(
                0.0,
                t("Use it only as a tie-breaker between equal candidates.", "只在候选人条件相当时用它来决定取舍。"),
                t(
                    "A tie-breaker on religion is still a decision based on religion.",
                    "用宗教来决定取舍，仍然是基于宗教作出的决定。",
                ),
            ),
        ],
    ),
    question(
        "reg-047",
        REGION["ID"],
        "practice",
        "truefalse",
        region_tags("ID", "easy"),
        t("Friday midday in Jakarta", "雅加达的周五中午"),
        t(
            "<p>When scheduling interviews in Jakarta, you should avoid Friday around midday, when many Muslim men "
            "attend Friday prayers.</p>",
            "<p>在雅加达安排面试时，应避开周五中午前后，因为许多穆斯林男性要参加周五聚礼。</p>",
        ),
        t(
            "<p>Friday prayers take place around midday, and offices often have a longer break then. Choose a morning "
            "or a later afternoon slot on Friday, or another day. Indonesia spans three time zones (WIB, WITA, WIT); "
            "Jakarta is on WIB, UTC+7.</p>",
            "<p>周五聚礼在中午前后举行，很多办公室这时的午休也更长。周五可以选上午或下午稍晚的时段，或者换一天。"
            "印尼横跨三个时区（WIB、WITA、WIT），雅加达使用WIB，即UTC+7。</p>",
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is good practice: Friday midday is prayer time for many Muslim men, and Indonesia has the world's "
            "largest Muslim population.",
            "这是好的做法：周五中午是许多穆斯林男性的礼拜时间，而印尼是世界上穆斯林人口最多的国家。",
        ),
    ),
    question(
        "reg-048",
        REGION["ID"],
        "exam",
        "multi",
        region_tags("ID", "medium", taboo=True),
        t("Personal details on Indonesian CVs", "印尼简历上的个人信息"),
        t(
            "<p>Most CVs for your Surabaya operations role include a photo, date of birth, religion and marital "
            "status, as is customary in Indonesia. Which actions are appropriate? Select all that apply.</p>",
            "<p>你们泗水运营岗位收到的简历大多附有照片、出生日期、宗教和婚姻状况，这在印尼很常见。"
            "下列哪些做法是恰当的？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Custom explains why the details are there; it does not make them relevant. Ignore them in "
                "screening and scoring, and let HR decide how they are stored under company policy and Indonesia's "
                "Personal Data Protection Law (Law No. 27 of 2022).</p>",
                "<p>当地习惯解释了这些信息为什么会出现，但并不能让它们变得与岗位相关。筛选和评分时忽略这些信息；"
                "至于如何存储，由人力资源依据公司政策和印尼《个人数据保护法》（2022年第27号法律）决定。</p>",
            )
        ),
        choices=[
            choice(
                0.5,
                t(
                    "Ignore those fields in screening and scoring, and say so in the panel brief.",
                    "筛选和评分时忽略这些栏目，并在面试小组交底材料中写明这一点。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.5,
                t(
                    "Ask HR how the applicant system should store or hide them under the Personal Data Protection Law "
                    "(Law No. 27 of 2022).",
                    "询问人力资源：按照《个人数据保护法》（2022年第27号法律），招聘系统应如何存储或隐藏这些信息。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                -0.5,
                t(
                    "Prefer candidates whose religion matches most of the team, to help cohesion.",
                    "优先考虑与团队多数人宗教相同的候选人，以增强凝聚力。",
                ),
                t(
                    "Religious discrimination, contrary to Law 13/2003 arts. 5 and 6.",
                    "这是宗教歧视，违反第13/2003号法律第5、6条。",
                ),
            ),
            choice(
                -0.5,
                t(
                    "Ask married women whether their husbands support them working shifts.",
                    "询问已婚女性，她们的丈夫是否支持她们上轮班。",
                ),
                t("Marital status and sex: off limits.", "涉及婚姻状况和性别：禁区。"),
            ),
        ],
    ),
    question(
        "reg-049",
        REGION["ID"],
        "exam",
        "short",
        region_tags("ID", "easy"),
        t("The great homecoming", "返乡大潮"),
        t(
            "<p>What is the Indonesian word for the mass journey home around Idul Fitri that empties offices in the "
            "cities for days?</p>",
            "<p>开斋节前后，印尼城市里的人们大规模返乡，办公室一连几天空空荡荡。这种返乡大潮在印尼语里叫什么？</p>",
        ),
        t(
            "<p>Mudik. Together with the Idul Fitri holiday and the collective leave days (cuti bersama) the "
            "government sets each year by joint ministerial decree, it takes out one to two weeks. Idul Fitri follows "
            "the Islamic calendar and comes about 11 days earlier each year.</p>",
            "<p>答案是mudik（返乡）。再加上开斋节假期以及政府每年通过部长联合决定确定的集体休假日（cuti bersama），"
            "前后要占去一到两周。开斋节遵循伊斯兰历，每年提前约11天。</p>",
        ),
        answers=[
            choice(1.0, t("mudik", "mudik"), t("Right: mudik.", "正确：mudik。")),
            choice(1.0, t("*mudik*", "*返乡*"), t("Right: mudik.", "正确：mudik（返乡）。")),
            choice(
                1.0,
                t("pulang kampung", "*回乡*"),
                t("Right: mudik, going home (pulang kampung).", "正确：mudik，即回乡。"),
            ),
        ],
    ),
    question(
        "reg-050",
        REGION["ID"],
        "exam",
        "single",
        region_tags("ID", "medium"),
        t("Addressing Siti Rahmawati", "如何称呼西蒂·拉赫玛瓦蒂"),
        t(
            "<p>Your candidate in Bandung is Siti Rahmawati, a senior accountant. How should you address her at the "
            "start of the interview?</p>",
            "<p>你在万隆的候选人是资深会计西蒂·拉赫玛瓦蒂（Siti Rahmawati）。面试开场时你应该如何称呼她？</p>",
        ),
        t(
            "<p>Many Indonesians have no family name, and some use a single name, so the last word on a CV is often "
            "not a surname. Bapak (Pak) and Ibu (Bu) with the first name are the respectful forms in business. "
            "Indirectness and saving face also matter: ask open questions and avoid correcting someone in front of "
            "others.</p>",
            "<p>许多印尼人没有姓氏，有些人只有一个名字，所以简历上的最后一个词往往不是姓。商务场合的尊称是Bapak（Pak，"
            "先生）或Ibu（Bu，女士）加上第一个名字。委婉表达和顾全面子也很重要：多用开放式问题，避免当众纠正别人。</p>",
        ),
        choices=[
            choice(1.0, t("“Ibu Siti”", "“Ibu Siti”（西蒂女士）"), t("Right.", "正确。")),
            choice(
                0.0,
                t("“Mrs Rahmawati”", "“拉赫玛瓦蒂太太”"),
                t(
                    "Rahmawati is probably not a family name, and “Mrs” assumes her marital status.",
                    "Rahmawati很可能不是姓，而且“太太”一词预设了她的婚姻状况。",
                ),
            ),
            choice(
                0.0,
                t("“Siti”, without a title", "直接叫“西蒂”，不加尊称"),
                t(
                    "Too casual for a first meeting with a senior professional.",
                    "对一位资深专业人士来说，初次见面这样称呼过于随便。",
                ),
            ),
            choice(
                0.0,
                t("“Madam Rahmawati”", "“拉赫玛瓦蒂夫人”"),
                t("Treats Rahmawati as a surname and sounds stiff.", "把Rahmawati当成了姓，听起来也很生硬。"),
            ),
        ],
    ),
    question(
        "reg-051",
        REGION["ID"],
        "exam",
        "matching",
        region_tags("ID", "hard", taboo=True),
        t("Indonesian laws that touch hiring", "涉及招聘的印尼法律"),
        t(
            "<p>Match each Indonesian law or provision with what it requires.</p>",
            "<p>请把每部印尼法律或条款与其规定的内容配对。</p>",
        ),
        with_law_note(
            t(
                "<p>Law 13/2003 has been amended by the job-creation legislation, but its equal-opportunity articles "
                "remain the baseline. Law 8/2016 sets a quota of at least 1% of employees with disabilities for "
                "private companies (2% for government bodies and state-owned enterprises). The two leftover options "
                "describe rules that do not exist.</p>",
                "<p>第13/2003号法律已被创造就业相关立法修订，但其平等机会条款仍是基本准则。第8/2016号法律规定私营企业"
                "雇用残障人士的比例不低于1%（政府机构和国有企业为2%）。剩下的两个选项所描述的规则并不存在。</p>",
            )
        ),
        pairs=[
            pair(
                t("Law No. 13 of 2003 on Manpower, arts. 5 and 6", "2003年第13号《人力法》第5、6条"),
                t(
                    "Equal opportunity to obtain work, and equal treatment, without discrimination",
                    "不受歧视地获得工作的平等机会和平等待遇",
                ),
            ),
            pair(
                t("Law No. 13 of 2003 on Manpower, art. 80", "2003年第13号《人力法》第80条"),
                t(
                    "Employers must give workers adequate opportunity to perform the worship their religion requires",
                    "雇主必须给予劳动者履行其宗教义务所需的适当机会",
                ),
            ),
            pair(
                t("Law No. 8 of 2016 on Persons with Disabilities", "2016年第8号《残障人士法》"),
                t(
                    "Private companies employ persons with disabilities as at least 1% of staff",
                    "私营企业雇用的残障人士不少于员工总数的1%",
                ),
            ),
            pair(
                t("Law No. 27 of 2022 on Personal Data Protection", "2022年第27号《个人数据保护法》"),
                t("Rules for collecting and storing candidates' personal data", "收集和存储候选人个人数据的规则"),
            ),
        ],
        distractors=[
            t("Limits the number of interview rounds an employer may hold", "限制雇主可以进行的面试轮数"),
            t("Requires every private employer to close on Fridays", "要求所有私营雇主周五停业"),
        ],
    ),
    question(
        "reg-052",
        REGION["ID"],
        "exam",
        "essay",
        region_tags("ID", "hard", taboo=True, scenario=True),
        t("Final interviews in Jakarta during Ramadan", "斋月期间在雅加达进行终面"),
        t(
            "<p>You must run three on-site final interviews in Jakarta for a regional marketing lead. The only week "
            "the hiring director can travel falls in the middle of Ramadan, and the third candidate can come only on "
            "Friday. You usually take each finalist to lunch with the team.</p><p>Describe how you plan the schedule, "
            "the setting and your own conduct that week, and explain why.</p>",
            "<p>你要在雅加达为区域市场负责人岗位安排三场现场终面。招聘总监唯一能出差的那一周正好在斋月中旬，"
            "第三位候选人只能周五来。你通常会带每位终面候选人和团队一起吃午饭。</p><p>请说明你如何安排这一周的日程、"
            "场地和你自己的言行，并解释理由。</p>",
        ),
        with_law_note(
            t(
                "<p>A strong plan respects the fast without asking anyone about it: short morning sessions, no "
                "food-based hospitality, the Friday interview outside prayer time, and the same structured interview "
                "for all three finalists whatever their faith. It also looks ahead to Idul Fitri and mudik, which can "
                "empty offices at the end of the month.</p>",
                "<p>好的安排会尊重斋戒，但不去询问任何人是否封斋：上午短时段面试，不安排以餐饮为主的招待，"
                "周五的面试避开礼拜时间，三位终面候选人无论信仰如何都采用同样的结构化面试。"
                "同时要考虑月底的开斋节和返乡潮，届时办公室可能空无一人。</p>",
            )
        ),
        mark=10,
        rubric=[
            criterion(
                t("Scheduling", "日程安排"),
                level(0, t("Keeps the usual timetable.", "沿用平时的时间安排。")),
                level(1, t("Some adjustment, without reasons.", "做了些调整，但没有说明理由。")),
                level(
                    2,
                    t(
                        "Morning slots, shorter sessions, the Friday interview away from midday prayers.",
                        "安排上午时段、缩短面试时长，周五的面试避开中午的礼拜时间。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and avoids the late afternoon before breaking the fast (energy and traffic), "
                        "checks local office hours for Ramadan, and keeps clear of the Idul Fitri holiday, cuti "
                        "bersama and mudik at the end of the month.",
                        "做到第2级的全部内容，并避开开斋前的傍晚（体力和交通都是问题），确认斋月期间当地办公时间，"
                        "同时避开月底的开斋节假期、集体休假日和返乡潮。",
                    ),
                ),
            ),
            criterion(
                t("Hospitality and setting", "招待与场地"),
                level(0, t("Keeps the team lunch as usual.", "照常安排团队午餐。")),
                level(1, t("Drops the lunch without replacing it.", "取消午餐，但没有替代安排。")),
                level(
                    2,
                    t(
                        "Replaces the lunch with a team conversation or office tour, serves no food in the room, and "
                        "keeps water available discreetly for anyone who wants it.",
                        "用团队座谈或参观办公室代替午餐，会场内不提供食物，同时低调地备好饮用水，供需要的人自取。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and offers a quiet room for prayer and, if appropriate, an invitation to a team "
                        "iftar offered to all finalists equally and with no pressure to attend.",
                        "做到第2级的全部内容，并提供安静的房间供礼拜使用；如合适，可向所有终面候选人一视同仁地发出参加"
                        "团队开斋晚餐的邀请，且不施加任何压力。",
                    ),
                ),
            ),
            criterion(
                t("Conduct and taboo awareness", "言行与禁忌意识"),
                level(0, t("Plans to ask candidates whether they are fasting.", "打算询问候选人是否在封斋。")),
                level(
                    1,
                    t(
                        "Avoids obvious mistakes but mentions nothing about questions.",
                        "避免了明显的失误，但对提问方面只字未提。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Does not ask about fasting or religion, does not eat or drink in front of candidates, and "
                        "briefs the director to do the same.",
                        "不询问封斋或宗教情况，不在候选人面前吃喝，并向总监交代同样的要求。",
                    ),
                ),
            ),
            criterion(
                t("Fairness and legal basis", "公平性与法律依据"),
                level(0, t("No reference to fairness or law.", "没有提及公平性或法律。")),
                level(1, t("General reference to fairness.", "笼统地提到公平。")),
                level(
                    2,
                    t(
                        "Same structured interview and scoring for all three, whatever their faith; cites Law 13/2003 "
                        "(equal opportunity, arts. 5–6; opportunity for worship, art. 80) or the company rule.",
                        "三位候选人无论信仰如何，都采用相同的结构化面试和评分；引用第13/2003号法律（平等机会，"
                        "第5–6条；履行宗教义务的机会，第80条）或公司规则。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>Do not expect a legal figure for Ramadan hours here: unlike Saudi Labour Law art. 98, Indonesia's "
            "Manpower Law sets no general Ramadan reduction for the private sector, and office hours vary by "
            "employer. Reward answers that check local office hours. Not every candidate may be Muslim: penalise "
            "plans that treat candidates differently by assumed faith.</p>",
            "<p>这里不应期待斋月工时的法定数字：与沙特《劳动法》第98条不同，印尼《人力法》没有对私营部门斋月工时作出"
            "普遍性的缩减规定，各雇主的办公时间也不尽相同。答案提出核实当地办公时间的，应给予肯定。并非每位候选人都是"
            "穆斯林：凡是按揣测的信仰区别对待候选人的安排，都应扣分。</p>",
        ),
        response_template=t(
            "<p><strong>Schedule for the week:</strong> …</p><p><strong>Setting and hospitality:</strong> "
            "…</p><p><strong>My conduct and what I brief the director on:</strong> …</p><p><strong>Why:</strong> …</p>",
            "<p><strong>本周日程：</strong>……</p><p><strong>场地与招待：</strong>……</p><p><strong>我的言行以及给总监的"
            "交代：</strong>……</p><p><strong>理由：</strong>……</p>",
        ),
    ),
]

MALAYSIA = [
    question(
        "reg-053",
        REGION["MY"],
        "practice",
        "single",
        region_tags("MY", "medium", taboo=True),
        t("Section 69F of the Employment Act", "《雇佣法》第69F条"),
        t(
            "<p>What does section 69F of Malaysia's Employment Act 1955, in force since 1 January 2023, do?</p>",
            "<p>马来西亚《1955年雇佣法》第69F条自2023年1月1日起生效。它规定了什么？</p>",
        ),
        with_law_note(
            t(
                "<p>Section 69F lets the Director General of Labour inquire into and decide any dispute between an "
                "employee and the employer about discrimination in employment, and make an order; an employer who "
                "fails to comply commits an offence punishable by a fine of up to RM50,000. The section does not list "
                "protected grounds. The Act applies in Peninsular Malaysia and Labuan; Sabah and Sarawak have their "
                "own labour ordinances.</p>",
                "<p>第69F条授权劳工总监调查并裁决雇员与雇主之间有关就业歧视的任何争议，并可作出命令；"
                "雇主不遵守命令即属犯罪，可处最高5万令吉罚款。该条没有列举受保护事由。《雇佣法》适用于马来西亚半岛和纳"
                "闽；沙巴和砂拉越另有各自的劳工条例。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "It lets the Director General of Labour inquire into and decide disputes between an employee and "
                    "the employer about discrimination in employment, and make an order backed by a fine of up to "
                    "RM50,000.",
                    "它授权劳工总监调查并裁决雇员与雇主之间有关就业歧视的争议，并作出以最高5万令吉罚款为后盾的命令。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t(
                    "It lists in detail the protected grounds, such as race, religion and age.",
                    "它详细列举了受保护事由，如种族、宗教和年龄。",
                ),
                t("The section does not define or list grounds.", "该条既没有定义也没有列举事由。"),
            ),
            choice(
                0.0,
                t(
                    "It makes any interview question about religion a criminal offence.",
                    "它把面试中任何涉及宗教的问题都定为刑事犯罪。",
                ),
                t(
                    "The offence is failing to comply with the Director General's order.",
                    "构成犯罪的是不遵守劳工总监的命令。",
                ),
            ),
            choice(
                0.0,
                t("It applies only to foreign workers.", "它只适用于外籍劳工。"),
                t("It concerns discrimination disputes generally.", "它针对的是一般性的歧视争议。"),
            ),
        ],
    ),
    question(
        "reg-054",
        REGION["MY"],
        "practice",
        "truefalse",
        region_tags("MY", "easy"),
        t("Weekends that differ by state", "因州而异的周末"),
        t(
            "<p>In Kelantan, Terengganu and Kedah the official weekend is Friday and Saturday, so Sunday is a normal "
            "working day there.</p>",
            "<p>在吉兰丹、登嘉楼和吉打，官方周末是星期五和星期六，所以星期日在当地是正常工作日。</p>",
        ),
        t(
            "<p>Most of Malaysia, including Kuala Lumpur and Selangor, rests on Saturday and Sunday, while Kelantan, "
            "Terengganu and Kedah keep Friday and Saturday. Johor returned to Saturday–Sunday from 1 January 2025. "
            "Public holidays also differ by state, so confirm both with the candidate.</p>",
            "<p>马来西亚大部分地区，包括吉隆坡和雪兰莪，都是周六、周日休息；吉兰丹、登嘉楼和吉打则保持周五、周六休息。"
            "柔佛州自2025年1月1日起改回周六、周日休息。各州的公共假日也不尽相同，所以两者都要与候选人确认。</p>",
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is true for those three states; most others rest on Saturday and Sunday.",
            "对这三个州来说确实如此；其他大多数州是周六、周日休息。",
        ),
    ),
    question(
        "reg-055",
        REGION["MY"],
        "exam",
        "multi",
        region_tags("MY", "medium", taboo=True),
        t("Questions to avoid in Kuala Lumpur", "在吉隆坡要避免的问题"),
        t(
            "<p>You are interviewing for a key-account manager in Kuala Lumpur. Which questions should you avoid? "
            "Select all that apply.</p>",
            "<p>你在为吉隆坡的一个大客户经理岗位面试。哪些问题应当避免？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Malaysia is multi-ethnic and multi-religious, and race and religion are sensitive topics. Federal "
                "Constitution art. 8 sets the principle of equality, the Employment Act s. 69F gives employees a "
                "route for discrimination disputes, and the programme rule bars these topics everywhere. Language "
                "ability and travel the job needs are fair to test.</p>",
                "<p>马来西亚是多民族、多宗教的国家，种族和宗教都是敏感话题。《联邦宪法》第8条确立了平等原则，"
                "《雇佣法》第69F条为雇员提供了解决歧视争议的途径，而本项目规则在所有地区都禁止这些话题。"
                "岗位需要的语言能力和出差要求，则可以正当考察。</p>",
            )
        ),
        choices=[
            choice(0.3333333, t("“What is your race?”", "“你是什么种族？”"), t("Race: avoid.", "种族：避免。")),
            choice(
                0.3333333,
                t("“Do you pray five times a day? Will that affect your work?”", "“你每天礼拜五次吗？会影响工作吗？”"),
                t("Religion: avoid.", "宗教：避免。"),
            ),
            choice(
                0.3333334,
                t("“Are you planning to get married soon?”", "“你打算近期结婚吗？”"),
                t("Marital status: avoid.", "婚姻状况：避免。"),
            ),
            choice(
                -0.5,
                t(
                    "“Our clients work in Bahasa Malaysia and English. Could you present to them in both?”",
                    "“我们的客户使用马来语和英语。你能用这两种语言向他们做演示吗？”",
                ),
                t("A genuine job requirement.", "真实的岗位要求。"),
            ),
            choice(
                -0.5,
                t("“Could you travel to Singapore twice a month?”", "“你能每月去新加坡出差两次吗？”"),
                t("Job-related.", "与岗位相关。"),
            ),
        ],
    ),
    question(
        "reg-056",
        REGION["MY"],
        "exam",
        "short",
        region_tags("MY", "medium", taboo=True),
        t("The statute behind section 69F", "第69F条所属的法律"),
        t(
            "<p>Which Malaysian statute of 1955, amended with effect from 1 January 2023, added section 69F on "
            "discrimination in employment?</p>",
            "<p>马来西亚哪部1955年的法律在2023年1月1日起生效的修订中加入了关于就业歧视的第69F条？</p>",
        ),
        with_law_note(
            t(
                "<p>The Employment Act 1955, amended by the Employment (Amendment) Act 2022. It applies in Peninsular "
                "Malaysia and Labuan.</p>",
                "<p>答案是《1955年雇佣法》，经《2022年雇佣（修订）法》修订。该法适用于马来西亚半岛和纳闽。</p>",
            )
        ),
        answers=[
            choice(
                1.0, t("Employment Act", "雇佣法"), t("Right: the Employment Act 1955.", "正确：《1955年雇佣法》。")
            ),
            choice(
                1.0, t("*Employment Act*", "*雇佣法*"), t("Right: the Employment Act 1955.", "正确：《1955年雇佣法》。")
            ),
            choice(
                1.0,
                t("Akta Kerja*", "*Employment Act*"),
                t("Right: the Employment Act 1955.", "正确：《1955年雇佣法》。"),
            ),
            choice(1.0, t("EA 1955", "*就业法*"), t("Right: the Employment Act 1955.", "正确：《1955年雇佣法》。")),
        ],
    ),
    question(
        "reg-057",
        REGION["MY"],
        "exam",
        "single",
        region_tags("MY", "medium"),
        t("A titled candidate", "有封衔的候选人"),
        t(
            "<p>A candidate's CV for a board-advisor role reads “Datuk Ahmad Faizal bin Hassan”. How should you "
            "address him?</p>",
            "<p>一位应聘董事会顾问的候选人，简历上写着“Datuk Ahmad Faizal bin Hassan”。你应该如何称呼他？</p>",
        ),
        t(
            "<p>Malaysian honorifics such as Datuk, Dato' Sri or Tan Sri are state or federal honours and are used in "
            "business. Malay names usually have no family name: “bin” means “son of”, so Hassan is the father's name. "
            "Use the title with the personal name, or ask.</p>",
            "<p>Datuk、Dato' Sri、Tan Sri等马来西亚封衔是州或联邦授予的荣誉，在商务场合会使用。"
            "马来人的名字通常没有姓：“bin”意为“……之子”，所以Hassan是他父亲的名字。应使用封衔加本人名字，或者直接询问。"
            "</p>",
        ),
        choices=[
            choice(
                1.0, t("“Datuk Ahmad Faizal”", "“拿督艾哈迈德·法伊扎尔”（Datuk Ahmad Faizal）"), t("Right.", "正确。")
            ),
            choice(
                0.0,
                t("“Mr Hassan”", "“哈桑先生”"),
                t("Hassan is his father's name, and the title is dropped.", "Hassan是他父亲的名字，而且漏掉了封衔。"),
            ),
            choice(
                0.0,
                t("“Ahmad”", "“艾哈迈德”"),
                t("Drops the title; too familiar for a first meeting.", "漏掉了封衔；初次见面过于随便。"),
            ),
            choice(
                0.0,
                t("“Mr bin Hassan”", "“宾·哈桑先生”"),
                t("“Bin” is not part of a surname.", "“bin”不是姓氏的一部分。"),
            ),
        ],
    ),
    question(
        "reg-058",
        REGION["MY"],
        "exam",
        "matching",
        region_tags("MY", "medium"),
        t("Malaysia's moving holidays", "马来西亚日期浮动的节日"),
        t(
            "<p>Match each Malaysian holiday with how its date is set.</p>",
            "<p>请把马来西亚的每个节日与其日期的确定方式配对。</p>",
        ),
        t(
            "<p>Malaysia's calendar reflects its communities, and several holidays follow lunar or religious "
            "calendars, while others apply only in some states. Build the interview calendar from the current year's "
            "official list for the candidate's state.</p>",
            "<p>马来西亚的假日反映了各族群的传统：好几个节日遵循阴历或宗教历法，还有一些只在部分州放假。"
            "请根据候选人所在州当年的官方假日表来安排面试日程。</p>",
        ),
        pairs=[
            pair(
                t("Hari Raya Aidilfitri", "开斋节（Hari Raya Aidilfitri）"),
                t(
                    "Islamic calendar: about 11 days earlier each year, confirmed after the moon sighting",
                    "伊斯兰历：每年提前约11天，观月后确认",
                ),
            ),
            pair(
                t("Chinese New Year", "农历新年"),
                t("Lunisolar calendar: between late January and mid-February", "阴阳历：1月下旬至2月中旬之间"),
            ),
            pair(
                t("Deepavali", "屠妖节（Deepavali）"),
                t("Hindu calendar: usually October or November", "印度教历法：通常在10月或11月"),
            ),
            pair(
                t("Hari Gawai", "丰收节（Hari Gawai）"),
                t("Sarawak only, on 1 and 2 June", "仅砂拉越放假，6月1日和2日"),
            ),
        ],
        distractors=[
            t("Set by each employer at the start of the year", "由各雇主在年初自行确定"),
            t("The first Monday of every quarter", "每个季度的第一个星期一"),
        ],
    ),
]

VIETNAM = [
    question(
        "reg-059",
        REGION["VN"],
        "practice",
        "single",
        region_tags("VN", "easy", taboo=True),
        t("“Female, under 30, good appearance”", "“女性，30岁以下，形象好”"),
        t(
            "<p>A recruiter in Ho Chi Minh City drafts a job advert for a sales executive: “female, under 30, good "
            "appearance”. What is wrong with it?</p>",
            "<p>胡志明市的一位招聘人员为销售专员岗位起草了一则招聘广告：“女性，30岁以下，形象好”。问题出在哪里？</p>",
        ),
        with_law_note(
            t(
                "<p>The Labour Code 2019 (Law No. 45/2019/QH14, in force since 1 January 2021) prohibits "
                "discrimination in labour (art. 8) and defines it to cover distinctions based on, among others, sex, "
                "age, pregnancy or maternity, marital status, religion, disability and family responsibilities (art. "
                "3(8)). Adverts like this are still common in the market; that does not make them lawful.</p>",
                "<p>《2019年劳动法典》（第45/2019/QH14号法律，2021年1月1日起施行）禁止劳动中的歧视（第8条），"
                "并将歧视定义为基于性别、年龄、怀孕或生育、婚姻状况、宗教、残障、家庭责任等事由的区别对待（第3条第8款"
                "）。这类广告在市场上仍很常见，但常见并不等于合法。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "It discriminates on sex and age: the Labour Code 2019 prohibits discrimination in labour (art. "
                    "8) and names both grounds in its definition (art. 3(8)).",
                    "它构成性别和年龄歧视：《2019年劳动法典》禁止劳动中的歧视（第8条），并在定义中明确列出这两项事由（"
                    "第3条第8款）。",
                ),
                t(
                    "Right. “Good appearance” adds a further, unjustified filter.",
                    "正确。“形象好”又额外加了一道不合理的门槛。",
                ),
            ),
            choice(
                0.0,
                t("Nothing, as long as the role is customer-facing.", "只要岗位需要面对客户，就没有问题。"),
                t(
                    "Customer contact does not justify limits on sex or age.",
                    "面对客户并不能成为限制性别或年龄的理由。",
                ),
            ),
            choice(
                0.0,
                t(
                    "Only “good appearance” is a problem; sex and age are fine.",
                    "只有“形象好”有问题，性别和年龄没关系。",
                ),
                t("Sex and age are both named grounds.", "性别和年龄都是明确列出的事由。"),
            ),
            choice(
                0.0,
                t("It is a problem only for state-owned employers.", "只有国有企业这样写才有问题。"),
                t("The Labour Code applies to all employers.", "《劳动法典》适用于所有雇主。"),
            ),
        ],
    ),
    question(
        "reg-060",
        REGION["VN"],
        "practice",
        "truefalse",
        region_tags("VN", "medium"),
        t("Planning around Tết", "围绕越南春节做规划"),
        t(
            "<p>Tết falls on the same Gregorian date each year, so you can fix your Vietnam interview calendar a year "
            "in advance without checking.</p>",
            "<p>越南春节每年都在公历的同一天，所以你可以提前一年定好越南的面试日程，无需核对。</p>",
        ),
        t(
            "<p>Tết follows the lunisolar calendar and falls between late January and mid-February. The Labour Code "
            "2019 (art. 112) gives five days off for it, which employers often join to weekends, and business slows "
            "for a week or two either side. By custom, many people change jobs after Tết, once year-end bonuses are "
            "paid.</p>",
            "<p>越南春节遵循阴阳历，落在1月下旬至2月中旬之间。《2019年劳动法典》第112条规定春节放假五天，"
            "雇主往往将其与周末连休，前后一两周的业务都会放缓。按照惯例，很多人会在春节后、拿到年终奖再跳槽。</p>",
        ),
        answer=False,
        feedback_true=t(
            "No. Tết moves with the lunisolar calendar; check each year's dates.",
            "不对。越南春节随阴阳历变动，每年都要核对日期。",
        ),
        feedback_false=t(
            "Correct. The date moves between late January and mid-February.",
            "正确。日期在1月下旬至2月中旬之间浮动。",
        ),
    ),
    question(
        "reg-061",
        REGION["VN"],
        "exam",
        "multi",
        region_tags("VN", "medium", taboo=True),
        t("Grounds in Vietnam's definition of discrimination", "越南歧视定义中的事由"),
        t(
            "<p>Which of the following are named in the Labour Code 2019's definition of discrimination (art. 3(8))? "
            "Select all that apply.</p>",
            "<p>下列哪些属于《2019年劳动法典》歧视定义（第3条第8款）中列出的事由？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>The definition covers race, colour, national or social origin, ethnicity, sex, age, pregnancy or "
                "maternity, marital status, religion, belief, political opinion, disability, family responsibilities, "
                "HIV status and trade-union or workers' organisation membership. Experience and education are "
                "legitimate selection criteria when they relate to the job.</p>",
                "<p>该定义涵盖种族、肤色、民族或社会出身、族群、性别、年龄、怀孕或生育、婚姻状况、宗教、信仰、"
                "政治观点、残障、家庭责任、艾滋病感染状况，以及参加工会或劳动者组织。工作经验和教育背景只要与岗位相关"
                "，就是正当的选拔标准。</p>",
            )
        ),
        choices=[
            choice(0.25, t("Age", "年龄"), t("Named.", "在列。")),
            choice(0.25, t("Pregnancy or maternity", "怀孕或生育"), t("Named.", "在列。")),
            choice(0.25, t("Marital status", "婚姻状况"), t("Named.", "在列。")),
            choice(0.25, t("Family responsibilities", "家庭责任"), t("Named.", "在列。")),
            choice(
                -0.5,
                t("Years of relevant experience", "相关工作年限"),
                t("A legitimate job criterion.", "正当的岗位标准。"),
            ),
            choice(
                -0.5,
                t("A degree the job genuinely requires", "岗位确实需要的学位"),
                t("A legitimate job criterion.", "正当的岗位标准。"),
            ),
        ],
    ),
    question(
        "reg-062",
        REGION["VN"],
        "exam",
        "single",
        region_tags("VN", "medium", taboo=True),
        t("Pronouns without asking age", "不问年龄也能用对称谓"),
        t(
            "<p>Before an interview in Hanoi, a Vietnamese colleague on your panel says: “I need to ask her age so I "
            "know whether to call her chị or em.” What should the panel do?</p>",
            "<p>在河内的一场面试开始前，面试小组中的一位越南同事说：“我得问问她多大，才知道该叫她chị（姐）还是em（妹）"
            "。”面试小组应该怎么做？</p>",
        ),
        with_law_note(
            t(
                "<p>In Vietnamese, pronouns depend on relative age, so asking someone's age is ordinary in social "
                "life. In an interview it is not: age is a ground in the Labour Code's definition of discrimination, "
                "and the programme rule bars the question. A respectful default or a direct question about address "
                "solves the language problem.</p>",
                "<p>越南语的人称取决于双方的相对年龄，所以在日常社交中问年龄很平常。但在面试中不行："
                "年龄是《劳动法典》歧视定义中的事由之一，本项目规则也禁止问这个问题。用一个尊敬的默认称呼，"
                "或直接问对方希望如何被称呼，就能解决语言上的难题。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Use a respectful default with her given name, for example “chị Lan”, or simply ask how she would "
                    "like to be addressed; do not ask her age.",
                    "用尊敬的默认称呼加她的名字，例如“chị Lan”（兰姐），或者直接问她希望如何被称呼；不要问她的年龄。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("Ask her age: it is ordinary small talk in Vietnam.", "问她年龄：在越南这是很平常的寒暄。"),
                t(
                    "Ordinary socially, but in an interview it puts age on the record.",
                    "在社交场合很平常，但在面试中会让年龄留下记录。",
                ),
            ),
            choice(
                0.0,
                t("Work her age out from the graduation year on her CV.", "根据简历上的毕业年份推算她的年龄。"),
                t("A proxy: it uses age all the same.", "这是变相做法，本质上还是在使用年龄。"),
            ),
            choice(
                0.0,
                t("Call every candidate “em” to keep it neutral.", "对所有候选人都称“em”，以示中立。"),
                t(
                    "“Em” marks the listener as younger and can sound condescending to an experienced candidate.",
                    "“em”表示对方比自己年轻，对一位有经验的候选人来说可能显得居高临下。",
                ),
            ),
        ],
    ),
    question(
        "reg-063",
        REGION["VN"],
        "exam",
        "short",
        region_tags("VN", "easy"),
        t("Which part of a Vietnamese name to use", "越南人名该用哪一部分"),
        t(
            "<p>Your candidate is Nguyễn Văn Minh. Which part of his name do you normally use, with a title or "
            "pronoun, to address him?</p>",
            "<p>你的候选人叫Nguyễn Văn Minh（阮文明）。称呼他时，通常把哪一部分名字与头衔或人称连用？</p>",
        ),
        t(
            "<p>Minh. Vietnamese names run family name, middle name, given name, and people are addressed by the "
            "given name with a title or pronoun (“anh Minh”, “Mr Minh”). Nguyễn is the family name of a large share "
            "of the population, so “Mr Nguyen” tells nobody whom you mean.</p>",
            "<p>答案是Minh（明）。越南人名的顺序是姓、中间名、名，称呼时用名字加头衔或人称（“anh Minh”“Minh先生”）。"
            "阮（Nguyễn）是很大一部分越南人的姓，所以叫“阮先生”根本分不清是谁。</p>",
        ),
        answers=[
            choice(1.0, t("Minh", "Minh"), t("Right: Minh.", "正确：Minh。")),
            choice(1.0, t("*Minh", "明"), t("Right: Minh.", "正确：Minh（明）。")),
            choice(1.0, t("Mr Minh", "*Minh*"), t("Right: Minh.", "正确：Minh。")),
        ],
    ),
    question(
        "reg-064",
        REGION["VN"],
        "exam",
        "ordering",
        region_tags("VN", "medium"),
        t("The hiring cycle around Tết", "越南春节前后的招聘周期"),
        t(
            "<p>Put these stages of the Vietnamese hiring cycle around Tết in the order they usually happen.</p>",
            "<p>请把越南春节前后招聘周期的以下阶段，按通常发生的顺序排列。</p>",
        ),
        t(
            "<p>Bonuses before Tết, the holiday itself, then a wave of resignations and, after notice periods, new "
            "starters. The pattern is custom, not law, but it is strong enough to plan around: open senior searches "
            "before Tết and expect start dates after it.</p>",
            "<p>春节前发奖金，然后是春节假期，接着是一波辞职潮，待通知期满后新人入职。这是惯例而非法律规定，"
            "但足以作为规划依据：高级岗位的招聘最好在春节前启动，入职日期则预计在春节后。</p>",
        ),
        items=[
            t("Year-end (Tết) bonuses are paid in the weeks before the holiday.", "春节前几周发放年终奖（春节奖金）。"),
            t(
                "The Tết holiday: five days off under Labour Code art. 112, often joined to weekends.",
                "春节假期：依据《劳动法典》第112条放假五天，常与周末连休。",
            ),
            t("Offices reopen and work resumes.", "办公室重新开门，恢复工作。"),
            t("Resignations rise now that bonuses are in hand.", "拿到奖金后，辞职人数增加。"),
            t(
                "Candidates who resigned start new jobs once their notice period ends.",
                "已辞职的候选人在通知期满后入职新工作。",
            ),
        ],
    ),
]

JAPAN = [
    question(
        "reg-065",
        REGION["JP"],
        "practice",
        "single",
        region_tags("JP", "easy", taboo=True),
        t("The MHLW list of topics to avoid", "厚生劳动省列出的应避免话题"),
        t(
            "<p>Japan's Ministry of Health, Labour and Welfare (MHLW) lists topics that can lead to hiring "
            "discrimination and should not be raised in selection. Which of these questions falls on that list?</p>",
            "<p>日本厚生劳动省列出了一批可能导致就业歧视、在招聘选拔中不应涉及的话题。下列哪个问题属于这份清单？</p>",
        ),
        with_law_note(
            t(
                "<p>The MHLW's fair-selection guidance (公正な採用選考) lists 14 items: matters the applicant is not "
                "responsible for (registered domicile and birthplace, family, housing, living and family "
                "environment), matters that should be free (religion, political party, outlook on life, people they "
                "respect, beliefs, trade-union and student activities, newspapers, magazines and books they read), "
                "and improper methods such as background investigations and health checks without objective "
                "necessity. It is administrative guidance, backed by the Employment Security Act's rules on handling "
                "job-seekers' personal information.</p>",
                "<p>厚生劳动省的“公正采用选考”指引列出了14项：本人无法负责的事项（本籍和出生地、家庭、住房状况、"
                "生活和家庭环境），本应自由的事项（宗教、支持的政党、人生观、尊敬的人物、思想、工会和学生运动、"
                "订阅的报纸杂志和爱读的书），以及不当的选考方法，如身份调查、无客观必要的健康检查。这属于行政指导，"
                "其依据是《职业安定法》中关于求职者个人信息处理的规定。</p>",
            )
        ),
        choices=[
            choice(
                1.0,
                t("“What do your parents do for a living?”", "“你父母是做什么工作的？”"),
                t(
                    "Right: family (occupation, position, income and so on) is a matter the applicant is not "
                    "responsible for.",
                    "正确：家庭情况（职业、地位、收入等）属于本人无法负责的事项。",
                ),
            ),
            choice(
                0.0,
                t("“Why did you choose this industry?”", "“你为什么选择这个行业？”"),
                t("Motivation is a fair, job-related topic.", "求职动机是正当的、与岗位相关的话题。"),
            ),
            choice(
                0.0,
                t("“Tell me about a project you led.”", "“请讲讲你主导过的一个项目。”"),
                t("A standard competency question.", "标准的能力面试问题。"),
            ),
            choice(
                0.0,
                t(
                    "“The role is based in our Osaka office. Could you work there?”",
                    "“这个岗位在我们的大阪办公室。你能在那里工作吗？”",
                ),
                t("A job requirement, fair to ask.", "这是岗位要求，可以正当询问。"),
            ),
        ],
    ),
    question(
        "reg-066",
        REGION["JP"],
        "practice",
        "truefalse",
        region_tags("JP", "medium", taboo=True),
        t("Age limits in Japanese recruitment", "日本招聘中的年龄限制"),
        t(
            "<p>Under article 9 of Japan's Act on Comprehensive Promotion of Labor Policies, employers must in "
            "principle give equal opportunity regardless of age in recruitment and hiring, with limited exceptions "
            "set by ordinance.</p>",
            "<p>根据日本《劳动施策综合推进法》第9条，雇主在招募和录用中原则上必须不论年龄给予均等机会，"
            "仅有省令规定的有限例外。</p>",
        ),
        with_law_note(
            t(
                "<p>The exceptions include recruiting below a mandatory retirement age, restrictions required by "
                "other laws, and hiring young people without experience on open-ended contracts for long-term career "
                "development. There is no criminal penalty, but the labour authorities give administrative guidance "
                "and public employment offices can refuse non-compliant job postings.</p>",
                "<p>例外情形包括：以低于退休年龄为条件招聘、其他法律规定了年龄限制，以及为长期职业发展而以无固定期限合"
                "同招聘无经验的年轻人等。违反该条没有刑事处罚，但劳动部门会进行行政指导，"
                "公共职业安定所也可以拒绝受理不合规的招聘信息。</p>",
            )
        ),
        answer=True,
        feedback_true=t("Correct.", "正确。"),
        feedback_false=t(
            "It is true: age limits in recruitment are prohibited in principle, with narrow exceptions.",
            "这个说法是对的：招聘中的年龄限制原则上被禁止，仅有少数例外。",
        ),
    ),
    question(
        "reg-067",
        REGION["JP"],
        "exam",
        "multi",
        region_tags("JP", "hard", taboo=True),
        t("Questions on the MHLW list", "厚生劳动省清单上的问题"),
        t(
            "<p>Which of these interview questions touch items on the MHLW fair-selection list of 14? Select all that "
            "apply.</p>",
            "<p>下列哪些面试问题触及厚生劳动省“公正采用选考”14项清单？请选出所有正确项。</p>",
        ),
        with_law_note(
            t(
                "<p>Newspapers and books read, respected people, registered domicile and political support are all on "
                "the list, the first two as matters of belief that should be free. Many Japanese interviewers once "
                "asked them routinely; the guidance exists precisely because they reveal origin and beliefs rather "
                "than ability.</p>",
                "<p>订阅的报纸和阅读的书籍、尊敬的人物、本籍和支持的政党都在清单上，其中前两项属于本应自由的思想信条事"
                "项。过去许多日本面试官常规性地问这些问题；正因为它们暴露的是出身和信仰而非能力，才有了这份指引。</p>",
            )
        ),
        choices=[
            choice(0.25, t("“Which newspaper do you read?”", "“你订阅哪份报纸？”"), t("On the list.", "在清单上。")),
            choice(
                0.25,
                t("“Who is the person you respect most?”", "“你最尊敬的人是谁？”"),
                t("On the list.", "在清单上。"),
            ),
            choice(
                0.25,
                t("“Where is your registered domicile (honseki)?”", "“你的本籍在哪里？”"),
                t("On the list.", "在清单上。"),
            ),
            choice(
                0.25,
                t("“Which political party do you support?”", "“你支持哪个政党？”"),
                t("On the list.", "在清单上。"),
            ),
            choice(
                -0.5,
                t("“What made you apply to us?”", "“你为什么应聘我们公司？”"),
                t("A fair question.", "正当的问题。"),
            ),
            choice(
                -0.5,
                t("“What is your notice period?”", "“你的离职通知期是多久？”"),
                t("A fair question.", "正当的问题。"),
            ),
        ],
    ),
    question(
        "reg-068",
        REGION["JP"],
        "exam",
        "short",
        region_tags("JP", "medium", taboo=True),
        t("Japan's law on sex equality in hiring", "日本关于招聘中性别平等的法律"),
        t(
            "<p>Japan's Act on Securing, Etc. of Equal Opportunity and Treatment between Men and Women in Employment "
            "requires equal opportunity regardless of sex in recruitment and hiring (art. 5) and forbids "
            "disadvantageous treatment for marriage, pregnancy or childbirth (art. 9). What is its usual short "
            "English name?</p>",
            "<p>日本有一部法律要求雇主在招募和录用中不论性别给予均等机会（第5条），并禁止因婚姻、"
            "怀孕或分娩给予不利待遇（第9条）。这部法律通常简称什么？</p>",
        ),
        with_law_note(
            t(
                "<p>The Equal Employment Opportunity Act (男女雇用機会均等法). Article 7 also prohibits indirect "
                "discrimination, such as height or weight requirements with no reasonable ground. Questions about "
                "marriage or family plans have no place in a Japanese interview.</p>",
                "<p>答案是《男女雇用机会均等法》（Equal Employment Opportunity Act）。其第7条还禁止间接歧视，"
                "例如没有合理理由的身高或体重要求。在日本的面试中，不应询问婚姻或生育计划。</p>",
            )
        ),
        answers=[
            choice(
                1.0,
                t("Equal Employment Opportunity Act", "男女雇用机会均等法"),
                t("Right.", "正确。"),
            ),
            choice(1.0, t("*Equal Employment Opportunity*", "*均等法*"), t("Right.", "正确。")),
            choice(
                1.0,
                t("EEO*", "*Equal Employment Opportunity*"),
                t("Right: the EEO Act.", "正确：《男女雇用机会均等法》。"),
            ),
        ],
    ),
    question(
        "reg-069",
        REGION["JP"],
        "exam",
        "single",
        region_tags("JP", "medium"),
        t("Receiving a business card", "接名片"),
        t(
            "<p>At an on-site interview in Osaka, the candidate, Mr Tanaka, hands you his business card with both "
            "hands and a slight bow. What do you do?</p>",
            "<p>在大阪的一场现场面试中，候选人田中先生微微鞠躬，用双手递上名片。你该怎么做？</p>",
        ),
        t(
            "<p>The business card (meishi) stands for the person. Receive it with both hands, look at it, and keep it "
            "on the table for the meeting; put it away respectfully at the end. Address him as Tanaka-san, and expect "
            "a measured pace with pauses.</p>",
            "<p>名片代表着对方本人。要双手接过、看一看，会面期间放在桌上；结束时再郑重地收好。称呼他为“田中先生”"
            "（Tanaka-san），并预期对方的节奏较为从容，会有停顿。</p>",
        ),
        choices=[
            choice(
                1.0,
                t(
                    "Receive it with both hands, read it for a moment and keep it on the table in front of you during "
                    "the interview.",
                    "双手接过，看一会儿，面试期间把它放在你面前的桌上。",
                ),
                t("Right.", "正确。"),
            ),
            choice(
                0.0,
                t("Take it with one hand and put it straight into your back pocket.", "单手接过，直接塞进裤子后兜。"),
                t("Reads as careless, even disrespectful.", "会显得随意，甚至失礼。"),
            ),
            choice(
                0.0,
                t("Write your interview notes on the back of it.", "在名片背面记面试笔记。"),
                t(
                    "Writing on someone's card in front of them is a classic faux pas.",
                    "当着对方的面在其名片上写字，是典型的失礼行为。",
                ),
            ),
            choice(
                0.0,
                t("Pass it to the interpreter to keep.", "把名片递给口译员保管。"),
                t("The card was offered to you; keep it in front of you.", "名片是递给你的，应放在你面前。"),
            ),
        ],
    ),
    question(
        "reg-070",
        REGION["JP"],
        "exam",
        "ordering",
        region_tags("JP", "medium"),
        t("Japan's holiday periods through the year", "日本一年中的假期"),
        t(
            "<p>Put these Japanese holiday periods in calendar order, starting from January.</p>",
            "<p>请从一月开始，把以下日本假期按日历顺序排列。</p>",
        ),
        t(
            "<p>New Year closures run into the first days of January; Golden Week clusters national holidays from "
            "late April to early May; Marine Day falls on the third Monday of July; Obon, in mid-August in most "
            "regions, is not a national holiday but many companies close. Avoid scheduling across all of them.</p>",
            "<p>新年休假一直延续到1月初；黄金周在4月下旬至5月上旬集中了多个国民假日；海之日在7月的第三个星期一；"
            "盂兰盆节在大部分地区是8月中旬，它不是国民假日，但许多公司会放假。安排面试时都要避开。</p>",
        ),
        items=[
            t("New Year holidays (shōgatsu), into the first days of January", "新年假期（正月），延续到1月初"),
            t("Golden Week, late April to early May", "黄金周，4月下旬至5月上旬"),
            t("Marine Day, the third Monday of July", "海之日，7月的第三个星期一"),
            t("Obon, mid-August in most regions", "盂兰盆节，大部分地区在8月中旬"),
        ],
    ),
    question(
        "reg-071",
        REGION["JP"],
        "exam",
        "essay",
        region_tags("JP", "hard", taboo=True, scenario=True),
        t("Interviewing in Nagoya with an interpreter", "在名古屋借助口译面试"),
        t(
            "<p>You are interviewing Sato Yuki (family name Sato) for a quality-assurance manager role in Nagoya. You "
            "do not speak Japanese; an external interpreter will join on site, and the plant manager, who is "
            "Japanese, will sit in. You have 60 minutes and six competency questions.</p><p>Describe how you prepare "
            "and run this interview, from the briefing with the interpreter to the close. Include what you would "
            "avoid asking.</p>",
            "<p>你要面试名古屋一个质量保证经理岗位的候选人佐藤由纪（姓佐藤）。你不会日语；一位外部口译员将到现场，"
            "日籍工厂经理也会旁听。你有60分钟和六个能力面试问题。</p><p>请描述你如何准备并进行这场面试，"
            "从与口译员交底一直到收尾。请说明你会避免问哪些问题。</p>",
        ),
        with_law_note(
            t(
                "<p>Consecutive interpretation roughly doubles speaking time, so six questions will not fit in 60 "
                "minutes without cuts. A strong answer plans for that, prepares the interpreter, adapts the conduct "
                "of the interview to Japanese business etiquette, keeps to the MHLW fair-selection guidance and the "
                "EEO Act, and closes without signalling the outcome.</p>",
                "<p>交替传译大约会让说话时间翻倍，所以不删减的话，六个问题在60分钟内无法完成。"
                "优秀的回答会为此做好规划，给口译员充分交底，按日本商务礼仪调整面试方式，遵守厚生劳动省“公正采用选考”"
                "指引和《男女雇用机会均等法》，并在收尾时不透露结果。</p>",
            )
        ),
        mark=10,
        rubric=[
            criterion(
                t("Preparing the interpreter and the plan", "口译员交底与面试规划"),
                level(0, t("No preparation described.", "没有描述任何准备。")),
                level(1, t("Books the interpreter but does not brief them.", "预约了口译员，但没有交底。")),
                level(
                    2,
                    t(
                        "Briefs the interpreter on the role, quality terminology and confidentiality, and agrees "
                        "consecutive mode.",
                        "向口译员介绍岗位、质量管理术语和保密要求，并商定采用交替传译。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and cuts to three or four priority questions or extends the slot, since "
                        "interpretation roughly doubles the time; agrees seating and how the plant manager will take "
                        "part.",
                        "做到第2级的全部内容，并考虑到口译会使时间大约翻倍，将问题压缩到三四个重点问题或延长面试时间；"
                        "同时商定座位安排以及工厂经理如何参与。",
                    ),
                ),
            ),
            criterion(
                t("Running the interview", "进行面试"),
                level(
                    0,
                    t("Talks to the interpreter, rushes, fills silences.", "对着口译员说话、节奏匆忙、急于填补沉默。"),
                ),
                level(1, t("Some good practice, inconsistently applied.", "有一些好的做法，但不够一贯。")),
                level(
                    2,
                    t(
                        "Addresses Sato-san directly in short segments, allows pauses, and follows business-card and "
                        "greeting etiquette.",
                        "用简短分段的方式直接对佐藤（Sato-san）说话，允许停顿，并遵循交换名片和问候的礼仪。",
                    ),
                ),
                level(
                    3,
                    t(
                        "As level 2, and probes indirect or modest answers with specific STAR follow-ups, checking "
                        "understanding by summarising rather than asking “Do you understand?”.",
                        "做到第2级的全部内容，并针对委婉或谦逊的回答用具体的STAR追问深挖；通过复述确认理解，"
                        "而不是问“你明白吗？”。",
                    ),
                ),
            ),
            criterion(
                t("Taboo awareness", "禁忌意识"),
                level(0, t("Plans questions on family, birthplace or similar.", "计划询问家庭、出生地等问题。")),
                level(
                    1,
                    t(
                        "Avoids obvious topics without naming the guidance.",
                        "避开了明显的禁忌话题，但没有提及相关指引。",
                    ),
                ),
                level(
                    2,
                    t(
                        "Names the MHLW fair-selection items (family, registered domicile, religion, political party, "
                        "respected people, reading) and avoids marriage, children and age under the EEO Act and the "
                        "age rule, and briefs the plant manager to do the same.",
                        "指出厚生劳动省“公正采用选考”的相关事项（家庭、本籍、宗教、支持的政党、尊敬的人物、阅读），"
                        "并依据《男女雇用机会均等法》和年龄规则避免询问婚姻、子女和年龄，同时要求工厂经理同样遵守。",
                    ),
                ),
            ),
            criterion(
                t("Evaluation and close", "评估与收尾"),
                level(
                    0,
                    t(
                        "Reveals a view on the outcome or gives no next steps.",
                        "透露了对结果的看法，或没有说明后续步骤。",
                    ),
                ),
                level(1, t("Gives next steps only vaguely.", "对后续步骤只作了含糊的说明。")),
                level(
                    2,
                    t(
                        "Closes with thanks, next steps and a date, without signalling the result; debriefs with the "
                        "interpreter on nuances and scores on evidence.",
                        "以致谢、后续步骤和具体日期收尾，不暗示结果；会后向口译员了解细微之处，并依据证据评分。",
                    ),
                ),
            ),
        ],
        grader_info=t(
            "<p>Reward realism about time: an answer that keeps all six questions in 60 minutes with consecutive "
            "interpretation, without acknowledging the trade-off, cannot score 3 on the first criterion. Naming the "
            "guidance in Japanese is not required. Penalise cultural generalisations used to score the candidate.</p>",
            "<p>对时间安排的现实考量应予肯定：如果答案在交替传译条件下仍坚持60分钟内问完六个问题，"
            "且没有意识到其中的取舍，第一项不能得3分。不要求用日文写出指引名称。凡是用文化概括来给候选人打分的，"
            "应扣分。</p>",
        ),
        response_template=t(
            "<p><strong>Before the day (interpreter, plan, time):</strong> …</p><p><strong>Running the "
            "interview:</strong> …</p><p><strong>What I will not ask:</strong> …</p><p><strong>Close and "
            "evaluation:</strong> …</p>",
            "<p><strong>面试前（口译员、规划、时间）：</strong>……</p><p><strong>面试进行中："
            "</strong>……</p><p><strong>我不会问的问题：</strong>……</p><p><strong>收尾与评估：</strong>……</p>",
        ),
    ),
]

QUESTIONS = [
    *UNITED_STATES,
    *GERMANY,
    *UNITED_KINGDOM,
    *BRAZIL,
    *MEXICO,
    *SAUDI_ARABIA,
    *UNITED_ARAB_EMIRATES,
    *INDONESIA,
    *MALAYSIA,
    *VIETNAM,
    *JAPAN,
]
