"""Regional module: interviewing in Japan (region-jp).

Legal statements cite the instrument and stay within what public sources support; every taboo card is marked
unreviewed until counsel signs it off.
"""

from __future__ import annotations

COURSE = {
    "slug": "region-jp",
    "order": 51,
    "title": {
        "en": "Interviewing in Japan",
        "zh": "在日本面试",
    },
    "summary": {
        "en": (
            "Adds the Japan endorsement: the Equal Employment Opportunity Act, the age rule in the Act on the "
            "Comprehensive Promotion of Labour Policies, the Employment Security Act, APPI and the MHLW "
            "fair-selection guidance, formal etiquette and indirect communication, scheduling around business hours, "
            "Golden Week, Obon, New Year and the hiring calendar, and a practice final interview."
        ),
        "zh": (
            "完成本模块可获得日本地区认证：了解《男女雇用机会均等法》、《劳动施策综合推进法》中的年龄规则、《职业安定"
            "法》、《个人信息保护法》以及厚生劳动省的公正招聘指引，掌握正式礼仪和委婉的沟通方式，学会围绕工作时间、黄"
            "金周、盂兰盆节、新年和招聘日历安排面试，并完成一场模拟终面。"
        ),
    },
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 105,
    "regions": ["JP"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        {
            "en": (
                "Name the Japanese laws and MHLW guidance that govern interview questions and the topics each rules "
                "out."
            ),
            "zh": "说出规范面试提问的日本法律和厚生劳动省指引，以及各自排除的话题。",
        },
        {
            "en": (
                "Replace questions about birthplace, family, beliefs, reading, marriage, age and health with "
                "job-related ones."
            ),
            "zh": "用与岗位相关的问题替代涉及出生地、家庭、信仰、阅读、婚姻、年龄和健康的提问。",
        },
        {
            "en": "Run a formal Japanese interview and draw specific evidence from modest, indirect answers.",
            "zh": "主持一场正式的日式面试，并从谦逊、委婉的回答中获取具体证据。",
        },
        {
            "en": "Schedule around business hours, national holidays, Golden Week, Obon, New Year and bonus timing.",
            "zh": "围绕工作时间、国民节日、黄金周、盂兰盆节、新年和奖金发放时间安排面试。",
        },
    ],
    "lessons": [
        {
            "slug": "japan-law-and-protected-topics",
            "title": {
                "en": "Japanese law, fair-selection guidance and the topics you must not raise",
                "zh": "日本法律、公正招聘指引与不可触碰的话题",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Japan regulates interviews less through one anti-discrimination statute than through "
                            "several laws plus detailed guidance from the Ministry of Health, Labour and Welfare "
                            "(MHLW). The guidance, known as 公正な採用選考 (fair recruitment and selection), is "
                            "taken seriously: universities brief their students on it, Hello Work offices "
                            "investigate complaints from applicants, and a company found asking the wrong questions "
                            "can expect administrative guidance and press coverage.</p><p>Two histories explain the "
                            "guidance. Questions about registered domicile and birthplace were used to identify "
                            "people from buraku communities, descendants of an outcaste class, and to exclude them. "
                            "Questions about thought, religion and reading habits were used to screen out union "
                            "members and political activists. A Chinese interviewer asking 'Where is your family "
                            "from?' out of friendly curiosity steps straight into that history.</p>"
                        ),
                        "zh": (
                            "<p>日本对面试的规范，与其说依靠一部反歧视法，不如说依靠多部法律加上厚生劳动省（MHLW）的"
                            "详细指引。这套被称为“公正な採用選考”（公正招聘选拔）的指引受到认真对待：大学会向学生讲解"
                            "，职业安定所（Hello Work）会调查求职者的投诉，被发现问了不当问题的公司可能受到行政指导并"
                            "被媒体报道。</p><p>这套指引背后有两段历史。询问户籍所在地和出生地的问题，曾被用来识别并"
                            "排斥部落民（历史上贱民阶层的后代）。询问思想、宗教和阅读习惯的问题，曾被用来筛除工会会员"
                            "和政治活动人士。中国面试官出于友好的好奇心问一句“您老家是哪里的？”，就会一脚踏进这段历史"
                            "。</p>"
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
                            "<ul><li><strong>Equal Employment Opportunity Act (男女雇用機会均等法), art. 5.</strong> "
                            "Employers must give equal opportunity in recruitment and hiring regardless of sex. MHLW "
                            "guidance treats asking only women about marriage or childbirth plans as different "
                            "treatment in selection. Art. 7 bars indirect discrimination without a reasonable "
                            "reason, such as height, weight or strength requirements, or a requirement to accept "
                            "relocation. Art. 9 protects against disadvantage because of pregnancy or "
                            "childbirth.</li><li><strong>Act on the Comprehensive Promotion of Labour Policies (労働"
                            "施策総合推進法), art. 9.</strong> Employers must give equal opportunity in recruitment "
                            "and hiring regardless of age, subject to exceptions set by MHLW ordinance, such as "
                            "hiring below the retirement age on indefinite contracts or recruiting young people for "
                            "long-term career development. There is no criminal penalty, but Hello Work can refuse "
                            "non-compliant vacancies and give administrative guidance.</li><li><strong>Employment "
                            "Security Act (職業安定法), art. 5-5, and MHLW Notice No. 141 of 1999.</strong> Anyone "
                            "recruiting may collect job seekers' personal information only as far as needed for the "
                            "purpose, and in principle must not collect race, ethnicity, social status, family "
                            "origin, registered domicile, birthplace, thought and creed, or trade-union membership. "
                            "Breaches can lead to improvement orders.</li><li><strong>Act on the Protection of "
                            "Personal Information (個人情報保護法).</strong> Race, creed, social status, medical "
                            "history, criminal record and disability are special care-required personal information "
                            "(art. 2(3)); acquiring it needs the person's prior consent.</li><li><strong>Act on "
                            "Employment Promotion of Persons with Disabilities (障害者雇用促進法), arts. 34 and "
                            "36-2.</strong> Equal opportunity in recruitment, and reasonable accommodation during "
                            "selection, for example written questions for a deaf candidate.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>《男女雇用机会均等法》第5条。</strong>雇主在招募和录用中必须不分性别给予"
                            "平等机会。厚生劳动省的指引认为，只向女性询问结婚或生育计划，属于在选拔中区别对待。第7条"
                            "禁止无合理理由的间接歧视，例如设置身高、体重或体力要求，或要求接受调动搬迁。第9条保护劳"
                            "动者不因怀孕或生育而受到不利对待。</li><li><strong>《劳动施策综合推进法》第9条。"
                            "</strong>雇主在招募和录用中必须不分年龄给予平等机会，但厚生劳动省令规定的例外情形除外，"
                            "例如以低于退休年龄为条件招聘无固定期限员工，或为长期职业发展而招聘年轻人。违反该条没有刑"
                            "事处罚，但职业安定所可以拒绝受理不合规的招聘信息并进行行政指导。</li><li><strong>《职业"
                            "安定法》第5条之5及1999年劳动省告示第141号。</strong>任何招聘者只能在目的所需范围内收集求"
                            "职者的个人信息，原则上不得收集种族、民族、社会身份、门第、户籍所在地、出生地、思想信条以"
                            "及工会加入情况。违反者可能被责令改正。</li><li><strong>《个人信息保护法》。</strong>种族"
                            "、信条、社会身份、病史、犯罪经历和残障等属于“需特别注意的个人信息”（第2条第3款）；取得此"
                            "类信息必须事先获得本人同意。</li><li><strong>《残疾人雇用促进法》第34条和第36条之2。"
                            "</strong>招聘中须给予平等机会，并在选拔过程中提供合理便利，例如为听障候选人提供书面提问"
                            "。</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "The MHLW list of questions that can lead to discrimination",
                            "zh": "厚生劳动省列出的可能导致就业歧视的事项",
                        },
                        "body": {
                            "en": (
                                "<p>The fair-selection guidance lists matters the applicant is not responsible for "
                                "(registered domicile and birthplace, family, housing, living and home environment), "
                                "matters that should be free (religion, political party, outlook on life, the person "
                                "they most respect, ideology, union and student or social movements, the newspapers "
                                "and books they read), and selection methods to avoid (background investigations, "
                                "non-standard application forms, and health checks with no reasonable, objective "
                                "need).</p>"
                            ),
                            "zh": (
                                "<p>公正招聘指引列出了本人无法负责的事项（户籍所在地和出生地、家庭、住房、生活和家庭"
                                "环境）、本应自由的事项（宗教、支持的政党、人生观、最尊敬的人物、思想、工会以及学生运"
                                "动或社会运动、阅读的报纸和书籍），以及应避免的选拔方法（身份调查、非标准格式的应聘表"
                                "格，以及缺乏合理、客观必要性的健康检查）。</p>"
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
                                "HR and counsel. It is not legal advice, article numbers change when Japanese acts "
                                "are amended, and the taboo cards below have not yet been reviewed by counsel.</p>"
                            ),
                            "zh": (
                                "<p>本课汇总公开资料，目的是帮助你向本地HR和法律顾问提出更准确的问题。本课不构成法律"
                                "意见，日本法律修订时条文编号可能变化，下面的禁忌卡片尚未经过法律顾问审核。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Taboo cards for Japan",
                            "zh": "日本禁忌卡片",
                        },
                        "level": 2,
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Registered domicile, birthplace and nationality",
                            "zh": "户籍、出生地与国籍",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "'Where are you from originally?' reads in Japan as a question about honseki "
                                "(registered domicile), historically used to exclude buraku descendants, and for "
                                "Zainichi Koreans and other long-term residents it can expose nationality."
                            ),
                            "zh": (
                                "“您原籍是哪里？”在日本会被理解为在问户籍所在地（本籍），而它在历史上曾被用来排斥部落"
                                "民后代；对在日朝鲜人、韩国人和其他长期居民来说，这个问题还可能暴露国籍。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Employment Security Act, art. 5-5, and MHLW Notice No. 141 of 1999 (registered "
                                "domicile, birthplace, family origin); MHLW fair-selection guidance."
                            ),
                            "zh": (
                                "《职业安定法》第5条之5及1999年劳动省告示第141号（户籍所在地、出生地、门第）；厚生劳"
                                "动省公正招聘指引。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The office is in Shinagawa and the role needs four days a week on site. Does that "
                                "work for you?' Work authorisation is checked by HR at the offer stage, not in the "
                                "interview."
                            ),
                            "zh": (
                                "“办公室在品川，该岗位每周需要到岗四天，您可以吗？”工作资格由HR在录用阶段核查，而不是"
                                "在面试中询问。"
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
                            "en": "Family: parents' jobs, siblings and household",
                            "zh": "家庭：父母职业、兄弟姐妹与家庭成员",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "Questions such as 'What does your father do?' or 'Who do you live with?' are among "
                                "the most common violations found by Hello Work. They judge the candidate by "
                                "circumstances they are not responsible for."
                            ),
                            "zh": (
                                "“您父亲是做什么的？”“您和谁一起住？”这类问题是职业安定所最常发现的违规提问之一。它们"
                                "是在用候选人无法负责的情况来评判候选人。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "MHLW fair-selection guidance (family: occupation, relationship, health, status, "
                                "education, income and assets; household composition); Notice No. 141 of 1999."
                            ),
                            "zh": (
                                "厚生劳动省公正招聘指引（家庭：职业、亲属关系、健康、地位、学历、收入和资产；家庭构成"
                                "）；1999年告示第141号。"
                            ),
                        },
                        "ask_instead": {
                            "en": "Ask only about the candidate: 'What led you to apply for this role now?'",
                            "zh": "只问候选人本人：“是什么让您在这个时候申请这个岗位？”",
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
                            "en": "Beliefs, favourite books and 'the person you respect most'",
                            "zh": "信仰、爱读书目与“最尊敬的人”",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "Chinese interviewers often open with 'Which book influenced you most?' or 'Who do "
                                "you admire?'. In Japan these are listed as matters that should be free, alongside "
                                "religion and party support, because they were used to profile applicants' thinking."
                            ),
                            "zh": (
                                "中国面试官常以“对您影响最大的书是哪本？”或“您最敬佩谁？”开场。在日本，这些问题与宗教"
                                "和支持的政党一起被列为“本应自由的事项”，因为它们曾被用来分析应聘者的思想倾向。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "MHLW fair-selection guidance (religion, political party, outlook on life, respected "
                                "person, ideology, newspapers and books); Notice No. 141 of 1999 (thought and "
                                "creed); APPI special care-required information (creed)."
                            ),
                            "zh": (
                                "厚生劳动省公正招聘指引（宗教、支持的政党、人生观、尊敬的人物、思想、报纸和书籍）；"
                                "1999年告示第141号（思想信条）；《个人信息保护法》中需特别注意的个人信息（信条）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Open with the role: 'Please give me a short introduction of your career so far.' "
                                "Learning habits can be asked about directly: 'How do you keep up with changes in "
                                "battery standards?'"
                            ),
                            "zh": (
                                "从岗位切入：“请简单介绍一下您迄今为止的职业经历。”关于学习习惯可以直接问：“您如何跟"
                                "进电池标准的变化？”"
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
                            "en": "Marriage, pregnancy and childcare plans",
                            "zh": "结婚、怀孕与育儿计划",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "'Do you plan to marry?' or 'Will you keep working after having children?' asked of "
                                "women is the classic EEO Act breach, and it tells the candidate your company "
                                "expects women to leave."
                            ),
                            "zh": (
                                "向女性问“您打算结婚吗？”或“生孩子后还会继续工作吗？”是违反《男女雇用机会均等法》的典"
                                "型做法，还会让候选人认为贵公司默认女性会离职。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Equal Employment Opportunity Act, art. 5 (equal opportunity in recruitment and "
                                "hiring) and art. 9 (no disadvantage for pregnancy or childbirth); MHLW guidance."
                            ),
                            "zh": (
                                "《男女雇用机会均等法》第5条（招募和录用中的平等机会）及第9条（不得因怀孕或生育而不利"
                                "对待）；厚生劳动省指引。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'This role involves a one-week trip to our Changzhou headquarters each quarter. Is "
                                "that workable for you?' Ask everyone."
                            ),
                            "zh": "“该岗位每季度需要到常州总部出差一周，您能安排吗？”对每个人都这样问。",
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
                            "en": "Age and year of birth",
                            "zh": "年龄与出生年份",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "Japanese CVs (rirekisho) show date of birth, and age-based career tracks are "
                                "traditional. Outside the ordinance's exceptions, using age in recruitment breaches "
                                "the duty of equal opportunity."
                            ),
                            "zh": (
                                "日本的履历书（履歴書）上写有出生日期，按年龄划分的职业路径也是传统做法。但除省令规定"
                                "的例外情形外，在招聘中以年龄为依据违反了平等机会义务。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Act on the Comprehensive Promotion of Labour Policies, art. 9, and its enforcement "
                                "ordinance (exceptions)."
                            ),
                            "zh": "《劳动施策综合推进法》第9条及其施行规则（例外情形）。",
                        },
                        "ask_instead": {
                            "en": "'Tell me about the largest account you have managed and how you grew it.'",
                            "zh": "“请讲讲您管理过的最大客户，以及您是如何扩大业务的。”",
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
                            "en": "Health, medical history and disability",
                            "zh": "健康、病史与残障",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "Health questions and unnecessary medical checks are on the MHLW list, and medical "
                                "history and disability are special care-required information. They also screen out "
                                "candidates the Disabilities Act protects."
                            ),
                            "zh": (
                                "健康问题和不必要的体检都在厚生劳动省的清单上，病史和残障属于需特别注意的个人信息。这"
                                "些问题还会把《残疾人雇用促进法》所保护的候选人筛掉。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "APPI art. 2(3) and the prior-consent rule; Act on Employment Promotion of Persons "
                                "with Disabilities, arts. 34 and 36-2; MHLW fair-selection guidance (health checks)."
                            ),
                            "zh": (
                                "《个人信息保护法》第2条第3款及事先同意规则；《残疾人雇用促进法》第34条和第36条之2；"
                                "厚生劳动省公正招聘指引（健康检查）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "'The role includes visits to customer plants in Aichi about twice a week. Can you "
                                "manage that, with or without any support from us?'"
                            ),
                            "zh": (
                                "“该岗位每周大约两次需要到爱知县的客户工厂拜访。无论是否需要我们提供支持，您能做到吗？”"
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
                            "en": "Union membership and social movements",
                            "zh": "工会加入情况与社会运动",
                        },
                        "regions": ["JP"],
                        "why_risky": {
                            "en": (
                                "Asking whether a candidate was in a union or took part in student or social "
                                "movements revives the screening the guidance was written to end, and it is one of "
                                "the three categories the Ministry's notice singles out."
                            ),
                            "zh": (
                                "询问候选人是否加入过工会或参与过学生运动、社会运动，会重现这套指引本来要终结的筛选做"
                                "法，这也是劳动省告示特别点名的三类信息之一。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Employment Security Act, art. 5-5, and MHLW Notice No. 141 of 1999 (trade-union "
                                "membership); MHLW fair-selection guidance."
                            ),
                            "zh": (
                                "《职业安定法》第5条之5及1999年劳动省告示第141号（工会加入情况）；厚生劳动省公正招聘"
                                "指引。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "If the role manages labour relations, ask about the skill: 'Describe a negotiation "
                                "with employee representatives you prepared and how it ended.'"
                            ),
                            "zh": (
                                "如果岗位涉及劳动关系管理，就问技能：“请描述一次由您准备的与员工代表的谈判，以及结果"
                                "如何。”"
                            ),
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
                            "en": "Salary: expected annual pay, bonus and overtime",
                            "zh": "薪酬：期望年收入、奖金与加班",
                        },
                        "level": 3,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Mid-career interviews in Japan routinely ask for current annual income (現年収), and "
                            "employers often request a tax withholding slip after the offer. Our rule is to ask for "
                            "the expected annual income and explain how it is built: monthly salary, bonus months "
                            "and any fixed overtime allowance (固定残業代). Japanese candidates read overtime terms "
                            "closely, so describe real working hours honestly and never present long hours as a sign "
                            "of commitment.</p>"
                        ),
                        "zh": (
                            "<p>在日本的社会招聘面试中，询问现年收入（現年収）是惯例，雇主也常在录用后要求提供源泉征"
                            "收票（所得税扣缴凭单）。我们的规则是询问期望年收入，并说明其构成：月薪、奖金月数以及任何"
                            "固定加班费（固定残業代）。日本候选人会仔细阅读加班条款，所以请如实说明实际工作时间，绝不"
                            "要把长时间工作说成是敬业的表现。</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: protected topics in Japan",
                            "zh": "测验：日本的受保护话题",
                        },
                        "category": "Cross-cultural communication and taboos/Protected topics",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "japan-culture-and-communication",
            "title": {
                "en": "Culture, communication and etiquette in Japanese interviews",
                "zh": "日本面试中的文化、沟通与礼仪",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Japanese candidates arrive prepared for a formal, predictable interview: a "
                            "self-introduction, motivation for applying (志望動機), reason for changing jobs (転職理"
                            "由), and time at the end for their own questions (逆質問). A Chinese interviewer who "
                            "improvises, interrupts or skips the candidate's questions will be judged as "
                            "disorganised, and that judgement extends to the company.</p><h3>Names, greetings and "
                            "cards</h3><p>Use the family name with '-san': Satō-san. In Japanese contexts the family "
                            "name comes first, but English CVs may reverse it, so check with HR. Never add '-san' to "
                            "your own name. A slight bow with a handshake is fine for a foreign interviewer; do not "
                            "attempt an elaborate bow. Exchange business cards with both hands, read the card, and "
                            "leave it on the table in front of you for the whole meeting.</p><h3>Punctuality and "
                            "form</h3><p>Start on the minute and finish on time. Join video calls five minutes early "
                            "with your camera on. On site, the interviewer usually sits furthest from the door and "
                            "offers the candidate a seat; wait for them to sit after you invite "
                            "them.</p><h3>Indirectness, silence and 'hai'</h3><p>'Hai' means 'I am listening', not "
                            "'yes, I agree'. Silence before an answer shows care, not weakness; do not fill it. A "
                            "refusal often sounds like 'that would be a little difficult' or 'we will consider it' ("
                            "検討します). Modesty is expected: candidates credit their team and understate results, "
                            "so your STAR probing has to do the work.</p><h3>Shared characters, different "
                            "meanings</h3><p>Shared kanji can mislead a Chinese speaker. 結構です can mean 'no, "
                            "thank you'; 工作 in Japanese means handicraft or manoeuvring rather than work; 検討 "
                            "often signals a polite no. If you read Japanese documents through Chinese eyes, confirm "
                            "meaning with the interpreter.</p><h3>What candidates will ask a Chinese "
                            "employer</h3><p>Expect direct questions about the Japan entity's stability, how "
                            "decisions are made at headquarters, overtime and paid leave, and whether Japanese staff "
                            "can be promoted. Answer with facts: years in Japan, headcount plans, who approves what. "
                            "Do not over-promise, and do not describe long hours at headquarters as something to "
                            "admire.</p>"
                        ),
                        "zh": (
                            "<p>日本候选人会为一场正式、可预期的面试做好准备：自我介绍、应聘动机（志望動機）、换工作"
                            "的原因（転職理由），以及最后留给候选人提问的时间（逆質問）。如果中国面试官即兴发挥、打断"
                            "对方或跳过候选人的提问环节，就会被认为缺乏条理，而这种评价会延伸到公司。</p><h3>姓名、问"
                            "候与名片</h3><p>用姓氏加“さん”称呼：佐藤さん。在日语语境中姓在前，但英文简历可能把顺序颠"
                            "倒，请向HR确认。绝不要在自己的名字后加“さん”。外国面试官握手时配合轻轻鞠躬即可，不必刻意"
                            "行大礼。交换名片要用双手，看一下名片内容，并在整个会面期间把名片放在面前的桌上。</p><h3>"
                            "守时与形式</h3><p>准点开始，按时结束。视频面试请提前五分钟进入并打开摄像头。现场面试时，"
                            "面试官通常坐在离门最远的位置，并请候选人入座；你示意后，要等对方坐下。</p><h3>委婉、沉默"
                            "与“はい”</h3><p>“はい”表示“我在听”，而不是“是的，我同意”。回答前的沉默表示慎重，而不是软"
                            "弱，不要急着填补。拒绝往往听起来像“这有点困难”或“我们会研究一下”（検討します）。谦逊是常"
                            "态：候选人会把功劳归于团队，并低调描述成果，所以要靠你的STAR追问来获取证据。</p><h3>同样"
                            "的汉字，不同的意思</h3><p>相同的汉字可能误导说中文的人。“結構です”可能表示“不用了，谢谢”"
                            "；日语的“工作”指手工制作或暗中活动，而不是工作；“検討”常常表示委婉的拒绝。如果你用中文思"
                            "维阅读日文文件，请向翻译确认含义。</p><h3>候选人会问中国雇主什么</h3><p>候选人会直接询问"
                            "日本法人的稳定性、总部如何决策、加班和带薪年假情况，以及日本员工能否晋升。请用事实回答："
                            "在日本经营的年数、人员编制计划、谁审批什么。不要过度承诺，也不要把总部的长时间工作描述成"
                            "值得称赞的事情。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Weak: modesty without evidence",
                            "zh": "较弱：只有谦逊，没有证据",
                        },
                        "situation": {
                            "en": (
                                "Candidate for Key Account Manager: 'At my company we supported a large automaker "
                                "customer.'"
                            ),
                            "zh": "应聘大客户经理的候选人：“在我们公司，我们为一家大型汽车制造商客户提供支持。”",
                        },
                        "task": {
                            "en": "'I was one member of the account team.'",
                            "zh": "“我是客户团队的一员。”",
                        },
                        "action": {
                            "en": "'I did my best to follow up carefully, with the support of my seniors.'",
                            "zh": "“在前辈们的支持下，我尽力认真跟进。”",
                        },
                        "result": {
                            "en": "'I think the customer was reasonably satisfied.'",
                            "zh": "“我想客户还算满意。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Deference to seniors (先輩) and understatement are good manners in Japan, not proof "
                                "of a small role. You still cannot score this. Probe one step at a time: 'Which part "
                                "of the account were you responsible for? What did you propose yourself? What "
                                "changed in the customer's orders?'"
                            ),
                            "zh": (
                                "尊重前辈（先輩）和低调表达在日本是礼貌，并不能证明候选人作用很小。但你仍然无法为此打"
                                "分。请一步一步追问：“您负责该客户的哪一部分？您自己提出了什么建议？客户的订单发生了"
                                "什么变化？”"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Strong: the same candidate, probed",
                            "zh": "较强：经过追问的同一位候选人",
                        },
                        "situation": {
                            "en": (
                                "'Our customer planned to move a hybrid model's battery supply to a second source, "
                                "which would have cut our volume by a third.'"
                            ),
                            "zh": (
                                "“客户计划把一款混动车型的电池供应转给第二供应商，那会使我们的供货量减少三分之一。”"
                            ),
                        },
                        "task": {
                            "en": "'I was responsible for the technical-commercial proposal to keep the business.'",
                            "zh": "“我负责为保住这项业务提交技术和商务方案。”",
                        },
                        "action": {
                            "en": (
                                "'I organised joint testing with their engineers over eight weeks, proposed a design "
                                "change that cut cost by 6 percent, and presented it to their purchasing committee "
                                "myself.'"
                            ),
                            "zh": (
                                "“我组织了与对方工程师为期八周的联合测试，提出了一项使成本降低6%的设计变更，并亲自向"
                                "对方的采购委员会做了汇报。”"
                            ),
                        },
                        "result": {
                            "en": "'We kept the full volume for the next model cycle, about 9 billion yen a year.'",
                            "zh": "“我们在下一个车型周期中保住了全部供货量，每年约90亿日元。”",
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "The candidate still thanks the team, but the probing drew out personal ownership, "
                                "concrete actions and a result a reference can confirm, without asking them to boast."
                            ),
                            "zh": (
                                "候选人依然感谢团队，但追问引出了个人职责、具体行动以及可由推荐人核实的结果，而且没有"
                                "让候选人自我吹嘘。"
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
            "slug": "japan-scheduling-and-logistics",
            "title": {
                "en": "Scheduling in Japan: business hours, Golden Week, Obon, New Year and the hiring calendar",
                "zh": "日本面试排期：工作时间、黄金周、盂兰盆节、新年与招聘日历",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<h3>Business hours</h3><p>Offices typically run from 9:00 to 18:00 with lunch from "
                            "12:00 to 13:00, and that hour is protected. Mid-career candidates are employed and "
                            "often ask for early-evening or lunchtime video slots; offer a choice that respects "
                            "their current job, and do not treat their willingness to interview at 19:00 as a sign "
                            "they will work late for you.</p><h3>National holidays and how they move</h3><p>Japan's "
                            "sixteen national holidays are set by the Act on National Holidays (国民の祝日に関する法"
                            "律). Some have fixed dates, some fall on a set Monday (the 'Happy Monday' holidays such "
                            "as Coming of Age Day and Respect for the Aged Day), and the spring and autumn equinox "
                            "days are confirmed only when the official calendar is published in the Official Gazette "
                            "on the first weekday of February of the previous year. A holiday that falls on a Sunday "
                            "moves to the next non-holiday, and a single day sandwiched between two holidays also "
                            "becomes a holiday.</p><h3>Golden Week, Obon and New Year</h3><p>Golden Week joins Shōwa "
                            "Day (29 April), Constitution Memorial Day (3 May), Greenery Day (4 May) and Children's "
                            "Day (5 May); the dates are fixed, but how many consecutive days people take off depends "
                            "on the weekdays and company calendars. Obon in mid-August is not a national holiday, "
                            "yet many companies close for several days around it and some regions observe it in "
                            "July. Most companies close from about 29 December to 3 January by custom. Avoid all "
                            "three periods, and the days just before them, for final rounds.</p><h3>Bonuses, notice "
                            "and start dates</h3><p>Many employers pay bonuses in early summer and in December, so "
                            "candidates often resign after a bonus. Handing over duties commonly takes one to three "
                            "months, and April and October are popular start dates because they open the fiscal year "
                            "and the second half. Build that into the offer timeline instead of pressing for a quick "
                            "start.</p><h3>New-graduate hiring</h3><p>For graduate hiring the government asks "
                            "employers to start publicity on 1 March, selection interviews on 1 June and formal "
                            "offers on 1 October of the year before an April start. If you recruit graduates, agree "
                            "the calendar with local HR first.</p><h3>Time zone and disruptions</h3><p>Japan keeps "
                            "UTC+9 with no daylight saving, one hour ahead of Beijing. Typhoons in late summer and "
                            "autumn, and occasional earthquakes, can stop trains at short notice, so give on-site "
                            "candidates a video fallback.</p>"
                        ),
                        "zh": (
                            "<h3>工作时间</h3><p>办公室通常9:00至18:00上班，12:00至13:00午休，这一小时是不被占用的。"
                            "社会招聘的候选人都在职，常常希望安排在傍晚或午休时间进行视频面试；请给出尊重其现有工作的"
                            "选择，也不要因为对方愿意在19:00面试，就认为他入职后会愿意为你加班。</p><h3>国民节日及其"
                            "变动方式</h3><p>日本的十六个国民节日由《关于国民节日的法律》（国民の祝日に関する法律）规"
                            "定。有些日期固定，有些落在指定的星期一（即“快乐星期一”节日，如成人节和敬老节），而春分日"
                            "和秋分日要等到前一年二月第一个工作日在官报上公布历书后才正式确定。节日如逢星期日，则顺延"
                            "至其后最近的非节日；夹在两个节日之间的单独一天也成为休息日。</p><h3>黄金周、盂兰盆节与新"
                            "年</h3><p>黄金周由昭和日（4月29日）、宪法纪念日（5月3日）、绿之日（5月4日）和儿童节（5月"
                            "5日）连成；日期固定，但人们能连休几天取决于星期分布和公司日历。八月中旬的盂兰盆节不是国"
                            "民节日，但很多公司会在前后休息几天，有些地区则在七月过盂兰盆节。按照惯例，大多数公司大约"
                            "从12月29日休息到1月3日。终面请避开这三个时段以及紧邻其前的几天。</p><h3>奖金、离职通知与"
                            "入职日期</h3><p>很多雇主在初夏和十二月发放奖金，所以候选人常在拿到奖金后辞职。交接工作通"
                            "常需要一到三个月，而四月和十月因为分别是财年和下半年的开始，是热门的入职时间。请把这些因"
                            "素纳入录用时间表，而不是催促对方尽快入职。</p><h3>应届毕业生招聘</h3><p>对于应届毕业生招"
                            "聘，政府要求雇主在次年四月入职的前一年3月1日开始宣传、6月1日开始选拔面试、10月1日发出正"
                            "式内定。如果你要招聘应届生，请先与本地HR商定招聘日历。</p><h3>时区与突发情况</h3><p>日本"
                            "使用UTC+9，不实行夏令时，比北京早一小时。夏末和秋季的台风以及偶发的地震可能让电车临时停"
                            "运，所以请为现场面试的候选人准备视频备用方案。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you send a Japanese interview invitation",
                            "zh": "发送日本面试邀请之前",
                        },
                        "items": [
                            {
                                "en": "Avoid 12:00 to 13:00, Golden Week, Obon and the New Year closure.",
                                "zh": "避开12:00至13:00、黄金周、盂兰盆节和新年假期。",
                            },
                            {
                                "en": "Write the time in Japan time (UTC+9) and China time.",
                                "zh": "同时写明日本时间（UTC+9）和北京时间。",
                            },
                            {
                                "en": "Offer an early-evening or lunchtime video option for employed candidates.",
                                "zh": "为在职候选人提供傍晚或午休时间的视频面试选项。",
                            },
                            {
                                "en": (
                                    "Send the agenda: who attends, how long, and time for the candidate's questions."
                                ),
                                "zh": "发送议程：谁参加、时长多久、留给候选人提问的时间。",
                            },
                            {
                                "en": "Book a Japanese-Chinese interpreter if the panel does not speak Japanese.",
                                "zh": "如果面试小组不会说日语，请预约日中翻译。",
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
            "slug": "japan-practice",
            "title": {
                "en": "Practice: a final interview in Nagoya",
                "zh": "实战演练：名古屋的一场终面",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>In Japan the candidate's questions at the end (逆質問) are part of the assessment in "
                            "both directions: they show how the candidate thinks, and they decide whether the "
                            "candidate trusts you. This practice gives the candidate hard questions about your "
                            "company and scores how honestly you answer them.</p><p>Run it in groups of four and "
                            "rotate the interviewer role. Before the first round, each interviewer writes down three "
                            "facts about the Japan entity they can state with confidence: years in Japan, current "
                            "headcount, and who approves a promotion. The observer checks whether answers stick to "
                            "those facts or drift into promises.</p>"
                        ),
                        "zh": (
                            "<p>在日本，面试最后候选人提问的环节（逆質問）是双向的评估：它体现候选人的思考方式，也决"
                            "定候选人是否信任你。本次演练会让候选人就你的公司提出尖锐问题，并评估你回答得是否诚实。"
                            "</p><p>请四人一组演练，轮换面试官角色。第一轮开始前，每位面试官写下三条关于日本法人、可"
                            "以确定无误地说出的事实：在日本经营的年数、当前人数、晋升由谁审批。观察员检查回答是否以这"
                            "些事实为依据，还是滑向了承诺。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Key account manager for Japanese automakers, Nagoya",
                            "zh": "面向日本汽车制造商的大客户经理，名古屋",
                        },
                        "setting": {
                            "en": (
                                "A Changzhou battery maker has had a small sales office in Nagoya for three years "
                                "and is hiring a Key Account Manager for Japanese automakers. The final interview is "
                                "on site at 14:00 on a Wednesday in late May. The candidate, Satō Ken'ichi, has "
                                "sixteen years at a Japanese tier-one supplier and speaks limited English, so a "
                                "Japanese-Chinese interpreter joins."
                            ),
                            "zh": (
                                "一家常州电池制造商在名古屋设立小型销售办事处已有三年，正在招聘一名负责日本汽车制造商"
                                "的大客户经理。终面在现场进行，时间是五月下旬某个周三的14:00。候选人佐藤健一在一家日"
                                "本一级供应商工作了十六年，英语有限，因此由一名日中翻译参与面试。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer: Zhao Min, vice-president of overseas sales (HQ)",
                                    "zh": "面试官：赵敏，海外销售副总裁（总部）",
                                },
                                "brief": {
                                    "en": (
                                        "Assess account strategy and negotiation with two structured questions and "
                                        "STAR probes. You like to open with 'Which book has influenced you most?'; "
                                        "do not. Leave ten minutes for the candidate's questions and answer them "
                                        "with facts, not promises."
                                    ),
                                    "zh": (
                                        "用两道结构化问题和STAR追问，评估候选人的客户策略和谈判能力。你习惯以“哪本书"
                                        "对您影响最大？”开场，这次不要这样做。留出十分钟给候选人提问，并用事实而不是"
                                        "承诺来回答。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Local HR manager: Yamada Misaki",
                                    "zh": "本地HR经理：山田美咲",
                                },
                                "brief": {
                                    "en": (
                                        "Open formally, explain the agenda, and describe the package as annual "
                                        "income made up of monthly salary and bonus, with actual overtime hours. "
                                        "Signal quietly if a question touches family or birthplace."
                                    ),
                                    "zh": (
                                        "正式开场，说明议程，并把薪酬方案描述为由月薪和奖金构成的年收入，同时说明实际"
                                        "加班时长。如果有问题涉及家庭或出生地，悄悄示意。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Satō Ken'ichi",
                                    "zh": "候选人：佐藤健一",
                                },
                                "brief": {
                                    "en": (
                                        "Be polite, modest and brief; credit your seniors until probed. In your "
                                        "questions, ask: 'Will the Nagoya office still exist in five years?', 'How "
                                        "much overtime does the team really work?' and 'Can a Japanese employee "
                                        "become head of the Japan business?'"
                                    ),
                                    "zh": (
                                        "保持礼貌、谦逊、简洁；在被追问之前把功劳归于前辈。提问环节请问：“五年后名古"
                                        "屋办事处还会存在吗？”“团队实际加班多少？”“日本员工能成为日本业务的负责人吗？"
                                        "”"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Score 1 to 5 on: formal opening, names and card exchange; structured questions and "
                                "STAR probes that surface personal results; no questions on birthplace, family, "
                                "beliefs, reading, marriage, age or health; short sentences that work through the "
                                "interpreter; honest, factual answers to the candidate's questions with no "
                                "over-promising; a close on time with clear next steps."
                            ),
                            "zh": (
                                "按1至5分评分：开场是否正式、称呼和名片交换是否得体；结构化问题和STAR追问能否引出个人"
                                "成果；是否没有涉及出生地、家庭、信仰、阅读、婚姻、年龄或健康；句子是否简短、适合翻译"
                                "；对候选人提问的回答是否诚实、基于事实、没有过度承诺；是否按时结束并说明后续步骤。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Japan pre-interview checklist",
                            "zh": "日本面试前检查清单",
                        },
                        "items": [
                            {
                                "en": (
                                    "Ask local HR which topics they flag and read the MHLW fair-selection list with "
                                    "them."
                                ),
                                "zh": "向本地HR确认需要注意的话题，并与他们一起阅读厚生劳动省的公正招聘清单。",
                            },
                            {
                                "en": (
                                    "Use a standard application form; hide date of birth, photo and family details "
                                    "from the panel."
                                ),
                                "zh": "使用标准格式的应聘表格；不让评审小组看到出生日期、照片和家庭信息。",
                            },
                            {
                                "en": "Write three facts about the Japan entity you can state without exaggeration.",
                                "zh": "写下三条关于日本法人、可以不加夸大地陈述的事实。",
                            },
                            {
                                "en": (
                                    "Prepare the package wording with HR: annual income, bonus months, fixed "
                                    "overtime allowance."
                                ),
                                "zh": "与HR一起准备薪酬方案的说法：年收入、奖金月数、固定加班费。",
                            },
                            {
                                "en": "Check the date against holidays, Golden Week, Obon and year-end.",
                                "zh": "对照节假日、黄金周、盂兰盆节和年末核对日期。",
                            },
                            {
                                "en": "Bring business cards and brief the interpreter on exact translation.",
                                "zh": "带好名片，并交代翻译如实翻译。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Do and don't in Japan",
                            "zh": "日本面试宜与忌",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Open with 'Please introduce your career so far.'",
                                    "zh": "以“请介绍一下您迄今为止的职业经历”开场。",
                                },
                                "dont": {
                                    "en": (
                                        "Open with 'Which book influenced you most?' or 'Whom do you respect most?'"
                                    ),
                                    "zh": "以“哪本书对您影响最大？”或“您最尊敬谁？”开场。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Describe travel and hours and ask every candidate whether that works for them."
                                    ),
                                    "zh": "说明出差和工作时间要求，并问每位候选人是否可行。",
                                },
                                "dont": {
                                    "en": "Ask a woman whether she will keep working after marriage or children.",
                                    "zh": "问女性候选人婚后或生育后是否会继续工作。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Wait through silences and read 'hai' as 'I am listening'.",
                                    "zh": "耐心等待沉默，把“はい”理解为“我在听”。",
                                },
                                "dont": {
                                    "en": "Fill every pause or take 'we will consider it' as a yes.",
                                    "zh": "急着填补每一次停顿，或把“我们会研究一下”当作同意。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Answer questions about stability and overtime with facts.",
                                    "zh": "用事实回答关于稳定性和加班的问题。",
                                },
                                "dont": {
                                    "en": "Praise long hours at headquarters or promise a promotion.",
                                    "zh": "称赞总部的长时间工作，或承诺晋升。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: interviewing in Japan",
                            "zh": "测验：在日本面试",
                        },
                        "category": "Cross-cultural communication and taboos/Regions/Japan",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
