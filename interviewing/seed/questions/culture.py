# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Cultural fit and localisation: how the candidate works with people and norms unlike their own, and whether they
would thrive in a company run partly from abroad. Asked about behaviour at work, never about who the candidate is."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "cultural_fit"

QUESTIONS = [
    q(
        "cf-different-norms",
        "behavioural",
        (
            "Tell me about a time you worked with someone whose way of working was very different from yours. How did you make it work?",
            "请讲一次你和工作方式与你差别很大的人合作的经历。你是怎样让合作顺利进行的？",
        ),
        probes=[
            ("What did you first misread about them?", "你最初对他们有什么误解？"),
            ("What did you change in your own behaviour?", "你在自己的行为上做了什么改变？"),
        ],
        strong=(
            "Curious rather than judgemental, names a concrete adjustment on their own side and a better result.",
            "抱着好奇而非评判的态度，说出自己一方的具体调整和更好的结果。",
        ),
        average=("Tolerated the difference and got the work done.", "容忍了差异，完成了工作。"),
        weak=("Describes the other person as the problem.", "把对方说成问题所在。"),
    ),
    q(
        "cf-headquarters-decision",
        "situational",
        (
            "Headquarters in another country makes a decision you think will not work in your local market. What do you do?",
            "位于另一个国家的总部做出了一个你认为在本地市场行不通的决定。你会怎么做？",
        ),
        probes=[
            (
                "How would you make your case to people who do not know the local market?",
                "你会如何向不了解本地市场的人阐明观点？",
            ),
            ("What if the decision stands?", "如果决定不变呢？"),
        ],
        strong=(
            "Builds a factual local case, proposes an adaptation, escalates through the right channel and commits once decided.",
            "用事实说明本地情况，提出调整方案，通过正确渠道反馈，决定后全力执行。",
        ),
        average=("Raises concerns informally, then complies.", "私下表达顾虑，然后服从。"),
        weak=("Ignores the decision locally or complains to the team.", "在本地无视该决定，或向团队抱怨。"),
    ),
    q(
        "cf-feedback-style",
        "behavioural",
        (
            "Describe a time you had to give critical feedback to someone used to a very different feedback style.",
            "请描述一次你需要向一位习惯完全不同反馈方式的人提出批评性反馈的经历。",
        ),
        probes=[
            ("How did you prepare?", "你做了哪些准备？"),
            ("How did you know the message landed?", "你怎么知道对方听进去了？"),
        ],
        strong=(
            "Adapted directness and setting to the person while keeping the message clear; checked understanding.",
            "根据对方调整直接程度和场合，同时保持信息清晰，并确认对方理解。",
        ),
        average=("Gave the feedback in their usual style; it partly worked.", "用自己惯常的方式反馈，部分奏效。"),
        weak=(
            "Avoided the feedback or delivered it bluntly regardless of the person.",
            "回避反馈，或不顾对象生硬地说出来。",
        ),
    ),
    q(
        "cf-unwritten-rules",
        "behavioural",
        (
            "When you joined your current or last employer, what unwritten rules did you have to learn, and how did you learn them?",
            "你加入现在或上一家单位时，需要学习哪些不成文的规矩？你是怎样学会的？",
        ),
        probes=[
            ("Which one took longest to notice?", "哪一条你最晚才注意到？"),
            ("Which one did you decide not to follow?", "有哪一条你决定不遵守？"),
        ],
        strong=(
            "Observant and reflective; names specific norms and how they found them out.",
            "观察细致、善于反思；能说出具体规矩及了解的途径。",
        ),
        average=("Knows some norms, learned by making mistakes.", "了解一些规矩，是犯错后才学会的。"),
        weak=("Does not notice such things.", "对这类事情毫无察觉。"),
    ),
    q(
        "cf-localise-product",
        "situational",
        (
            "We are bringing a product designed elsewhere to this market. What would you check before launching it here?",
            "我们要把一款在别处设计的产品引入这个市场。上市前你会检查什么？",
        ),
        probes=[
            ("Who would you ask locally?", "你会在本地请教谁？"),
            ("What would you test with real customers first?", "你会先和真实客户测试什么？"),
        ],
        strong=(
            "Language, regulation, buying habits, channels, support and price perception, tested with local customers.",
            "考虑语言、法规、购买习惯、渠道、售后和价格认知，并与本地客户验证。",
        ),
        average=("Translation and pricing only.", "只考虑翻译和定价。"),
        weak=("Assumes it will sell as it is.", "认为原样就能卖好。"),
    ),
    q(
        "cf-two-cultures-bridge",
        "behavioural",
        (
            "Tell me about a time you helped two groups who misunderstood each other to work together.",
            "请讲一次你帮助两个彼此误解的团队开展合作的经历。",
        ),
        probes=[
            ("What was each side's assumption about the other?", "双方各自对对方有什么假设？"),
            ("What did you do that a neutral person would not have?", "你做了哪些中立者不会做的事？"),
        ],
        strong=(
            "Explained each side to the other, set shared facts and a working agreement; trust improved.",
            "向双方解释彼此，确立共同事实和合作约定，信任得以改善。",
        ),
        average=("Passed messages between them.", "在双方之间传话。"),
        weak=("Took one side.", "站在了一边。"),
    ),
    q(
        "cf-company-fit-check",
        "situational",
        (
            "From what you have seen of us so far, what would you find hardest to get used to in our way of working?",
            "从你目前对我们的了解来看，我们的工作方式中哪一点你最难适应？",
        ),
        probes=[
            ("How have you handled something similar before?", "你以前是怎样处理类似情况的？"),
            ("What would you want to ask us about it?", "关于这一点你想问我们什么？"),
        ],
        strong=("Honest, specific and constructive, with a plan for adapting.", "坦诚、具体、有建设性，并有适应计划。"),
        average=("A safe, generic answer.", "回答稳妥但笼统。"),
        weak=("Nothing at all, or a deal-breaker presented casually.", "说完全没有，或随口说出一个根本无法接受的点。"),
    ),
    q(
        "cf-hierarchy",
        "behavioural",
        (
            "Tell me about working in a team where decisions were made very differently from what you were used to, for example much more top-down or much more by consensus.",
            "请讲讲你在一个决策方式与你习惯很不同的团队工作的经历，例如更自上而下或更强调共识。",
        ),
        probes=[
            ("How did you get your ideas heard?", "你是如何让自己的想法被听到的？"),
            ("What did you come to appreciate about it?", "后来你欣赏这种方式的哪些方面？"),
        ],
        strong=(
            "Understood the system, found the effective way to contribute in it and can see its merits.",
            "理解这套机制，在其中找到有效的参与方式，并能看到其优点。",
        ),
        average=("Adapted, with some frustration.", "适应了，但有些挫败感。"),
        weak=("Fought the system or withdrew.", "对抗这套机制，或选择退缩。"),
    ),
    q(
        "cf-customer-etiquette",
        "behavioural",
        (
            "Give me an example of adapting how you dealt with a customer or partner because of their business customs.",
            "请举例说明你因客户或合作方的商务习惯而调整了与他们打交道的方式。",
        ),
        probes=[
            ("How did you learn about that custom?", "你是怎样了解到这个习惯的？"),
            ("What would have happened if you had not adapted?", "如果你没有调整，会发生什么？"),
        ],
        strong=(
            "A specific custom, a concrete adaptation and its effect on the relationship.",
            "具体的习惯、具体的调整，以及对关系的影响。",
        ),
        average=("General politeness rather than a specific adaptation.", "只是一般的礼貌，没有针对性的调整。"),
        weak=("Believes business is the same everywhere.", "认为做生意到哪儿都一样。"),
    ),
    q(
        "cf-working-hours",
        "situational",
        (
            "Colleagues abroad keep scheduling meetings late in your evening. How would you handle it?",
            "海外同事总是把会议安排在你这边的晚上较晚时间。你会如何处理？",
        ),
        probes=[
            ("What would you propose instead?", "你会提出什么替代方案？"),
            ("When would you accept a late meeting?", "什么情况下你会接受晚间会议？"),
        ],
        strong=(
            "Raises it constructively with a fair rotation or written alternatives, while flexible for genuine urgencies.",
            "建设性地提出轮换安排或书面替代方式，同时对真正紧急的情况保持灵活。",
        ),
        average=("Accepts it quietly and feels tired.", "默默接受，感到疲惫。"),
        weak=(
            "Refuses all meetings outside hours or complains to others instead of the organiser.",
            "拒绝所有非工作时间会议，或不找组织者而向他人抱怨。",
        ),
    ),
    q(
        "cf-misunderstanding-story",
        "behavioural",
        (
            "Tell me about a misunderstanding at work caused by language or cultural difference. What did you learn?",
            "请讲一次工作中因语言或文化差异造成的误会。你学到了什么？",
        ),
        probes=[
            ("How did you discover the misunderstanding?", "你是怎样发现这个误会的？"),
            ("What do you do now to prevent it?", "你现在如何预防？"),
        ],
        strong=(
            "Specific incident, owns their part, and a practical habit adopted since (summaries, confirming in writing).",
            "事件具体，承认自己的责任，并形成了实用的习惯（如总结、书面确认）。",
        ),
        average=("A funny story without a lesson.", "一个有趣的故事，但没有收获。"),
        weak=("Blames the other side's language skills.", "归咎于对方的语言能力。"),
    ),
    q(
        "cf-company-culture-contribution",
        "situational",
        (
            "What would you add to the way a team works, beyond your job description?",
            "除了岗位职责以外，你能为团队的工作方式带来什么？",
        ),
        probes=[
            ("Give me an example from a previous team.", "请从以前的团队中举个例子。"),
            ("How did others respond to it?", "其他人是什么反应？"),
        ],
        strong=(
            "A concrete contribution (a practice, a habit, a ritual) with an example of its effect.",
            "具体的贡献（一种做法、习惯或惯例），并举例说明其效果。",
        ),
        average=("Positive attitude described in general terms.", "笼统地描述积极态度。"),
        weak=("Nothing beyond the job description.", "除了岗位职责别无其他。"),
    ),
    q(
        "cf-ambiguity-foreign",
        "situational",
        (
            "You receive a short instruction from a manager abroad that could be read two ways. The manager is asleep now. What do you do?",
            "你收到海外上级一条简短的指示，可以有两种理解。对方现在正在休息。你会怎么做？",
        ),
        probes=[
            ("What would you write to them?", "你会给对方写什么？"),
            ("What work would you start in the meantime?", "这期间你会先开展哪些工作？"),
        ],
        strong=(
            "Starts the work common to both readings, sends a precise question with their assumption, and avoids irreversible steps.",
            "先做两种理解都需要的工作，发一个说明自己假设的精确问题，并避免不可逆的步骤。",
        ),
        average=("Waits for the answer.", "等待答复。"),
        weak=(
            "Guesses and proceeds fully, or wakes the manager for something non-urgent.",
            "凭猜测全力推进，或为不紧急的事打扰对方。",
        ),
    ),
    q(
        "cf-local-law-respect",
        "situational",
        (
            "A visiting manager from headquarters asks you to do something that is normal there but against local rules here. How do you handle it?",
            "总部来访的经理要求你做一件在总部很平常、但违反本地规定的事。你会如何处理？",
        ),
        probes=[
            ("How would you explain the local rule?", "你会如何解释本地的规定？"),
            ("What alternative would you offer?", "你会提出什么替代方案？"),
        ],
        strong=(
            "Explains the rule respectfully with its source, offers a compliant alternative and involves HR or legal if needed.",
            "尊重地说明规定及其依据，提出合规的替代方案，必要时请HR或法务参与。",
        ),
        average=("Refuses politely without offering an alternative.", "礼貌拒绝，但不提供替代方案。"),
        weak=("Complies to avoid conflict.", "为避免冲突而照做。"),
    ),
    q(
        "cf-team-celebration",
        "behavioural",
        (
            "How have you helped a new colleague from a different background feel part of the team?",
            "你是如何帮助一位背景不同的新同事融入团队的？",
        ),
        probes=[
            ("What did you notice they needed?", "你注意到他们需要什么？"),
            ("What did the team change?", "团队做了哪些改变？"),
        ],
        strong=(
            "Practical, respectful steps (introductions, explaining norms, inclusive meeting habits) based on what the colleague needed.",
            "根据同事的需要采取务实、尊重的做法（引荐、解释惯例、包容的开会习惯）。",
        ),
        average=("Was friendly and available.", "友好且乐于帮忙。"),
        weak=("Expected them to adapt alone.", "期待对方自己适应。"),
    ),
    q(
        "cf-stereotype-challenge",
        "stress",
        (
            "Suppose a senior colleague makes a sweeping generalisation about people from one country in a meeting. What do you do, there and afterwards?",
            "假设一位资深同事在会上对某个国家的人做了以偏概全的评价。你当场和事后会怎么做？",
        ),
        probes=[
            ("What would you say in the room?", "你当场会说什么？"),
            ("Who else would you involve, if anyone?", "如有必要，你还会找谁？"),
        ],
        strong=(
            "Responds calmly and briefly in the moment, follows up privately, and knows when to involve HR.",
            "当场冷静简短地回应，事后私下沟通，并知道何时需要HR介入。",
        ),
        average=("Would speak to the colleague privately later.", "事后私下和同事谈。"),
        weak=("Would laugh along or do nothing.", "跟着笑或什么都不做。"),
    ),
    q(
        "cf-adapt-communication-market",
        "behavioural",
        (
            "Tell me about adapting a presentation or proposal for an audience in another market.",
            "请讲讲你为另一个市场的受众调整演示或方案的经历。",
        ),
        probes=[
            ("What did you cut and what did you add?", "你删掉了什么、增加了什么？"),
            ("How did the audience respond?", "受众反应如何？"),
        ],
        strong=(
            "Specific changes to evidence, tone and format, and the response they got.",
            "在证据、语气和形式上做了具体调整，并说明受众反应。",
        ),
        average=("Translated it and adjusted examples.", "翻译并调整了例子。"),
        weak=("Used the same deck everywhere.", "到哪里都用同一份材料。"),
    ),
    q(
        "cf-disagree-senior-local",
        "situational",
        (
            "In our local team it is unusual to disagree openly with a manager. You think your manager's plan has a serious flaw. How do you raise it?",
            "在我们本地团队，公开反对上级并不常见。你认为上级的计划有严重缺陷。你会如何提出？",
        ),
        probes=[
            ("Where and when would you raise it?", "你会在什么场合、什么时间提出？"),
            ("What would you bring with you?", "你会准备什么材料？"),
        ],
        strong=(
            "Chooses a respectful private setting, brings evidence and a proposal, and frames it around the shared goal.",
            "选择尊重对方的私下场合，带着证据和建议，围绕共同目标来表达。",
        ),
        average=("Would mention it carefully but might drop it.", "会小心提及，但可能不了了之。"),
        weak=("Would say nothing, or confront the manager in public.", "什么也不说，或当众顶撞。"),
    ),
    q(
        "cf-global-local-balance",
        "behavioural",
        (
            "Describe a time you had to follow a global standard and still meet a local customer's expectations.",
            "请描述一次你既要遵循全球统一标准、又要满足本地客户期望的经历。",
        ),
        probes=[
            ("Where exactly was the tension?", "矛盾具体在哪里？"),
            ("Who did you need to agree the solution with?", "解决方案需要和谁达成一致？"),
        ],
        strong=(
            "Found the room for flexibility within the standard and got it agreed with both sides.",
            "在标准内找到灵活空间，并获得双方认可。",
        ),
        average=("Applied the standard and explained it to the customer.", "执行了标准，并向客户作了解释。"),
        weak=("Broke the standard quietly to please the customer.", "为了让客户满意悄悄违反了标准。"),
    ),
    q(
        "cf-what-energises",
        "situational",
        ("Describe the working environment in which you do your best work.", "请描述能让你发挥出最佳水平的工作环境。"),
        probes=[
            ("When have you had that, and what did you achieve?", "你什么时候遇到过这样的环境？取得了什么成果？"),
            ("What do you do when the environment is not like that?", "环境不是这样时你怎么办？"),
        ],
        strong=(
            "Specific, self-aware, with evidence, and able to perform when conditions are not ideal.",
            "具体、有自知之明、有例证，条件不理想时也能发挥。",
        ),
        average=("A general description of a pleasant workplace.", "笼统描述一个舒适的工作场所。"),
        weak=(
            "Conditions that clearly cannot be met in this role, stated as requirements.",
            "把本岗位显然无法满足的条件当作硬性要求。",
        ),
    ),
    q(
        "cf-learning-language",
        "behavioural",
        (
            "Tell me about a time you worked effectively in a language that is not your strongest.",
            "请讲一次你用并非自己最擅长的语言高效工作的经历。",
        ),
        probes=[
            ("What did you do to avoid misunderstandings?", "你做了什么来避免误解？"),
            ("What tools or support did you use?", "你使用了哪些工具或支持？"),
        ],
        strong=(
            "Practical strategies: confirming in writing, asking for repetition, glossaries, and a good outcome.",
            "有实用的策略：书面确认、请对方复述、术语表，并取得了好的结果。",
        ),
        average=("Managed with effort; no particular strategy.", "很费力地应付过来，没有特别的方法。"),
        weak=("Avoided situations that required it.", "回避需要用到它的场合。"),
    ),
]
