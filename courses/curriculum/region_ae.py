"""Regional module: interviewing in the United Arab Emirates (region-ae).

Legal statements cite the instrument and stay within what public sources support; every taboo card is marked
unreviewed until counsel signs it off.
"""

from __future__ import annotations

COURSE = {
    "slug": "region-ae",
    "order": 47,
    "title": {
        "en": "Interviewing in the United Arab Emirates",
        "zh": "在阿联酋面试",
    },
    "summary": {
        "en": (
            "Adds the United Arab Emirates endorsement: the labour, anti-discrimination and data-protection law "
            "behind UAE interviews, etiquette for a largely expatriate candidate pool, scheduling around the "
            "Saturday-Sunday weekend, Friday prayers, Ramadan hours and moving Islamic holidays, and a full practice "
            "interview."
        ),
        "zh": (
            "完成本模块可获得阿联酋地区认证：了解阿联酋面试所依据的劳动法、反歧视法和数据保护法，掌握面对以外籍人士为"
            "主的候选人群体时的礼仪，学会围绕周六周日周末、周五礼拜、斋月工时和日期浮动的伊斯兰节日安排面试，并完成一"
            "场完整的模拟面试。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 105,
    "regions": ["AE"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        {
            "en": (
                "Name the UAE instruments that protect candidates (Federal Decree-Laws 33/2021, 34/2023 and 45/2021) "
                "and the grounds each covers."
            ),
            "zh": (
                "说出保护候选人的阿联酋法律（2021年第33号、2023年第34号和2021年第45号联邦法令）及各自涵盖的受保护事由。"
            ),
        },
        {
            "en": (
                "Replace questions about religion, origin, family, pregnancy, health and age with job-related "
                "alternatives."
            ),
            "zh": "用与岗位相关的问题替代涉及宗教、出身、家庭、怀孕、健康和年龄的提问。",
        },
        {
            "en": "Adapt greetings, probing and close to a multinational UAE candidate pool.",
            "zh": "针对多国籍的阿联酋候选人群体，调整问候方式、追问技巧和收尾方式。",
        },
        {
            "en": "Schedule interviews around the working week, Friday prayers, Ramadan hours and lunar holidays.",
            "zh": "围绕工作周、周五礼拜、斋月工时和阴历节假日安排面试。",
        },
    ],
    "lessons": [
        {
            "slug": "uae-law-and-protected-topics",
            "title": {
                "en": "UAE law and the topics you must not raise",
                "zh": "阿联酋法律与不可触碰的话题",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Most people you interview in the UAE are not Emirati. Roughly nine in ten "
                            "private-sector employees are expatriates, so a single shortlist for a Dubai sales role "
                            "can hold an Emirati graduate, an Egyptian engineer, a Filipino coordinator and a "
                            "British manager. The law you work under is federal, but the expectations in the room "
                            "come from a dozen countries at once. That is why the safest habit is also the simplest: "
                            "ask only what the job needs, and ask every candidate the same core "
                            "questions.</p><p>Three federal instruments matter most for an interviewer. The labour "
                            "law sets the non-discrimination rule for the private sector. A separate criminal law "
                            "punishes discrimination and contempt of religion wherever it happens. The "
                            "data-protection law limits what you may collect and keep about a candidate. Local HR "
                            "will know which of them bites hardest for your entity; your job is to avoid creating "
                            "the evidence in the first place.</p>"
                        ),
                        "zh": (
                            "<p>在阿联酋面试的人，大多数并不是阿联酋本国人。私营部门员工中约九成是外籍人士，所以迪拜"
                            "一个销售岗位的短名单上，可能同时有阿联酋本地毕业生、埃及工程师、菲律宾协调员和英国经理。"
                            "你所遵循的是联邦法律，但面试室里的期待却来自十几个国家。正因如此，最安全的习惯也最简单："
                            "只问岗位需要的问题，并对每位候选人提出相同的核心问题。</p><p>对面试官而言，最重要的联邦"
                            "法律有三部。劳动法为私营部门设定了禁止歧视的规则；另一部刑事法律惩处任何场合下的歧视和亵"
                            "渎宗教行为；数据保护法则限制你可以收集和保存哪些候选人信息。本地HR清楚哪一部对你所在的法"
                            "律实体约束最强，而你的职责是从一开始就不制造任何可被指控的证据。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Which regime applies: mainland, free zone, DIFC or ADGM",
                            "zh": "适用哪套规则：本土、自贸区、DIFC 还是 ADGM",
                        },
                        "body": {
                            "en": (
                                "<p>Federal Decree-Law No. 33 of 2021 on the Regulation of Labour Relations covers "
                                "the private sector; it excludes government staff, the armed forces and police, and "
                                "domestic workers. The Dubai International Financial Centre (DIFC) and Abu Dhabi "
                                "Global Market (ADGM) have their own employment and data-protection laws. Before the "
                                "first interview, ask local HR which licence the hiring entity holds and which rules "
                                "follow from it.</p>"
                            ),
                            "zh": (
                                "<p>关于规范劳动关系的2021年第33号联邦法令适用于私营部门，但不适用于政府雇员、军警人"
                                "员和家政工人。迪拜国际金融中心（DIFC）和阿布扎比国际金融中心（ADGM）有各自独立的雇佣"
                                "法和数据保护法。第一场面试之前，请向本地HR确认招聘主体持有哪类营业执照，以及由此适用"
                                "哪套规则。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "What the instruments say",
                            "zh": "法律条文要点",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Labour law, art. 4 (equality and non-discrimination).</strong> Federal "
                            "Decree-Law No. 33 of 2021 prohibits discrimination on the basis of race, colour, sex, "
                            "religion, national or social origin, or disability that would impair equal opportunity "
                            "in getting or keeping a job. Measures that promote the employment of UAE nationals are "
                            "expressly not discrimination, and women are entitled to equal pay for the same work or "
                            "work of equal value.</li><li><strong>Labour law, art. 30 (maternity).</strong> An "
                            "employer may not terminate or give notice to a woman because of pregnancy or maternity "
                            "leave. An interview question about pregnancy is the first step towards exactly that "
                            "allegation.</li><li><strong>Federal Decree-Law No. 34 of 2023 on Combating "
                            "Discrimination, Hatred and Extremism.</strong> It replaced the 2015 anti-discrimination "
                            "law and criminalises discrimination based on religion, belief, sect, race, colour, "
                            "ethnic origin or gender, as well as insulting religions. A careless joke about "
                            "someone's faith is not a matter of etiquette here; it can be a criminal "
                            "offence.</li><li><strong>Federal Decree-Law No. 45 of 2021 on the Protection of "
                            "Personal Data (PDPL).</strong> It treats data revealing religion, health, biometrics, "
                            "ethnic origin or criminal record as sensitive. Collect only what the hiring decision "
                            "needs. The PDPL does not apply in the DIFC or ADGM, and its executive regulations were "
                            "still awaited in the sources we checked, so let HR confirm the current "
                            "position.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>劳动法第4条（平等与禁止歧视）。</strong>2021年第33号联邦法令禁止基于种族"
                            "、肤色、性别、宗教、国籍或社会出身、残障的歧视，只要这种歧视会损害求职或保住工作的平等机"
                            "会。促进阿联酋公民就业的措施被明确规定为不构成歧视；女性从事相同工作或同等价值工作，有权"
                            "获得同等报酬。</li><li><strong>劳动法第30条（生育保护）。</strong>雇主不得因女性怀孕或休"
                            "产假而解雇她或向她发出解雇通知。面试中问及怀孕，正是走向这类指控的第一步。"
                            "</li><li><strong>关于打击歧视、仇恨和极端主义的2023年第34号联邦法令。</strong>该法取代了"
                            "2015年的反歧视法，将基于宗教、信仰、教派、种族、肤色、族裔或性别的歧视以及侮辱宗教的行为"
                            "列为刑事犯罪。在这里，拿别人的信仰随口开玩笑不只是失礼，而可能构成刑事犯罪。"
                            "</li><li><strong>关于保护个人数据的2021年第45号联邦法令（PDPL）。</strong>该法将能够反映"
                            "宗教、健康、生物识别、族裔出身或犯罪记录的数据视为敏感数据。只收集招聘决策确实需要的信息"
                            "。PDPL不适用于DIFC和ADGM；在我们查阅的资料中，其实施细则仍未出台，因此请由HR确认最新情况"
                            "。</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": {
                            "en": "Not legal advice",
                            "zh": "并非法律意见",
                        },
                        "body": {
                            "en": (
                                "<p>This lesson summarises public sources so that you ask better questions of local "
                                "HR and counsel. It is not legal advice, laws change, and the taboo cards below have "
                                "not yet been reviewed by counsel.</p>"
                            ),
                            "zh": (
                                "<p>本课汇总公开资料，目的是帮助你向本地HR和法律顾问提出更准确的问题。本课不构成法律"
                                "意见，法律也会变化，下面的禁忌卡片尚未经过法律顾问审核。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Taboo cards for the UAE",
                            "zh": "阿联酋禁忌卡片",
                        },
                        "level": 2,
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Religion, sect and prayer habits",
                            "zh": "宗教、教派与礼拜习惯",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "Questions such as 'Are you Sunni or Shia?' or 'Will you need to leave for Friday "
                                "prayers?' tie the hiring decision to faith. In a workforce drawn from dozens of "
                                "countries, they also signal that some candidates are less welcome than others."
                            ),
                            "zh": (
                                "诸如“你是逊尼派还是什叶派？”或“你周五需要离开去做礼拜吗？”这类问题，会把录用决定与信"
                                "仰挂钩。在员工来自几十个国家的环境里，这类问题还会传递出某些候选人不太受欢迎的信号。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Decree-Law No. 33 of 2021, art. 4 (religion); Federal Decree-Law No. 34 of "
                                "2023 (religious discrimination and contempt of religion are criminal offences); "
                                "PDPL 45/2021 treats religious data as sensitive."
                            ),
                            "zh": (
                                "2021年第33号联邦法令第4条（宗教）；2023年第34号联邦法令（宗教歧视和亵渎宗教属刑事犯"
                                "罪）；2021年第45号PDPL将宗教信息列为敏感数据。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Describe the working pattern and ask: 'Our core hours are 9:00 to 17:00, Monday to "
                                "Friday. Is there anything about this schedule you would like to discuss?' Leave any "
                                "request for prayer time to HR after the offer."
                            ),
                            "zh": (
                                "说明工作安排后再问：“我们的核心工作时间是周一至周五9点到17点，关于这个安排您有什么想"
                                "沟通的吗？”礼拜时间等安排请在发出录用通知后交由HR处理。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Nationality, passport and origin",
                            "zh": "国籍、护照与出身",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "'Which passport do you hold?' invites nationality-based shortlisting, a pattern "
                                "regulators and candidates watch for closely in the Gulf. National origin is a "
                                "protected ground; visa status is not a licence to ask about it."
                            ),
                            "zh": (
                                "“你持哪国护照？”容易导致按国籍筛选候选人，而这正是海湾地区监管机构和候选人高度关注的"
                                "问题。国籍出身属于受保护事项，签证问题并不等于可以追问国籍。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Decree-Law No. 33 of 2021, art. 4 (national or social origin). Art. 4 "
                                "allows measures that favour UAE nationals (Emiratisation), which HR applies as a "
                                "programme, not interviewers as a hunch."
                            ),
                            "zh": (
                                "2021年第33号联邦法令第4条（国籍或社会出身）。第4条允许优先雇用阿联酋公民（本地化政策"
                                "），但这由HR按项目统一执行，而不是由面试官凭感觉判断。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'Are you currently able to work in the UAE, or would you need the company to "
                                "sponsor a residence visa?' That tells you about cost and timing without touching "
                                "origin."
                            ),
                            "zh": (
                                "“您目前是否可以在阿联酋合法工作，还是需要公司为您办理居留签证？”这样既能了解成本和时"
                                "间，又不涉及出身。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Pregnancy and plans for children",
                            "zh": "怀孕与生育计划",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "Asking a woman whether she plans to have children, or whether she is pregnant, is "
                                "the textbook route to a sex-discrimination complaint: once you have asked, any "
                                "later rejection can be read as a consequence of the answer."
                            ),
                            "zh": (
                                "询问女性是否打算生育或是否怀孕，是引发性别歧视投诉的典型途径：一旦问过，之后任何不录"
                                "用的决定都可能被解读为与她的回答有关。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Decree-Law No. 33 of 2021, art. 4 (sex) and art. 30 (no termination or "
                                "notice because of pregnancy or maternity leave)."
                            ),
                            "zh": "2021年第33号联邦法令第4条（性别）及第30条（不得因怀孕或产假解雇或发出解雇通知）。",
                        },
                        "ask_instead": {
                            "en": (
                                "'The role involves travel to Riyadh and Doha about one week a month. Can you meet "
                                "that requirement?' Ask it of every candidate, men and women alike."
                            ),
                            "zh": (
                                "“这个岗位每月大约有一周需要出差到利雅得和多哈，您能满足这个要求吗？”对每位候选人都这"
                                "样问，无论男女。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Marital status and dependants",
                            "zh": "婚姻状况与受抚养人",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "Managers ask about a spouse and children because family residence visas add cost. "
                                "Used to rank candidates, that cost becomes a proxy for sex and family status, and "
                                "women are usually the ones marked down."
                            ),
                            "zh": (
                                "有些经理询问配偶和子女，是因为家属居留签证会增加成本。一旦把这笔成本用来给候选人排序"
                                "，它就成了性别和家庭状况的替代指标，而被扣分的往往是女性。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Decree-Law No. 33 of 2021, art. 4 (sex); PDPL 45/2021 data-minimisation "
                                "principles. Family sponsorship is an offer-stage matter handled by HR."
                            ),
                            "zh": (
                                "2021年第33号联邦法令第4条（性别）；2021年第45号PDPL的数据最小化原则。家属担保属于发"
                                "放录用通知阶段的事务，由HR处理。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Say: 'Our package includes a residence visa for you; HR will explain what is "
                                "covered for dependants once we make an offer.' Then move on."
                            ),
                            "zh": (
                                "可以这样说：“我们的薪酬方案包含为您本人办理居留签证；发出录用通知后，HR会说明家属相"
                                "关的安排。”然后进入下一个问题。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Health, disability and medical history",
                            "zh": "健康、残障与病史",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "'Any health problems we should know about?' screens out people with disabilities "
                                "and creates sensitive records you then have to protect. Medical fitness for a visa "
                                "is tested separately by the authorities."
                            ),
                            "zh": (
                                "“您有什么我们应该知道的健康问题吗？”会把残障人士筛掉，还会产生你之后必须保护的敏感记"
                                "录。办理签证所需的体检由政府部门另行安排。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Decree-Law No. 33 of 2021, art. 4 (disability); PDPL 45/2021 treats health "
                                "data as sensitive."
                            ),
                            "zh": "2021年第33号联邦法令第4条（残障）；2021年第45号PDPL将健康数据列为敏感数据。",
                        },
                        "ask_instead": {
                            "en": (
                                "Describe the essential tasks ('The role includes site visits to warehouses in Jebel "
                                "Ali') and ask whether the candidate can perform them, with or without adjustments."
                            ),
                            "zh": (
                                "说明岗位的核心任务（“该岗位需要到杰贝阿里的仓库实地走访”），再询问候选人能否完成，无"
                                "论是否需要相应的调整或支持。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Age and date of birth",
                            "zh": "年龄与出生日期",
                        },
                        "regions": ["AE"],
                        "why_risky": {
                            "en": (
                                "Age is not among the grounds listed in art. 4, so some local managers treat it as "
                                "fair game. Our standard is stricter: age says nothing about ability, the question "
                                "invites bias, and the same interviewers also hire in countries where age questions "
                                "are unlawful."
                            ),
                            "zh": (
                                "年龄不在第4条列举的事由之中，因此有些本地经理认为可以随便问。我们的标准更严格：年龄"
                                "不能证明能力，询问年龄会引入偏见，而且同一批面试官也在把年龄问题视为违法的国家招聘。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Not a listed ground in Federal Decree-Law No. 33 of 2021, art. 4; company policy "
                                "and the PDPL's minimisation principle apply. Date of birth is collected by HR for "
                                "visa paperwork after the offer."
                            ),
                            "zh": (
                                "2021年第33号联邦法令第4条未列明年龄；适用公司政策及PDPL的数据最小化原则。出生日期由"
                                "HR在发放录用通知后为办理签证收集。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'Walk me through the last five years of your experience with distributor "
                                "management.' Ask about experience, never about birth year or graduation year."
                            ),
                            "zh": "“请介绍一下您最近五年管理分销商的经历。”询问经验，不要问出生年份或毕业年份。",
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Salary: ask for expectations, explain the package",
                            "zh": "薪酬：问期望，讲清方案",
                        },
                        "level": 3,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>UAE law does not ban salary-history questions, and many local forms still ask for "
                            "'last drawn salary'. Our rule is the same everywhere: ask for expectations, not "
                            "history. In the UAE, also explain how the offer is built. Packages are usually split "
                            "into basic salary plus housing and transport allowances, and the end-of-service "
                            "gratuity under Decree-Law No. 33 of 2021 is calculated on the basic wage. A candidate "
                            "who compares only totals may misread your offer, so show the split early.</p>"
                        ),
                        "zh": (
                            "<p>阿联酋法律并不禁止询问薪资历史，很多本地表格仍要求填写“上一份工作的薪资”。我们的规则"
                            "在各地都一样：问薪资期望，不问薪资历史。在阿联酋，还要讲清薪酬的构成。薪酬方案通常分为基"
                            "本工资加住房和交通津贴，而根据2021年第33号联邦法令，服务期满补偿金按基本工资计算。只比较"
                            "总额的候选人可能误解你的方案，因此应尽早说明构成比例。</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: protected topics in the UAE",
                            "zh": "测验：阿联酋的受保护话题",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "uae-culture-and-communication",
            "title": {
                "en": "Culture, communication and etiquette in UAE interviews",
                "zh": "阿联酋面试中的文化、沟通与礼仪",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Interviewing in Dubai or Abu Dhabi means reading two layers at once. The first is "
                            "Emirati and wider Gulf etiquette, which shapes greetings, hospitality and how "
                            "disagreement is voiced. The second is the candidate's own background, because most "
                            "applicants grew up elsewhere. A Lebanese sales manager, a Keralite finance analyst and "
                            "an Emirati graduate will answer the same question in three different registers. Do not "
                            "assume one 'Middle Eastern' style.</p><h3>Greetings and first minutes</h3><p>Stand when "
                            "the candidate enters, greet with a smile and use their title and family name until they "
                            "invite otherwise. Handshakes across genders are a personal choice: wait for the other "
                            "person to offer a hand, and if they place a hand on their chest instead, do the same "
                            "and move on without comment. Use your right hand to pass documents or business cards. "
                            "If coffee or water is offered to you on site, accept; declining hospitality outright "
                            "reads as cold.</p><p>Small talk is expected but short: the journey, the weather, the "
                            "candidate's view of the market. Keep it away from family, which some Emiratis and many "
                            "candidates from South Asia will raise themselves. You may respond warmly, but do not "
                            "probe or take notes on it.</p><h3>Directness, hierarchy and 'inshallah'</h3><p>Many "
                            "candidates soften bad news and avoid contradicting a senior interviewer. 'Inshallah' "
                            "after a date can mean real commitment or polite uncertainty; follow up with a concrete "
                            "question ('So you could start on 1 March if your notice period is 30 days?'). Titles "
                            "matter: use 'Dr' where it applies, and if a member of a ruling family applies, HR will "
                            "brief you on forms of address.</p><p>Language is rarely a barrier for professional "
                            "roles, since English is the working language of most private companies, but accents and "
                            "idioms vary widely. Speak at a steady pace, avoid Chinese-English shortcuts, and for "
                            "roles dealing with government offices, test Arabic with a native speaker rather than "
                            "guessing from the CV.</p>"
                        ),
                        "zh": (
                            "<p>在迪拜或阿布扎比面试，需要同时读懂两层文化。第一层是阿联酋及更广泛的海湾地区礼仪，它"
                            "影响问候方式、待客之道以及如何表达不同意见。第二层是候选人自身的背景，因为大多数应聘者是"
                            "在别的国家长大的。黎巴嫩籍销售经理、喀拉拉邦籍财务分析师和阿联酋本地毕业生，会用三种截然"
                            "不同的方式回答同一个问题。不要假设存在一种统一的“中东风格”。</p><h3>问候与最初几分钟"
                            "</h3><p>候选人进门时请起身，微笑问候，在对方邀请你直呼其名之前，使用其头衔和姓氏。异性之"
                            "间是否握手属于个人选择：等对方先伸出手；如果对方把手放在胸前致意，你也照做，然后自然地继"
                            "续，不要评论。递交文件或名片请用右手。如果在现场有人为你递上咖啡或水，请接受；直接拒绝款"
                            "待会显得冷淡。</p><p>寒暄是必要的，但要简短：路上交通、天气、候选人对市场的看法都可以。"
                            "避开家庭话题，尽管一些阿联酋人和许多南亚候选人会主动提起。你可以友善回应，但不要追问，也"
                            "不要记录。</p><h3>直接程度、等级与“Inshallah”</h3><p>许多候选人会把坏消息说得委婉，也不"
                            "愿反驳资深面试官。日期后面加一句“Inshallah（如真主所愿）”，可能是真心承诺，也可能是客气"
                            "的不确定；请用具体问题跟进（“也就是说，如果您的通知期是30天，3月1日就可以入职？”）。头衔"
                            "很重要：对方有博士头衔时请称呼“Dr”；如果有王室家族成员应聘，HR会事先告诉你如何称呼。"
                            "</p><p>对专业岗位而言，语言很少构成障碍，因为英语是大多数私营企业的工作语言，但口音和习"
                            "惯用语差异很大。请保持平稳语速，避免中式英语的省略说法；如果岗位需要与政府部门打交道，请"
                            "由母语者测试阿拉伯语能力，而不是凭简历猜测。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Weak: relationships without actions",
                            "zh": "较弱：只谈关系，不谈行动",
                        },
                        "situation": {
                            "en": (
                                "Candidate for Key Account Manager, building materials: 'The market in Abu Dhabi is "
                                "all about relationships.'"
                            ),
                            "zh": "应聘建材行业大客户经理的候选人：“阿布扎比市场靠的就是关系。”",
                        },
                        "task": {
                            "en": "'My task was to bring in the big contractors.'",
                            "zh": "“我的任务是拿下大型承包商。”",
                        },
                        "action": {
                            "en": "'I know the procurement heads personally, so I made sure we were on their list.'",
                            "zh": "“我和采购负责人私交很好，所以我确保我们进入了他们的名单。”",
                        },
                        "result": {
                            "en": "'We did very well that year.'",
                            "zh": "“那一年我们做得非常好。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Relationships do matter in Gulf sales, but this answer gives you nothing to score: "
                                "no account named, no step the candidate took, no number. The interviewer should "
                                "probe: 'Which contractor? What did you do between first meeting and signed order? "
                                "What was the order value against target?' Never score the network itself; score "
                                "what the candidate did with it."
                            ),
                            "zh": (
                                "在海湾地区做销售，关系确实重要，但这个回答没有任何可评分的内容：没有具体客户，没有候"
                                "选人本人采取的步骤，也没有数字。面试官应追问：“是哪家承包商？从第一次见面到签单，您"
                                "具体做了什么？订单金额与目标相比如何？”不要为人脉本身打分，而要为候选人如何运用人脉"
                                "打分。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Strong: the same candidate after probing",
                            "zh": "较强：追问之后的同一位候选人",
                        },
                        "situation": {
                            "en": (
                                "'In 2023 our share with the three largest Abu Dhabi contractors was under 5 "
                                "percent, mainly because we were not on their approved vendor lists.'"
                            ),
                            "zh": (
                                "“2023年，我们在阿布扎比三大承包商中的份额不到5%，主要原因是我们不在他们的合格供应商"
                                "名单上。”"
                            ),
                        },
                        "task": {
                            "en": "'I was asked to get us qualified with at least two of them within nine months.'",
                            "zh": "“公司要求我在九个月内进入其中至少两家的供应商名单。”",
                        },
                        "action": {
                            "en": (
                                "'I mapped each approval process, arranged a factory audit for their quality teams, "
                                "rewrote our technical submittals to match their templates and met the procurement "
                                "lead monthly to track open points.'"
                            ),
                            "zh": (
                                "“我梳理了每家的审批流程，为他们的质量团队安排了工厂审核，按照他们的模板重写了技术资"
                                "料，并每月与采购负责人会面跟进未决事项。”"
                            ),
                        },
                        "result": {
                            "en": (
                                "'We were approved by two of the three in seven months and won AED 14 million in "
                                "orders the following year.'"
                            ),
                            "zh": "“七个月内我们获得了其中两家的批准，第二年拿到了1400万迪拉姆的订单。”",
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Now each STAR element is specific and verifiable. The relationship is still there "
                                "(monthly meetings), but it is one action among several the candidate controlled, "
                                "and the result can be checked with a referee."
                            ),
                            "zh": (
                                "现在STAR的每个要素都具体且可核实。关系依然存在（每月会面），但它只是候选人所掌控的多"
                                "项行动之一，结果也可以通过推荐人核实。"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Etiquette in the room",
                            "zh": "面试现场礼仪",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "Wait for the candidate to offer a handshake, and mirror a hand-on-heart "
                                        "greeting."
                                    ),
                                    "zh": "等候选人先伸手再握手；对方手抚胸口致意时，你也照样回礼。",
                                },
                                "dont": {
                                    "en": (
                                        "Reach for a handshake first across genders or remark on a candidate who "
                                        "does not shake hands."
                                    ),
                                    "zh": "与异性候选人主动伸手握手，或对不握手的候选人发表评论。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Dress conservatively: jacket, covered shoulders and knees, even on a video "
                                        "call."
                                    ),
                                    "zh": "着装保守：穿外套，遮住肩膀和膝盖，视频面试也一样。",
                                },
                                "dont": {
                                    "en": "Comment on a candidate's abaya, kandura, headscarf or any other dress.",
                                    "zh": "评论候选人的阿拜袍、坎度拉长袍、头巾或其他任何服饰。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Turn a vague 'inshallah' into a concrete, polite follow-up question.",
                                    "zh": "把含糊的“Inshallah”转化为具体而礼貌的追问。",
                                },
                                "dont": {
                                    "en": (
                                        "Treat polite agreement as a firm commitment or press aggressively for a 'yes'."
                                    ),
                                    "zh": "把客气的附和当作明确承诺，或咄咄逼人地逼对方说“是”。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: communicating across cultures",
                            "zh": "测验：跨文化沟通",
                        },
                        "category": "Cross-cultural communication and taboos/Communication across cultures",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "uae-scheduling-and-logistics",
            "title": {
                "en": "Scheduling in the UAE: weekends, Ramadan, holidays and time zones",
                "zh": "阿联酋面试排期：周末、斋月、节假日与时区",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Scheduling mistakes are the most common way a foreign interviewer signals that the "
                            "company has not done its homework. In the UAE the traps are the working week, the "
                            "Islamic calendar and the hour of Friday prayers.</p><h3>The working week</h3><p>Since 1 "
                            "January 2022 federal government departments work Monday to Thursday from 7:30 to 15:30 "
                            "and on Friday until 12:00, with Saturday and Sunday as the weekend. The private sector "
                            "was not ordered to follow, but most offices and banks did. Some businesses still work a "
                            "half day on Saturday or keep a Friday off, so check the candidate's current employer "
                            "pattern before proposing a slot. Friday sermons and prayers were set at 13:15 across "
                            "the country when the new week began; do not book anything between 12:00 and 14:30 on a "
                            "Friday.</p><h3>Ramadan</h3><p>During Ramadan private-sector working hours are reduced "
                            "by two hours a day for all employees, fasting or not, under art. 15(2) of Cabinet "
                            "Resolution No. 1 of 2022 implementing the labour law; the Ministry of Human Resources "
                            "and Emiratisation announces the exact arrangement each year and allows flexible or "
                            "remote patterns within the shorter day. Interview in the late morning, keep sessions "
                            "under an hour, and never schedule in the last hour before sunset, when people are "
                            "travelling home for iftar. On camera or in person, do not eat or drink in front of a "
                            "fasting candidate.</p><h3>Public holidays and how they move</h3><p>Public and private "
                            "sectors share one holiday list. The Islamic holidays follow the lunar Hijri calendar, "
                            "so they arrive about eleven days earlier each Gregorian year, and the exact day is "
                            "fixed by moon sighting, often only a day or two in advance. Eid al-Fitr runs from 29 "
                            "Ramadan to 3 Shawwal; Arafat Day (9 Dhu al-Hijjah) is followed by Eid al-Adha (10 to 12 "
                            "Dhu al-Hijjah). Hijri New Year and the Prophet's Birthday are single days. Fixed dates "
                            "are 1 January, Commemoration Day and National Day in early December. Under Cabinet "
                            "Resolution No. 27 of 2024 the Cabinet may move some holidays, but not the Eids, to the "
                            "start or end of a week, so a calendar printed in January can change.</p><h3>Time "
                            "zones</h3><p>The UAE keeps Gulf Standard Time, UTC+4, all year with no daylight saving. "
                            "China is four hours ahead: a 14:00 Beijing slot is 10:00 in Dubai, a comfortable "
                            "morning for the candidate. Panels that include colleagues in Europe should remember "
                            "that the gap to London or Berlin changes twice a year.</p>"
                        ),
                        "zh": (
                            "<p>排期失误，是外国面试官暴露公司“没做功课”最常见的方式。在阿联酋，陷阱主要在工作周、伊"
                            "斯兰历和周五礼拜时间。</p><h3>工作周</h3><p>自2022年1月1日起，联邦政府部门周一至周四7:30"
                            "至15:30上班，周五上班到12:00，周六和周日为周末。私营部门并未被强制要求跟进，但大多数办公"
                            "室和银行都已调整。仍有一些企业周六上半天班，或保留周五休息，所以在提出面试时间之前，请先"
                            "了解候选人现雇主的作息。新工作周实施时，全国统一把周五布道和礼拜定在13:15；周五12:00至"
                            "14:30之间不要安排任何面试。</p><h3>斋月</h3><p>根据实施劳动法的2022年第1号内阁决议第15条"
                            "第2款，斋月期间私营部门所有员工每天的工作时间减少两小时，无论是否斋戒。人力资源和本地化"
                            "部每年公布具体安排，并允许在缩短后的工作时间内采用弹性或远程办公。面试请安排在上午较晚时"
                            "段，每场控制在一小时以内；日落前最后一小时绝不要安排面试，那时人们正赶回家开斋。无论视频"
                            "还是现场，都不要在斋戒的候选人面前吃东西或喝水。</p><h3>公共假期及其变动方式</h3><p>公共"
                            "部门和私营部门使用同一份假期清单。伊斯兰节日遵循希吉拉太阴历，因此在公历中每年大约提前11"
                            "天，具体日期以观测新月为准，往往只提前一两天确定。开斋节从斋月29日持续到闪瓦鲁月3日；阿"
                            "拉法特日（都尔黑哲月9日）之后是宰牲节（都尔黑哲月10日至12日）。伊斯兰新年和先知诞辰各放"
                            "假一天。固定日期的假期有1月1日，以及12月初的纪念日和国庆日。根据2024年第27号内阁决议，内"
                            "阁可以把部分假期（两个开斋节除外）调整到一周的开始或结束，所以一月份印好的日历也可能变化"
                            "。</p><h3>时区</h3><p>阿联酋全年使用海湾标准时间（UTC+4），不实行夏令时。中国比阿联酋早"
                            "四个小时：北京时间14:00是迪拜上午10:00，对候选人来说是很舒适的上午时段。如果面试小组中有"
                            "欧洲同事，请注意阿联酋与伦敦或柏林的时差每年会变化两次。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you send a UAE interview invitation",
                            "zh": "发送阿联酋面试邀请之前",
                        },
                        "items": [
                            {
                                "en": (
                                    "Confirm the candidate's working week (Monday to Friday, or a Saturday half day)."
                                ),
                                "zh": "确认候选人的工作周安排（周一至周五，还是周六上半天班）。",
                            },
                            {
                                "en": (
                                    "Check whether the date falls in Ramadan or near an expected Eid, and keep a "
                                    "fallback date."
                                ),
                                "zh": "核对日期是否落在斋月或预计的开斋节、宰牲节附近，并准备一个备选日期。",
                            },
                            {
                                "en": "Avoid Friday 12:00 to 14:30 and the hour before sunset in Ramadan.",
                                "zh": "避开周五12:00至14:30以及斋月日落前一小时。",
                            },
                            {
                                "en": (
                                    "State the time in Gulf Standard Time (UTC+4) and in China Standard Time in the "
                                    "invitation."
                                ),
                                "zh": "在邀请中同时写明海湾标准时间（UTC+4）和北京时间。",
                            },
                            {
                                "en": (
                                    "For on-site interviews, allow for summer heat and peak traffic on Sheikh Zayed "
                                    "Road."
                                ),
                                "zh": "现场面试要考虑夏季高温和谢赫扎耶德路高峰期的交通。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: preparing the interview",
                            "zh": "测验：面试前准备",
                        },
                        "category": "Etiquette and professional image/Before the interview",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "uae-practice",
            "title": {
                "en": "Practice: a UAE interview from invitation to close",
                "zh": "实战演练：一场完整的阿联酋面试",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>This lesson puts the module together. Run the scenario below in a group of three or "
                            "four: one interviewer from headquarters, one local HR partner, one candidate and, if "
                            "you have a fourth person, an observer who scores against the brief. Swap roles so that "
                            "everyone interviews once. The scenario is set in Ramadan on purpose, because that is "
                            "when scheduling and etiquette mistakes are most visible.</p><p>After each run, the "
                            "observer reads out what they scored and quotes the interviewer's exact words for any "
                            "question that strayed into a protected topic. Rewrite those questions together before "
                            "the next round, and compare the rewritten versions with the taboo cards in lesson "
                            "one.</p>"
                        ),
                        "zh": (
                            "<p>本课把整个模块串起来。请三到四人一组演练下面的情景：一人扮演总部面试官，一人扮演本地"
                            "HR伙伴，一人扮演候选人；如果有第四人，则担任观察员，按照任务说明打分。轮换角色，让每个人"
                            "都当一次面试官。情景特意设定在斋月期间，因为那时排期和礼仪上的失误最容易暴露。</p><p>每"
                            "轮结束后，观察员宣读评分，并逐字引用面试官触及受保护话题的问题。下一轮开始前，大家一起改"
                            "写这些问题，并与第一课中的禁忌卡片进行对照。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Regional sales manager, Dubai, in the second week of Ramadan",
                            "zh": "迪拜区域销售经理面试，斋月第二周",
                        },
                        "setting": {
                            "en": (
                                "A Shenzhen maker of EV chargers is hiring its first Regional Sales Manager for the "
                                "GCC, based in Dubai. The final-round interview is a 45-minute video call at 11:00 "
                                "Dubai time (15:00 in Shenzhen). The candidate, Layla Haddad, is a Jordanian "
                                "national with eight years in energy equipment sales, currently on a 60-day notice "
                                "period."
                            ),
                            "zh": (
                                "一家深圳的电动汽车充电桩制造商正在招聘其首位海湾地区区域销售经理，工作地点在迪拜。终"
                                "面是一场45分钟的视频面试，时间为迪拜时间11:00（深圳时间15:00）。候选人Layla Haddad持"
                                "约旦国籍，拥有八年能源设备销售经验，目前的离职通知期为60天。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer: Zhang Wei, overseas sales director (HQ)",
                                    "zh": "面试官：张伟，海外销售总监（总部）",
                                },
                                "brief": {
                                    "en": (
                                        "Assess channel-building and tender experience with two structured questions "
                                        "and STAR probes. You are worried about cost: the last hire asked for a "
                                        "family visa. Keep that worry out of the interview and use the package "
                                        "wording HR gave you."
                                    ),
                                    "zh": (
                                        "用两道结构化问题和STAR追问，评估候选人的渠道建设和投标经验。你担心成本：上一"
                                        "位员工要求办理家属签证。请不要把这种担心带进面试，使用HR提供的薪酬方案说法。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Local HR partner: Ahmed Al Mansoori",
                                    "zh": "本地HR伙伴：Ahmed Al Mansoori",
                                },
                                "brief": {
                                    "en": (
                                        "Open the call, explain the Ramadan timing, cover notice period and visa "
                                        "sponsorship in neutral terms, and step in politely if a question drifts "
                                        "towards family or religion."
                                    ),
                                    "zh": (
                                        "负责开场，说明斋月期间的时间安排，用中性措辞讲清通知期和签证担保，如果问题偏"
                                        "向家庭或宗教，礼貌地介入。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Layla Haddad",
                                    "zh": "候选人：Layla Haddad",
                                },
                                "brief": {
                                    "en": (
                                        "You are fasting. Answer the first question in general terms ('we grew the "
                                        "channel a lot') and only give figures if probed. If asked about children or "
                                        "your husband's job, look uncomfortable and ask why it matters."
                                    ),
                                    "zh": (
                                        "你正在斋戒。第一个问题先用笼统的话回答（“我们把渠道做大了很多”），只有被追问"
                                        "时才给出数字。如果被问到孩子或丈夫的工作，表现出不自在，并反问这和岗位有什么"
                                        "关系。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Score 1 to 5 on: time and courtesy set up for Ramadan; structured questions asked "
                                "as written; STAR probes that turn general answers into numbers; zero questions on "
                                "religion, family, pregnancy, nationality or age; accurate, neutral explanation of "
                                "package and visa; no hint of the outcome at the close. Record the exact wording of "
                                "any problem question."
                            ),
                            "zh": (
                                "按1至5分评分：是否针对斋月安排好时间并体现礼貌；是否按原文提出结构化问题；STAR追问是"
                                "否把笼统回答转化为数字；是否完全没有涉及宗教、家庭、怀孕、国籍或年龄；对薪酬方案和签"
                                "证的说明是否准确、中性；结束时是否没有透露任何结果暗示。逐字记录任何有问题的提问。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "UAE pre-interview checklist",
                            "zh": "阿联酋面试前检查清单",
                        },
                        "items": [
                            {
                                "en": (
                                    "Ask local HR which regime applies (mainland, free zone, DIFC or ADGM) and which "
                                    "topics they flag."
                                ),
                                "zh": (
                                    "向本地HR确认适用哪套规则（本土、自贸区、DIFC或ADGM），以及他们提示的敏感话题。"
                                ),
                            },
                            {
                                "en": (
                                    "Write the structured questions and STAR probes; strike anything about family, "
                                    "faith, origin or age."
                                ),
                                "zh": "写好结构化问题和STAR追问；删去任何涉及家庭、信仰、出身或年龄的内容。",
                            },
                            {
                                "en": (
                                    "Get the package wording from HR: basic salary, allowances, visa, and how "
                                    "gratuity is calculated."
                                ),
                                "zh": (
                                    "从HR获取薪酬方案的标准说法：基本工资、各类津贴、签证，以及服务期满补偿金的计算方"
                                    "式。"
                                ),
                            },
                            {
                                "en": (
                                    "Check the date against the working week, Friday prayers, Ramadan and the "
                                    "holiday list."
                                ),
                                "zh": "对照工作周、周五礼拜、斋月和假期清单核对面试日期。",
                            },
                            {
                                "en": (
                                    "Test the video tool with the candidate's time zone shown and a dial-in fallback."
                                ),
                                "zh": "测试视频工具，确认显示候选人所在时区，并准备电话拨入的备用方案。",
                            },
                            {
                                "en": (
                                    "Agree how notes are stored and who sees them, in line with the PDPL or the "
                                    "free-zone law."
                                ),
                                "zh": "按照PDPL或自贸区法律的要求，约定面试记录如何保存以及谁可以查看。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Do and don't in the UAE",
                            "zh": "阿联酋面试宜与忌",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Ask 'Would you need the company to sponsor your residence visa?'",
                                    "zh": "问“您是否需要公司为您办理居留签证？”",
                                },
                                "dont": {
                                    "en": "Ask 'Which passport do you hold?' or 'Where is your family from?'",
                                    "zh": "问“您持哪国护照？”或“您家是哪里人？”",
                                },
                            },
                            {
                                "do": {
                                    "en": "Describe travel and hours and ask whether the candidate can meet them.",
                                    "zh": "说明出差和工作时间要求，再问候选人能否满足。",
                                },
                                "dont": {
                                    "en": "Ask a woman about children, pregnancy or her husband's job.",
                                    "zh": "问女性候选人关于孩子、怀孕或丈夫工作的问题。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Explain the split between basic salary and allowances before discussing "
                                        "numbers."
                                    ),
                                    "zh": "在谈具体数字之前，先说明基本工资和津贴的构成。",
                                },
                                "dont": {
                                    "en": "Ask for last drawn salary or promise bonuses HR has not approved.",
                                    "zh": "询问上一份工作的薪资，或承诺HR尚未批准的奖金。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Close with next steps and a date for feedback.",
                                    "zh": "结束时说明后续步骤和反馈时间。",
                                },
                                "dont": {
                                    "en": (
                                        "Say 'You're exactly who we need' or hint at the result before the panel "
                                        "decides."
                                    ),
                                    "zh": "在评审小组决定之前说“您正是我们需要的人”或暗示结果。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: interviewing in the UAE",
                            "zh": "测验：在阿联酋面试",
                        },
                        "category": "Cross-cultural communication and taboos/Regions/United Arab Emirates",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
