"""Regional module: interviewing candidates in Mexico."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["MX"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "mx-law-and-protected-topics",
    "title": _t("The law and protected topics in Mexico", "墨西哥的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": _t("Old habits, clear law", "旧习惯，新法律"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Many Mexican job adverts still ask for an age range, 'good presentation' or a particular marital "
                "status, and some employers still ask women for a certificate showing they are not pregnant. The fact "
                "that a practice is common does not make it lawful. A foreign company that copies local habits takes "
                "on the legal and reputational risk without the local excuse.</p><p>The framework has three layers. "
                "The <strong>Constitution</strong>, art. 1, prohibits discrimination based on ethnic or national "
                "origin, gender, age, disability, social condition, health, religion, opinions, sexual preferences, "
                "marital status or any other ground that attacks human dignity. The <strong>Ley Federal del Trabajo "
                "(LFT)</strong> defines decent work as work without discrimination (art. 2), forbids conditions that "
                "discriminate between workers (art. 3) and, in <strong>art. 133</strong>, prohibits employers and "
                "their representatives from refusing to hire on grounds of ethnic or national origin, gender, age, "
                "disability, social condition, health, religion, opinions, sexual preferences or marital status "
                "(section I) and from requiring certificates of non-pregnancy for hiring, continued employment or "
                "promotion (section XIV). The <strong>Ley Federal para Prevenir y Eliminar la Discriminació"
                "n</strong> defines discrimination broadly, including distinctions based on skin colour, physical "
                "appearance, pregnancy, migratory status, family responsibilities and criminal record (art. 1, "
                "section III), and lists restricting access to employment among discriminatory acts (art. 9). The "
                "national anti-discrimination council, CONAPRED, receives complaints.</p><p>Personal data adds a "
                "fourth layer. Under Mexico's federal law on personal data held by private parties, candidates must "
                "receive a privacy notice (<em>aviso de privacidad</em>) when you collect their data, and sensitive "
                "data such as health, religious beliefs, union membership, political opinions or sexual preference "
                "need express written consent. If you do not need it to decide on the job, do not collect it.</p>",
                "<p>许多墨西哥招聘广告至今仍要求年龄范围、“形象好”或特定婚姻状况，一些雇主还会要求女性出示未怀孕证明"
                "。一种做法很普遍，并不代表它合法。外国公司照搬本地习惯，既承担了法律和声誉风险，又没有“入乡随俗”的"
                "借口可用。</p><p>法律框架分为三层。<strong>《宪法》</strong>第1条禁止基于民族或国籍出身、性别、年龄、"
                "残疾、社会地位、健康、宗教、观点、性取向、婚姻状况或任何其他侵犯人格尊严的理由进行歧视。<strong>《联"
                "邦劳动法》（LFT）</strong>把体面劳动定义为没有歧视的劳动（第2条），禁止设立在劳动者之间造成歧视的条件"
                "（第3条），并在<strong>第133条</strong>禁止雇主及其代表因民族或国籍出身、性别、年龄、残疾、社会地位、"
                "健康、宗教、观点、性取向或婚姻状况拒绝录用（第I项），禁止在录用、留用或晋升时要求提供未怀孕证明（第"
                "XIV项）。<strong>《联邦预防和消除歧视法》</strong>对歧视的定义很宽，包括基于肤色、外貌、怀孕、移民身"
                "份、家庭责任和犯罪记录的区别对待（第1条第III项），并把限制就业机会列为歧视行为（第9条）。国家反歧视委"
                "员会（CONAPRED）受理相关投诉。</p><p>个人数据是第四层。根据墨西哥关于私人主体持有个人数据的联邦法律，"
                "收集候选人数据时必须向其提供隐私声明（<em>aviso de privacidad</em>），而健康、宗教信仰、工会成员身份"
                "、政治观点或性取向等敏感数据需要明示的书面同意。如果录用决定用不到，就不要收集。</p>",
            ),
        ),
        _taboo(
            _t("Pregnancy and non-pregnancy certificates", "怀孕与未怀孕证明"),
            _t(
                "Requiring a certificate of non-pregnancy is expressly prohibited, and asking about pregnancy or plans "
                "for children is evidence of sex discrimination even without a certificate.",
                "法律明文禁止要求提供未怀孕证明；即使不要求证明，询问是否怀孕或生育计划也是性别歧视的证据。",
            ),
            _t(
                "Ley Federal del Trabajo, art. 133, sections I and XIV; Ley Federal para Prevenir y Eliminar la "
                "Discriminación, art. 1, section III (pregnancy).",
                "《联邦劳动法》第133条第I项和第XIV项；《联邦预防和消除歧视法》第1条第III项（怀孕）。",
            ),
            _t(
                "Explain the role's real conditions, such as rotating shifts, and ask every candidate whether they can "
                "work them.",
                "说明岗位的真实条件，例如轮班，并询问每位候选人能否胜任。",
            ),
        ),
        _taboo(
            _t("Marital status and family responsibilities", "婚姻状况与家庭责任"),
            _t(
                "'¿Es casada?', 'Do you have small children?' or 'Who helps you at home?' target grounds the law "
                "names and are put mainly to women.",
                "“你结婚了吗？”“有小孩吗？”“家里有人帮忙吗？”针对的是法律列明的受保护理由，而且主要是问女性。",
            ),
            _t(
                "LFT art. 133, section I (marital status); LFPED art. 1, section III (marital status, family situation "
                "and family responsibilities).",
                "LFT 第133条第I项（婚姻状况）；LFPED 第1条第III项（婚姻状况、家庭状况和家庭责任）。",
            ),
            _t(
                "'This role has a weekly call with Shanghai at 19:00. Can you join it?'",
                "“这个岗位每周要在19:00与上海开一次电话会，你能参加吗？”",
            ),
        ),
        _taboo(
            _t("Age limits", "年龄限制"),
            _t(
                "Age ranges in adverts ('25 to 35 years') are still common in Mexico but are discriminatory. Asking "
                "age in the interview, or rejecting someone as 'too senior', carries the same risk.",
                "招聘广告中的年龄范围（“25至35岁”）在墨西哥仍很常见，但属于歧视。在面试中询问年龄，或以“资历太深”"
                "为由拒绝，也有同样风险。",
            ),
            _t(
                "LFT art. 133, section I (age); LFPED art. 1, section III and art. 9.",
                "LFT 第133条第I项（年龄）；LFPED 第1条第III项和第9条。",
            ),
            _t(
                "Ask for the experience the role needs: 'Tell me about a plant launch you took part in and your role "
                "in it.'",
                "询问岗位所需的经验：“讲讲你参与过的一次工厂投产，以及你在其中的角色。”",
            ),
        ),
        _taboo(
            _t("Appearance, skin colour and 'good presentation'", "外貌、肤色与“形象好”"),
            _t(
                "'Buena presentación' in an advert or a comment on looks has long been a filter for skin colour and "
                "class in Mexico. Physical appearance and skin colour are named grounds of discrimination.",
                "在墨西哥，招聘广告中的“形象好”（buena presentación）或对外貌的评论，长期被用作筛选肤色和阶层的手段"
                "。外貌和肤色都是法律列明的歧视理由。",
            ),
            _t(
                "LFPED art. 1, section III (skin colour, physical appearance); Constitution art. 1.",
                "LFPED 第1条第III项（肤色、外貌）；《宪法》第1条。",
            ),
            _t(
                "If there is a uniform or safety dress code, state it for everyone; evaluate only skills and evidence.",
                "如有工服或安全着装要求，对所有人统一说明；只评估能力和证据。",
            ),
        ),
        _taboo(
            _t("Health, HIV and disability", "健康、艾滋病病毒与残疾"),
            _t(
                "Health tests, including HIV tests, as a condition of hiring, and questions about illnesses, attack a "
                "ground the LFT names and collect sensitive data that needs express written consent.",
                "把健康检测（包括艾滋病病毒检测）作为录用条件，或询问疾病情况，既触及 LFT 列明的理由，又收集了需要明示"
                "书面同意的敏感数据。",
            ),
            _t(
                "LFT art. 133, section I (disability, health conditions); LFPED art. 1, section III; federal personal "
                "data law for private parties (sensitive data).",
                "LFT 第133条第I项（残疾、健康状况）；LFPED 第1条第III项；关于私人主体持有个人数据的联邦法律（敏感数据"
                "）。",
            ),
            _t(
                "'Is there anything you need for the interview?' and questions about performing the job's essential "
                "tasks, such as standing for a shift on the line.",
                "“面试需要我们做什么安排吗？”以及关于能否完成岗位核心任务的问题，例如能否在产线上站立完成一个班次。",
            ),
        ),
        _taboo(
            _t("Religion, politics and union activity", "宗教、政治与工会活动"),
            _t(
                "Religion and opinions are named grounds. Since the 2019 labour reform, interfering with workers' "
                "union choices is also prohibited, so union questions are doubly risky.",
                "宗教和观点是法律列明的理由。自2019年劳动改革以来，干预劳动者的工会选择也被禁止，因此询问工会问题双重"
                "高风险。",
            ),
            _t(
                "LFT art. 133, section I (religion, opinions) and section IV (coercion over union membership).",
                "LFT 第133条第I项（宗教、观点）和第IV项（在工会成员身份上施加强制）。",
            ),
            _t(
                "Keep small talk to food, the city or football, and leave union matters to HR and the collective "
                "agreement.",
                "闲聊限于美食、城市或足球；工会事宜交由HR和集体合同处理。",
            ),
        ),
        _taboo(
            _t("Criminal record and migratory status", "犯罪记录与移民身份"),
            _t(
                "A routine 'carta de no antecedentes penales' for every role excludes people for a ground the "
                "anti-discrimination law names. Questions about migratory status beyond the right to work carry the "
                "same risk.",
                "对所有岗位一律要求“无犯罪记录证明”，会以反歧视法列明的理由排除求职者。超出工作资格范围询问移民身份"
                "，也有同样风险。",
            ),
            _t(
                "LFPED art. 1, section III (criminal record, migratory status).",
                "LFPED 第1条第III项（犯罪记录、移民身份）。",
            ),
            _t(
                "Ask all candidates whether they are authorised to work in Mexico, and let HR decide, role by role, "
                "whether any background check is justified.",
                "询问所有候选人是否具备在墨西哥工作的资格，并由HR逐个岗位判断是否确有必要进行背景核查。",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training and have not been reviewed by counsel. State "
                    "laws and collective agreements add rules, and labour law in Mexico has changed often since 2019. "
                    "Ask Mexican HR before every new hiring process.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核。各州法律和集体合同会增加规定，而且墨西哥"
                    "劳动法自2019年以来多次修改。每次启动新的招聘流程前，请先咨询墨西哥HR。</p>",
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
    "slug": "mx-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in Mexican interviews", "墨西哥面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Courtesy, titles and trust", "礼貌、头衔与信任"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Mexican business culture combines formality with warmth. Start with <em>usted</em> and the "
                "candidate's surname, and use professional titles where the CV shows them: <em>Licenciado</em> or "
                "<em>Licenciada</em> for university graduates, <em>Ingeniero</em> or <em>Ingeniera</em> for "
                "engineers. Many people will invite you to use first names and <em>tú</em> after a few minutes; let "
                "them make the move. A handshake is the standard greeting. A few minutes of conversation about the "
                "city, food or the trip is expected before business; stay away from politics, security and jokes "
                "about crime, migration or relations with the United States.</p><p>Politeness shapes how people say "
                "no. Candidates may avoid contradicting you directly, and 'sí' can mean 'I understand' rather than "
                "'I agree'. A promise of 'ahorita' may mean soon or later. In the interview, this means asking open "
                "questions and checking specifics: not 'Can you manage the line?' but 'Tell me how you managed the "
                "line when two operators were absent.' Hierarchy is respected; candidates may credit their boss for "
                "decisions they made themselves, so ask who decided and what the candidate recommended.</p><p>The "
                "interview language is Spanish unless the role requires English. Many professionals in Monterrey, "
                "Guadalajara and Mexico City speak good English, but a supervisor for a plant floor may not, and does "
                "not need to. Use an interpreter rather than filtering on English. Speak to the candidate, not to the "
                "interpreter, and keep sentences short.</p><p>Expect detailed questions about <em>prestaciones</em>: "
                "the legal Christmas bonus (<em>aguinaldo</em>), holiday entitlement, profit sharing (PTU), social "
                "security and benefits above the legal minimum such as food vouchers or major medical insurance. "
                "These are normal and often decisive. Give only the answers HR has approved. Your spoken word will be "
                "remembered; a promised benefit that does not appear in the offer damages trust in the whole company, "
                "not just in you.</p>",
                "<p>墨西哥的商务文化兼具正式与热情。开始时请使用<em>“您”（usted）</em>和姓氏，简历上有职业头衔的就用"
                "头衔：大学毕业生称<em>Licenciado</em>或<em>Licenciada</em>，工程师称<em>Ingeniero</em>或"
                "<em>Ingeniera</em>。很多人几分钟后会邀请你改用名字和<em>“你”（tú）</em>，请让对方先开口。握手是标"
                "准的问候方式。进入正题前通常会聊几分钟城市、美食或行程；避开政治、治安，也不要拿犯罪、移民或美墨关系"
                "开玩笑。</p><p>礼貌影响着人们说“不”的方式。候选人可能避免直接反驳你，“sí”（是）有时表示“我明白"
                "了”而不是“我同意”。一句“ahorita”（马上）可能是很快，也可能是稍后。在面试中，这意味着要提开放式问"
                "题并核实细节：不要问“你能管好产线吗？”，而要问“讲讲有两名操作工缺勤时你是怎么管理产线的”。墨西哥"
                "人尊重层级，候选人可能把自己做的决定归功于上司，所以要问清是谁做的决定、候选人提出了什么建议。</p><p>"
                "除非岗位需要英语，面试语言为西班牙语。蒙特雷、瓜达拉哈拉和墨西哥城的许多专业人士英语很好，但车间主管"
                "未必会说英语，也不需要会。请使用译员，而不是用英语来筛人。对候选人说话，而不是对译员说话，并且句子要"
                "短。</p><p>候选人会详细询问<em>福利（prestaciones）</em>：法定的圣诞奖金（<em>aguinaldo</em>）、年假"
                "天数、利润分享（PTU）、社会保险，以及高于法定标准的福利，如餐券或重大医疗保险。这些问题很正常，而且往"
                "往起决定作用。只给出HR已批准的答复。你说过的话会被记住；口头承诺的福利如果没有出现在录用通知中，损害"
                "的是对整个公司的信任，而不仅仅是对你个人的信任。</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer: the decision behind the boss", "好的回答：上司背后的决定"),
                "situation": _t(
                    "At an auto-parts plant in Saltillo, a new customer's launch was four weeks away and our "
                    "first-pass yield on the new harness line was 71%.",
                    "在萨尔蒂约的一家汽车零部件厂，距离新客户项目量产只有四周，而新线束产线的一次合格率只有71%。",
                ),
                "task": _t(
                    "My plant manager asked me, as the line's production supervisor, to reach 95% before the customer "
                    "audit.",
                    "作为该产线的生产主管，厂长要求我在客户审核前把合格率提升到95%。",
                ),
                "action": _t(
                    "I recommended splitting the crimping station into two, retrained the second shift myself using "
                    "the defects we had photographed, and asked engineering for a go/no-go gauge. My manager approved "
                    "the split; the idea and the training were mine.",
                    "我建议把压接工位一分为二，亲自用拍下的缺陷照片重新培训了二班，并请工程部制作了通止规。厂长批准了"
                    "拆分方案；方案和培训都是我做的。",
                ),
                "result": _t(
                    "Yield reached 96% in three weeks and we passed the audit with no major findings.",
                    "三周后合格率达到96%，我们顺利通过审核，没有重大不符合项。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "The candidate respects the hierarchy but, when asked, separates the manager's approval from their "
                    "own recommendation and work. Specific numbers and a clear sequence make it credible.",
                    "候选人尊重层级，但在被问到时，能把上司的批准与自己的建议和工作区分开来。具体的数字和清晰的步骤使"
                    "回答可信。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: agreement instead of evidence", "弱的回答：以附和代替证据"),
                "situation": _t(
                    "Yes, we also had quality problems, like every plant.", "是的，我们也有质量问题，每个工厂都一样。"
                ),
                "task": _t("The engineer told us what to do.", "工程师告诉我们该怎么做。"),
                "action": _t(
                    "We followed the instructions and everybody worked very hard, also on Saturdays.",
                    "我们按照指示去做，大家都非常努力，周六也加班。",
                ),
                "result": _t("Yes, it got better, the client was satisfied.", "是的，情况变好了，客户很满意。"),
                "verdict": "weak",
                "commentary": _t(
                    "The candidate agrees with the question's premise and describes effort, not their own "
                    "contribution. Do not reward Saturday work; ask what they personally noticed or changed, and what "
                    "the figures were.",
                    "候选人顺着问题的前提作答，描述的是辛苦程度，而不是个人贡献。不要为周六加班加分；请追问他本人发现"
                    "或改变了什么，具体数字是多少。",
                ),
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Etiquette in practice", "礼仪实操"),
                "pairs": [
                    {
                        "do": _t("Use usted, the surname and any professional title.", "使用“您”、姓氏和职业头衔。"),
                        "dont": _t(
                            "Switch to tú and first names before the candidate does.", "在候选人之前改用“你”和名字。"
                        ),
                    },
                    {
                        "do": _t(
                            "Ask open questions and check 'sí' with a follow-up.",
                            "提开放式问题，并用追问核实“是”的含义。",
                        ),
                        "dont": _t(
                            "Ask yes-or-no questions and take 'sí' as agreement.", "只问是非题，并把“是”当作同意。"
                        ),
                    },
                    {
                        "do": _t(
                            "Give HR-approved facts on aguinaldo, holidays and benefits.",
                            "提供HR批准的关于圣诞奖金、假期和福利的信息。",
                        ),
                        "dont": _t("Promise extra benefits to close the candidate.", "为了拿下候选人而许诺额外福利。"),
                    },
                    {
                        "do": _t("Keep small talk to food, the city or football.", "闲聊限于美食、城市或足球。"),
                        "dont": _t(
                            "Joke about crime, cartels, migration or the border.",
                            "拿犯罪、贩毒集团、移民或边境开玩笑。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with Mexican candidates", "自测：与墨西哥候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "mx-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for Mexican interviews", "墨西哥面试的排期与后勤"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Time zones, rest days and puentes", "时区、休息日与“桥休”"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Under the Time Zones Law of 2022 (<em>Ley de los Husos Horarios</em>), most of Mexico, including "
                "Mexico City, Guadalajara and Monterrey, is on Central time (UTC-6) all year; the Pacific zone "
                "(UTC-7), Baja California (UTC-8) and Quintana Roo (UTC-5) follow their own zones. Mexico stopped "
                "changing clocks in October 2022, except for a strip of municipalities along the US border that still "
                "follows US daylight saving time. Beijing is fourteen hours ahead of Mexico City year-round. There is "
                "no comfortable overlap: 21:00 to 23:00 in Beijing is 07:00 to 09:00 in Mexico City, and 08:00 in "
                "Beijing is 18:00 the previous day. Take the late slot yourself rather than asking the candidate to "
                "start at dawn.</p><p>The mandatory rest days are set by <strong>LFT art. 74</strong>: 1 January, the "
                "first Monday of February, the third Monday of March, 1 May, 16 September, the third Monday of "
                "November, 25 December, the day of the presidential handover every six years and federal or local "
                "election days. Because three of them are tied to Mondays, the dates move each year and create long "
                "weekends (<em>puentes</em>). Holy Week (<em>Semana Santa</em>), 12 December (the Virgin of "
                "Guadalupe) and the Day of the Dead on 1 and 2 November are not in article 74, but many people take "
                "them off and business slows; check with HR. A worker who works on a mandatory rest day is owed "
                "double pay on top of the normal wage (art. 75).</p><h3>Working-time rules</h3><p>The LFT gives at "
                "least one day of rest for every six days of work (art. 69), preferably Sunday, with a premium for "
                "Sunday work (art. 71). The standard day shift is eight hours and the week 48 hours. In February 2026 "
                "Congress approved a constitutional reform to cut the standard week to 40 hours in steps between 2027 "
                "and 2030, subject to ratification by the states; ask HR which limit applies when you hire. In "
                "manufacturing, candidates may work rotating shifts, so ask which shift they are on before proposing "
                "a time.</p>",
                "<p>根据2022年《时区法》（<em>Ley de los Husos Horarios</em>），墨西哥大部分地区（包括墨西哥城、瓜达拉"
                "哈拉和蒙特雷）全年使用中部时间（UTC-6）；太平洋时区（UTC-7）、下加利福尼亚州（UTC-8）和金塔纳罗奥州（"
                "UTC-5）各用本区时间。墨西哥自2022年10月起不再调整时钟，只有美墨边境沿线的部分市镇仍跟随美国夏令时。北"
                "京全年比墨西哥城早十四小时。两地没有舒适的重叠时段：北京时间21:00至23:00是墨西哥城07:00至09:00，北京"
                "时间08:00是墨西哥城前一天18:00。晚的时段请你自己承担，而不要让候选人天一亮就开始面试。</p><p>法定休息"
                "日由<strong>LFT 第74条</strong>规定：1月1日、二月第一个星期一、三月第三个星期一、5月1日、9月16日、十"
                "一月第三个星期一、12月25日、每六年一次的总统权力交接日，以及联邦或地方选举日。由于其中三个固定在星期"
                "一，日期每年变动，并形成长周末（<em>puentes</em>）。圣周（<em>Semana Santa</em>）、12月12日（瓜达卢佩"
                "圣母节）以及11月1日和2日的亡灵节不在第74条之列，但很多人会休息，业务明显放缓，请向HR确认。劳动者在法"
                "定休息日工作，除正常工资外还应获得双倍工资（第75条）。</p><h3>工时规定</h3><p>LFT 规定每工作六天至少"
                "休息一天（第69条），原则上为星期日，星期日工作另有补贴（第71条）。标准白班为八小时，每周48小时。2026"
                "年2月，国会通过了一项宪法改革，拟在2027年至2030年间分步把标准周工时降至40小时，尚需各州批准；招聘时请"
                "向HR确认适用的上限。在制造业，候选人可能实行轮班，所以提出时间前先问清对方在哪个班次。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Ask about the shift before the time", "先问班次，再定时间"),
                "body": _t(
                    "<p>For plant roles, ask the candidate which shift they work this week and next, and propose a "
                    "time at the start or end of it. Never ask someone to join a video call from the production "
                    "floor.</p>",
                    "<p>对于工厂岗位，先问候选人本周和下周上哪个班次，再在班次开始前或结束后安排时间。绝不要让人在生产"
                    "车间里参加视频面试。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a Mexican interview", "墨西哥面试前的后勤事项"),
                "items": [
                    _t(
                        "Confirm the candidate's state, time zone and current shift.",
                        "确认候选人所在州、时区和当前班次。",
                    ),
                    _t(
                        "Check article 74 rest days, puentes, Semana Santa and December dates.",
                        "核对第74条法定休息日、长周末、圣周和十二月的日期。",
                    ),
                    _t(
                        "Give the time in both zones and take the late slot yourself.",
                        "写明两个时区的时间，晚的时段由你承担。",
                    ),
                    _t(
                        "Send the privacy notice before collecting any candidate data.",
                        "收集候选人数据前先发送隐私声明。",
                    ),
                    _t(
                        "Book a Spanish interpreter if the role does not require English.",
                        "如果岗位不要求英语，预约西班牙语译员。",
                    ),
                    _t(
                        "Get HR's approved answers on prestaciones, pay and contract.",
                        "从HR获取关于福利、薪资和合同的已批准答复。",
                    ),
                    _t(
                        "Check that any job advert or agency brief has no age, sex or appearance requirement.",
                        "检查招聘广告或猎头需求说明中没有年龄、性别或外貌要求。",
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
    "slug": "mx-practice",
    "title": _t("Practice: a production supervisor interview in Monterrey", "练习：蒙特雷的生产主管面试"),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>Work in threes and rotate: interviewer, candidate, observer. The interviewer prepares with the "
                "checklist, reviews the recruiting agency's brief, and runs a 40-minute structured interview in "
                "Spanish through an interpreter or in English; the observer scores on the standard evaluation form "
                "and leads the debrief.</p><p>The scenario tests whether you can say no to local habits you are "
                "invited to adopt. The agency has written an age range and 'good presentation' into its brief, and "
                "the candidate asks whether the company will require a pregnancy test, because her last employer "
                "did.</p>",
                "<p>三人一组轮换角色：面试官、候选人、观察员。面试官用检查清单做准备，审阅猎头公司的需求说明，并用西班"
                "牙语（借助译员）或英语进行40分钟的结构化面试；观察员用标准评价表打分并主持复盘。</p><p>这个情景考察你"
                "能否对别人邀你沿用的本地旧习惯说“不”。猎头公司在需求说明里写了年龄范围和“形象好”，而候选人问公司"
                "是否会要求做妊娠检测，因为她上一家雇主就要求过。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t(
                    "Production supervisor, EV components plant, Monterrey", "电动汽车零部件厂生产主管，蒙特雷"
                ),
                "setting": _t(
                    "A video interview at 18:00 Monterrey time (08:00 the next day in Changzhou). The new plant is "
                    "ramping up; the supervisor leads 40 operators on the second shift. A recruiting agency sourced "
                    "the candidate. Its brief reads: 'Age 25 to 38, good presentation, available for all shifts.'",
                    "蒙特雷时间18:00（常州次日08:00）的视频面试。新工厂正在爬坡，该主管负责二班的40名操作工。候选人由"
                    "猎头公司推荐，其需求说明写着：“年龄25至38岁，形象好，能上所有班次。”",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Before the call, decide what to do about the agency's brief. In the interview, use usted "
                            "and the candidate's title, ask two behavioural questions (a yield problem; a conflict on "
                            "the shift) and one situational question about an absent team leader. Answer the "
                            "candidate's questions accurately.",
                            "面试前，先决定如何处理猎头的需求说明。面试中使用“您”和对方头衔，提出两道行为题（合格率"
                            "问题；班组冲突）和一道情景题（班组长缺勤怎么办）。准确回答候选人的问题。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Ing. Daniela Treviño, 41, with eight years as a shift supervisor. Answer with "
                            "'we' and credit your boss until asked directly. Ask: 'At my last company they asked for "
                            "a pregnancy test for all women. Will you need one?' Ask how much aguinaldo and holiday "
                            "the role has.",
                            "你是 Daniela Treviño 工程师，41岁，有八年班组主管经验。回答时多用“我们”，并把功劳归于上"
                            "司，直到被直接追问。问：“我上一家公司要求所有女性做妊娠检测，你们也需要吗？”并询问该岗"
                            "位的圣诞奖金和年假有多少。",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "Score on the evaluation form. Note what the interviewer did about the agency brief, how "
                            "they answered the pregnancy-test question, how they drew out the candidate's own "
                            "contribution and what they said about benefits.",
                            "用评价表打分。记录面试官如何处理猎头的需求说明、如何回答妊娠检测的问题、如何挖掘候选人本"
                            "人的贡献，以及关于福利说了什么。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "The interviewer disregards the age and appearance criteria and asks HR to correct the agency "
                    "brief; answers clearly that no pregnancy test or certificate will be required because the law "
                    "forbids it; uses usted and the title; turns 'we' and 'my boss decided' into the candidate's own "
                    "actions with follow-up questions; gives benefit figures only as approved by HR; does not probe "
                    "age, family or appearance; closes with next steps without revealing the outcome.",
                    "面试官是否无视年龄和外貌条件，并请HR纠正猎头的需求说明；是否明确回答公司不会要求妊娠检测或证明，"
                    "因为法律禁止；是否使用“您”和头衔；是否通过追问把“我们”和“上司决定的”转化为候选人本人的行动"
                    "；是否只给出HR批准的福利数字；是否没有追问年龄、家庭或外貌；结束时是否说明后续步骤且未透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: Mexico", "面试前检查清单：墨西哥"),
                "items": [
                    _t(
                        "The advert and any agency brief are free of age, sex, marital status and appearance criteria.",
                        "招聘广告和猎头需求说明中没有年龄、性别、婚姻状况和外貌条件。",
                    ),
                    _t(
                        "No pregnancy test, certificate or HIV test is part of the process.",
                        "流程中不包含妊娠检测、未怀孕证明或艾滋病病毒检测。",
                    ),
                    _t(
                        "My questions are structured, job-related and the same for every candidate.",
                        "我的问题结构化、与岗位相关，且对每位候选人相同。",
                    ),
                    _t("The candidate has received the privacy notice.", "候选人已收到隐私声明。"),
                    _t(
                        "I have HR-approved answers on pay, aguinaldo, holidays, PTU and benefits.",
                        "我已拿到HR批准的关于薪资、圣诞奖金、年假、利润分享和福利的答复。",
                    ),
                    _t(
                        "The time suits the candidate's shift and avoids rest days and puentes.",
                        "时间适合候选人的班次，并避开法定休息日和长周末。",
                    ),
                    _t(
                        "An interpreter is booked if the role does not require English.",
                        "如果岗位不要求英语，已预约译员。",
                    ),
                    _t(
                        "I know the next steps and when the candidate will hear from us.",
                        "我清楚后续步骤以及候选人何时会收到消息。",
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
                            "Tell HR the agency brief must drop the age and appearance criteria.",
                            "告知HR，猎头需求说明必须删去年龄和外貌条件。",
                        ),
                        "dont": _t(
                            "Use the brief's age range to screen the candidate.", "用需求说明中的年龄范围筛选候选人。"
                        ),
                    },
                    {
                        "do": _t(
                            "Say plainly: 'No. We do not ask for pregnancy tests; it is prohibited.'",
                            "直接说明：“不需要。我们不要求妊娠检测，这是法律禁止的。”",
                        ),
                        "dont": _t(
                            "Say 'Only for some roles' or 'HR will tell you later'.",
                            "说“只有某些岗位需要”或“以后HR会告诉你”。",
                        ),
                    },
                    {
                        "do": _t(
                            "Ask 'What did you recommend, and what did you do yourself?'",
                            "追问“你当时提出了什么建议？你自己做了什么？”",
                        ),
                        "dont": _t(
                            "Score the candidate down for crediting the boss.", "因为候选人把功劳归于上司而扣分。"
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: Mexico", "自测：墨西哥"),
                "category": "Cross-cultural communication and taboos/Regions/Mexico",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-mx",
    "order": 45,
    "title": _t("Regional module: Mexico", "地区模块：墨西哥"),
    "summary": _t(
        "Adds the Mexico endorsement to your interviewer certificate. Covers Ley Federal del Trabajo art. 133 and the "
        "Federal Law to Prevent and Eliminate Discrimination, why common local habits such as age limits and "
        "non-pregnancy certificates are unlawful, the courteous style of Mexican interviews, scheduling across a "
        "fourteen-hour time difference and article 74 rest days, and a practice interview set in Monterrey.",
        "完成后可在面试官证书上增加“墨西哥”地区授权。内容包括：《联邦劳动法》第133条和《联邦预防和消除歧视法》，"
        "年龄限制、未怀孕证明等常见本地习惯为何违法，墨西哥面试礼貌周到的风格，跨十四小时时差和第74条法定休息日的排期，"
        "以及一场以蒙特雷为背景的模拟面试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 95,
    "regions": ["MX"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Explain what LFT art. 133 and the anti-discrimination law forbid in hiring.",
            "说明 LFT 第133条和反歧视法在招聘中禁止哪些做法。",
        ),
        _t(
            "Recognise and refuse common but unlawful local practices, such as age limits and pregnancy tests.",
            "识别并拒绝常见但违法的本地做法，例如年龄限制和妊娠检测。",
        ),
        _t(
            "Interview with the courtesy, titles and open questions Mexican candidates expect.",
            "以墨西哥候选人期待的礼貌、头衔和开放式提问进行面试。",
        ),
        _t(
            "Schedule around Mexican time zones, shifts and mandatory rest days.",
            "围绕墨西哥时区、班次和法定休息日安排面试。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
