"""Regional module: interviewing candidates in Brazil."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["BR"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "br-law-and-protected-topics",
    "title": _t("The law and protected topics in Brazil", "巴西的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": _t("Discrimination in hiring can be a crime", "招聘歧视可能构成犯罪"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Brazilian law protects candidates at several levels at once. The Federal Constitution prohibits "
                "differences in pay, functions and hiring criteria based on sex, age, colour or marital status (art. "
                "7, XXX). The Consolidation of Labour Laws (<strong>CLT</strong>), in <strong>art. 373-A</strong>, "
                "forbids job adverts that mention sex, age, colour or family situation; refusing employment because of "
                "sex, age, colour, family situation or pregnancy; and demanding any certificate or examination to "
                "prove sterility or pregnancy at hiring, in each case unless the nature of the activity clearly "
                "requires otherwise.</p><p><strong>Law 9.029/1995</strong> goes further. Article 1, as amended by the "
                "Brazilian Inclusion Law (Law 13.146/2015), prohibits any discriminatory practice limiting access to "
                "work because of sex, origin, race, colour, marital status, family situation, disability, professional "
                "rehabilitation or age, among others. Article 2 makes it a <strong>crime</strong>, punishable by one "
                "to two years' detention and a fine, to require any test, examination, certificate or declaration "
                "about sterilisation or pregnancy. The employer's legal representative can be the person charged. "
                "Racial discrimination in access to employment is also a crime under Law 7.716/1989.</p><p>Two further "
                "rules shape what you may ask. The General Data Protection Law (<strong>LGPD</strong>, Law "
                "13.709/2018) treats data about racial or ethnic origin, religious conviction, political opinion, "
                "union membership, health and sex life as sensitive (art. 5, II) and allows processing only on narrow "
                "legal bases (art. 11). Its necessity principle means you should collect only what the selection "
                "needs. And the Ministry of Labour's Portaria 41/2007 forbids demanding discriminatory documents, such "
                "as a certificate showing the candidate has never sued an employer. Companies with 100 or more "
                "employees must also fill a quota of posts with people with disabilities or rehabilitated workers (Law "
                "8.213/1991, art. 93), so HR may run specific processes you need to respect.</p>",
                "<p>巴西法律从多个层面同时保护求职者。《联邦宪法》禁止基于性别、年龄、肤色或婚姻状况在工资、职务和录用"
                "标准上区别对待（第7条第XXX项）。《劳动法汇编》（<strong>CLT</strong>）<strong>第373-A条</strong>禁止"
                "在招聘广告中提及性别、年龄、肤色或家庭状况；禁止因性别、年龄、肤色、家庭状况或怀孕而拒绝录用；禁止在"
                "录用时要求提供证明不育或怀孕的任何证明或检查——除非工作性质明显另有要求。</p><p><strong>第9.029/1995"
                "号法律</strong>更进一步。经《巴西残疾人融合法》（第13.146/2015号法律）修订的第1条，禁止因性别、出身、"
                "种族、肤色、婚姻状况、家庭状况、残疾、职业康复或年龄等原因，采取任何限制获得工作的歧视性做法。第2条规"
                "定，要求提供任何关于绝育或怀孕的检测、检查、证明或声明，构成<strong>犯罪</strong>，可处一至两年拘役并"
                "处罚金，被追究责任的可能是雇主的法定代表人。根据第7.716/1989号法律，在就业机会上的种族歧视同样构成犯"
                "罪。</p><p>另有两项规定决定了你能问什么。《通用数据保护法》（<strong>LGPD</strong>，第13.709/2018号法"
                "律）将种族或民族出身、宗教信仰、政治观点、工会成员身份、健康和性生活相关数据列为敏感数据（第5条第II项"
                "），只允许在有限的法律依据下处理（第11条）；其必要性原则意味着你只应收集甄选所需的信息。劳动部第"
                "41/2007号部令禁止要求提供歧视性文件，例如证明候选人从未起诉过雇主的证明。员工100人及以上的公司还必须"
                "按比例雇用残疾人或经职业康复的劳动者（第8.213/1991号法律第93条），因此HR可能有专门的流程，你需要遵守"
                "。</p>",
            ),
        ),
        _taboo(
            _t("Pregnancy, sterilisation and contraception", "怀孕、绝育与避孕"),
            _t(
                "Asking for a pregnancy test or a declaration that the candidate is not pregnant is a crime in Brazil, "
                "not just a discrimination risk. Oral questions about pregnancy or plans for children point the same "
                "way.",
                "在巴西，要求提供妊娠检测或“未怀孕”声明是犯罪，而不仅仅是歧视风险。口头询问是否怀孕或生育计划也指向同"
                "样的问题。",
            ),
            _t(
                "Law 9.029/1995, art. 2 (crime: one to two years' detention and a fine); CLT art. 373-A, II and IV.",
                "第9.029/1995号法律第2条（犯罪：一至两年拘役并处罚金）；CLT 第373-A条第II、IV项。",
            ),
            _t(
                "Describe the role's real demands, such as monthly travel to Manaus, and ask every candidate whether "
                "they can meet them.",
                "说明岗位的真实要求，例如每月出差马瑙斯，并询问每位候选人能否做到。",
            ),
        ),
        _taboo(
            _t("Marital status and family situation", "婚姻状况与家庭状况"),
            _t(
                "'Are you married?', 'Do you have children?' or 'Who looks after them?' ask directly about grounds the "
                "law names, and an adverse decision afterwards looks like their consequence.",
                "“你结婚了吗？”“有孩子吗？”“孩子谁带？”直接触及法律列明的受保护理由，之后若作出不利决定，看起来就"
                "是这些问题的结果。",
            ),
            _t(
                "CLT art. 373-A, II; Law 9.029/1995, art. 1; Federal Constitution art. 7, XXX.",
                "CLT 第373-A条第II项；第9.029/1995号法律第1条；《联邦宪法》第7条第XXX项。",
            ),
            _t(
                "Ask about availability for the job as it really is: 'The role includes two evening calls a week with "
                "China. Does that fit your routine?'",
                "按岗位真实情况询问可用性：“这个岗位每周有两次与中国的晚间电话会，你的日常安排可以配合吗？”",
            ),
        ),
        _taboo(
            _t("Age", "年龄"),
            _t(
                "Brazilian CVs sometimes still show age or date of birth, but using it, or asking for it, exposes the "
                "decision to an age discrimination claim.",
                "巴西的简历有时仍会写年龄或出生日期，但依据它作决定或主动询问，都会使录用决定面临年龄歧视指控。",
            ),
            _t(
                "Federal Constitution art. 7, XXX; CLT art. 373-A, I and II; Law 9.029/1995, art. 1.",
                "《联邦宪法》第7条第XXX项；CLT 第373-A条第I、II项；第9.029/1995号法律第1条。",
            ),
            _t(
                "Ask about experience and results: 'Which retail chains have you managed, and how did their sales "
                "move?'",
                "询问经验和业绩：“你管理过哪些零售连锁客户？他们的销售额有什么变化？”",
            ),
        ),
        _taboo(
            _t("Race, colour and origin", "种族、肤色与出身"),
            _t(
                "Comments on appearance, hair or 'good presentation' (boa aparência) have a long history as coded "
                "racial filters in Brazil and are treated as evidence of discrimination.",
                "在巴西，对外貌、发型或“形象好”（boa aparência）的评论长期被用作隐性的种族筛选，会被视为歧视证据。",
            ),
            _t(
                "Federal Constitution art. 7, XXX; Law 7.716/1989 (crimes of racial discrimination); Law 9.029/1995, "
                "art. 1.",
                "《联邦宪法》第7条第XXX项；第7.716/1989号法律（种族歧视犯罪）；第9.029/1995号法律第1条。",
            ),
            _t(
                "If the job has a dress code, state it for everyone. Assess only skills and evidence.",
                "如果岗位有着装要求，对所有人统一说明。只评估能力和证据。",
            ),
        ),
        _taboo(
            _t("Health, disability and medical history", "健康、残疾与病史"),
            _t(
                "Health data is sensitive personal data under the LGPD, and disability is a protected ground. General "
                "questions about illnesses or medical leave have no place in the interview; the admission medical "
                "examination happens after selection.",
                "健康数据属于 LGPD 下的敏感个人数据，残疾是受保护理由。面试中不应泛泛询问疾病或病假；入职体检在甄选结束"
                "后进行。",
            ),
            _t(
                "Law 9.029/1995, art. 1 (disability); LGPD arts. 5, II and 11; Law 13.146/2015 (Brazilian Inclusion "
                "Law).",
                "第9.029/1995号法律第1条（残疾）；LGPD 第5条第II项和第11条；第13.146/2015号法律（《巴西残疾人融合法》）"
                "。",
            ),
            _t(
                "'Do you need any adjustment for the interview?' and questions about performing the job's essential "
                "tasks.",
                "“面试需要我们做什么调整吗？”以及关于能否完成岗位核心任务的问题。",
            ),
        ),
        _taboo(
            _t("Religion, politics and union membership", "宗教、政治与工会"),
            _t(
                "These are sensitive data under the LGPD, and in a polarised political climate a casual question about "
                "elections or a church can end an interview badly and be used as evidence.",
                "这些属于 LGPD 下的敏感数据。在政治分歧明显的环境中，随口问起选举或教会，可能让面试不欢而散，并被用作证"
                "据。",
            ),
            _t(
                "LGPD art. 5, II and art. 11; Federal Constitution art. 5 (freedom of belief) and art. 8 (freedom of "
                "association).",
                "LGPD 第5条第II项和第11条；《联邦宪法》第5条（信仰自由）和第8条（结社自由）。",
            ),
            _t(
                "Keep small talk to the city, travel or football, and describe working patterns that apply to "
                "everyone.",
                "闲聊限于城市、行程或足球等话题，并说明对所有人都适用的工作安排。",
            ),
        ),
        _taboo(
            _t("Past labour lawsuits and criminal records", "过往劳动诉讼与犯罪记录"),
            _t(
                "Asking whether a candidate has sued a former employer punishes the exercise of a legal right. "
                "Demanding a criminal-record certificate for an ordinary role has been treated by the labour courts as "
                "discriminatory and can lead to moral damages.",
                "询问候选人是否起诉过前雇主，等于惩罚其行使合法权利。对普通岗位要求提供无犯罪记录证明，劳动法院认定其具"
                "有歧视性，可能导致精神损害赔偿。",
            ),
            _t(
                "Ministry of Labour Portaria 41/2007 (no discriminatory documents, including certificates of no labour "
                "claims); Superior Labour Court (TST) case law on criminal-record certificates, which are acceptable "
                "only where the law or the nature of the role justifies them.",
                "劳动部第41/2007号部令（禁止要求歧视性文件，包括无劳动诉讼证明）；高等劳动法院（TST）关于无犯罪记录证明"
                "的判例：只有法律规定或岗位性质确有需要时才可要求。",
            ),
            _t(
                "Leave background checks to HR's documented process for the specific role, such as cash handling or "
                "security.",
                "背景核查交给HR，按具体岗位（如现金管理或安保）的书面流程处理。",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training and have not been reviewed by counsel. "
                    "Collective agreements (<em>convenções coletivas</em>) and state or municipal law can add "
                    "obligations. Ask Brazilian HR before every new hiring process.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核。集体协议（<em>convenções coletivas</em>）"
                    "以及州或市级法律可能增加义务。每次启动新的招聘流程前，请先咨询巴西HR。</p>",
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
    "slug": "br-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in Brazilian interviews", "巴西面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Relationship first, then the agenda", "先建立关系，再进入议程"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Brazilian professional culture is warm and relationship-driven. An interview that jumps straight "
                "to the first question can feel cold; five minutes of genuine conversation about the candidate's city, "
                "the traffic or the trip builds the trust in which people speak openly. In person, a handshake with "
                "eye contact is the safe greeting in an interview; colleagues who know each other may kiss on the "
                "cheek, but do not start that yourself. First names are normal, sometimes with <em>Senhor</em> or "
                "<em>Senhora</em> for older or senior people.</p><p>The language is Portuguese, not Spanish. "
                "Addressing a Brazilian candidate in Spanish, or assuming they speak it, is a common and irritating "
                "mistake. English levels vary widely, even among strong candidates in São Paulo; if the role does not "
                "truly require fluent English, interview in Portuguese with an interpreter rather than filtering out "
                "good people on language alone. If English is required, test it with a real task rather than judging "
                "the accent.</p><p>Communication tends to be expressive and diplomatic at the same time. Candidates "
                "may avoid a flat 'no' and say 'that could be difficult' or 'we would have to see'. They may also talk "
                "about their team with loyalty and use 'we' a lot; probe kindly for their own role. Hierarchy is "
                "respected, and candidates may be reluctant to criticise a former boss, so ask what they would have "
                "done differently rather than what their manager did wrong.</p><p>Candidates will ask about the "
                "contract: a CLT employment contract or a service contract (PJ), the thirteenth salary, meal vouchers, "
                "health plan and bonus. These are standard questions, not greed. Answer what HR has approved and "
                "promise nothing else. Brazilian candidates have heard many foreign companies promise fast growth and "
                "then leave the market; be honest about your company's plans and stage in Brazil.</p>",
                "<p>巴西的职场文化热情、重视人际关系。面试一上来就直奔第一个问题，会让人觉得冷淡；用五分钟真诚地聊聊候"
                "选人所在城市、交通或行程，能建立信任，让对方更愿意坦诚交流。当面面试时，握手并注视对方是稳妥的问候方"
                "式；彼此熟悉的同事之间可能贴面问候，但不要由你主动这样做。直接称呼名字很正常，对年长或资深的人有时会"
                "加上<em>Senhor</em>（先生）或<em>Senhora</em>（女士）。</p><p>巴西的语言是葡萄牙语，不是西班牙语。用"
                "西班牙语与巴西候选人交流，或默认对方会说西班牙语，是常见且令人反感的错误。即便是圣保罗的优秀候选人，"
                "英语水平也参差不齐；如果岗位并不真正需要流利的英语，请用葡萄牙语加译员进行面试，而不要仅凭语言就淘汰"
                "优秀人才。如果岗位确实需要英语，请用真实任务来检验，而不是根据口音评判。</p><p>沟通往往既富有表现力又"
                "讲究圆融。候选人可能避免直接说“不”，而是说“这可能有难度”或“我们得看看”。他们谈起团队时可能很有"
                "归属感，经常用“我们”，请友好地追问其本人的角色。巴西人尊重层级，候选人可能不愿批评前任上司，所以不"
                "妨问“你当时会怎样做得不同”，而不是“你的经理哪里做错了”。</p><p>候选人会询问合同情况：是 CLT 劳动"
                "合同还是服务合同（PJ）、第十三薪、餐补、医疗保险和奖金。这些都是标准问题，不是贪心。只回答HR已批准的"
                "内容，不作其他承诺。巴西候选人见过太多外国公司许诺快速发展、随后又撤出市场；请如实介绍贵公司在巴西的"
                "计划和发展阶段。</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer: 'we' with a clear 'I' inside", "好的回答：“我们”之中有清晰的“我”"),
                "situation": _t(
                    "At a home-appliance brand in Campinas, our sell-out at two large retail chains fell 18% after a "
                    "competitor launched a cheaper line.",
                    "在坎皮纳斯的一家家电品牌，竞争对手推出低价产品线后，我们在两家大型零售连锁的终端销量下降了18%。",
                ),
                "task": _t(
                    "Our team had to recover the volume before Black Friday without a price cut, and I owned the "
                    "relationship with the larger chain.",
                    "团队必须在“黑色星期五”之前在不降价的前提下恢复销量，而我负责与其中较大那家连锁的合作关系。",
                ),
                "action": _t(
                    "I proposed a bundle with installation included, negotiated end-cap space in 60 stores, and "
                    "trained the chain's promoters myself over three weekends.",
                    "我提出了含安装服务的组合套餐，谈下了60家门店的端架位置，并用三个周末亲自培训了该连锁的促销员。",
                ),
                "result": _t(
                    "Sell-out at that chain ended the quarter 9% above the previous year.",
                    "该连锁的终端销量在季度末比上年同期高出9%。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "The candidate credits the team but states their own part clearly, with choices and numbers. The "
                    "training on weekends is worth noting, but do not score willingness to work weekends; score the "
                    "judgement and the result.",
                    "候选人肯定了团队，但清楚说明了自己的部分，包含决策和数字。周末培训值得一提，但不要为“愿意周末加班"
                    "”打分，而应为判断力和结果打分。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: loyalty without evidence", "弱的回答：只有忠诚，没有证据"),
                "situation": _t(
                    "My old company was like a family and we went through a difficult year.",
                    "我以前的公司像个大家庭，我们一起经历了艰难的一年。",
                ),
                "task": _t("Everyone gave their best to keep the clients.", "每个人都尽全力留住客户。"),
                "action": _t(
                    "I was always available for my boss and the team, even late at night.",
                    "我随时为老板和团队待命，深夜也不例外。",
                ),
                "result": _t("Thanks to our union, we survived.", "靠着大家团结一心，我们挺了过来。"),
                "verdict": "weak",
                "commentary": _t(
                    "Sincere, but it offers commitment and availability instead of actions and outcomes. Do not reward "
                    "'always available at night'; ask which client, what the candidate did and what changed.",
                    "态度真诚，但提供的是投入和随叫随到，而不是行动和结果。不要奖励“深夜也随时待命”；请追问是哪个客户"
                    "、候选人做了什么、结果有何变化。",
                ),
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Etiquette in practice", "礼仪实操"),
                "pairs": [
                    {
                        "do": _t("Spend a few minutes on genuine conversation first.", "先花几分钟真诚交流。"),
                        "dont": _t(
                            "Open with the first question as soon as the camera starts.", "摄像头一开就抛出第一个问题。"
                        ),
                    },
                    {
                        "do": _t(
                            "Interview in Portuguese with an interpreter if English is not essential.",
                            "如果英语不是必需，用葡萄牙语加译员面试。",
                        ),
                        "dont": _t(
                            "Speak Spanish or judge ability by English accent.", "讲西班牙语，或凭英语口音判断能力。"
                        ),
                    },
                    {
                        "do": _t(
                            "Answer contract and benefit questions with HR's approved facts.",
                            "用HR批准的事实回答合同和福利问题。",
                        ),
                        "dont": _t(
                            "Promise a CLT contract, a bonus or rapid growth you cannot guarantee.",
                            "许诺无法保证的 CLT 合同、奖金或快速发展。",
                        ),
                    },
                    {
                        "do": _t("Keep small talk on the city, travel or football.", "闲聊限于城市、行程或足球。"),
                        "dont": _t("Discuss elections, politicians or religion.", "谈论选举、政治人物或宗教。"),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with Brazilian candidates", "自测：与巴西候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "br-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for Brazilian interviews", "巴西面试的排期与后勤"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Time zones, holidays and Carnival", "时区、节假日与狂欢节"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Brazil has four time zones. Most of the population, including São Paulo, Rio de Janeiro and Brasí"
                "lia, uses Brasília time (UTC-3); Manaus and much of the west use UTC-4, Acre UTC-5, and the Fernando "
                "de Noronha islands UTC-2. Brazil abolished daylight saving time in 2019 (Decree 9.772/2019), so the "
                "gap to Beijing is a stable eleven hours for Brasília time. The workable window is your evening and "
                "their morning: 20:00 to 22:00 in Beijing is 09:00 to 11:00 in São Paulo. A candidate in Manaus is an "
                "hour behind that again.</p><p>National holidays are fixed by federal law: 1 January, 21 April "
                "(Tiradentes), 1 May, 7 September, 12 October, 2 November, 15 November and 25 December, with 20 "
                "November (Black Consciousness Day) also national since 2024. States add their own <em>data "
                "magna</em>, and municipalities may declare up to four religious holidays, including Good Friday, so "
                "Corpus Christi is a holiday in São Paulo and many other cities but not everywhere. Carnival is not a "
                "national holiday in law, yet in practice most business stops from the Saturday to Ash Wednesday "
                "lunchtime, and its date moves with Easter. Do not plan interviews that week. Expect a slow period "
                "from mid-December to Carnival, when many people take their annual holiday in the southern "
                "summer.</p><h3>Working-time rules</h3><p>The Constitution sets the standard week at eight hours a day "
                "and 44 hours a week. The CLT requires at least eleven consecutive hours of rest between two working "
                "days (art. 66) and a weekly rest of 24 consecutive hours, preferably on Sunday (art. 67). Respect "
                "these for your Brazilian panel members too. Traffic in São Paulo is serious: for on-site interviews "
                "avoid 07:00 to 09:30 and 17:00 to 20:00, and offer a video option.</p>",
                "<p>巴西有四个时区。包括圣保罗、里约热内卢和巴西利亚在内的大部分人口使用巴西利亚时间（UTC-3）；马瑙斯"
                "和西部大部分地区使用 UTC-4，阿克里州为 UTC-5，费尔南多-迪诺罗尼亚群岛为 UTC-2。巴西已于2019年取消夏令"
                "时（第9.772/2019号法令），因此巴西利亚时间与北京的时差稳定为十一小时。可行的时段是你的晚上、对方的上"
                "午：北京时间20:00至22:00即圣保罗09:00至11:00。马瑙斯的候选人还要再晚一小时。</p><p>全国性节假日由联邦"
                "法律规定：1月1日、4月21日（蒂拉登特斯日）、5月1日、9月7日、10月12日、11月2日、11月15日和12月25日；自"
                "2024年起，11月20日（黑人觉醒日）也成为全国假日。各州另有本州的<em>纪念日（data magna）</em>，各市最多"
                "可规定四个宗教节日（含耶稣受难日），所以基督圣体节在圣保罗和许多城市放假，但并非处处如此。狂欢节在法"
                "律上不是全国假日，但实际上从周六到圣灰星期三中午，大部分商业活动都会停摆，而且日期随复活节变动。那一"
                "周不要安排面试。从十二月中旬到狂欢节是淡季，许多人在南半球的夏天休年假。</p><h3>工时规定</h3><p>宪法"
                "规定标准工时为每天八小时、每周44小时。CLT 要求两个工作日之间至少连续休息十一小时（第66条），每周连续"
                "休息24小时，原则上安排在星期日（第67条）。对你的巴西面试官也应遵守这些规定。圣保罗交通拥堵严重：现场"
                "面试请避开07:00至09:30和17:00至20:00，并提供视频面试选项。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Check the city, not just the country", "核对城市，而不只是国家"),
                "body": _t(
                    "<p>Because municipalities set religious holidays, ask the candidate's city and check its "
                    "calendar. A date that is a normal working day in Curitiba may be a holiday in Salvador.</p>",
                    "<p>由于宗教节日由各市规定，请询问候选人所在城市并核对当地日历。在库里蒂巴是正常工作日的日子，在萨"
                    "尔瓦多可能是假日。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a Brazilian interview", "巴西面试前的后勤事项"),
                "items": [
                    _t("Confirm the candidate's city and time zone.", "确认候选人所在城市和时区。"),
                    _t(
                        "Check national, state and municipal holidays, and avoid Carnival week entirely.",
                        "核对全国、州和市级节假日，完全避开狂欢节那一周。",
                    ),
                    _t(
                        "Offer morning slots in Brasília time, written in both zones.",
                        "提供巴西利亚时间的上午时段，并写明两个时区的时间。",
                    ),
                    _t(
                        "Decide the interview language; book a Portuguese interpreter if needed.",
                        "确定面试语言；如有需要预约葡萄牙语译员。",
                    ),
                    _t(
                        "Get HR's approved answers on contract type, benefits and pay range.",
                        "从HR获取关于合同类型、福利和薪资范围的已批准答复。",
                    ),
                    _t(
                        "Confirm how candidate data will be stored and deleted under the LGPD.",
                        "确认候选人数据如何依 LGPD 保存和删除。",
                    ),
                    _t(
                        "For on-site interviews, avoid rush hours and share parking or transit details.",
                        "现场面试避开高峰时段，并告知停车或公共交通信息。",
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
    "slug": "br-practice",
    "title": _t("Practice: a key account manager interview in São Paulo", "练习：圣保罗的大客户经理面试"),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>Work in threes and rotate: interviewer, candidate, observer. The interviewer prepares with the "
                "checklist and runs a 40-minute structured interview through an interpreter for part of it; the "
                "observer scores on the standard evaluation form and leads the debrief.</p><p>In this scenario the "
                "risk comes from inside your own side: a colleague from headquarters joins the call and wants to ask a "
                "question that would be a crime in Brazil. Practise stopping it politely and firmly, then getting the "
                "interview back on track.</p>",
                "<p>三人一组轮换角色：面试官、候选人、观察员。面试官用检查清单做准备，进行40分钟的结构化面试，其中一部"
                "分通过译员进行；观察员用标准评价表打分并主持复盘。</p><p>在这个情景中，风险来自你自己这一方：一位总部"
                "同事加入通话，想问一个在巴西构成犯罪的问题。请练习礼貌而坚定地制止，然后把面试拉回正轨。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t("Key account manager, consumer electronics, São Paulo", "消费电子大客户经理，圣保罗"),
                "setting": _t(
                    "A video interview at 10:00 São Paulo time (21:00 in Shenzhen). The role manages two national "
                    "retail chains. A Portuguese interpreter is on the call. Halfway through, a sales director from "
                    "headquarters joins.",
                    "圣保罗时间10:00（深圳时间21:00）的视频面试。该岗位负责两家全国性零售连锁客户。一位葡萄牙语译员在线"
                    "。面试进行到一半时，一位总部销售总监加入。",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Open with a few minutes of conversation. Ask two behavioural questions (recovering a "
                            "falling account; a negotiation that went wrong) and one situational question about a "
                            "stock-out before Black Friday. When the HQ director asks his question, step in, redirect "
                            "and continue.",
                            "先聊几分钟。提出两道行为题（挽回下滑的客户；一次失败的谈判）和一道情景题（黑色星期五前断货"
                            "怎么办）。总部总监提问时，及时介入、转移话题并继续面试。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Mariana Costa, an experienced account manager. Mention that you got married last "
                            "year when explaining a move from Rio. Ask whether the contract would be CLT or PJ, and "
                            "ask how long the company plans to stay in Brazil.",
                            "你是 Mariana Costa，一位资深大客户经理。在解释从里约搬来的原因时提到自己去年结婚了。询问合"
                            "同是 CLT 还是 PJ，并问公司打算在巴西发展多久。",
                        ),
                    },
                    {
                        "role": _t(
                            "HQ sales director (played by the observer for two minutes)",
                            "总部销售总监（由观察员扮演两分钟）",
                        ),
                        "brief": _t(
                            "Join late and ask, through the interpreter: 'Since you just got married, are you planning "
                            "to have a baby soon? We need stability in this role.'",
                            "中途加入，并通过译员问：“你刚结婚，是不是打算很快要孩子？这个岗位需要稳定。”",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "After playing the director, return to observing. Score on the evaluation form and record "
                            "how the interviewer handled the director's question, the contract question and the "
                            "question about the company's future.",
                            "扮演完总监后回到观察角色。用评价表打分，并记录面试官如何处理总监的问题、合同问题以及关于公"
                            "司前景的问题。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "A warm opening; no follow-up on the marriage; an immediate, calm intervention that asks the "
                    "interpreter not to translate the director's question and moves to a job-related question, "
                    "followed by a private word with the director after the call; an accurate, HR-approved answer on "
                    "CLT or PJ; an honest answer about the company's stage in Brazil; evidence-based scoring; next "
                    "steps without revealing the outcome.",
                    "开场是否热情；是否没有追问婚姻；是否立即、冷静地介入——请译员不要翻译总监的问题，转入与岗位相关"
                    "的问题，并在面试结束后私下提醒总监；关于 CLT 或 PJ 的回答是否准确且经HR批准；对公司在巴西的发展阶"
                    "段是否如实回答；评分是否基于证据；是否说明后续步骤且未透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: Brazil", "面试前检查清单：巴西"),
                "items": [
                    _t(
                        "HR has briefed me on local rules and approved the interview questions.",
                        "HR已向我介绍当地规定并批准了面试问题。",
                    ),
                    _t(
                        "No question touches pregnancy, family, age, race, health, religion, politics or past "
                        "lawsuits.",
                        "没有任何问题涉及怀孕、家庭、年龄、种族、健康、宗教、政治或过往诉讼。",
                    ),
                    _t(
                        "Everyone joining from headquarters has been briefed on what must not be asked.",
                        "所有从总部加入的人员都已被告知哪些问题不能问。",
                    ),
                    _t(
                        "The interpreter knows the role's vocabulary and will translate neutrally.",
                        "译员了解岗位术语，并会中立地翻译。",
                    ),
                    _t(
                        "I have approved answers on contract type, benefits and pay range.",
                        "我已拿到关于合同类型、福利和薪资范围的已批准答复。",
                    ),
                    _t(
                        "The date avoids Carnival, national, state and municipal holidays.",
                        "日期避开了狂欢节以及全国、州和市级节假日。",
                    ),
                    _t(
                        "I can describe honestly the company's stage and plans in Brazil.",
                        "我能如实介绍公司在巴西的发展阶段和计划。",
                    ),
                    _t(
                        "I will take evidence notes and store them as HR instructs.",
                        "我会记录证据要点，并按HR要求保存。",
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
                            "Say 'Let's keep to the role itself' and ask the next prepared question.",
                            "说“我们还是聚焦岗位本身”，然后提出下一个准备好的问题。",
                        ),
                        "dont": _t(
                            "Let the interpreter translate the director's question and wait for an answer.",
                            "任由译员翻译总监的问题并等待候选人回答。",
                        ),
                    },
                    {
                        "do": _t(
                            "Congratulate briefly if the candidate mentions the wedding, then move on.",
                            "候选人提到婚礼时简单祝贺，然后继续。",
                        ),
                        "dont": _t("Ask about the spouse's job or plans for children.", "询问配偶的工作或生育计划。"),
                    },
                    {
                        "do": _t(
                            "Give the contract type HR has approved, or say HR will confirm it.",
                            "说明HR已批准的合同类型，或表示将由HR确认。",
                        ),
                        "dont": _t(
                            "Suggest a PJ contract to save costs or promise CLT later.",
                            "为节省成本建议签 PJ 合同，或许诺以后转 CLT。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: Brazil", "自测：巴西"),
                "category": "Cross-cultural communication and taboos/Regions/Brazil",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-br",
    "order": 44,
    "title": _t("Regional module: Brazil", "地区模块：巴西"),
    "summary": _t(
        "Adds the Brazil endorsement to your interviewer certificate. Covers CLT art. 373-A, Law 9.029/1995 (which "
        "makes pregnancy tests a crime), the LGPD's rules on sensitive data, the warm, relationship-first style of "
        "Brazilian interviews, scheduling across four time zones, municipal holidays and Carnival, and a practice "
        "interview set in São Paulo.",
        "完成后可在面试官证书上增加“巴西”地区授权。内容包括：CLT 第373-A条、第9.029/1995号法律（要求妊娠检测构成犯罪"
        "）、LGPD 关于敏感数据的规定，巴西面试热情、重关系的风格，跨四个时区、市级节假日和狂欢节的排期，以及一场以圣保"
        "罗为背景的模拟面试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 95,
    "regions": ["BR"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Explain which hiring practices Brazilian law forbids and which of them are crimes.",
            "说明巴西法律禁止哪些招聘做法，以及其中哪些构成犯罪。",
        ),
        _t(
            "Keep interview questions and notes within the LGPD's purpose and necessity principles.",
            "使面试问题和记录符合 LGPD 的目的限定和必要性原则。",
        ),
        _t(
            "Build rapport in the Brazilian style, work through an interpreter and answer contract questions honestly.",
            "以巴西方式建立融洽关系，借助译员开展面试，并如实回答合同问题。",
        ),
        _t(
            "Stop a colleague's unlawful question during an interview and recover the conversation.",
            "在面试中制止同事的违法提问，并把对话拉回正轨。",
        ),
        _t(
            "Schedule around Brazilian time zones, municipal holidays and Carnival.",
            "围绕巴西时区、市级节假日和狂欢节安排面试。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
