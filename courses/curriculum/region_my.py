"""Regional module: interviewing in Malaysia (region-my).

Legal statements cite the instrument and stay within what public sources support; every taboo card is marked
unreviewed until counsel signs it off.
"""

from __future__ import annotations

COURSE = {
    "slug": "region-my",
    "order": 49,
    "title": {
        "en": "Interviewing in Malaysia",
        "zh": "在马来西亚面试",
    },
    "summary": {
        "en": (
            "Adds the Malaysia endorsement: the Employment Act (including s. 69F and s. 41A), the Federal "
            "Constitution, disability and personal-data law behind Malaysian interviews, names, titles and a "
            "multi-ethnic candidate pool, scheduling around state weekends, Friday prayers, Ramadan and federal and "
            "state holidays, and a practice panel that tests consistency."
        ),
        "zh": (
            "完成本模块可获得马来西亚地区认证：了解马来西亚面试所依据的《雇佣法》（包括第69F条和第41A条）、《联邦宪法"
            "》、残疾人法和个人数据保护法，掌握姓名、头衔以及面对多族群候选人的要点，学会围绕各州周末、周五礼拜、斋月"
            "以及联邦和州假日安排面试，并通过一场检验一致性的模拟面试。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 105,
    "regions": ["MY"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        {
            "en": (
                "Explain what the Employment Act (ss. 41A and 69F), Federal Constitution art. 8, the Persons with "
                "Disabilities Act 2008 and the PDPA 2010 do and do not cover in hiring."
            ),
            "zh": (
                "说明《雇佣法》（第41A条和第69F条）、《联邦宪法》第8条、2008年《残疾人法》和2010年《个人数据保护法》"
                "在招聘中涵盖与不涵盖的内容。"
            ),
        },
        {
            "en": "Replace questions about race, religion, family, health and age with job-related alternatives.",
            "zh": "用与岗位相关的问题替代涉及种族、宗教、家庭、健康和年龄的提问。",
        },
        {
            "en": "Address Malay, Chinese and Indian Malaysian candidates correctly and keep one interview language.",
            "zh": "正确称呼马来裔、华裔和印度裔候选人，并始终使用同一种面试语言。",
        },
        {
            "en": "Schedule around state weekends, Friday prayers, Ramadan and federal and state holidays.",
            "zh": "围绕各州周末、周五礼拜、斋月以及联邦和州假日安排面试。",
        },
    ],
    "lessons": [
        {
            "slug": "malaysia-law-and-protected-topics",
            "title": {
                "en": "Malaysian law and the topics you must not raise",
                "zh": "马来西亚法律与不可触碰的话题",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Malaysia has no single anti-discrimination statute for private-sector hiring. "
                            "Protection comes from a patchwork: a 2022 amendment to the Employment Act, the Federal "
                            "Constitution for public employment, the Persons with Disabilities Act and the Personal "
                            "Data Protection Act. Women's and religious groups have criticised the gaps, especially "
                            "for job seekers, and the practice on the ground shows why: in a survey of 1,010 "
                            "Malaysian women published by the Women's Aid Organisation, 47 percent said they had "
                            "been asked about their marital status in a job interview.</p><p>A thin statute book is "
                            "not a licence. Our candidates, our employer brand and our own standard all demand the "
                            "same discipline as anywhere else: job-related questions only, asked the same way of "
                            "everyone.</p>"
                        ),
                        "zh": (
                            "<p>马来西亚没有一部专门针对私营部门招聘的反歧视法。相关保护来自多部法律的拼合：2022年修"
                            "订的《雇佣法》、适用于公共部门雇佣的《联邦宪法》、《残疾人法》和《个人数据保护法》。妇女"
                            "团体和宗教团体批评其中存在漏洞，对求职者的保护尤其不足，而现实情况说明了原因：妇女援助组"
                            "织（Women's Aid Organisation）发布的一项针对1,010名马来西亚女性的调查显示，47%的人在求职"
                            "面试中被问过婚姻状况。</p><p>法律条文不完善并不等于可以随意发问。我们的候选人、雇主品牌"
                            "和我们自己的标准，都要求与其他地方一样的纪律：只问与岗位相关的问题，并以同样的方式问每一"
                            "个人。</p>"
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
                            "<ul><li><strong>Employment Act 1955, s. 69F (added by the Employment (Amendment) Act "
                            "2022, in force from 1 January 2023).</strong> The Director General of Labour may "
                            "inquire into and decide any dispute between an employee and employer about "
                            "discrimination in employment, and make an order. The section lists no grounds and "
                            "speaks of employees, so whether it reaches job applicants is "
                            "unsettled.</li><li><strong>Employment Act 1955, s. 41A.</strong> An employer may not "
                            "terminate a pregnant employee, or one with an illness arising from pregnancy, except "
                            "for wilful breach of contract, misconduct or closure of the business. Maternity leave "
                            "is 98 days.</li><li><strong>Federal Constitution, art. 8.</strong> All persons are "
                            "equal before the law, and art. 8(2) bars discrimination against citizens on the ground "
                            "only of religion, race, descent, place of birth or gender in, among other things, "
                            "employment under a public authority. It does not bind private employers "
                            "directly.</li><li><strong>Persons with Disabilities Act 2008, s. 29.</strong> Persons "
                            "with disabilities have the right of access to employment on an equal basis with others. "
                            "The Act offers few remedies, but it states the standard courts and the public "
                            "expect.</li><li><strong>Personal Data Protection Act 2010.</strong> Sensitive personal "
                            "data covers physical or mental health, political opinions, religious or similar beliefs "
                            "and the commission or alleged commission of an offence; the 2024 amendment adds "
                            "biometric data. Sensitive data needs explicit consent (s. 40), and any personal data "
                            "must be adequate but not excessive for its purpose (s. 6).</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>1955年《雇佣法》第69F条（由2022年《雇佣（修订）法》增设，自2023年1月1日"
                            "起生效）。</strong>劳工总监可就雇员与雇主之间任何涉及雇佣歧视的争议进行调查和裁决，并发"
                            "出命令。该条没有列举受保护事由，且只提到雇员，因此是否适用于求职者尚无定论。"
                            "</li><li><strong>1955年《雇佣法》第41A条。</strong>雇主不得解雇怀孕员工或因怀孕而患病的"
                            "员工，除非其故意违反合同、存在不当行为或企业关闭。产假为98天。</li><li><strong>《联邦宪"
                            "法》第8条。</strong>人人在法律面前平等；第8条第2款禁止仅以宗教、种族、血统、出生地或性别"
                            "为由歧视公民，适用范围包括公共机构的雇佣等。该条并不直接约束私营雇主。"
                            "</li><li><strong>2008年《残疾人法》第29条。</strong>残疾人有权与他人在平等基础上获得就业"
                            "机会。该法提供的救济手段有限，但它表明了法院和公众所期待的标准。</li><li><strong>2010年"
                            "《个人数据保护法》。</strong>敏感个人数据包括身心健康状况、政治观点、宗教或类似信仰，以"
                            "及实施或被指控实施犯罪的信息；2024年的修订加入了生物识别数据。处理敏感数据需要明确同意（"
                            "第40条），任何个人数据都必须对其目的而言充分但不过度（第6条）。</li></ul>"
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
                                "HR and counsel. It is not legal advice, the scope of s. 69F is still being tested, "
                                "and the taboo cards below have not yet been reviewed by counsel.</p>"
                            ),
                            "zh": (
                                "<p>本课汇总公开资料，目的是帮助你向本地HR和法律顾问提出更准确的问题。本课不构成法律"
                                "意见，第69F条的适用范围仍在实践中检验，下面的禁忌卡片尚未经过法律顾问审核。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Taboo cards for Malaysia",
                            "zh": "马来西亚禁忌卡片",
                        },
                        "level": 2,
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Race, ethnicity and Bumiputera status",
                            "zh": "种族、族裔与土著身份",
                        },
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "Race is the most politically charged subject in Malaysian life. Many local forms "
                                "still ask for it, but a race question from a foreign interviewer will be read as "
                                "screening, whichever group the candidate belongs to."
                            ),
                            "zh": (
                                "种族是马来西亚社会中政治色彩最浓的话题。很多本地表格仍然要求填写种族，但外国面试官提"
                                "出种族问题，无论候选人属于哪个族群，都会被理解为在进行筛选。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Employment Act 1955, s. 69F (discrimination disputes); Federal Constitution, art. "
                                "8(2) sets the national standard for race, descent and place of birth, though it "
                                "binds public authorities."
                            ),
                            "zh": (
                                "1955年《雇佣法》第69F条（歧视争议）；《联邦宪法》第8条第2款就种族、血统和出生地确立"
                                "了国家层面的标准，但其直接约束对象是公共机构。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Ask nothing about race. If the role serves particular customer groups, ask about "
                                "the skill: 'Tell me how you built relationships with distributors in the East Coast "
                                "states.'"
                            ),
                            "zh": (
                                "不问任何与种族相关的问题。如果岗位服务特定客户群体，就问技能：“请讲讲您是如何与东海"
                                "岸各州的分销商建立关系的。”"
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
                            "en": "Religion, prayer and the tudung",
                            "zh": "宗教、礼拜与头巾",
                        },
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "The public row in 2017 over hotels that barred front-desk staff from wearing the "
                                "tudung showed how quickly a dress rule becomes a national controversy. Questions "
                                "about prayer breaks, halal food at home or headscarves tie the decision to faith."
                            ),
                            "zh": (
                                "2017年部分酒店禁止前台员工佩戴头巾引发的公众争议表明，着装规定会多么迅速地演变成全国"
                                "性风波。询问礼拜时间、家里是否吃清真食品或是否戴头巾，都是把录用决定与信仰挂钩。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Federal Constitution, arts. 8 and 11 (equality; freedom of religion); Personal Data "
                                "Protection Act 2010: religious beliefs are sensitive personal data needing explicit "
                                "consent (s. 40)."
                            ),
                            "zh": (
                                "《联邦宪法》第8条和第11条（平等；宗教自由）；2010年《个人数据保护法》：宗教信仰属于"
                                "敏感个人数据，处理须获得明确同意（第40条）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "State the dress code and hours that apply to everyone and ask whether the candidate "
                                "has any questions about them for HR."
                            ),
                            "zh": "说明适用于所有人的着装规定和工作时间，再问候选人是否有需要向HR了解的问题。",
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
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "Nearly half of Malaysian women surveyed had been asked about marital status at "
                                "interview. The question signals that you are pricing maternity leave into the "
                                "decision, which is exactly what s. 41A is designed to stop once she is employed."
                            ),
                            "zh": (
                                "接受调查的马来西亚女性中，近一半在面试中被问过婚姻状况。这个问题表明你在把产假成本纳"
                                "入录用决定，而这正是第41A条在她入职后所要杜绝的。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Employment Act 1955, s. 41A (restriction on terminating pregnant employees) and s. "
                                "69F; Federal Constitution, art. 8(2) (gender) as the public-sector benchmark."
                            ),
                            "zh": (
                                "1955年《雇佣法》第41A条（限制解雇怀孕员工）及第69F条；以《联邦宪法》第8条第2款（性别"
                                "）作为公共部门的基准。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The role needs two overnight trips a month to Singapore and Jakarta. Is that "
                                "workable for you?' Ask every candidate."
                            ),
                            "zh": "“该岗位每月需要两次到新加坡和雅加达过夜出差，您能接受吗？”对每位候选人都这样问。",
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
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "Health questions screen out disabled candidates and generate sensitive personal "
                                "data that needs explicit consent. A medical check, where justified, belongs after a "
                                "conditional offer."
                            ),
                            "zh": (
                                "健康问题会把残障候选人筛掉，还会产生需要明确同意才能处理的敏感个人数据。确有必要的体"
                                "检，应安排在附条件录用之后。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Persons with Disabilities Act 2008, s. 29; Personal Data Protection Act 2010, ss. 6 "
                                "and 40 (physical or mental health is sensitive personal data)."
                            ),
                            "zh": (
                                "2008年《残疾人法》第29条；2010年《个人数据保护法》第6条和第40条（身心健康属于敏感个"
                                "人数据）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The role involves audits at our Kulim plant, including walking the clean room. Can "
                                "you do that, with or without adjustments?'"
                            ),
                            "zh": (
                                "“该岗位需要到居林工厂做审计，包括在无尘车间内走动。无论是否需要调整或支持，您能完成"
                                "吗？”"
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
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "Malaysian adverts still set age limits and forms ask for date of birth. Age says "
                                "nothing about ability, and a question about it invites the same complaint you would "
                                "face in countries that ban it."
                            ),
                            "zh": (
                                "马来西亚的招聘广告仍常设年龄上限，表格也要求填写出生日期。年龄不能说明能力，询问年龄"
                                "会招致与那些明令禁止年龄歧视的国家相同的投诉。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "No Malaysian statute names age for private hiring; s. 69F is open-ended; company "
                                "policy and PDPA s. 6 (data not excessive) apply."
                            ),
                            "zh": (
                                "马来西亚没有法律针对私营招聘明确列出年龄；第69F条未限定事由；适用公司政策及《个人数"
                                "据保护法》第6条（数据不得过度）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'Tell me about the month-end close you ran at your last company and how long it took.'"
                            ),
                            "zh": "“请讲讲您在上一家公司负责的月结流程，以及需要多长时间。”",
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
                            "en": "Mandarin or dialect as a silent filter",
                            "zh": "把普通话或方言当作隐性门槛",
                        },
                        "regions": ["MY"],
                        "why_risky": {
                            "en": (
                                "Chinese managers naturally warm to a candidate who answers in Mandarin. If Mandarin "
                                "is not a tested job requirement, that warmth becomes a race filter by another name, "
                                "because language tracks ethnicity closely in Malaysia."
                            ),
                            "zh": (
                                "中国经理很自然地会对用普通话回答的候选人更有好感。如果普通话并不是经过统一测试的岗位"
                                "要求，这种好感就会变相成为种族门槛，因为在马来西亚，语言与族群高度相关。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "No statute names language. In 2019 the Ministry of Human Resources publicly "
                                "reprimanded an employer whose 'Mandarin speakers' advert was read as racist, and "
                                "said job conditions should not turn on race, religion, gender or pregnancy."
                            ),
                            "zh": (
                                "没有法律明确列出语言。2019年，人力资源部公开批评了一家发布“招聘会说普通话者”广告的雇"
                                "主，认为该广告被视为带有种族色彩，并表示招聘条件不应以种族、宗教、性别或怀孕为依据。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Decide before the interview whether Mandarin is required, write it into the role "
                                "profile and test it identically for every candidate; otherwise run the whole "
                                "interview in English or Malay."
                            ),
                            "zh": (
                                "在面试之前确定是否需要普通话，把它写进岗位说明，并对每位候选人用同样方式测试；否则整"
                                "场面试都用英语或马来语进行。"
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
                            "en": "Check: protected topics in Malaysia",
                            "zh": "测验：马来西亚的受保护话题",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "malaysia-culture-and-communication",
            "title": {
                "en": "Culture, communication and etiquette in Malaysian interviews",
                "zh": "马来西亚面试中的文化、沟通与礼仪",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A Malaysian shortlist usually mixes Malay, Chinese and Indian Malaysians, and in "
                            "Sabah and Sarawak candidates from indigenous groups such as the Kadazan-Dusun and Iban. "
                            "Most professionals move easily between English and Malay, many Chinese Malaysians speak "
                            "Mandarin or a dialect such as Cantonese or Hokkien, and many Indian Malaysians speak "
                            "Tamil. Business English is good, but it has its own rhythm: 'can' and 'cannot' as "
                            "complete answers, and 'lah' softening a sentence.</p><h3>Names and titles</h3><p>Names "
                            "are the first test of your preparation. In a Malay name such as Ahmad bin Ismail, 'bin' "
                            "(son of) or 'binti' (daughter of) introduces the father's name, so you address him as "
                            "Encik Ahmad, never 'Mr Ismail'. Chinese Malaysian names put the family name first: Tan "
                            "Wei Ming is Mr Tan. Indian Malaysian names often use 'a/l' or 'a/p' (son or daughter "
                            "of) before the father's name: address Kavitha a/p Rajendran as Ms Kavitha. Honorifics "
                            "conferred by the rulers, such as Datuk, Dato' or Tan Sri, are always "
                            "used.</p><h3>Greetings and body language</h3><p>Many Malay Muslims greet with a light "
                            "touch of the hands followed by the right hand to the chest, and some prefer no contact "
                            "with the opposite sex. Let the candidate lead. Use the right hand for cards and "
                            "documents, and gesture with the thumb rather than the index "
                            "finger.</p><h3>Indirectness, deference and face</h3><p>Candidates tend to defer to the "
                            "senior person in the room and avoid contradicting them. A long pause before answering "
                            "is thinking, not evasion. 'I will try my best' may mean 'I have doubts'. Follow up with "
                            "specifics, and invite disagreement explicitly: 'If you think our plan for the finance "
                            "team is wrong, I want to hear it.'</p><h3>The Mandarin trap</h3><p>When a Chinese "
                            "Malaysian candidate switches to Mandarin, it is tempting to follow. Do not, unless "
                            "Mandarin is a tested requirement for every candidate. Keep the agreed language, keep "
                            "the same questions, and score the answer, not the accent or the sense of "
                            "familiarity.</p>"
                        ),
                        "zh": (
                            "<p>马来西亚的候选人短名单通常同时包括马来裔、华裔和印度裔，在沙巴和砂拉越还会有卡达山-杜"
                            "顺族、伊班族等原住民候选人。大多数专业人士能在英语和马来语之间自如切换，许多华裔会说普通"
                            "话或广东话、福建话等方言，许多印度裔会说泰米尔语。商务英语水平不错，但有自己的节奏：用“"
                            "can”和“cannot”作为完整回答，用“lah”缓和语气。</p><h3>姓名与头衔</h3><p>姓名是检验你是否"
                            "做足准备的第一关。马来人姓名如Ahmad bin Ismail中，“bin”（之子）或“binti”（之女）后面是父"
                            "亲的名字，所以应称他为Encik Ahmad，而不是“Mr Ismail”。华裔姓名姓在前：Tan Wei Ming就是陈"
                            "先生（Mr Tan）。印度裔姓名常在父名前加“a/l”或“a/p”（之子或之女）：Kavitha a/p Rajendran"
                            "应称为Ms Kavitha。由苏丹或元首册封的荣誉头衔，如Datuk、Dato'或Tan Sri，一定要使用。"
                            "</p><h3>问候与肢体语言</h3><p>许多马来穆斯林的问候方式是双手轻触，然后把右手放在胸前，有"
                            "些人不愿与异性有身体接触。请让候选人主导。递名片和文件用右手，示意时用拇指而不是食指。"
                            "</p><h3>委婉、顺从与面子</h3><p>候选人往往顺从在场最资深的人，避免与其意见相左。回答前的"
                            "长时间停顿是在思考，而不是回避。“我会尽力”可能意味着“我有疑虑”。请用具体问题跟进，并明确"
                            "邀请对方提出不同意见：“如果您认为我们对财务团队的规划有问题，我很想听听。”</p><h3>普通话"
                            "陷阱</h3><p>当华裔候选人改用普通话时，你很容易跟着切换。除非普通话是对所有候选人统一测试"
                            "的要求，否则请不要这样做。坚持使用约定的语言，提出同样的问题，为回答内容打分，而不是为口"
                            "音或亲切感打分。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Weak: deference hides the candidate",
                            "zh": "较弱：顺从掩盖了候选人本人",
                        },
                        "situation": {
                            "en": (
                                "Candidate for Finance Controller: 'At my last company the audit was always very "
                                "tight.'"
                            ),
                            "zh": "应聘财务总监的候选人：“在上一家公司，审计时间总是很紧。”",
                        },
                        "task": {
                            "en": "'My boss wanted the audit to go smoothly.'",
                            "zh": "“我的上司希望审计顺利进行。”",
                        },
                        "action": {
                            "en": "'I followed his instructions and the team worked very hard.'",
                            "zh": "“我按照他的指示去做，团队也非常努力。”",
                        },
                        "result": {
                            "en": "'The auditors were satisfied, can.'",
                            "zh": "“审计师很满意，没问题的。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "The candidate credits the boss and the team and leaves themselves out, a common "
                                "pattern where seniority is respected. Probe without challenging face: 'Which part "
                                "of the audit preparation did you own? What did you change compared with the year "
                                "before? How many adjustments did the auditors raise?'"
                            ),
                            "zh": (
                                "候选人把功劳归于上司和团队，却把自己排除在外，这在尊重资历的环境中很常见。请在不伤及"
                                "面子的前提下追问：“审计准备工作中哪一部分由您负责？与前一年相比您做了哪些改变？审计"
                                "师提出了多少项调整？”"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Strong: after probing",
                            "zh": "较强：追问之后",
                        },
                        "situation": {
                            "en": (
                                "'The year before I joined, the statutory audit found 23 adjustments and the "
                                "accounts were filed late.'"
                            ),
                            "zh": "“我加入前一年，法定审计发现了23项调整，财务报表也逾期提交。”",
                        },
                        "task": {
                            "en": "'I was responsible for closing the books and preparing the audit schedules.'",
                            "zh": "“我负责结账和准备审计底稿。”",
                        },
                        "action": {
                            "en": (
                                "'I moved the intercompany reconciliation to monthly, built a checklist for every "
                                "schedule the auditors request, and held a pre-audit review with the auditors two "
                                "weeks before fieldwork.'"
                            ),
                            "zh": (
                                "“我把关联公司往来对账改为按月进行，为审计师要求的每一份底稿建立了检查清单，并在外勤"
                                "开始前两周与审计师进行了预审沟通。”"
                            ),
                        },
                        "result": {
                            "en": "'Adjustments fell to four, and we filed three weeks early.'",
                            "zh": "“调整项降到了四项，我们提前三周完成了报送。”",
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Specific ownership, actions and a verifiable result, obtained by asking about the "
                                "candidate's own part rather than contradicting their modest first answer."
                            ),
                            "zh": (
                                "通过询问候选人本人承担的部分，而不是反驳其谦逊的第一个回答，得到了具体的职责、行动和"
                                "可核实的结果。"
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
            "slug": "malaysia-scheduling-and-logistics",
            "title": {
                "en": "Scheduling in Malaysia: state weekends, Fridays, Ramadan and federal and state holidays",
                "zh": "马来西亚面试排期：各州周末、周五、斋月以及联邦和州假日",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<h3>Weekends differ by state</h3><p>Most of Malaysia, including Kuala Lumpur, Selangor, "
                            "Penang, Sabah and Sarawak, takes Saturday and Sunday off. Kedah, Kelantan and "
                            "Terengganu observe a Friday and Saturday weekend. Johor used a Friday and Saturday "
                            "weekend from 2014 but returned to Saturday and Sunday on 1 January 2025. Where the "
                            "weekend is Saturday and Sunday, offices give Muslim staff a long Friday lunch for "
                            "congregational prayers, so keep Friday roughly 12:15 to 14:45 free. Check where the "
                            "candidate actually works, not where the company is "
                            "registered.</p><h3>Ramadan</h3><p>There is no statutory reduction of private-sector "
                            "hours in Ramadan; many employers shorten lunch and let staff leave earlier. Because "
                            "Malaysia keeps UTC+8, sunset and iftar come late, around 19:00 to 19:30 in Kuala "
                            "Lumpur, and the evening traffic before it is heavy. Interview between 10:00 and 15:00, "
                            "and do not eat or drink on camera.</p><h3>Federal and state holidays</h3><p>Holidays "
                            "are set under the Holidays Act 1951 in Peninsular Malaysia and Labuan and under "
                            "separate ordinances in Sabah and Sarawak, so the calendar differs by state. Under s. "
                            "60D of the Employment Act, employees get eleven gazetted public holidays a year, five "
                            "of them compulsory: National Day, the Yang di-Pertuan Agong's birthday, the state "
                            "Ruler's or Yang di-Pertua Negeri's birthday (or Federal Territory Day), Workers' Day "
                            "and Malaysia Day. A holiday that falls on a rest day moves to the next working day. The "
                            "government can also declare extra holidays at short notice under s. 8 of the Holidays "
                            "Act, as it has done after general elections.</p><p>Hari Raya Aidilfitri and Hari Raya "
                            "Haji follow the Islamic calendar, moving about eleven days earlier each year; the "
                            "Keeper of the Rulers' Seal announces the start of Syawal after the moon sighting, often "
                            "the evening before. Chinese New Year and Deepavali follow lunisolar calendars. Some "
                            "holidays are regional, such as Thaipusam in several states, Gawai in Sarawak and "
                            "Kaamatan in Sabah. Around the big festivals many people return to their home towns "
                            "(balik kampung), so leave a week either side free.</p><h3>Time zone and "
                            "hours</h3><p>Malaysia keeps UTC+8, the same as Beijing, with no daylight saving, which "
                            "makes live panels easy. The Employment Act caps normal hours at 45 a week since the "
                            "2022 amendment; do not propose evening slots as if long hours were the norm.</p>"
                        ),
                        "zh": (
                            "<h3>各州周末不同</h3><p>马来西亚大部分地区（包括吉隆坡、雪兰莪、槟城、沙巴和砂拉越）周六"
                            "周日休息。吉打、吉兰丹和登嘉楼则是周五周六休息。柔佛自2014年起实行周五周六周末，但已于"
                            "2025年1月1日恢复为周六周日。在周六周日休息的地区，办公室会在周五给穆斯林员工较长的午休时"
                            "间参加聚礼，因此周五大约12:15至14:45不要安排面试。请确认候选人实际工作的地点，而不是公司"
                            "的注册地。</p><h3>斋月</h3><p>斋月期间，法律并未规定缩短私营部门的工作时间；很多雇主会缩"
                            "短午休并让员工提早下班。由于马来西亚使用UTC+8，日落和开斋时间较晚，在吉隆坡大约是19:00至"
                            "19:30，开斋前的傍晚交通十分拥堵。请在10:00至15:00之间安排面试，不要在镜头前吃喝。"
                            "</p><h3>联邦和州假日</h3><p>西马半岛和纳闽的假日依据1951年《假日法》确定，沙巴和砂拉越则"
                            "依据各自的条例，因此各州日历不同。根据《雇佣法》第60D条，员工每年享有十一天宪报公布的公"
                            "共假日，其中五天是必须给予的：国庆日、最高元首诞辰、州统治者或州元首诞辰（或联邦直辖区日"
                            "）、劳动节和马来西亚日。假日如与休息日重合，则顺延至下一个工作日。政府还可根据《假日法》"
                            "第8条临时宣布额外假日，大选后就曾这样做。</p><p>开斋节（Hari Raya Aidilfitri）和哈芝节（"
                            "Hari Raya Haji）遵循伊斯兰历，每年大约提前11天；掌玺大臣在观测新月后宣布伊斯兰历十月（"
                            "Syawal）的开始，往往就在前一天晚上。农历新年和屠妖节遵循阴阳历。有些假日只在部分地区放假"
                            "，例如若干州的大宝森节、砂拉越的丰收节（Gawai）和沙巴的丰收节（Kaamatan）。大节日前后很"
                            "多人返乡（balik kampung），请在节日前后各留出一周不安排面试。</p><h3>时区与工时</h3><p>"
                            "马来西亚使用UTC+8，与北京相同，不实行夏令时，因此很容易安排实时的面试小组。自2022年修订"
                            "后，《雇佣法》规定正常工作时间上限为每周45小时；不要把晚间面试当成理所当然，好像长时间工"
                            "作是常态。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you send a Malaysian interview invitation",
                            "zh": "发送马来西亚面试邀请之前",
                        },
                        "items": [
                            {
                                "en": "Find out which state the candidate works in and that state's weekend.",
                                "zh": "了解候选人在哪个州工作，以及该州的周末安排。",
                            },
                            {
                                "en": "Keep the Friday prayer window free in Saturday-Sunday states.",
                                "zh": "在周六周日休息的州，空出周五聚礼时段。",
                            },
                            {
                                "en": (
                                    "Check the federal and state holiday lists, including any holiday announced at "
                                    "short notice."
                                ),
                                "zh": "核对联邦和州假日清单，包括临时宣布的假日。",
                            },
                            {
                                "en": "Leave a week free around Hari Raya, Chinese New Year and Deepavali.",
                                "zh": "在开斋节、农历新年和屠妖节前后各留出一周。",
                            },
                            {
                                "en": "Spell the candidate's name and title exactly as they write it.",
                                "zh": "严格按照候选人自己的写法拼写其姓名和头衔。",
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
            "slug": "malaysia-practice",
            "title": {
                "en": "Practice: a consistent panel in Penang",
                "zh": "实战演练：在槟城保持一致的面试",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Consistency is the theme of this practice. Two strong candidates have reached the "
                            "final round, and the panel already spoke Mandarin with the first one and enjoyed it. "
                            "The exercise tests whether the second candidate gets exactly the same "
                            "interview.</p><p>Run it in groups of four and rotate the lead role. At the end, the "
                            "observer compares the interviewer's notes for both candidates: same questions, same "
                            "probes, same scoring anchors. Where they differ, the group writes down why, and whether "
                            "the difference would survive a complaint under s. 69F.</p>"
                        ),
                        "zh": (
                            "<p>本次演练的主题是一致性。两位优秀的候选人进入了终面，面试小组已经和第一位候选人用普通"
                            "话交流，而且聊得很愉快。这个练习检验第二位候选人是否得到了完全相同的面试。</p><p>请四人"
                            "一组演练，轮换主面试官角色。结束时，观察员对比面试官对两位候选人的记录：问题是否相同、追"
                            "问是否相同、评分标准是否相同。如有不同，小组要写下原因，并讨论这种差异能否经得起依据第"
                            "69F条提出的投诉。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Finance controller for a Penang plant, second finalist",
                            "zh": "槟城工厂财务总监，第二位终面候选人",
                        },
                        "setting": {
                            "en": (
                                "A Suzhou maker of semiconductor test equipment is hiring a Finance Controller for "
                                "its new plant in Batu Kawan, Penang. The final round is a one-hour video call at "
                                "10:00 Malaysia time (also 10:00 in Suzhou). Earlier that morning the panel "
                                "interviewed Tan Wei Ming, partly in Mandarin. The second finalist is Kavitha a/p "
                                "Rajendran, a chartered accountant with eleven years in manufacturing finance."
                            ),
                            "zh": (
                                "一家苏州半导体测试设备制造商正在为其位于槟城峇都加湾的新工厂招聘财务总监。终面是一场"
                                "一小时的视频面试，时间为马来西亚时间10:00（苏州同样是10:00）。当天上午早些时候，面试"
                                "小组面试了Tan Wei Ming，部分内容使用了普通话。第二位终面候选人是Kavitha a/p "
                                "Rajendran，特许会计师，拥有十一年制造业财务经验。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Lead interviewer: Chen Lei, group finance director (HQ)",
                                    "zh": "主面试官：陈磊，集团财务总监（总部）",
                                },
                                "brief": {
                                    "en": (
                                        "Use the same three structured questions you used this morning, in English, "
                                        "with the same STAR probes. Address the candidate correctly. Resist "
                                        "comparing her aloud with the first candidate."
                                    ),
                                    "zh": (
                                        "使用与上午相同的三道结构化问题，用英语提问，并使用相同的STAR追问。正确称呼候"
                                        "选人。不要当众把她与第一位候选人作比较。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Local HR partner: Siti Hajar binti Osman",
                                    "zh": "本地HR伙伴：Siti Hajar binti Osman",
                                },
                                "brief": {
                                    "en": (
                                        "Explain the package (basic salary, allowances, EPF contributions) and the "
                                        "notice period question. After the call, challenge the panel if this "
                                        "morning's Mandarin conversation gave the first candidate extra time or "
                                        "extra questions."
                                    ),
                                    "zh": (
                                        "讲解薪酬方案（基本工资、各类津贴、公积金EPF缴纳）以及通知期问题。面试结束后"
                                        "，如果上午的普通话交流让第一位候选人获得了更多时间或更多问题，请向面试小组提"
                                        "出质疑。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Kavitha a/p Rajendran",
                                    "zh": "候选人：Kavitha a/p Rajendran",
                                },
                                "brief": {
                                    "en": (
                                        "Answer modestly at first, crediting your former boss. If you are called 'Ms "
                                        "Rajendran', correct it politely. If asked about your family or when you "
                                        "plan to have children, say you would rather focus on the role."
                                    ),
                                    "zh": (
                                        "一开始回答得谦逊一些，把功劳归于前上司。如果被称为“Ms Rajendran”，礼貌地纠正"
                                        "。如果被问到家庭或生育计划，表示希望把注意力放在岗位本身。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Score 1 to 5 on: correct name and form of address; identical questions and probes "
                                "to the first interview; STAR probing that surfaces the candidate's own "
                                "contribution; no questions on race, religion, family, pregnancy, health or age; "
                                "clear package explanation asking for expected, not last-drawn, salary; equal time "
                                "and a neutral close. List every difference between the two interviews."
                            ),
                            "zh": (
                                "按1至5分评分：姓名和称呼是否正确；问题和追问是否与第一场面试完全相同；STAR追问能否引"
                                "出候选人本人的贡献；是否没有涉及种族、宗教、家庭、怀孕、健康或年龄；薪酬方案说明是否"
                                "清楚，询问的是期望薪资而非上一份薪资；时间分配是否相同，收尾是否中性。列出两场面试之"
                                "间的每一处差异。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Malaysia pre-interview checklist",
                            "zh": "马来西亚面试前检查清单",
                        },
                        "items": [
                            {
                                "en": (
                                    "Ask local HR which topics they flag and how they handle race on internal forms."
                                ),
                                "zh": "向本地HR确认需要注意的话题，以及内部表格如何处理种族信息。",
                            },
                            {
                                "en": "Decide the interview language in advance and apply it to every candidate.",
                                "zh": "事先确定面试语言，并对每位候选人统一执行。",
                            },
                            {
                                "en": (
                                    "Check each candidate's name structure (bin, binti, a/l, a/p, family name first) "
                                    "and titles."
                                ),
                                "zh": "核对每位候选人的姓名结构（bin、binti、a/l、a/p、姓在前）和头衔。",
                            },
                            {
                                "en": (
                                    "Prepare the package wording: basic salary, allowances, EPF and SOCSO, expected "
                                    "salary only."
                                ),
                                "zh": (
                                    "准备薪酬方案的标准说法：基本工资、各类津贴、公积金（EPF）和社险（SOCSO），只问期"
                                    "望薪资。"
                                ),
                            },
                            {
                                "en": "Confirm the state weekend, Friday prayer window and holiday calendar.",
                                "zh": "确认所在州的周末、周五聚礼时段和假日日历。",
                            },
                            {
                                "en": "Agree where notes are stored and for how long, in line with the PDPA.",
                                "zh": "按照《个人数据保护法》的要求，约定面试记录的存放位置和保存期限。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Do and don't in Malaysia",
                            "zh": "马来西亚面试宜与忌",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "Say 'Encik Ahmad', 'Mr Tan', 'Ms Kavitha' and use Datuk or Dato' where held."
                                    ),
                                    "zh": "称呼“Encik Ahmad”“Mr Tan”“Ms Kavitha”，对方有Datuk或Dato'头衔时要使用。",
                                },
                                "dont": {
                                    "en": "Call Ahmad bin Ismail 'Mr Ismail' or drop an honorific.",
                                    "zh": "把Ahmad bin Ismail称为“Mr Ismail”，或省略荣誉头衔。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Keep the agreed interview language for every candidate.",
                                    "zh": "对每位候选人都使用约定的面试语言。",
                                },
                                "dont": {
                                    "en": (
                                        "Switch to Mandarin with a Chinese Malaysian candidate because it feels "
                                        "friendlier."
                                    ),
                                    "zh": "因为感觉更亲切，就和华裔候选人改用普通话。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Ask for expected salary and explain how the package is built.",
                                    "zh": "询问期望薪资，并说明薪酬方案的构成。",
                                },
                                "dont": {
                                    "en": "Ask for 'last drawn salary' or for a payslip at interview.",
                                    "zh": "在面试时询问“上一份薪资”或要求提供工资单。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Invite disagreement explicitly and wait through silences.",
                                    "zh": "明确邀请对方提出不同意见，并耐心等待沉默过去。",
                                },
                                "dont": {
                                    "en": "Read a pause or 'I will try my best' as agreement.",
                                    "zh": "把停顿或“我会尽力”理解为同意。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: interviewing in Malaysia",
                            "zh": "测验：在马来西亚面试",
                        },
                        "category": "Cross-cultural communication and taboos/Regions/Malaysia",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
