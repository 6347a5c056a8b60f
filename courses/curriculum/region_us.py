"""Regional module: interviewing candidates in the United States."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["US"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "us-law-and-protected-topics",
    "title": _t("The law and protected topics in the United States", "美国的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        (
            "heading",
            {
                "text": _t(
                    "Federal law sets the floor, states and cities build on it", "联邦法是底线，州和城市层层加码"
                ),
                "level": 2,
            },
        ),
        (
            "rich_text",
            _t(
                "<p>American employment law comes in layers. Federal statutes apply across the country once an "
                "employer reaches a certain size; states and cities then add their own protected characteristics and "
                "their own rules about what may be asked. A question that is merely unwise in Texas can be unlawful in "
                "New York City. When you interview for a US role, the rules of the place where the job is located "
                "apply, not the rules of the city you are sitting in.</p><p>The federal core you must know: "
                "<strong>Title VII of the Civil Rights Act of 1964</strong> forbids refusing to hire because of race, "
                "colour, religion, sex or national origin (employers with 15 or more employees); the <strong>Pregnancy "
                "Discrimination Act of 1978</strong> made pregnancy discrimination a form of sex discrimination under "
                "Title VII; the <strong>Age Discrimination in Employment Act (ADEA)</strong> protects people aged 40 "
                "and over (employers with 20 or more employees); Title I of the <strong>Americans with Disabilities "
                "Act (ADA)</strong> bars disability-related questions and medical examinations before a conditional "
                "job offer; the <strong>Pregnant Workers Fairness Act (PWFA)</strong>, in force since 27 June 2023, "
                "requires reasonable accommodation of known limitations related to pregnancy and childbirth, and "
                "applies to applicants too; and the <strong>Immigration Reform and Control Act</strong> forbids "
                "discrimination based on citizenship status.</p><p>Most federal statutes do not contain a list of "
                "forbidden questions. The danger is evidential: if you ask a 55-year-old when she plans to retire and "
                "then reject her, your question becomes the plaintiff's best exhibit. The ADA is different: the "
                "pre-offer disability question is itself prohibited. Treat every protected topic as off limits, and "
                "you will never have to argue about which rule applies.</p>",
                "<p>美国的就业法是分层的。联邦法律在雇主达到一定规模后全国适用；各州和城市再在此基础上增加受保护特征，并"
                "另行规定哪些问题不能问。同一个问题，在得克萨斯州只是“不明智”，在纽约市就可能直接违法。面试美国岗位时"
                "，适用的是岗位所在地的规则，而不是你本人所在城市的规则。</p><p>必须掌握的联邦核心法律：<strong>1964年《"
                "民权法案》第七章</strong>禁止因种族、肤色、宗教、性别或国籍来源拒绝录用（适用于15名及以上员工的雇主）；"
                "<strong>1978年《怀孕歧视法》</strong>把怀孕歧视明确纳入第七章的性别歧视；<strong>《就业年龄歧视法》（"
                "ADEA）</strong>保护40岁及以上人士（适用于20名及以上员工的雇主）；<strong>《美国残疾人法》（ADA）"
                "</strong>第一章禁止在发出附条件录用通知前询问与残疾相关的问题或进行体检；<strong>《怀孕劳动者公平法》（"
                "PWFA）</strong>自2023年6月27日起生效，要求对与怀孕、分娩相关的已知限制提供合理便利，求职者同样受保护；"
                "<strong>《移民改革与控制法》</strong>禁止基于公民身份的歧视。</p><p>多数联邦法律并没有列出“禁止提问清"
                "单”，风险在于证据：如果你问一位55岁的候选人打算何时退休，随后又拒绝了她，你的这个问题就会成为对方最有"
                "力的证据。ADA 则不同：录用前询问残疾情况本身就被禁止。把所有受保护话题一律视为禁区，你就永远不必去争论"
                "到底适用哪条规则。</p>",
            ),
        ),
        _taboo(
            _t("Age, birth year and graduation year", "年龄、出生年份与毕业年份"),
            _t(
                "Questions such as 'What year did you graduate?' or 'How many more years do you want to work?' reveal "
                "or hint at age. Rejecting an older candidate after asking them looks like age discrimination, "
                "whatever the real reason was.",
                "“你哪年毕业？”“你还打算干几年？”这类问题会暴露或暗示年龄。问完之后拒绝一位年长候选人，"
                "无论真实原因是什么，看起来都像年龄歧视。",
            ),
            _t(
                "Age Discrimination in Employment Act of 1967 (protects people aged 40 and over; employers with 20 or "
                "more employees). Many state laws protect younger workers as well.",
                "1967年《就业年龄歧视法》（保护40岁及以上人士；适用于20名及以上员工的雇主）。许多州法律对更年轻的劳动者"
                "也有保护。",
            ),
            _t(
                "Ask about relevant experience and results ('Walk me through your last two roles'). If a minimum age "
                "is legally required for the job, ask only 'Are you at least 18?'",
                "询问相关经历与业绩（“请介绍一下你最近两段工作经历”）。若岗位依法有最低年龄要求，只问“你是否已满18岁"
                "？”",
            ),
        ),
        _taboo(
            _t("Pregnancy, family plans and childcare", "怀孕、生育计划与育儿安排"),
            _t(
                "Asking whether a candidate is pregnant, plans children or has childcare arranged invites the "
                "inference that the answer affected the decision. These questions are also asked mostly of women, "
                "which is itself evidence of sex discrimination.",
                "询问候选人是否怀孕、是否打算要孩子、孩子有没有人带，会让人推断答案影响了录用决定。"
                "而且这类问题几乎只问女性，这本身就是性别歧视的证据。",
            ),
            _t(
                "Title VII of the Civil Rights Act of 1964 as amended by the Pregnancy Discrimination Act of 1978; "
                "Pregnant Workers Fairness Act (in force 27 June 2023, employers with 15 or more employees).",
                "1964年《民权法案》第七章（经1978年《怀孕歧视法》修订）；《怀孕劳动者公平法》（2023年6月27日生效，适用于"
                "15名及以上员工的雇主）。",
            ),
            _t(
                "Describe the real demands and ask everyone the same question: 'This role travels to Shenzhen four "
                "times a year for a week each time. Can you meet that schedule?'",
                "如实说明岗位要求，并对所有候选人问同一个问题：“这个岗位每年要去深圳出差四次，每次一周，你能接受这样的"
                "安排吗？”",
            ),
        ),
        _taboo(
            _t("Health, disability, medication and sick days", "健康、残疾、用药与病假"),
            _t(
                "Before a conditional offer, any question likely to reveal a disability is prohibited in itself, "
                "including 'How many sick days did you take last year?' and 'Are you on any medication?'",
                "在发出附条件录用通知之前，任何可能暴露残疾的问题本身就被禁止，包括“你去年请了几天病假？”“你在服用什"
                "么药吗？”",
            ),
            _t(
                "Americans with Disabilities Act, Title I, 42 U.S.C. § 12112(d); EEOC regulation 29 C.F.R. § "
                "1630.13(a).",
                "《美国残疾人法》第一章，42 U.S.C. § 12112(d)；平等就业机会委员会（EEOC）条例 29 C.F.R. § 1630.13(a)。",
            ),
            _t(
                "'Can you perform the essential functions of this job, with or without reasonable accommodation?' and, "
                "before the interview, 'Is there anything we can arrange to make today's process work well for you?'",
                "“无论是否需要合理便利，你能否胜任这个岗位的核心职能？”以及在面试前问：“为了让今天的流程顺利进行，需"
                "要我们做什么安排吗？”",
            ),
        ),
        _taboo(
            _t("Religion and religious observance", "宗教信仰与宗教活动"),
            _t(
                "'Which church do you go to?' or 'Will you need time off for your holidays?' ties the decision to "
                "religion. Employers must also consider accommodating religious practice, so assumptions are risky.",
                "“你去哪个教会？”“你过节需要请假吗？”会把录用决定和宗教挂钩。雇主还负有考虑为宗教活动提供便利的义务"
                "，任何预设都有风险。",
            ),
            _t(
                "Title VII of the Civil Rights Act of 1964 (religion).",
                "1964年《民权法案》第七章（宗教）。",
            ),
            _t(
                "State the working pattern for everyone ('The team covers Saturday trade shows about six times a "
                "year') and ask whether the candidate can work it. Discuss any accommodation after the offer with HR.",
                "向所有候选人说明工作安排（“团队每年大约有六次周六展会需要值守”），询问对方能否配合。具体便利安排在录"
                "用后与HR商定。",
            ),
        ),
        _taboo(
            _t("National origin, accent and citizenship", "国籍来源、口音与公民身份"),
            _t(
                "'Where are you originally from?' or 'Is English your first language?' points at national origin. "
                "Preferring citizens over lawfully authorised non-citizens can be citizenship-status discrimination.",
                "“你原籍是哪里？”“英语是你的母语吗？”指向国籍来源。在合法具备工作资格的人中偏向美国公民，可能构成公"
                "民身份歧视。",
            ),
            _t(
                "Title VII (national origin); Immigration Reform and Control Act of 1986, anti-discrimination "
                "provision at 8 U.S.C. § 1324b (citizenship status, employers with 4 or more employees).",
                "第七章（国籍来源）；1986年《移民改革与控制法》反歧视条款 8 U.S.C. § 1324b（公民身份，适用于4名及以上员"
                "工的雇主）。",
            ),
            _t(
                "'Are you legally authorised to work in the United States?' and 'Will you now or in the future need "
                "sponsorship for an employment visa?' Ask every candidate, and leave document checks to HR after hire.",
                "“你是否具备在美国合法工作的资格？”“你现在或将来是否需要公司为你申请工作签证？”对所有候选人统一提问"
                "，证件核验在入职后交给HR办理。",
            ),
        ),
        _taboo(
            _t("Salary history", "薪资历史"),
            _t(
                "A growing list of states and cities forbid asking about current or past pay, or relying on it, "
                "because past pay can carry past discrimination into the new offer.",
                "越来越多的州和城市禁止询问或依据候选人当前及过往薪资，理由是过去的薪资可能把以往的歧视带入新的录用条件"
                "。",
            ),
            _t(
                "State and city laws, for example California Labor Code § 432.3 (since 1 January 2018), New York "
                "State Labor Law § 194-a and New York City Administrative Code § 8-107(25). Coverage differs by "
                "place; ask HR.",
                "州和城市法律，例如《加利福尼亚州劳动法典》第432.3条（2018年1月1日起）、《纽约州劳动法》第194-a条、"
                "《纽约市行政法典》第8-107(25)条。各地适用范围不同，请咨询HR。",
            ),
            _t(
                "'What are your pay expectations for this role?' and share the approved range. If a candidate "
                "volunteers their pay, do not ask follow-up questions; set the offer from the range.",
                "“你对这个岗位的薪资期望是多少？”同时告知已批准的薪资范围。若候选人主动透露现薪，不要追问，按既定范围"
                "定薪。",
            ),
        ),
        _taboo(
            _t("Marital status, partner and sexual orientation", "婚姻状况、伴侣与性取向"),
            _t(
                "'Is your husband moving with you?' assumes marital status and the partner's sex. Questions about a "
                "partner's job or relocation plans are rarely job-related.",
                "“你先生会跟你一起搬过来吗？”既预设了婚姻状况，也预设了伴侣的性别。询问伴侣的工作或迁居计划，几乎都与"
                "岗位无关。",
            ),
            _t(
                "Title VII (sex), which the US Supreme Court held in Bostock v. Clayton County (2020) covers sexual "
                "orientation and gender identity; many states also protect marital status.",
                "第七章（性别）——美国最高法院在 Bostock v. Clayton County（2020年）案中认定其涵盖性取向和性别认同；许"
                "多州另行保护婚姻状况。",
            ),
            _t(
                "Ask about the job's own requirements: 'The role is based in Chicago from March. Is that start date "
                "and location workable for you?'",
                "只问岗位本身的要求：“岗位自三月起常驻芝加哥，这个入职时间和地点你可以接受吗？”",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training. They have not been reviewed by counsel, and US "
                    "rules change often and differ by state and city. Before you interview for a role in a new state, "
                    "ask local HR which topics and questions are restricted there.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核；美国规则变化频繁，且各州、各城市不同。"
                    "在为一个新州的岗位面试之前，请先向当地HR确认该地受限制的话题和问题。</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: protected topics", "自测：受保护话题"),
                "category": "Cross-cultural communication and taboos/Protected topics",
                "count": 3,
            },
        ),
    ],
}

CULTURE = {
    "slug": "us-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in US interviews", "美国面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("What an American candidate expects", "美国候选人的预期"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>American candidates expect a brisk, friendly and structured conversation. First names are normal "
                "from the first minute, even with senior people: introduce yourself as 'Wei Li, I lead the sales team "
                "in Shenzhen' and use the candidate's first name back. In person, a firm handshake, eye contact and a "
                "smile are the default; on video, look at the camera when you greet them. Small talk is short, two or "
                "three minutes about their day, the weather or travel, and it stays away from politics and "
                "religion.</p><p>Candidates have been coached to sell themselves. Many answer behavioural questions in "
                "the STAR shape without being asked, speak in the first person and quote numbers. That is a cultural "
                "norm, not arrogance, and it is also not proof: your job is to probe the 'I' until you know what the "
                "candidate personally did. Equally, a candidate who says 'we' throughout is not necessarily weak; ask "
                "them what their own part was.</p><p>Expect to be interviewed back. Good candidates will ask about the "
                "team's budget, who they report to, how decisions get made between the US office and headquarters, and "
                "why the last person left. Answer honestly. An American candidate may treat what you say as a "
                "commitment, so do not promise promotions, remote work or equity that has not been approved. Close by "
                "explaining the next steps and the date they will hear from you, and keep that date.</p><p>English is "
                "the working language. If English is your second language, slow down, pause after questions and check "
                "understanding ('Let me make sure I understood you correctly...'). If you need an interpreter, tell "
                "the candidate in the invitation, introduce the interpreter at the start and speak to the candidate, "
                "not to the interpreter. Never record a call without asking first: some states require every party's "
                "consent, and HR will know which.</p>",
                "<p>美国候选人期待的是节奏明快、友好且结构清晰的交流。从第一分钟起就互称名字很正常，即使对方职位很高也是"
                "如此：你可以这样自我介绍——“我是李伟，负责深圳的销售团队”，并用名字称呼对方。当面面试时，有力的握手"
                "、眼神交流和微笑是标配；视频面试打招呼时要看着摄像头。寒暄很短，两三分钟聊聊对方今天过得如何、天气或行"
                "程即可，绝不涉及政治和宗教。</p><p>美国候选人普遍受过“推销自己”的训练。很多人不用提示就会按 STAR 结构"
                "回答行为问题，用第一人称，并且报出数字。这是文化习惯，不是自大，但也不是证据：你的任务是追问“我”背后"
                "的细节，直到弄清候选人本人到底做了什么。反过来，一个从头到尾都说“我们”的候选人也不一定能力弱，问清楚"
                "他本人承担了哪一部分即可。</p><p>要做好被反向面试的准备。优秀的候选人会问团队预算、汇报对象、美国办公室"
                "和总部之间如何决策、上一任为什么离开。请如实回答。美国候选人可能把你的话当成承诺，所以不要许诺尚未批准"
                "的晋升、远程办公或股权。结束时说明后续步骤以及对方何时会收到消息，并且守约。</p><p>英语是工作语言。如果"
                "英语不是你的母语，请放慢语速、提问后留出停顿，并确认理解（“我确认一下我是否理解对了……”）。如需翻译"
                "，应在邀请函中提前告知候选人，面试开始时介绍译员，并且对候选人说话，而不是对译员说话。未经询问绝不要录"
                "音：有些州要求所有通话方同意，具体哪些州请问HR。</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer: a regional sales manager in Chicago", "好的回答：芝加哥的区域销售经理"),
                "situation": _t(
                    "Our largest distributor in the Midwest, about 30% of regional revenue, told us in March it would "
                    "move to a competitor at renewal in June.",
                    "三月份，我们在中西部最大的经销商（约占区域收入的30%）通知我们，六月续约时将转投竞争对手。",
                ),
                "task": _t(
                    "As regional manager I owned the account and had to keep it without cutting our margin below the "
                    "floor my VP had set.",
                    "作为区域经理，我负责这个客户，必须在不把毛利压到副总裁设定的底线以下的前提下留住它。",
                ),
                "action": _t(
                    "I visited their four warehouses in two weeks, found that late deliveries, not price, were the "
                    "real problem, and negotiated a consignment stock pilot with our logistics team. I presented the "
                    "numbers to their owner myself.",
                    "我在两周内走访了他们的四个仓库，发现真正的问题是交货延迟而不是价格，于是和公司物流团队谈成了寄售库"
                    "存试点，并亲自向对方老板讲解数据。",
                ),
                "result": _t(
                    "They renewed for two years at the same margin; late deliveries fell from 14% to 3% over the next "
                    "two quarters.",
                    "对方以原毛利续约两年；此后两个季度延迟交货率从14%降到3%。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "Specific stakes, a clear personal role, an action the candidate chose and drove, and a measurable "
                    "result. Probe one level deeper ('What did the logistics team push back on?') to confirm it is "
                    "real.",
                    "有具体的利害关系，个人角色清楚，行动由候选人自己选择并推动，结果可衡量。再深挖一层（“物流团队当时"
                    "反对什么？”）以确认真实性。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: polished but empty", "弱的回答：漂亮但空洞"),
                "situation": _t(
                    "In a fast-paced, high-growth environment, we faced a lot of challenges with key accounts.",
                    "在一个节奏很快、高速增长的环境里，我们在大客户方面遇到了很多挑战。",
                ),
                "task": _t(
                    "I needed to drive alignment and deliver results for the business.",
                    "我需要推动协同，为业务交付成果。",
                ),
                "action": _t(
                    "I leveraged my relationships, partnered cross-functionally and took ownership end to end.",
                    "我利用了自己的人脉，跨部门合作，并端到端地负起责任。",
                ),
                "result": _t(
                    "We exceeded our targets and the client was really happy.",
                    "我们超额完成了目标，客户非常满意。",
                ),
                "verdict": "weak",
                "commentary": _t(
                    "Confident delivery and business vocabulary, but no account, no numbers, no decision the candidate "
                    "made. Do not score the fluency; ask for one named client, one obstacle and one figure.",
                    "表达自信、术语娴熟，但没有具体客户、没有数字，也没有候选人自己做出的决定。不要为流利打分；"
                    "请对方说出一个具体客户、一个障碍和一个数字。",
                ),
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Etiquette in practice", "礼仪实操"),
                "pairs": [
                    {
                        "do": _t(
                            "Use first names and introduce your own role plainly.", "互称名字，简明介绍自己的职责。"
                        ),
                        "dont": _t(
                            "Insist on titles or comment on the candidate's name or accent.",
                            "坚持使用头衔，或评论候选人的名字、口音。",
                        ),
                    },
                    {
                        "do": _t("Keep small talk to a few neutral minutes.", "寒暄控制在几分钟，话题保持中性。"),
                        "dont": _t(
                            "Ask about politics, religion, family or where they 'really' come from.",
                            "谈论政治、宗教、家庭，或追问对方“到底”是哪里人。",
                        ),
                    },
                    {
                        "do": _t(
                            "Probe confident answers for the candidate's own actions and numbers.",
                            "对自信的回答追问候选人本人的行动和数字。",
                        ),
                        "dont": _t("Score polish and fluency as if they were evidence.", "把表达流畅当作证据来打分。"),
                    },
                    {
                        "do": _t("Answer questions about the team and HQ honestly.", "如实回答关于团队和总部的问题。"),
                        "dont": _t(
                            "Promise promotions, remote work or equity that nobody has approved.",
                            "许诺未经批准的晋升、远程办公或股权。",
                        ),
                    },
                    {
                        "do": _t("Give a date for next steps and keep it.", "给出后续步骤的日期并守约。"),
                        "dont": _t(
                            "Tell the candidate during the interview that they have the job, or that they do not.",
                            "在面试中告诉候选人已被录用或没有被录用。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with US candidates", "自测：与美国候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "us-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for US interviews", "美国面试的排期与后勤"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Time zones and daylight saving", "时区与夏令时"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>The mainland United States spans four time zones, from Eastern (UTC-5) to Pacific (UTC-8), with "
                "Alaska and Hawaii further west. Most states move their clocks forward on the second Sunday of March "
                "and back on the first Sunday of November; Hawaii and most of Arizona do not. China does not change "
                "its clocks, so the gap to Beijing moves by an hour twice a year. New York is 12 hours behind Beijing "
                "in summer and 13 in winter; San Francisco is 15 and 16 hours behind.</p><p>In practice the workable "
                "overlap for the East Coast is your evening and their morning: 20:00 to 22:00 in Beijing is 08:00 to "
                "10:00 in New York in summer. For the West Coast there is almost no comfortable overlap; someone has "
                "to start early or finish late, and it should usually be you, not the candidate. Always write the time "
                "in both zones in the invitation ('Tuesday 9:00 a.m. Pacific / Wednesday 0:00 Beijing'), and let the "
                "calendar tool convert rather than doing it in your head.</p><h3>Weekends, holidays and "
                "rest</h3><p>The working week is Monday to Friday. There are eleven federal holidays, including "
                "Juneteenth (19 June) since 2021. Several are fixed to a Monday, such as Memorial Day (last Monday of "
                "May) and Labor Day (first Monday of September), and Thanksgiving is the fourth Thursday of November, "
                "so their dates move every year. When a fixed-date holiday falls on a Saturday it is usually observed "
                "on the Friday, and on a Sunday the Monday. Federal law does not oblige private employers to give "
                "holidays or paid vacation; most do by custom, and states add their own days. Avoid the week of "
                "Thanksgiving and the last two weeks of December entirely.</p><p>There is no federal daily rest-period "
                "rule, but American candidates guard their evenings and weekends, and many are interviewing while "
                "employed. Offer early-morning, lunchtime or late-afternoon slots in their zone, never a weekend, and "
                "never 'just a quick call tonight'.</p>",
                "<p>美国本土横跨四个时区，从东部时间（UTC-5）到太平洋时间（UTC-8），阿拉斯加和夏威夷更靠西。大多数州在三"
                "月第二个星期日把时钟拨快一小时，十一月第一个星期日拨回；夏威夷和亚利桑那州大部分地区不实行夏令时。中国"
                "不调整时钟，所以与北京的时差每年变化两次。纽约夏季比北京晚12小时、冬季晚13小时；旧金山则晚15小时和16小"
                "时。</p><p>实际可行的重叠时段，对美国东海岸而言是你的晚上、对方的早上：夏季北京时间20:00至22:00即纽约时"
                "间08:00至10:00。对西海岸几乎没有舒适的重叠时段，总有一方要早起或晚睡，通常应该是你，而不是候选人。邀请"
                "函中务必写明两个时区的时间（“太平洋时间周二上午9:00 / 北京时间周三0:00”），并让日历工具换算，不要心算"
                "。</p><h3>周末、节假日与休息</h3><p>工作周为周一至周五。联邦假日共十一个，2021年起新增了六月节（6月19日"
                "）。其中几个固定在星期一，例如阵亡将士纪念日（五月最后一个星期一）和劳动节（九月第一个星期一），感恩节"
                "则是十一月第四个星期四，所以日期每年都不同。固定日期的假日若逢周六，通常在周五补休；逢周日则在周一补休"
                "。联邦法律并不强制私营雇主提供节假日或带薪年假，多数公司出于惯例会给，各州还有自己的假日。感恩节所在的"
                "那一周和十二月最后两周应完全避开。</p><p>联邦法律没有规定每日最低休息时间，但美国候选人非常重视晚上和周"
                "末，而且很多人是在职求职。请提供对方时区的清晨、午餐或傍晚时段，绝不安排周末，也绝不说“今晚就简单聊几"
                "句”。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("The March and November trap", "三月和十一月的陷阱"),
                "body": _t(
                    "<p>Between the second Sunday of March and the first Sunday of November, a recurring meeting set "
                    "in Beijing time lands an hour earlier for the American side. Re-check every interview booked "
                    "across those dates, and send the candidate the time in their own zone.</p>",
                    "<p>在三月第二个星期日至十一月第一个星期日之间，按北京时间设置的周期性会议，对美方来说会提前一小时。"
                    "凡是跨越这两个日期预订的面试都要重新核对，并把对方时区的时间发给候选人。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a US interview", "美国面试前的后勤事项"),
                "items": [
                    _t(
                        "Confirm the candidate's city and time zone, not just the state (some states span two zones).",
                        "确认候选人所在城市和时区，而不仅仅是州（有些州横跨两个时区）。",
                    ),
                    _t(
                        "Offer at least three slots inside their working day, written in both zones.",
                        "在对方工作时间内提供至少三个时段，并写明两个时区的时间。",
                    ),
                    _t(
                        "Check the date against federal and state holidays and school breaks for the location.",
                        "核对日期是否与当地联邦假日、州假日及学校假期冲突。",
                    ),
                    _t(
                        "Test the video tool on the candidate's likely setup; many US firms block some apps.",
                        "按候选人可能使用的设备测试视频工具；不少美国公司会屏蔽某些应用。",
                    ),
                    _t(
                        "If an interpreter is needed, book them and tell the candidate in the invitation.",
                        "如需译员，提前预约，并在邀请函中告知候选人。",
                    ),
                    _t(
                        "Ask HR for the approved pay range and the local rules on salary questions.",
                        "向HR索取已批准的薪资范围，以及当地关于薪资提问的规定。",
                    ),
                    _t(
                        "Send a calendar invitation with a named contact and a dial-in fallback.",
                        "发送日历邀请，写明联系人，并附备用拨入方式。",
                    ),
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: preparing the interview", "自测：面试前准备"),
                "category": "Etiquette and professional image/Before the interview",
                "count": 2,
            },
        ),
    ],
}

PRACTICE = {
    "slug": "us-practice",
    "title": _t("Practice: a first-round interview in New York", "练习：纽约的一轮面试"),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>This practice lesson brings the module together. Work through it in threes: one person interviews, "
                "one plays the candidate, one observes with the evaluation form. Swap roles after each round. Before "
                "you start, the interviewer completes the checklist below; afterwards, the observer leads a ten-minute "
                "debrief using the do and don't pairs.</p>"
                "<p>The scenario is deliberately ordinary. Most risky moments in American interviews do not come from "
                "a hostile candidate; they come from friendly small talk that drifts into family, age or pay, and from "
                "an interviewer who wants to be liked and starts making promises. Watch for those two drifts.</p>",
                "<p>本练习课把整个模块串起来。三人一组：一人担任面试官，一人扮演候选人，一人拿着评价表观察。每轮结束后轮"
                "换角色。开始前，面试官先完成下面的检查清单；结束后，由观察员用“应做/不应做”对照表主持十分钟复盘。"
                "</p><p>这个情景刻意设计得很平常。美国面试中的大多数风险时刻，并非来自咄咄逼人的候选人，而是来自友好的闲"
                "聊不知不觉滑向家庭、年龄或薪资，以及面试官想讨人喜欢而开始许诺。请重点留意这两种“跑偏”。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t("Key account manager, New York City office", "纽约办公室大客户经理"),
                "setting": _t(
                    "A 45-minute video interview. The interviewer is in Shanghai at 21:00; the candidate is at home in "
                    "Brooklyn at 09:00 on a Tuesday in October. The role manages three retail chains and reports to "
                    "the US country manager. The approved base pay range is known to the interviewer.",
                    "45分钟视频面试。面试官在上海，时间是晚上21:00；候选人在布鲁克林家中，当地时间是十月某个星期二上午"
                    "09:00。该岗位负责三家零售连锁客户，向美国区总经理汇报。面试官已知已批准的基本薪资范围。",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Run a structured interview: two behavioural questions on account growth and on a lost "
                            "deal, one situational question about a late shipment from China. Explain the role "
                            "honestly, including the 12-hour time difference with headquarters. Close with next steps "
                            "and a date.",
                            "进行结构化面试：两道行为题（客户增长、丢单经历），一道情景题（从中国发货延迟怎么办）。"
                            "如实介绍岗位，包括与总部12小时的时差。结束时说明后续步骤和时间。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Dana Brooks, an experienced account manager. Answer well, but test the "
                            "interviewer: in small talk mention that you 'finally got the kids back to school'; "
                            "mention that you graduated 'a long time ago, back in 1996'; when pay comes up, say your "
                            "current base and ask whether they can beat it; ask whether the role could become a "
                            "director post within a year.",
                            "你是 Dana Brooks，一位资深大客户经理。好好回答问题，但要考验面试官：闲聊时提到“孩子们终于"
                            "开学了”；提到自己“很早以前，1996年就毕业了”；谈到薪资时说出现在的基本工资，并问对方能否"
                            "给得更高；问这个岗位一年内能否升为总监。",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "Score the interview on the standard evaluation form and note, with the exact words, every "
                            "moment the interviewer followed a protected topic, relied on or asked about pay history, "
                            "or made a promise about promotion.",
                            "用标准评价表为面试打分，并逐字记录面试官每一次顺着受保护话题追问、询问或依据薪资历史、或就"
                            "晋升作出承诺的时刻。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "Structure and timing; quality of probing on the STAR answers; whether the interviewer "
                    "acknowledged the children and graduation remarks politely and moved on without follow-up; whether "
                    "pay was handled by stating the approved range rather than asking about or matching current pay; "
                    "honesty about the time difference; no promise of promotion; clear next steps without revealing "
                    "the outcome.",
                    "结构与时间控制；对 STAR 回答的追问质量；面试官是否礼貌回应孩子和毕业年份的话题后不加追问地转回正题"
                    "；薪资是否通过说明已批准范围来处理，而不是询问或对标现薪；是否如实说明时差；是否未承诺晋升；是否清"
                    "楚说明后续步骤且未透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: United States", "面试前检查清单：美国"),
                "items": [
                    _t(
                        "I know the state and city where the job is located and asked HR about local rules.",
                        "我已确认岗位所在的州和城市，并向HR了解了当地规定。",
                    ),
                    _t(
                        "My questions are written down and are the same for every candidate.",
                        "我的问题已写好，且对每位候选人都相同。",
                    ),
                    _t(
                        "None of my questions touches age, family, health, religion, origin or pay history.",
                        "我的问题中没有任何一个涉及年龄、家庭、健康、宗教、出身或薪资历史。",
                    ),
                    _t(
                        "I have the approved pay range and know what I may say about it.",
                        "我已拿到已批准的薪资范围，并清楚可以对候选人说到什么程度。",
                    ),
                    _t(
                        "The time is confirmed in both zones and checked against daylight-saving changes.",
                        "时间已按两个时区确认，并核对过夏令时变化。",
                    ),
                    _t(
                        "I have a short, honest description of the team, the reporting line and HQ working hours.",
                        "我准备好了对团队、汇报关系和总部工作时间的简短而真实的介绍。",
                    ),
                    _t(
                        "I know the next steps and the date the candidate will hear from us.",
                        "我清楚后续步骤，以及候选人会在哪天收到我们的消息。",
                    ),
                    _t(
                        "I have the evaluation form open and will take evidence notes as I go.",
                        "我已打开评价表，会在面试过程中随时记录证据。",
                    ),
                ],
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Handling the candidate's tests", "如何应对候选人的“考题”"),
                "pairs": [
                    {
                        "do": _t(
                            "Acknowledge 'the kids are back at school' warmly in one sentence and return to the "
                            "agenda.",
                            "用一句话友好回应“孩子开学了”，然后回到面试议程。",
                        ),
                        "dont": _t(
                            "Ask how many children they have or who looks after them.",
                            "问对方有几个孩子、孩子由谁照看。",
                        ),
                    },
                    {
                        "do": _t(
                            "Let the graduation year pass without comment and ask about recent results.",
                            "对毕业年份不作评论，转而询问近期业绩。",
                        ),
                        "dont": _t(
                            "Joke about experience, energy or 'fitting in with a young team'.",
                            "拿资历、精力或“能否融入年轻团队”开玩笑。",
                        ),
                    },
                    {
                        "do": _t(
                            "State the approved range and ask what they expect for this role.",
                            "说明已批准的薪资范围，并询问对方对这个岗位的期望。",
                        ),
                        "dont": _t(
                            "Ask for their current salary or promise to beat it.",
                            "询问对方现在的工资，或承诺给得更高。",
                        ),
                    },
                    {
                        "do": _t(
                            "Describe how promotions actually happen and how long they have taken for others.",
                            "如实说明晋升的实际机制，以及其他人通常用了多长时间。",
                        ),
                        "dont": _t(
                            "Say 'I'm sure you'll be a director within a year.'",
                            "说“我相信你一年内就能当上总监”。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: the United States", "自测：美国"),
                "category": "Cross-cultural communication and taboos/Regions/United States",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-us",
    "order": 41,
    "title": _t("Regional module: United States", "地区模块：美国"),
    "summary": _t(
        "Adds the United States endorsement to your interviewer certificate. Covers the federal, state and city rules "
        "on what you may ask (Title VII, ADEA, ADA, pregnancy law, salary-history bans), how American candidates "
        "expect an interview to run, scheduling across US time zones and holidays, and a practice interview set in "
        "New York.",
        "完成后可在面试官证书上增加“美国”地区授权。内容包括：联邦、州和城市关于可问与不可问的规则（民权法案第七章、"
        "就业年龄歧视法、美国残疾人法、怀孕相关法律、薪资历史禁令），美国候选人对面试的预期，跨美国时区与节假日的排期，"
        "以及一场以纽约为背景的模拟面试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 95,
    "regions": ["US"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Name the federal statutes that restrict interview questions in the US and explain why state and city law "
            "can add more.",
            "说出限制美国面试提问的联邦法律，并解释州和城市法律为何可能增加限制。",
        ),
        _t(
            "Replace questions about age, family, health, religion, origin and pay history with lawful, job-related "
            "alternatives.",
            "把涉及年龄、家庭、健康、宗教、出身和薪资历史的问题，替换为合法且与岗位相关的提问。",
        ),
        _t(
            "Run an interview in the direct, first-name style American candidates expect while probing confident "
            "answers for evidence.",
            "以美国候选人习惯的直接、互称名字的方式进行面试，同时对自信的回答追问证据。",
        ),
        _t(
            "Schedule across US time zones, daylight-saving changes and holidays without burdening the candidate.",
            "在美国各时区、夏令时变化和节假日之间合理排期，不给候选人增加负担。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
