"""Practice: scenario drills, role play, shadowing real interviews and case reviews (advanced)."""

from __future__ import annotations

COURSE = {
    "slug": "interview-practice",
    "order": 70,
    "title": {
        "en": "Practice: scenario drills, role play, shadowing real interviews and case reviews",
        "zh": "实战训练：情景演练、角色扮演、真实面试旁听与案例复盘",
    },
    "summary": {
        "en": (
            "Interviewing skill comes from practice under observation. This course prepares you for the practical "
            "part of certification: short scenario drills, full role plays with briefs for interviewer, candidate "
            "and observer, shadowing real interviews and being shadowed by a mentor, reviewing real interview "
            "mistakes, and calibrating your scores with other interviewers against the layered competency profile."
        ),
        "zh": (
            "面试能力来自有人观察的实战练习。本课程为认证的实操部分做准备：简短的情景演练，配有面试官、"
            "候选人和观察员任务说明的完整角色扮演，旁听真实面试并由导师反向旁听，复盘真实面试中的错误，"
            "以及对照分层胜任力矩阵与其他面试官校准评分。"
        ),
    },
    "competency": "evaluation",
    "level": "advanced",
    "minutes": 185,
    "regions": [],
    "prerequisites": [
        "structured-interviewing-star",
        "cross-cultural-taboos",
    ],
    "objectives": [
        {
            "en": (
                "Score candidates against the layered competency profile for senior leaders and team members, using "
                "evidence and anchored scales."
            ),
            "zh": "对照高层管理者和团队成员的分层胜任力矩阵，依据证据和锚定量表为候选人打分。",
        },
        {
            "en": (
                "Take part in scenario drills and role plays as interviewer, candidate and observer, and give "
                "feedback an interviewer can act on."
            ),
            "zh": "以面试官、候选人和观察员的身份参与情景演练和角色扮演，并给出面试官能够据以改进的反馈。",
        },
        {
            "en": (
                "Shadow real interviews and be shadowed by a mentor lawfully and without disturbing the candidate, "
                "and use the debrief to improve."
            ),
            "zh": "在合法且不干扰候选人的前提下旁听真实面试、接受导师反向旁听，并通过复盘提升自己。",
        },
        {
            "en": (
                "Recognise common mistakes from real cross-border interviews, name the law or risk involved and say "
                "what should have happened instead."
            ),
            "zh": "识别真实跨境面试中的常见错误，指出所涉及的法律或风险，并说明正确做法。",
        },
        {
            "en": (
                "Take part in calibration sessions and explain, with evidence, why scores for the same answer differ."
            ),
            "zh": "参与校准会，并能依据证据解释同一回答为何得到不同评分。",
        },
    ],
    "lessons": [
        {
            "slug": "evaluation-dimensions",
            "title": {
                "en": "What you are scoring: the layered competency profile",
                "zh": "评什么：分层胜任力矩阵",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Practice helps only when everyone knows what good looks like. Every drill, role play "
                            "and shadowed interview in this course is scored on the standard interview evaluation "
                            "form, and the form's dimensions come from a layered competency profile: senior leaders "
                            "are assessed on different dimensions from team members, because the company needs "
                            "different things from them. Learn the dimensions well enough to recognise evidence for "
                            "them while the candidate is still talking.</p>"
                        ),
                        "zh": (
                            "<p>只有每个人都清楚“好”是什么样子，练习才有意义。本课程中的每一次演练、"
                            "角色扮演和真实面试旁听，都用标准化面试评价表打分；评价表的维度来自分层胜任力矩阵："
                            "公司对高层管理者和团队成员的要求不同，所以评估维度也不同。你要熟悉这些维度，"
                            "熟悉到候选人还在说话时，你就能辨认出哪些内容是相应维度的证据。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Senior leaders: strategic leadership",
                            "zh": "高层管理者：战略领导力",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Pioneering spirit (开拓精神):</strong> has built something from little "
                            "or nothing in an uncertain setting, such as a new market, plant or channel. Evidence: "
                            "what they started, what they risked and what they did when it went "
                            "wrong.</li><li><strong>Business insight (商业洞察):</strong> reads a market and its "
                            "numbers and turns them into decisions. Evidence: the figures they used, the choice they "
                            "made and what happened next.</li><li><strong>Cross-cultural resource integration "
                            "(跨文化资源整合):</strong> brings together headquarters' resources, local partners, "
                            "regulators and teams from different cultures to reach one result.</li><li><strong>Long-t"
                            "erm commitment to localisation (长期本地化承诺):</strong> invests in the local team and "
                            "local relationships for the long run, develops local successors, and adapts the "
                            "business to the market rather than copying headquarters.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>开拓精神：</strong>曾在不确定的环境中从无到有（或从很少的基础上）"
                            "做成一件事，比如开拓一个新市场、建一座新工厂、打通一条新渠道。证据：他开创了什么、"
                            "承担了什么风险、出了问题时怎么应对。</li><li><strong>商业洞察："
                            "</strong>能读懂市场和数据，并据此做出决策。证据：他用了哪些数据、做了什么选择、"
                            "结果如何。</li><li><strong>跨文化资源整合：</strong>能把总部资源、本地合作伙伴、"
                            "监管机构和来自不同文化的团队组织起来，共同达成一个结果。</li><li><strong>长期本地化承诺"
                            "：</strong>着眼长远投入本地团队和本地关系，培养本地接班人，让业务适应当地市场，"
                            "而不是照搬总部。</li></ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Team members",
                            "zh": "团队成员",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Willingness to join and cultural identification "
                            "(加入意愿与文化认同):</strong> understands what the company does and how it works, and "
                            "wants to join for reasons that will last.</li><li><strong>High potential "
                            "(高潜力):</strong> learns fast, takes on more than the role asked, and can say what "
                            "they learned from a setback.</li><li><strong>Bridge between local culture and business "
                            "(本地文化与业务的桥梁):</strong> explains local customers, colleagues and rules to "
                            "headquarters, and headquarters' decisions to local colleagues.</li><li><strong>Firm "
                            "compliance baseline (坚定的合规底线):</strong> has refused, or would refuse, a shortcut "
                            "that breaks the law or company policy, even under pressure.</li><li><strong>Executing "
                            "headquarters' strategy and feeding back local insight "
                            "(执行总部战略并反馈本地洞察):</strong> carries out decisions made elsewhere, and says "
                            "clearly, with evidence, when something will not work locally.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>加入意愿与文化认同：</strong>了解公司做什么、怎么运作，"
                            "想加入的理由是经得起时间考验的。</li><li><strong>高潜力：</strong>学得快，"
                            "做的比岗位要求的更多，能说出自己从挫折中学到了什么。</li><li><strong>本地文化与业务的桥"
                            "梁：</strong>能向总部解释本地客户、同事和规则，也能向本地同事解释总部的决定。"
                            "</li><li><strong>坚定的合规底线：</strong>即使面临压力，也曾经拒绝（或会拒绝）"
                            "违反法律或公司制度的捷径。</li><li><strong>执行总部战略并反馈本地洞察："
                            "</strong>执行在别处做出的决定，同时在某件事在本地行不通时，能拿出证据明确提出。"
                            "</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": {
                            "en": "Cultural identification is not sameness",
                            "zh": "文化认同不等于和你一样",
                        },
                        "body": {
                            "en": (
                                "<p>Score identification with the company's values and way of working, never "
                                "similarity to yourself. A candidate who does not drink at dinners, prays during the "
                                "working day, speaks little Mandarin or is more reserved than you is not showing "
                                "weak cultural identification. Scoring on sameness is bias, and where it tracks "
                                "nationality, ethnic origin or religion it can be unlawful discrimination, for "
                                "example under Title VII of the Civil Rights Act of 1964 in the United States or §§ "
                                "1 and 7 of the AGG in Germany.</p>"
                            ),
                            "zh": (
                                "<p>评估的是候选人对公司价值观和工作方式的认同，而不是他与你有多相似。"
                                "一位在饭局上不喝酒、工作日要做礼拜、不太会说普通话、或者比你更内敛的候选人，"
                                "并不说明他文化认同度低。按“像不像我”打分就是偏见；如果这种偏好与国籍、"
                                "民族出身或宗教挂钩，还可能构成违法歧视，例如违反美国《1964年民权法》第七章，"
                                "或德国《一般平等待遇法》（AGG）第1条和第7条。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Anchored scores",
                            "zh": "锚定评分",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The form uses a 1–5 scale with anchors for each dimension. For “bridge between local "
                            "culture and business” the anchors read roughly: <strong>1</strong>, no example, or an "
                            "example of blaming one side; <strong>3</strong>, one clear example of explaining one "
                            "side to the other, with a result; <strong>5</strong>, several examples, including "
                            "changing a headquarters decision with local evidence, with measurable results. Score "
                            "what the candidate showed, not what you think they might be capable of, and write the "
                            "evidence next to the score. The two answers below respond to the same question for a "
                            "senior role.</p>"
                        ),
                        "zh": (
                            "<p>评价表采用1至5分制，每个维度都有锚点描述。以“本地文化与业务的桥梁”为例，锚点大致是："
                            "<strong>1分</strong>，举不出例子，或举的例子是在指责某一方；<strong>3分</strong>，"
                            "有一个清楚的例子，向一方解释了另一方，并取得了结果；<strong>5分</strong>，有多个例子，"
                            "包括用本地证据改变了总部的决定，且结果可以衡量。按候选人展示出来的内容打分，"
                            "而不是按你觉得他可能具备的能力打分，并在分数旁写下证据。"
                            "下面两个回答针对的是同一个高层岗位的同一个问题。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Cross-cultural resource integration: strong answer",
                            "zh": "跨文化资源整合：优秀回答",
                        },
                        "situation": {
                            "en": (
                                "Budi Santoso, a candidate for country manager in Indonesia, is asked about a time "
                                "he brought together resources from different organisations to reach a goal. He "
                                "describes his previous employer, a Korean food company whose sauces faced new halal "
                                "certification requirements in Indonesia."
                            ),
                            "zh": (
                                "印度尼西亚国家经理岗位的候选人Budi Santoso被问到："
                                "请讲一次你整合不同组织的资源来达成目标的经历。他讲的是前雇主，一家韩国食品公司，"
                                "其酱料产品在印度尼西亚面临新的清真认证要求。"
                            ),
                        },
                        "task": {
                            "en": (
                                "He was responsible for keeping the product line on sale; without certification, "
                                "retailers would delist it within about a year."
                            ),
                            "zh": "他负责保住这条产品线的销售；如果拿不到认证，零售商大约一年内就会让产品下架。",
                        },
                        "action": {
                            "en": (
                                "He mapped the certification steps with a local consultant. He asked headquarters' "
                                "R&D team to replace two ingredients and brought their food scientist to Jakarta to "
                                "meet the auditors. He negotiated with the largest retail chain to keep the products "
                                "listed while the process ran. And because his first English-language reports had "
                                "gone unread, he sent headquarters a one-page monthly status in Korean, prepared "
                                "with a translator."
                            ),
                            "zh": (
                                "他和一位本地顾问一起梳理了认证的各个步骤。他请总部研发团队替换了两种配料，"
                                "并把总部的食品科学家请到雅加达与审核方会面。他与最大的零售连锁谈判，"
                                "让产品在认证期间保持上架。此外，由于他最初的英文报告在总部无人阅读，"
                                "他改为每月借助翻译用韩文向总部发送一页进展简报。"
                            ),
                        },
                        "result": {
                            "en": (
                                "Eleven of the twelve products were certified in seven months and one was withdrawn. "
                                "Sales of the line fell 4 % during the transition and recovered within two quarters."
                            ),
                            "zh": (
                                "十二个产品中有十一个在七个月内获得认证，一个退出市场。过渡期间该产品线销售额下降4%，"
                                "两个季度内恢复。"
                            ),
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Strong evidence, around 4 to 5 on the anchors. He describes his own actions (“I "
                                "mapped”, “I asked”, “I negotiated”), names each party he brought together, adapts "
                                "his communication to headquarters' culture and gives measurable results, including "
                                "the product that failed. The interviewer scores his actions and results, not his "
                                "fluency in English or Mandarin."
                            ),
                            "zh": (
                                "证据有力，按锚点约为4至5分。他讲的是自己的行动（“我梳理了”“我请”“我谈判”），"
                                "点明了他整合的每一方，针对总部的文化调整了沟通方式，并给出了可衡量的结果，"
                                "连失败的那个产品也如实交代。面试官评的是他的行动和结果，"
                                "而不是他的英语或普通话是否流利。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Cross-cultural resource integration: weak answer",
                            "zh": "跨文化资源整合：欠佳回答",
                        },
                        "situation": {
                            "en": (
                                "Another candidate for the same role is asked the same question and talks about a "
                                "regional product launch."
                            ),
                            "zh": "同一岗位的另一位候选人被问到同样的问题，讲的是一次区域性的产品上市。",
                        },
                        "task": {
                            "en": "She says her team “had to align many stakeholders”.",
                            "zh": "她说她的团队“需要协调很多利益相关方”。",
                        },
                        "action": {
                            "en": (
                                "“We worked very closely with headquarters and all our partners. We had a lot of "
                                "meetings and we always kept everyone aligned. Communication is my strength.”"
                            ),
                            "zh": (
                                "“我们和总部以及所有合作伙伴紧密合作。我们开了很多会，始终让大家保持一致。"
                                "沟通是我的强项。”"
                            ),
                        },
                        "result": {
                            "en": "“In the end the launch was a big success and everyone was happy.”",
                            "zh": "“最后上市非常成功，大家都很满意。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Weak as given: no personal action, no named parties, no figures. It does not prove "
                                "she lacks the skill, only that the answer contains no evidence yet. Probe before "
                                "scoring: “What did you personally do?”, “Who disagreed, and how did you resolve "
                                "it?”, “How did you measure success?” If the probes produce nothing specific, score "
                                "1 or 2 and note why."
                            ),
                            "zh": (
                                "就目前的回答而言是欠佳的：没有个人行动，没有点明具体是哪些相关方，也没有数字。"
                                "这并不证明她缺乏这项能力，只说明回答里还没有证据。打分之前要追问："
                                "“你本人具体做了什么？”“谁有不同意见，你是怎么解决的？”“你是怎么衡量成功的？”"
                                "如果追问之后仍然没有具体内容，打1或2分，并写明理由。"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: dimensions and anchors",
                            "zh": "小测：评估维度与锚点",
                        },
                        "category": "Evaluation and fairness/Scoring and calibration",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "scenario-drills",
            "title": {
                "en": "Scenario drills: short, repeated, uncomfortable",
                "zh": "情景演练：短小、反复、直面难点",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A scenario drill is a short, focused exercise of five to ten minutes that practises "
                            "one difficult moment of an interview: a candidate who volunteers a protected fact, a "
                            "candidate who asks for the result, an interpreter who summarises. Drills work because "
                            "they are repeated. Three people rotate through the roles of interviewer, candidate and "
                            "observer, so each person handles the moment once and watches it twice.</p><p>A standard "
                            "round is two minutes to read the briefs, five minutes to play, and three minutes of "
                            "feedback, first from the observer and then from the candidate; then the roles rotate. "
                            "The facilitator may call “freeze” in the middle of a round and ask the interviewer what "
                            "they will say next and why, which is where much of the learning happens. Each person "
                            "reads only the brief for their own role.</p>"
                        ),
                        "zh": (
                            "<p>情景演练是一种五到十分钟的简短、聚焦的练习，专门练习面试中的某一个难点时刻："
                            "候选人主动说出受保护的个人信息，候选人追问结果，口译员把回答缩成一句话。演练之所以有效，"
                            "在于反复练习。三人一组，轮流担任面试官、候选人和观察员，每个人都亲自处理一次这个时刻，"
                            "并在旁观看两次。</p><p>标准的一轮是：两分钟阅读角色说明，五分钟演练，"
                            "三分钟反馈（先由观察员、再由候选人反馈），然后轮换角色。主持人可以在演练中途喊“暂停”，"
                            "问面试官下一句打算说什么、为什么，很多收获正是在这一刻产生的。"
                            "每个人只阅读自己角色的说明。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Drill: the candidate volunteers a pregnancy",
                            "zh": "演练：候选人主动提到怀孕",
                        },
                        "setting": {
                            "en": (
                                "A video interview for a quality engineer in Stuttgart, Germany. Ten minutes in, the "
                                "candidate mentions that she is pregnant."
                            ),
                            "zh": (
                                "德国斯图加特一个质量工程师岗位的视频面试。面试进行到第十分钟，候选人提到自己怀孕了。"
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
                                        "You are assessing problem-solving and compliance baseline. When the "
                                        "candidate mentions her pregnancy, acknowledge it briefly and warmly and "
                                        "return to your job-related questions. Do not ask about her due date, leave "
                                        "plans, childcare or return to work, and do not write anything about it on "
                                        "the form. If she asks whether it changes anything, say that the decision is "
                                        "made on the job-related criteria only, without hinting at the outcome."
                                    ),
                                    "zh": (
                                        "你要评估的是问题解决能力和合规底线。候选人提到怀孕时，简短而友善地回应一句，"
                                        "然后回到与岗位相关的问题上。不要询问预产期、休假安排、"
                                        "孩子由谁照顾或何时返岗，也不要在评价表上写任何相关内容。"
                                        "如果她问这会不会有影响，就说明决定只依据与岗位相关的标准，不要暗示结果。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate",
                                    "zh": "候选人",
                                },
                                "brief": {
                                    "en": (
                                        "Early on, say: “Before we go on, I should tell you that I'm pregnant; the "
                                        "baby is due in March.” Answer the technical questions well. Near the end, "
                                        "ask: “Does my pregnancy change anything for you?” If the interviewer asks "
                                        "about your plans, answer briefly and look uncomfortable."
                                    ),
                                    "zh": (
                                        "开场不久就说：“在继续之前，我想先告诉您，我怀孕了，预产期在三月。”"
                                        "技术问题要回答得好。快结束时问：“我怀孕这件事对你们来说会有影响吗？”"
                                        "如果面试官问起你的安排，简短回答，并表现出不自在。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Write down the interviewer's exact words when the pregnancy is mentioned "
                                        "and when the candidate asks whether it changes anything. Check the "
                                        "interviewer's notes afterwards."
                                    ),
                                    "zh": (
                                        "记下候选人提到怀孕时、以及问是否有影响时面试官的原话。结束后检查面试官的记录。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• No follow-up question about the pregnancy, leave, childcare or family plans.\n• A "
                                "brief, warm acknowledgement: neither an awkward silence nor congratulations that "
                                "turn into a conversation.\n• The answer to “does it change anything” refers to the "
                                "job-related criteria and neither promises nor hints at an outcome.\n• No mention of "
                                "the pregnancy in the notes or on the evaluation form.\n• The interview returns to "
                                "the planned questions and covers all of them."
                            ),
                            "zh": (
                                "• 没有追问怀孕、休假、孩子照顾或家庭计划。\n• 回应简短而友善：既没有尴尬的沉默，"
                                "也没有借着道贺聊开去。\n• 对“会不会有影响”的回答落在与岗位相关的标准上，"
                                "既不承诺也不暗示结果。\n• 记录和评价表中都没有提到怀孕。\n• 面试回到预定问题，"
                                "并全部问完。"
                            ),
                        },
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Why the pregnancy drill matters",
                            "zh": "为什么要专门演练怀孕情境",
                        },
                        "body": {
                            "en": (
                                "<p>In Germany, less favourable treatment of a woman because of pregnancy or "
                                "maternity is direct sex discrimination under the General Equal Treatment Act (AGG, "
                                "§ 3(1)), and the Federal Labour Court has held that an applicant may answer a "
                                "question about pregnancy untruthfully without consequence (BAG, 6 February 2003, 2 "
                                "AZR 621/01). In the United States the Pregnancy Discrimination Act of 1978 brought "
                                "pregnancy within Title VII of the Civil Rights Act of 1964. In Great Britain, "
                                "pregnancy and maternity is one of the protected characteristics listed in the "
                                "Equality Act 2010 (s. 4). Not legal advice.</p>"
                            ),
                            "zh": (
                                "<p>在德国，因怀孕或生育而对女性给予不利待遇，依据《一般平等待遇法》（AGG）"
                                "第3条第1款构成直接的性别歧视；联邦劳动法院还认定，"
                                "求职者对怀孕问题可以不如实回答而不承担后果（BAG，2003年2月6日，2 AZR 621/01）。"
                                "在美国，《1978年怀孕歧视法》将怀孕纳入了《1964年民权法》第七章的保护范围。"
                                "在英国（大不列颠），怀孕与生育是《2010年平等法》第4条所列的受保护特征之一。"
                                "以上不构成法律意见。</p>"
                            ),
                        },
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Drill: “Did I get it?”",
                            "zh": "演练：“我通过了吗？”",
                        },
                        "setting": {
                            "en": (
                                "The end of a final-round interview, on site in São Paulo, for a customer success "
                                "manager. The interview went well, and the interviewer liked the candidate."
                            ),
                            "zh": (
                                "圣保罗一个客户成功经理岗位的现场终面即将结束。面试很顺利，面试官对候选人印象很好。"
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
                                        "Close the interview. The panel meets tomorrow, and the recruiter will "
                                        "contact candidates by Thursday. You must not reveal or hint at the outcome. "
                                        "If the candidate has a deadline from another employer, you may offer to "
                                        "tell the recruiter today so that the timetable can be checked."
                                    ),
                                    "zh": (
                                        "结束这次面试。面试小组明天开会，招聘专员会在周四前联系候选人。"
                                        "你不能透露或暗示结果。如果候选人手上有别家的截止日期，"
                                        "你可以提出今天就转告招聘专员，以便核实时间安排。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate",
                                    "zh": "候选人",
                                },
                                "brief": {
                                    "en": (
                                        "As the interviewer starts to close, say warmly: “Be honest with me: did I "
                                        "get it? I have another offer that expires on Friday, and I'd rather come to "
                                        "you.” If the answer is vague, push once more: “Just between us?”"
                                    ),
                                    "zh": (
                                        "面试官开始收尾时，热情地说：“跟我说实话吧，我通过了吗？"
                                        "我手上有一个周五到期的录用通知，但我更想来你们这里。”如果回答含糊，"
                                        "再追问一次：“就咱俩私下说说？”"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Listen for any words or tone that reveal the interviewer's view, positive "
                                        "or negative, and note what the interviewer commits to."
                                    ),
                                    "zh": (
                                        "留意面试官是否有任何言语或语气透露了自己的看法（无论正面还是负面），"
                                        "并记下面试官作出了哪些承诺。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• No verdict and no hint, such as “I'm sure you'll hear good news” or “you were the "
                                "best today”.\n• A concrete date for the decision and the name of who will call.\n• "
                                "The competing deadline taken seriously: an offer to pass it to the recruiter today, "
                                "without promising that the company will meet it.\n• Warmth kept: the candidate "
                                "leaves feeling respected, not stonewalled."
                            ),
                            "zh": (
                                "• 没有给出结论，也没有暗示，例如“我相信你会收到好消息”或“你是今天表现最好的”。\n• "
                                "给出作出决定的具体日期，以及由谁来打电话通知。\n• 认真对待对方的截止日期："
                                "提出今天就转告招聘专员，但不承诺公司一定能赶上。\n• 保持温度："
                                "候选人离开时感到被尊重，而不是被敷衍。"
                            ),
                        },
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Drill: working through an interpreter",
                            "zh": "演练：借助口译进行面试",
                        },
                        "setting": {
                            "en": (
                                "An on-site interview in Hanoi for a warehouse supervisor. The interviewer speaks "
                                "Mandarin; a consecutive interpreter translates between Mandarin and Vietnamese."
                            ),
                            "zh": (
                                "河内一个仓库主管岗位的现场面试。面试官说普通话，"
                                "一名交替传译员在普通话和越南语之间翻译。"
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
                                        "Ask three prepared behavioural questions about safety and leading a team. "
                                        "Speak in segments of one or two sentences, look at the candidate rather "
                                        "than the interpreter, avoid idioms and slogans, and make sure each full "
                                        "answer has been translated."
                                    ),
                                    "zh": (
                                        "就安全和团队管理提出三个事先准备好的行为面试问题。每次只说一两句话，"
                                        "看着候选人而不是口译员，避免使用习语和口号，并确保每个回答都被完整翻译。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate",
                                    "zh": "候选人",
                                },
                                "brief": {
                                    "en": (
                                        "Give long, detailed answers with two or three specific points each. Look at "
                                        "the interviewer, not the interpreter."
                                    ),
                                    "zh": "回答要长而详细，每个回答包含两三个具体要点。看着面试官，而不是口译员。",
                                },
                            },
                            {
                                "role": {
                                    "en": "Interpreter",
                                    "zh": "口译员",
                                },
                                "brief": {
                                    "en": (
                                        "Translate short segments accurately. When the interviewer speaks for more "
                                        "than three sentences without pausing, or when the candidate gives a long "
                                        "answer, summarise it in one sentence instead of translating it in full. Do "
                                        "not say that you are summarising unless you are asked."
                                    ),
                                    "zh": (
                                        "对简短的段落要准确翻译。如果面试官一口气说了三句以上，或者候选人回答很长，"
                                        "就用一句话概括，而不是完整翻译。除非被问到，否则不要说明你在概括。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Compare the length of each answer with the length of its interpretation, "
                                        "and note every point that was lost."
                                    ),
                                    "zh": "对比每个回答与其译文的长度，记下每一处遗漏的要点。",
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• Questions delivered in short segments, without idioms such as “think outside the "
                                "box” or 接地气.\n• The candidate addressed directly (“you”), not through the "
                                "interpreter (“ask him…”), with eye contact on the candidate.\n• The interviewer "
                                "noticed that a long answer came back as one sentence and politely asked the "
                                "interpreter for the full answer.\n• Follow-up probes on the specific points the "
                                "candidate made.\n• Enough time allowed for interpretation without rushing the "
                                "candidate."
                            ),
                            "zh": (
                                "• 问题分成短句表达，没有使用“跳出框框思考”或“接地气”这类习语。\n• "
                                "直接对候选人说话（用“您”），而不是通过口译员转述（“问问他……”），目光看着候选人。\n• "
                                "面试官注意到一段长回答只被译成了一句话，并礼貌地请口译员完整翻译。\n• "
                                "针对候选人提到的具体要点进行追问。\n• 给翻译留出足够时间，不催促候选人。"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Giving feedback after a drill",
                            "zh": "演练后的反馈",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Describe what you saw: “You asked two questions in one sentence.”",
                                    "zh": "描述你看到的行为：“你在一句话里问了两个问题。”",
                                },
                                "dont": {
                                    "en": "Judge the person: “You were confusing.”",
                                    "zh": "评判这个人：“你说得让人摸不着头脑。”",
                                },
                            },
                            {
                                "do": {
                                    "en": "Quote the exact words that worked or did not.",
                                    "zh": "引用效果好或不好的原话。",
                                },
                                "dont": {
                                    "en": "Give general praise: “Good job, very natural.”",
                                    "zh": "笼统地表扬：“不错，很自然。”",
                                },
                            },
                            {
                                "do": {
                                    "en": "Offer one alternative wording the interviewer can use next time.",
                                    "zh": "提供一种下次可以直接使用的替代说法。",
                                },
                                "dont": {
                                    "en": "List ten things to fix.",
                                    "zh": "一口气列出十个要改的地方。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Let the interviewer say first what they would change.",
                                    "zh": "先让面试官自己说打算改进什么。",
                                },
                                "dont": {
                                    "en": "Open with the biggest mistake.",
                                    "zh": "一开口就说最大的错误。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: drills and difficult moments",
                            "zh": "小测：演练与难点时刻",
                        },
                        "category": "Evaluation and fairness/Decisions and feedback",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "role-play",
            "title": {
                "en": "Full role plays: briefs for interviewer, candidate and observer",
                "zh": "完整角色扮演：面试官、候选人与观察员的任务说明",
            },
            "minutes": 40,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A role play is a full interview of 30 to 40 minutes, with a trained colleague "
                            "playing the candidate from a written brief. It is how you practise the whole interview "
                            "at once: opening, structured questions, probing, handling a difficult moment, "
                            "explaining the company and closing. It is also the format of the practical assessment "
                            "for certification, in which an assessor scores your interview on the standard "
                            "evaluation form.</p><p>Each person receives only the brief for their own role. The "
                            "candidate's brief contains real strengths, real gaps and one or two moments designed to "
                            "test the interviewer, and the interviewer does not know what they are. The observer "
                            "scores two things separately: the candidate, as the interviewer should have done, so "
                            "that the interviewer's scores can be compared with a reference; and the interviewer, "
                            "against the observer points.</p><p>The debrief follows a fixed order. The interviewer "
                            "says how it went and what they would change; the candidate says how it felt to be "
                            "interviewed; the observer gives evidence, quoting words and times; finally, the "
                            "interviewer's and the observer's scores for the candidate are compared dimension by "
                            "dimension.</p>"
                        ),
                        "zh": (
                            "<p>角色扮演是一场30到40分钟的完整面试，由一位受过训练的同事根据书面说明扮演候选人。"
                            "它让你一次性练习整场面试：开场、结构化提问、追问、处理难点时刻、介绍公司以及收尾。"
                            "它也是认证实操考核的形式：评估人会用标准化面试评价表为你主持的面试打分。"
                            "</p><p>每个人只拿到自己角色的说明。候选人的说明里既有真实的优势，也有真实的短板，"
                            "还有一两个专门用来考验面试官的时刻，而面试官事先并不知道。观察员要分别对两方面打分："
                            "一是像面试官应当做的那样给候选人打分，作为与面试官评分对照的参考；"
                            "二是按照观察要点给面试官打分。</p><p>复盘按固定顺序进行："
                            "先由面试官谈感受和打算改进之处；再由候选人谈被面试的感受；"
                            "接着观察员引用原话和时间点提供证据；最后逐个维度对比面试官和观察员给候选人的分数。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Role play: country manager, United Arab Emirates (senior leader profile)",
                            "zh": "角色扮演：阿联酋国家经理（高层管理者画像）",
                        },
                        "setting": {
                            "en": (
                                "A 40-minute video interview. The interviewer is at headquarters in Shenzhen, four "
                                "hours ahead of Dubai; the interview starts at 14:00 Dubai time on a Tuesday during "
                                "Ramadan. The company makes building-automation systems and has run a small sales "
                                "office in Dubai for two years, selling through distributors. The new country "
                                "manager will build a direct team."
                            ),
                            "zh": (
                                "一场40分钟的视频面试。面试官在深圳总部，比迪拜早四个小时；"
                                "面试定在斋月期间一个周二的迪拜时间14:00开始。公司生产楼宇自动化系统，"
                                "在迪拜设有一个小型销售办公室，已通过经销商销售了两年。新任国家经理将组建直销团队。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer: VP Overseas Business",
                                    "zh": "面试官：海外业务副总裁",
                                },
                                "brief": {
                                    "en": (
                                        "Assess the four senior-leader dimensions: pioneering spirit, business "
                                        "insight, cross-cultural resource integration and long-term commitment to "
                                        "localisation. Prepare one behavioural question for each and probe every "
                                        "answer for the candidate's own actions and results. In the last ten "
                                        "minutes, explain the strategy for the UAE honestly: the board has approved "
                                        "a direct team of eight people over two years, and whether it will include "
                                        "expatriates from headquarters has not been decided. Close with next steps."
                                    ),
                                    "zh": (
                                        "评估高层管理者的四个维度：开拓精神、商业洞察、"
                                        "跨文化资源整合和长期本地化承诺。每个维度准备一个行为面试问题，"
                                        "并针对每个回答追问候选人本人的行动和结果。最后十分钟如实介绍阿联酋的战略："
                                        "董事会已批准两年内组建一支八人的直销团队，是否从总部派驻外籍员工尚未决定。"
                                        "最后说明下一步安排。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Rania Saleh, 15 years in Gulf building-services distribution",
                                    "zh": "候选人：Rania Saleh，在海湾地区楼宇设备分销领域工作15年",
                                },
                                "brief": {
                                    "en": (
                                        "Your strengths are real: you built distributor networks in the UAE and Oman "
                                        "and can give figures (you grew one distributor from AED 4 million to AED 19 "
                                        "million a year in three years). Your gap is also real: you have always "
                                        "worked through distributors and agents and have never hired and developed a "
                                        "direct team. If asked about building a team, talk about “managing partners” "
                                        "unless the interviewer probes. At about minute 10, say: “It's Ramadan and "
                                        "I'm fasting. Could we make sure we finish by three?” At about minute 30, "
                                        "ask: “Will headquarters let me hire locally, or will you send expatriates "
                                        "to run things?”"
                                    ),
                                    "zh": (
                                        "你的优势是真实的：你在阿联酋和阿曼建立过经销商网络，"
                                        "并能给出数字（你用三年时间把一家经销商的年销售额从400万迪拉姆做到1900万迪拉"
                                        "姆）。你的短板也是真实的：你一直通过经销商和代理商开展业务，"
                                        "从未招聘和培养过直属团队。被问到组建团队时，除非面试官追问，"
                                        "否则就谈“管理合作伙伴”。大约第10分钟时说：“现在是斋月，我在封斋。"
                                        "我们能确保三点前结束吗？”大约第30分钟时问：“总部会让我在本地招人，"
                                        "还是会派外籍员工来管事？”"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Score the candidate on the four dimensions as if you were the interviewer, "
                                        "with evidence. Separately, score the interviewer against the points below, "
                                        "noting times and exact words."
                                    ),
                                    "zh": (
                                        "假设你是面试官，按四个维度给候选人打分并写明证据。另外，"
                                        "按下列要点给面试官打分，记下时间点和原话。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• All four dimensions covered, each with at least one behavioural question and one "
                                "probe.\n• The team-building gap found: the interviewer probed past “managing "
                                "partners” and scored long-term localisation on the evidence actually given.\n• The "
                                "Ramadan request accommodated simply (“Of course, we'll finish by 14:45”), with no "
                                "question or comment about religion or fasting.\n• The expatriate question answered "
                                "honestly: what is decided, what is not and when it will be, with no promise.\n• The "
                                "strategy explained with facts and within time, and the interview closed with next "
                                "steps and a date.\n• The interviewer's scores within one point of the observer's on "
                                "each dimension, or the difference explained by evidence."
                            ),
                            "zh": (
                                "• 四个维度全部覆盖，每个维度至少有一个行为问题和一次追问。\n• "
                                "发现了组建团队方面的短板：面试官没有停留在“管理合作伙伴”上，而是继续追问，"
                                "并根据实际获得的证据为长期本地化承诺打分。\n• 对斋月的请求简单地予以配合（“当然，"
                                "我们14:45前结束”），没有就宗教或封斋提问或评论。\n• 如实回答外籍员工的问题："
                                "哪些已经决定、哪些尚未决定、何时决定，不作承诺。\n• 用事实介绍战略且不超时，"
                                "结束时说明下一步及日期。\n• 面试官在每个维度上的评分与观察员相差不超过一分，"
                                "或能用证据解释差异。"
                            ),
                        },
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": (
                                "Role play: production supervisor, Vietnam (team member profile), with an interpreter"
                            ),
                            "zh": "角色扮演：越南生产主管（团队成员画像），配口译",
                        },
                        "setting": {
                            "en": (
                                "A 35-minute on-site interview at the company's electronics assembly plant in Bắc "
                                "Ninh. The interviewer, a production director from headquarters, speaks Mandarin; a "
                                "consecutive interpreter translates between Mandarin and Vietnamese. The role "
                                "supervises a line of 40 operators."
                            ),
                            "zh": (
                                "在公司位于北宁省的电子装配厂进行的35分钟现场面试。面试官是总部的一位生产总监，"
                                "说普通话；一名交替传译员在普通话和越南语之间翻译。"
                                "该岗位负责管理一条有40名操作工的产线。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer: production director from headquarters",
                                    "zh": "面试官：总部生产总监",
                                },
                                "brief": {
                                    "en": (
                                        "Assess three team-member dimensions: firm compliance baseline, bridge "
                                        "between local culture and business, and executing headquarters' strategy "
                                        "while feeding back local insight. Use behavioural questions and probe for "
                                        "the candidate's own actions. Answer any question about working hours "
                                        "accurately: the plant works a 48-hour week, and overtime is voluntary, paid "
                                        "at the legal rate and kept within the Labour Code limits."
                                    ),
                                    "zh": (
                                        "评估团队成员的三个维度：坚定的合规底线、本地文化与业务的桥梁、"
                                        "执行总部战略并反馈本地洞察。使用行为面试问题，并追问候选人本人的行动。"
                                        "如果被问到工作时间，要准确回答：工厂实行每周48小时工作制，加班自愿，"
                                        "按法定标准支付加班费，并控制在《劳动法典》规定的上限之内。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Nguyễn Thị Lan, 32, line leader at another electronics plant",
                                    "zh": "候选人：Nguyễn Thị Lan，32岁，另一家电子厂的线长",
                                },
                                "brief": {
                                    "en": (
                                        "You are modest and say “we” and “the team” by default. Your real "
                                        "achievements: you cut the defect rate on your line from 2.1 % to 0.8 % in "
                                        "six months by retraining operators yourself, using a visual checklist you "
                                        "designed; and you once refused to restart a line when a safety guard had "
                                        "been disabled, although your manager told you to hit the shift target. "
                                        "Share these details only if the interviewer asks what you personally did, "
                                        "or asks about a time you were pressed to cut a corner. At about minute 20, "
                                        "ask: “How much overtime do people do here?”"
                                    ),
                                    "zh": (
                                        "你为人谦虚，习惯说“我们”“团队”。你的真实业绩是："
                                        "你用自己设计的图示检查表亲自重新培训操作工，"
                                        "六个月内把产线不良率从2.1%降到0.8%；还有一次，安全防护装置被拆除后，"
                                        "尽管上级要求你完成当班产量，你仍拒绝重新开线。"
                                        "只有当面试官问你本人具体做了什么，或者问你是否曾被要求走捷径时，"
                                        "才说出这些细节。大约第20分钟时问：“这里的人一般加多少班？”"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Interpreter",
                                    "zh": "口译员",
                                },
                                "brief": {
                                    "en": (
                                        "Translate faithfully in both directions. If the interviewer speaks more "
                                        "than three sentences without pausing, translate only the main point; "
                                        "otherwise be accurate."
                                    ),
                                    "zh": (
                                        "双向如实翻译。如果面试官一口气说了三句以上，只翻译大意；其余情况要准确翻译。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Score the candidate on the three dimensions with evidence, and score the "
                                        "interviewer against the points below."
                                    ),
                                    "zh": "按三个维度给候选人打分并写明证据，同时按下列要点给面试官打分。",
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• Probing for personal actions: the interviewer asked “What did you personally do?” "
                                "and uncovered the retraining and the safety refusal.\n• Modesty not marked down: "
                                "the scores reflect the evidence, not the candidate's self-presentation or the "
                                "quality of the interpretation.\n• Questions asked in short segments, and points "
                                "repeated when the interpreter shortened a long turn.\n• The overtime question "
                                "answered accurately, without praising long hours.\n• Compliance baseline scored "
                                "high only on the strength of the safety example, with that evidence recorded."
                            ),
                            "zh": (
                                "• 追问个人行动：面试官问了“你本人具体做了什么？”，"
                                "并挖出了重新培训和拒绝开线这两件事。\n• 没有因为谦虚而扣分：评分反映的是证据，"
                                "而不是候选人的自我表现或翻译质量。\n• 问题分成短句；口译员压缩了长段内容时，"
                                "面试官重新表述了遗漏的要点。\n• 准确回答了加班问题，没有夸耀长时间工作。\n• "
                                "只有凭借安全事例才给合规底线打高分，并记录了这一证据。"
                            ),
                        },
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Overtime limits in Vietnam",
                            "zh": "越南的加班上限",
                        },
                        "body": {
                            "en": (
                                "<p>Vietnam's Labour Code 2019 (Law No. 45/2019/QH14), Article 107, requires the "
                                "employee's consent to overtime and caps it at 40 hours a month and 200 hours a "
                                "year. Certain sectors, including the production of electrical and electronic goods "
                                "for export, may go up to 300 hours a year after notifying the provincial labour "
                                "authority in writing. An interviewer who answers the overtime question should know "
                                "these limits and the plant's actual practice. Not legal advice; check the current "
                                "rules with local HR.</p>"
                            ),
                            "zh": (
                                "<p>越南《2019年劳动法典》（第45/2019/QH14号法律）第107条规定，加班须经劳动者同意，"
                                "每月不超过40小时，每年不超过200小时。部分行业（包括电气、电子产品的出口生产加工）"
                                "在书面通知省级劳动主管部门后，每年最多可加班300小时。"
                                "回答加班问题的面试官应当了解这些上限以及工厂的实际做法。以上不构成法律意见；"
                                "请向本地人力资源确认现行规定。</p>"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "The observer's discipline",
                            "zh": "观察员守则",
                        },
                        "items": [
                            {
                                "en": (
                                    "Read the evaluation form and the candidate's brief before the role play starts."
                                ),
                                "zh": "角色扮演开始前，阅读评价表和候选人的角色说明。",
                            },
                            {
                                "en": "Write time-stamped notes of words and actions, not impressions.",
                                "zh": "按时间点记录言语和行为，而不是印象。",
                            },
                            {
                                "en": "Score the candidate on your own before you hear the interviewer's scores.",
                                "zh": "在听到面试官的评分之前，先独立给候选人打分。",
                            },
                            {
                                "en": "Give feedback in the fixed order, and quote rather than paraphrase.",
                                "zh": "按固定顺序反馈，引用原话而不是转述。",
                            },
                            {
                                "en": "Keep what the interviewer did separate from how the role-player played.",
                                "zh": "把面试官的表现与角色扮演者的演绎区分开。",
                            },
                            {
                                "en": (
                                    "Hand your notes to the programme lead when the role play is a certification "
                                    "practical."
                                ),
                                "zh": "如果是认证实操考核，把记录交给项目负责人。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: role play and scoring",
                            "zh": "小测：角色扮演与评分",
                        },
                        "category": "Evaluation and fairness/Scoring and calibration",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "shadowing-and-reverse-shadowing",
            "title": {
                "en": "Shadowing real interviews, and being shadowed",
                "zh": "真实面试旁听与反向旁听",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Role plays build skill in a safe room; real interviews test it. The programme uses "
                            "two forms of observed practice. In <strong>shadowing</strong> (真实面试旁听) you sit in "
                            "on a real interview led by a certified interviewer and score the candidate yourself. In "
                            "<strong>reverse shadowing</strong> (反向旁听) you lead a real interview and a mentor "
                            "observes you. Both end with a debrief and written mentor feedback (导师反馈), which is "
                            "recorded as evidence for certification. Most learners shadow at least two interviews "
                            "before they are shadowed themselves.</p>"
                        ),
                        "zh": (
                            "<p>角色扮演在安全的环境中培养能力，真实面试则检验能力。"
                            "本项目采用两种有人观察的实践形式。在<strong>真实面试旁听</strong>中，"
                            "你旁听一位认证面试官主持的真实面试，并自己给候选人打分。在<strong>反向旁听</strong>中，"
                            "由你主持真实面试，导师在旁观察。两种形式都以复盘和书面导师反馈结束，"
                            "并作为认证证据记录在案。大多数学员会先旁听至少两场面试，然后再由导师旁听自己主持的面试。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Before: tell the candidate",
                            "zh": "面试前：告知候选人",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The candidate must know who is in the room and why. Say so in the invitation (“a "
                            "colleague who is training as an interviewer will also attend; she will observe and will "
                            "not ask questions”) and again at the start of the interview, where the observer is "
                            "introduced by name. On video the observer keeps the camera on. There are no hidden "
                            "listeners: nobody joins a call with camera and microphone off unless the candidate has "
                            "been told.</p><p>Do not record an interview for training unless the company's policy "
                            "allows it, the candidate has been told in advance and the candidate agrees. If the "
                            "candidate seems uncomfortable with an observer, the interview goes ahead without one; "
                            "the candidate's experience comes first.</p>"
                        ),
                        "zh": (
                            "<p>候选人必须知道有谁在场、为什么在场。要在面试邀请中说明（“一位正在接受面试官培训的同事"
                            "也会参加，她只旁听，不提问”），并在面试开始时再说一次，同时介绍旁听者的姓名。"
                            "视频面试时，旁听者要打开摄像头。不允许有“隐形听众”：除非已告知候选人，"
                            "否则任何人都不得关着摄像头和麦克风加入通话。</p><p>除非公司制度允许、"
                            "事先告知了候选人并且候选人同意，否则不要为了培训而录制面试。"
                            "如果候选人对有人旁听感到不自在，就取消旁听照常面试；候选人的体验优先。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Observers and recordings",
                            "zh": "旁听与录音录像的法律要求",
                        },
                        "body": {
                            "en": (
                                "<p>In California, Penal Code § 632 makes it an offence to eavesdrop on or record a "
                                "confidential communication with an electronic device without the consent of all "
                                "parties, and several other US states also require all-party consent; an undisclosed "
                                "listener on a video call is a real risk. In the EU and the UK a recording is "
                                "personal data under the GDPR: it needs a lawful basis, and Article 13 requires "
                                "telling the candidate what is recorded, why, and how long it is kept. Rules "
                                "elsewhere differ; ask local HR. Not legal advice.</p>"
                            ),
                            "zh": (
                                "<p>在美国加利福尼亚州，《刑法典》第632条规定，未经所有当事方同意，"
                                "使用电子设备窃听或录制保密通话属于违法行为；美国另有若干州同样要求全体当事方同意。"
                                "因此，视频通话中有未告知的旁听者是实实在在的风险。在欧盟和英国，"
                                "录音录像属于《通用数据保护条例》（GDPR）下的个人数据：必须有合法依据，"
                                "并且依据第13条须告知候选人录制什么、为何录制以及保存多久。其他地区规定各异，"
                                "请咨询本地人力资源。以上不构成法律意见。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "During: score, don't speak",
                            "zh": "面试中：只打分，不发言",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>As a shadow you do exactly what the lead interviewer does with their pen: write down "
                            "the candidate's words and actions, link them to dimensions, and score on the same "
                            "evaluation form. You do not react, nod at good answers or frown at weak ones, and you "
                            "ask no questions unless the lead has agreed in advance to give you one at the end. Sit "
                            "where the candidate can see you but outside the conversation; on video, mute your "
                            "microphone and keep your eyes on the interview, not on another window.</p><p>In reverse "
                            "shadowing the roles change: you lead, and the mentor observes you against the same "
                            "points used for role plays, plus how you managed the time and the candidate's "
                            "questions.</p>"
                        ),
                        "zh": (
                            "<p>作为旁听者，你做的事情和主面试官手中的笔做的一样：记下候选人的言语和行为，"
                            "把它们对应到各个维度，并用同一张评价表打分。你不做任何反应：不对好的回答点头，"
                            "也不对弱的回答皱眉；除非主面试官事先同意在最后留一个问题给你，否则不提问。"
                            "坐在候选人看得见、但不在对话圈里的位置；视频面试时关闭麦克风，目光留在面试画面上，"
                            "不要切到别的窗口。</p><p>在反向旁听中角色互换：由你主持，"
                            "导师按照角色扮演中使用的同样要点观察你，另外还会关注你对时间和候选人提问的把控。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "After: the debrief",
                            "zh": "面试后：复盘",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Hold the debrief on the same day, and within 24 hours at most. Both of you submit "
                            "your scores before the conversation, so that neither influences the other. The mentor "
                            "then leads in a fixed order: your own view first; then the dimensions where your score "
                            "and the mentor's differ by two points or more, examined through the evidence each of "
                            "you wrote down; then one or two specific things to keep and one or two to change, each "
                            "stated as an observation, its effect and an alternative. The mentor writes the feedback "
                            "into the programme record, and you confirm that you have read it.</p>"
                        ),
                        "zh": (
                            "<p>复盘在当天进行，最晚不超过24小时。双方在讨论之前各自提交评分，以免相互影响。"
                            "随后由导师按固定顺序主持：先听你自己的看法；再看你和导师评分相差两分及以上的维度，"
                            "对照双方各自记下的证据逐一讨论；最后指出一两点值得保持的做法和一两点需要改进的地方，"
                            "每一点都按“观察到的行为—产生的影响—替代做法”来表述。导师把反馈写入项目记录，你确认已阅。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Reverse-shadowing debrief: a question about origin",
                            "zh": "反向旁听复盘：关于出身的提问",
                        },
                        "setting": {
                            "en": (
                                "A 20-minute debrief in a meeting room in London, straight after a real interview "
                                "for a field-service engineer. The learner led and the mentor observed. In the small "
                                "talk at the start, the learner asked the candidate, who has a Nigerian surname and "
                                "a Manchester accent, “Where are you originally from?” The rest of the interview was "
                                "well structured."
                            ),
                            "zh": (
                                "伦敦一间会议室，一场现场服务工程师岗位的真实面试刚结束，随即进行20分钟的复盘。"
                                "面试由学员主持，导师旁听。开场寒暄时，学员问候选人（姓氏是尼日利亚姓氏，"
                                "说话带曼彻斯特口音）：“你原来是哪里人？”面试的其余部分结构清晰。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Mentor: certified senior interviewer",
                                    "zh": "导师：认证高级面试官",
                                },
                                "brief": {
                                    "en": (
                                        "Start by asking the learner how they think it went. Raise the origin "
                                        "question with the exact words and time from your notes. Explain why it "
                                        "matters: it does not help assess any dimension, it can make the candidate "
                                        "feel that their origin is being noticed, and race, which under the Equality "
                                        "Act 2010 (s. 9) includes nationality and ethnic or national origins, is a "
                                        "protected characteristic. Agree a better opening. Then cover the strengths "
                                        "of the interview and the dimension where your scores differ most."
                                    ),
                                    "zh": (
                                        "先问学员自己觉得面试怎么样。然后依据你的记录，"
                                        "用原话和时间点提出关于出身的那个问题。解释为什么这很重要："
                                        "它对评估任何维度都没有帮助，可能让候选人觉得自己的出身受到了关注；"
                                        "而且根据英国《2010年平等法》第9条，种族（包括国籍、民族或国家出身）"
                                        "是受保护特征。商定一个更好的开场方式。接着谈这场面试的优点，"
                                        "以及你们评分差异最大的那个维度。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Learner",
                                    "zh": "学员",
                                },
                                "brief": {
                                    "en": (
                                        "You think the interview went well. When the origin question comes up, be "
                                        "defensive at first: “It was just small talk; I ask everyone that.” Accept "
                                        "the point if the mentor explains it clearly and without blame. You scored "
                                        "the candidate 4 on problem-solving; the mentor scored 2."
                                    ),
                                    "zh": (
                                        "你觉得面试进行得不错。当导师提到出身问题时，先表现出防御：“这只是寒暄而已，"
                                        "我对谁都这么问。”如果导师解释得清楚且没有指责的意味，就接受这个意见。"
                                        "你给候选人的问题解决能力打了4分，导师打了2分。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer: programme lead",
                                    "zh": "观察员：项目负责人",
                                },
                                "brief": {
                                    "en": (
                                        "Observe the mentor's feedback, not the learner. Take notes on the order, "
                                        "specificity and tone of the debrief."
                                    ),
                                    "zh": "观察的是导师如何反馈，而不是学员。记录复盘的顺序、具体程度和语气。",
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• The learner's own view invited before the mentor's.\n• The origin question raised "
                                "with evidence (time and exact words), its risk explained calmly, and an alternative "
                                "agreed, for example “How was your journey here today?”\n• The 4-versus-2 difference "
                                "examined through what the candidate actually said, not settled by seniority.\n• "
                                "Strengths described as specifically as the points to change.\n• Feedback written up "
                                "with no more than two actions, and the learner confirmed understanding."
                            ),
                            "zh": (
                                "• 先请学员谈自己的看法，再由导师发表意见。\n• 提出出身问题时有证据（时间点和原话），"
                                "冷静地解释其风险，并商定替代说法，例如“今天过来路上还顺利吗？”\n• 对4分与2分的差异，"
                                "依据候选人的实际回答来讨论，而不是按资历定夺。\n• "
                                "对优点的描述与对改进点的描述同样具体。\n• 书面反馈中的行动项不超过两条，"
                                "学员确认已理解。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "The shadow's checklist",
                            "zh": "旁听者清单",
                        },
                        "items": [
                            {
                                "en": (
                                    "The candidate told about you in the invitation and again at the start of the "
                                    "interview."
                                ),
                                "zh": "已在面试邀请中、并在面试开始时再次向候选人说明你的身份。",
                            },
                            {
                                "en": "Your role agreed with the lead: silent, or one question at the end.",
                                "zh": "已与主面试官商定你的角色：全程不发言，或在最后提一个问题。",
                            },
                            {
                                "en": "A blank evaluation form and the question plan in front of you.",
                                "zh": "手边有空白评价表和提问计划。",
                            },
                            {
                                "en": "Notes of words and actions, linked to dimensions, with no impressions.",
                                "zh": "记录的是言语和行为，并对应到维度，不写印象。",
                            },
                            {
                                "en": "Your scores submitted before the debrief.",
                                "zh": "复盘前已提交你的评分。",
                            },
                            {
                                "en": "The debrief held within 24 hours and the mentor's feedback recorded.",
                                "zh": "24小时内完成复盘，导师反馈已记录在案。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: shadowing and feedback",
                            "zh": "小测：旁听与反馈",
                        },
                        "category": "Evaluation and fairness/Decisions and feedback",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "case-reviews",
            "title": {
                "en": "Case reviews: real interview mistakes and what should have happened",
                "zh": "案例复盘：真实面试中的错误与正确做法",
            },
            "minutes": 35,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A case review takes a real interview mistake, with names and details changed, and "
                            "asks four questions: what happened, why it was a problem, what it cost and what should "
                            "have happened instead. The cases below are composites of things that happen regularly "
                            "in cross-border hiring. Most were made by capable, well-meaning managers, and that is "
                            "the point: a mistake becomes a pattern when nobody reviews it. For each case, decide "
                            "your own answer to the four questions before reading the card.</p>"
                        ),
                        "zh": (
                            "<p>案例复盘选取真实面试中发生的错误（姓名和细节已作改动），围绕四个问题展开："
                            "发生了什么，问题出在哪里，造成了什么代价，本应怎样做。"
                            "下面的案例是跨境招聘中经常出现的情况的综合。犯错的大多是能干且出于好意的经理，"
                            "这恰恰说明问题：没有人复盘，一次失误就会变成一种惯例。请在阅读每张卡片之前，"
                            "先自己回答这四个问题。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Case 1: the travel question in Munich",
                            "zh": "案例一：慕尼黑的出差问题",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A sales director interviewing for a key account manager in Munich told a 34-year-old "
                            "candidate that the role involved a lot of travel and asked: “Are you planning to have "
                            "children in the next few years?” She said no. She was not hired, and a male candidate "
                            "with similar scores was. She then wrote to HR that she had been asked about family "
                            "planning and asked for the reasons for the decision. The company could not show from "
                            "the evaluation forms that the decision rested on job-related evidence, because the "
                            "forms had almost no notes, and it settled.</p>"
                        ),
                        "zh": (
                            "<p>一位销售总监在慕尼黑面试大客户经理时，告诉一位34岁的女性候选人这个岗位出差很多，"
                            "并问她：“你未来几年有生孩子的打算吗？”她回答没有。结果她没有被录用，"
                            "录用的是一位得分相近的男性候选人。随后她写信给人力资源，说自己在面试中被问到生育计划，"
                            "并要求说明决定的理由。由于评价表上几乎没有记录，公司无法证明决定是基于与岗位相关的证据，"
                            "最终选择了和解。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Family planning and pregnancy",
                            "zh": "生育计划与怀孕",
                        },
                        "regions": [
                            "DE",
                        ],
                        "why_risky": {
                            "en": (
                                "The question is asked almost only of women, so the answer, or a refusal to answer, "
                                "can only feed a decision based on sex. If the candidate is rejected, the question "
                                "itself becomes evidence that sex played a part, and the employer then has to prove "
                                "that it did not."
                            ),
                            "zh": (
                                "这个问题几乎只会问女性，因此无论对方如何回答、甚至拒绝回答，"
                                "都只可能让决定受到性别因素的影响。一旦候选人被拒，"
                                "这个问题本身就成为性别因素起了作用的证据，雇主就必须证明并非如此。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Allgemeines Gleichbehandlungsgesetz (AGG) 2006, §§ 1, 3(1) and 7: less favourable "
                                "treatment because of pregnancy or maternity is direct sex discrimination. § 22: "
                                "once there are indications of discrimination, the burden of proof shifts to the "
                                "employer. § 15(2): compensation, capped at three months' pay if the applicant would "
                                "not have been hired even without discrimination; a claim must be raised in writing "
                                "within two months (§ 15(4)). Case law allows the applicant to answer the question "
                                "untruthfully (BAG, 6 February 2003, 2 AZR 621/01)."
                            ),
                            "zh": (
                                "德国《一般平等待遇法》（Allgemeines Gleichbehandlungsgesetz，AGG，2006年）第1条、"
                                "第3条第1款和第7条：因怀孕或生育而给予不利待遇构成直接的性别歧视。第22条："
                                "一旦存在歧视的迹象，举证责任转由雇主承担。第15条第2款：赔偿金；"
                                "如果即使没有歧视求职者也不会被录用，赔偿以三个月工资为上限；"
                                "主张须在两个月内以书面形式提出（第15条第4款）。"
                                "判例允许求职者对这一问题不如实回答（联邦劳动法院，2003年2月6日，2 AZR 621/01）。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "State the requirement and ask every candidate the same question: “The role involves "
                                "about 40 % travel, usually two or three nights a week in Bavaria and Austria. Is "
                                "that workable for you?”"
                            ),
                            "zh": (
                                "说明岗位要求，并向每位候选人提出同样的问题：“这个岗位大约40%的时间需要出差，"
                                "通常每周在巴伐利亚和奥地利住两三晚。这对您来说可行吗？”"
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
                            "en": "Case 2: the medical certificate in Monterrey",
                            "zh": "案例二：蒙特雷的“未孕证明”",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A plant in Monterrey asked every woman shortlisted for assembly roles to bring a "
                            "medical certificate showing that she was not pregnant, because “that is how the "
                            "previous owner did it”. One candidate complained to the labour authorities. The same "
                            "pre-employment checklist had already been copied to the company's new site in Brazil, "
                            "where the practice is a crime.</p>"
                        ),
                        "zh": (
                            "<p>蒙特雷的一家工厂要求所有进入装配岗位候选名单的女性提交一份证明自己未怀孕的医疗证明，"
                            "理由是“以前的老板就是这么做的”。一位候选人向劳动主管部门投诉。"
                            "而同一份入职前检查清单已经被照搬到了公司在巴西的新厂区，在巴西这种做法构成犯罪。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Pregnancy tests and certificates",
                            "zh": "妊娠检测与“未孕证明”",
                        },
                        "regions": [
                            "MX",
                            "BR",
                        ],
                        "why_risky": {
                            "en": (
                                "Requiring proof of non-pregnancy excludes women from work because they might become "
                                "mothers. It is one of the clearest forms of sex discrimination and is expressly "
                                "prohibited in both countries, however routine it once was locally."
                            ),
                            "zh": (
                                "要求提供未怀孕证明，等于因为女性可能成为母亲而把她们挡在门外。"
                                "这是最明显的性别歧视形式之一，无论当地过去多么习以为常，两国法律都已明令禁止。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Mexico: Ley Federal del Trabajo, Art. 133, fraction XIV, prohibits employers from "
                                "requiring non-pregnancy certificates for hiring, continued employment or promotion, "
                                "and fraction I prohibits refusing to hire on grounds including gender, age, marital "
                                "status and health conditions. Brazil: Lei nº 9.029/1995, Art. 1, prohibits "
                                "discriminatory practices in access to employment, and Art. 2 makes requiring any "
                                "test, examination or certificate relating to pregnancy or sterilisation a crime "
                                "punishable by one to two years' detention and a fine."
                            ),
                            "zh": (
                                "墨西哥：《联邦劳动法》（Ley Federal del Trabajo）第133条第十四项禁止雇主在录用、"
                                "留用或晋升时要求提供未孕医疗证明；第一项禁止以性别、年龄、婚姻状况、"
                                "健康状况等理由拒绝录用。巴西：第9.029/1995号法律第1条禁止在就业准入中采取歧视性做法"
                                "；第2条规定，要求进行任何与怀孕或绝育有关的检测、检查或提供相关证明属于犯罪，"
                                "可处一至两年监禁并处罚金。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Nothing about pregnancy. Any medical examination must be job-related, the same for "
                                "every candidate for the role and handled by occupational health in line with local "
                                "law, never by the interviewer."
                            ),
                            "zh": (
                                "不涉及任何与怀孕有关的内容。任何体检都必须与岗位相关、对该岗位所有候选人一视同仁，"
                                "并由职业健康部门依照当地法律办理，绝不能由面试官处理。"
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
                            "en": "Case 3: “What year did you graduate?” in Austin",
                            "zh": "案例三：奥斯汀的“你哪年毕业？”",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>An engineering manager interviewing for a senior test engineer in Austin, Texas, "
                            "asked: “What year did you graduate? Just to get a sense of how long you've been "
                            "working.” Later, talking about the travel, he asked: “Any health issues we should know "
                            "about?” The candidate, who was 58, was rejected in favour of a 31-year-old and filed a "
                            "charge with the Equal Employment Opportunity Commission.</p>"
                        ),
                        "zh": (
                            "<p>一位工程经理在得克萨斯州奥斯汀面试高级测试工程师时问道：“你是哪一年毕业的？"
                            "我就是想了解一下你工作多少年了。”后来谈到出差时，他又问："
                            "“有没有什么健康问题需要我们知道的？”这位58岁的候选人落选，录用的是一位31岁的候选人。"
                            "他随后向美国平等就业机会委员会（EEOC）提出了指控。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Age and health before an offer",
                            "zh": "录用前询问年龄与健康状况",
                        },
                        "regions": [
                            "US",
                        ],
                        "why_risky": {
                            "en": (
                                "Graduation year is a stand-in for age, and a general health question before an "
                                "offer invites the disclosure of a disability. Neither tells you whether the "
                                "candidate can do the job; both create evidence that age or disability influenced "
                                "the decision."
                            ),
                            "zh": (
                                "毕业年份实际上就是在问年龄；录用前笼统地询问健康状况，则可能引出残障信息。"
                                "这两个问题都无法告诉你候选人能否胜任工作，却都会留下年龄或残障影响了决定的证据。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "Age Discrimination in Employment Act of 1967 (ADEA), which protects people aged 40 "
                                "and over. Americans with Disabilities Act of 1990, 42 U.S.C. § 12112(d): no "
                                "disability-related questions or medical examinations before a conditional offer; an "
                                "employer may ask whether the candidate can perform the essential functions of the "
                                "job, with or without reasonable accommodation. State laws may add further "
                                "protection."
                            ),
                            "zh": (
                                "美国《1967年就业年龄歧视法》（ADEA），保护40岁及以上人士。《1990年美国残疾人法》"
                                "（ADA），《美国法典》第42编第12112条(d)款：在发出附条件录用通知之前，"
                                "不得提出与残障相关的问题，也不得要求体检；"
                                "雇主可以询问候选人在有或没有合理便利的情况下，能否履行岗位的基本职能。"
                                "各州法律可能提供更多保护。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "“How many years have you worked in hardware testing, and on which kinds of "
                                "product?” and “The role involves about a week of travel a month, including flights "
                                "to Shenzhen. Can you perform the essential functions of the job as described, with "
                                "or without reasonable accommodation?”"
                            ),
                            "zh": (
                                "“您在硬件测试领域工作了多少年？做过哪些类型的产品？”以及“这个岗位每月大约出差一周，"
                                "包括飞往深圳。按照岗位描述，无论是否需要合理便利，您能否履行岗位的基本职能？”"
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
                            "en": "Case 4: the family question in Osaka",
                            "zh": "案例四：大阪的家庭问题",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A manager from headquarters, interviewing in Japanese for a procurement specialist "
                            "in Osaka and trying to build rapport, asked what the candidate's parents did for a "
                            "living and where the family came from. The candidate answered politely, then told the "
                            "recruitment agency that the company seemed old-fashioned, and withdrew.</p>"
                        ),
                        "zh": (
                            "<p>一位总部经理在大阪用日语面试采购专员，为了拉近距离，问候选人父母是做什么工作的、"
                            "家里是哪里人。候选人礼貌地作了回答，随后告诉猎头公司这家公司的做法很守旧，"
                            "并退出了招聘流程。</p>"
                        ),
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Family background and place of origin",
                            "zh": "家庭背景与籍贯",
                        },
                        "regions": [
                            "JP",
                        ],
                        "why_risky": {
                            "en": (
                                "In Japan, questions about family occupation, registered domicile (本籍) or "
                                "birthplace have a long history of being used to screen out people from communities "
                                "that faced discrimination. Many candidates, and the agencies that place them, take "
                                "such a question as a sign of an unfair employer."
                            ),
                            "zh": (
                                "在日本，询问家庭成员职业、本籍或出生地的做法，"
                                "长期以来曾被用来把受歧视群体的人排除在外。许多候选人以及为他们推荐职位的中介机构，"
                                "都会把这类问题视为雇主不公正的信号。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "The Ministry of Health, Labour and Welfare's guidance on fair recruitment selection "
                                "(公正な採用選考) lists family matters, registered domicile and birthplace, "
                                "religion, political party and trade-union activity among the things that should not "
                                "be asked or collected, because they can lead to employment discrimination. The "
                                "guidance is administrative rather than statute, but the Employment Security Act "
                                "(職業安定法) and the guidelines under it restrict the personal information "
                                "collected from job seekers to what the hiring purpose requires, and prohibit "
                                "collecting items such as place of origin, beliefs and union membership unless there "
                                "is a special occupational need."
                            ),
                            "zh": (
                                "厚生劳动省关于公正招聘选拔（公正な採用選考）的指导意见，把家庭情况、本籍和出生地、"
                                "宗教、支持的政党、工会活动等列为不应询问或收集的事项，因为这些可能导致就业歧视。"
                                "该指导意见属于行政指导而非法律条文，但《职业安定法》（職業安定法）"
                                "及其配套指针要求向求职者收集的个人信息以招聘目的所必需为限，"
                                "并且除非有特殊的职业上的必要，禁止收集籍贯、思想信条、工会加入情况等信息。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "Build rapport around the day and the work: “How was your journey here?” or “What "
                                "drew you to procurement?” Ask only what relates to the role."
                            ),
                            "zh": (
                                "围绕当天的情况和工作本身来拉近距离：“今天过来路上还顺利吗？”"
                                "或“您当初为什么选择做采购？”只问与岗位相关的内容。"
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
                            "en": "Case 5: “Welcome aboard”",
                            "zh": "案例五：“欢迎加入”",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>At the end of a strong interview in Kuala Lumpur, a hiring manager shook the "
                            "candidate's hand and said: “Welcome aboard. HR will send the paperwork.” The panel met "
                            "the next day. The second interviewer had serious doubts about the candidate's answers "
                            "on compliance, and the panel rejected him. On the strength of the handshake, the "
                            "candidate had already resigned from his job. HR spent weeks handling his complaint, and "
                            "the hiring manager was taken off the interviewer list until he had retaken the "
                            "certification.</p><p>What should have happened: a warm close, a clear timetable and no "
                            "verdict. The decision belongs to the panel once every form is in. This case involves no "
                            "protected topic; it shows that the most expensive mistakes are often the simplest.</p>"
                        ),
                        "zh": (
                            "<p>在吉隆坡，一场表现出色的面试结束时，用人经理握着候选人的手说：“欢迎加入，"
                            "人力资源会把手续发给你。”面试小组第二天开会，"
                            "第二位面试官对候选人在合规问题上的回答存有严重疑虑，小组最终没有录用他。"
                            "而候选人凭着那次握手，已经向原单位提出了辞职。人力资源花了好几周处理他的投诉，"
                            "这位用人经理也被移出了面试官名单，直到重新通过认证。</p><p>本应怎样做：热情地收尾，"
                            "说清楚时间安排，不给结论。所有评价表提交之后，由面试小组作出决定。"
                            "这个案例不涉及任何受保护话题；它说明，代价最高的错误往往是最简单的错误。</p>"
                        ),
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: case reviews",
                            "zh": "小测：案例复盘",
                        },
                        "category": "Evaluation and fairness/Bias and fairness",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "calibration-sessions",
            "title": {
                "en": "Calibration sessions: making a score mean the same thing",
                "zh": "校准会：让同一个分数代表同样的含义",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Two trained interviewers can hear the same answer and score it 2 and 4. Neither is "
                            "being dishonest: they read the anchors differently, noticed different parts of the "
                            "answer, or were influenced by something other than the evidence. Calibration (校准) is "
                            "the regular practice that makes a 3 mean the same thing whoever gives it. Without it, a "
                            "candidate's chances depend on which interviewer they happen to meet, and the pass rate "
                            "measures the interviewers rather than the candidates.</p>"
                        ),
                        "zh": (
                            "<p>两位受过训练的面试官听到同一个回答，可能一个打2分、一个打4分。两人都没有不诚实："
                            "他们对锚点的理解不同，注意到的是回答的不同部分，或者受到了证据以外因素的影响。"
                            "校准就是一种定期进行的练习，让“3分”无论出自谁手都代表同样的含义。没有校准，"
                            "候选人的机会就取决于碰巧遇到哪位面试官，通过率衡量的也就变成了面试官而不是候选人。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Where scores drift apart",
                            "zh": "评分为何出现偏差",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Different readings of the anchors:</strong> one interviewer's “solid "
                            "evidence” is another's “some evidence”.</li><li><strong>Halo and horn effects:</strong> "
                            "one very good or very bad answer colours every other "
                            "dimension.</li><li><strong>Similarity bias:</strong> higher scores for candidates who "
                            "share the interviewer's background, school, style or language.</li><li><strong>Fluency "
                            "bias:</strong> confident English or Mandarin read as competence, and an accent, a "
                            "modest style or an interpreter read as weakness.</li><li><strong>Contrast "
                            "effect:</strong> a candidate scored against the previous candidate rather than against "
                            "the anchors.</li><li><strong>Leniency, severity and central tendency:</strong> an "
                            "interviewer who gives nearly everyone a 4, a 2 or a 3.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>对锚点理解不同：</strong>一位面试官眼中的“证据充分”，"
                            "在另一位看来只是“有一些证据”。</li><li><strong>光环效应与尖角效应："
                            "</strong>一个特别好或特别差的回答影响了对其他所有维度的判断。"
                            "</li><li><strong>相似性偏差：</strong>给与自己背景、学校、"
                            "风格或语言相近的候选人打更高的分。</li><li><strong>流利度偏差："
                            "</strong>把自信流利的英语或普通话当成能力强，把口音、谦逊的风格或借助口译当成能力弱。"
                            "</li><li><strong>对比效应：</strong>拿候选人与上一位候选人比较打分，而不是对照锚点打分。"
                            "</li><li><strong>宽松、严苛与居中倾向：</strong>面试官几乎给所有人都打4分、2分或3分。"
                            "</li></ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Running a calibration session",
                            "zh": "如何组织校准会",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ol><li>Choose the material: a recorded role play, a real interview recorded with the "
                            "candidate's consent, or a written transcript. Everyone watches or reads the same "
                            "thing.</li><li>Everyone scores every dimension alone, with evidence notes, before any "
                            "discussion.</li><li>All scores are revealed at the same time, in one shared "
                            "table.</li><li>The dimensions with the widest spread are discussed first. Each person "
                            "states the evidence behind their score; the discussion is about evidence and anchors, "
                            "not about who is right.</li><li>The group agrees what the anchors mean for that kind of "
                            "evidence and writes the agreement down as a short rule or example in the form's "
                            "guidance.</li><li>The session is repeated every quarter, and whenever one interviewer's "
                            "score distribution or pass rate stands out.</li></ol>"
                        ),
                        "zh": (
                            "<ol><li>选择材料：一段角色扮演录像、一场经候选人同意录制的真实面试，或一份文字记录。"
                            "所有人观看或阅读同一份材料。</li><li>讨论开始前，每个人独立为每个维度打分，并写下证据。"
                            "</li><li>所有人的评分同时公布在同一张共享表格里。</li><li>先讨论分歧最大的维度。"
                            "每个人说明自己打分所依据的证据；讨论围绕证据和锚点，而不是争论谁对谁错。"
                            "</li><li>小组就这类证据对应哪个锚点达成一致，"
                            "并把共识以简短规则或示例的形式写进评价表的说明里。</li><li>每季度进行一次；"
                            "当某位面试官的评分分布或通过率明显异常时，也要及时进行。</li></ol>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Calibration meeting on a recorded role play",
                            "zh": "基于角色扮演录像的校准会",
                        },
                        "setting": {
                            "en": (
                                "Six interviewers from sales and engineering meet for 60 minutes. Each has watched "
                                "the same 30-minute recorded role play (the country manager for the UAE) and scored "
                                "it alone. On business insight the scores are 5, 4, 4, 3, 2 and 2."
                            ),
                            "zh": (
                                "来自销售和工程部门的六位面试官开会60分钟。"
                                "每个人都看过同一段30分钟的角色扮演录像（阿联酋国家经理），并各自独立打了分。"
                                "在“商业洞察”这一维度上，分数分别是5、4、4、3、2、2。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Facilitator: HR programme lead",
                                    "zh": "主持人：人力资源项目负责人",
                                },
                                "brief": {
                                    "en": (
                                        "Collect all scores before the meeting and show them together. Start with "
                                        "business insight, the widest spread. Ask the person who gave 5 and one of "
                                        "those who gave 2 to state their evidence, with times from the recording. "
                                        "Keep the discussion on evidence and anchors, and ask the most senior person "
                                        "in the room to speak last. Finish by writing down the agreed reading of the "
                                        "anchor."
                                    ),
                                    "zh": (
                                        "会前收齐所有评分，并集中展示。从分歧最大的“商业洞察”开始。"
                                        "请打5分的人和一位打2分的人说明各自的证据，并给出录像中的时间点。"
                                        "让讨论始终围绕证据和锚点，并请在场职位最高的人最后发言。"
                                        "最后把达成一致的锚点解读写下来。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Lenient interviewer (gave 5)",
                                    "zh": "宽松的面试官（打了5分）",
                                },
                                "brief": {
                                    "en": (
                                        "You were impressed: the candidate “clearly knows the market inside out” and "
                                        "spoke confidently about competitors. When asked for evidence, you struggle "
                                        "to name a decision she made from data. Change your score if the evidence "
                                        "convinces you."
                                    ),
                                    "zh": (
                                        "你对候选人印象深刻：她“显然对市场了如指掌”，谈起竞争对手也很自信。"
                                        "被要求拿出证据时，你很难说出她依据数据做过哪个决定。如果证据说服了你，"
                                        "就调整你的分数。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Strict interviewer (gave 2)",
                                    "zh": "严格的面试官（打了2分）",
                                },
                                "brief": {
                                    "en": (
                                        "You gave 2 because the candidate gave no figures. Going back over your "
                                        "notes, however, you find that she described choosing Oman over Qatar for a "
                                        "second distributor because of tender volumes. Mention it once the "
                                        "discussion turns to specifics."
                                    ),
                                    "zh": (
                                        "你打2分是因为候选人没有给出数字。但重新翻看记录时，"
                                        "你发现她讲过根据招标量选择阿曼而不是卡塔尔来发展第二家经销商。"
                                        "讨论进入具体细节时提出这一点。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Senior sales director (gave 4)",
                                    "zh": "资深销售总监（打了4分）",
                                },
                                "brief": {
                                    "en": (
                                        "You are the most senior person present and usually speak first. Wait until "
                                        "you are asked. If someone asks you to “just decide”, decline and ask for "
                                        "the evidence."
                                    ),
                                    "zh": (
                                        "你是在场职位最高的人，通常习惯第一个发言。这次要等到被点名再说。"
                                        "如果有人请你“直接拍板”，要婉拒，并请大家拿出证据。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Watch the process, not the candidate. Note who speaks when, and whether the "
                                        "discussion refers to the recording."
                                    ),
                                    "zh": (
                                        "观察的是会议过程，而不是候选人。记录谁在什么时候发言，"
                                        "以及讨论是否引用了录像内容。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• Independent scores collected before any discussion.\n• The widest spread "
                                "discussed first, with evidence and times quoted from the recording.\n• Impressions "
                                "such as “she clearly knows the market” turned into evidence or set aside.\n• No "
                                "drift towards the most senior person's score; the senior person spoke last.\n• An "
                                "agreed, written reading of the business-insight anchor, for example “a 4 needs at "
                                "least one decision made from market data, with its result”.\n• Interviewers whose "
                                "scores moved can say which evidence moved them."
                            ),
                            "zh": (
                                "• 讨论开始前已收齐独立评分。\n• 先讨论分歧最大的维度，并引用录像中的证据和时间点。"
                                "\n• “她显然很懂市场”这类印象，要么转化为证据，要么被搁置。\n• "
                                "没有向职位最高者的分数靠拢；职位最高者最后发言。\n• 对商业洞察的锚点达成了书面共识，"
                                "例如“4分要求至少有一个依据市场数据作出的决定及其结果”。\n• "
                                "调整了分数的面试官能说出是哪条证据让他改变了看法。"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Writing evidence notes",
                            "zh": "书写证据记录",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "“Chose Oman over Qatar for the second distributor; tender volume about "
                                        "three times higher (min 14).”"
                                    ),
                                    "zh": "“第二家经销商选了阿曼而非卡塔尔；招标量约为三倍（第14分钟）。”",
                                },
                                "dont": {
                                    "en": "“Knows the market very well.”",
                                    "zh": "“非常了解市场。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "“Said ‘we’ throughout; after a probe, said she personally ran weekly "
                                        "partner reviews.”"
                                    ),
                                    "zh": "“全程说‘我们’；经追问，说明由她本人主持每周的合作伙伴例会。”",
                                },
                                "dont": {
                                    "en": "“Not a team player?”",
                                    "zh": "“团队合作意识不强？”",
                                },
                            },
                            {
                                "do": {
                                    "en": "“No example of building a direct team after two probes.”",
                                    "zh": "“追问两次后，仍未举出组建直属团队的例子。”",
                                },
                                "dont": {
                                    "en": "“Probably couldn't build a team.”",
                                    "zh": "“估计带不了团队。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Write the score and the evidence together, during the interview or straight "
                                        "after it."
                                    ),
                                    "zh": "在面试过程中或结束后立即同时写下分数和证据。",
                                },
                                "dont": {
                                    "en": "Fill in the form from memory the next day.",
                                    "zh": "第二天凭记忆补填评价表。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "Watch your own distribution",
                            "zh": "关注自己的评分分布",
                        },
                        "body": {
                            "en": (
                                "<p>Once a quarter, ask HR for your own score distribution: how often you give each "
                                "score, your pass rate, and how your scores compare with other panel members' on the "
                                "same candidates. If you give 3 to nearly everyone, or pass far fewer candidates "
                                "than your colleagues, bring it to the next calibration session. A low pass rate "
                                "across the whole pool is a sourcing question; a low pass rate for one interviewer "
                                "is a calibration question.</p>"
                            ),
                            "zh": (
                                "<p>每季度请人力资源提供一次你本人的评分分布：各分值出现的频率、你的通过率，"
                                "以及在同一批候选人上你与其他小组成员评分的对比。如果你几乎给所有人都打3分，"
                                "或者通过的人数远少于同事，就把它带到下一次校准会上讨论。整个候选人池通过率都低，"
                                "是寻访的问题；只有某一位面试官通过率低，是校准的问题。</p>"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: scoring and calibration",
                            "zh": "小测：评分与校准",
                        },
                        "category": "Evaluation and fairness/Scoring and calibration",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
