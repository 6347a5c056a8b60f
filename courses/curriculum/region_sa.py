"""Regional module: interviewing candidates in Saudi Arabia."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["SA"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "sa-law-and-protected-topics",
    "title": _t("The law and protected topics in Saudi Arabia", "沙特阿拉伯的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        ("heading", {"text": _t("A fast-changing legal landscape", "快速变化的法律环境"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Saudi employment law has changed more in the last decade than in the thirty years before it, and "
                "managers who learned the market years ago often carry outdated assumptions. The basic instrument is "
                "the <strong>Labour Law issued by Royal Decree M/51 of 23/8/1426H (2005)</strong>, as amended. "
                "Article 3, amended in 1440H (2019), states that citizens are equal in the right to work without "
                "discrimination on the basis of sex, disability, age or any other form of discrimination, whether at "
                "work, when hiring or when advertising a job. Amendments approved by Royal Decree M/44 in 2024 and in "
                "force from February 2025 add a duty on employers not to undermine equal opportunity or treatment by "
                "excluding, distinguishing between or preferring applicants or employees on the basis of race, "
                "colour, sex, age, disability, marital status or any other form of discrimination. The same "
                "amendments extended maternity leave to twelve weeks and set the maximum probation at 180 "
                "days.</p><p>Two features are specific to Saudi Arabia. First, <strong>Saudization</strong> (the "
                "Nitaqat programme of the Ministry of Human Resources and Social Development) requires many employers "
                "to meet quotas of Saudi nationals, so nationality and residency status are legitimate, job-related "
                "questions there, unlike in most other regions of this programme. Second, how the older wording about "
                "'citizens' and the newer wording about 'applicants' will be applied to expatriates is still "
                "developing. Treat every candidate as protected, and you will not have to guess.</p><p>The "
                "<strong>Personal Data Protection Law (PDPL)</strong>, issued by Royal Decree M/19 of 9/2/1443H and "
                "amended by Royal Decree M/148 of 5/9/1444H, has been in force since 14 September 2023, with a "
                "one-year grace period, and is supervised by the Saudi Data and Artificial Intelligence Authority "
                "(SDAIA). It applies to personal data processed in the Kingdom and to data about people living there "
                "processed from abroad, which includes your interview notes in a system hosted in China. Sensitive "
                "data, such as health, genetic and biometric data and data revealing religious or political belief or "
                "criminal records, needs particular care. Collect only what the hiring decision needs, and agree with "
                "HR where notes are stored and when they are deleted.</p>",
                "<p>沙特的就业法律在过去十年的变化，超过此前三十年的总和；多年前熟悉这个市场的管理者，往往还带着过时的"
                "认识。基本法律是<strong>依1426年8月23日（伊斯兰历，公元2005年）第M/51号国王令颁布的《劳动法》"
                "</strong>及其修订。1440年（公元2019年）修订后的第3条规定：公民享有平等的工作权利，无论在工作中、招聘"
                "时还是发布招聘广告时，都不得基于性别、残疾、年龄或任何其他形式进行歧视。2024年经第M/44号国王令批准、"
                "自2025年2月起施行的修订，又规定雇主不得以排斥、区别对待或偏向的方式，基于种族、肤色、性别、年龄、残疾"
                "、婚姻状况或任何其他形式的歧视，损害求职者或雇员的平等机会或平等待遇。同一轮修订还把产假延长至十二周"
                "，并把试用期上限定为180天。</p><p>沙特有两点特殊之处。第一，<strong>沙特化</strong>（人力资源和社会发"
                "展部的“尼塔卡特”计划）要求许多雇主达到沙特籍员工的比例，因此国籍和居留身份在沙特属于正当的、与岗位"
                "相关的问题，这一点与本项目中大多数其他地区不同。第二，旧条文中的“公民”与新条文中的“求职者”如何适"
                "用于外籍人士，目前仍在发展之中。把每一位候选人都当作受保护对象，你就无需猜测。</p><p><strong>《个人数"
                "据保护法》（PDPL）</strong>依1443年2月9日第M/19号国王令颁布，并经1444年9月5日第M/148号国王令修订，自"
                "2023年9月14日起施行，另有一年宽限期，由沙特数据与人工智能管理局（SDAIA）监管。该法适用于在沙特境内处"
                "理的个人数据，也适用于在境外处理的沙特居民数据——存放在中国系统里的面试记录同样包括在内。敏感数据，"
                "例如健康、基因和生物识别数据，以及揭示宗教或政治信仰、犯罪记录的数据，需要格外谨慎。只收集录用决定所"
                "需的信息，并与HR商定记录存放在哪里、何时删除。</p>",
            ),
        ),
        _taboo(
            _t("Religion, sect and religious practice", "宗教、教派与宗教活动"),
            _t(
                "Questions about a candidate's sect, how often they pray or how observant they are are deeply "
                "personal, can signal sectarian bias and touch sensitive personal data. Remarks about religion can "
                "also offend the candidate's dignity.",
                "询问候选人的教派、祈祷频率或虔诚程度，触及极其私人的领域，可能透露教派偏见，并涉及敏感个人数据。"
                "对宗教的评论也可能冒犯候选人的尊严。",
            ),
            _t(
                "Labour Law (Royal Decree M/51) art. 3 as amended ('any other form of discrimination'); PDPL (Royal "
                "Decree M/19), sensitive data.",
                "《劳动法》（第M/51号国王令）修订后的第3条（“任何其他形式的歧视”）；《个人数据保护法》（第M/19号国王"
                "令）关于敏感数据的规定。",
            ),
            _t(
                "Explain the working pattern, including how prayer breaks work in the team, and ask whether it suits "
                "the candidate.",
                "说明工作安排，包括团队中祈祷休息如何安排，并询问候选人是否适应。",
            ),
        ),
        _taboo(
            _t("Marital status, husband's or guardian's approval, pregnancy", "婚姻状况、丈夫或监护人的同意、怀孕"),
            _t(
                "Asking a woman whether her husband or family agrees to her working, travelling or working late is "
                "outdated and discriminatory. Marital status is named in the 2025 amendments, and pregnancy questions "
                "are sex discrimination.",
                "询问女性候选人丈夫或家人是否同意她工作、出差或加班，既过时又带有歧视。婚姻状况已被写入2025年的修订，"
                "询问怀孕属于性别歧视。",
            ),
            _t(
                "Labour Law art. 3 as amended in 1440H and by Royal Decree M/44 (sex, marital status).",
                "《劳动法》第3条（1440年修订及第M/44号国王令修订）（性别、婚姻状况）。",
            ),
            _t(
                "'The role involves two trips a month to Jeddah and occasional evening calls with China. Can you meet "
                "that schedule?' Ask every candidate the same.",
                "“这个岗位每月要去吉达出差两次，偶尔有与中国的晚间电话会。你能配合这样的安排吗？”对所有候选人问同样"
                "的问题。",
            ),
        ),
        _taboo(
            _t("Age", "年龄"),
            _t(
                "Age limits in adverts and questions such as 'How old are you?' are named grounds in article 3 and its "
                "2025 amendment.",
                "招聘广告中的年龄限制以及“你多大了？”这类问题，涉及第3条及其2025年修订中列明的理由。",
            ),
            _t("Labour Law art. 3 as amended (age).", "《劳动法》修订后的第3条（年龄）。"),
            _t(
                "Ask about the experience the role needs: 'Tell me about the largest tender you have led.'",
                "询问岗位所需的经验：“讲讲你主导过的规模最大的一次投标。”",
            ),
        ),
        _taboo(
            _t("Tribe, family name and region of origin", "部落、家族姓氏与出身地区"),
            _t(
                "'Which tribe are you from?' or guesses from a family name can sound like friendly curiosity in "
                "conversation, but in a hiring decision they point at lineage and origin and can be read as "
                "favouritism or prejudice.",
                "“你是哪个部落的？”或根据家族姓氏作猜测，在闲聊中也许像是友好的好奇，但在录用决定中它们指向血统和出"
                "身，可能被理解为偏袒或偏见。",
            ),
            _t(
                "Labour Law art. 3 as amended by Royal Decree M/44 (race, colour, 'any other form of discrimination').",
                "《劳动法》经第M/44号国王令修订后的第3条（种族、肤色、“任何其他形式的歧视”）。",
            ),
            _t("Ask about the candidate's work and results only.", "只询问候选人的工作和业绩。"),
        ),
        _taboo(
            _t("Health and disability", "健康与残疾"),
            _t(
                "Disability is a named ground, and health data is sensitive under the PDPL. General questions about "
                "illnesses or sick leave are not needed to assess a candidate.",
                "残疾是法律列明的理由，健康数据属于 PDPL 下的敏感数据。评估候选人无需泛泛询问疾病或病假情况。",
            ),
            _t(
                "Labour Law art. 3 as amended (disability); PDPL, sensitive data.",
                "《劳动法》修订后的第3条（残疾）；PDPL 关于敏感数据的规定。",
            ),
            _t(
                "'Is there anything we can arrange for the interview?' and questions about the job's essential tasks, "
                "such as site visits in the summer heat.",
                "“面试需要我们做什么安排吗？”以及关于岗位核心任务的问题，例如能否在夏季高温下进行现场巡查。",
            ),
        ),
        _taboo(
            _t("Nationality and residency: ask only what the job needs", "国籍与居留身份：只问岗位所需"),
            _t(
                "Saudization makes nationality a legitimate criterion, but comments about particular nationalities, or "
                "treating expatriates of different nationalities differently, fall under race and colour in the 2025 "
                "amendments.",
                "沙特化使国籍成为正当的考量标准，但评论特定国籍，或区别对待不同国籍的外籍人士，属于2025年修订中种族和"
                "肤色的范畴。",
            ),
            _t(
                "Saudization (Nitaqat) rules of the Ministry of Human Resources and Social Development; Labour Law "
                "art. 3 as amended by Royal Decree M/44 (race, colour).",
                "人力资源和社会发展部的沙特化（尼塔卡特）规定；《劳动法》经第M/44号国王令修订后的第3条（种族、肤色）。",
            ),
            _t(
                "Ask every candidate the same factual questions: 'Are you a Saudi national? If not, what is your "
                "residency status, and is your iqama transferable?'",
                "对所有候选人提出同样的事实性问题：“你是沙特公民吗？如果不是，你的居留身份是什么？居留证（iqama）可以"
                "转移吗？”",
            ),
        ),
        _taboo(
            _t("Politics, government and criminal records", "政治、政府与犯罪记录"),
            _t(
                "Political views and criticism of public figures are sensitive subjects, and data about political "
                "belief and criminal records is sensitive under the PDPL. A casual question can make a candidate "
                "uncomfortable and produces data you should not hold.",
                "政治观点以及对公众人物的评价是敏感话题，而关于政治信仰和犯罪记录的数据属于 PDPL 下的敏感数据。"
                "随口一问就可能让候选人不安，并产生你不应持有的数据。",
            ),
            _t("PDPL (Royal Decree M/19), sensitive data.", "《个人数据保护法》（第M/19号国王令）关于敏感数据的规定。"),
            _t(
                "Keep to the role. Leave background checks to HR's documented process for the specific job.",
                "只谈岗位。背景核查交给HR按具体岗位的书面流程处理。",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training and have not been reviewed by counsel. Saudi "
                    "regulations, implementing rules and Saudization quotas change often. Ask Saudi HR before every "
                    "new hiring process.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核。沙特的法规、实施细则和沙特化比例变化频繁"
                    "。每次启动新的招聘流程前，请先咨询沙特HR。</p>",
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
    "slug": "sa-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in Saudi interviews", "沙特面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Respect, hospitality and patience", "尊重、好客与耐心"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Greetings matter. 'As-salamu alaykum' (peace be upon you) is always appropriate, and the reply is "
                "'wa alaykum as-salam'. Men usually shake hands with men, sometimes for longer than you are used to. "
                "Between men and women, let the other person decide: many Saudi women and men do not shake hands with "
                "the opposite sex, and a hand placed on the heart with a nod is a respectful alternative. Address "
                "people by title and first name, such as 'Engineer Faisal' or 'Dr. Noura'; the family name often "
                "follows 'bin' (son of) or 'bint' (daughter of) and is not used as a surname in the Western "
                "way.</p><p>Relationships come before business. Expect a few minutes of polite enquiries and, in "
                "person, an offer of Arabic coffee and dates; accept at least one cup, using your right hand. A Saudi "
                "candidate may ask kindly after your health and your family in general terms; answer warmly, but do "
                "not ask personal family questions in return during an interview. Avoid politics, religion as a topic "
                "of debate, alcohol and jokes about the region.</p><p>Communication is polite and often indirect. "
                "'Inshallah' (God willing) expresses sincere intention, but a start date said with it is not yet a "
                "commitment; confirm dates in writing. Seniority and age are respected, so a candidate may be "
                "reluctant to contradict a senior interviewer. Invite disagreement explicitly: 'What would you change "
                "in our approach?'</p><p>Many Saudi professionals studied abroad and work fluently in English; others "
                "prefer Arabic. Offer an Arabic interpreter rather than judging ability by English. Mixed-gender "
                "interviews are now common in business, but a female candidate may appreciate having a woman on the "
                "panel, and some candidates prefer to keep the camera off at first; follow HR's guidance and do not "
                "make it an issue. Dress conservatively: a suit for men; long sleeves and long skirts or trousers for "
                "women. Saudi candidates are in demand under Vision 2030 and Saudization; a rushed, transactional "
                "interview will lose them to a competitor.</p>",
                "<p>问候很重要。“As-salamu alaykum”（愿你平安）在任何场合都得体，回应是“wa alaykum as-salam”。男性"
                "之间通常握手，时间有时比你习惯的更长。男女之间请让对方决定：许多沙特女性和男性不与异性握手，右手抚胸"
                "并点头致意是得体的替代方式。称呼时用头衔加名字，例如“Faisal 工程师”或“Noura 博士”；家族名常跟在“"
                "bin”（……之子）或“bint”（……之女）之后，并不像西方那样作为姓氏使用。</p><p>先建立关系，再谈正事"
                "。通常会有几分钟的礼貌问候，当面面试时对方可能会请你喝阿拉伯咖啡、吃椰枣；请至少接受一杯，并用右手接"
                "。沙特候选人可能会友好地问候你的身体和家人；请热情回应，但面试中不要反过来询问对方的家庭私事。避免谈"
                "论政治、把宗教作为辩论话题、酒类，也不要拿本地区开玩笑。</p><p>沟通礼貌而往往含蓄。“Inshallah”（如"
                "蒙主允）表达的是真诚的意愿，但带着这句话说出的入职日期还不是承诺，请书面确认日期。沙特人尊重资历和年"
                "龄，候选人可能不愿反驳资深面试官。请明确邀请对方提出不同意见：“如果是你，会改变我们做法中的哪些地方"
                "？”</p><p>许多沙特专业人士在海外留学，能流利使用英语工作；也有人更习惯阿拉伯语。请提供阿拉伯语译员，"
                "而不是凭英语判断能力。如今男女同场面试在商界已很常见，但女性候选人可能希望面试小组中有女性成员，有些"
                "候选人一开始希望不开摄像头；请遵循HR的指导，不要把这当成问题。着装要保守：男性穿西装；女性穿长袖，配"
                "长裙或长裤。在“2030愿景”和沙特化政策下，沙特候选人非常抢手；仓促、功利的面试会让他们转投竞争对手。"
                "</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer: a Saudization project", "好的回答：一个沙特化项目"),
                "situation": _t(
                    "At a logistics company in Dammam, our Nitaqat band was at risk of dropping because three senior "
                    "operations roles were held by expatriates on expiring contracts.",
                    "在达曼的一家物流公司，由于三个高级运营岗位由合同即将到期的外籍员工担任，我们的尼塔卡特等级面临下"
                    "降风险。",
                ),
                "task": _t(
                    "As operations manager I had nine months to build Saudi successors without disrupting service to "
                    "our two largest customers.",
                    "作为运营经理，我有九个月时间培养沙特籍接班人，同时不能影响对两大客户的服务。",
                ),
                "action": _t(
                    "I recruited three Saudi graduates, paired each with an outgoing expatriate manager, wrote a "
                    "handover plan with monthly milestones, and reviewed progress with each pair every two weeks.",
                    "我招聘了三名沙特籍毕业生，让每人与一位即将离任的外籍经理结对，制定了按月设定里程碑的交接计划，并"
                    "每两周与每一对复盘进展。",
                ),
                "result": _t(
                    "All three took over on schedule, our band stayed green, and on-time delivery held at 97%.",
                    "三人均按计划接任，我们的等级保持绿色，准时交付率保持在97%。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "Local context, a clear personal role, a structured method and business results. It also shows the "
                    "candidate understands Saudization as a management task, which is valuable in the market.",
                    "有本地背景、清晰的个人角色、系统的方法和业务结果。它还表明候选人把沙特化理解为一项管理任务，这在"
                    "当地市场很有价值。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: connections instead of actions", "弱的回答：讲人脉，不讲行动"),
                "situation": _t(
                    "We had a big government tender and the competition was strong.",
                    "我们有一个很大的政府投标项目，竞争很激烈。",
                ),
                "task": _t("My manager trusted me to help the company win it.", "经理信任我，让我帮公司拿下项目。"),
                "action": _t(
                    "I know many people in the sector, so I used my relationships and made sure the right people knew "
                    "us.",
                    "我在这个行业认识很多人，所以动用了我的关系，确保关键人物了解我们。",
                ),
                "result": _t("Alhamdulillah, we won.", "感谢真主，我们赢了。"),
                "verdict": "weak",
                "commentary": _t(
                    "A network is a real asset in this market, but the answer gives no action, no decision and no "
                    "evidence of how the tender was won, and 'relationships' in public tenders needs careful, "
                    "compliant probing. Ask what the candidate prepared, priced or negotiated.",
                    "在这个市场，人脉确实是资产，但这个回答没有行动、没有决策，也没有说明如何赢得投标；公共投标中的“"
                    "关系”更需要谨慎、合规地追问。请问候选人具体准备了什么、如何报价或谈判。",
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
                            "Let the other person offer a handshake across genders; otherwise hand on heart.",
                            "异性之间让对方决定是否握手；否则以手抚胸致意。",
                        ),
                        "dont": _t(
                            "Reach out to shake hands with a woman candidate first.", "主动伸手与女性候选人握手。"
                        ),
                    },
                    {
                        "do": _t("Accept coffee and use your right hand.", "接受咖啡，并用右手接。"),
                        "dont": _t("Refuse hospitality or rush straight to business.", "拒绝招待，或直奔正题。"),
                    },
                    {
                        "do": _t(
                            "Confirm dates given with 'inshallah' in writing.",
                            "对带着“inshallah”给出的日期进行书面确认。",
                        ),
                        "dont": _t("Mock or question the expression.", "取笑或质疑这个表达。"),
                    },
                    {
                        "do": _t("Offer an Arabic interpreter where helpful.", "必要时提供阿拉伯语译员。"),
                        "dont": _t("Judge a candidate's ability by their English.", "凭英语水平判断候选人的能力。"),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with Saudi candidates", "自测：与沙特候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "sa-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for Saudi interviews", "沙特面试的排期与后勤"),
    "minutes": 25,
    "required": True,
    "body": [
        (
            "heading",
            {
                "text": _t(
                    "The week, prayer times, Ramadan and the Hijri calendar", "工作周、礼拜时间、斋月与伊斯兰历"
                ),
                "level": 2,
            },
        ),
        (
            "rich_text",
            _t(
                "<p>Saudi Arabia uses Arabia Standard Time (UTC+3) all year, so Beijing is five hours ahead. The "
                "working week is <strong>Sunday to Thursday</strong>; the weekend is <strong>Friday and "
                "Saturday</strong>. Never schedule on a Friday, the day of the congregational midday prayer, and be "
                "careful with Thursday afternoons. A good window is your afternoon and their morning: 14:00 to 17:00 "
                "in Beijing is 09:00 to 12:00 in Riyadh. Your own Monday morning is their Sunday, a normal working "
                "day.</p><p>Muslims pray five times a day. The times follow the sun, so they shift by a few minutes "
                "every day and by more than an hour over the year, and they differ between Riyadh, Jeddah and Dammam. "
                "The midday (Dhuhr) and afternoon (Asr) prayers fall inside the working day. The Labour Law requires "
                "breaks for rest, prayer and meals: no one should work more than five consecutive hours without a "
                "break of at least 30 minutes. Check a prayer timetable for the candidate's city and do not book an "
                "interview that runs across Dhuhr or Asr; if a candidate asks to pause for prayer, say yes without "
                "comment.</p><h3>Ramadan</h3><p>During Ramadan Muslims fast from dawn to sunset. Under "
                "<strong>article 98 of the Labour Law</strong>, working hours for Muslim workers are reduced to a "
                "maximum of six hours a day or 36 hours a week, and many companies shorten hours for everyone. "
                "Offices often open later, and many people are most alert in the late morning. Schedule short "
                "interviews between about 10:00 and 14:00, do not eat or drink on camera, do not invite the candidate "
                "to lunch, and avoid the last ten days of the month, when many people take leave.</p><h3>Holidays on "
                "two calendars</h3><p>Religious dates follow the Hijri lunar calendar (the Umm al-Qura calendar), "
                "which is about eleven days shorter than the Gregorian year, so Ramadan and the two Eids move about "
                "eleven days earlier every year. The exact start of Ramadan and of Eid al-Fitr depends on the "
                "sighting of the new moon and is confirmed only shortly before, so keep a buffer of several days "
                "around the expected dates. Eid al-Fitr follows Ramadan and Eid al-Adha falls during the Hajj season; "
                "the ministry announces private-sector Eid holidays each year. Fixed Gregorian dates are Founding Day "
                "on 22 February and National Day on 23 September. Hajj season is also busy for travel to Jeddah, "
                "Mecca and Medina.</p>",
                "<p>沙特全年使用阿拉伯标准时间（UTC+3），北京比沙特早五小时。工作周为<strong>周日至周四</strong>，周末"
                "为<strong>周五和周六</strong>。绝不要安排在周五——那天有正午聚礼；周四下午也要谨慎。合适的时段是你的"
                "下午、对方的上午：北京时间14:00至17:00即利雅得09:00至12:00。你的周一上午对应的是对方的周日，那是正常"
                "工作日。</p><p>穆斯林每天礼拜五次。礼拜时间随太阳而定，每天相差几分钟，全年变化超过一小时，而且利雅得"
                "、吉达和达曼各不相同。晌礼（Dhuhr）和晡礼（Asr）都在工作时间内。《劳动法》要求为休息、礼拜和用餐安排"
                "间歇：任何人连续工作不得超过五小时而没有至少30分钟的休息。请查阅候选人所在城市的礼拜时间表，不要让面"
                "试跨越晌礼或晡礼；如果候选人提出暂停去礼拜，请直接同意，不加评论。</p><h3>斋月</h3><p>斋月期间，穆斯"
                "林从黎明到日落禁食。根据<strong>《劳动法》第98条</strong>，穆斯林员工的工作时间减至每天最多六小时或每"
                "周36小时，许多公司对所有员工都缩短工时。办公室往往开门较晚，很多人在上午晚些时候状态最好。请把简短的"
                "面试安排在大约10:00至14:00之间，不要在镜头前吃喝，不要邀请候选人共进午餐，并避开斋月最后十天——许多"
                "人会在那时休假。</p><h3>两套历法下的节假日</h3><p>宗教日期遵循伊斯兰阴历（乌姆古拉历），一年比公历短"
                "约十一天，因此斋月、开斋节和宰牲节每年大约提前十一天。斋月和开斋节的确切开始日期取决于新月观测，临"
                "近时才最终确认，所以请在预计日期前后预留几天缓冲。开斋节紧接斋月之后，宰牲节在朝觐季；人力资源部每年"
                "公布私营部门的节日假期。公历固定日期的节日有2月22日建国日和9月23日国庆日。朝觐季期间，前往吉达、麦加"
                "和麦地那的交通也十分繁忙。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "law",
                "title": _t("Ramadan hours in the Labour Law", "《劳动法》中的斋月工时"),
                "body": _t(
                    "<p>Article 98 of the Saudi Labour Law (Royal Decree M/51) limits the actual working hours of "
                    "Muslim workers in Ramadan to six a day or 36 a week. Treat it as a limit on your Saudi panel "
                    "members' day too: a candidate interview, a debrief and a call with headquarters can fill it "
                    "quickly.</p>",
                    "<p>沙特《劳动法》（第M/51号国王令）第98条把穆斯林员工在斋月的实际工作时间限制为每天六小时或每周36"
                    "小时。这同样是你的沙特面试官一天工作时间的上限：一场候选人面试、一次复盘、一个总部电话会，很快就"
                    "会用满。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a Saudi interview", "沙特面试前的后勤事项"),
                "items": [
                    _t("Book Sunday to Thursday only, never Friday.", "只在周日至周四安排，绝不安排周五。"),
                    _t(
                        "Check the prayer timetable for the candidate's city and avoid Dhuhr and Asr.",
                        "查阅候选人所在城市的礼拜时间表，避开晌礼和晡礼。",
                    ),
                    _t(
                        "Check whether the date falls in Ramadan, near Eid or in the Hajj season, with a buffer of a "
                        "few days.",
                        "核对日期是否在斋月、临近开斋节/宰牲节或在朝觐季，并预留几天缓冲。",
                    ),
                    _t(
                        "In Ramadan, keep interviews short, in the late morning, with no meals.",
                        "斋月期间，面试要简短，安排在上午晚些时候，不安排用餐。",
                    ),
                    _t(
                        "Ask whether the candidate would like an Arabic interpreter or a woman on the panel.",
                        "询问候选人是否需要阿拉伯语译员，或希望面试小组中有女性成员。",
                    ),
                    _t(
                        "Agree with HR where notes are stored under the PDPL and when they are deleted.",
                        "与HR商定根据 PDPL 笔记存放在哪里、何时删除。",
                    ),
                    _t(
                        "Get HR's current Saudization position for the role before discussing nationality.",
                        "在谈及国籍之前，先从HR了解该岗位当前的沙特化要求。",
                    ),
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: preparing the interview", "自测：面试前准备"),
                "category": "Etiquette and professional image/Before the interview",
                "count": 3,
            },
        ),
    ],
}

PRACTICE = {
    "slug": "sa-practice",
    "title": _t(
        "Practice: a business development interview in Riyadh during Ramadan", "练习：斋月期间利雅得的业务拓展面试"
    ),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>Work in threes and rotate: interviewer, candidate, observer. The interviewer prepares with the "
                "checklist and runs a 35-minute structured interview; the observer scores on the standard evaluation "
                "form and leads the debrief.</p>"
                "<p>This scenario combines three things: Ramadan timing, a senior visitor from headquarters who still "
                "thinks of Saudi Arabia as it was fifteen years ago, and a strong Saudi woman candidate who has other "
                "offers. Your job is to protect the candidate's experience and the company's compliance at the same "
                "time.</p>",
                "<p>三人一组轮换角色：面试官、候选人、观察员。面试官用检查清单做准备，进行35分钟的结构化面试；观察员用"
                "标准评价表打分并主持复盘。</p><p>这个情景集合了三个要素：斋月的时间安排；一位来自总部的资深访客，对沙"
                "特的印象还停留在十五年前；以及一位手握其他录用机会的优秀沙特女性候选人。你的任务是同时保障候选人的体"
                "验和公司的合规。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t("Business development manager, renewable energy, Riyadh", "可再生能源业务拓展经理，利雅得"),
                "setting": _t(
                    "An in-person interview at the Riyadh office at 11:00 on a Monday in Ramadan; Dhuhr prayer is at "
                    "about 12:05 that day. The role develops utility-scale solar projects with public and private "
                    "clients. A vice president from headquarters in Hangzhou is visiting and joins the panel.",
                    "斋月中某个星期一上午11:00在利雅得办公室的现场面试；当天晌礼约在12:05。该岗位负责与公共和私营客户"
                    "开发大型光伏项目。一位来自杭州总部的副总裁正在出差，加入面试小组。",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Greet appropriately and plan the interview to end before Dhuhr. Ask two behavioural "
                            "questions (winning a difficult client; a project that was delayed) and one situational "
                            "question about a tender deadline during Eid. Manage the vice president's contributions.",
                            "以得体的方式问候，并把面试安排在晌礼前结束。提出两道行为题（赢得难缠的客户；一个延误的项"
                            "目）和一道情景题（投标截止日正逢开斋节怎么办）。把握副总裁的发言。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Eng. Noura Al-Qahtani, a Saudi electrical engineer with six years in project "
                            "development. You place your hand on your heart when greeted. You are fasting. When asked "
                            "about a start date, say 'After Eid, inshallah.' Mention that you have another offer and "
                            "ask how quickly the company decides.",
                            "你是 Noura Al-Qahtani 工程师，沙特籍电气工程师，有六年项目开发经验。被问候时你以手抚胸致"
                            "意。你正在斋戒。被问到入职时间时，说“开斋节之后，inshallah”。提到你手上有另一个录用机会"
                            "，并询问公司多快能作出决定。",
                        ),
                    },
                    {
                        "role": _t(
                            "HQ vice president (played by the observer for two minutes)",
                            "总部副总裁（由观察员扮演两分钟）",
                        ),
                        "brief": _t(
                            "Offer tea and biscuits to everyone at the start. Later ask: 'Will your husband be "
                            "comfortable with you travelling to project sites with male colleagues?'",
                            "开始时给每个人递茶和饼干。随后问：“你丈夫能接受你和男同事一起去项目现场出差吗？”",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "After playing the vice president, return to observing. Score on the evaluation form and "
                            "record the greeting, the handling of refreshments, the intervention on the husband "
                            "question, the timing against Dhuhr and what was said about the decision timeline.",
                            "扮演完副总裁后回到观察角色。用评价表打分，并记录问候方式、茶点的处理、对“丈夫”问题的介"
                            "入、与晌礼时间的衔接，以及关于决策时间表说了什么。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "A respectful greeting that mirrors the candidate and does not offer a handshake; refreshments "
                    "politely set aside, with no eating or drinking in front of a fasting candidate; a calm "
                    "intervention on the husband question ('We ask every candidate only whether the travel schedule "
                    "works for them') and a private word with the vice president afterwards; structured questions "
                    "with evidence notes; the interview ending before Dhuhr; a written follow-up on the start date; "
                    "an honest decision timeline without promising an offer or revealing the outcome.",
                    "问候是否得体，与候选人的方式相呼应，且不主动握手；是否礼貌地把茶点撤到一旁，不在斋戒的候选人面前"
                    "吃喝；是否冷静介入“丈夫”问题（“我们对每位候选人只问出差安排是否合适”），并在事后私下提醒副总"
                    "裁；问题是否结构化并记录证据；面试是否在晌礼前结束；是否书面跟进入职日期；是否如实说明决策时间表"
                    "，既不承诺录用，也不透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: Saudi Arabia", "面试前检查清单：沙特阿拉伯"),
                "items": [
                    _t(
                        "The date is Sunday to Thursday and checked against Ramadan, Eid and Hajj.",
                        "日期在周日至周四之间，并已核对斋月、开斋节/宰牲节和朝觐季。",
                    ),
                    _t(
                        "The interview ends before the next prayer time in the candidate's city.",
                        "面试在候选人所在城市的下一次礼拜时间之前结束。",
                    ),
                    _t(
                        "Everyone on the panel, including visitors from headquarters, knows the topics to avoid.",
                        "面试小组所有成员（包括总部来访者）都清楚需要回避的话题。",
                    ),
                    _t(
                        "No question concerns religion, sect, marriage, a guardian's consent, age, tribe or health.",
                        "没有任何问题涉及宗教、教派、婚姻、监护人同意、年龄、部落或健康。",
                    ),
                    _t(
                        "I know the Saudization position and ask nationality questions the same way for everyone.",
                        "我了解沙特化要求，并以同样方式向所有人提出国籍问题。",
                    ),
                    _t(
                        "An interpreter and a woman panel member are available if the candidate wants them.",
                        "如候选人需要，可安排译员和女性面试官。",
                    ),
                    _t(
                        "In Ramadan, there is no food or drink in the room and the interview is short.",
                        "斋月期间，面试室内不放食物饮料，面试时间简短。",
                    ),
                    _t(
                        "I know the decision timeline and will confirm dates in writing.",
                        "我清楚决策时间表，并会书面确认日期。",
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
                            "Return the greeting with a hand on your heart and a smile.",
                            "以手抚胸、面带微笑回应问候。",
                        ),
                        "dont": _t("Hold out your hand and wait.", "伸出手等着对方握。"),
                    },
                    {
                        "do": _t(
                            "Quietly ask for the tea to be taken out until after the interview.",
                            "小声请人把茶点撤出，面试结束后再用。",
                        ),
                        "dont": _t("Drink tea in front of a fasting candidate.", "在斋戒的候选人面前喝茶。"),
                    },
                    {
                        "do": _t(
                            "Step in: 'The travel is two trips a month. Does that schedule work for you?'",
                            "及时介入：“出差是每月两次，这个安排你可以接受吗？”",
                        ),
                        "dont": _t(
                            "Let the question about her husband stand or translate it.",
                            "任由关于她丈夫的问题悬着，或将其翻译出来。",
                        ),
                    },
                    {
                        "do": _t(
                            "Give an honest timeline for the decision and follow up in writing.",
                            "如实说明决策时间表，并书面跟进。",
                        ),
                        "dont": _t(
                            "Promise an offer on the spot to beat the other company.",
                            "为了赢过另一家公司而当场许诺录用。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: Saudi Arabia", "自测：沙特阿拉伯"),
                "category": "Cross-cultural communication and taboos/Regions/Saudi Arabia",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-sa",
    "order": 46,
    "title": _t("Regional module: Saudi Arabia", "地区模块：沙特阿拉伯"),
    "summary": _t(
        "Adds the Saudi Arabia endorsement to your interviewer certificate. Covers the Labour Law (Royal Decree M/51) "
        "and its 2025 anti-discrimination amendments, Saudization and the Personal Data Protection Law, greetings and "
        "etiquette in Saudi interviews, the Sunday-to-Thursday week, prayer times, Ramadan working hours and the Hijri "
        "calendar, and a practice interview set in Riyadh during Ramadan.",
        "完成后可在面试官证书上增加“沙特阿拉伯”地区授权。内容包括：《劳动法》（第M/51号国王令）及其2025年反歧视修订、"
        "沙特化政策与《个人数据保护法》，沙特面试中的问候与礼仪，周日至周四的工作周、礼拜时间、斋月工时与伊斯兰历，"
        "以及一场以斋月期间的利雅得为背景的模拟面试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 100,
    "regions": ["SA"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Explain the Labour Law's non-discrimination rules, their 2025 amendments and how Saudization fits with "
            "them.",
            "解释《劳动法》的反歧视规定、2025年的修订，以及沙特化政策与之如何衔接。",
        ),
        _t(
            "Avoid questions about religion, sect, marriage, guardians, tribe, age and health, and handle nationality "
            "questions consistently.",
            "避免询问宗教、教派、婚姻、监护人、部落、年龄和健康，并一致地处理国籍问题。",
        ),
        _t(
            "Greet, host and communicate in ways that respect Saudi customs and attract in-demand Saudi talent.",
            "以尊重沙特习俗的方式问候、接待和沟通，吸引抢手的沙特人才。",
        ),
        _t(
            "Schedule around the Friday–Saturday weekend, prayer times, Ramadan hours and moving Hijri holidays.",
            "围绕周五至周六的周末、礼拜时间、斋月工时和随伊斯兰历变动的节日安排面试。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
