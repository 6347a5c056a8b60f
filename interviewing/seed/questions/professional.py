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
]
