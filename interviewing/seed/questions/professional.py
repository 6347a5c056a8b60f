# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Professional skill: can the candidate do the work, shown by what they did rather than what they know about it."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "professional_skill"

QUESTIONS = [
    q(
        "ps-hardest-problem",
        "behavioural",
        (
            "Tell me about the hardest problem in your field that you solved in the last two years. What made it hard?",
            "请讲一个你在过去两年里解决过的本专业内最难的问题。它难在哪里？",
        ),
        probes=[
            ("What did you try first, and why did it not work?", "你最先尝试了什么？为什么没有奏效？"),
            ("How did you know the problem was really solved?", "你怎么判断问题真正解决了？"),
        ],
        strong=(
            "Names a specific problem, explains the constraint that made it hard, describes their own steps and a measurable result.",
            "说出具体问题，讲清楚难点所在的约束，描述本人采取的步骤，并给出可衡量的结果。",
        ),
        average=(
            "A real problem and a sensible fix, but the difficulty and their personal contribution stay vague.",
            "问题真实、解决方法合理，但难点和本人贡献讲得模糊。",
        ),
        weak=(
            "A routine task presented as hard, or a story about what the team did with no 'I' in it.",
            "把例行工作说成难题，或只讲团队做了什么，没有本人的行动。",
        ),
    ),
    q(
        "ps-quality-check",
        "behavioural",
        (
            "Describe a piece of work you delivered that you later found had a mistake in it. What did you do?",
            "请描述一次你交付的工作后来被发现有错误的经历。你是怎么处理的？",
        ),
        probes=[
            ("Who did you tell, and how quickly?", "你告诉了谁？多快告诉的？"),
            ("What do you check differently now?", "现在你在检查时有什么不同的做法？"),
        ],
        strong=(
            "Owns the mistake, told the people affected promptly, fixed it and changed a habit or process so it does not recur.",
            "承认错误，及时告知受影响的人，纠正问题，并改变了习惯或流程以防再犯。",
        ),
        average=(
            "Fixed the mistake but says little about telling others or preventing a repeat.",
            "纠正了错误，但很少提及告知他人或防止再犯。",
        ),
        weak=(
            "Cannot recall any mistake, or blames a colleague, a tool or unclear instructions.",
            "想不起任何错误，或归咎于同事、工具或指示不清。",
        ),
    ),
    q(
        "ps-learn-fast",
        "behavioural",
        (
            "Tell me about a time you had to become competent in an unfamiliar tool or method within a few weeks.",
            "请讲一次你必须在几周内掌握一个陌生工具或方法的经历。",
        ),
        probes=[
            ("How did you decide what to learn first?", "你是怎么决定先学什么的？"),
            ("What did you produce with it at the end?", "最后你用它做出了什么成果？"),
        ],
        strong=(
            "Shows a deliberate plan (sources, practice, asking experts) and a concrete piece of work delivered with the new skill.",
            "有明确的学习计划（资料、练习、请教专家），并用新技能交付了具体成果。",
        ),
        average=(
            "Learned it, mostly by trial and error, and can describe using it.",
            "学会了，主要靠反复试错，能描述如何使用。",
        ),
        weak=(
            "Talks about enjoying learning in general, with no example or result.",
            "泛泛而谈喜欢学习，没有例子也没有结果。",
        ),
    ),
    q(
        "ps-prioritise-deadlines",
        "situational",
        (
            "Three urgent requests arrive on the same morning from your manager, a key customer and another department. You can finish one today. How do you decide?",
            "同一天上午，你的上级、一位重要客户和另一个部门同时提出了紧急需求，而你今天只能完成一项。你会如何决定？",
        ),
        probes=[
            ("What would you say to the two people who have to wait?", "你会对需要等待的两方说什么？"),
            ("What information would change your choice?", "什么信息会改变你的选择？"),
        ],
        strong=(
            "Weighs impact and real deadlines, checks assumptions quickly, agrees the order openly and tells the others when they will get an answer.",
            "权衡影响和真实的截止时间，快速核实假设，公开商定先后顺序，并告诉其他人何时能得到答复。",
        ),
        average=(
            "Picks a reasonable order but would not explain it to the people kept waiting.",
            "给出合理的顺序，但不会向等待的人说明原因。",
        ),
        weak=(
            "Promises all three, or always puts the most senior person first without thinking about impact.",
            "三项都答应，或不考虑影响，总是先做职位最高的人的事。",
        ),
    ),
    q(
        "ps-data-decision",
        "behavioural",
        (
            "Give me an example of a decision you changed because of data you collected or analysed yourself.",
            "请举一个你因为亲自收集或分析的数据而改变决定的例子。",
        ),
        probes=[
            ("What did you expect the data to show?", "你原本预计数据会显示什么？"),
            ("How did you convince others who had the first view?", "你是如何说服持原来看法的人的？"),
        ],
        strong=(
            "Describes the question, the data and its limits, the surprise, and how the new decision was adopted and turned out.",
            "说明要回答的问题、数据及其局限、意外的发现，以及新决定如何被采纳、结果如何。",
        ),
        average=(
            "Used data to confirm a choice rather than to test it; the example is plausible but thin.",
            "用数据来证实而不是检验选择；例子可信但单薄。",
        ),
        weak=(
            "Cannot separate their own analysis from a report someone else wrote.",
            "分不清自己的分析和别人写的报告。",
        ),
    ),
    q(
        "ps-explain-work",
        "situational",
        (
            "Walk me through how you would explain the main part of your current job to a new colleague on their first day.",
            "假设有位新同事第一天上班，请演示你会如何向他讲解你目前工作中最主要的部分。",
        ),
        probes=[
            ("What would you leave out on day one, and why?", "第一天你会略去哪些内容？为什么？"),
            ("How would you check they understood?", "你会怎样确认对方听懂了？"),
        ],
        strong=(
            "Clear structure, right level of detail, points to the outcomes that matter and checks understanding.",
            "结构清晰、详略得当，指出真正重要的结果，并确认对方理解。",
        ),
        average=(
            "Accurate but a list of tasks, without saying why they matter.",
            "内容准确，但只是罗列任务，没有说明其意义。",
        ),
        weak=(
            "Confusing, full of internal jargon, or unable to describe the job concretely.",
            "表述混乱、满是内部术语，或无法具体描述工作。",
        ),
    ),
    q(
        "ps-process-improvement",
        "behavioural",
        (
            "Tell me about a process you made faster, cheaper or more reliable. How did you measure the improvement?",
            "请讲一个你让某个流程更快、更省或更可靠的例子。你是如何衡量改进效果的？",
        ),
        probes=[
            ("What was the baseline before you started?", "开始之前的基准是多少？"),
            ("Who had to change how they worked?", "谁需要改变工作方式？"),
        ],
        strong=(
            "Baseline, change, measured result and how people affected were brought along.",
            "有基准、有改变、有测量的结果，并说明如何让受影响的人接受改变。",
        ),
        average=(
            "A sensible improvement described qualitatively: 'it was much better afterwards'.",
            "改进合理，但只做定性描述：“之后好多了”。",
        ),
        weak=(
            "An idea that was never implemented, or someone else's project described as their own.",
            "从未落地的想法，或把别人的项目说成自己的。",
        ),
    ),
    q(
        "ps-customer-requirement",
        "behavioural",
        (
            "Describe a time a customer or internal client asked for something that you thought was the wrong solution.",
            "请描述一次客户或内部客户提出的需求在你看来并不是正确方案的经历。",
        ),
        probes=[
            ("How did you find out what they really needed?", "你是怎样弄清他们真正需要什么的？"),
            ("What did you finally deliver?", "最后你交付了什么？"),
        ],
        strong=(
            "Asked about the underlying need, proposed an alternative with reasons, and respected the client's final decision.",
            "追问深层需求，提出有理由的替代方案，并尊重客户的最终决定。",
        ),
        average=("Delivered what was asked and mentioned concerns afterwards.", "按要求交付，事后提出了顾虑。"),
        weak=(
            "Either did exactly as told without thinking, or overrode the client without discussion.",
            "要么不加思考照做，要么不经讨论就推翻客户的要求。",
        ),
    ),
    q(
        "ps-under-pressure-quality",
        "stress",
        (
            "Your work is due in two hours and you have just found a flaw that would take a day to fix properly. What do you do in the next ten minutes?",
            "两小时后就要交付，你刚发现一个问题，要彻底解决需要一天。接下来的十分钟你会做什么？",
        ),
        probes=[
            ("Who needs to know first?", "谁需要最先知道？"),
            ("What would you never do in this situation?", "在这种情况下你绝对不会做什么？"),
        ],
        strong=(
            "Stays calm, assesses the risk, informs the owner at once with options (delay, partial delivery with a warning), and does not hide the flaw.",
            "保持冷静，评估风险，立即向负责人说明并给出选项（推迟、附带风险说明的部分交付），不隐瞒问题。",
        ),
        average=(
            "Would fix what can be fixed and mention the rest at delivery.",
            "能修多少修多少，交付时再说明其余问题。",
        ),
        weak=(
            "Would deliver and hope nobody notices, or freezes and waits to be told.",
            "照常交付、寄希望于没人发现，或者不知所措、等人指示。",
        ),
    ),
    q(
        "ps-tool-choice",
        "situational",
        (
            "You join a team whose main tool you consider outdated. How would you approach changing it?",
            "你加入一个团队，发现他们主要使用的工具在你看来已经过时。你会如何推动改变？",
        ),
        probes=[
            ("What would you want to understand before proposing anything?", "在提出任何建议之前，你想先了解什么？"),
            ("How would you judge whether the change was worth it?", "你会如何判断这个改变是否值得？"),
        ],
        strong=(
            "First learns why the tool is used, builds a small evidence-based case, pilots it and respects the cost of change.",
            "先了解为什么使用该工具，用证据做一个小范围论证，先试点，并重视变更成本。",
        ),
        average=(
            "Would propose a better tool fairly quickly, with some reasons.",
            "会较快提出更好的工具，并给出一些理由。",
        ),
        weak=(
            "Would replace it on their own initiative, or dismiss colleagues' habits.",
            "自作主张直接替换，或轻视同事的习惯。",
        ),
    ),
    q(
        "ps-technical-depth",
        "behavioural",
        (
            "Pick one achievement on your CV and take me through the technical or commercial details as if I were an expert.",
            "请从你的简历中挑一项成就，假设我是这方面的专家，给我讲讲其中的专业或商业细节。",
        ),
        probes=[
            ("What was the trade-off you thought hardest about?", "你思考最久的取舍是什么？"),
            ("What would you do differently with what you know now?", "以你现在的认识，你会在哪些地方做得不同？"),
        ],
        strong=(
            "Goes deep without notes, explains trade-offs and numbers, and is candid about what they would change.",
            "不看资料也能讲得深入，解释取舍和数字，坦率说明会改进之处。",
        ),
        average=("Solid overview; details become general when pressed.", "概述扎实，但追问细节时变得笼统。"),
        weak=("Cannot go beyond the CV wording.", "讲不出简历文字以外的内容。"),
    ),
    q(
        "ps-forecast-accuracy",
        "behavioural",
        (
            "Tell me about a plan or forecast you made that turned out to be wrong. What did you learn about planning?",
            "请讲一个你做的计划或预测后来被证明是错的例子。你从中学到了哪些关于做计划的经验？",
        ),
        probes=[
            ("When did you first notice it was off?", "你最早什么时候发现偏差的？"),
            ("How do you build plans now?", "现在你是怎样制定计划的？"),
        ],
        strong=(
            "Explains the wrong assumption, how early they spotted it, how they corrected course and a lasting change in method.",
            "说明错误的假设、多早发现、如何调整方向，以及方法上长期的改变。",
        ),
        average=(
            "Admits the miss and blames mostly outside factors, with a general lesson.",
            "承认偏差，但主要归因于外部因素，总结也较笼统。",
        ),
        weak=("Says their plans are always accurate.", "声称自己的计划一向准确。"),
    ),
    q(
        "ps-documentation",
        "situational",
        (
            "You are leaving a project for two weeks at short notice. What would you hand over, and how?",
            "你临时要离开一个项目两周。你会交接什么？怎样交接？",
        ),
        probes=[
            ("What is the one thing most likely to go wrong while you are away?", "你不在期间最可能出什么问题？"),
            ("How would someone reach a decision without you?", "没有你，别人如何做出决定？"),
        ],
        strong=(
            "Status, open decisions, risks, contacts and where everything is, written down and walked through with the stand-in.",
            "写明进展、待决事项、风险、联系人和资料位置，并与代理人当面过一遍。",
        ),
        average=("A short note and an offer to be reachable by phone.", "一份简短说明，并表示可以电话联系。"),
        weak=("Nothing formal: 'they can call me'.", "没有正式交接：“有事给我打电话。”"),
    ),
    q(
        "ps-conflicting-data",
        "situational",
        (
            "Two reports you rely on give different figures for the same thing, and a decision is due tomorrow. What do you do?",
            "你依赖的两份报告对同一件事给出了不同的数字，而明天就要做决定。你会怎么做？",
        ),
        probes=[
            ("How would you present the figure to the decision-maker?", "你会如何向决策者呈现这个数字？"),
            ("What would you do after the decision?", "决定之后你会做什么？"),
        ],
        strong=(
            "Traces both to their source quickly, presents a range with the uncertainty stated, and fixes the discrepancy afterwards.",
            "迅速追溯两者的来源，给出一个区间并说明不确定性，事后修正差异。",
        ),
        average=("Picks the more trusted report and mentions the other.", "选择更可信的报告，并提及另一份。"),
        weak=("Picks the convenient number without mentioning the conflict.", "选一个方便的数字，不提冲突。"),
    ),
    q(
        "ps-standards",
        "behavioural",
        (
            "Tell me about a time you insisted on a standard of quality that others thought was unnecessary.",
            "请讲一次你坚持某项质量标准、而别人认为没有必要的经历。",
        ),
        probes=[
            ("What did it cost in time or money?", "这在时间或金钱上付出了什么代价？"),
            ("Would you insist again?", "如果再来一次你还会坚持吗？"),
        ],
        strong=(
            "Explains the risk the standard protected against, how they argued for it and a result that justified it, or honest reflection where it did not.",
            "说明该标准防范的风险、如何论证，以及证明其价值的结果；若事实并非如此也能坦诚反思。",
        ),
        average=("Held the line but cannot say whether it mattered.", "坚持了标准，但说不清是否真的有必要。"),
        weak=(
            "Perfectionism presented as a virtue with no view of cost or benefit.",
            "把完美主义当成美德，不考虑成本和收益。",
        ),
    ),
    q(
        "ps-automation",
        "behavioural",
        (
            "Describe something repetitive in your work that you automated or simplified.",
            "请描述你把工作中某项重复性任务自动化或简化的经历。",
        ),
        probes=[
            ("How much time did it save, and for whom?", "节省了多少时间？为谁节省的？"),
            ("Who maintains it now?", "现在由谁维护？"),
        ],
        strong=(
            "A concrete task, the solution, time saved and thought given to handover and maintenance.",
            "具体的任务、解决方案、节省的时间，并考虑了交接和维护。",
        ),
        average=("Simplified something for themselves only.", "只为自己简化了工作。"),
        weak=("No example, or a plan they never carried out.", "没有例子，或只是从未实施的计划。"),
    ),
    q(
        "ps-sales-objection",
        "situational",
        (
            "A customer says: 'Your competitor is cheaper and just as good.' You have five minutes. How do you respond?",
            "客户说：“你们的竞争对手更便宜，而且一样好。”你有五分钟。你会怎样回应？",
        ),
        probes=[
            ("What would you ask the customer before answering?", "回答之前你会先问客户什么？"),
            ("When would you walk away?", "什么情况下你会放弃这单？"),
        ],
        strong=(
            "Asks what 'just as good' means to the customer, focuses on their outcome and total cost, is honest about differences and knows when not to discount.",
            "先问清客户所说的“一样好”指什么，聚焦客户的目标和总成本，如实说明差异，知道何时不该降价。",
        ),
        average=(
            "Lists product strengths well but does not ask questions first.",
            "能很好地列举产品优势，但没有先提问。",
        ),
        weak=("Offers a discount at once or disparages the competitor.", "立刻降价，或贬低竞争对手。"),
    ),
    q(
        "ps-risk-spotting",
        "behavioural",
        (
            "Tell me about a risk you spotted early that others had missed.",
            "请讲一个你提早发现、而别人都没注意到的风险。",
        ),
        probes=[
            ("What signal made you notice it?", "是什么信号让你注意到的？"),
            ("How did you get people to take it seriously?", "你是如何让大家重视的？"),
        ],
        strong=(
            "Specific signal, early escalation with evidence, and the action that reduced the impact.",
            "有具体信号，用证据及早上报，并采取了降低影响的行动。",
        ),
        average=("Noticed it and mentioned it; others acted.", "注意到并提出了，由别人采取行动。"),
        weak=("Hindsight: 'I always said it would go wrong.'", "事后诸葛亮：“我早就说过会出问题。”"),
    ),
    q(
        "ps-rapid-estimate",
        "stress",
        (
            "Without preparing: roughly how many hours would it take you to deliver the main output of this role for one month? Talk me through your estimate.",
            "不做准备：完成这个岗位一个月的主要产出，你大概需要多少小时？请讲讲你的估算过程。",
        ),
        probes=[
            ("Which part of your estimate are you least sure of?", "你的估算中最没把握的是哪一部分？"),
            ("How would you check it in your first week?", "入职第一周你会如何核实这个估算？"),
        ],
        strong=(
            "Breaks the work into parts, states assumptions aloud, gives a range and names the least certain part calmly.",
            "把工作拆分，说出假设，给出区间，并冷静指出最不确定的部分。",
        ),
        average=("Gives a number with some reasoning but no assumptions.", "给出一个数字和一些理由，但没有说明假设。"),
        weak=("Refuses to estimate or guesses without reasoning.", "拒绝估算，或毫无依据地猜测。"),
    ),
    q(
        "ps-ethical-shortcut",
        "situational",
        (
            "Your team could hit its quarterly target by booking a deal a few days early, before the customer has signed. Your manager hints you should. What do you do?",
            "如果在客户签字之前提前几天把一笔交易入账，你的团队就能完成季度目标。你的上级暗示你这样做。你会怎么办？",
        ),
        probes=[
            ("How would you raise it with your manager?", "你会怎样向上级提出？"),
            ("What if your manager insists?", "如果上级坚持呢？"),
        ],
        strong=(
            "Declines clearly and respectfully, explains the rule and the risk, offers legitimate ways to close, and knows where to escalate.",
            "明确而礼貌地拒绝，说明规则和风险，提出合规的成交办法，并知道向哪里上报。",
        ),
        average=("Would not do it but would avoid discussing it.", "不会这样做，但会回避讨论。"),
        weak=("Would go along because 'everyone does it'.", "会照做，因为“大家都这样”。"),
    ),
    q(
        "ps-complex-simple",
        "behavioural",
        (
            "Tell me about the most complex thing you have had to make simple for a decision-maker.",
            "请讲讲你为决策者把一件最复杂的事情讲简单的经历。",
        ),
        probes=[
            ("What did you leave out, and was that the right call?", "你省略了什么？这样做对吗？"),
            ("What did the decision-maker decide?", "决策者最后做了什么决定？"),
        ],
        strong=(
            "Shows judgement about what matters to the decision, a one-page or one-chart summary, and the outcome.",
            "能判断什么对决策重要，做出一页纸或一张图的总结，并说明结果。",
        ),
        average=("Simplified well but cannot say what happened next.", "简化得不错，但说不出后续结果。"),
        weak=(
            "Presented everything, or oversimplified and was proved wrong.",
            "把所有内容都摆出来，或过度简化后被证明有误。",
        ),
    ),
    q(
        "ps-first-ninety-days",
        "situational",
        (
            "If you joined us, what would you want to have achieved in your first ninety days, and how would you find out what matters most?",
            "如果你加入我们，在前九十天你希望取得哪些成果？你会怎样弄清什么最重要？",
        ),
        probes=[
            ("Who would you want to meet in your first two weeks?", "前两周你希望见哪些人？"),
            ("What would you deliberately not do yet?", "有什么事你会刻意先不做？"),
        ],
        strong=(
            "Listens before acting, names concrete early wins tied to the role, and knows what to leave until they understand the context.",
            "先倾听后行动，提出与岗位相关的具体早期成果，并知道哪些事要等了解情况后再做。",
        ),
        average=(
            "A reasonable but generic plan: 'learn the product, meet the team'.",
            "计划合理但笼统：“熟悉产品，认识团队”。",
        ),
        weak=("Would change things straight away, or has no view at all.", "打算马上改变一切，或完全没有想法。"),
    ),
]
