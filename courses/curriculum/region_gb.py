"""Regional module: interviewing candidates in the United Kingdom."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["GB"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "gb-law-and-protected-topics",
    "title": _t("The law and protected topics in the United Kingdom", "英国的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        (
            "heading",
            {
                "text": _t(
                    "The Equality Act 2010 and what it means for interviews", "《2010年平等法》对面试意味着什么"
                ),
                "level": 2,
            },
        ),
        (
            "rich_text",
            _t(
                "<p>In England, Scotland and Wales the main statute is the <strong>Equality Act 2010</strong>. "
                "Northern Ireland has its own, separate equality legislation, so check with HR if the role is based in "
                "Belfast. Section 4 lists nine protected characteristics: age, disability, gender reassignment, "
                "marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual "
                "orientation. Section 39 makes it unlawful to discriminate against an applicant in the arrangements "
                "for deciding who gets the job, in the terms offered or by not offering it. 'Arrangements' include the "
                "questions you ask and the way you score them.</p><p>The UK has one rule that surprises many foreign "
                "managers. <strong>Section 60</strong> says that an employer must not ask about an applicant's health "
                "before offering work, or before putting them in a pool of people to be offered work. There are narrow "
                "exceptions, the most useful being questions needed to make reasonable adjustments to the recruitment "
                "process itself and questions about a function that is intrinsic to the job. Only the Equality and "
                "Human Rights Commission can enforce section 60 directly, but if a candidate later brings a disability "
                "discrimination claim, a prohibited health question shifts the burden to the employer to prove it did "
                "not discriminate.</p><p>Three other rules often matter. Under the <strong>Rehabilitation of Offenders "
                "Act 1974</strong>, most convictions become 'spent' after a set period and need not be disclosed for "
                "most jobs, except roles listed as exempt, such as work with children or vulnerable adults. Employers "
                "must check every new hire's right to work in the UK, and the Home Office code of practice says to do "
                "it the same way for everyone so the check does not become race discrimination. And notes you take are "
                "personal data under the UK GDPR and the Data Protection Act 2018: write only what you would be "
                "comfortable for the candidate to read, because they can ask for it.</p>",
                "<p>在英格兰、苏格兰和威尔士，主要法律是<strong>《2010年平等法》</strong>。北爱尔兰有独立的平等立法，如"
                "果岗位在贝尔法斯特，请向HR确认。第4条列出九项受保护特征：年龄、残疾、性别重置、婚姻与民事伴侣关系、怀孕"
                "与生育、种族、宗教或信仰、性别、性取向。第39条规定，在决定录用谁的安排中、在提供的条件上或以不予录用的"
                "方式歧视求职者，均属违法。“安排”包括你提出的问题以及评分方式。</p><p>英国有一条让很多外国管理者意外的"
                "规定。<strong>第60条</strong>规定，雇主在提供工作之前，或在把求职者放入待录用人选库之前，不得询问其健康"
                "状况。例外情形很窄，最常用的是：为招聘流程本身提供合理调整所必需的问题，以及关于岗位固有职能的问题。只"
                "有平等与人权委员会（EHRC）可以直接执行第60条，但如果候选人日后提起残疾歧视索赔，一个被禁止的健康问题会"
                "把举证责任转移给雇主，由雇主证明自己没有歧视。</p><p>另有三条规定也经常涉及。根据<strong>《1974年罪犯改"
                "造法》</strong>，大多数定罪在规定期限后即成为“已失效”，应聘大多数工作时无需披露，但列为例外的岗位除外"
                "，例如与儿童或弱势成年人相关的工作。雇主必须核查每位新员工在英国的工作资格，而内政部的业务守则要求对所"
                "有人采用同样的方式核查，以免核查本身构成种族歧视。此外，你做的笔记属于《英国通用数据保护条例》和《"
                "2018年数据保护法》下的个人数据：只写你愿意让候选人看到的内容，因为对方有权要求查阅。</p>",
            ),
        ),
        _taboo(
            _t("Health, sickness absence and disability", "健康、病假与残疾"),
            _t(
                "Before an offer, questions such as 'How many days were you off sick last year?' or 'Do you have any "
                "health conditions?' breach section 60 and can shift the burden of proof in a discrimination claim.",
                "录用前询问“你去年请了几天病假？”或“你有什么健康问题吗？”违反第60条，并可能在歧视索赔中转移举证责任。",
            ),
            _t(
                "Equality Act 2010, s. 60 (enquiries about disability and health before an offer); s. 20 (duty to make "
                "reasonable adjustments); s. 39 (applicants).",
                "《2010年平等法》第60条（录用前询问残疾与健康）；第20条（合理调整义务）；第39条（求职者）。",
            ),
            _t(
                "Before the interview: 'Do you need any adjustments for the interview or assessment?' During it: ask "
                "about the ability to carry out a function intrinsic to the job. Leave health questionnaires to HR "
                "after a conditional offer.",
                "面试前问：“面试或测评需要我们做什么调整吗？”面试中只询问能否履行岗位固有职能。健康问卷留待附条件录用"
                "后由HR处理。",
            ),
        ),
        _taboo(
            _t("Pregnancy, maternity and plans for children", "怀孕、生育与生育计划"),
            _t(
                "Asking whether a candidate is pregnant, planning a family or returning from maternity leave invites a "
                "claim that the answer influenced the decision, and such questions are almost always put to women.",
                "询问候选人是否怀孕、是否打算要孩子或是否刚休完产假，会引发“答案影响了录用决定”的索赔，而且这类问题几"
                "乎只问女性。",
            ),
            _t(
                "Equality Act 2010, s. 4 (pregnancy and maternity; sex), s. 13 (direct discrimination), s. 39.",
                "《2010年平等法》第4条（怀孕与生育；性别）、第13条（直接歧视）、第39条。",
            ),
            _t(
                "Explain the genuine demands of the role, such as regular travel to Shenzhen, and ask every candidate "
                "whether they can meet them.",
                "说明岗位的真实要求，例如定期出差深圳，并向每位候选人询问能否做到。",
            ),
        ),
        _taboo(
            _t("Age and dates that reveal it", "年龄及暴露年龄的日期"),
            _t(
                "'When did you leave school?', 'You must be near retirement' or 'We need someone with fresh energy' "
                "all point at age. Age is the one characteristic where direct discrimination can sometimes be "
                "justified, but the employer must prove it, and an interview remark rarely helps.",
                "“你哪年毕业离校的？”“你快退休了吧？”“我们需要有朝气的人”都指向年龄。年龄是唯一一项直接歧视在某些"
                "情况下可以被证明合理的特征，但须由雇主举证，而面试中的一句话很少会对雇主有利。",
            ),
            _t(
                "Equality Act 2010, s. 5 (age), s. 13(2), s. 39.",
                "《2010年平等法》第5条（年龄）、第13条第2款、第39条。",
            ),
            _t(
                "Ask for the depth of experience the role needs: 'Tell me about the most complex month-end close you "
                "have run.'",
                "询问岗位所需的经验深度：“讲讲你主导过的最复杂的一次月末结账。”",
            ),
        ),
        _taboo(
            _t("Race, nationality, accent and right to work", "种族、国籍、口音与工作资格"),
            _t(
                "In the Act, race includes colour, nationality and ethnic or national origins. Asking only candidates "
                "who 'look foreign' for immigration documents, or commenting on an accent, is evidence of race "
                "discrimination.",
                "该法中的种族包括肤色、国籍以及民族或国家出身。只要求“看起来像外国人”的候选人出示移民证件，或评论口音"
                "，都是种族歧视的证据。",
            ),
            _t(
                "Equality Act 2010, s. 9 (race); Home Office code of practice for employers on avoiding unlawful "
                "discrimination while preventing illegal working (issued under the Immigration, Asylum and "
                "Nationality Act 2006, s. 23).",
                "《2010年平等法》第9条（种族）；内政部《雇主在防止非法用工时避免违法歧视的业务守则》（依据《2006年移民、"
                "庇护与国籍法》第23条发布）。",
            ),
            _t(
                "Ask every candidate the same question: 'Do you have the right to work in the UK, and would you need "
                "visa sponsorship?' HR checks documents for everyone at the same stage.",
                "对所有候选人问同一个问题：“你是否具备在英国工作的资格？是否需要公司担保签证？”由HR在同一阶段为所有人"
                "核验证件。",
            ),
        ),
        _taboo(
            _t("Religion or belief", "宗教或信仰"),
            _t(
                "Questions about faith, prayer or which holidays a candidate observes link the decision to religion or "
                "belief, which includes lack of belief.",
                "询问信仰、祈祷或候选人过哪些宗教节日，会把录用决定与宗教或信仰挂钩；“信仰”也包括无信仰。",
            ),
            _t(
                "Equality Act 2010, s. 10 (religion or belief), s. 39.",
                "《2010年平等法》第10条（宗教或信仰）、第39条。",
            ),
            _t(
                "Describe the working pattern, such as quarter-end weekends, and ask whether the candidate can work "
                "it.",
                "说明工作安排，例如季末周末需要值守，询问候选人能否配合。",
            ),
        ),
        _taboo(
            _t("Marriage, partners, sexual orientation and gender reassignment", "婚姻、伴侣、性取向与性别重置"),
            _t(
                "'Will your wife relocate too?' assumes marital status and the partner's sex. Questions about a "
                "partner, a name change or gender history are not job-related and touch three protected "
                "characteristics at once.",
                "“你太太也会一起搬过来吗？”既预设了婚姻状况，也预设了伴侣的性别。询问伴侣、改名或性别经历与岗位无关，"
                "且同时触及三项受保护特征。",
            ),
            _t(
                "Equality Act 2010, s. 7 (gender reassignment), s. 8 (marriage and civil partnership), s. 12 (sexual "
                "orientation), s. 39.",
                "《2010年平等法》第7条（性别重置）、第8条（婚姻与民事伴侣关系）、第12条（性取向）、第39条。",
            ),
            _t(
                "Ask about the job: 'The role is based in Manchester from June. Does that work for you?'",
                "只问岗位本身：“岗位自六月起常驻曼彻斯特，这个安排你可以接受吗？”",
            ),
        ),
        _taboo(
            _t("Criminal convictions", "犯罪记录"),
            _t(
                "Asking about all convictions for an ordinary role pressures candidates to disclose spent convictions "
                "they are entitled to keep private, and treating a spent conviction as a reason to reject is unlawful "
                "for roles the Act covers.",
                "在普通岗位上询问全部犯罪记录，会迫使候选人披露本可不披露的已失效定罪；对于该法适用的岗位，因已失效定罪"
                "而拒绝录用是违法的。",
            ),
            _t(
                "Rehabilitation of Offenders Act 1974 and the Exceptions Order 1975 for exempt roles. Rehabilitation "
                "periods differ in Scotland, and Northern Ireland has its own order.",
                "《1974年罪犯改造法》及针对例外岗位的《1975年例外令》。苏格兰的失效期限不同，北爱尔兰另有单独法令。",
            ),
            _t(
                "Leave it to HR's documented process: for most roles, a question limited to unspent convictions, asked "
                "at the stage the policy sets.",
                "交给HR按书面流程处理：对大多数岗位，只在政策规定的阶段询问未失效的定罪。",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training and have not been reviewed by counsel. The rules "
                    "in Northern Ireland and, for criminal records, in Scotland differ. Ask UK HR before every new "
                    "hiring process.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核。北爱尔兰的规定不同，苏格兰在犯罪记录方面的"
                    "规定也不同。每次启动新的招聘流程前，请先咨询英国HR。</p>",
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
    "slug": "gb-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in UK interviews", "英国面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Polite, understated, structured", "礼貌、含蓄、有章法"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>British interviews are courteous and usually on first-name terms from the start. A handshake, a "
                "smile and a minute of small talk about the journey or the weather is the normal opening; on video, a "
                "friendly 'How are you?' that expects a short answer. Punctuality matters: be there, or online, a few "
                "minutes early. Many organisations, especially in the public sector and large companies, use "
                "competency-based interviews, so candidates are used to structured questions and often answer in a "
                "STAR shape.</p>"
                "<p>The biggest trap is understatement. British candidates tend to play achievements down: 'I was "
                "reasonably involved', 'it went quite well' or 'I helped out with the migration' may cover a leading "
                "role and a strong result. Modesty is a social habit, not a lack of confidence, and an interviewer "
                "from a culture that expects people to state their contribution may under-score it. Ask for the "
                "specifics: 'What was your part?', 'What would have happened without you?', 'What was the figure?'</p>"
                "<p>Indirectness works both ways. 'That's an interesting approach' can mean 'I disagree', and 'I'll "
                "think about it' can mean 'no'. When the candidate asks you questions, answer plainly, and when you "
                "disagree with something they said, say so kindly but clearly. Humour, often self-deprecating, is "
                "common; take it in good spirit but do not joke about nationality, regions or class. Avoid asking "
                "which school someone attended unless it is about a qualification: in the UK it can be read as a proxy "
                "for class, religion or ethnicity.</p>"
                "<p>Accents vary greatly across the UK. If you do not understand, say 'Sorry, could you say that "
                "again?' rather than guessing; never comment on the accent. If your own English is limited, tell the "
                "candidate in advance and consider an interpreter. Candidates value feedback and a clear timetable; "
                "do not tell them the outcome in the room, but do tell them when they will hear.</p>",
                "<p>英国的面试彬彬有礼，通常一开始就互称名字。标准开场是握手、微笑，再花一分钟聊聊路上情况或天气；视频面"
                "试时，一句友好的“你好吗？”，对方也只期待简短回答。守时很重要：无论现场还是线上，都要提前几分钟到。许"
                "多机构，尤其是公共部门和大公司，采用胜任力面试，所以候选人习惯结构化提问，常常按 STAR 结构回答。"
                "</p><p>最大的陷阱是含蓄。英国候选人往往淡化自己的成绩：“我参与得还算多”“进展得还可以”“我在迁移项目"
                "上帮了点忙”，背后可能是主导角色和很好的结果。谦虚是社交习惯，不是缺乏自信；来自“应该直说自己贡献”的"
                "文化背景的面试官，很容易因此打低分。请追问具体情况：“你负责哪一部分？”“没有你会怎样？”“具体数字是"
                "多少？”</p><p>含蓄是双向的。“这个思路很有意思”可能意味着“我不同意”，“我考虑一下”可能意味着“不行"
                "”。候选人向你提问时，请直接回答；不同意对方的观点时，语气温和但意思要清楚。幽默（常常是自嘲）很常见，"
                "可以善意接受，但不要拿国籍、地区或阶层开玩笑。除非涉及学历资格，否则不要问对方上的是哪所中学：在英国，"
                "这可能被理解为在打探阶层、宗教或族裔。</p><p>英国各地口音差异很大。听不懂时，请说“抱歉，能再说一遍吗？"
                "”而不是猜测，绝不要评论口音。如果你自己的英语有限，请提前告知候选人并考虑安排译员。候选人重视反馈和明"
                "确的时间表；不要当场告知结果，但要告诉对方何时会收到消息。</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer hidden in understatement", "藏在含蓄表达里的好回答"),
                "situation": _t(
                    "At a housing association in Leeds, our rent system migration had slipped three months and the "
                    "regulator's reporting deadline was six weeks away.",
                    "在利兹的一家住房协会，我们的租金系统迁移已经延误三个月，而距离监管机构的报送截止日只剩六周。",
                ),
                "task": _t(
                    "I was asked to 'help out' with the data side, which in practice meant getting 40,000 tenancy "
                    "records reconciled.",
                    "我被请去“帮忙”处理数据部分，实际上就是要把四万条租约记录核对清楚。",
                ),
                "action": _t(
                    "I wrote the reconciliation rules, ran daily exception reports, and agreed with the finance "
                    "director to freeze manual changes for two weeks. I was reasonably involved in the cut-over "
                    "weekend.",
                    "我编写了核对规则，每天出具异常报告，并与财务总监商定冻结人工修改两周。切换那个周末我也“参与得还算"
                    "多”。",
                ),
                "result": _t(
                    "We filed on time with no restated figures. It went quite well, I think.",
                    "我们按时报送，没有任何数据需要更正。我觉得还算顺利。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "The phrasing is modest, but the content shows ownership, judgement and a clear result. A probing "
                    "question ('Who decided to freeze manual changes?') brings the real contribution out.",
                    "措辞谦虚，但内容体现了担当、判断力和清晰的结果。一个追问（“冻结人工修改是谁决定的？”）就能让真实"
                    "贡献显现出来。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: the hypothetical", "弱的回答：假设式回答"),
                "situation": _t(
                    "If there were a conflict between two teams over priorities...",
                    "如果两个团队在优先级上发生冲突……",
                ),
                "task": _t("I would want to make sure everyone was aligned.", "我会确保大家目标一致。"),
                "action": _t(
                    "I would probably get them in a room, listen to both sides and find a compromise.",
                    "我大概会把他们叫到一起，听取双方意见，然后找到折中方案。",
                ),
                "result": _t("Hopefully everyone would be happy with the outcome.", "希望大家都会满意。"),
                "verdict": "weak",
                "commentary": _t(
                    "The question asked for a real past example, but the candidate answered with what they would do. "
                    "Hypotheticals show intentions, not behaviour. Ask again: 'Can you think of a time this actually "
                    "happened?'",
                    "问题要的是真实的过往事例，候选人回答的却是“会怎么做”。假设式回答只能体现意图，不能体现行为。请再"
                    "问一次：“能举一个真实发生过的例子吗？”",
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
                            "Probe modest statements for the candidate's own role and numbers.",
                            "对谦虚的表述追问候选人本人的角色和数字。",
                        ),
                        "dont": _t("Take 'I helped a bit' at face value.", "把“我帮了点忙”当真。"),
                    },
                    {
                        "do": _t("Ask a candidate to repeat if you did not understand.", "没听懂时请对方再说一遍。"),
                        "dont": _t("Comment on or imitate a regional accent.", "评论或模仿地方口音。"),
                    },
                    {
                        "do": _t(
                            "Say clearly, and kindly, when you see it differently.",
                            "与对方看法不同时，温和而清楚地说出来。",
                        ),
                        "dont": _t(
                            "Ask which school they went to or about their parents' jobs.",
                            "询问对方上的哪所中学或父母的职业。",
                        ),
                    },
                    {
                        "do": _t("Tell them when they will hear from you.", "告诉对方何时会收到消息。"),
                        "dont": _t("Hint at the outcome before the panel has decided.", "在面试小组决定之前暗示结果。"),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with UK candidates", "自测：与英国候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "gb-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for UK interviews", "英国面试的排期与后勤"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Clocks, bank holidays and rest", "时钟、银行假日与休息"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>The UK uses Greenwich Mean Time (UTC+0) in winter and British Summer Time (UTC+1) from the last "
                "Sunday of March to the last Sunday of October. Beijing is eight hours ahead in winter and seven in "
                "summer. The comfortable window is your late afternoon and their morning: 16:00 to 19:00 in Beijing is "
                "09:00 to 12:00 in London in summer and 08:00 to 11:00 in winter. Avoid Monday mornings and Friday "
                "afternoons in the UK if you can; many people use them for planning and travel.</p><p>Public holidays "
                "are called bank holidays, and the list differs within the UK: eight in England and Wales, nine in "
                "Scotland and ten in Northern Ireland. Good Friday moves with Easter, and Easter Monday is a holiday "
                "everywhere except Scotland. Several holidays are fixed to Mondays: the early May bank holiday, the "
                "spring bank holiday at the end of May and the summer bank holiday at the end of August (at the start "
                "of August in Scotland). Scotland adds 2 January and St Andrew's Day; Northern Ireland adds St "
                "Patrick's Day and 12 July. When a holiday falls at the weekend, a 'substitute day' is usually given "
                "on the next working day. There is no automatic legal right to take bank holidays off; most employers "
                "give them as part of the statutory 5.6 weeks of paid leave, so assume people are "
                "away.</p><h3>Working-time rules and custom</h3><p>The Working Time Regulations 1998 give workers at "
                "least 11 consecutive hours of rest in each 24 hours, 24 hours of rest each week and a 20-minute break "
                "when the day exceeds six hours, and they limit the average week to 48 hours unless the worker opts "
                "out in writing. These rules apply to your UK panel members. Candidates who are employed often have "
                "one to three months' notice, and more at senior level; school half-term weeks, August and the period "
                "from Christmas to New Year are slow.</p><p>For on-site interviews, send the full address, the name of "
                "the person who will meet them, and accessibility information for the building. Offer to reimburse "
                "reasonable travel if your policy allows, and say so in the invitation.</p>",
                "<p>英国冬季使用格林尼治标准时间（UTC+0），每年三月最后一个星期日至十月最后一个星期日使用英国夏令时（"
                "UTC+1）。北京冬季比英国早八小时，夏季早七小时。舒适的时段是你的傍晚、对方的上午：北京时间16:00至19:00，"
                "夏季相当于伦敦09:00至12:00，冬季为08:00至11:00。如有可能，避开英国的周一上午和周五下午，很多人会用这两"
                "个时段做计划和出行。</p><p>英国的公共假日称为银行假日，而且英国内部各地不同：英格兰和威尔士八天，苏格兰"
                "九天，北爱尔兰十天。耶稣受难日随复活节变动，复活节星期一除苏格兰外都放假。有几个假日固定在星期一：五月"
                "初银行假日、五月底的春季银行假日，以及八月底的夏季银行假日（苏格兰为八月初）。苏格兰另有1月2日和圣安德"
                "鲁节；北爱尔兰另有圣帕特里克节和7月12日。假日逢周末时，通常在下一个工作日安排“替代假日”。法律并未自动"
                "赋予员工在银行假日休息的权利；多数雇主把银行假日计入法定的5.6周带薪假期中，所以请默认对方在这些日子不上"
                "班。</p><h3>工时规定与惯例</h3><p>《1998年工作时间条例》规定，劳动者每24小时至少连续休息11小时，每周休"
                "息24小时，工作日超过六小时须有20分钟休息，并将平均周工时限制在48小时以内，除非劳动者书面选择退出。这些"
                "规定同样适用于你的英国面试官。在职候选人通常有一到三个月的离职通知期，高级职位更长；学校期中假期、八月"
                "以及圣诞到新年期间，招聘进度都会放慢。</p><p>现场面试时，请发送完整地址、接待人姓名以及楼宇无障碍信息。"
                "如公司政策允许，主动提出报销合理差旅费用，并在邀请函中写明。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Ask about adjustments in every invitation", "每封邀请函都询问调整需求"),
                "body": _t(
                    "<p>Add one line to every UK interview invitation: 'Please let us know if you need any adjustments "
                    "for the interview.' It is one of the questions section 60 allows before an offer, it shows "
                    "respect, and it avoids surprises on the day.</p>",
                    "<p>在每一封英国面试邀请函中加一句：“如面试需要任何调整，请告知我们。”这是第60条允许在录用前提出的"
                    "问题之一，既体现尊重，也能避免面试当天出现意外。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a UK interview", "英国面试前的后勤事项"),
                "items": [
                    _t(
                        "Confirm which part of the UK the role is in and check that nation's bank holidays.",
                        "确认岗位位于英国哪个地区，并核对该地区的银行假日。",
                    ),
                    _t(
                        "Offer slots within UK working hours, written in both zones and checked for clock changes.",
                        "在英国工作时间内提供时段，写明两个时区的时间并核对时钟调整。",
                    ),
                    _t("Include the adjustments question in the invitation.", "在邀请函中加入调整需求的询问。"),
                    _t(
                        "Agree with HR when and how right-to-work checks are done for all candidates.",
                        "与HR确定对所有候选人何时、如何进行工作资格核查。",
                    ),
                    _t(
                        "Prepare a plain description of the role, the team and the hours.",
                        "准备好对岗位、团队和工时的平实描述。",
                    ),
                    _t(
                        "Book an interpreter if needed and tell the candidate in advance.",
                        "如需译员，提前预约并告知候选人。",
                    ),
                    _t(
                        "Remember that notes are personal data: record evidence, not opinions about the person.",
                        "牢记笔记属于个人数据：记录证据，而不是对个人的评价。",
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
    "slug": "gb-practice",
    "title": _t("Practice: a finance business partner interview in London", "练习：伦敦的财务业务伙伴面试"),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>Work in threes and rotate: interviewer, candidate, observer. The interviewer prepares with the "
                "checklist and runs a 40-minute competency-based interview; the observer scores it on the standard "
                "evaluation form and leads a ten-minute debrief.</p>"
                "<p>The scenario contains a voluntary disclosure. In the UK a candidate may choose to mention a "
                "disability or condition; the interviewer's job is to respond helpfully without turning it into a "
                "health interview. It also tests whether you can draw a strong answer out of an understated "
                "candidate.</p>",
                "<p>三人一组轮换角色：面试官、候选人、观察员。面试官用检查清单做准备，进行40分钟的胜任力面试；观察员用标"
                "准评价表打分，并主持十分钟复盘。</p><p>这个情景包含一次主动披露。在英国，候选人可以选择提及自己的残疾或"
                "身体状况；面试官的任务是给予有益的回应，而不是把面试变成健康询问。它还考察你能否从一位表达含蓄的候选人"
                "身上挖出有力的回答。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t("Finance business partner, London", "财务业务伙伴，伦敦"),
                "setting": _t(
                    "A video interview on a Tuesday at 10:00 London time in June (17:00 in Shenzhen). The role "
                    "supports the UK sales director with forecasts and pricing and reports to the finance lead in "
                    "Shenzhen. An HR partner in London is on the call.",
                    "六月某个星期二伦敦时间10:00（深圳时间17:00）的视频面试。该岗位支持英国销售总监做预测和定价，向深圳"
                    "的财务负责人汇报。伦敦的一位HR伙伴也在线。",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Ask three competency questions: a forecast that turned out wrong; influencing a sales "
                            "leader who disagreed; improving a reporting process. Explain the reporting line to "
                            "Shenzhen and the monthly close timetable honestly.",
                            "提出三道胜任力问题：一次预测失误的经历；说服持不同意见的销售负责人；改进报表流程。"
                            "如实说明向深圳汇报的关系和月度结账时间表。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Priya Shah. At the start, say: 'Just so you know, I have a stammer, so I may take "
                            "a moment on some words.' Answer in an understated way ('I was fairly involved'). Ask "
                            "whether the company will do a criminal record check and how often you would need to join "
                            "calls late in the evening.",
                            "你是 Priya Shah。开场时说：“先说明一下，我有口吃，有些词可能需要多花一点时间。”回答时保持"
                            "含蓄（“我参与得还挺多”）。询问公司是否会做犯罪记录核查，以及需要多频繁地参加深夜的电话会"
                            "。",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "Score on the evaluation form. Record how the interviewer responded to the stammer, how "
                            "they probed the modest answers, and what they said about checks and evening calls.",
                            "用评价表打分。记录面试官如何回应口吃、如何追问谦虚的回答，以及关于背景核查和晚间电话会说了"
                            "什么。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "A brief, natural acknowledgement of the stammer ('Thank you, take all the time you need') with no "
                    "questions about the condition, and no finishing of the candidate's sentences; patient pacing; "
                    "probing that turned 'fairly involved' into specific actions and figures; an accurate answer on "
                    "checks that refers to HR's process rather than improvising; honest information about evening "
                    "calls; next steps without revealing the outcome.",
                    "对口吃的回应简短自然（“谢谢告知，您慢慢说”），不询问病情，也不替候选人把话说完；节奏耐心；"
                    "通过追问把“参与得挺多”变成具体行动和数字；关于背景核查的回答准确，引用HR流程而不是临场发挥；"
                    "如实说明晚间电话会的情况；说明后续步骤且未透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: United Kingdom", "面试前检查清单：英国"),
                "items": [
                    _t(
                        "I know whether the role is in England, Wales, Scotland or Northern Ireland.",
                        "我清楚岗位位于英格兰、威尔士、苏格兰还是北爱尔兰。",
                    ),
                    _t(
                        "My questions are competency-based, written down and the same for all candidates.",
                        "我的问题基于胜任力，已写好，且对所有候选人相同。",
                    ),
                    _t(
                        "There is no health, sickness or disability question before an offer.",
                        "录用前没有任何关于健康、病假或残疾的问题。",
                    ),
                    _t(
                        "Nothing I plan to ask touches age, family, religion, origin, partner or convictions.",
                        "我准备的问题中没有涉及年龄、家庭、宗教、出身、伴侣或犯罪记录的内容。",
                    ),
                    _t(
                        "The invitation asked about adjustments, and any request has been arranged.",
                        "邀请函已询问调整需求，且相关请求均已安排妥当。",
                    ),
                    _t(
                        "I know HR's process for right-to-work and criminal record checks.",
                        "我了解HR关于工作资格和犯罪记录核查的流程。",
                    ),
                    _t("I can describe hours and reporting lines honestly.", "我能如实描述工时和汇报关系。"),
                    _t(
                        "I will write evidence-based notes I would be comfortable for the candidate to read.",
                        "我会写基于证据、即使候选人查阅也无妨的笔记。",
                    ),
                ],
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Handling the scenario's moments", "应对情景中的关键时刻"),
                "pairs": [
                    {
                        "do": _t(
                            "Thank the candidate, give time, and carry on with the same questions.",
                            "感谢候选人告知，给予时间，然后照常提出同样的问题。",
                        ),
                        "dont": _t(
                            "Ask about the stammer's cause, treatment or effect on work.",
                            "询问口吃的原因、治疗或对工作的影响。",
                        ),
                    },
                    {
                        "do": _t(
                            "Follow 'I was fairly involved' with 'What did you personally decide?'",
                            "在“我参与得挺多”之后追问“你本人做了哪些决定？”",
                        ),
                        "dont": _t("Mark the answer down because it sounds modest.", "因为听起来谦虚就打低分。"),
                    },
                    {
                        "do": _t(
                            "Explain that checks follow HR's policy and will be confirmed in writing.",
                            "说明背景核查按HR政策进行，并会书面确认。",
                        ),
                        "dont": _t(
                            "Ask the candidate whether they have ever been in trouble with the police.",
                            "问候选人是否和警方打过交道。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: the United Kingdom", "自测：英国"),
                "category": "Cross-cultural communication and taboos/Regions/United Kingdom",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-gb",
    "order": 43,
    "title": _t("Regional module: United Kingdom", "地区模块：英国"),
    "summary": _t(
        "Adds the United Kingdom endorsement to your interviewer certificate. Covers the Equality Act 2010, including "
        "the section 60 ban on health questions before an offer, spent convictions and right-to-work checks, the "
        "polite and understated style of British candidates, scheduling around bank holidays in the four nations, "
        "and a practice interview set in London.",
        "完成后可在面试官证书上增加“英国”地区授权。内容包括：《2010年平等法》（含第60条禁止录用前询问健康状况）、已失"
        "效定罪与工作资格核查，英国候选人礼貌而含蓄的风格，围绕英国四个地区银行假日的排期，以及一场以伦敦为背景的模拟面"
        "试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 95,
    "regions": ["GB"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Name the nine protected characteristics and explain what section 60 forbids before an offer.",
            "说出九项受保护特征，并解释第60条禁止在录用前做什么。",
        ),
        _t(
            "Handle disability disclosures, right-to-work questions and criminal records lawfully.",
            "合法地处理残疾披露、工作资格问题和犯罪记录。",
        ),
        _t(
            "Draw out the real contribution of understated British candidates without bias.",
            "在没有偏见的前提下，挖掘表达含蓄的英国候选人的真实贡献。",
        ),
        _t(
            "Schedule around UK clock changes, bank holidays and working-time rules.",
            "围绕英国时钟调整、银行假日和工时规定安排面试。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
