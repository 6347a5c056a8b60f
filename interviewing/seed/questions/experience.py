# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Experience fit: has the candidate done comparable work, at a comparable scale, in a comparable setting?"""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "experience_fit"

QUESTIONS = [
    q(
        "ex-closest-role",
        "behavioural",
        (
            "Which part of your experience is closest to what this role needs? Give me one example from it.",
            "你的哪段经历与这个岗位的要求最接近？请从中举一个例子。",
        ),
        probes=[
            ("What was your personal share of that result?", "那个成果中你个人的贡献占多少？"),
            ("What in this role would be new to you?", "这个岗位中有哪些对你来说是新的？"),
        ],
        strong=(
            "Links a specific example to the role's main demands and is honest about the gaps.",
            "把具体例子与岗位的主要要求联系起来，并坦诚说明不足。",
        ),
        average=("Relevant experience described in general terms.", "相关经历描述得比较笼统。"),
        weak=("Claims every requirement is already covered, without examples.", "声称完全符合所有要求，却举不出例子。"),
    ),
    q(
        "ex-scale",
        "behavioural",
        (
            "Tell me about the largest piece of work you were responsible for: its size, budget or number of people, and your part in it.",
            "请讲讲你负责过的规模最大的工作：它的规模、预算或涉及人数，以及你在其中的角色。",
        ),
        probes=[
            ("What decisions were yours alone?", "哪些决定完全由你做出？"),
            ("What changed when it grew?", "规模扩大后有什么变化？"),
        ],
        strong=(
            "Clear numbers, a clear boundary of their own responsibility and what scale taught them.",
            "数字清楚，个人职责边界清楚，并说明规模带来的经验。",
        ),
        average=(
            "Numbers given, but their own role is blurred with the team's.",
            "给出了数字，但个人角色与团队混在一起。",
        ),
        weak=("Inflated scope that falls apart under a follow-up question.", "夸大的范围，一追问就站不住。"),
    ),
    q(
        "ex-similar-market",
        "behavioural",
        (
            "Have you worked with customers, partners or colleagues in a market like the one this role serves? What did you have to learn?",
            "你是否与这个岗位所服务市场类似的客户、合作方或同事共事过？你当时需要学习什么？",
        ),
        probes=[
            ("What surprised you most about that market?", "那个市场最让你意外的是什么？"),
            ("What did you change in how you worked?", "你在工作方式上做了哪些调整？"),
        ],
        strong=(
            "Concrete differences they noticed and adaptations that worked.",
            "能说出观察到的具体差异和有效的调整。",
        ),
        average=("Some exposure, described through general impressions.", "有一定接触，但只讲大致印象。"),
        weak=("Stereotypes instead of experience.", "用刻板印象代替实际经验。"),
    ),
    q(
        "ex-career-step",
        "behavioural",
        (
            "Walk me through the step in your career you are proudest of and why you took it.",
            "请讲讲你职业生涯中最自豪的一步，以及你为什么迈出这一步。",
        ),
        probes=[
            ("What did you give up to take it?", "为此你放弃了什么？"),
            ("What would you advise someone facing the same choice?", "你会给面临同样选择的人什么建议？"),
        ],
        strong=(
            "A reasoned decision, what it demanded and what it led to, told with reflection.",
            "决定有理有据，说明付出和收获，并有反思。",
        ),
        average=("A good step, explained mainly by circumstance.", "是不错的一步，但主要归因于外部环境。"),
        weak=("Cannot explain any choice in their path.", "说不清职业路径中的任何选择。"),
    ),
    q(
        "ex-tools-stack",
        "behavioural",
        (
            "Which tools, systems or methods from this job description have you used in real work, and what did you produce with them?",
            "这份职位描述中的工具、系统或方法，哪些你在实际工作中用过？用它们做出了什么？",
        ),
        probes=[
            ("Which one would you need time to get up to speed on?", "哪一项你需要时间上手？"),
            ("Show me how deep your knowledge of one of them goes.", "请挑其中一项说说你的掌握有多深。"),
        ],
        strong=(
            "Distinguishes daily use from passing familiarity and gives output for each.",
            "能区分日常使用和一般了解，并对每项说出产出。",
        ),
        average=("Honest list, little evidence of depth.", "如实列出，但缺少深度的证据。"),
        weak=("Claims expertise in everything listed.", "声称精通列出的所有内容。"),
    ),
    q(
        "ex-failure-project",
        "behavioural",
        (
            "Tell me about a project that did not succeed. What was your role, and what happened afterwards?",
            "请讲一个没有成功的项目。你在其中是什么角色？之后发生了什么？",
        ),
        probes=[
            ("At what point could it still have been saved?", "在哪个节点它本来还有救？"),
            ("What do you do differently today because of it?", "因为那次经历，你现在有什么不同的做法？"),
        ],
        strong=(
            "Candid account, takes their share of the responsibility and shows a changed practice.",
            "讲述坦诚，承担自己那份责任，并体现出做法上的改变。",
        ),
        average=("Describes it fairly but keeps the lesson general.", "描述客观，但教训总结笼统。"),
        weak=(
            "Never had a failed project, or everything was someone else's fault.",
            "从没失败过，或一切都是别人的错。",
        ),
    ),
    q(
        "ex-stakeholders",
        "behavioural",
        (
            "Who were the most demanding stakeholders in your last role, and how did you work with them?",
            "在上一份工作中，谁是最难应对的相关方？你是如何与他们合作的？",
        ),
        probes=[
            ("Give me one conversation you remember.", "讲一次你印象深刻的谈话。"),
            ("How did you know the relationship was working?", "你怎么知道这段合作关系是顺畅的？"),
        ],
        strong=(
            "Understood what the stakeholders needed, managed expectations with facts and built trust over time.",
            "理解相关方的需求，用事实管理预期，逐步建立信任。",
        ),
        average=("Kept them informed; little about influence.", "保持信息同步，但很少谈到影响力。"),
        weak=("Complains about them.", "只是抱怨他们。"),
    ),
    q(
        "ex-regulated",
        "behavioural",
        (
            "Have you worked under strict rules, such as safety, data protection or industry regulation? Give an example of how it shaped your work.",
            "你是否在严格的规则下工作过，例如安全、数据保护或行业监管？请举例说明它如何影响你的工作。",
        ),
        probes=[
            (
                "What did you do when the rule and the deadline pulled in different directions?",
                "当规则和期限相互冲突时，你是怎么做的？",
            ),
            ("How did you keep up with changes to the rules?", "你如何跟进规则的变化？"),
        ],
        strong=(
            "Understands why the rules exist, worked within them without losing speed, and names a specific case.",
            "理解规则存在的原因，在规则内高效工作，并举出具体事例。",
        ),
        average=("Followed the rules, seen mostly as paperwork.", "遵守了规则，但主要视其为文书工作。"),
        weak=("Sees rules only as obstacles to work around.", "只把规则当作要绕开的障碍。"),
    ),
    q(
        "ex-remote-team",
        "behavioural",
        (
            "Tell me about working with colleagues in other time zones. What worked and what did not?",
            "请讲讲你和其他时区的同事一起工作的经历。哪些做法有效，哪些无效？",
        ),
        probes=[
            ("How did you handle urgent questions outside your hours?", "工作时间以外的紧急问题你是怎样处理的？"),
            ("What did you write down that you would otherwise have said?", "哪些本来口头说的事情你改为书面记录？"),
        ],
        strong=(
            "Concrete routines: overlap hours, written decisions, clear owners, respect for the other side's rest.",
            "有具体做法：重叠时段、书面决策、明确负责人，尊重对方的休息时间。",
        ),
        average=("Managed, with occasional friction they cannot explain.", "能够应付，但偶有摩擦且说不清原因。"),
        weak=("Expected the other side to adapt to their hours.", "期待对方迁就自己的时间。"),
    ),
    q(
        "ex-start-up-or-large",
        "situational",
        (
            "You have worked in a setting of a certain size. What would you expect to be different here, and how would you adjust?",
            "你曾在特定规模的组织中工作。你预计在这里会有什么不同？你会如何调整？",
        ),
        probes=[
            ("What habit from your last workplace might not fit here?", "你在上一家单位养成的哪个习惯可能不适合这里？"),
            ("What would you bring that we may lack?", "你能带来哪些我们可能缺少的东西？"),
        ],
        strong=(
            "Realistic picture of the differences, specific adjustments and a clear contribution.",
            "对差异有现实的认识，有具体的调整办法，也能说明自身贡献。",
        ),
        average=("General awareness that things will differ.", "大致知道会有所不同。"),
        weak=("Assumes it will be the same, or criticises the previous employer.", "认为会完全一样，或批评前雇主。"),
    ),
    q(
        "ex-reference-check",
        "situational",
        (
            "If I spoke to the person you reported to most recently, what would they say is your greatest strength and the area you most need to develop?",
            "如果我去问你最近一任直属上级，他会说你最大的优势是什么、最需要提升的是什么？",
        ),
        probes=[
            ("What have you done about that development area?", "针对需要提升的方面你做了什么？"),
            ("Would they agree with how you described your results?", "他会认同你对自己成绩的描述吗？"),
        ],
        strong=(
            "Balanced and specific, with evidence of working on the weakness.",
            "客观而具体，并有改进弱点的实际行动。",
        ),
        average=("A real strength and a mild weakness.", "优势真实，弱点说得比较轻描淡写。"),
        weak=(
            "A disguised strength offered as a weakness ('I work too hard').",
            "把优点包装成缺点（“我工作太拼了”）。",
        ),
    ),
    q(
        "ex-gap-explanation",
        "situational",
        (
            "Tell me what you were focused on professionally between your last two roles.",
            "在最近两份工作之间，你在职业方面主要关注的是什么？",
        ),
        probes=[
            (
                "What did you learn in that time that is useful for this role?",
                "那段时间你学到了哪些对这个岗位有用的东西？",
            ),
            ("What made you decide to apply now?", "是什么让你决定现在申请？"),
        ],
        strong=(
            "A clear, confident account of the period and its professional relevance, sharing only what they choose to.",
            "清楚自信地说明这段时间及其职业相关性，只分享自己愿意分享的内容。",
        ),
        average=("A short factual answer with little link to the role.", "简短陈述事实，与岗位联系不多。"),
        weak=("Evasive to the point that the timeline cannot be followed.", "回避到无法理清时间线。"),
    ),
    q(
        "ex-numbers-result",
        "behavioural",
        (
            "What is the result from your last two years that you could prove with numbers?",
            "过去两年里，你有哪个成果能用数字证明？",
        ),
        probes=[
            ("Where would those numbers come from if we checked?", "如果我们核实，这些数字来自哪里？"),
            ("What part did others play?", "别人在其中起了什么作用？"),
        ],
        strong=(
            "A specific metric, its baseline and source, and honest attribution.",
            "具体指标、基准和来源清楚，如实说明各方贡献。",
        ),
        average=("A number without baseline or source.", "给出数字，但没有基准或来源。"),
        weak=("No number, or numbers that change when asked twice.", "没有数字，或追问两次数字就变了。"),
    ),
    q(
        "ex-handover-inherit",
        "behavioural",
        (
            "Tell me about a time you inherited work that was in poor shape. What did you do in the first month?",
            "请讲一次你接手了一摊状况很差的工作的经历。第一个月你做了什么？",
        ),
        probes=[
            ("What did you fix first, and why?", "你先解决了什么？为什么？"),
            ("How did you talk about your predecessor?", "你是如何评价前任的？"),
        ],
        strong=(
            "Assessed before acting, stabilised the urgent parts, set priorities openly and speaks fairly of the predecessor.",
            "先评估后行动，先稳住紧急部分，公开设定优先级，并公正地评价前任。",
        ),
        average=("Worked hard to fix things in the order they came.", "很努力，按问题出现的顺序一一处理。"),
        weak=("Spends the answer blaming the predecessor.", "整个回答都在指责前任。"),
    ),
    q(
        "ex-mentor-learned",
        "behavioural",
        (
            "Who taught you the most in your work so far, and what exactly did you learn from them?",
            "到目前为止，工作中谁教会了你最多？你具体学到了什么？",
        ),
        probes=[
            ("How do you use that today?", "你现在是如何运用的？"),
            ("Have you passed it on to anyone?", "你把它传授给别人了吗？"),
        ],
        strong=(
            "A specific skill or habit, how it was learned and how it is applied now.",
            "说出具体技能或习惯，如何学到，现在如何运用。",
        ),
        average=("A general tribute without concrete learning.", "泛泛致谢，没有具体收获。"),
        weak=("Claims to have learned everything alone.", "声称一切都是自学的。"),
    ),
    q(
        "ex-why-this-industry",
        "situational",
        (
            "What do you know about the problems companies in our industry are facing right now, from your own work?",
            "根据你自己的工作经历，你了解我们这个行业的企业当前面临哪些问题？",
        ),
        probes=[
            ("Which of those could you help with in this role?", "在这个岗位上你能帮助解决其中哪些问题？"),
            ("Where did you see that problem first-hand?", "你在哪里亲眼见过这个问题？"),
        ],
        strong=(
            "Informed view grounded in their experience, linked to what the role can do.",
            "观点有见地、基于亲身经历，并与岗位能做的事联系起来。",
        ),
        average=("Reasonable views drawn from news rather than work.", "观点合理，但来自新闻而非工作。"),
        weak=("No view, or flattery of our company.", "没有看法，或只是恭维我们公司。"),
    ),
    q(
        "ex-pressure-cv-detail",
        "stress",
        (
            "Your CV says you 'led' this initiative. I would like to understand exactly what you led and what others did. Please be precise.",
            "你的简历上写着你“主导”了这个项目。我想准确了解你具体主导了什么、其他人做了什么。请讲得精确一些。",
        ),
        probes=[
            ("Who made the final call on the budget?", "预算最终由谁拍板？"),
            ("What would the other people involved say?", "其他参与者会怎么说？"),
        ],
        strong=(
            "Stays composed, separates their role from others' precisely and corrects any overstatement without defensiveness.",
            "保持镇定，准确区分自己和他人的角色，并能不带防御地更正夸大之处。",
        ),
        average=("Somewhat defensive but eventually clear.", "有些防御，但最终讲清楚了。"),
        weak=("Becomes vague or irritated and cannot separate roles.", "变得含糊或恼火，无法区分各自的角色。"),
    ),
    q(
        "ex-deadline-missed",
        "behavioural",
        (
            "Tell me about a deadline you missed. What did you do when you realised it would be missed?",
            "请讲一次你错过截止期限的经历。当你意识到会错过时，你做了什么？",
        ),
        probes=[
            ("How much notice did the people depending on you get?", "依赖你的人提前多久得到了通知？"),
            ("What did you offer instead?", "你提供了什么替代方案？"),
        ],
        strong=(
            "Raised it as early as possible with a new date and options; learned something about planning.",
            "尽早提出，给出新日期和备选方案；从中吸取了计划方面的经验。",
        ),
        average=("Told people close to the deadline.", "临近截止时才告知相关人员。"),
        weak=("Never missed one, or said nothing until it passed.", "从未错过，或直到过期都没说。"),
    ),
    q(
        "ex-customer-facing",
        "behavioural",
        (
            "Describe the most difficult customer situation you have handled personally.",
            "请描述你亲自处理过的最棘手的客户情况。",
        ),
        probes=[
            ("What did the customer need that they were not saying?", "客户有哪些没有说出口的需求？"),
            ("Is that customer still a customer?", "这位客户现在还是客户吗？"),
        ],
        strong=(
            "Listened, took ownership, solved the underlying problem and kept the relationship.",
            "认真倾听、担起责任、解决了根本问题并维系了关系。",
        ),
        average=("Resolved the complaint by escalating it.", "通过上报解决了投诉。"),
        weak=("Describes the customer as unreasonable and stops there.", "只说客户不讲理，别无其他。"),
    ),
    q(
        "ex-transferable",
        "situational",
        (
            "Which skill from a different field or earlier career would help you most in this role?",
            "你在其他领域或更早的职业阶段掌握的哪项技能，对这个岗位最有帮助？",
        ),
        probes=[
            ("Give an example of using it in an unexpected setting.", "举一个你在意想不到的场合运用它的例子。"),
            ("What does it not help with?", "它在哪些方面帮不上忙？"),
        ],
        strong=(
            "A convincing bridge from the other field with an example.",
            "能用例子令人信服地把其他领域的经验迁移过来。",
        ),
        average=("A plausible skill named without an example.", "说出了一项合理的技能，但没有例子。"),
        weak=("Cannot connect earlier experience to the role.", "无法把过去的经验与岗位联系起来。"),
    ),
]
