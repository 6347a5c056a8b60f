# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Professional skill, continued (split only to keep modules short)."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "professional_skill"

QUESTIONS = [
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
