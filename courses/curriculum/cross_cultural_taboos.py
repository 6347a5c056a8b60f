"""Foundation course: cross-cultural communication and interview taboos (seed data, see FORMAT in __init__)."""

from __future__ import annotations

COURSE = {
    "slug": "cross-cultural-taboos",
    "order": 30,
    "title": {
        "en": "Cross-cultural communication and interview taboos",
        "zh": "跨文化沟通与面试禁忌",
    },
    "summary": {
        "en": (
            "The protected topics an interviewer must not raise abroad (religion, marital and family status, "
            "pregnancy, age, salary history, health and disability, nationality and ethnicity, sexual orientation, "
            "political and union views, criminal record), why each is risky and what to ask instead; how to "
            "prepare a market with local HR and an interpreter; and how to communicate honestly without "
            "gender-sensitive remarks, praise of overtime, over-promising or hints about the outcome."
        ),
        "zh": (
            "面试官在海外不得触碰的受保护话题（宗教、婚姻与家庭状况、怀孕、年龄、薪资历史、健康与残障、国籍与民族、"
            "性取向、政治观点与工会、犯罪记录）：每个话题的风险在哪里、应当改问什么；如何借助当地人力资源部门和翻译"
            "为进入一个市场做准备；以及如何诚实地沟通，不说涉及性别的不当言论、不推崇加班、不“画饼”、不暗示面试结果。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 140,
    "regions": [],
    "prerequisites": [],
    "objectives": [
        {
            "en": (
                "Recognise the protected topics and explain why asking about them is risky even where the question "
                "itself is not unlawful."
            ),
            "zh": "识别受保护的话题，并说明即使问题本身并不违法，询问这些话题为什么仍有风险。",
        },
        {
            "en": (
                "Replace a risky question with a job-related one that gets the information the role genuinely requires."
            ),
            "zh": "把有风险的问题改写成与岗位相关的问题，获取岗位真正需要的信息。",
        },
        {
            "en": (
                "Prepare for interviewing in a new country: ask local HR about taboos, brief and work with an "
                "interpreter, and have materials checked."
            ),
            "zh": (
                "为在一个新国家开展面试做好准备：向当地人力资源部门了解禁忌，向翻译做好交底并与之配合，并让招聘材料"
                "经过核对。"
            ),
        },
        {
            "en": (
                "Communicate openly and honestly across cultures: no gender-sensitive or religious remarks, no "
                "praise of overtime culture, no over-promising and no hint of the outcome."
            ),
            "zh": (
                "以开放、诚实的方式进行跨文化沟通：不说涉及性别或宗教习俗的不当言论，不推崇加班文化，不“画饼”，也不"
                "暗示面试结果。"
            ),
        },
    ],
    "lessons": [
        {
            "slug": "why-protected-topics-matter",
            "title": {
                "en": "Protected topics: where the line is and why",
                "zh": "受保护话题：界线在哪里，为什么",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>In many workplaces in China, questions about marriage, children, age, hometown and "
                            "current salary are a normal part of an interview, often asked kindly. Abroad, the "
                            "same questions can be unlawful, can become evidence in a discrimination claim, and "
                            "can end a good candidate's interest on the spot. This is the single most common way "
                            "for a capable manager to get into trouble when interviewing in another country, so "
                            "the rule is firm: never ask about religion, marital status, age, salary or similar "
                            "private matters, and before interviewing in a country, ask local HR which topics are "
                            "taboo there.</p><h3>Two ways the law works</h3><p><strong>Some laws forbid the "
                            "question itself.</strong> In the United States the Americans with Disabilities Act "
                            "prohibits disability-related questions and medical examinations before a conditional "
                            "job offer; in the United Kingdom section 60 of the Equality Act 2010 restricts health "
                            "questions before an offer; California and New York prohibit asking for salary "
                            "history; in Brazil, requiring a test, certificate or declaration about pregnancy is a "
                            "crime under Law 9.029/1995; Mexico's Federal Labour Law forbids requiring a "
                            "certificate of non-pregnancy.</p><p><strong>Other laws forbid the decision.</strong> "
                            "Title VII of the US Civil Rights Act of 1964, Germany's General Equal Treatment Act "
                            "(AGG), the UAE's Decree-Law No. 33 of 2021 and Indonesia's Manpower Law No. 13 of "
                            "2003 prohibit discriminating on protected grounds. Here the question becomes the "
                            "evidence. The US Equal Employment Opportunity Commission reasons that questions in an "
                            "interview are presumably asked for a purpose and the answers used; under AGG § 22, "
                            "once a candidate shows indications of discrimination, the employer must prove there "
                            "was none. 'I didn't use the answer' is very hard to prove after you have "
                            "asked.</p><h3>The rule of thumb</h3><p>Ask only what the job requires, and ask every "
                            "candidate the same. If an answer could reveal a protected characteristic and the job "
                            "does not need it, do not ask. If the job does need something (travel, shifts, the "
                            "right to work in the country, the ability to perform a physical task) ask about that "
                            "requirement directly, and ask everyone.</p>"
                        ),
                        "zh": (
                            "<p>在国内不少职场，关于婚姻、子女、年龄、籍贯和目前薪资的问题是面试的常规内容，而且往"
                            "往是出于好意。到了海外，同样的问题可能违法，可能成为歧视诉讼中的证据，也可能让一位优秀"
                            "的候选人当场失去兴趣。这是能干的经理在海外面试中最容易栽跟头的地方，所以规则很明确：严"
                            "禁询问宗教、婚姻、年龄、薪资等隐私话题；在一个国家开展面试之前，先向当地人力资源部门了"
                            "解当地有哪些禁忌话题。</p><h3>法律的两种作用方式</h3><p><strong>有些法律禁止的是提问本"
                            "身。</strong>在美国，《美国残疾人法》禁止在发出附条件录用通知之前询问与残疾有关的问题"
                            "或进行体检；在英国，《2010年平等法》第60条限制在录用前询问健康问题；美国加利福尼亚州和"
                            "纽约州禁止询问薪资历史；在巴西，根据第9.029/1995号法律，要求出具与怀孕有关的检测、证明"
                            "或声明构成犯罪；墨西哥《联邦劳动法》禁止要求提供未怀孕证明。</p><p><strong>另一些法律"
                            "禁止的是决定。</strong>美国《1964年民权法》第七章、德国《一般平等待遇法》（AGG）、阿联"
                            "酋2021年第33号联邦法令以及印度尼西亚2003年第13号《人力法》，都禁止基于受保护理由的歧视。"
                            "在这种情况下，问题本身就成了证据。美国平等就业机会委员会的逻辑是：面试中的问题都是有目"
                            "的的，答案也会被使用；根据AGG第22条，只要候选人举出存在歧视的迹象，雇主就必须证明不存"
                            "在歧视。问都问了，再说“我没有用那个答案”，是很难证明的。</p><h3>经验法则</h3><p>只问岗"
                            "位需要的，而且对每位候选人问同样的问题。如果一个回答可能暴露受保护的特征，而岗位又不需"
                            "要这项信息，就不要问。如果岗位确实有某项要求（出差、倒班、在该国合法工作的资格、完成某"
                            "项体力工作的能力），就直接问这项要求本身，并且对每个人都问。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "About the legal statements in this course",
                            "zh": "关于本课程中的法律表述",
                        },
                        "body": {
                            "en": (
                                "<p>The laws named in this course are summarised for interviewers, not for "
                                "lawyers. They are simplified, they change, and many have exceptions. They are not "
                                "legal advice and have not yet been reviewed by counsel, which is why each taboo "
                                "card is marked 'unreviewed'. When a situation is not clear, stop and ask local "
                                "HR.</p>"
                            ),
                            "zh": (
                                "<p>本课程中提到的法律，是为面试官而不是为律师所作的概述。这些概述经过简化，法律本"
                                "身也会修订，而且很多都有例外。它们不构成法律意见，也尚未经过法律顾问审核，因此每张"
                                "禁忌卡片都标注为“未审核”。遇到拿不准的情况，先停下来，问当地人力资源部门。</p>"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Habits from home, rules abroad",
                            "zh": "国内习惯与海外规则",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "'The role involves about six nights a month away from home. Is that "
                                        "workable for you?' (asked of everyone)"
                                    ),
                                    "zh": "“这个岗位每月大约有六个晚上要在外地过夜，您能接受吗？”（对每个人都这样问）",
                                },
                                "dont": {
                                    "en": "'Are you married? Who looks after the children when you travel?'",
                                    "zh": "“您结婚了吗？您出差时孩子谁来带？”",
                                },
                            },
                            {
                                "do": {
                                    "en": "'What salary range are you looking for in this role?'",
                                    "zh": "“您对这个岗位的薪资期望是多少？”",
                                },
                                "dont": {
                                    "en": "'What is your current salary? Please send a payslip.'",
                                    "zh": "“您现在的工资是多少？请发一张工资单过来。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'This role needs business-level written German. How do you use German at "
                                        "work today?'"
                                    ),
                                    "zh": "“这个岗位要求商务水平的德语写作能力。您目前在工作中如何使用德语？”",
                                },
                                "dont": {
                                    "en": "'Your German is very good. Where are your parents from?'",
                                    "zh": "“您德语说得真好。您父母是哪里人？”",
                                },
                            },
                            {
                                "do": {
                                    "en": "'Tell me about the most complex project you led in the last three years.'",
                                    "zh": "“请讲讲您近三年负责过的最复杂的项目。”",
                                },
                                "dont": {
                                    "en": "'You graduated in 1995, so how many years do you want to keep working?'",
                                    "zh": "“您是1995年毕业的，那您还打算再干几年？”",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: why protected topics matter",
                            "zh": "小测：受保护话题为何重要",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "family-age-health-and-pay",
            "title": {
                "en": "Protected topics I: family, pregnancy, age, health and pay",
                "zh": "受保护话题（一）：家庭、怀孕、年龄、健康与薪资",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Each card below names a topic, explains why it is risky, lists examples of the law "
                            "it rests on, and gives a job-related question to ask instead. The legal examples are "
                            "not complete: the regional modules cover each country in more depth, and local HR has "
                            "the final word. A pattern runs through all five: the risky question tries to predict "
                            "availability or cost from a personal characteristic, while the safe question asks "
                            "directly about the requirement of the job.</p>"
                        ),
                        "zh": (
                            "<p>下面每张卡片写明一个话题、它的风险所在、所依据法律的若干例子，以及可以改问的与岗位"
                            "相关的问题。所列法律例子并不完整：各地区模块会逐国深入讲解，最终以当地人力资源部门的意"
                            "见为准。这五张卡片有一个共同规律：有风险的问题试图通过个人特征来推测对方能投入多少时间、"
                            "会带来多少成本，而安全的问题则直接询问岗位本身的要求。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Marital status and family",
                            "zh": "婚姻与家庭状况",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Questions about marriage, a partner, children or childcare are the classic route "
                                "into sex discrimination: they are asked mostly of women and answered in the "
                                "interviewer's head with assumptions about commitment and availability. Several "
                                "countries protect marital or family status directly, and even where the question "
                                "is not itself banned, asking it suggests that the answer mattered."
                            ),
                            "zh": (
                                "询问婚姻、伴侣、子女或托育安排，是通往性别歧视的典型途径：这些问题大多是问女性的，"
                                "而面试官心里会据此对其投入程度和可支配时间作出假设。有些国家直接保护婚姻或家庭状况；"
                                "即使在没有明令禁止提问的地方，问了就意味着答案会影响结果。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: EEOC guidance treats questions about marital status, children and "
                                "childcare as generally not job-related and problematic under Title VII of the "
                                "Civil Rights Act of 1964. United Kingdom: marriage and civil partnership is a "
                                "protected characteristic (Equality Act 2010, s. 4). Brazil: Law 9.029/1995, art. "
                                "1, prohibits discriminatory practices in access to employment on grounds of "
                                "marital status or family situation. Mexico: Federal Labour Law (LFT), art. "
                                "133(I), forbids refusing workers because of marital status. Vietnam: Labour Code "
                                "2019 (Law 45/2019/QH14) lists marital status among prohibited grounds of "
                                "discrimination. Japan: the labour ministry's fair-selection guidance lists "
                                "questions about family among those liable to lead to discrimination."
                            ),
                            "zh": (
                                "美国：平等就业机会委员会的指引认为，询问婚姻状况、子女和托育安排通常与岗位无关，在"
                                "《1964年民权法》第七章下存在问题。英国：婚姻与民事伴侣关系属于受保护特征（《2010年"
                                "平等法》第4条）。巴西：第9.029/1995号法律第1条禁止在就业机会上基于婚姻状况或家庭状"
                                "况的歧视性做法。墨西哥：《联邦劳动法》第133条第I项禁止因婚姻状况拒绝录用劳动者。越"
                                "南：《2019年劳动法典》（第45/2019/QH14号法律）将婚姻状况列为禁止歧视的理由之一。日"
                                "本：厚生劳动省关于公正录用选考的指引，把询问家庭情况列为可能导致就业歧视的事项。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Describe the real requirements of the role (hours, travel, relocation, on-call "
                                "duty) and ask every candidate whether they can meet them: 'The role includes "
                                "on-call duty one week in four. Can you meet that requirement?'"
                            ),
                            "zh": (
                                "说明岗位的实际要求（工作时间、出差、调动、值班），并询问每位候选人能否满足：“这个"
                                "岗位每四周要值班一周，您能满足这个要求吗？”"
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
                            "en": "Pregnancy and family plans",
                            "zh": "怀孕与生育计划",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Refusing a candidate because she is, or might become, pregnant is sex "
                                "discrimination in almost every market we hire in, and asking makes the motive "
                                "visible. In some countries requiring proof of non-pregnancy is itself an offence. "
                                "There is no job-related version of this question."
                            ),
                            "zh": (
                                "因为候选人已经怀孕或可能怀孕而拒绝录用，在我们招聘的几乎所有市场都构成性别歧视，而"
                                "一问就把动机暴露了。有些国家要求提供未怀孕证明本身就是违法行为。这个问题不存在与岗"
                                "位相关的问法。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Title VII, as amended by the Pregnancy Discrimination Act of 1978. "
                                "Germany: AGG § 3(1) treats less favourable treatment of a woman because of "
                                "pregnancy or maternity as direct sex discrimination; the Federal Labour Court has "
                                "held the pregnancy question inadmissible, so that a candidate may answer it "
                                "untruthfully (BAG, 6 February 2003, 2 AZR 621/01). United Kingdom: pregnancy and "
                                "maternity (Equality Act 2010, s. 4). Brazil: Law 9.029/1995, art. 2, makes "
                                "requiring any test, certificate or declaration about pregnancy a crime. Mexico: "
                                "LFT art. 133(XIV) forbids requiring a certificate of non-pregnancy for hiring, "
                                "continued employment or promotion."
                            ),
                            "zh": (
                                "美国：经《1978年怀孕歧视法》修订的《民权法》第七章。德国：AGG第3条第1款规定，因怀"
                                "孕或生育而对女性作出不利对待，构成直接的性别歧视；联邦劳动法院认定询问怀孕属于不得"
                                "提出的问题，候选人即使不如实回答也不承担后果（联邦劳动法院2003年2月6日判决，2 AZR "
                                "621/01）。英国：怀孕与生育（《2010年平等法》第4条）。巴西：第9.029/1995号法律第2条"
                                "规定，要求出具任何与怀孕有关的检测、证明或声明均构成犯罪。墨西哥：《联邦劳动法》第"
                                "133条第XIV项禁止在录用、留用或晋升时要求提供未怀孕证明。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Do not ask. Describe the start date, travel and any genuine physical demands of "
                                "the role, and ask every candidate whether they can meet them. Questions about "
                                "leave entitlements are for HR, after an offer."
                            ),
                            "zh": (
                                "不要问。说明岗位的入职日期、出差安排以及确实存在的体力要求，并询问每位候选人能否满"
                                "足。关于假期待遇的问题，留给人力资源部门在发出录用通知之后处理。"
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
                            "en": "Age",
                            "zh": "年龄",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Age questions, including disguised ones such as the year someone graduated or "
                                "'how many years until you retire?', invite stereotypes about energy, salary "
                                "expectations and fitting in with a young team. Job advertisements with age "
                                "limits, still common in some markets, are unlawful in many others."
                            ),
                            "zh": (
                                "询问年龄，包括变相询问（比如问毕业年份，或者“您还有几年退休？”），会引出关于精力、"
                                "薪资期望以及能否融入年轻团队的刻板印象。招聘广告设年龄上限在一些市场仍很常见，但在"
                                "许多其他市场是违法的。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Age Discrimination in Employment Act of 1967 (ADEA), protecting "
                                "people aged 40 and over. Germany: AGG §§ 1 and 7 (age). United Kingdom: age "
                                "(Equality Act 2010, s. 4). Japan: Act on the Comprehensive Promotion of Labour "
                                "Policies, Art. 9, requires recruitment regardless of age except in exceptions "
                                "listed in the ministry's ordinance. Saudi Arabia: Labour Law (Royal Decree M/51), "
                                "Art. 3 as amended, gives citizens an equal right to work without discrimination "
                                "on grounds including age."
                            ),
                            "zh": (
                                "美国：《1967年就业年龄歧视法》（ADEA），保护40岁及以上人群。德国：AGG第1条和第7条"
                                "（年龄）。英国：年龄（《2010年平等法》第4条）。日本：《劳动施策综合推进法》第9条要"
                                "求招聘录用不问年龄，省令列明的例外情形除外。沙特阿拉伯：《劳动法》（皇家法令M/51号）"
                                "经修订的第3条规定，公民享有平等的工作权利，不得因年龄等理由受到歧视。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Ask about the experience and skills the role needs, and check a legal minimum age "
                                "only where a law requires one: 'This role leads a shift of twenty technicians. "
                                "Tell me about the largest team you have led and how you handled the first month.'"
                            ),
                            "zh": (
                                "询问岗位所需的经验和技能；只有在法律有明确要求时，才核实法定最低年龄：“这个岗位要"
                                "带一个二十名技术员的班组。请讲讲您带过的最大的团队，以及您是怎么度过第一个月的。”"
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
                            "en": "Health and disability",
                            "zh": "健康与残障",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Questions about illness, medication, sick days or a visible condition screen out "
                                "disabled candidates, and in several markets they are prohibited before an offer "
                                "whatever the intention. A candidate with an impairment may be fully able to do "
                                "the job, with or without an adjustment."
                            ),
                            "zh": (
                                "询问疾病、用药、病假天数或某种看得出的身体状况，会把残障候选人筛掉；在一些市场，无"
                                "论出于什么目的，在录用之前提这类问题都是被禁止的。有身体障碍的候选人，在有或没有便"
                                "利安排的情况下，完全可能胜任工作。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Americans with Disabilities Act of 1990, Title I; 42 U.S.C. § "
                                "12112(d) prohibits disability-related inquiries and medical examinations before a "
                                "conditional job offer. United Kingdom: Equality Act 2010, s. 60, restricts "
                                "questions about health before an offer, with exceptions such as arranging "
                                "adjustments for the interview. Germany: AGG §§ 1 and 7 (disability). United Arab "
                                "Emirates: Federal Decree-Law No. 33 of 2021, Art. 4 (disability). Brazil: Law "
                                "9.029/1995, art. 1 (disability). Japan: the labour ministry's fair-selection "
                                "guidance lists health examinations at selection without a rational, objective "
                                "need among practices liable to lead to discrimination."
                            ),
                            "zh": (
                                "美国：《1990年美国残疾人法》第一章；《美国法典》第42编第12112条(d)款禁止在发出附条"
                                "件录用通知之前询问与残疾有关的问题或进行体检。英国：《2010年平等法》第60条限制在录"
                                "用前询问健康问题，但有例外，例如为面试本身安排便利。德国：AGG第1条和第7条（残障）。"
                                "阿联酋：2021年第33号联邦法令第4条（残障）。巴西：第9.029/1995号法律第1条（残障）。"
                                "日本：厚生劳动省关于公正录用选考的指引，把在没有合理、客观必要的情况下于选考时实施"
                                "体检，列为可能导致就业歧视的做法。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "State the essential duties and ask whether the candidate can perform them, with "
                                "or without adjustments: 'The role involves site visits that include climbing "
                                "ladders. Can you carry out these duties?' Ask every candidate whether they need "
                                "adjustments for the interview itself. Any medical check, where lawful, comes "
                                "after a conditional offer and goes through HR."
                            ),
                            "zh": (
                                "说明岗位的基本职责，询问候选人在有或没有便利安排的情况下能否履行：“这个岗位要去现"
                                "场巡检，包括爬梯子。您能履行这些职责吗？”询问每位候选人参加面试本身是否需要便利安"
                                "排。任何体检，在法律允许的前提下，都放在发出附条件录用通知之后，并由人力资源部门安"
                                "排。"
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
                            "en": "Salary history",
                            "zh": "薪资历史",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Asking what a candidate earns now carries past pay gaps, often between women and "
                                "men, straight into your offer. A growing number of jurisdictions ban the "
                                "question, and it is also against our own interview rules. In China it is so "
                                "routine that interviewers ask it without thinking; abroad, ask about expectations "
                                "instead."
                            ),
                            "zh": (
                                "询问候选人目前的薪资，会把过去的薪酬差距（往往是男女之间的差距）直接带进你的录用报"
                                "价。越来越多的司法辖区禁止这样问，这也违反我们自己的面试规则。在国内，这个问题常见"
                                "到面试官不假思索就问出口；在海外，应改问薪资期望。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: there is no federal ban, but many states and cities prohibit the "
                                "question, for example California Labor Code § 432.3 and New York Labor Law § "
                                "194-a; both still allow a candidate to disclose pay voluntarily and without "
                                "prompting. European Union: the Pay Transparency Directive (EU) 2023/970, Art. "
                                "5(2), prohibits employers from asking applicants about their pay history; member "
                                "states must transpose it by 7 June 2026, so check whether the national law is "
                                "already in force."
                            ),
                            "zh": (
                                "美国：联邦层面没有禁令，但许多州和城市禁止询问，例如《加州劳动法典》第432.3条和《"
                                "纽约州劳动法》第194-a条；两者都允许候选人在未被询问的情况下主动披露薪资。欧盟：《"
                                "薪酬透明指令》（(EU) 2023/970）第5条第2款禁止雇主询问求职者的薪资历史；成员国须在"
                                "2026年6月7日之前将其转化为国内法，因此要确认该国的实施法律是否已经生效。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'What salary range are you looking for in this role?' Share the role's range "
                                "where policy and law allow; in California, for example, employers with fifteen or "
                                "more employees must put the pay scale in the job posting. If pay needs to be "
                                "verified for a package, HR does it after the offer, only where local law allows "
                                "and only with the candidate's explicit consent."
                            ),
                            "zh": (
                                "“您对这个岗位的薪资期望是多少？”在公司政策和法律允许的范围内，告知岗位的薪资区间；"
                                "例如在加利福尼亚州，雇员十五人及以上的雇主必须在招聘信息中列明薪资范围。如果制定薪"
                                "酬方案时确需核实收入，由人力资源部门在发出录用通知之后进行，前提是当地法律允许，并"
                                "且取得候选人的明确同意。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: family, age, health and pay",
                            "zh": "小测：家庭、年龄、健康与薪资",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "identity-beliefs-and-record",
            "title": {
                "en": "Protected topics II: religion, origin, orientation, opinions and record",
                "zh": "受保护话题（二）：宗教、出身、性取向、观点与犯罪记录",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The second group of topics concerns who a candidate is and what they believe. "
                            "These questions often arrive disguised as interest or friendliness: a compliment on "
                            "someone's German followed by 'but where are you really from?', a question about "
                            "Ramadan plans, or an assumption that a male candidate has a wife who will relocate "
                            "with him. Treat the warmth as welcome and the question as off limits.</p>"
                        ),
                        "zh": (
                            "<p>第二组话题关乎候选人是谁、信仰什么。这类问题常常披着关心或友善的外衣出现：先夸对方"
                            "德语好，接着问“那您到底是哪里人？”；问对方斋月有什么安排；或者想当然地认为男性候选人有"
                            "一位会随他调动的妻子。善意值得欢迎，但这些问题不能问。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Religion and belief",
                            "zh": "宗教与信仰",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Questions about faith, prayer, fasting, religious dress or diet reveal religion "
                                "and invite assumptions about availability and fit. A remark about a headscarf or "
                                "about prayer times can be heard as hostility even when it is meant kindly."
                            ),
                            "zh": (
                                "询问信仰、礼拜、斋戒、宗教服饰或饮食，会暴露宗教信仰，并引出关于工作时间和“是否合"
                                "适”的假设。关于头巾或礼拜时间的一句评论，即使出于好意，也可能被听成敌意。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Title VII (religion), which also requires reasonable accommodation "
                                "of religious practice unless it would cause undue hardship. United Kingdom: "
                                "religion or belief (Equality Act 2010, s. 4). Germany: AGG §§ 1 and 7 (religion "
                                "or belief). Indonesia: Manpower Law No. 13 of 2003, Arts. 5 and 6 (religion). "
                                "United Arab Emirates: Decree-Law No. 33 of 2021, Art. 4 (religion). Japan: the "
                                "labour ministry's fair-selection guidance lists religion among matters that "
                                "should be left free and not asked about."
                            ),
                            "zh": (
                                "美国：《民权法》第七章（宗教），该法还要求雇主对宗教活动提供合理便利，除非会造成过"
                                "度困难。英国：宗教或信仰（《2010年平等法》第4条）。德国：AGG第1条和第7条（宗教或世"
                                "界观）。印度尼西亚：2003年第13号《人力法》第5条和第6条（宗教）。阿联酋：2021年第33"
                                "号联邦法令第4条（宗教）。日本：厚生劳动省关于公正录用选考的指引，将宗教列为本应自"
                                "由、不应询问的事项。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "State the working pattern and ask whether the candidate can work it: 'The role "
                                "includes about four weekend trade fairs a year. Can you meet that?' If a "
                                "candidate raises a religious practice, acknowledge it neutrally and leave any "
                                "accommodation to HR."
                            ),
                            "zh": (
                                "说明岗位的工作安排，询问候选人能否适应：“这个岗位每年大约有四次周末展会。您能参加"
                                "吗？”如果候选人主动提到某种宗教习惯，中性地回应即可，任何便利安排都交由人力资源部"
                                "门处理。"
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
                            "en": "Nationality, ethnicity and origin",
                            "zh": "国籍、民族与出身",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "'Where are you really from?', questions about parents, a surname or an accent tie "
                                "the decision to origin. The right to work in the country is a legitimate "
                                "question; citizenship or origin usually is not. Localisation quotas, such as "
                                "Saudi Arabia's Nitaqat programme, are compliance requirements that HR manages; "
                                "they do not make origin a topic for the interview."
                            ),
                            "zh": (
                                "“您到底是哪里人？”以及关于父母、姓氏或口音的问题，都会把录用决定和出身挂钩。在当地"
                                "合法工作的资格是可以问的正当问题；国籍或出身通常不是。沙特阿拉伯“Nitaqat”之类的本"
                                "地化配额属于由人力资源部门负责的合规要求，并不会让出身成为面试中的话题。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Title VII (race, colour, national origin) and the Immigration and "
                                "Nationality Act, 8 U.S.C. § 1324b (citizenship-status discrimination). United "
                                "Kingdom: race, which includes colour, nationality and ethnic or national origins "
                                "(Equality Act 2010, ss. 4 and 9). Germany: AGG § 1 (ethnic origin). United Arab "
                                "Emirates: Decree-Law No. 33 of 2021, Art. 4 (race, colour, national or social "
                                "origin; rules promoting the employment of UAE nationals are not discrimination). "
                                "Indonesia: Manpower Law No. 13 of 2003, Arts. 5 and 6 (ethnicity, race). Japan: "
                                "the labour ministry's fair-selection guidance lists domicile of origin and "
                                "birthplace."
                            ),
                            "zh": (
                                "美国：《民权法》第七章（种族、肤色、原籍国）以及《移民与国籍法》（《美国法典》第8"
                                "编第1324b条，禁止基于公民身份的歧视）。英国：种族，包括肤色、国籍以及民族或原籍国"
                                "（《2010年平等法》第4条和第9条）。德国：AGG第1条（民族出身）。阿联酋：2021年第33号"
                                "联邦法令第4条（种族、肤色、原籍国或社会出身；促进阿联酋公民就业的规定不构成歧视）。"
                                "印度尼西亚：2003年第13号《人力法》第5条和第6条（民族、种族）。日本：厚生劳动省关于"
                                "公正录用选考的指引列出了本籍和出生地。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Ask every candidate the same work-authorisation question: 'Are you legally "
                                "entitled to work in Germany, or would you need sponsorship?' Ask about languages "
                                "only as the role requires: 'The role needs business-level written German and "
                                "spoken English. How do you use each at work today?'"
                            ),
                            "zh": (
                                "向每位候选人提出同样的工作资格问题：“您是否具备在德国合法工作的资格？还是需要公司"
                                "办理工作许可？”只在岗位需要时询问语言能力：“这个岗位需要商务水平的德语写作和英语口"
                                "语。您目前在工作中分别怎么使用这两种语言？”"
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
                            "en": "Sexual orientation and gender identity",
                            "zh": "性取向与性别认同",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Questions about partners ('Is there a girlfriend who would move with you?'), the "
                                "assumption of a wife or husband, or comments on appearance can expose a "
                                "candidate's orientation or gender identity. Legal protection varies widely "
                                "between markets, and in some countries disclosure can put the candidate at real "
                                "risk. The rule is the same everywhere: it is not the interviewer's business."
                            ),
                            "zh": (
                                "询问伴侣（“有没有女朋友会跟您一起过来？”）、想当然地认定对方有妻子或丈夫，或者评论"
                                "外表，都可能暴露候选人的性取向或性别认同。各市场的法律保护差别很大；在一些国家，一"
                                "旦暴露，候选人可能面临实实在在的风险。但规则在哪里都一样：这不是面试官该管的事。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: Title VII, as interpreted by the Supreme Court in Bostock v. "
                                "Clayton County (2020), covers sexual orientation and gender identity. United "
                                "Kingdom: sexual orientation and gender reassignment (Equality Act 2010, s. 4). "
                                "Germany: AGG § 1 (sexual identity). Mexico: LFT art. 133(I) forbids refusing "
                                "workers because of sexual preferences. Where no explicit protection exists, the "
                                "question is still irrelevant to the job and against company policy."
                            ),
                            "zh": (
                                "美国：根据最高法院在Bostock诉克莱顿县案（2020年）中的解释，《民权法》第七章涵盖性"
                                "取向和性别认同。英国：性取向和性别重置（《2010年平等法》第4条）。德国：AGG第1条（"
                                "性身份）。墨西哥：《联邦劳动法》第133条第I项禁止因性取向拒绝录用劳动者。在没有明确"
                                "法律保护的地方，这个问题同样与岗位无关，也违反公司政策。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Do not ask. If the role requires relocation, state the requirement and ask "
                                "whether the candidate can meet it; support for anyone relocating with the new "
                                "hire is arranged by HR after an offer, in neutral terms."
                            ),
                            "zh": (
                                "不要问。如果岗位需要调动，说明这项要求并询问候选人能否满足；至于随新员工一同迁居的"
                                "人需要什么支持，由人力资源部门在发出录用通知之后用中性的措辞来安排。"
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
                            "en": "Political opinions and union membership",
                            "zh": "政治观点与工会会员身份",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Asking about parties, voting, protests or union membership intrudes on protected "
                                "freedoms and suggests that the company screens out union members. In many markets "
                                "refusing to hire someone because of union membership is unlawful, and in some, "
                                "political opinions are protected as well."
                            ),
                            "zh": (
                                "询问政党、投票、抗议活动或工会会员身份，侵犯了受保护的自由，也会让人觉得公司在筛掉"
                                "工会会员。在许多市场，因工会会员身份拒绝录用是违法的；在一些市场，政治观点也受到保"
                                "护。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United Kingdom: Trade Union and Labour Relations (Consolidation) Act 1992, s. "
                                "137, makes it unlawful to refuse employment because a person is, or is not, a "
                                "union member. United States: National Labor Relations Act, s. 8(a)(3), forbids "
                                "discrimination in hiring to encourage or discourage union membership; some states "
                                "also protect political activity (for example California Labor Code §§ 1101–1102). "
                                "Germany: Basic Law, Art. 9(3) (freedom of association). Mexico: LFT art. 133 "
                                "(opinions; union rights). Vietnam: Labour Code 2019, Art. 3(8), lists political "
                                "opinion and trade-union membership among the grounds of discrimination. Japan: "
                                "the labour ministry's fair-selection guidance lists political parties and union "
                                "membership among matters not to be asked."
                            ),
                            "zh": (
                                "英国：《1992年工会与劳资关系（合并）法》第137条规定，因某人是或不是工会会员而拒绝"
                                "雇用属于违法。美国：《国家劳资关系法》第8条(a)款第(3)项禁止在录用上为鼓励或阻止加"
                                "入工会而实施歧视；一些州还保护政治活动（例如《加州劳动法典》第1101–1102条）。德国："
                                "《基本法》第9条第3款（结社自由）。墨西哥：《联邦劳动法》第133条（观点；工会权利）。"
                                "越南：《2019年劳动法典》第3条第8款将政治观点和工会会员身份列为歧视的理由。日本：厚"
                                "生劳动省关于公正录用选考的指引，将支持的政党和工会会员身份列为不应询问的事项。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Ask about the job, not the person's affiliations. For an HR or plant-manager "
                                "role, 'Tell me about a time you negotiated a change with employee representatives "
                                "or a works council' is a fair question, because it asks about a task the role "
                                "involves."
                            ),
                            "zh": (
                                "问工作，不问个人的组织归属。对于人力资源或工厂经理岗位，“请讲一次您与员工代表或职"
                                "工委员会协商某项变更的经历”是合适的问题，因为它问的是岗位所涉及的工作。"
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
                            "en": "Criminal record",
                            "zh": "犯罪记录",
                        },
                        "regions": [],
                        "why_risky": {
                            "en": (
                                "Blanket questions about arrests or convictions screen out people whose record has "
                                "nothing to do with the job and fall more heavily on some groups than others. Many "
                                "jurisdictions restrict when and how an employer may ask. Where a check is lawful "
                                "and relevant, it belongs in the background check that HR runs through a compliant "
                                "local provider, not in the interview."
                            ),
                            "zh": (
                                "笼统地询问被捕或定罪记录，会把那些记录与岗位毫无关系的人筛掉，而且对某些群体的影响"
                                "格外大。许多司法辖区限制雇主询问的时机和方式。在合法且与岗位相关的情况下，核查应当"
                                "放在由人力资源部门通过合规的当地服务商进行的背景调查中，而不是在面试里问。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "United States: EEOC Enforcement Guidance of 25 April 2012 on arrest and "
                                "conviction records under Title VII (consider the nature of the offence, the time "
                                "elapsed and the nature of the job, with an individualised assessment); many "
                                "states and cities have fair-chance laws that delay the question until after a "
                                "conditional offer, for example California's Fair Chance Act (Government Code § "
                                "12952). United Kingdom: Rehabilitation of Offenders Act 1974 (spent convictions "
                                "need not be disclosed for most jobs and are not a proper ground for excluding "
                                "someone, except in listed occupations). Rules elsewhere vary widely: ask local HR."
                            ),
                            "zh": (
                                "美国：平等就业机会委员会2012年4月25日发布的关于在《民权法》第七章下使用被捕和定罪"
                                "记录的执法指引（考虑罪行性质、经过的时间和岗位性质，并进行个别评估）；许多州和城市"
                                "的“公平机会”法律要求把这个问题推迟到发出附条件录用通知之后，例如加利福尼亚州的《公"
                                "平机会法》（《政府法典》第12952条）。英国：《1974年罪犯改造法》（对于大多数工作，"
                                "已“消除”的定罪无需披露，也不能作为排除某人的正当理由，但所列职业除外）。其他地方的"
                                "规定差别很大：请咨询当地人力资源部门。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Leave it to HR's background check where it is lawful and relevant to the role, "
                                "for example for cash handling, with the candidate's consent and according to "
                                "local rules on timing. In the interview, ask about job-related behaviour: 'This "
                                "role approves payments up to 50,000 euros. Tell me how you have applied approval "
                                "controls in the past.'"
                            ),
                            "zh": (
                                "在合法且与岗位相关（例如涉及现金管理）的情况下，交给人力资源部门的背景调查处理，取"
                                "得候选人同意，并遵守当地关于核查时机的规定。面试中，问与岗位相关的行为：“这个岗位"
                                "有权审批五万欧元以内的付款。请讲讲您过去是如何执行审批控制的。”"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: identity, beliefs and record",
                            "zh": "小测：身份、信仰与记录",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "preparing-for-a-market",
            "title": {
                "en": "Preparing for a market: local HR, interpreters and materials",
                "zh": "进入一个市场之前：当地人力资源、翻译与材料",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p><strong>Ask local HR first.</strong> The cards in this course are a floor, not a "
                            "complete list. Each country adds its own sensitivities: in Germany a works council "
                            "may have a say in the selection process; in Japan a question about which newspaper a "
                            "candidate reads is on the ministry's list of matters not to ask; in the Gulf, a "
                            "casual remark about alcohol at a team dinner can embarrass a candidate. Before your "
                            "first interview in a country, ask the local HR partner which topics are taboo there, "
                            "what candidates expect from the process and which recent changes in the law you "
                            "should know about.</p><p><strong>Work with a professional interpreter.</strong> Brief "
                            "the interpreter before the interview with the job description, the questions and any "
                            "technical terms. Agree that everything will be interpreted in the first person, "
                            "including side remarks and the candidate's questions. Speak in short segments, avoid "
                            "idioms, jokes and acronyms, and allow roughly twice the time. Look at the candidate, "
                            "not the interpreter, and never ask the interpreter for an opinion of the candidate: "
                            "they are not a member of the panel. A machine translation tool can help with "
                            "documents or as a backup, but check with HR whether candidate data may be entered "
                            "into it.</p><p><strong>Have every material checked.</strong> Application forms asking "
                            "for a photograph, date of birth or marital status are still common in some markets "
                            "and unlawful or risky in others. Job advertisements, invitation letters and case "
                            "exercises must all comply with local law. Personal data laws, such as the EU's GDPR, "
                            "Brazil's LGPD and Saudi Arabia's Personal Data Protection Law, also govern how you "
                            "store CVs and interview notes, so keep them in the approved system rather than in a "
                            "chat app.</p>"
                        ),
                        "zh": (
                            "<p><strong>先问当地人力资源部门。</strong>本课程中的卡片只是底线，而不是完整清单。每个"
                            "国家都有各自的敏感点：在德国，职工委员会可能参与甄选流程；在日本，问候选人读哪份报纸，"
                            "属于厚生劳动省列明不应询问的事项；在海湾地区，随口提到团队聚餐喝酒，就可能让候选人难堪。"
                            "在一个国家进行第一场面试之前，问问当地的人力资源伙伴：当地有哪些禁忌话题，候选人对招聘"
                            "流程有什么期待，以及最近有哪些需要了解的法律变化。</p><p><strong>与专业翻译合作。"
                            "</strong>面试前向翻译交底：岗位说明、面试问题以及专业术语。约定所有内容都用第一人称翻"
                            "译，包括题外话和候选人的提问。分短句说话，避免使用习语、玩笑和缩略语，预留大约两倍的时"
                            "间。看着候选人而不是翻译说话，也绝不要请翻译评价候选人：翻译不是面试小组成员。机器翻译"
                            "工具可以用于处理文件或作为备用手段，但要先向人力资源部门确认能否把候选人的信息输入其中。"
                            "</p><p><strong>所有材料都要经过核对。</strong>要求提供照片、出生日期或婚姻状况的申请表，"
                            "在一些市场仍很常见，在另一些市场却违法或有风险。招聘广告、面试邀请函和案例练习都必须符"
                            "合当地法律。个人数据方面的法律，例如欧盟《通用数据保护条例》（GDPR）、巴西《通用数据保"
                            "护法》（LGPD）和沙特阿拉伯《个人数据保护法》，也约束你如何保存简历和面试记录，所以要把"
                            "它们保存在公司批准的系统中，而不是聊天软件里。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Questions for local HR before your first interview in a country",
                            "zh": "在一个国家首次面试之前，要问当地人力资源部门的问题",
                        },
                        "items": [
                            {
                                "en": (
                                    "Which topics are taboo or unlawful to raise in interviews here, beyond the "
                                    "company-wide list?"
                                ),
                                "zh": "除了公司通用清单之外，这里的面试还有哪些禁忌或违法的话题？",
                            },
                            {
                                "en": (
                                    "What do candidates expect: number of rounds, length, format, how quickly they "
                                    "hear back?"
                                ),
                                "zh": "候选人有什么期待：几轮面试、多长时间、什么形式、多快能收到答复？",
                            },
                            {
                                "en": (
                                    "Which weekends, holidays, prayer times or seasonal periods should scheduling "
                                    "avoid this year?"
                                ),
                                "zh": "今年安排面试要避开哪些周末、节假日、礼拜时间或特殊时期？",
                            },
                            {
                                "en": "Does a works council, union or other body have a role in this hiring process?",
                                "zh": "职工委员会、工会或其他机构在这次招聘流程中是否有参与权？",
                            },
                            {
                                "en": "Have the advertisement, forms and case exercise been checked against local law?",
                                "zh": "招聘广告、表格和案例练习是否已对照当地法律核对过？",
                            },
                            {
                                "en": "Which interpreter do we use, and has the interpreter been briefed?",
                                "zh": "我们用哪位翻译？是否已经向翻译交底？",
                            },
                            {
                                "en": "Where must CVs and interview notes be stored, and for how long?",
                                "zh": "简历和面试记录必须保存在哪里？保存多长时间？",
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Role play: an interview in Osaka through an interpreter",
                            "zh": "角色扮演：在大阪通过翻译进行的面试",
                        },
                        "setting": {
                            "en": (
                                "A meeting room at the company's Osaka office. Liu Yang, head of after-sales "
                                "service, flew in from Hangzhou to interview a candidate for field service "
                                "engineer. The candidate speaks Japanese; a professional interpreter works between "
                                "Japanese and Mandarin. A local HR colleague observes. Play fifteen minutes: the "
                                "opening and two structured questions."
                            ),
                            "zh": (
                                "公司大阪办公室的一间会议室。售后服务负责人刘洋从杭州飞来，面试一位现场服务工程师候"
                                "选人。候选人讲日语，一名专业翻译负责日语和普通话之间的翻译。当地人力资源同事旁听。"
                                "演练十五分钟：开场加两个结构化问题。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer (Liu Yang)",
                                    "zh": "面试官（刘洋）",
                                },
                                "brief": {
                                    "en": (
                                        "You briefed the interpreter yesterday. Open properly, explain how "
                                        "interpretation will work, then ask: 'Tell me about a time you repaired a "
                                        "machine at a customer site under time pressure.' Probe for the "
                                        "candidate's own actions. Your colleague back home has asked you to 'find "
                                        "out whether he plans to marry soon, because the role travels a lot': "
                                        "decide what to do with that request."
                                    ),
                                    "zh": (
                                        "你昨天已向翻译交底。好好开场，说明翻译如何进行，然后提问：“请讲一次您在客"
                                        "户现场、在时间压力下修复设备的经历。”追问候选人本人的行动。国内的同事托你“"
                                        "打听一下他是不是快结婚了，因为这个岗位出差多”：你要决定如何处理这个请求。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate (Sato Kenji)",
                                    "zh": "候选人（佐藤健二）",
                                },
                                "brief": {
                                    "en": (
                                        "You are an experienced, modest engineer. You say 'we' by habit, pause for "
                                        "several seconds before answering, and only describe your own part when "
                                        "asked directly. If asked about marriage or family, answer briefly and "
                                        "become noticeably more reserved."
                                    ),
                                    "zh": (
                                        "你是一位经验丰富、为人谦逊的工程师。你习惯说“我们”，回答前会停顿好几秒，只"
                                        "有被直接问到时才讲自己做了什么。如果被问到婚姻或家庭，你会简短作答，并明显"
                                        "变得更加拘谨。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Interpreter",
                                    "zh": "翻译",
                                },
                                "brief": {
                                    "en": (
                                        "Interpret everything in the first person, including any side remark "
                                        "between Liu Yang and the HR colleague. If a segment is too long, ask for "
                                        "a pause. Do not add explanations of your own."
                                    ),
                                    "zh": (
                                        "所有内容都用第一人称翻译，包括刘洋与人力资源同事之间的题外话。如果一段话太"
                                        "长，请对方停顿。不要加入你自己的解释。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Opening and explanation of how interpretation works; short segments without "
                                "idioms; eye contact with the candidate rather than the interpreter; patience with "
                                "pauses; probes that draw out the candidate's own actions without penalising 'we'; "
                                "refusing the colleague's request and asking instead about the role's travel "
                                "requirement, in the same words that would be used for every candidate."
                            ),
                            "zh": (
                                "开场以及对翻译方式的说明；是否分短句、不用习语；是否与候选人而不是翻译进行眼神交流；"
                                "面对停顿是否有耐心；追问能否引出候选人本人的行动，同时不因“我们”而扣分；是否拒绝同"
                                "事的请求，转而用对每位候选人都相同的措辞询问岗位的出差要求。"
                            ),
                        },
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "When a colleague asks you to 'just find out'",
                            "zh": "当同事托你“顺便打听一下”",
                        },
                        "body": {
                            "en": (
                                "<p>Requests like 'see if she has kids' or 'find out how old he really is' come up "
                                "more often than anyone admits. The answer is the same whoever asks: 'I can't ask "
                                "that, but I can ask whether the candidate can meet the travel requirement, and "
                                "I'll ask every candidate the same.' If the request comes from a senior person, "
                                "tell HR.</p>"
                            ),
                            "zh": (
                                "<p>“看看她有没有孩子”“打听一下他到底多大”这类请求，出现的频率远比大家愿意承认的要"
                                "高。无论是谁提出，回答都一样：“这个我不能问，但我可以问候选人能否满足出差要求，而"
                                "且我会对每位候选人都这样问。”如果提出请求的是高层，要告知人力资源部门。</p>"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: preparing for a market",
                            "zh": "小测：进入市场前的准备",
                        },
                        "category": "Cross-cultural communication and taboos/Communication across cultures",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "honest-and-respectful-communication",
            "title": {
                "en": "Honest and respectful communication",
                "zh": "诚实而尊重的沟通",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p><strong>Be open and withhold judgement.</strong> Communication styles differ. A "
                            "German engineer may say bluntly that your process is wrong; a Japanese or Indonesian "
                            "candidate may signal disagreement so gently that you miss it; a Brazilian candidate "
                            "may be warm and expressive from the first minute. None of these styles is competence "
                            "or its absence. Judge what the candidate did and knows, ask open questions, and "
                            "remember that 'yes' sometimes means 'I heard you' rather than 'I "
                            "agree'.</p><p><strong>No remarks on gender or religious customs.</strong> 'It's "
                            "unusual to see a woman in supply chain', 'Our team is all men, will you be "
                            "comfortable?', 'You won't be fasting during the launch, will you?' or a joke about "
                            "halal food at the company dinner can each end an interview as a serious complaint. "
                            "Say nothing about a candidate's gender, appearance or religious practice, and do not "
                            "let a panel member do so either.</p><p><strong>Do not praise overtime "
                            "culture.</strong> Stories of people sleeping in the office or answering messages at "
                            "midnight may sound like commitment at headquarters; to many candidates abroad they "
                            "sound like a warning, and in many markets working time is limited by law (in the EU, "
                            "for example, the Working Time Directive 2003/88/EC sets a maximum average of 48 hours "
                            "a week including overtime). Talk instead about what the company offers: work-life "
                            "balance, development and promotion paths, and care for employees. Be honest about "
                            "real peak periods.</p><p><strong>Tell the truth about the job; no over-promising (画饼"
                            ").</strong> Do not promise a promotion within a year, a regional role, a listing, or "
                            "a package that HR has not approved. Over-promising wins a signature and loses the "
                            "employee: people who discover the gap leave in probation, tell others, and in some "
                            "markets may claim they were misled. Describe the role as it is, including its "
                            "difficulties, and say 'I don't know' when you don't.</p><p><strong>Keep the outcome "
                            "in the room.</strong> Never reveal or hint at the result. Across cultures the risk is "
                            "greater: a warm close may be heard as a commitment in one culture, and a neutral one "
                            "as rejection in another. Explain the process and the date by which the candidate will "
                            "hear, and keep to it.</p>"
                        ),
                        "zh": (
                            "<p><strong>保持开放，不急于评判。</strong>沟通风格各不相同。德国工程师可能直截了当地说"
                            "你的流程有问题；日本或印度尼西亚的候选人表达不同意见时可能委婉到你根本没察觉；巴西候选"
                            "人可能从第一分钟起就热情外露。这些风格都不代表能力的有无。要评判的是候选人做过什么、懂"
                            "什么；多问开放式问题，并且记住，“是”有时的意思是“我听到了”，而不是“我同意”。"
                            "</p><p><strong>不评论性别或宗教习俗。</strong>“做供应链的女性可不多见”“我们团队全是男"
                            "的，你会不会不自在？”“新品发布期间你不会斋戒吧？”或者在公司聚餐时拿清真食品开玩笑，任"
                            "何一句都可能让一场面试变成严重投诉。不要对候选人的性别、外貌或宗教习惯发表任何评论，也"
                            "不要让面试小组的其他成员这样做。</p><p><strong>不推崇加班文化。</strong>睡在办公室、半"
                            "夜回消息之类的故事，在总部听来也许是敬业；但在很多海外候选人听来是一种警告，而且许多市"
                            "场的法律限制工作时间（例如欧盟《工作时间指令》（2003/88/EC）规定，包括加班在内，平均每"
                            "周工作时间不得超过48小时）。应当多谈公司能提供什么：工作与生活的平衡、发展与晋升通道、"
                            "对员工的关怀。对于确实存在的业务高峰期，要如实说明。</p><p><strong>如实介绍岗位，不“画"
                            "饼”。</strong>不要承诺一年内晋升、区域职位、上市，或者人力资源部门尚未批准的待遇方案。"
                            "“画饼”换来了签字，却留不住人：发现落差的人会在试用期内离开、告诉别人，在一些市场还可能"
                            "主张自己受到误导。如实描述岗位，包括它的难处；不知道的就说不知道。</p><p><strong>结果"
                            "留在会议室里。</strong>绝不透露或暗示面试结果。跨文化情境下风险更大：热情的收尾在一种"
                            "文化里可能被理解为承诺，中性的收尾在另一种文化里可能被理解为拒绝。说明流程以及候选人会"
                            "在哪一天之前得到答复，并且说到做到。</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Saying the right thing",
                            "zh": "话该怎么说",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "'The team has a demanding quarter-end: expect two or three long weeks a "
                                        "quarter. Outside those, people work normal hours.'"
                                    ),
                                    "zh": (
                                        "“团队的季末比较紧张：每个季度会有两三周工作时间较长。除此之外，大家都按正"
                                        "常时间工作。”"
                                    ),
                                },
                                "dont": {
                                    "en": "'Our best people never go home before ten. That's our culture.'",
                                    "zh": "“我们最优秀的人从来不在十点前下班，这就是我们的文化。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'Promotion depends on results and an open position. Here is how the last "
                                        "two promotions in this team happened.'"
                                    ),
                                    "zh": (
                                        "“晋升取决于业绩和是否有空缺职位。我给您讲讲这个团队最近两次晋升是怎么回事。”"
                                    ),
                                },
                                "dont": {
                                    "en": "'Do well and you'll be running the region within a year.'",
                                    "zh": "“干得好，一年之内整个区域就归您管了。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'I don't know the details of the share plan for this level; HR will send "
                                        "them to you by Wednesday.'"
                                    ),
                                    "zh": "“这个职级的股权计划细节我不清楚，人力资源部会在星期三之前发给您。”",
                                },
                                "dont": {
                                    "en": "'When we list, everyone gets rich.'",
                                    "zh": "“等公司上市了，大家都能发财。”",
                                },
                            },
                            {
                                "do": {
                                    "en": "Ask the same questions of women and men, and comment on neither.",
                                    "zh": "对女性和男性候选人提同样的问题，对谁都不作评论。",
                                },
                                "dont": {
                                    "en": (
                                        "'It's a tough team of engineers. As a woman, how will you get them to listen?'"
                                    ),
                                    "zh": "“这是一群很难带的工程师。您作为女性，怎么让他们听您的？”",
                                },
                            },
                            {
                                "do": {
                                    "en": "'You'll hear from us by Friday the 21st, whatever the decision.'",
                                    "zh": "“无论结果如何，21日星期五之前我们都会通知您。”",
                                },
                                "dont": {
                                    "en": "'I shouldn't say this, but I'm sure you'll get good news.'",
                                    "zh": "“这话我本不该说，但我相信您会收到好消息的。”",
                                },
                            },
                        ],
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Role play: direct questions about hours and promotion",
                            "zh": "角色扮演：候选人直接追问工作时间和晋升",
                        },
                        "setting": {
                            "en": (
                                "The last ten minutes of a video interview for a regional marketing manager based "
                                "in São Paulo. The interviewer is the marketing director at headquarters. An "
                                "observer from HR watches."
                            ),
                            "zh": (
                                "一场视频面试的最后十分钟，岗位是常驻圣保罗的区域市场经理。面试官是总部的市场总监。"
                                "一名人力资源观察员旁听。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer",
                                    "zh": "面试官",
                                },
                                "brief": {
                                    "en": (
                                        "You want this candidate and fear losing her to a competitor. Answer her "
                                        "questions truthfully. The team does work late before product launches, "
                                        "about four times a year; promotion to regional director requires an "
                                        "opening, and none is planned for two years; the bonus scheme for 2026 has "
                                        "not been approved yet."
                                    ),
                                    "zh": (
                                        "你很想要这位候选人，担心她被竞争对手抢走。如实回答她的问题。团队在新品发布"
                                        "前确实会加班，每年大约四次；晋升为区域总监需要有空缺，而未来两年没有这样的"
                                        "计划；2026年的奖金方案尚未批准。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate (Camila Rocha)",
                                    "zh": "候选人（Camila Rocha）",
                                },
                                "brief": {
                                    "en": (
                                        "You are strong and have another offer. Ask directly: 'How many hours do "
                                        "people really work?', 'When could I become regional director?' and, at "
                                        "the end, 'So, do I have the job?'"
                                    ),
                                    "zh": (
                                        "你很优秀，手上还有另一个录用通知。直接问：“大家实际上每天工作多少小时？”“"
                                        "我什么时候能当上区域总监？”最后再问：“那么，我被录用了吗？”"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Truthful answers about hours, including the launch peaks, without praising "
                                "overtime; mention of balance, development and care that is accurate; no promise "
                                "of promotion or an unapproved bonus; open questions routed to HR with a date; no "
                                "hint of the outcome when asked directly, with the process and a date given "
                                "instead."
                            ),
                            "zh": (
                                "是否如实说明工作时间，包括发布前的高峰期，同时不推崇加班；对工作与生活平衡、发展和"
                                "员工关怀的介绍是否准确；是否没有承诺晋升或未经批准的奖金；悬而未决的问题是否转给人"
                                "力资源部门并给出日期；候选人直接询问结果时，是否没有任何暗示，而是说明流程并给出答"
                                "复日期。"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: communicating across cultures",
                            "zh": "小测：跨文化沟通",
                        },
                        "category": "Cross-cultural communication and taboos/Communication across cultures",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
