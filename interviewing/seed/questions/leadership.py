# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Leadership, for senior roles: setting direction, building and developing a team, decisions under uncertainty."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "leadership"

QUESTIONS = [
    q(
        "le-underperformer",
        "behavioural",
        (
            "Tell me about a team member whose performance you had to address. What did you do and what happened?",
            "请讲一位你需要处理其绩效问题的团队成员。你做了什么？结果如何？",
        ),
        probes=[
            ("How did you find out what was behind it?", "你是怎样了解背后原因的？"),
            ("What support did you offer, and for how long?", "你提供了什么支持？持续了多久？"),
        ],
        strong=(
            "Early, fair and documented: clear expectations, real support, a deadline, and a decision either way.",
            "及早、公正、有记录：期望明确，支持到位，有期限，并最终做出决定。",
        ),
        average=("Addressed it eventually with HR's help.", "最后在HR帮助下处理了。"),
        weak=("Waited for it to resolve itself, or moved the person elsewhere.", "等问题自行解决，或把人调走了事。"),
    ),
    q(
        "le-set-direction",
        "behavioural",
        (
            "Describe a time you set a new direction for a team. How did you get people behind it?",
            "请描述一次你为团队确立新方向的经历。你是怎样让大家认同的？",
        ),
        probes=[
            ("Who disagreed, and how did you handle them?", "谁不同意？你是怎样处理的？"),
            ("How did you know people had really committed?", "你怎么知道大家真正投入了？"),
        ],
        strong=(
            "Explained the why with evidence, involved the team in the how, handled dissent openly and tracked adoption.",
            "用证据讲清原因，让团队参与制定做法，公开处理异议并跟踪落实。",
        ),
        average=("Announced it clearly and checked in later.", "清楚地宣布，之后再跟进。"),
        weak=("Announced it and expected compliance.", "宣布后要求服从。"),
    ),
    q(
        "le-hiring-decision",
        "behavioural",
        (
            "Tell me about a hiring decision you made that turned out badly. What did you change in how you hire?",
            "请讲一个后来证明失败的招聘决定。你在招聘方式上做了哪些改变？",
        ),
        probes=[
            ("What signal did you miss in the interview?", "面试中你忽视了什么信号？"),
            ("How do you make hiring decisions fairer now?", "现在你如何让招聘决定更公平？"),
        ],
        strong=(
            "Owns the decision, identifies the missed evidence and now uses structured, evidence-based interviews.",
            "承担决定的责任，找出遗漏的证据，并改用结构化、基于证据的面试。",
        ),
        average=("Recognises the mistake, little change in method.", "认识到错误，但方法上改变不大。"),
        weak=("Relies on gut feeling and still does.", "过去凭直觉，现在仍然凭直觉。"),
    ),
    q(
        "le-develop-someone",
        "behavioural",
        ("Tell me about someone you developed who went on to a bigger role.", "请讲一位你培养后走上更高岗位的人。"),
        probes=[
            ("What did you do specifically?", "你具体做了什么？"),
            ("What did you have to let go of?", "你需要放手哪些事？"),
        ],
        strong=(
            "Deliberate development: stretch assignments, feedback, sponsorship, and letting go of control.",
            "有计划地培养：挑战性任务、反馈、举荐，并愿意放权。",
        ),
        average=("Gave them opportunities when they came up.", "有机会时就给他们机会。"),
        weak=("Takes credit for someone's success without specifics.", "把别人的成功归功于自己，却说不出细节。"),
    ),
    q(
        "le-unpopular-decision",
        "behavioural",
        (
            "Describe an unpopular decision you made as a leader. How did you communicate it?",
            "请描述你作为管理者做出的一个不受欢迎的决定。你是怎样传达的？",
        ),
        probes=[
            ("What did you say to the people most affected?", "你对受影响最大的人说了什么？"),
            ("Looking back, was it the right decision?", "回头看，这个决定正确吗？"),
        ],
        strong=(
            "Took responsibility, explained the reasons honestly, listened to the impact and followed through.",
            "承担责任，如实说明理由，倾听对方的感受并坚持落实。",
        ),
        average=("Communicated it by email with reasons.", "通过邮件说明了理由。"),
        weak=("Blamed headquarters or avoided telling people directly.", "推给总部，或回避当面告知。"),
    ),
    q(
        "le-cross-border-team",
        "behavioural",
        (
            "Tell me about leading a team spread across several countries. How did your approach differ from leading a team in one place?",
            "请讲讲你带领跨国团队的经历。与带领同一地点的团队相比，你做了哪些不同的事？",
        ),
        probes=[
            ("How did you make sure the remote members were not left out?", "你如何确保远程成员不被边缘化？"),
            ("How did you handle different expectations of a manager?", "你如何应对大家对管理者的不同期待？"),
        ],
        strong=(
            "Deliberate rituals, written decisions, fair meeting times, one-to-ones adapted to local norms.",
            "有意识地建立惯例、书面决策、公平的会议时间，并根据当地习惯调整一对一沟通。",
        ),
        average=("More meetings and messages.", "更多的会议和消息。"),
        weak=(
            "Same approach for everyone; the remote part was 'their manager's problem'.",
            "对所有人一个方法；远程那部分是“他们当地经理的事”。",
        ),
    ),
    q(
        "le-decision-uncertainty",
        "behavioural",
        (
            "Tell me about a major decision you had to make with incomplete information.",
            "请讲一个你在信息不完整的情况下做出的重大决定。",
        ),
        probes=[
            ("What did you do to reduce the risk?", "你做了什么来降低风险？"),
            ("When would you have reversed it?", "在什么情况下你会推翻它？"),
        ],
        strong=(
            "Framed the options, set a decision deadline, made reversible steps first and defined signals for review.",
            "梳理选项，设定决策期限，先走可逆的步骤，并设定复盘的信号。",
        ),
        average=("Made a reasonable call and hoped.", "做了合理判断，然后听天由命。"),
        weak=("Waited until the decision was made for them.", "一直等到别人替自己做了决定。"),
    ),
    q(
        "le-conflict-in-team",
        "situational",
        (
            "Two of your strongest people are in open conflict and it is affecting the team. What do you do this week?",
            "你团队中最强的两个人公开冲突，已经影响到团队。这周你会做什么？",
        ),
        probes=[
            ("What would you say in the first conversation with each?", "与两人分别第一次谈话时你会说什么？"),
            ("When would you involve HR?", "什么时候你会请HR介入？"),
        ],
        strong=(
            "Talks to each separately, establishes facts, sets clear expectations of behaviour, brings them together with a concrete agreement, and involves HR where conduct requires.",
            "分别谈话、弄清事实、明确行为要求，再促成双方达成具体约定；行为问题需要时请HR介入。",
        ),
        average=("Tells them to sort it out.", "让他们自己解决。"),
        weak=("Takes sides with the higher performer.", "站在业绩更好的那一边。"),
    ),
    q(
        "le-budget-cut",
        "situational",
        (
            "You are told to cut your team's budget by 20% next quarter. Walk me through what you do.",
            "你被告知下季度团队预算要削减20%。请讲讲你会怎么做。",
        ),
        probes=[
            ("What would you protect at all costs?", "你会不惜代价保住什么？"),
            ("How would you tell the team?", "你会怎样告诉团队？"),
        ],
        strong=(
            "Understands the goal, reviews spend by value, consults the team, protects critical work and communicates transparently.",
            "理解削减目的，按价值审视支出，征求团队意见，保住关键工作，并透明沟通。",
        ),
        average=("Cuts every line by 20%.", "每一项都砍20%。"),
        weak=("Pushes back without analysis or hides the cut from the team.", "不做分析就反对，或对团队隐瞒削减。"),
    ),
    q(
        "le-strategy-translation",
        "behavioural",
        (
            "Tell me about turning a company strategy into concrete goals for your team.",
            "请讲讲你如何把公司战略转化为团队的具体目标。",
        ),
        probes=[
            ("Which part of the strategy was hardest to make concrete?", "战略中哪一部分最难具体化？"),
            ("How did you track progress?", "你是如何跟踪进展的？"),
        ],
        strong=(
            "Clear line from strategy to team goals and measures; adjusted when reality changed.",
            "从战略到团队目标和指标脉络清晰；情况变化时能及时调整。",
        ),
        average=("Passed on the targets received.", "把收到的指标转达下去。"),
        weak=("Cannot describe the strategy.", "说不清战略是什么。"),
    ),
    q(
        "le-fair-evaluation",
        "behavioural",
        (
            "How do you make sure your performance ratings of team members are fair and consistent?",
            "你如何确保对团队成员的绩效评价公平一致？",
        ),
        probes=[
            (
                "Tell me about a rating you changed after calibration with peers.",
                "讲一个你在与同级校准后修改评价的例子。",
            ),
            ("How do you guard against favouring people similar to you?", "你如何避免偏向与自己相似的人？"),
        ],
        strong=(
            "Evidence collected through the year, clear criteria, calibration with peers and awareness of bias.",
            "全年收集证据，标准清晰，与同级校准，并对偏见有意识。",
        ),
        average=("Uses the company's form carefully.", "认真使用公司的评价表。"),
        weak=("Relies on overall impression.", "依靠整体印象。"),
    ),
    q(
        "le-crisis",
        "behavioural",
        (
            "Describe a crisis you led a team through. What did you do in the first day?",
            "请描述你带领团队度过的一次危机。第一天你做了什么？",
        ),
        probes=[
            ("How did you communicate with people outside the team?", "你是怎样与团队外部沟通的？"),
            ("What did you change afterwards?", "事后你做了哪些改变？"),
        ],
        strong=(
            "Calm prioritisation, clear roles, frequent honest updates and a proper review afterwards.",
            "冷静地排定优先级、分工明确、频繁如实通报，事后认真复盘。",
        ),
        average=("Worked hard alongside the team.", "与团队一起拼命干。"),
        weak=("Took over everything personally.", "事事亲力亲为，包揽一切。"),
    ),
    q(
        "le-delegate",
        "behavioural",
        (
            "Tell me about something important you delegated that you would have preferred to do yourself.",
            "请讲一件你本想亲自做、却交给别人去做的重要的事。",
        ),
        probes=[
            ("How did you set it up to succeed?", "你做了哪些安排让它能够成功？"),
            (
                "What did you do when it went differently from how you would have done it?",
                "结果与你的做法不同时你怎么做？",
            ),
        ],
        strong=(
            "Clear outcome and boundaries, check-ins without micromanaging, and acceptance of a different approach.",
            "明确结果和边界，定期跟进但不事无巨细地管，并接受不同做法。",
        ),
        average=("Delegated but checked everything.", "交出去了，但每件事都要检查。"),
        weak=("Does not delegate important work.", "重要的事从不交给别人。"),
    ),
    q(
        "le-influence-peers",
        "behavioural",
        (
            "Tell me about getting other leaders to support an initiative that was not their priority.",
            "请讲一次你争取其他管理者支持一项并非他们优先事项的举措的经历。",
        ),
        probes=[("What was in it for them?", "这对他们有什么好处？"), ("What did you give up?", "你放弃了什么？")],
        strong=(
            "Linked the initiative to their goals, built alliances, traded fairly and kept them informed.",
            "把举措与对方目标联系起来，建立同盟，公平交换，并保持信息同步。",
        ),
        average=("Asked the shared boss to make it a priority.", "请共同的上级把它列为优先事项。"),
        weak=("Went ahead without them.", "不顾他们径自推进。"),
    ),
    q(
        "le-inclusive-team",
        "behavioural",
        (
            "What have you done to make sure everyone in your team can contribute, including quieter people?",
            "你做了哪些事来确保团队中的每个人，包括不太爱发言的人，都能贡献自己的力量？",
        ),
        probes=[
            ("Give me one practice you introduced.", "请举一个你引入的做法。"),
            ("How did you know it worked?", "你怎么知道它有效？"),
        ],
        strong=(
            "Concrete practices (written input before meetings, rotating roles, one-to-ones) with observed effect.",
            "有具体做法（会前书面意见、轮换角色、一对一沟通）并观察到效果。",
        ),
        average=("Has an open-door policy.", "实行开放式沟通。"),
        weak=("Expects people to speak up if they have something to say.", "认为有话自然会说。"),
    ),
    q(
        "le-pressure-turnover",
        "stress",
        (
            "Suppose three people left your team in one quarter and your manager asks whether the problem is you. What do you answer?",
            "假设一个季度内你的团队走了三个人，你的上级问问题是否出在你身上。你怎么回答？",
        ),
        probes=[
            ("What would you look at first?", "你会先看什么？"),
            ("What feedback about yourself would you ask for, and from whom?", "你会向谁征求关于自己的什么反馈？"),
        ],
        strong=(
            "Non-defensive, looks at evidence including their own part, proposes concrete steps.",
            "不带防御，审视包括自身原因在内的证据，并提出具体措施。",
        ),
        average=("Explains external reasons first, then considers their role.", "先讲外部原因，然后才考虑自己的责任。"),
        weak=("Denies any responsibility.", "否认任何责任。"),
    ),
    q(
        "le-change-resistance",
        "situational",
        (
            "You introduce a new process and an experienced team member refuses to use it. How do you handle it?",
            "你引入了一个新流程，一位资深团队成员拒绝使用。你会怎样处理？",
        ),
        probes=[
            ("What might they know that you do not?", "他们可能知道哪些你不知道的事？"),
            ("What would you do if they still refuse after a month?", "一个月后对方仍然拒绝，你会怎么做？"),
        ],
        strong=(
            "Listens for legitimate concerns, adapts where right, sets a clear expectation and follows through.",
            "倾听合理的顾虑，该调整就调整，提出明确要求并坚持落实。",
        ),
        average=("Explains the benefits again.", "再解释一遍好处。"),
        weak=("Lets it go, or orders compliance without listening.", "听之任之，或不听意见就命令服从。"),
    ),
    q(
        "le-coach-interviewer",
        "situational",
        (
            "A new manager in your team keeps hiring people who are very like themselves. How would you coach them?",
            "你团队中一位新任经理总是招聘与自己非常相似的人。你会如何辅导他？",
        ),
        probes=[
            ("What would you ask them to change in their interviews?", "你会让他在面试中改变什么？"),
            ("How would you show them the effect on the team?", "你会如何让他看到这对团队的影响？"),
        ],
        strong=(
            "Introduces structured questions and scorecards, reviews evidence together and explains the business cost of narrow hiring.",
            "引入结构化问题和评价表，一起审视证据，并说明招聘面过窄给业务带来的代价。",
        ),
        average=("Tells them to hire more diverse people.", "告诉他要招更多元的人。"),
        weak=("Sees no problem.", "看不出问题。"),
    ),
    q(
        "le-accountability",
        "behavioural",
        (
            "Tell me about a mistake your team made that you took responsibility for externally.",
            "请讲一次你对外为团队犯的错误承担责任的经历。",
        ),
        probes=[
            ("What did you say to the team afterwards?", "事后你对团队说了什么？"),
            ("What changed to prevent a repeat?", "做了哪些改变以防再犯？"),
        ],
        strong=(
            "Took the responsibility publicly, handled the learning privately and changed a process.",
            "公开承担责任，私下与团队总结教训，并改进了流程。",
        ),
        average=("Took responsibility, little follow-up.", "承担了责任，但跟进不多。"),
        weak=("Named the person who made the mistake.", "点名犯错的人。"),
    ),
    q(
        "le-long-term-vs-short",
        "situational",
        (
            "Your team can hit this quarter's target only by delaying work that matters for next year. What do you decide, and how do you explain it?",
            "只有推迟对明年很重要的工作，你的团队才能完成本季度目标。你会怎么决定？怎么解释？",
        ),
        probes=[
            ("Who would you involve in the decision?", "你会让谁参与决定？"),
            ("What would you tell your manager?", "你会对上级说什么？"),
        ],
        strong=(
            "Quantifies both sides, makes the trade-off visible to the right people and owns the decision.",
            "量化两方面的影响，让相关的人看清取舍，并为决定负责。",
        ),
        average=("Hits the target and plans to catch up.", "先完成目标，计划以后补上。"),
        weak=("Decides alone without telling anyone about the trade-off.", "独自决定，不告诉任何人其中的取舍。"),
    ),
]
