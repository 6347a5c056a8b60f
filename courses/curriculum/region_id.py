"""Regional module: interviewing in Indonesia (region-id).

Legal statements cite the instrument and stay within what public sources support; every taboo card is marked
unreviewed until counsel signs it off.
"""

from __future__ import annotations

COURSE = {
    "slug": "region-id",
    "order": 48,
    "title": {
        "en": "Interviewing in Indonesia",
        "zh": "在印度尼西亚面试",
    },
    "summary": {
        "en": (
            "Adds the Indonesia endorsement: the Manpower Law, disability, anti-racial-discrimination and "
            "data-protection law behind Indonesian interviews, forms of address and indirect communication, "
            "scheduling around Friday prayers, Ramadan, Lebaran, THR and three time zones, and a practice interview "
            "at a new plant."
        ),
        "zh": (
            "完成本模块可获得印度尼西亚地区认证：了解印尼面试所依据的《人力法》、残障人士法、反种族歧视法和数据保护法"
            "，掌握称呼方式和委婉的沟通风格，学会围绕周五礼拜、斋月、开斋节、宗教节日津贴和三个时区安排面试，并在一家"
            "新工厂的情景中完成模拟面试。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 105,
    "regions": ["ID"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        {
            "en": (
                "Name the Indonesian laws that protect candidates (Law 13/2003 arts. 5, 6 and 153, Law 40/2008, Law "
                "8/2016, Law 27/2022) and what each covers."
            ),
            "zh": (
                "说出保护候选人的印尼法律（2003年第13号法律第5、6、153条，2008年第40号法律，2016年第8号法律，2022年第"
                "27号法律）及各自涵盖的内容。"
            ),
        },
        {
            "en": (
                "Ignore the personal details printed on Indonesian CVs and replace related questions with job-based "
                "ones."
            ),
            "zh": "忽略印尼简历上印着的个人信息，并用基于岗位的问题替代相关提问。",
        },
        {
            "en": (
                "Use correct forms of address and read indirect answers, probing modest 'kami' answers for evidence."
            ),
            "zh": "使用正确的称呼，读懂委婉的回答，并通过追问从谦逊的“我们”式回答中获得证据。",
        },
        {
            "en": (
                "Plan interview timing around Friday prayers, Ramadan, Lebaran, THR and Indonesia's three time zones."
            ),
            "zh": "围绕周五礼拜、斋月、开斋节、THR和印尼的三个时区规划面试时间。",
        },
    ],
    "lessons": [
        {
            "slug": "indonesia-law-and-protected-topics",
            "title": {
                "en": "Indonesian law and the topics you must not raise",
                "zh": "印度尼西亚法律与不可触碰的话题",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The first Indonesian CV on your desk will probably show a photograph, a date of "
                            "birth, a religion and a marital status. That is normal: the national identity card "
                            "(KTP) records religion, and many candidates copy its details onto their CV. The fact "
                            "that the information is in front of you does not make it usable. Your evaluation form "
                            "must not mention it, and your questions must not build on it.</p><p>Indonesian "
                            "employment law is in transition. The Manpower Law of 2003 was heavily amended by the "
                            "Job Creation legislation, finally enacted as Law No. 6 of 2023, and in October 2024 the "
                            "Constitutional Court (decision 168/PUU-XXI/2023) struck down or qualified a number of "
                            "its labour provisions and told lawmakers to draft a new manpower law. Expect the "
                            "details to move; the non-discrimination principle has not.</p>"
                        ),
                        "zh": (
                            "<p>你收到的第一份印尼简历，很可能带有照片、出生日期、宗教和婚姻状况。这很正常：印尼国民"
                            "身份证（KTP）上登记着宗教信息，很多候选人会把身份证上的内容抄到简历里。但信息摆在你面前"
                            "，并不意味着可以使用。你的评价表里不能出现这些内容，你的提问也不能以此为依据。</p><p>印"
                            "尼的劳动法正处在变动之中。2003年的《人力法》经过《创造就业法》的大幅修订（最终以2023年第"
                            "6号法律通过），而2024年10月，宪法法院（第168/PUU-XXI/2023号判决）宣布其中多项劳动条款违"
                            "宪或附条件有效，并要求立法机关起草一部新的人力法。具体细节还会变化，但禁止歧视的原则不会"
                            "变。</p>"
                        ),
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
                            "<ul><li><strong>Law No. 13 of 2003 on Manpower, arts. 5 and 6.</strong> Every person "
                            "has an equal opportunity to obtain work without discrimination, and employers must "
                            "treat workers equally. The elucidation names sex, ethnicity, race, religion, skin "
                            "colour and political orientation, and includes equal treatment of people with "
                            "disabilities.</li><li><strong>Law No. 13 of 2003, art. 153(1).</strong> Dismissal is "
                            "not permitted on grounds that include ideology, religion, political inclination, ethnic "
                            "group, race, gender, physical condition or marital status. Anything you learn in an "
                            "interview on those subjects can later be cited as the real reason for a "
                            "decision.</li><li><strong>Law No. 40 of 2008 on the Elimination of Racial and Ethnic "
                            "Discrimination.</strong> It covers discrimination in working life as well as elsewhere "
                            "and allows claims for compensation in the district courts.</li><li><strong>Law No. 8 of "
                            "2016 on Persons with Disabilities.</strong> It protects the right to work without "
                            "discrimination and sets employment quotas: at least 2 percent for government bodies and "
                            "state-owned enterprises and at least 1 percent for private "
                            "companies.</li><li><strong>Law No. 27 of 2022 on Personal Data Protection.</strong> "
                            "Health, biometric, genetic, criminal-record, child and personal financial data are "
                            "'specific' personal data with stricter rules. Religion and marital status are general "
                            "personal data, but they still need a lawful purpose, and a hiring decision is not one. "
                            "Organisations were given two years to comply, to October 2024.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>2003年第13号《人力法》第5条和第6条。</strong>人人享有不受歧视地获得工作"
                            "的平等机会，雇主必须平等对待劳动者。该法的释义列明了性别、族群、种族、宗教、肤色和政治倾"
                            "向，并将残障人士的平等待遇包括在内。</li><li><strong>2003年第13号法律第153条第1款。"
                            "</strong>不得以意识形态、宗教、政治倾向、族群、种族、性别、身体状况或婚姻状况等理由解雇"
                            "员工。你在面试中了解到的任何与此相关的信息，日后都可能被指为某项决定的真实原因。"
                            "</li><li><strong>2008年第40号《消除种族和族群歧视法》。</strong>该法涵盖职场及其他领域的"
                            "歧视，受害者可向地方法院提起赔偿诉讼。</li><li><strong>2016年第8号《残障人士法》。"
                            "</strong>该法保护残障人士不受歧视地工作的权利，并规定了雇用比例：政府机构和国有企业至少"
                            "2%，私营企业至少1%。</li><li><strong>2022年第27号《个人数据保护法》。</strong>健康、生物"
                            "识别、基因、犯罪记录、儿童及个人财务数据属于“特定”个人数据，适用更严格的规则。宗教和婚姻"
                            "状况属于一般个人数据，但仍需有合法目的，而招聘决策不是这样的目的。该法给予机构两年过渡期"
                            "，截止到2024年10月。</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Age limits: lawful in job ads, still off limits for us",
                            "zh": "年龄限制：招聘广告中合法，但我们依然不问",
                        },
                        "body": {
                            "en": (
                                "<p>Indonesian job adverts often say 'maximum 30 years old'. In July 2024 the "
                                "Constitutional Court (decision 35/PUU-XXII/2024) rejected a challenge to this "
                                "practice, holding that requirements on age, experience and education are not "
                                "discrimination in the human-rights sense. Our standard is stricter: we hire on "
                                "demonstrated competence, so we state the experience the job needs and never ask a "
                                "candidate's age.</p>"
                            ),
                            "zh": (
                                "<p>印尼的招聘广告经常写着“年龄不超过30岁”。2024年7月，宪法法院（第35/PUU-XXII/2024号"
                                "判决）驳回了对这种做法的违宪审查申请，认为对年龄、经验和学历的要求不构成人权意义上的"
                                "歧视。我们的标准更严格：我们依据已被证明的能力录用人才，因此只写明岗位所需的经验，从"
                                "不询问候选人的年龄。</p>"
                            ),
                        },
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
                                "HR and counsel. It is not legal advice, Indonesian labour law is being rewritten, "
                                "and the taboo cards below have not yet been reviewed by counsel.</p>"
                            ),
                            "zh": (
                                "<p>本课汇总公开资料，目的是帮助你向本地HR和法律顾问提出更准确的问题。本课不构成法律"
                                "意见，印尼劳动法正在重新制定，下面的禁忌卡片尚未经过法律顾问审核。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Taboo cards for Indonesia",
                            "zh": "印度尼西亚禁忌卡片",
                        },
                        "level": 2,
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Religion and how it is practised",
                            "zh": "宗教及其实践方式",
                        },
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Because religion is printed on the KTP, some interviewers treat it as neutral data "
                                "and ask 'How strict are you about prayer times?' or 'Do you wear a hijab at work?'. "
                                "Both questions tie the decision to faith, and the second one targets women."
                            ),
                            "zh": (
                                "由于宗教印在身份证上，有些面试官把它当成中性信息，问“你对礼拜时间要求严格吗？”或“你"
                                "上班戴头巾吗？”这两个问题都把录用决定与信仰挂钩，第二个问题还专门针对女性。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Law No. 13 of 2003, arts. 5 and 6 and elucidation (religion); art. 153(1); Law No. "
                                "27 of 2022 requires a lawful purpose for processing personal data."
                            ),
                            "zh": (
                                "2003年第13号法律第5、6条及释义（宗教）；第153条第1款；2022年第27号法律要求处理个人数"
                                "据须具备合法目的。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Describe the shift pattern and dress code that apply to everyone, then ask: 'Is "
                                "there anything about this schedule you would like to discuss with HR?'"
                            ),
                            "zh": (
                                "说明适用于所有人的排班和着装规定，然后问：“关于这个安排，您有什么需要和HR沟通的吗？”"
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
                            "en": "Ethnicity, suku and Chinese-Indonesian descent",
                            "zh": "族群、部族与华裔身份",
                        },
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Questions about a candidate's suku (ethnic group) or whether they are of Chinese "
                                "descent reopen some of the most painful history in the country. Chinese managers "
                                "sometimes ask in a friendly spirit, hoping for a Mandarin speaker; it still sorts "
                                "candidates by ethnicity."
                            ),
                            "zh": (
                                "询问候选人的部族，或是否是华裔，会触及这个国家最痛苦的一段历史。中国经理有时出于友好"
                                "而问，希望找到会说普通话的人，但这样做依然是在按族群给候选人分类。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Law No. 13 of 2003, arts. 5 and 6 and elucidation (ethnicity, race); Law No. 40 of "
                                "2008 on the Elimination of Racial and Ethnic Discrimination."
                            ),
                            "zh": (
                                "2003年第13号法律第5、6条及释义（族群、种族）；2008年第40号《消除种族和族群歧视法》。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "If Mandarin is a real job requirement, write it into the job description and test "
                                "it the same way for every candidate: 'Part of this interview will be in Mandarin, "
                                "as the role reports to Shanghai.'"
                            ),
                            "zh": (
                                "如果普通话确实是岗位要求，就把它写进职位描述，并对每位候选人用同样方式测试：“由于该"
                                "岗位向上海汇报，面试的一部分将使用普通话。”"
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
                            "en": "Marriage, pregnancy and children",
                            "zh": "婚姻、怀孕与子女",
                        },
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Plant managers often ask female candidates whether they are married because the "
                                "site runs night shifts. The question is really about availability, and asked only "
                                "of women it becomes sex discrimination."
                            ),
                            "zh": (
                                "工厂经理常常因为有夜班而询问女性候选人是否已婚。这个问题真正关心的是能否到岗，但只问"
                                "女性，就构成了性别歧视。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Law No. 13 of 2003, arts. 5 and 6 (sex); art. 153(1) lists gender and marital "
                                "status among prohibited grounds for dismissal."
                            ),
                            "zh": (
                                "2003年第13号法律第5、6条（性别）；第153条第1款把性别和婚姻状况列为禁止作为解雇理由的"
                                "事项。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The role rotates through night shifts one week in three. Can you work that "
                                "pattern?' Ask every candidate in the same words."
                            ),
                            "zh": "“该岗位每三周轮一次夜班，您能接受这样的安排吗？”对每位候选人使用同样的措辞。",
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
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Many Indonesian employers require a pre-employment medical check. That is a "
                                "post-offer step run by a clinic, with results going to HR. Asking about illness in "
                                "the interview screens out people with disabilities and creates specific personal "
                                "data you then have to protect."
                            ),
                            "zh": (
                                "很多印尼雇主要求入职体检。这是发出录用通知后的步骤，由诊所执行，结果交给HR。在面试中"
                                "询问病史，会把残障人士筛掉，还会产生你之后必须保护的特定个人数据。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Law No. 8 of 2016 on Persons with Disabilities; Law No. 13 of 2003, art. 5 "
                                "elucidation; Law No. 27 of 2022 treats health data as specific personal data."
                            ),
                            "zh": (
                                "2016年第8号《残障人士法》；2003年第13号法律第5条释义；2022年第27号法律将健康数据列为"
                                "特定个人数据。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'This job involves walking the production floor for most of the shift. Can you do "
                                "that, with or without adjustments?'"
                            ),
                            "zh": (
                                "“这份工作在一个班次的大部分时间里都需要在生产现场走动。无论是否需要调整或支持，您能"
                                "完成吗？”"
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
                            "en": "Political views and organisations",
                            "zh": "政治观点与组织",
                        },
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Asking which party a candidate supports, or whether they belong to a union or a "
                                "mass religious organisation, invites bias and, in a unionised plant, looks like "
                                "screening out union members."
                            ),
                            "zh": (
                                "询问候选人支持哪个政党，或是否加入工会、大型宗教群众组织，会引入偏见；在有工会的工厂"
                                "里，还会被视为在筛除工会会员。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Law No. 13 of 2003, arts. 5 and 6 and elucidation (political orientation); art. "
                                "153(1) (political inclination)."
                            ),
                            "zh": "2003年第13号法律第5、6条及释义（政治倾向）；第153条第1款（政治倾向）。",
                        },
                        "ask_instead": {
                            "en": (
                                "For roles that deal with government, ask about experience: 'Tell me about a permit "
                                "you obtained from a regional government office and how you managed the process.'"
                            ),
                            "zh": (
                                "如果岗位需要与政府打交道，请询问经验：“请讲一次您从地方政府部门获得许可证的经历，您"
                                "是如何推进的？”"
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
                            "en": "Age and graduation year",
                            "zh": "年龄与毕业年份",
                        },
                        "regions": ["ID"],
                        "why_risky": {
                            "en": (
                                "Age limits are common and, after the 2024 Constitutional Court decision, lawful in "
                                "adverts. Asking age in the interview still filters on something unrelated to "
                                "performance and conflicts with the standard we apply in every country."
                            ),
                            "zh": (
                                "年龄限制很常见，而且在2024年宪法法院判决之后，在广告中属于合法。但在面试中询问年龄，"
                                "依然是在用与绩效无关的因素筛选，也违背了我们在所有国家统一执行的标准。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Constitutional Court decision 35/PUU-XXII/2024 (age requirements not unlawful "
                                "discrimination); company policy; Law No. 27 of 2022 purpose limitation."
                            ),
                            "zh": (
                                "宪法法院第35/PUU-XXII/2024号判决（年龄要求不构成违法歧视）；公司政策；2022年第27号法"
                                "律的目的限制原则。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'Walk me through your last three roles and what you were responsible for in each.'"
                            ),
                            "zh": "“请介绍一下您最近三份工作，以及您在每份工作中负责的内容。”",
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
                            "en": "Salary: expectations, THR and take-home pay",
                            "zh": "薪酬：期望值、宗教节日津贴与到手收入",
                        },
                        "level": 3,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Indonesian application forms often ask for 'gaji terakhir', the last salary. Ask "
                            "instead for the expected package, and check whether the candidate is quoting gross or "
                            "net and monthly or annual. Remember that the religious holiday allowance (THR) adds at "
                            "least one month's salary a year for employees with twelve months' service, so a "
                            "candidate comparing offers will count it.</p>"
                        ),
                        "zh": (
                            "<p>印尼的求职表格常常要求填写“上一份工资”。请改为询问期望的薪酬方案，并确认候选人说的是"
                            "税前还是税后、月薪还是年薪。请记住，工作满十二个月的员工每年至少还可获得相当于一个月工资"
                            "的宗教节日津贴（THR），候选人在比较录用条件时会把它算进去。</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: protected topics in Indonesia",
                            "zh": "测验：印度尼西亚的受保护话题",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "indonesia-culture-and-communication",
            "title": {
                "en": "Culture, communication and etiquette in Indonesian interviews",
                "zh": "印度尼西亚面试中的文化、沟通与礼仪",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Indonesia is more than seventeen thousand islands and hundreds of ethnic groups, but "
                            "in professional interviews a few habits hold almost everywhere: respect for seniority, "
                            "a strong preference for harmony over open disagreement, and a warmth that foreign "
                            "interviewers sometimes mistake for agreement.</p><h3>Names and forms of "
                            "address</h3><p>Address men as 'Pak' (from Bapak) and women as 'Bu' (from Ibu) followed "
                            "by the first name: Pak Budi, Bu Dewi. Many Indonesians have a single name, and many "
                            "more have no family name in the Western sense, so never ask 'What is your surname?' and "
                            "make sure your applicant system accepts one-word names. Use the name the candidate uses "
                            "in their email signature.</p><h3>Greetings and body language</h3><p>A light handshake "
                            "is usual, often followed by touching the right hand to the chest. Some Muslim "
                            "candidates prefer not to shake hands with the opposite sex: wait for the offer. Give "
                            "and receive documents with the right hand, and point with your thumb rather than your "
                            "index finger. Keep your voice level. Raising it, or showing visible irritation, costs "
                            "you respect rather than winning compliance.</p><h3>Indirectness and face</h3><p>'Iya' "
                            "often means 'I hear you', not 'I agree'. 'Belum' (not yet) is a polite way of saying "
                            "no. Candidates rarely criticise a former employer and may avoid admitting they do not "
                            "understand your question, to spare both of you embarrassment (malu). Check "
                            "understanding by asking them to describe what they would do on day one, not by asking "
                            "'Is that clear?'. Styles vary: many recruiters find candidates from North Sumatra more "
                            "direct than those from Central Java, so read the person, not the "
                            "stereotype.</p><h3>Language and interpreters</h3><p>English is strong in Jakarta's "
                            "multinational sector and uneven elsewhere, especially in plants and regional offices. "
                            "For supervisor and technician roles, plan for Bahasa Indonesia with an interpreter and "
                            "brief the interpreter to translate exactly, not to soften your questions or improve the "
                            "answers. If a candidate is of Chinese descent, do not switch to Mandarin unless "
                            "Mandarin is a stated job requirement tested for everyone.</p>"
                        ),
                        "zh": (
                            "<p>印尼由一万七千多个岛屿和数百个族群组成，但在职业面试中，有几种习惯几乎处处适用：尊重"
                            "资历，强烈倾向于维护和谐而非公开表达分歧，以及一种常被外国面试官误解为“同意”的热情。"
                            "</p><h3>姓名与称呼</h3><p>称呼男性用“Pak”（源自Bapak），称呼女性用“Bu”（源自Ibu），后接"
                            "名字：Pak Budi、Bu Dewi。很多印尼人只有一个名字，更多的人没有西方意义上的姓氏，所以不要"
                            "问“您姓什么？”，还要确保你们的招聘系统能录入单名。请使用候选人在邮件签名中使用的名字。"
                            "</p><h3>问候与肢体语言</h3><p>通常是轻轻握手，随后常把右手放在胸前。有些穆斯林候选人不愿"
                            "与异性握手：请等对方先伸手。递交和接收文件用右手，指方向时用拇指而不是食指。说话保持平稳"
                            "的语调。提高嗓门或明显流露不耐烦，只会让你失去尊重，而不会让对方更配合。</p><h3>委婉与面"
                            "子</h3><p>“Iya”常常表示“我听到了”，而不是“我同意”。“Belum”（还没有）是委婉的拒绝。候选人"
                            "很少批评前雇主，也可能不愿承认没听懂你的问题，以免双方难堪（malu）。确认对方是否理解，不"
                            "要问“清楚了吗？”，而是请对方描述上岗第一天会做什么。风格也因地而异：许多招聘人员发现，来"
                            "自北苏门答腊的候选人比来自中爪哇的更直接，所以要读懂眼前这个人，而不是套用刻板印象。"
                            "</p><h3>语言与翻译</h3><p>雅加达跨国企业圈的英语水平较高，其他地方则参差不齐，工厂和地区"
                            "办公室尤其如此。招聘主管和技术员岗位时，请安排印尼语面试并配备翻译，并事先交代翻译要如实"
                            "翻译，不要替你把问题说得更委婉，也不要替候选人美化回答。如果候选人是华裔，除非普通话是明"
                            "确写入职位要求、且对所有人统一测试的条件，否则不要改用普通话交流。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Weak: 'kami' without 'saya'",
                            "zh": "较弱：只有“我们”，没有“我”",
                        },
                        "situation": {
                            "en": "Candidate for Production Supervisor: 'Our line had a lot of defects last year.'",
                            "zh": "应聘生产主管的候选人：“我们的产线去年缺陷很多。”",
                        },
                        "task": {
                            "en": "'We had to reduce them.'",
                            "zh": "“我们必须把缺陷降下来。”",
                        },
                        "action": {
                            "en": "'We worked together as a team, everybody helped, we did gotong royong.'",
                            "zh": "“我们作为一个团队一起努力，大家都出了力，我们齐心协力（gotong royong）。”",
                        },
                        "result": {
                            "en": "'Alhamdulillah, the defects went down.'",
                            "zh": "“感谢真主，缺陷率降下来了。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "The collective 'kami' (we) is a cultural habit, not necessarily a sign that the "
                                "candidate did little. But you cannot score a team. Probe gently and specifically: "
                                "'What did you personally change on the line? What was the defect rate before and "
                                "after?' Do not treat modesty as weakness, and do not accept it as evidence either."
                            ),
                            "zh": (
                                "使用集体的“kami（我们）”是文化习惯，并不一定说明候选人贡献很少。但你无法给一个团队打"
                                "分。请温和而具体地追问：“您本人在产线上改变了什么？之前和之后的缺陷率分别是多少？”不"
                                "要把谦虚当成能力不足，也不要把它当成证据。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Strong: the same answer after probing",
                            "zh": "较强：追问之后的同一个回答",
                        },
                        "situation": {
                            "en": (
                                "'Line 3 in Cikarang had a 4.2 percent defect rate on battery housings, double the "
                                "target.'"
                            ),
                            "zh": "“芝加朗（Cikarang）3号线的电池外壳缺陷率为4.2%，是目标值的两倍。”",
                        },
                        "task": {
                            "en": (
                                "'As shift supervisor I was asked to bring my shift under 2 percent within one "
                                "quarter.'"
                            ),
                            "zh": "“作为班组主管，我被要求在一个季度内把本班次的缺陷率降到2%以下。”",
                        },
                        "action": {
                            "en": (
                                "'I tracked defects by station for two weeks, found most came from one welding jig, "
                                "had it recalibrated, and trained six operators on a new visual check that I wrote.'"
                            ),
                            "zh": (
                                "“我按工位追踪了两周缺陷，发现大部分来自一个焊接夹具，于是安排重新校准，并用我编写的"
                                "新目视检查标准培训了六名操作工。”"
                            ),
                        },
                        "result": {
                            "en": (
                                "'My shift reached 1.6 percent in ten weeks, and the other two shifts adopted the "
                                "check.'"
                            ),
                            "zh": "“十周后我的班次降到了1.6%，另外两个班次也采用了这项检查。”",
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "The candidate still credits the team, but now you can see their own actions, a "
                                "baseline and a result a former manager could confirm. This is what patient probing "
                                "produces in a culture that values modesty."
                            ),
                            "zh": (
                                "候选人依然把功劳归于团队，但现在你能看到他本人的行动、基准数据以及前任上级可以核实的"
                                "结果。在崇尚谦逊的文化中，耐心追问得到的就是这样的回答。"
                            ),
                        },
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
            "slug": "indonesia-scheduling-and-logistics",
            "title": {
                "en": "Scheduling in Indonesia: Friday prayers, Ramadan, Lebaran and three time zones",
                "zh": "印度尼西亚面试排期：周五礼拜、斋月、开斋节与三个时区",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<h3>The working week</h3><p>The Manpower Law sets a 40-hour week, worked either as 8 "
                            "hours over five days or 7 hours over six days. Jakarta offices mostly work Monday to "
                            "Friday; plants often run six-day weeks or rotating shifts, so ask which pattern the "
                            "candidate is on before offering a Saturday slot. On Fridays, Muslim men attend midday "
                            "prayers at the mosque and many offices take a longer break; keep 11:00 to 13:30 on "
                            "Friday free.</p><h3>Ramadan</h3><p>The labour law sets no general reduction of "
                            "private-sector hours in Ramadan. Government offices shorten their day by circular and "
                            "many companies adjust hours by policy. Candidates who are fasting are sharpest in the "
                            "morning. Do not schedule after about 16:00, when people leave to break the fast (buka "
                            "puasa) at home, and do not eat or drink on camera.</p><h3>Lebaran, cuti bersama and "
                            "THR</h3><p>Idul Fitri (Lebaran) is the centre of the Indonesian year. The Ministry of "
                            "Religious Affairs fixes the date at an isbat session after the moon sighting, and some "
                            "organisations, notably Muhammadiyah, calculate it in advance and may celebrate a day "
                            "apart. National holidays and additional collective leave days (cuti bersama) are set "
                            "each year by a joint decree of the Ministers of Religious Affairs, Manpower and "
                            "Administrative Reform, and the decree is sometimes amended during the year. Millions of "
                            "people travel home (mudik) in the week before and after, so expect candidates to be "
                            "unreachable for up to two weeks.</p><p>Employers must pay the religious holiday "
                            "allowance (THR) at least seven days before the employee's religious holiday under "
                            "Minister of Manpower Regulation No. 6 of 2016. Many candidates therefore wait for THR "
                            "before resigning, which makes the weeks after Lebaran the busiest hiring window. Plan "
                            "final interviews before the holiday and realistic start dates after it.</p><h3>Other "
                            "holidays that move</h3><p>Islamic holidays move about eleven days earlier each year. "
                            "Chinese New Year (Imlek), Nyepi and Waisak follow their own lunar or lunisolar "
                            "calendars. On Nyepi, Bali's Day of Silence, the whole island shuts down, including the "
                            "airport, so nobody in Bali can attend an interview that day.</p><h3>Three time "
                            "zones</h3><p>Indonesia has no daylight saving and three zones: WIB (UTC+7) for Java and "
                            "Sumatra, WITA (UTC+8) for Bali, Sulawesi and parts of Kalimantan, and WIT (UTC+9) for "
                            "Maluku and Papua. Jakarta is one hour behind Beijing; Bali and Makassar share Beijing's "
                            "time. Always state the zone in the invitation. For on-site interviews in Jakarta, allow "
                            "for traffic and, in the rainy season, flooding.</p>"
                        ),
                        "zh": (
                            "<h3>工作周</h3><p>《人力法》规定每周工作40小时，可以是五天每天8小时，也可以是六天每天7小"
                            "时。雅加达的办公室大多周一至周五上班；工厂则常常一周六天或轮班，因此在提出周六面试之前，"
                            "先问清候选人的班制。周五中午，穆斯林男性要去清真寺做聚礼，很多办公室午休时间更长；周五"
                            "11:00至13:30请不要安排面试。</p><h3>斋月</h3><p>劳动法没有规定斋月期间私营部门普遍缩短工"
                            "时。政府机关会通过通知缩短办公时间，很多公司也会按内部政策调整。斋戒中的候选人上午状态最"
                            "好。大约16:00以后不要安排面试，那时人们要回家开斋（buka puasa）；也不要在镜头前吃喝。"
                            "</p><h3>开斋节、集体休假与宗教节日津贴</h3><p>开斋节（Lebaran）是印尼一年中最重要的节日"
                            "。宗教事务部在观测新月后召开伊斯巴特（isbat）会议确定日期，而一些组织（尤其是穆罕默迪亚"
                            "）会事先推算日期，庆祝时间可能相差一天。国家法定假日和额外的集体休假日（cuti bersama）每"
                            "年由宗教事务部长、人力部长和行政改革部长联合发布决定，且该决定有时会在年中修改。节前节后"
                            "一周，数以百万计的人返乡（mudik），所以候选人可能长达两周联系不上。</p><p>根据2016年第6"
                            "号人力部长条例，雇主必须在员工的宗教节日至少七天前支付宗教节日津贴（THR）。因此很多候选"
                            "人会等拿到THR再辞职，开斋节后的几周也就成了最繁忙的招聘窗口。请把终面安排在节前，把现实"
                            "可行的入职日期安排在节后。</p><h3>其他日期浮动的节日</h3><p>伊斯兰节日每年大约提前11天。"
                            "春节（Imlek）、安宁日（Nyepi）和卫塞节（Waisak）遵循各自的阴历或阴阳历。安宁日是巴厘岛的"
                            "静默日，全岛停摆，机场也会关闭，因此巴厘岛的任何人那天都无法参加面试。</p><h3>三个时区"
                            "</h3><p>印尼不实行夏令时，共有三个时区：爪哇和苏门答腊使用西部时间WIB（UTC+7），巴厘、苏"
                            "拉威西和加里曼丹部分地区使用中部时间WITA（UTC+8），马鲁古和巴布亚使用东部时间WIT（UTC+9"
                            "）。雅加达比北京晚一小时；巴厘岛和望加锡与北京同一时间。邀请中务必写明时区。在雅加达安排"
                            "现场面试时，要考虑交通拥堵，雨季还要考虑内涝。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you send an Indonesian interview invitation",
                            "zh": "发送印度尼西亚面试邀请之前",
                        },
                        "items": [
                            {
                                "en": (
                                    "Confirm the candidate's time zone (WIB, WITA or WIT) and write it in the "
                                    "invitation."
                                ),
                                "zh": "确认候选人所在时区（WIB、WITA或WIT），并写进邀请。",
                            },
                            {
                                "en": "Keep Friday 11:00 to 13:30 free, and avoid late afternoons in Ramadan.",
                                "zh": "周五11:00至13:30不安排面试，斋月期间避开傍晚时段。",
                            },
                            {
                                "en": (
                                    "Check the current joint decree on holidays and cuti bersama, including any "
                                    "mid-year change."
                                ),
                                "zh": "查阅当年关于法定假日和集体休假的联合部长决定，包括年中的任何修订。",
                            },
                            {
                                "en": "Plan around mudik: final rounds before Lebaran, start dates after THR.",
                                "zh": "围绕返乡潮做计划：终面安排在开斋节前，入职日期安排在发放THR之后。",
                            },
                            {
                                "en": (
                                    "Book an interpreter for roles where English is not required, and brief them on "
                                    "exact translation."
                                ),
                                "zh": "对于不要求英语的岗位，预约翻译，并交代其如实翻译。",
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
            "slug": "indonesia-practice",
            "title": {
                "en": "Practice: an Indonesian plant interview",
                "zh": "实战演练：一场印尼工厂面试",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>This scenario tests the hardest situation in many Indonesian hires: a co-interviewer "
                            "from your own company who asks the wrong questions with good intentions. Run it in a "
                            "group of four (lead interviewer, co-interviewer, candidate, observer) and rotate so "
                            "that everyone leads once.</p><p>The lead interviewer's task is not to embarrass a "
                            "colleague in front of the candidate. Steer the conversation back with a bridge such as "
                            "'Let me add the question we ask every candidate about shift patterns', and deal with "
                            "the colleague privately afterwards. The observer notes how quickly and smoothly that "
                            "happens.</p>"
                        ),
                        "zh": (
                            "<p>这个情景考验的是许多印尼招聘中最棘手的情况：自己公司的一位联合面试官出于好意问了不该"
                            "问的问题。请四人一组演练（主面试官、联合面试官、候选人、观察员），轮换角色，让每个人都当"
                            "一次主面试官。</p><p>主面试官的任务不是在候选人面前让同事难堪。请用一句过渡语把话题拉回"
                            "来，例如“我补充一个我们对每位候选人都会问的关于排班的问题”，事后再私下与同事沟通。观察员"
                            "记录这一过程是否迅速、自然。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "HR business partner for a new plant in Karawang",
                            "zh": "卡拉旺新工厂HR业务伙伴面试",
                        },
                        "setting": {
                            "en": (
                                "A Chinese maker of battery components is opening its first Indonesian plant in "
                                "Karawang, West Java, with 600 operators on three shifts. The on-site final "
                                "interview for the HR Business Partner takes place on a Tuesday at 10:00 WIB, three "
                                "weeks before Lebaran. The candidate, Dewi Kartika Sari, has nine years in HR at an "
                                "automotive supplier in Cikarang and wears a hijab."
                            ),
                            "zh": (
                                "一家中国电池零部件制造商将在西爪哇卡拉旺开设其首家印尼工厂，三班倒，共600名操作工。"
                                "HR业务伙伴的现场终面安排在周二西部时间10:00，距离开斋节还有三周。候选人Dewi Kartika "
                                "Sari在芝加朗（Cikarang）一家汽车零部件供应商从事HR工作九年，戴头巾。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Lead interviewer: Li Na, HR director (HQ)",
                                    "zh": "主面试官：李娜，人力资源总监（总部）",
                                },
                                "brief": {
                                    "en": (
                                        "Assess industrial-relations and union-negotiation experience with two "
                                        "structured questions and STAR probes. Explain the start date honestly: the "
                                        "plant needs someone in five weeks. Bridge back smoothly if your colleague "
                                        "strays."
                                    ),
                                    "zh": (
                                        "用两道结构化问题和STAR追问，评估候选人的劳资关系和工会谈判经验。如实说明入职"
                                        "时间：工厂需要五周内有人到岗。如果同事的提问跑偏，自然地把话题拉回来。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Co-interviewer: Wang Qiang, plant general manager",
                                    "zh": "联合面试官：王强，工厂总经理",
                                },
                                "brief": {
                                    "en": (
                                        "You are worried about night-shift coverage and Ramadan productivity. Early "
                                        "on, ask 'Are you married? Will your husband let you work late?' and later "
                                        "'How does fasting affect your work?'."
                                    ),
                                    "zh": (
                                        "你担心夜班人手和斋月期间的效率。面试开始不久，问“您结婚了吗？您丈夫会让您加"
                                        "班到很晚吗？”，之后再问“斋戒会影响您的工作吗？”"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Dewi Kartika Sari",
                                    "zh": "候选人：Dewi Kartika Sari",
                                },
                                "brief": {
                                    "en": (
                                        "Answer warmly and modestly, using 'kami' until probed. You want to resign "
                                        "after receiving THR and ask whether the start date can move. If asked about "
                                        "your marriage, smile, give a short answer and become noticeably quieter."
                                    ),
                                    "zh": (
                                        "回答时热情而谦逊，在被追问前一直用“我们”。你想在拿到THR之后再辞职，并询问入"
                                        "职日期能否推迟。如果被问到婚姻，微笑着简短回答，之后明显变得沉默。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Score 1 to 5 on: greeting and forms of address; structured questions asked as "
                                "written; STAR probes that move from 'kami' to specific actions and numbers; how "
                                "fast and how gracefully the lead interviewer redirects the improper questions; an "
                                "honest, non-committal answer on the start date and THR; a close that states next "
                                "steps without hinting at the result."
                            ),
                            "zh": (
                                "按1至5分评分：问候与称呼；是否按原文提出结构化问题；STAR追问能否把“我们”转化为具体行"
                                "动和数字；主面试官把不当提问引回正轨的速度和得体程度；对入职日期和THR的回答是否诚实"
                                "且不作承诺；结束时是否说明后续步骤且不暗示结果。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Indonesia pre-interview checklist",
                            "zh": "印度尼西亚面试前检查清单",
                        },
                        "items": [
                            {
                                "en": "Ask local HR which topics they flag and whether the site is unionised.",
                                "zh": "向本地HR确认需要注意的话题，以及工厂是否有工会。",
                            },
                            {
                                "en": (
                                    "Brief every co-interviewer on the taboo cards before the day, not during the "
                                    "interview."
                                ),
                                "zh": "在面试日之前（而不是面试过程中）向每位联合面试官讲解禁忌卡片。",
                            },
                            {
                                "en": (
                                    "Remove photo, religion, date of birth and marital status from the copy of the "
                                    "CV the panel scores."
                                ),
                                "zh": "在评审小组用来打分的简历副本中，去掉照片、宗教、出生日期和婚姻状况。",
                            },
                            {
                                "en": (
                                    "Prepare the package wording: gross or net, allowances, THR, BPJS social security."
                                ),
                                "zh": "准备薪酬方案的标准说法：税前还是税后、各类津贴、THR以及BPJS社会保障。",
                            },
                            {
                                "en": "Confirm date, time zone, Friday prayers and the holiday calendar.",
                                "zh": "确认日期、时区、周五礼拜时间和假期日历。",
                            },
                            {
                                "en": "Book and brief the interpreter; test the video tool on a mobile connection.",
                                "zh": "预约并交代翻译；用移动网络测试视频工具。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Do and don't in Indonesia",
                            "zh": "印度尼西亚面试宜与忌",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Address the candidate as Pak or Bu with their first name.",
                                    "zh": "用Pak或Bu加名字称呼候选人。",
                                },
                                "dont": {
                                    "en": "Ask for a surname or mock a single-word name.",
                                    "zh": "追问姓氏，或拿单名开玩笑。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Describe shifts and travel and ask every candidate whether they can work them."
                                    ),
                                    "zh": "说明排班和出差要求，并询问每位候选人能否做到。",
                                },
                                "dont": {
                                    "en": "Ask a woman whether her husband allows her to work nights.",
                                    "zh": "问女性候选人她丈夫是否允许她上夜班。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Probe 'kami' answers patiently for the candidate's own actions and numbers."
                                    ),
                                    "zh": "耐心追问以“我们”开头的回答，引出候选人本人的行动和数字。",
                                },
                                "dont": {
                                    "en": "Take 'iya' as agreement or show frustration when answers are indirect.",
                                    "zh": "把“iya”当作同意，或在对方回答委婉时表现出不耐烦。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Be honest about start dates around Lebaran and THR.",
                                    "zh": "围绕开斋节和THR，如实说明入职日期。",
                                },
                                "dont": {
                                    "en": (
                                        "Pressure a candidate to resign before THR or promise to compensate it "
                                        "without approval."
                                    ),
                                    "zh": "向候选人施压让其在拿到THR之前辞职，或未经批准就承诺补偿。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: interviewing in Indonesia",
                            "zh": "测验：在印度尼西亚面试",
                        },
                        "category": "Cross-cultural communication and taboos/Regions/Indonesia",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
