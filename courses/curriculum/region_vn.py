"""Regional module: interviewing in Vietnam (region-vn).

Legal statements cite the instrument and stay within what public sources support; every taboo card is marked
unreviewed until counsel signs it off.
"""

from __future__ import annotations

COURSE = {
    "slug": "region-vn",
    "order": 50,
    "title": {
        "en": "Interviewing in Vietnam",
        "zh": "在越南面试",
    },
    "summary": {
        "en": (
            "Adds the Vietnam endorsement: the Labour Code 2019 grounds, gender-equality and maternity rules and the "
            "personal-data regime behind Vietnamese interviews, names, modesty and working with interpreters, "
            "political topics a Chinese interviewer must avoid, scheduling around Tết, lunar holidays and the "
            "working day, and an interpreted practice interview."
        ),
        "zh": (
            "完成本模块可获得越南地区认证：了解越南面试所依据的2019年《劳动法》受保护事由、性别平等与生育保护规则以及"
            "个人数据制度，掌握姓名、谦逊的表达方式和与翻译合作的方法，了解中国面试官必须回避的政治话题，学会围绕春节"
            "、阴历节日和工作作息安排面试，并完成一场有翻译参与的模拟面试。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 105,
    "regions": ["VN"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        {
            "en": (
                "Name the protected grounds in the Labour Code 2019 (arts. 3(8), 8, 136 and 137) and the "
                "personal-data rules that apply to candidates."
            ),
            "zh": (
                "说出2019年《劳动法》（第3条第8款、第8条、第136条和第137条）中的受保护事由，以及适用于候选人的个人数"
                "据规则。"
            ),
        },
        {
            "en": (
                "Replace questions about age, family, origin, health, religion and politics with job-related ones, "
                "and keep territorial disputes out of the room."
            ),
            "zh": "用与岗位相关的问题替代涉及年龄、家庭、出身、健康、宗教和政治的提问，并让领土争端话题远离面试。",
        },
        {
            "en": (
                "Address candidates by their given name and draw specific evidence from modest answers through an "
                "interpreter."
            ),
            "zh": "以名字称呼候选人，并通过翻译从谦逊的回答中获取具体证据。",
        },
        {
            "en": "Plan interviews around Tết, moving lunar holidays, the lunch break and Vietnam's time zone.",
            "zh": "围绕春节、日期浮动的阴历节日、午休时间和越南时区规划面试。",
        },
    ],
    "lessons": [
        {
            "slug": "vietnam-law-and-protected-topics",
            "title": {
                "en": "Vietnamese law and the topics you must not raise",
                "zh": "越南法律与不可触碰的话题",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Vietnam's Labour Code of 2019 (Law No. 45/2019/QH14, in force since 1 January 2021) "
                            "gives candidates one of the broadest lists of protected grounds in South-East Asia. "
                            "Practice lags behind: adverts asking for 'female, good appearance, under 28' are still "
                            "easy to find, and many applications arrive with a sơ yếu lý lịch, a background form "
                            "that lists parents, siblings and hometown. None of that makes the information relevant. "
                            "For a Chinese company the stakes are higher, because candidates and the authorities "
                            "watch foreign employers closely and a discriminatory question travels fast on social "
                            "media.</p>"
                        ),
                        "zh": (
                            "<p>越南2019年《劳动法》（第45/2019/QH14号法律，自2021年1月1日起施行）为候选人提供了东南"
                            "亚最广泛的受保护事由清单之一。但实践仍然落后：要求“女性、形象好、28岁以下”的招聘广告依然"
                            "随处可见，很多求职材料还附有“个人履历表”（sơ yếu lý lịch），上面列着父母、兄弟姐妹和籍贯"
                            "。这些都不能说明这些信息与岗位有关。对中国企业来说，风险更高，因为候选人和主管部门都会密"
                            "切关注外国雇主，一个带有歧视色彩的问题会在社交媒体上迅速传开。</p>"
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
                            "<ul><li><strong>Labour Code 2019, art. 3(8) and art. 8.</strong> Discrimination in "
                            "labour, which art. 8 prohibits, covers distinctions based on race, colour, national "
                            "extraction or social origin, ethnicity, sex, age, pregnancy and maternity, marital "
                            "status, religion and belief, political opinion, disability, family responsibilities, "
                            "HIV status and trade-union activity.</li><li><strong>Labour Code 2019, art. "
                            "136.</strong> Employers must ensure gender equality in recruitment, job assignment, "
                            "training, working time, pay and other conditions.</li><li><strong>Labour Code 2019, "
                            "art. 137.</strong> An employer may not dismiss or unilaterally terminate an employee "
                            "because of marriage, pregnancy, maternity leave or raising a child under twelve months. "
                            "Administrative fines for breaches are set by Decree No. "
                            "12/2022/ND-CP.</li><li><strong>Decree No. 13/2023/ND-CP on Personal Data "
                            "Protection</strong> (in force from 1 July 2023). Political and religious views, health, "
                            "ethnic origin, genetic and biometric data, sex life and sexual orientation and criminal "
                            "records are sensitive personal data; marital status and family relationships are basic "
                            "personal data, still subject to consent and purpose.</li><li><strong>Law No. "
                            "91/2025/QH15 on Personal Data Protection.</strong> Passed on 26 June 2025 and reported "
                            "as in force from 1 January 2026 with Decree No. 356/2025/ND-CP, it replaces Decree 13. "
                            "Published summaries say it requires employers to delete or destroy the personal data of "
                            "candidates who are not recruited. Ask HR how long your company keeps interview "
                            "notes.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>2019年《劳动法》第3条第8款和第8条。</strong>第8条禁止劳动歧视，而劳动歧"
                            "视涵盖基于种族、肤色、民族血统或社会出身、族群、性别、年龄、怀孕与生育、婚姻状况、宗教和"
                            "信仰、政治观点、残障、家庭责任、艾滋病感染状况以及工会活动所作的区别对待。"
                            "</li><li><strong>2019年《劳动法》第136条。</strong>雇主必须在招聘、工作安排、培训、工作"
                            "时间、工资及其他待遇方面保障性别平等。</li><li><strong>2019年《劳动法》第137条。"
                            "</strong>雇主不得因员工结婚、怀孕、休产假或抚养不满十二个月的孩子而将其解雇或单方面解除"
                            "劳动合同。违法行为的行政罚款由第12/2022/ND-CP号法令规定。</li><li><strong>关于个人数据保"
                            "护的第13/2023/ND-CP号法令</strong>（自2023年7月1日起施行）。政治和宗教观点、健康、族裔出"
                            "身、基因和生物识别数据、性生活和性取向以及犯罪记录属于敏感个人数据；婚姻状况和家庭关系属"
                            "于基本个人数据，但仍须取得同意并符合处理目的。</li><li><strong>第91/2025/QH15号《个人数"
                            "据保护法》。</strong>该法于2025年6月26日通过，据报道已与第356/2025/ND-CP号法令一起自2026"
                            "年1月1日起施行，取代第13号法令。公开的解读称，该法要求雇主删除或销毁未被录用候选人的个人"
                            "数据。请向HR确认公司面试记录的保存期限。</li></ul>"
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
                                "HR and counsel. It is not legal advice, the data-protection regime changed in 2026, "
                                "and the taboo cards below have not yet been reviewed by counsel.</p>"
                            ),
                            "zh": (
                                "<p>本课汇总公开资料，目的是帮助你向本地HR和法律顾问提出更准确的问题。本课不构成法律"
                                "意见，数据保护制度已于2026年发生变化，下面的禁忌卡片尚未经过法律顾问审核。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Taboo cards for Vietnam",
                            "zh": "越南禁忌卡片",
                        },
                        "level": 2,
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Age, and the pronoun trap",
                            "zh": "年龄，以及称谓陷阱",
                        },
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "Vietnamese pronouns depend on relative age (anh, chị, em), so people often ask each "
                                "other's age to know how to speak. In an interview that habit turns into an age "
                                "question the Labour Code expressly covers."
                            ),
                            "zh": (
                                "越南语的人称代词取决于双方的年龄关系（anh、chị、em），所以人们常常互相询问年龄，以便"
                                "知道该如何称呼。在面试中，这个习惯就变成了《劳动法》明确涵盖的年龄问题。"
                            ),
                        },
                        "legal_basis": {
                            "en": "Labour Code 2019, art. 3(8) (age) and art. 8 (prohibition of discrimination).",
                            "zh": "2019年《劳动法》第3条第8款（年龄）及第8条（禁止歧视）。",
                        },
                        "ask_instead": {
                            "en": (
                                "Use 'Mr' or 'Ms' with the given name in English, or the neutral 'bạn' if speaking "
                                "Vietnamese, and ask: 'Tell me about the last five years of your quality-management "
                                "experience.'"
                            ),
                            "zh": (
                                "用英语时使用“Mr”或“Ms”加名字，说越南语时使用中性的“bạn”，然后问：“请介绍一下您最近五"
                                "年的质量管理经验。”"
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
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "Asking a woman in her late twenties when she plans to marry or have children is "
                                "still common, and it signals that the answer will affect the decision, which the "
                                "Code forbids both at hiring and after."
                            ),
                            "zh": (
                                "询问二十多岁的女性何时结婚或生孩子依然很常见，而这表明答案会影响录用决定，这在招聘阶"
                                "段和入职之后都是《劳动法》所禁止的。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Labour Code 2019, art. 3(8) (sex, pregnancy, marital status, family "
                                "responsibilities), art. 136 (gender equality in recruitment) and art. 137 (no "
                                "dismissal for marriage, pregnancy or maternity)."
                            ),
                            "zh": (
                                "2019年《劳动法》第3条第8款（性别、怀孕、婚姻状况、家庭责任）、第136条（招聘中的性别"
                                "平等）及第137条（不得因结婚、怀孕或生育解雇）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The role requires a two-week training trip to Dongguan next spring and audits in "
                                "three provinces. Can you manage that?' Ask every candidate."
                            ),
                            "zh": (
                                "“该岗位明年春天需要到东莞培训两周，还要到三个省份做审核。您能安排吗？”对每位候选人都"
                                "这样问。"
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
                            "en": "Politics, territorial disputes and history",
                            "zh": "政治、领土争端与历史",
                        },
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "A Chinese interviewer who mentions the 'South China Sea', shows a map with the "
                                "nine-dash line, or jokes about history can end the interview and start a "
                                "social-media storm. In Vietnam the sea is called Biển Đông, the East Sea."
                            ),
                            "zh": (
                                "中国面试官如果提到“南海”、展示带有九段线的地图，或拿历史开玩笑，可能直接毁掉面试，并"
                                "在社交媒体上引发风波。在越南，这片海被称为Biển Đông，即“东海”。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Labour Code 2019, art. 3(8) (political opinion); Decree No. 13/2023/ND-CP treats "
                                "political views as sensitive personal data. Separately, Vietnamese authorities fine "
                                "and confiscate products and publications that show the nine-dash line."
                            ),
                            "zh": (
                                "2019年《劳动法》第3条第8款（政治观点）；第13/2023/ND-CP号法令将政治观点列为敏感个人"
                                "数据。此外，越南主管部门会对带有九段线的产品和出版物处以罚款并予以没收。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Keep politics out entirely. Check every slide and map in your company presentation "
                                "before the interview, and talk about the business: customers, products and the "
                                "plant."
                            ),
                            "zh": (
                                "完全避开政治话题。面试前检查公司介绍中的每一页幻灯片和每一张地图，只谈业务：客户、产"
                                "品和工厂。"
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
                            "en": "Hometown, family background and ethnicity",
                            "zh": "籍贯、家庭背景与民族",
                        },
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "The sơ yếu lý lịch lists parents' occupations and hometown, a legacy of background "
                                "checks. Questions built on it, or on whether a candidate is of Chinese (Hoa) or "
                                "another ethnic-minority background, sort people by origin."
                            ),
                            "zh": (
                                "个人履历表会列出父母的职业和籍贯，这是过去背景审查的遗留做法。基于这些信息提问，或询"
                                "问候选人是否是华人（Hoa）或其他少数民族，都是在按出身给人分类。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Labour Code 2019, art. 3(8) (ethnicity, national extraction, social origin); Decree "
                                "No. 13/2023/ND-CP (ethnic origin is sensitive personal data; family relationships "
                                "are personal data)."
                            ),
                            "zh": (
                                "2019年《劳动法》第3条第8款（族群、民族血统、社会出身）；第13/2023/ND-CP号法令（族裔"
                                "出身属于敏感个人数据，家庭关系属于个人数据）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Ask only about the candidate's own experience. If relocation matters, ask: 'The "
                                "plant is in Bac Giang. Are you able to work there from March?'"
                            ),
                            "zh": (
                                "只询问候选人本人的经历。如果关心能否到岗，就问：“工厂在北江，您能从三月起在那里工作"
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
                            "en": "Health, disability and HIV status",
                            "zh": "健康、残障与艾滋病感染状况",
                        },
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "Health questions screen out disabled candidates, and HIV status is named in the "
                                "Code. Pre-employment health certificates are common in Vietnam but are a post-offer "
                                "step handled by HR."
                            ),
                            "zh": (
                                "健康问题会把残障候选人筛掉，而艾滋病感染状况在《劳动法》中被明确列出。入职健康证明在"
                                "越南很常见，但那是发出录用通知后由HR处理的步骤。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Labour Code 2019, art. 3(8) (disability, HIV status); Decree No. 13/2023/ND-CP "
                                "(health data is sensitive personal data)."
                            ),
                            "zh": (
                                "2019年《劳动法》第3条第8款（残障、艾滋病感染状况）；第13/2023/ND-CP号法令（健康数据"
                                "属于敏感个人数据）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The job includes standing inspections on the line for two hours at a time. Can you "
                                "do that, with or without adjustments?'"
                            ),
                            "zh": "“这份工作需要在产线上连续站立检验两个小时。无论是否需要调整或支持，您能完成吗？”",
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
                            "en": "Religion and belief",
                            "zh": "宗教与信仰",
                        },
                        "regions": ["VN"],
                        "why_risky": {
                            "en": (
                                "Most Vietnamese list no religion, while Catholics, Buddhists and followers of Cao "
                                "Đài or Hòa Hảo are significant minorities. Asking about faith or ancestor-worship "
                                "duties adds nothing to a hiring decision and creates sensitive data."
                            ),
                            "zh": (
                                "大多数越南人不登记宗教信仰，但天主教徒、佛教徒以及高台教、和好教信徒都是人数可观的少"
                                "数群体。询问信仰或祭祖义务，对录用决定毫无帮助，还会产生敏感数据。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Labour Code 2019, art. 3(8) (religion, belief); Decree No. 13/2023/ND-CP (religious "
                                "views are sensitive personal data)."
                            ),
                            "zh": (
                                "2019年《劳动法》第3条第8款（宗教、信仰）；第13/2023/ND-CP号法令（宗教观点属于敏感个"
                                "人数据）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Describe the shift pattern and holiday calendar and ask whether the candidate has "
                                "questions about them for HR."
                            ),
                            "zh": "说明排班方式和假期日历，再问候选人是否有需要向HR了解的问题。",
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
                            "en": "Salary: gross, net and the 13th month",
                            "zh": "薪酬：税前、税后与第十三个月工资",
                        },
                        "level": 3,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Vietnamese candidates very often quote salary net of tax and social insurance, while "
                            "your budget is gross. Ask for the expected package and confirm 'gross or net?' every "
                            "time. A 13th-month salary paid before Tết is a widespread custom rather than a legal "
                            "requirement, and candidates will count it. Do not ask for current salary or payslips; "
                            "ask for expectations.</p>"
                        ),
                        "zh": (
                            "<p>越南候选人报薪资时经常说的是扣除个税和社保后的税后金额，而你的预算是税前金额。请询问"
                            "期望的薪酬方案，并每次都确认“是税前还是税后？”。春节前发放第十三个月工资是普遍的惯例，而"
                            "非法律要求，候选人会把它计算在内。不要询问目前薪资或索要工资单，只问期望。</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: protected topics in Vietnam",
                            "zh": "测验：越南的受保护话题",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "vietnam-culture-and-communication",
            "title": {
                "en": "Culture, communication and etiquette in Vietnamese interviews",
                "zh": "越南面试中的文化、沟通与礼仪",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Chinese managers often expect Vietnam to feel familiar: shared Confucian roots, Tết "
                            "and the Lunar New Year, a respect for hierarchy and education. Some of that helps. But "
                            "Vietnamese candidates are quick to notice condescension from a Chinese interviewer, and "
                            "the familiarity that comforts you can read as presumption to them. Treat Vietnam as its "
                            "own country, with its own pride.</p><h3>Names and forms of address</h3><p>Vietnamese "
                            "names run family name, middle name, given name: Nguyễn Thị Thu Hà. Around four in ten "
                            "people share the family name Nguyễn, so Vietnamese address each other by the given "
                            "name. In English say 'Ms Hà', never 'Ms Nguyễn'. Learn the tones of the candidate's "
                            "name from the interpreter or HR before you meet.</p><h3>Hierarchy, modesty and "
                            "face</h3><p>Candidates show respect by being modest, speaking of 'our team', and not "
                            "contradicting a senior interviewer. A smile or a small laugh may cover embarrassment "
                            "rather than amusement. 'Yes' often means 'I am listening'. Disagreement is signalled "
                            "indirectly: 'That may be difficult' usually means 'no'. Give candidates room to correct "
                            "you without losing face, for example: 'Some people in your position would do this "
                            "differently. What would you do?'</p><h3>Greetings and small courtesies</h3><p>A "
                            "handshake is normal between men and increasingly between men and women; let the "
                            "candidate lead. Exchange business cards with both hands. Offer tea or water if you are "
                            "hosting. Dress neatly and conservatively: Vietnamese professionals read a crumpled "
                            "shirt as disrespect for the occasion.</p><h3>Language and interpreters</h3><p>English "
                            "is good among young professionals in Ho Chi Minh City and Hanoi and patchier in "
                            "provincial plants. Some candidates in the north speak Chinese, but do not turn that "
                            "into an unannounced test. If you use a Vietnamese-Chinese interpreter, brief them to "
                            "translate every sentence, including your mistakes, and to tell you afterwards if "
                            "anything you said sounded rude. Regional styles differ too: many recruiters find Hanoi "
                            "candidates more formal and Saigon candidates more commercially direct, but the person "
                            "in front of you matters more than the stereotype.</p>"
                        ),
                        "zh": (
                            "<p>中国经理常常以为越南会让人感觉很熟悉：同样的儒家文化根源、同样过春节、同样尊重等级和"
                            "教育。其中有些确实有帮助。但越南候选人很容易察觉中国面试官居高临下的态度，让你感到亲切的"
                            "“相似”，在对方看来可能是一种想当然。请把越南当作一个有自己尊严的独立国家来对待。</p><h3>"
                            "姓名与称呼</h3><p>越南人的姓名顺序是姓、中间名、名：Nguyễn Thị Thu Hà。约四成越南人姓阮"
                            "（Nguyễn），所以越南人之间以名相称。用英语时要说“Ms Hà”，绝不要说“Ms Nguyễn”。见面前请向"
                            "翻译或HR学会候选人名字的声调。</p><h3>等级、谦逊与面子</h3><p>候选人会以谦逊来表示尊重，"
                            "谈论“我们团队”，也不会反驳资深面试官。微笑或轻声一笑可能是在掩饰尴尬，而不是觉得好笑。“"
                            "是”常常表示“我在听”。不同意见会以委婉方式表达：“这可能有点困难”通常意味着“不行”。请给候"
                            "选人留出在不丢面子的情况下纠正你的空间，例如：“处在您这个位置上，有些人会采取不同的做法"
                            "。您会怎么做？”</p><h3>问候与细节礼仪</h3><p>男士之间握手很正常，男女之间握手也越来越普"
                            "遍；请让候选人主导。交换名片要用双手。如果你是东道主，请为对方准备茶或水。着装整洁、保守"
                            "：越南职场人士会把皱巴巴的衬衫视为不重视这次会面。</p><h3>语言与翻译</h3><p>胡志明市和河"
                            "内年轻专业人士的英语不错，省级工厂则参差不齐。北部有些候选人会说中文，但不要把这变成事先"
                            "未告知的测试。如果使用越中翻译，请交代对方逐句翻译，包括你说错的话，并在事后告诉你哪些话"
                            "听起来不礼貌。各地风格也有差异：许多招聘人员发现河内的候选人更正式，西贡（胡志明市）的候"
                            "选人在商业上更直接，但眼前这个人比刻板印象更重要。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Weak: an answer that hides behind the team",
                            "zh": "较弱：躲在团队身后的回答",
                        },
                        "situation": {
                            "en": (
                                "Candidate for Quality Manager: 'Our customer complained about our products last year.'"
                            ),
                            "zh": "应聘质量经理的候选人：“去年客户投诉了我们的产品。”",
                        },
                        "task": {
                            "en": "'The company needed to solve it.'",
                            "zh": "“公司需要解决这个问题。”",
                        },
                        "action": {
                            "en": "'Our team discussed it a lot and followed the process from headquarters.'",
                            "zh": "“我们团队讨论了很多次，并按照总部的流程处理。”",
                        },
                        "result": {
                            "en": "'The customer was happy again.'",
                            "zh": "“客户又满意了。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "There is no customer, no defect, no personal action and no measure. In Vietnam this "
                                "often reflects modesty and respect for process, not a lack of contribution. Probe "
                                "one element at a time, through the interpreter if needed: 'Which customer? What "
                                "exactly was wrong? What did you decide yourself? How did you know the problem was "
                                "solved?'"
                            ),
                            "zh": (
                                "这里没有具体客户、没有缺陷描述、没有个人行动，也没有衡量指标。在越南，这往往反映的是"
                                "谦逊和对流程的尊重，而不是没有贡献。必要时通过翻译，一次只追问一个要素：“是哪个客户"
                                "？具体出了什么问题？您自己做了哪些决定？您怎么知道问题已经解决？”"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Strong: the same story, probed",
                            "zh": "较强：经过追问的同一个故事",
                        },
                        "situation": {
                            "en": (
                                "'A Korean phone maker returned 3,000 camera modules in one month for dust under the "
                                "lens.'"
                            ),
                            "zh": "“一家韩国手机制造商一个月内因镜头下有灰尘退回了3,000个摄像头模组。”",
                        },
                        "task": {
                            "en": (
                                "'As quality supervisor I had to contain the problem within 48 hours and stop it "
                                "recurring.'"
                            ),
                            "zh": "“作为质量主管，我必须在48小时内控制住问题，并防止再次发生。”",
                        },
                        "action": {
                            "en": (
                                "'I set up 100 percent inspection, traced the dust to a gap in the clean-room "
                                "gowning routine, rewrote the routine and trained forty operators over two shifts.'"
                            ),
                            "zh": (
                                "“我安排了全检，追查到灰尘来自无尘室更衣流程中的一个漏洞，重写了流程，并在两个班次内"
                                "培训了四十名操作工。”"
                            ),
                        },
                        "result": {
                            "en": (
                                "'Returns fell to zero for the next six months and the customer closed the "
                                "corrective action.'"
                            ),
                            "zh": "“此后六个月退货降为零，客户关闭了纠正措施单。”",
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Each element is concrete, the candidate's own decisions are clear, and the result "
                                "can be checked with the customer's corrective-action record. Patient, specific "
                                "probing got there without making the candidate boast."
                            ),
                            "zh": (
                                "每个要素都很具体，候选人本人的决策清晰可见，结果可以通过客户的纠正措施记录核实。耐心"
                                "而具体的追问做到了这一点，也没有让候选人觉得自己在自吹自擂。"
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
            "slug": "vietnam-scheduling-and-logistics",
            "title": {
                "en": "Scheduling in Vietnam: Tết, public holidays, lunch breaks and time zones",
                "zh": "越南面试排期：春节、法定假日、午休与时区",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<h3>The working day and week</h3><p>Under art. 105 of the Labour Code normal hours may "
                            "not exceed 8 a day or 48 a week, and the State encourages a 40-hour week. Offices in "
                            "the big cities mostly work Monday to Friday, but many companies, especially factories, "
                            "still work Saturday mornings. Days start early, often at 8:00, and the lunch break from "
                            "about 12:00 to 13:30 includes a short nap for many people. Avoid that window, and on a "
                            "Saturday keep to the morning.</p><h3>Tết and the year-end</h3><p>Tết Nguyên Đán, the "
                            "Lunar New Year, falls between late January and mid-February and moves every year. Art. "
                            "112 gives employees five paid Tết days, and each year the Prime Minister decides the "
                            "exact days; with weekends and swapped days the break usually lasts seven to nine days. "
                            "Business slows from about two weeks before Tết and picks up slowly afterwards. Because "
                            "the 13th-month salary and Tết bonuses are paid before the holiday, many candidates "
                            "resign only after Tết, making the weeks that follow the peak hiring season. Run final "
                            "rounds before the holiday and plan start dates for after it.</p><h3>Other public "
                            "holidays</h3><p>Art. 112 also gives New Year's Day (1 January), Hùng Kings "
                            "Commemoration Day (the 10th day of the 3rd lunar month, so it moves), Victory Day (30 "
                            "April), International Labour Day (1 May) and two days for National Day (2 September "
                            "plus the day before or after, fixed each year by the Prime Minister). 30 April and 1 "
                            "May often become a four- or five-day break through swapped working days, so check the "
                            "government announcement. Foreign employees also get one day for their own traditional "
                            "New Year and one for their own National Day.</p><h3>Time zone and "
                            "weather</h3><p>Vietnam keeps UTC+7 all year, one hour behind Beijing: a 10:00 Guangzhou "
                            "panel is 9:00 in Hanoi. Central Vietnam's typhoon season, roughly September to "
                            "November, can cut power and roads, and heavy rain floods streets in Ho Chi Minh City. "
                            "Keep a phone fallback for video interviews and allow travel time for on-site ones.</p>"
                        ),
                        "zh": (
                            "<h3>工作日与工作周</h3><p>根据《劳动法》第105条，正常工作时间每天不超过8小时、每周不超过"
                            "48小时，国家鼓励实行每周40小时工作制。大城市的办公室大多周一至周五上班，但很多公司（尤其"
                            "是工厂）周六上午仍然上班。上班时间早，常常从8:00开始；中午大约12:00至13:30的午休时间里，"
                            "很多人会小睡一会儿。请避开这个时段；如果安排在周六，只安排上午。</p><h3>春节与年末"
                            "</h3><p>越南春节（Tết Nguyên Đán）在1月下旬至2月中旬之间，每年日期不同。第112条规定员工"
                            "享有五天带薪春节假，具体日期由总理每年决定；加上周末和调休，假期通常持续七到九天。春节前"
                            "大约两周业务就会放缓，节后恢复也较慢。由于第十三个月工资和春节奖金在节前发放，很多候选人"
                            "要等到春节后才辞职，因此节后几周是招聘高峰。请把终面安排在节前，把入职日期安排在节后。"
                            "</p><h3>其他法定假日</h3><p>第112条还规定了元旦（1月1日）、雄王祭祖日（农历三月初十，因"
                            "此日期浮动）、胜利日（4月30日）、国际劳动节（5月1日），以及两天国庆假期（9月2日加上前一"
                            "天或后一天，由总理每年确定）。4月30日和5月1日常常通过调休连成四五天的假期，请查看政府公"
                            "告。外籍员工还可额外享有本国传统新年一天和本国国庆日一天。</p><h3>时区与天气</h3><p>越南"
                            "全年使用UTC+7，比北京晚一小时：广州上午10:00的面试，在河内是9:00。越南中部的台风季大约在"
                            "9月至11月，可能导致停电和道路中断；胡志明市的暴雨也会造成街道积水。视频面试请准备电话备"
                            "用方案，现场面试请预留路途时间。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "Timing an offer around Tết",
                            "zh": "围绕春节安排录用通知",
                        },
                        "body": {
                            "en": (
                                "<p>If you want someone to start in March, make the offer in early January with a "
                                "written start date after Tết, so the candidate can collect the year-end bonus and "
                                "resign with a clear plan. Over the holiday, send a short New Year greeting (chúc "
                                "mừng năm mới) rather than chasing paperwork. Candidates who feel rushed before Tết "
                                "often accept a counter-offer after it.</p>"
                            ),
                            "zh": (
                                "<p>如果希望候选人三月入职，请在一月初发出录用通知，并书面写明春节后的入职日期，让候"
                                "选人能拿到年终奖、有计划地辞职。春节期间发一句简短的新年问候（chúc mừng năm mới），"
                                "不要催办手续。春节前感到被催促的候选人，节后往往会接受现雇主的挽留。</p>"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you send a Vietnamese interview invitation",
                            "zh": "发送越南面试邀请之前",
                        },
                        "items": [
                            {
                                "en": (
                                    "Check the date against Tết, the Prime Minister's holiday decisions and any "
                                    "swapped days."
                                ),
                                "zh": "对照春节、总理的假期决定和调休安排核对日期。",
                            },
                            {
                                "en": "Avoid 12:00 to 13:30 and Saturday afternoons.",
                                "zh": "避开12:00至13:30以及周六下午。",
                            },
                            {
                                "en": "Write the time in Vietnam time (UTC+7) and China time.",
                                "zh": "同时写明越南时间（UTC+7）和北京时间。",
                            },
                            {
                                "en": "Book and brief a Vietnamese-Chinese or Vietnamese-English interpreter.",
                                "zh": "预约越中或越英翻译，并事先交代要求。",
                            },
                            {
                                "en": "Check every map and slide you plan to share on screen.",
                                "zh": "检查你准备在屏幕上共享的每一张地图和幻灯片。",
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
            "slug": "vietnam-practice",
            "title": {
                "en": "Practice: an interpreted interview in Bac Giang",
                "zh": "实战演练：北江的一场翻译面试",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Interpreted interviews double the chances of misunderstanding and halve the time you "
                            "have. This practice trains three habits: short questions one at a time, looking at the "
                            "candidate rather than the interpreter, and checking every piece of material you show. "
                            "Run it in groups of four and rotate the interviewer role.</p><p>The observer keeps a "
                            "simple tally: how many questions were asked, how many had to be repeated or rephrased, "
                            "and how many answers contained a number. Compare the tallies across rounds; the best "
                            "interviewers ask fewer, shorter questions and get more numbers back.</p>"
                        ),
                        "zh": (
                            "<p>有翻译参与的面试，误解的可能性加倍，可用时间减半。本次演练训练三个习惯：问题简短、一"
                            "次只问一个；看着候选人而不是翻译；检查你展示的每一份材料。请四人一组演练，轮换面试官角色"
                            "。</p><p>观察员做一个简单的统计：一共提了多少个问题，多少个问题需要重复或换种说法，多少"
                            "个回答中包含数字。比较各轮的统计结果；最好的面试官提的问题更少、更短，得到的数字却更多。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Quality manager for a new electronics plant, three weeks before Tết",
                            "zh": "电子新厂质量经理面试，春节前三周",
                        },
                        "setting": {
                            "en": (
                                "A Dongguan maker of camera modules is opening a plant in Quang Chau industrial "
                                "park, Bac Giang. The final interview is on site at 9:30 on a Thursday, three weeks "
                                "before Tết. The candidate, Nguyễn Thị Thu Hà, has ten years in quality at a Korean "
                                "supplier and speaks English well, but the plant director from HQ does not, so a "
                                "Vietnamese-Chinese interpreter joins."
                            ),
                            "zh": (
                                "一家东莞摄像头模组制造商正在北江光州工业园开设工厂。终面在现场进行，时间是周四9:30，"
                                "距离春节还有三周。候选人Nguyễn Thị Thu Hà在一家韩国供应商从事质量工作十年，英语很好"
                                "，但来自总部的厂长不会说英语，因此由一名越中翻译参与面试。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer: Liu Yang, plant director (HQ)",
                                    "zh": "面试官：刘洋，厂长（总部）",
                                },
                                "brief": {
                                    "en": (
                                        "Assess customer-complaint handling and team leadership with two structured "
                                        "questions and STAR probes, speaking in short sentences for the interpreter. "
                                        "Your company deck includes a regional map made in China: check it before "
                                        "you share. Be honest that the start date must be before 1 April."
                                    ),
                                    "zh": (
                                        "用两道结构化问题和STAR追问，评估候选人处理客户投诉和带领团队的能力，用短句说"
                                        "话以便翻译。你的公司介绍中有一张在中国制作的区域地图：共享屏幕前请检查。如实"
                                        "说明入职日期必须在4月1日之前。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Interpreter: Phạm Minh Tuấn",
                                    "zh": "翻译：Phạm Minh Tuấn",
                                },
                                "brief": {
                                    "en": (
                                        "Translate exactly, sentence by sentence. If the interviewer asks about age, "
                                        "marriage or family, translate it, then quietly tell them afterwards how it "
                                        "sounded."
                                    ),
                                    "zh": (
                                        "逐句如实翻译。如果面试官问到年龄、婚姻或家庭，照实翻译，事后再私下告诉面试官"
                                        "这些问题听起来是什么感觉。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Nguyễn Thị Thu Hà",
                                    "zh": "候选人：Nguyễn Thị Thu Hà",
                                },
                                "brief": {
                                    "en": (
                                        "Be modest and speak of 'our team' until asked about your own actions. You "
                                        "expect a 13th-month salary from your current employer in three weeks and "
                                        "want to start after Tết. If addressed as 'Ms Nguyễn', smile and do not "
                                        "correct it, but note it."
                                    ),
                                    "zh": (
                                        "保持谦逊，在被问到本人行动之前一直说“我们团队”。你三周后将从现雇主处拿到第十"
                                        "三个月工资，希望春节后入职。如果被称为“Ms Nguyễn”，微笑着不纠正，但记在心里"
                                        "。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Score 1 to 5 on: correct name and greeting; materials checked before sharing; "
                                "short, single questions that work through the interpreter; STAR probes that turn "
                                "'our team' into personal actions and numbers; no questions on age, marriage, "
                                "family, ethnicity, religion or politics; honest handling of start date, Tết and "
                                "gross-or-net salary; a neutral close with next steps."
                            ),
                            "zh": (
                                "按1至5分评分：姓名和问候是否正确；共享前是否检查了材料；问题是否简短、一次一个、适合"
                                "翻译；STAR追问能否把“我们团队”转化为个人行动和数字；是否没有涉及年龄、婚姻、家庭、民"
                                "族、宗教或政治；对入职日期、春节和税前税后薪资的处理是否诚实；结束时是否中性并说明后"
                                "续步骤。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Vietnam pre-interview checklist",
                            "zh": "越南面试前检查清单",
                        },
                        "items": [
                            {
                                "en": "Ask local HR which topics they flag and how long interview notes are kept.",
                                "zh": "向本地HR确认需要注意的话题，以及面试记录的保存期限。",
                            },
                            {
                                "en": (
                                    "Remove the sơ yếu lý lịch and any photo, age or family details from the panel's "
                                    "copy of the application."
                                ),
                                "zh": "在评审小组使用的申请材料副本中，去掉个人履历表以及任何照片、年龄或家庭信息。",
                            },
                            {
                                "en": "Learn the candidate's given name and how to pronounce it.",
                                "zh": "学会候选人的名字及其发音。",
                            },
                            {
                                "en": "Review every slide and map in your company presentation.",
                                "zh": "检查公司介绍中的每一页幻灯片和每一张地图。",
                            },
                            {
                                "en": "Prepare gross-and-net salary figures and the 13th-month policy with HR.",
                                "zh": "与HR一起准备税前和税后薪资数字以及第十三个月工资政策。",
                            },
                            {
                                "en": "Confirm the date against Tết and holiday swaps, and brief the interpreter.",
                                "zh": "对照春节和调休安排确认日期，并向翻译交代要求。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Do and don't in Vietnam",
                            "zh": "越南面试宜与忌",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Call Nguyễn Thị Thu Hà 'Ms Hà'.",
                                    "zh": "称呼Nguyễn Thị Thu Hà为“Ms Hà”。",
                                },
                                "dont": {
                                    "en": "Call her 'Ms Nguyễn' or ask her age to choose a pronoun.",
                                    "zh": "称她为“Ms Nguyễn”，或为了选称谓而问她的年龄。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Talk about customers, products and the plant.",
                                    "zh": "谈客户、产品和工厂。",
                                },
                                "dont": {
                                    "en": (
                                        "Mention the 'South China Sea', show an unchecked map or joke about history."
                                    ),
                                    "zh": "提到“南海”、展示未经检查的地图，或拿历史开玩笑。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Ask short questions and look at the candidate, not the interpreter.",
                                    "zh": "问题简短，看着候选人而不是翻译。",
                                },
                                "dont": {
                                    "en": "Ask three questions in one long sentence.",
                                    "zh": "在一个长句里连问三个问题。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Confirm gross or net whenever salary comes up.",
                                    "zh": "每次谈到薪资都确认是税前还是税后。",
                                },
                                "dont": {
                                    "en": "Promise a Tết bonus or start date HR has not approved.",
                                    "zh": "承诺HR尚未批准的春节奖金或入职日期。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: interviewing in Vietnam",
                            "zh": "测验：在越南面试",
                        },
                        "category": "Cross-cultural communication and taboos/Regions/Vietnam",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
