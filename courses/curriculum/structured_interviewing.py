"""Foundation course: structured interviewing, STAR and the evaluation form (seed data, see FORMAT in __init__)."""

from __future__ import annotations

COURSE = {
    "slug": "structured-interviewing-star",
    "order": 20,
    "title": {
        "en": "Structured interviewing and the STAR method",
        "zh": "结构化面试与STAR法则",
    },
    "summary": {
        "en": (
            "How to build an interview from the role's competencies, ask behavioural, situational and stress "
            "questions, hear a full STAR answer and score it on the standard interview evaluation form against "
            "anchors rather than impressions. With worked strong and weak STAR examples and a walkthrough of the "
            "form."
        ),
        "zh": (
            "如何依据岗位胜任力设计面试，提出行为类、情境类和压力类问题，听出一个完整的STAR回答，并对照行为锚定标准"
            "（而不是凭印象）在标准化面试评价表上打分。课程包含强弱对比的STAR案例讲解和评价表的逐项演示。"
        ),
    },
    "competency": "structured",
    "level": "foundation",
    "minutes": 155,
    "regions": [],
    "prerequisites": [],
    "objectives": [
        {
            "en": (
                "Explain what makes an interview structured and why structure predicts performance better and "
                "treats candidates more fairly than a free conversation."
            ),
            "zh": "说明什么样的面试才算结构化，以及为什么结构化面试比随意交谈更能预测工作表现、对候选人也更公平。",
        },
        {
            "en": (
                "Write behavioural, situational and stress questions from the role's competency profile, with "
                "planned follow-up probes."
            ),
            "zh": "依据岗位的胜任力模型编写行为类、情境类和压力类问题，并预先设计追问。",
        },
        {
            "en": "Use the STAR method to draw out complete answers and to tell strong evidence from weak evidence.",
            "zh": "运用STAR法则引导出完整的回答，并区分有力的证据和薄弱的证据。",
        },
        {
            "en": (
                "Complete the standard interview evaluation form: score each dimension against its behavioural "
                "anchors, write evidence notes and take part in calibration."
            ),
            "zh": "填写标准化面试评价表：对照行为锚定标准为每个维度打分，写好证据记录，并参与评分校准。",
        },
    ],
    "lessons": [
        {
            "slug": "what-makes-an-interview-structured",
            "title": {
                "en": "What makes an interview structured",
                "zh": "什么样的面试才算结构化",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Most managers believe they are good judges of people. The research on selection "
                            "says otherwise: decades of studies, summarised in large meta-analyses such as Schmidt "
                            "and Hunter (1998) and Sackett and colleagues (2022), find that structured interviews "
                            "predict later job performance considerably better than free-flowing conversations. "
                            "The reason is simple. In an unstructured interview each candidate answers different "
                            "questions, the interviewer remembers the most vivid moments, and the decision follows "
                            "whoever the interviewer felt most comfortable with. That is usually the candidate "
                            "most like the interviewer.</p><p>Structure fixes this by making every candidate meet "
                            "the same test. It also makes interviewing across borders safer: when your questions "
                            "come from the role's requirements, there is no reason to drift into family, religion "
                            "or age, and when a decision is challenged, you can show what every candidate was "
                            "asked and how each answer was scored.</p>"
                        ),
                        "zh": (
                            "<p>大多数经理都相信自己看人很准。但人才甄选研究的结论恰恰相反：几十年来的大量研究——例"
                            "如Schmidt与Hunter（1998年）以及Sackett等人（2022年）所做的大型元分析——都发现，结构化面"
                            "试对日后工作表现的预测效果明显好于随意交谈。原因很简单：在非结构化面试中，每位候选人回"
                            "答的问题各不相同，面试官只记得最鲜明的片段，最终的决定往往落在面试官感觉最舒服的那个人"
                            "身上，而这通常是和面试官自己最像的人。</p><p>结构化的做法，是让每位候选人接受同样的考"
                            "察，以此纠正上述偏差。它也让跨国面试更安全：问题都源自岗位要求，就没有理由扯到家庭、宗"
                            "教或年龄上去；一旦录用决定受到质疑，你也能拿出每位候选人被问了什么、每个回答是怎么打分"
                            "的。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "The seven elements of structure",
                            "zh": "结构化面试的七个要素",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ol><li><strong>Questions come from the job.</strong> Start from the role's "
                            "competency profile, not from the CV or from your favourite "
                            "questions.</li><li><strong>Every candidate gets the same core questions in the same "
                            "order.</strong> Follow-up probes may differ, but the questions you score do "
                            "not.</li><li><strong>Probes are planned.</strong> Write two or three follow-ups for "
                            "each question so that every answer can be taken to the same "
                            "depth.</li><li><strong>Each dimension has an anchored scale.</strong> The standard "
                            "evaluation form describes what a 1, 3 and 5 look like in behaviour, so that scores "
                            "mean the same thing for every interviewer.</li><li><strong>Notes record "
                            "evidence.</strong> What the candidate said and did, in their words and "
                            "numbers.</li><li><strong>Scores are given independently and before "
                            "discussion.</strong> Otherwise the most senior or most talkative interviewer decides "
                            "for everyone.</li><li><strong>The panel has roles.</strong> Decide in advance who "
                            "asks which questions, who keeps time and who covers the candidate's "
                            "questions.</li></ol>"
                        ),
                        "zh": (
                            "<ol><li><strong>问题来自岗位。</strong>从岗位的胜任力模型出发，而不是从简历或你自己偏"
                            "爱的问题出发。</li><li><strong>每位候选人以同样的顺序回答同样的核心问题。</strong>追问"
                            "可以不同，但用来打分的问题必须相同。</li><li><strong>追问事先设计。</strong>每个问题准"
                            "备两三个追问，确保每个回答都能挖到同样的深度。</li><li><strong>每个维度都有锚定量表。"
                            "</strong>标准化面试评价表用行为描述了1分、3分、5分分别是什么样子，让每位面试官打出的分"
                            "数含义一致。</li><li><strong>记录的是证据。</strong>候选人说了什么、做了什么，用他们自"
                            "己的话和数字记下来。</li><li><strong>独立打分，先打分后讨论。</strong>否则最资深或最健"
                            "谈的面试官就替所有人做了决定。</li><li><strong>面试小组分工明确。</strong>事先定好谁问"
                            "哪些问题、谁控制时间、谁负责回答候选人的提问。</li></ol>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Where the questions come from: the layered competency profile",
                            "zh": "问题从哪里来：分层胜任力矩阵",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Our roles abroad use a layered competency profile. For <strong>senior "
                            "leaders</strong> the profile centres on strategic leadership: a pioneering spirit, "
                            "business insight, the ability to integrate resources across cultures, and a long-term "
                            "commitment to building the business locally. For <strong>team members</strong> it "
                            "centres on a genuine wish to join and identify with the company's culture, high "
                            "potential, acting as a bridge between local culture and the local business, a firm "
                            "compliance baseline, and the ability to carry out headquarters' strategy while "
                            "feeding local insight back. Each role adds its own professional skills, such as "
                            "demand planning or key-account management.</p><p>These competencies become the "
                            "dimensions on the evaluation form, and every question you ask should be aimed at one "
                            "of them. If you cannot say which dimension a question serves, do not ask it.</p>"
                        ),
                        "zh": (
                            "<p>我们的海外岗位采用分层胜任力矩阵。对<strong>高层管理者</strong>，核心是战略领导力："
                            "开拓精神、商业洞察、跨文化资源整合能力，以及对本地化经营的长期投入。对<strong>团队成员"
                            "</strong>，核心是真心愿意加入并认同公司文化、具备高潜力、能在当地文化与当地业务之间发"
                            "挥桥梁作用、守得住合规底线，并且既能执行总部战略、又能把当地的洞察反馈回来。每个岗位还"
                            "会加上各自的专业技能，例如需求计划或大客户管理。</p><p>这些胜任力就是评价表上的各个维"
                            "度，你提出的每个问题都应当对准其中一个维度。如果说不出某个问题服务于哪个维度，就不要问。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "Structure is not a script",
                            "zh": "结构化不等于照本宣科",
                        },
                        "body": {
                            "en": (
                                "<p>A structured interview can still be warm. Greet the candidate properly, "
                                "explain the format, and tell them why you ask everyone the same questions: 'so "
                                "that every candidate is judged on the same things'. Most candidates, in every "
                                "market, find that reassuring rather than cold.</p>"
                            ),
                            "zh": (
                                "<p>结构化面试同样可以有温度。好好问候候选人，说明面试形式，并告诉对方为什么向每个"
                                "人提同样的问题：“为了让每位候选人都按同样的标准来评价。”在任何市场，大多数候选人听"
                                "了都会觉得安心，而不是冷冰冰。</p>"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Structured or not?",
                            "zh": "结构化还是非结构化？",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "Ask every demand-planner candidate the same four core questions, in the "
                                        "same order."
                                    ),
                                    "zh": "向每位需求计划员候选人按同样顺序提出同样的四个核心问题。",
                                },
                                "dont": {
                                    "en": "Let the conversation follow whatever on the CV catches your eye.",
                                    "zh": "简历上什么吸引你，就顺着聊什么。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Score each dimension on your own before the panel talks.",
                                    "zh": "在小组讨论之前，独立为每个维度打分。",
                                },
                                "dont": {
                                    "en": "Ask the hiring director what she thought and then fill in your form.",
                                    "zh": "先问用人总监怎么看，再填自己的评价表。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Tie each question to a dimension on the evaluation form.",
                                    "zh": "每个问题都对应评价表上的一个维度。",
                                },
                                "dont": {
                                    "en": (
                                        "Ask 'What's your star sign?' or 'What would your family say about you?' "
                                        "to 'see the real person'."
                                    ),
                                    "zh": "为了“看到真实的人”，问“您是什么星座？”或者“您家人会怎么评价您？”。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: the elements of structure",
                            "zh": "小测：结构化面试的要素",
                        },
                        "category": "Structured interviewing and STAR/Structured questions",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "writing-questions",
            "title": {
                "en": "Writing behavioural, situational and stress questions",
                "zh": "编写行为类、情境类和压力类问题",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The unified interview question bank gives you tested questions for most "
                            "dimensions, and you should use it first. You still need to know how good questions "
                            "are built, so that you can choose well, adapt a question to a role and write a new "
                            "one when the bank has a gap.</p><h3>Four kinds of "
                            "question</h3><ul><li><strong>Behavioural</strong> questions ask for a real past "
                            "example: 'Tell me about a time when a distributor missed a delivery commitment that "
                            "affected your customers. What did you do?' Past behaviour in similar situations is "
                            "the best evidence you can collect in an "
                            "interview.</li><li><strong>Situational</strong> questions describe a realistic future "
                            "situation: 'A week before the quarter closes, headquarters asks you to cut the "
                            "forecast by 15 %, and your sales team says it is unrealistic. What do you do?' They "
                            "suit candidates with little directly relevant experience, such as "
                            "graduates.</li><li><strong>Case and technical</strong> questions test professional "
                            "skill and case analysis directly: a short data set, a process to improve, a contract "
                            "clause to explain.</li><li><strong>Stress</strong> questions test how a candidate "
                            "handles pressure the role really involves: an angry key customer, a tight deadline, a "
                            "challenge to their numbers.</li></ul><h3>From competency to question</h3><p>Take one "
                            "dimension, for example 'bridge between local culture and headquarters strategy'. "
                            "Describe what it looks like at work: explaining headquarters decisions to a local "
                            "team in terms that make sense there, and telling headquarters clearly when a plan "
                            "will not work locally. Then write the question that invites a story about exactly "
                            "that: 'Tell me about a time you had to implement a decision from headquarters that "
                            "your local team or customers disagreed with.' Finally, plan the probes: 'What did you "
                            "tell the team?', 'What did you report back, and to whom?', 'What changed as a "
                            "result?'</p>"
                        ),
                        "zh": (
                            "<p>统一面试题库为大多数维度提供了经过检验的问题，应当优先使用。但你仍然需要懂得好问题"
                            "是怎么设计出来的，这样才能选对问题、根据岗位做调整，并在题库有空缺时自己编写新问题。"
                            "</p><h3>四类问题</h3><ul><li><strong>行为类</strong>问题要求候选人讲一个真实的过往事例："
                            "“请讲一次经销商没有履行交货承诺、影响到您客户的经历。您当时做了什么？”候选人在类似情境"
                            "中的过往行为，是面试中能收集到的最好证据。</li><li><strong>情境类</strong>问题描述一个"
                            "现实的未来情境：“季度结账前一周，总部要求您把预测下调15%，而您的销售团队认为这不现实。"
                            "您会怎么做？”这类问题适合直接相关经验较少的候选人，比如应届毕业生。</li><li><strong>案"
                            "例与专业类</strong>问题直接考察专业能力和案例分析能力：一小组数据、一个待改进的流程、"
                            "一项需要解释的合同条款。</li><li><strong>压力类</strong>问题考察候选人如何应对岗位中真"
                            "实存在的压力：愤怒的大客户、紧迫的截止日期、对其数据的质疑。</li></ul><h3>从胜任力到问"
                            "题</h3><p>拿一个维度举例，比如“在当地文化与总部战略之间发挥桥梁作用”。先描述它在工作中"
                            "的样子：能用当地人听得懂的方式向本地团队解释总部的决定，也能在计划在当地行不通时清楚地"
                            "告诉总部。然后写出恰好能引出这类经历的问题：“请讲一次您必须执行一项总部决定，而本地团"
                            "队或客户并不认同的经历。”最后设计追问：“您对团队是怎么说的？”“您向总部反馈了什么？反馈"
                            "给了谁？”“结果发生了什么变化？”</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Stress questions, used responsibly",
                            "zh": "负责任地使用压力类问题",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The pressure in a stress question should come from the content, never from the "
                            "interviewer's behaviour. Present a hard, realistic situation, or challenge an answer "
                            "politely with a fact: 'Your forecast error last year was 30 %; your manager will ask "
                            "why. What do you tell her?' Do not raise your voice, interrupt on purpose, mock an "
                            "answer or stay silent to unsettle the candidate. In many cultures a deliberately "
                            "hostile interviewer causes a loss of face that ends the candidate's interest in the "
                            "company, and it tells you little about how they will behave with a real "
                            "customer.</p><p>Tell the candidate in advance that one or two questions will be "
                            "deliberately tough, keep them tied to the role, and never use pressure to push into "
                            "protected topics, for example 'Be honest: are you planning a family soon?'</p>"
                        ),
                        "zh": (
                            "<p>压力类问题的压力应当来自问题内容，而绝不是面试官的态度。可以提出一个棘手而真实的情"
                            "境，或者用一个事实礼貌地挑战候选人的回答：“您去年的预测误差是30%，您的上级会问原因，您"
                            "怎么跟她说？”不要提高嗓门、故意打断、嘲讽回答，或者用沉默让候选人不安。在很多文化中，"
                            "面试官故意表现出敌意会让候选人丢面子，从而彻底失去对公司的兴趣；而且这样做几乎看不出对"
                            "方面对真实客户时会如何表现。</p><p>事先告诉候选人，会有一两个问题故意问得比较尖锐；这"
                            "些问题要紧扣岗位；绝不能借施压之名触碰受保护的话题，例如“说实话，您是不是打算最近要孩"
                            "子？”</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Rewriting weak questions",
                            "zh": "改写有缺陷的问题",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "'Tell me about the last time you had to win back a customer who was about "
                                        "to leave.'"
                                    ),
                                    "zh": "“请讲讲您最近一次挽回一个即将流失的客户的经历。”",
                                },
                                "dont": {
                                    "en": (
                                        "'Are you good with difficult customers?' (a closed question that invites "
                                        "'yes')."
                                    ),
                                    "zh": "“您擅长应对难缠的客户吗？”（封闭式问题，对方只会回答“是”。）",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'Describe a decision you made with incomplete data. What did you know, "
                                        "and what did you do?'"
                                    ),
                                    "zh": (
                                        "“请描述一次您在数据不完整的情况下作出的决定。当时您掌握了哪些信息？您做了"
                                        "什么？”"
                                    ),
                                },
                                "dont": {
                                    "en": (
                                        "'We value people who move fast here. You move fast, right?' (a leading "
                                        "question)."
                                    ),
                                    "zh": "“我们这里看重行动快的人。您行动很快，对吧？”（诱导式问题。）",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'This role is based in Riyadh and includes travel to Jeddah about twice a "
                                        "month. Can you meet that requirement?' (asked of every candidate)."
                                    ),
                                    "zh": (
                                        "“这个岗位常驻利雅得，大约每月要去吉达出差两次。您能满足这个要求吗？”（对每"
                                        "位候选人都这样问。）"
                                    ),
                                },
                                "dont": {
                                    "en": "'With a young family, will travel be a problem for you?'",
                                    "zh": "“您家里孩子还小，出差会不会有困难？”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'What attracts you to this role and to working with a company "
                                        "headquartered in China?'"
                                    ),
                                    "zh": "“这个岗位吸引您的是什么？您为什么愿意在一家总部在中国的公司工作？”",
                                },
                                "dont": {
                                    "en": "'Where are your parents from?' as a way of testing 'cultural fit'.",
                                    "zh": "以考察“文化契合度”为名，问“您父母是哪里人？”",
                                },
                            },
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before a question goes into your interview plan",
                            "zh": "一个问题进入面试方案之前要检查的事项",
                        },
                        "items": [
                            {
                                "en": "It targets one dimension on the evaluation form.",
                                "zh": "它对准评价表上的一个维度。",
                            },
                            {
                                "en": "It is open and asks for a real example or a concrete plan.",
                                "zh": "它是开放式的，要求候选人给出真实事例或具体做法。",
                            },
                            {
                                "en": "It does not suggest the answer you want.",
                                "zh": "它没有暗示你想要的答案。",
                            },
                            {
                                "en": (
                                    "It can be answered without revealing family, health, religion, age, origin or "
                                    "any other protected information."
                                ),
                                "zh": "回答它不需要透露家庭、健康、宗教、年龄、出身或其他任何受保护的信息。",
                            },
                            {
                                "en": "It has two or three planned probes.",
                                "zh": "它配有两三个预先设计的追问。",
                            },
                            {
                                "en": "It makes sense when interpreted: short, no idioms, no double questions.",
                                "zh": "经过翻译仍然清楚：句子简短，不用习语，不把两个问题合成一问。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: writing interview questions",
                            "zh": "小测：编写面试问题",
                        },
                        "category": "Structured interviewing and STAR/Structured questions",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "the-star-method",
            "title": {
                "en": "The STAR method: hearing the whole story",
                "zh": "STAR法则：听完整个故事",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A behavioural question only produces evidence if the answer is a complete story. "
                            "STAR is the checklist you hold in your head while the candidate "
                            "talks:</p><ul><li><strong>Situation</strong>: where and when, and what was at stake. "
                            "Keep it short; thirty seconds is enough.</li><li><strong>Task</strong>: what the "
                            "candidate personally was responsible for, as opposed to what the team or the company "
                            "had to achieve.</li><li><strong>Action</strong>: what the candidate did, step by "
                            "step, and why. This is where most of the evidence "
                            "is.</li><li><strong>Result</strong>: what happened, ideally measured, and what the "
                            "candidate learned or would do differently.</li></ul><p>Candidates rarely give all "
                            "four parts unprompted. Your job is to notice which part is missing and ask for it "
                            "with a neutral probe: 'What exactly was your role?', 'What did you do first?', 'How "
                            "did you know it had worked?', 'What happened in the end?' Ask for one real occasion, "
                            "not a general habit: if you hear 'I usually…' or 'I would…', say 'Could you pick one "
                            "specific time?'</p><h3>'I' and 'we'</h3><p>Many good candidates say 'we' by habit or "
                            "by culture. In Japan, Indonesia and many other team-oriented workplaces, putting "
                            "oneself forward can feel boastful. Do not mark a candidate down for 'we'; ask 'What "
                            "was your part in that?' and score the answer to that probe. Equally, do not mistake a "
                            "confident, polished style for a strong Action: score what was done, not how well it "
                            "was told. When you interview through an interpreter, allow extra time for the story "
                            "and keep probes short.</p>"
                        ),
                        "zh": (
                            "<p>行为类问题只有在回答是一个完整故事时，才能产生证据。STAR就是候选人讲述时你心里那张"
                            "核对清单：</p><ul><li><strong>情境（Situation）</strong>：在什么地方、什么时间，关系到"
                            "什么。简短即可，三十秒足够。</li><li><strong>任务（Task）</strong>：候选人本人负责的是"
                            "什么，而不是团队或公司要达成的目标。</li><li><strong>行动（Action）</strong>：候选人一"
                            "步一步做了什么，为什么这样做。大部分证据都在这里。</li><li><strong>结果（Result）"
                            "</strong>：最后怎么样了，最好有量化数据，以及候选人学到了什么、如果重来会怎么做。"
                            "</li></ul><p>候选人很少会主动把四部分讲全。你的任务是发现缺了哪一部分，并用中性的追问"
                            "补齐：“您具体承担的是什么角色？”“您首先做了什么？”“您怎么知道它奏效了？”“最后结果如何？”"
                            "要请对方讲一次具体的经历，而不是平时的习惯：如果听到“我通常……”或“我会……”，就说“能否举"
                            "一次具体的例子？”</p><h3>“我”和“我们”</h3><p>许多优秀的候选人出于习惯或文化会说“我们”。"
                            "在日本、印度尼西亚以及其他很多注重团队的职场，突出自己会显得自夸。不要因为候选人说“我"
                            "们”就扣分；问一句“您在其中承担了哪一部分？”，然后按对这个追问的回答打分。同样，也不要"
                            "把自信流畅的表达风格误当成有力的“行动”：评的是做了什么，而不是讲得多好。通过翻译面试时，"
                            "要给讲故事留出更多时间，追问也要简短。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "One question, two answers",
                            "zh": "同一个问题，两种回答",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The question for both examples below: 'Tell me about a time you had to get a local "
                            "team to adopt a process that came from headquarters.' The role is production planning "
                            "supervisor at a plant in Campinas, Brazil.</p>"
                        ),
                        "zh": (
                            "<p>下面两个案例回答的是同一个问题：“请讲一次您必须让本地团队接受一项来自总部的流程的经"
                            "历。”岗位是巴西坎皮纳斯工厂的生产计划主管。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Rolling out a new planning process (strong)",
                            "zh": "推行新的计划流程（有力）",
                        },
                        "situation": {
                            "en": (
                                "Last year headquarters introduced a weekly sales-and-operations planning meeting "
                                "for all plants. At our plant in Campinas the planners saw it as an extra meeting "
                                "in Mandarin-English slides that nobody had asked for, and attendance after three "
                                "weeks was under half."
                            ),
                            "zh": (
                                "去年总部要求所有工厂召开每周产销协同计划会。在我们坎皮纳斯工厂，计划员们觉得这不过"
                                "是又多了一个会，而且用的是没人要求的中英文幻灯片；三周后，到会率不到一半。"
                            ),
                        },
                        "task": {
                            "en": (
                                "I was the planning supervisor, so getting the meeting to work locally was my "
                                "responsibility, and I had to report attendance and forecast accuracy to the "
                                "regional director every month."
                            ),
                            "zh": (
                                "我是计划主管，让这个会议在本地真正运转起来是我的职责；我还要每月向区域总监汇报到会"
                                "率和预测准确率。"
                            ),
                        },
                        "action": {
                            "en": (
                                "I sat down with each of the five planners to ask what was not working. Two "
                                "problems came up: the slides were not in Portuguese, and the meeting clashed with "
                                "the shift handover. I translated the template into Portuguese myself, moved the "
                                "meeting forty-five minutes later after agreeing it with the regional director, "
                                "and asked one planner to present the local data each week, rotating. I also "
                                "started sending headquarters a one-page note in English on what the local team "
                                "had changed in the forecast and why."
                            ),
                            "zh": (
                                "我和五位计划员逐一面谈，了解问题出在哪里。主要有两个：幻灯片不是葡萄牙语的；会议时"
                                "间和交接班冲突。我亲自把模板翻译成葡萄牙语，与区域总监商定后把会议推迟了四十五分钟，"
                                "并安排计划员每周轮流讲解本地数据。我还开始每周给总部发一页英文说明，讲清本地团队对"
                                "预测作了哪些调整、为什么调整。"
                            ),
                        },
                        "result": {
                            "en": (
                                "Within two months attendance was at 100 % and stayed there. Forecast accuracy for "
                                "our plant improved from 68 % to 79 % over two quarters. Headquarters adopted the "
                                "Portuguese template for our other Brazilian site. Looking back, I would have "
                                "asked the planners before the first meeting, not after the third."
                            ),
                            "zh": (
                                "两个月内到会率达到100%，此后一直保持。两个季度里，工厂的预测准确率从68%提高到79%。"
                                "总部把葡萄牙语模板推广到了我们在巴西的另一家工厂。回头看，我应该在第一次会议之前就"
                                "去听计划员的意见，而不是等到第三次之后。"
                            ),
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Every STAR element is there and the Action is clearly the candidate's own: "
                                "listening to each planner, translating, renegotiating the time, rotating "
                                "ownership, and reporting back to headquarters. That last step is direct evidence "
                                "for the 'bridge' dimension. The Result is measured, plausible and checkable in a "
                                "reference, and the candidate adds a reflection without being asked."
                            ),
                            "zh": (
                                "STAR四个要素齐全，行动也明显是候选人本人的：逐一倾听计划员、翻译模板、重新商定时间、"
                                "轮流负责，以及向总部反馈。最后一步正是“桥梁作用”这一维度的直接证据。结果有量化数据，"
                                "可信，而且可以通过背景调查核实；候选人还主动作了反思。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Rolling out a new planning process (weak)",
                            "zh": "推行新的计划流程（薄弱）",
                        },
                        "situation": {
                            "en": (
                                "At my company we always get new processes from the head office in the United "
                                "States; it happens every few months."
                            ),
                            "zh": "在我们公司，美国总部经常下发新流程，每隔几个月就有一次。",
                        },
                        "task": {
                            "en": "Our job in planning is to make sure the processes are followed.",
                            "zh": "我们计划部门的工作就是确保流程得到执行。",
                        },
                        "action": {
                            "en": (
                                "We usually organise training and explain to people why it's important. I think "
                                "communication is the key, and I'm a very good communicator. If people resist, we "
                                "escalate to management."
                            ),
                            "zh": (
                                "我们通常会组织培训，向大家解释为什么这很重要。我认为沟通是关键，而我非常擅长沟通。"
                                "如果有人抵触，我们就上报给管理层。"
                            ),
                        },
                        "result": {
                            "en": "In the end people adapt, and the processes work well.",
                            "zh": "最后大家都会适应，流程也运行得很好。",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "This is a description of a habit, not a story: there is no specific occasion, no "
                                "personal responsibility ('our job'), no concrete action beyond 'training', and no "
                                "result anyone could check. 'I'm a very good communicator' is a claim, not "
                                "evidence. Before scoring, the interviewer should probe: 'Can you pick one "
                                "specific process? What did you personally do? What happened?' If the probes "
                                "produce nothing concrete, the evidence for this dimension is weak and the score "
                                "must reflect that, however fluent the answer sounded."
                            ),
                            "zh": (
                                "这是在描述一种习惯，而不是讲一个故事：没有具体的事件，没有个人的职责（“我们的工作”）"
                                "，除了“培训”没有具体行动，也没有任何可以核实的结果。“我非常擅长沟通”是自我评价，不"
                                "是证据。打分之前，面试官应当追问：“能挑一个具体的流程吗？您本人做了什么？结果怎样？”"
                                "如果追问后仍然没有具体内容，这个维度的证据就是薄弱的，无论回答听起来多么流利，分数"
                                "都必须如实反映这一点。"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: the STAR method",
                            "zh": "小测：STAR法则",
                        },
                        "category": "Structured interviewing and STAR/STAR method",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "worked-star-examples",
            "title": {
                "en": "Worked STAR examples: strong and weak answers",
                "zh": "STAR案例精讲：有力与薄弱的回答",
            },
            "minutes": 35,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The four answers below come from different roles and markets. Read each one before "
                            "the commentary and decide for yourself: which STAR elements are present, which probe "
                            "you would ask next, and whether the evidence is strong enough to score. Then compare "
                            "your view with the commentary.</p>"
                        ),
                        "zh": (
                            "<p>下面四个回答来自不同的岗位和市场。先不看点评，自己判断：哪些STAR要素齐全？下一步你"
                            "会怎么追问？证据是否足以打分？然后再对照点评。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Key-account manager, Germany: a price increase (strong)",
                            "zh": "德国大客户经理：涨价谈判（有力）",
                        },
                        "situation": {
                            "en": (
                                "Question: 'Tell me about a time you had to deliver bad news to an important "
                                "customer.' In 2023 our raw-material costs rose sharply and we had to raise prices "
                                "by 9 % for a retail chain in North Rhine-Westphalia that was about a fifth of my "
                                "territory's revenue. Their buyer had told us the previous year that any increase "
                                "above inflation would put us out of the next tender."
                            ),
                            "zh": (
                                "问题：“请讲一次您必须向重要客户传达坏消息的经历。”2023年我们的原材料成本大幅上涨，"
                                "必须对北莱茵-威斯特法伦州的一家零售连锁客户提价9%；这家客户约占我负责区域收入的五"
                                "分之一。对方采购去年就说过，任何超过通胀水平的涨价都会让我们在下一轮招标中出局。"
                            ),
                        },
                        "task": {
                            "en": (
                                "I owned the account and the negotiation. My target from my director was to keep "
                                "the account and get at least 6 % through."
                            ),
                            "zh": "这个客户和这次谈判都由我负责。总监给我的目标是：保住客户，并且至少落实6%的涨幅。",
                        },
                        "action": {
                            "en": (
                                "I asked our controlling team for a cost breakdown I could share, and built a "
                                "one-page comparison of our cost increase against the published producer price "
                                "index. I called the buyer before sending anything in writing, because she had "
                                "said she hated surprises, and asked for a meeting. In the meeting I offered two "
                                "options: 9 % from April, or 6 % from April plus a change from weekly to "
                                "fortnightly deliveries, which saved us logistics cost. I had agreed both options "
                                "with my director beforehand so that I could decide in the room."
                            ),
                            "zh": (
                                "我请财务控制团队提供一份可以对外分享的成本明细，并做了一页对比表，把我们的成本涨幅"
                                "与公开发布的生产者价格指数放在一起。因为那位采购说过她最讨厌意外，我在发出任何书面"
                                "通知之前先给她打了电话，约了面谈。会上我提出两个方案：4月起涨价9%；或者4月起涨价6%，"
                                "同时把每周送货改为两周一次，为我们节省物流成本。两个方案我事先都和总监商定好了，所"
                                "以可以在现场拍板。"
                            ),
                        },
                        "result": {
                            "en": (
                                "She chose the second option. We kept the account, were invited to the next tender "
                                "and won it. The net margin effect was roughly equal to a 7.5 % increase. What I "
                                "learned is to prepare a choice rather than a demand."
                            ),
                            "zh": (
                                "她选择了第二个方案。我们保住了客户，受邀参加了下一轮招标并中标。综合下来，对利润的"
                                "影响大约相当于涨价7.5%。我的体会是：要准备选择题，而不是最后通牒。"
                            ),
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "A complete, specific story with the candidate clearly in charge. Note the "
                                "evidence for several dimensions at once: professional skill (cost data, options), "
                                "communication (calling before writing, because of what the buyer had said) and "
                                "judgement (pre-agreeing the mandate). The figures can be checked with a "
                                "reference. A good follow-up probe is 'What would you have done if she had refused "
                                "both options?', which tests whether the plan had a fallback."
                            ),
                            "zh": (
                                "这是一个完整、具体的故事，候选人明显是主导者。请注意它同时为多个维度提供了证据：专"
                                "业能力（成本数据、备选方案）、沟通能力（因为采购说过的话而先打电话再发书面通知）以"
                                "及判断力（事先取得授权）。数字可以通过背景调查核实。一个好的追问是：“如果她两个方"
                                "案都拒绝，您会怎么做？”——借此检验这个计划有没有后手。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Software engineer, Vietnam: a production incident (weak)",
                            "zh": "越南软件工程师：线上故障（薄弱）",
                        },
                        "situation": {
                            "en": (
                                "Question: 'Tell me about a time a system you were responsible for failed in "
                                "production.' The candidate answers: 'Production incidents are very common in "
                                "e-commerce, especially during the big sales days.'"
                            ),
                            "zh": (
                                "问题：“请讲一次您负责的系统在生产环境出故障的经历。”候选人回答：“电商行业线上故障"
                                "很常见，尤其是大促的时候。”"
                            ),
                        },
                        "task": {
                            "en": "'As a senior engineer, I would make sure the system is stable.'",
                            "zh": "“作为高级工程师，我会确保系统稳定。”",
                        },
                        "action": {
                            "en": (
                                "'I would first check the logs and the monitoring dashboards, then roll back the "
                                "last deployment if needed, inform the team lead, and after that write a "
                                "post-mortem so that it doesn't happen again.'"
                            ),
                            "zh": (
                                "“我会先查日志和监控面板，必要时回滚最近一次部署，通知组长，然后写一份事故复盘，避"
                                "免再次发生。”"
                            ),
                        },
                        "result": {
                            "en": "'This way the downtime is usually short.'",
                            "zh": "“这样停机时间通常都很短。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Every verb is 'would': this is a textbook procedure, not an experience. It shows "
                                "the candidate knows the standard steps, which is some evidence of knowledge, but "
                                "nothing about how they behave under pressure. Probe once or twice: 'Can you think "
                                "of one incident you handled yourself? When was it, what broke, what did you do?' "
                                "If a real story follows, score that. If not, record 'no example given despite two "
                                "probes' and score the dimension low. Do not fill the gap with your own assumption "
                                "that a senior engineer 'must have' done this."
                            ),
                            "zh": (
                                "每个动词都是“会”：这是教科书式的流程，而不是亲身经历。它说明候选人知道标准步骤，算"
                                "是一些知识层面的证据，但完全看不出他在压力下的表现。追问一两次：“您能想起一次亲自"
                                "处理的故障吗？什么时候？什么坏了？您做了什么？”如果接着讲出了真实的故事，就按那个"
                                "故事打分；如果没有，就记录“两次追问后仍未给出实例”，并给这个维度打低分。不要用“高"
                                "级工程师肯定处理过”这种自己的假设来填补空白。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Country sales manager, Saudi Arabia: building a local team (strong)",
                            "zh": "沙特阿拉伯国家销售经理：组建本地团队（有力）",
                        },
                        "situation": {
                            "en": (
                                "Question: 'Tell me about a team you built from the start.' When I joined a "
                                "building-materials distributor in Riyadh in 2021, the sales team was four "
                                "expatriates, the company was below its Saudization target under the Nitaqat "
                                "programme, and we were losing government-related tenders partly because of that."
                            ),
                            "zh": (
                                "问题：“请讲一个您从零开始组建团队的经历。”2021年我加入利雅得一家建材分销商时，销售"
                                "团队只有四名外籍员工，公司在“Nitaqat”本地化计划下的沙特籍员工比例没有达标，我们因"
                                "此丢掉了一些与政府相关的项目招标。"
                            ),
                        },
                        "task": {
                            "en": (
                                "The managing director gave me eighteen months to build a team of twelve with at "
                                "least half Saudi nationals, without losing the existing customers."
                            ),
                            "zh": (
                                "总经理给了我十八个月，要组建一支十二人的团队，其中沙特籍员工至少占一半，同时不能丢"
                                "掉现有客户。"
                            ),
                        },
                        "action": {
                            "en": (
                                "I set up a graduate programme with two universities, paired each new Saudi hire "
                                "with one of the experienced expatriates for their first six months, and split key "
                                "accounts so that every account had a local and an experienced owner. I changed "
                                "the bonus so that the experienced sellers earned part of their bonus from their "
                                "partner's results, because otherwise nobody had a reason to share customers."
                            ),
                            "zh": (
                                "我和两所大学合作设立了毕业生项目，让每位新入职的沙特籍员工在头六个月与一名有经验的"
                                "外籍员工结对，并把重点客户拆分，每个客户都由一名本地员工和一名资深员工共同负责。我"
                                "还调整了奖金方案，让资深销售的一部分奖金来自结对伙伴的业绩，否则谁都没有理由分享客"
                                "户。"
                            ),
                        },
                        "result": {
                            "en": (
                                "After sixteen months we had thirteen sellers, seven of them Saudi, the company "
                                "met its target band, and we won two tenders we had previously been excluded from. "
                                "Two of the first graduates now lead accounts on their own. One experienced seller "
                                "left because he disliked the shared bonus; I would explain the change earlier and "
                                "one to one next time."
                            ),
                            "zh": (
                                "十六个月后团队有十三名销售，其中七名是沙特籍，公司达到了目标等级，还拿下了两个以前"
                                "被排除在外的招标项目。第一批毕业生中有两人现在已独立负责客户。有一名资深销售因为不"
                                "喜欢共享奖金而离职；下次我会更早、并且一对一地解释这项调整。"
                            ),
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Strong evidence for the senior 'cross-cultural resource integration' and "
                                "'commitment to localisation' dimensions: a clear mandate, a designed solution "
                                "(pairing, shared accounts, aligned incentives) and a measured result, including "
                                "an honest cost. Notice that the candidate talks about nationality only as a "
                                "business target set by local regulation; the interviewer did not ask about "
                                "anyone's origin. Probe next: 'How did you decide which accounts to split?'"
                            ),
                            "zh": (
                                "这为高层岗位的“跨文化资源整合”和“本地化长期投入”两个维度提供了有力证据：目标明确，"
                                "方案有设计（结对、共管客户、激励一致），结果可量化，还坦率说出了代价。注意，候选人"
                                "谈到国籍，只是把它作为当地法规设定的业务指标，面试官并没有询问任何人的出身。下一步"
                                "可以追问：“您是怎么决定拆分哪些客户的？”"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Financial analyst, United Kingdom: a month-end close (weak)",
                            "zh": "英国财务分析师：月末结账（薄弱）",
                        },
                        "situation": {
                            "en": (
                                "Question: 'Tell me about a time you found an error in figures that others relied "
                                "on.' 'Our month-end close in Manchester kept slipping, and there was a big "
                                "reconciliation problem with an intercompany account. It was a hard period for me "
                                "personally as well, because I had just come back from maternity leave.'"
                            ),
                            "zh": (
                                "问题：“请讲一次您发现别人所依赖的数据中存在错误的经历。”“我们在曼彻斯特的月末结账"
                                "总是延误，有一个关联方往来账户的对账问题很大。那段时间对我个人来说也很难，因为我刚"
                                "休完产假回来。”"
                            ),
                        },
                        "task": {
                            "en": "'The team had to fix it before the audit.'",
                            "zh": "“团队必须在审计之前把问题解决。”",
                        },
                        "action": {
                            "en": (
                                "'We worked through the transactions together, we found that a currency rate had "
                                "been loaded wrongly, and we corrected it with the group team.'"
                            ),
                            "zh": "“我们一起逐笔核对交易，发现有一个汇率录错了，然后和集团团队一起更正了。”",
                        },
                        "result": {
                            "en": "'The audit went fine.'",
                            "zh": "“审计顺利通过了。”",
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Two lessons here. First, the evidence is thin: it is all 'we', there is no "
                                "figure, and the candidate's own contribution is invisible. The right response is "
                                "a probe, not a low score yet: 'Who found the wrong rate? What did you personally "
                                "check?' Second, the candidate volunteered that she had just returned from "
                                "maternity leave. Do not react to it, do not ask about it, do not write it in your "
                                "notes and do not let it influence the score: pregnancy and maternity is a "
                                "protected characteristic under the UK Equality Act 2010, and the fact has nothing "
                                "to do with the question."
                            ),
                            "zh": (
                                "这里有两点值得学习。第一，证据很单薄：通篇都是“我们”，没有任何数字，看不到候选人本"
                                "人的贡献。此时正确的做法是追问，而不是马上打低分：“是谁发现汇率错了？您本人核查了"
                                "什么？”第二，候选人主动提到自己刚休完产假。对此不要作出反应，不要追问，不要写进笔"
                                "记，也不要让它影响打分：根据英国《2010年平等法》，怀孕和生育是受保护特征，而且这件"
                                "事与所问的问题毫无关系。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before you score a STAR answer",
                            "zh": "为STAR回答打分之前",
                        },
                        "items": [
                            {
                                "en": "Is it one specific occasion, not a habit or a hypothetical?",
                                "zh": "讲的是一次具体的经历，而不是习惯或假设吗？",
                            },
                            {
                                "en": "Do you know what the candidate personally did, not only what the team did?",
                                "zh": "你清楚候选人本人做了什么，而不只是团队做了什么吗？",
                            },
                            {
                                "en": "Is there a result you could check with a referee?",
                                "zh": "有没有可以通过证明人核实的结果？",
                            },
                            {
                                "en": "Have you used your planned probes for any missing element?",
                                "zh": "对于缺失的要素，你用过预先设计的追问了吗？",
                            },
                            {
                                "en": "Are you scoring what was done rather than how fluently it was told?",
                                "zh": "你评的是做了什么，而不是讲得多流利吗？",
                            },
                            {
                                "en": (
                                    "Have you left out anything the candidate volunteered about protected "
                                    "characteristics?"
                                ),
                                "zh": "候选人主动透露的受保护特征信息，你是否都没有记录、也没有纳入考虑？",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: judging STAR answers",
                            "zh": "小测：评判STAR回答",
                        },
                        "category": "Structured interviewing and STAR/STAR method",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "the-evaluation-form",
            "title": {
                "en": "The standard interview evaluation form",
                "zh": "标准化面试评价表",
            },
            "minutes": 35,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The standard interview evaluation form is what turns an interview into a decision "
                            "that can be compared, calibrated and defended. It is also part of your certification: "
                            "the role-play practical is scored on the same form. This lesson walks through it "
                            "section by section.</p><h3>1. Header</h3><p>Candidate reference, role and level, "
                            "interviewer, date, format (on site or video) and whether an interpreter was used. The "
                            "interpreter line matters: it reminds the panel to read fluency-related impressions "
                            "with care.</p><h3>2. Dimensions</h3><p>Each role has four to six dimensions taken "
                            "from the competency profile, each with a weight. A typical form for a team-member "
                            "role abroad has: professional competence for the role; case analysis and problem "
                            "solving; communication across cultures; motivation and identification with the "
                            "company; compliance baseline; and the bridge between local business and headquarters "
                            "strategy. Senior forms replace some of these with strategic leadership dimensions. "
                            "Culture fit means shared values and ways of working, never similarity of "
                            "background.</p><h3>3. Anchored 1–5 scale</h3><p>Every score has a general meaning: "
                            "<strong>1</strong>, no evidence or evidence against; <strong>2</strong>, below what "
                            "the role needs; <strong>3</strong>, meets the role's requirement with at least one "
                            "solid, specific example; <strong>4</strong>, above requirement, with strong evidence "
                            "in more than one example; <strong>5</strong>, exceptional, at the level of the next "
                            "role up. Each dimension then has behavioural anchors describing what a 1, 3 and 5 "
                            "look like in that dimension.</p>"
                        ),
                        "zh": (
                            "<p>标准化面试评价表能把一场面试变成一个可以比较、可以校准、站得住脚的决定。它也是你认"
                            "证考核的一部分：角色扮演实操考核用的就是同一张表。本课逐部分讲解这张表。</p><h3>1. 表"
                            "头</h3><p>候选人编号、岗位与职级、面试官、日期、形式（现场或视频），以及是否使用了翻译。"
                            "翻译这一栏很重要：它提醒面试小组，在解读与语言流利度有关的印象时要格外谨慎。"
                            "</p><h3>2. 评价维度</h3><p>每个岗位有四到六个维度，来自胜任力矩阵，各有权重。海外团队"
                            "成员岗位的典型评价表包括：岗位专业能力；案例分析与解决问题；跨文化沟通；加入意愿与文化"
                            "认同；合规底线；以及在当地业务与总部战略之间的桥梁作用。高层岗位的评价表会把其中部分维"
                            "度换成战略领导力相关维度。文化契合指的是价值观和工作方式上的一致，绝不是背景相似。"
                            "</p><h3>3. 1–5分锚定量表</h3><p>每个分值都有通用含义：<strong>1分</strong>，没有证据或"
                            "有相反证据；<strong>2分</strong>，低于岗位要求；<strong>3分</strong>，达到岗位要求，至"
                            "少有一个扎实、具体的事例；<strong>4分</strong>，高于岗位要求，多个事例提供了有力证据；"
                            "<strong>5分</strong>，非常出色，达到更高一级岗位的水平。每个维度还配有行为锚定描述，说"
                            "明在这个维度上1分、3分、5分分别是什么样子。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "An anchored dimension in full",
                            "zh": "一个锚定维度的完整示例",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Here are the anchors for <strong>communication across cultures</strong> on a "
                            "team-member form:</p><ul><li><strong>1</strong>: Gives no example of adapting "
                            "communication, or describes blaming the other side ('they just didn't "
                            "understand').</li><li><strong>3</strong>: Gives one specific example of noticing a "
                            "misunderstanding caused by language or working style and changing their own approach, "
                            "with a described effect.</li><li><strong>5</strong>: Gives several examples, "
                            "anticipates misunderstandings before they happen, adapts both to local colleagues and "
                            "to headquarters, and can explain why each adaptation worked.</li></ul><p>Scores of 2 "
                            "and 4 sit between the anchors. Anchors are about behaviour the candidate described, "
                            "not about accent, vocabulary or confidence: a candidate speaking through an "
                            "interpreter can score 5.</p>"
                        ),
                        "zh": (
                            "<p>下面是团队成员评价表中<strong>跨文化沟通</strong>维度的锚定描述："
                            "</p><ul><li><strong>1分</strong>：举不出调整沟通方式的事例，或者描述的是指责对方（“他"
                            "们就是听不懂”）。</li><li><strong>3分</strong>：举出一个具体事例，说明自己察觉到由语言"
                            "或工作方式造成的误解，并调整了自己的做法，且讲出了效果。</li><li><strong>5分</strong>："
                            "举出多个事例，能在误解发生之前预见到，既能针对本地同事、也能针对总部调整沟通方式，并能"
                            "解释每次调整为什么奏效。</li></ul><p>2分和4分介于相邻的锚定描述之间。锚定描述针对的是"
                            "候选人所讲述的行为，而不是口音、词汇量或自信程度：一位通过翻译作答的候选人同样可以得5"
                            "分。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Scoring against anchors, not impressions",
                            "zh": "对照锚定标准打分，而不是凭印象",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Score each dimension straight after the interview, on your own, in four steps: "
                            "read your notes for that dimension; find the anchor the evidence matches best; give "
                            "the score; write the evidence that justifies it. Write the evidence in the "
                            "candidate's words and numbers: 'Moved planning meeting after shift handover, "
                            "translated template, attendance under 50 % to 100 % in two months' supports a 4; "
                            "'Good communicator, very engaging' supports nothing. If you did not gather enough "
                            "evidence for a dimension, mark it as not assessed. Insufficient evidence is not a "
                            "3.</p><p>Then watch for the usual errors: the <em>halo</em> effect (one impressive "
                            "answer lifts every score), first impressions, <em>contrast</em> (a candidate looks "
                            "strong after a weak one), <em>similarity</em> (favouring people who studied or worked "
                            "where you did), central tendency (everything is a 3) and, across borders above all, "
                            "mistaking fluent English or a confident style for competence.</p><p>Finally the "
                            "<strong>recommendation</strong>: hire or do not hire, with two or three sentences "
                            "tied to the dimension scores. Only then compare notes in the calibration meeting, "
                            "where differences of more than one point on a dimension are discussed evidence first, "
                            "and a score changes only when someone points to evidence you missed. Never write the "
                            "decision on the form before the panel has met, and never share it with the "
                            "candidate.</p>"
                        ),
                        "zh": (
                            "<p>面试一结束，就独立为每个维度打分，分四步：读你在这个维度上的记录；找出与证据最匹配"
                            "的锚定描述；给出分数；写下支撑这个分数的证据。证据要用候选人自己的话和数字：“把产销协"
                            "同会挪到交接班之后，翻译模板，两个月内到会率从不足50%升至100%”可以支撑4分；“很会沟通，"
                            "很有感染力”什么也支撑不了。如果某个维度收集到的证据不够，就标注“未评估”。证据不足不等"
                            "于3分。</p><p>然后警惕常见的评分误差：<em>光环</em>效应（一个出色的回答把所有分数都拉"
                            "高）、第一印象、<em>对比</em>效应（排在弱候选人后面的人显得特别强）、<em>相似</em>偏好"
                            "（偏爱和自己同校或同公司出身的人）、趋中倾向（全部打3分），以及在跨国面试中最常见的一"
                            "种：把流利的英语或自信的表达风格当成能力。</p><p>最后是<strong>录用建议</strong>：录用"
                            "或不录用，并用两三句话与各维度分数对应说明理由。只有到这时，才在评分校准会上比对意见："
                            "某个维度上相差超过一分的，先摆证据再讨论；只有当别人指出了你遗漏的证据时，才修改分数。"
                            "面试小组开会之前，不要在表上写下结论，也绝不要把结论告诉候选人。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Calibration drill: two scores, one candidate",
                            "zh": "校准演练：同一候选人，两个分数",
                        },
                        "setting": {
                            "en": (
                                "A fifteen-minute calibration meeting after a video interview for a key-account "
                                "manager in Düsseldorf. On 'communication across cultures', one interviewer gave a "
                                "5 and the other a 2. The HR business partner facilitates; an assessor observes."
                            ),
                            "zh": (
                                "杜塞尔多夫大客户经理岗位视频面试后召开的十五分钟校准会。在“跨文化沟通”维度上，一位"
                                "面试官打了5分，另一位打了2分。人力资源业务伙伴主持，一名考评员观察。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer A",
                                    "zh": "面试官A",
                                },
                                "brief": {
                                    "en": (
                                        "You gave a 5. The candidate was charming, spoke excellent English and "
                                        "made the panel laugh. Your notes for this dimension say 'excellent "
                                        "communicator, great energy'. Defend your score at first, then respond "
                                        "honestly to requests for evidence."
                                    ),
                                    "zh": (
                                        "你打了5分。候选人很有魅力，英语出色，还把面试小组逗笑了。你在这个维度的记"
                                        "录是“沟通能力极强，很有活力”。一开始为你的分数辩护，然后如实回应别人要求你"
                                        "拿出证据的请求。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Interviewer B",
                                    "zh": "面试官B",
                                },
                                "brief": {
                                    "en": (
                                        "You gave a 2. When asked for an example of adapting to a customer from "
                                        "another culture, the candidate said French customers are 'difficult' and "
                                        "that he 'just pushes harder'. Your notes quote this. Stay factual and do "
                                        "not attack your colleague."
                                    ),
                                    "zh": (
                                        "你打了2分。被问到针对不同文化背景的客户调整沟通方式的事例时，候选人说法国"
                                        "客户“很难搞”，他“就是更用力地推”。你的记录原话引用了这段。保持就事论事，不"
                                        "要攻击同事。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "HR facilitator",
                                    "zh": "人力资源主持人",
                                },
                                "brief": {
                                    "en": (
                                        "Open with the dimension's anchors. Ask each interviewer for the evidence "
                                        "behind the score before any opinion, and ask which anchor it matches. "
                                        "Record the agreed score and the evidence; do not average the two scores."
                                    ),
                                    "zh": (
                                        "先宣读该维度的锚定描述。在任何观点之前，请每位面试官说出打分背后的证据，并"
                                        "指出它对应哪一条锚定描述。记录商定的分数和证据；不要把两个分数简单平均。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Whether the discussion starts from the anchors and the notes rather than from "
                                "impressions; whether fluency and charm are separated from the behaviour "
                                "described; whether the final score is justified by quoted evidence; whether the "
                                "meeting stays respectful; and whether the outcome is recorded without averaging."
                            ),
                            "zh": (
                                "讨论是否从锚定描述和记录出发，而不是从印象出发；是否把语言流利和个人魅力与所描述的"
                                "行为区分开；最终分数是否有引用的证据支撑；会议是否保持相互尊重；结论的记录是否没有"
                                "采用简单平均。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Handing in your evaluation form",
                            "zh": "提交评价表之前",
                        },
                        "items": [
                            {
                                "en": (
                                    "Every dimension has a score or 'not assessed', and every score has evidence notes."
                                ),
                                "zh": "每个维度都有分数或标注了“未评估”，每个分数都有证据记录。",
                            },
                            {
                                "en": "The evidence is in the candidate's words and numbers, not adjectives.",
                                "zh": "证据用的是候选人的原话和数字，而不是形容词。",
                            },
                            {
                                "en": (
                                    "Nothing on the form refers to age, family, health, religion, origin or appearance."
                                ),
                                "zh": "表上没有任何涉及年龄、家庭、健康、宗教、出身或外貌的内容。",
                            },
                            {
                                "en": "The recommendation follows from the dimension scores.",
                                "zh": "录用建议与各维度分数相符。",
                            },
                            {
                                "en": "You scored before talking to the other interviewers.",
                                "zh": "你是在和其他面试官交流之前打的分。",
                            },
                            {
                                "en": "You submitted the form on the day of the interview.",
                                "zh": "你在面试当天提交了评价表。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: the evaluation form",
                            "zh": "小测：评价表",
                        },
                        "category": "Structured interviewing and STAR/Evaluation form",
                        "count": 3,
                    },
                ),
            ],
        },
    ],
}
