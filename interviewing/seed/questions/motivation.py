# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Motivation: why this role, what keeps the candidate going, and whether the job as it really is will suit them.
Asked about the work and career, never about private circumstances."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "motivation"

QUESTIONS = [
    q(
        "mo-why-role",
        "situational",
        (
            "What made you apply for this role rather than a similar one elsewhere?",
            "是什么让你申请这个岗位，而不是别处类似的岗位？",
        ),
        probes=[
            ("What do you know about the team you would join?", "你对将要加入的团队了解多少？"),
            ("What would make you turn down an offer from us?", "什么情况会让你拒绝我们的录用？"),
        ],
        strong=(
            "Specific reasons tied to the work, the team or the company's direction, based on research.",
            "理由具体，与工作内容、团队或公司方向相关，并经过了解和研究。",
        ),
        average=("Sensible but generic reasons.", "理由合理但笼统。"),
        weak=("Only wants any job, or cannot say what the role is.", "只想找份工作，或说不清岗位是做什么的。"),
    ),
    q(
        "mo-energy",
        "behavioural",
        (
            "Tell me about a piece of work that gave you energy even when it was hard.",
            "请讲一项即使很辛苦也让你充满干劲的工作。",
        ),
        probes=[
            ("What exactly about it motivated you?", "具体是什么让你有动力？"),
            ("How much of this role would feel like that?", "这个岗位中有多少工作会带给你这种感觉？"),
        ],
        strong=(
            "Specific work, specific reasons, and an honest match against this role.",
            "工作具体、原因具体，并如实对照这个岗位。",
        ),
        average=("Enjoys challenges in general.", "泛泛地说喜欢挑战。"),
        weak=("Nothing comes to mind.", "想不出来。"),
    ),
    q(
        "mo-drain",
        "behavioural",
        (
            "What kind of work drains you, and how do you deal with it when it is part of the job?",
            "什么样的工作会让你感到消耗？当它是工作的一部分时你怎么应对？",
        ),
        probes=[
            ("Give me an example from the last year.", "请举一个过去一年的例子。"),
            ("How much of that is in this role, do you think?", "你认为这个岗位里这类工作有多少？"),
        ],
        strong=(
            "Self-aware, with practical strategies and realism about this role.",
            "有自知之明，有实用的应对方法，对这个岗位有现实的认识。",
        ),
        average=("Names something but no strategy.", "说出了一点，但没有应对方法。"),
        weak=("Names a core part of this role as something they avoid.", "说自己回避的恰恰是这个岗位的核心工作。"),
    ),
    q(
        "mo-five-years-skills",
        "situational",
        (
            "Which skills do you want to have developed three years from now, and how would this role help?",
            "三年后你希望自己具备哪些能力？这个岗位能如何帮助你？",
        ),
        probes=[
            ("What are you doing about it already?", "你现在已经在做哪些努力？"),
            ("What could we offer that would make the biggest difference?", "我们能提供的什么最能帮到你？"),
        ],
        strong=(
            "Concrete development goals, current steps and a realistic link to the role.",
            "发展目标具体，已有行动，与岗位的联系现实可行。",
        ),
        average=("Wants to grow into management, without detail.", "想往管理方向发展，但没有细节。"),
        weak=("No view, or goals unrelated to the role.", "没有想法，或目标与岗位无关。"),
    ),
    q(
        "mo-leave-reason",
        "situational",
        (
            "What would need to be true in a new role for you to stay and grow in it for several years?",
            "一个新岗位需要具备哪些条件，你才会在其中留下来并持续成长好几年？",
        ),
        probes=[
            ("When has a job met those conditions before?", "以前有哪份工作满足过这些条件？"),
            ("What did you do when one of them disappeared?", "其中某个条件消失时你是怎么做的？"),
        ],
        strong=(
            "Clear, work-related conditions, with evidence of acting on them constructively.",
            "条件清晰且与工作相关，并有建设性应对的实例。",
        ),
        average=("Reasonable conditions without evidence.", "条件合理，但没有例证。"),
        weak=("Conditions about perks only.", "只谈福利待遇。"),
    ),
    q(
        "mo-self-started",
        "behavioural",
        (
            "Tell me about something you started at work without being asked.",
            "请讲一件你在工作中没有被要求、主动发起的事。",
        ),
        probes=[
            ("Why did you think it was worth doing?", "你为什么认为它值得做？"),
            ("Who did you need to convince?", "你需要说服谁？"),
        ],
        strong=(
            "Saw a need, acted with appropriate permission, delivered something that lasted.",
            "发现需求，在适当授权下行动，交付了有持续价值的成果。",
        ),
        average=("A small initiative that helped their own work.", "一个只改善了自己工作的小举措。"),
        weak=("Nothing; waits for instructions.", "没有，一般等指示。"),
    ),
    q(
        "mo-setback",
        "behavioural",
        (
            "Tell me about a professional setback that knocked your confidence. How did you get going again?",
            "请讲一次让你信心受挫的职业挫折。你是怎样重新振作起来的？",
        ),
        probes=[
            ("What did you tell yourself at the time?", "当时你是怎么对自己说的？"),
            ("What would you do the same way again?", "哪些做法你还会再用？"),
        ],
        strong=(
            "Honest about the impact, a concrete recovery path and a lesson that stuck.",
            "坦诚说明影响，有具体的恢复过程和长期受用的经验。",
        ),
        average=("Recovered, with little reflection.", "恢复了，但反思不多。"),
        weak=("Claims setbacks do not affect them.", "声称挫折对自己没有影响。"),
    ),
    q(
        "mo-goal-achieved",
        "behavioural",
        (
            "What is the most demanding goal you have set yourself at work, and did you reach it?",
            "你在工作中给自己定过的最难的目标是什么？实现了吗？",
        ),
        probes=[
            ("How did you track progress?", "你是怎样追踪进展的？"),
            ("What did you sacrifice to reach it?", "为实现它你放弃了什么？"),
        ],
        strong=(
            "Ambitious and measurable goal, a plan, tracking, and an honest result.",
            "目标有挑战且可衡量，有计划、有追踪，结果如实。",
        ),
        average=("A modest goal, reached.", "目标一般，达成了。"),
        weak=("Only goals others set for them.", "只有别人给定的目标。"),
    ),
    q(
        "mo-repetitive-tasks",
        "situational",
        (
            "About a third of this role is routine work that has to be done accurately every week. How do you feel about that, honestly?",
            "这个岗位大约三分之一是每周都要准确完成的常规工作。坦白说，你对此怎么看？",
        ),
        probes=[
            ("How have you kept quality up in routine work before?", "以前你是怎样在常规工作中保持质量的？"),
            ("What would you want to improve about it?", "你会希望在哪些方面改进它？"),
        ],
        strong=(
            "Honest, sees the value of routine, has methods for accuracy, and ideas to simplify.",
            "坦诚，看到常规工作的价值，有保证准确的方法和简化的想法。",
        ),
        average=("Accepts it without enthusiasm.", "接受，但不太情愿。"),
        weak=("Says it is no problem while clearly seeking something else.", "嘴上说没问题，但明显想找别的工作。"),
    ),
    q(
        "mo-company-research",
        "situational",
        (
            "What did you find out about us before today, and what made you curious?",
            "今天之前你对我们做了哪些了解？哪些地方引起了你的兴趣？",
        ),
        probes=[
            ("What concerns did your research raise?", "你的了解中有哪些让你有顾虑？"),
            ("What would you like to hear from me about it?", "关于这一点你希望我说些什么？"),
        ],
        strong=(
            "Has done real research, asks a sharp question and raises an honest concern.",
            "确实做了功课，提出有针对性的问题，并坦诚说出顾虑。",
        ),
        average=("Knows the website.", "看过官网。"),
        weak=("Knows nothing specific.", "没有任何具体了解。"),
    ),
    q(
        "mo-recognition",
        "situational",
        (
            "How do you like your work to be recognised, and how do you know when you have done a good job?",
            "你希望工作成果以什么方式得到认可？你怎样判断自己做得好？",
        ),
        probes=[
            ("What happens when recognition does not come?", "得不到认可时你会怎样？"),
            ("What was the last piece of praise that mattered to you?", "最近一次让你在意的表扬是什么？"),
        ],
        strong=(
            "Has their own standard of good work and a mature view of recognition.",
            "有自己的优秀标准，对认可有成熟的看法。",
        ),
        average=("Relies on the manager's feedback.", "依赖上级的反馈。"),
        weak=("Needs constant praise to stay motivated.", "需要不断表扬才有动力。"),
    ),
    q(
        "mo-travel-role",
        "situational",
        (
            "This role involves regular business travel, about one week a month. How would that fit with the way you like to work?",
            "这个岗位需要定期出差，大约每月一周。这与你喜欢的工作方式契合吗？",
        ),
        probes=[
            ("What have you learned from roles with travel before?", "以前需要出差的岗位让你学到了什么？"),
            ("What support would make it work well?", "什么样的支持能让出差顺利？"),
        ],
        strong=(
            "A clear, honest answer about the work requirement, with practical experience; shares only what they choose to.",
            "对这项工作要求给出清楚、坦诚的回答，结合实际经验；只分享自己愿意分享的内容。",
        ),
        average=("Says yes without reflection.", "不假思索地答应。"),
        weak=("Agrees now but signals it will not work.", "当下答应，但流露出做不到。"),
    ),
    q(
        "mo-pressure-why-hire",
        "stress",
        (
            "We have several strong candidates. In two minutes, why should we choose you?",
            "我们有几位很强的候选人。用两分钟说说，我们为什么应该选你？",
        ),
        probes=[
            ("What is the weakest part of your case?", "你的理由中最弱的部分是什么？"),
            ("What would you do in your first week to prove it?", "你会在第一周做什么来证明？"),
        ],
        strong=(
            "Composed, evidence-based, tied to the role's needs, and honest about a gap.",
            "从容、有证据、紧扣岗位需求，并坦诚说明不足。",
        ),
        average=("Lists strengths without evidence.", "罗列优点，没有证据。"),
        weak=("Rattled, or disparages other candidates.", "慌乱，或贬低其他候选人。"),
    ),
    q(
        "mo-what-learned-recently",
        "behavioural",
        (
            "What have you learned in the last six months that makes you better at your job?",
            "过去六个月里你学到了什么，让你在工作上变得更好？",
        ),
        probes=[
            ("How did you learn it?", "你是怎样学到的？"),
            ("Where have you used it since?", "之后你在哪里用到了？"),
        ],
        strong=(
            "Specific learning, deliberate method, and a visible application.",
            "学习内容具体，方法有意识，并有可见的应用。",
        ),
        average=("Something learned on the job by chance.", "在工作中偶然学到的东西。"),
        weak=("Nothing new.", "没有学到新东西。"),
    ),
    q(
        "mo-ideal-manager",
        "situational",
        (
            "Describe the best manager you have worked for. What did they do that helped you most?",
            "请描述你遇到过的最好的上级。他们做了什么最帮助你？",
        ),
        probes=[
            ("What did you do to make that relationship work?", "你为这段关系做了哪些努力？"),
            ("How do you work with a manager whose style is different?", "你如何与风格不同的上级共事？"),
        ],
        strong=(
            "Specific behaviours, their own contribution to the relationship, and flexibility.",
            "说出具体行为，讲到自己对关系的贡献，并表现出灵活性。",
        ),
        average=("A general description of a supportive boss.", "笼统描述一位支持自己的上级。"),
        weak=("Describes only what they dislike in managers.", "只讲自己讨厌什么样的上级。"),
    ),
    q(
        "mo-role-realistic",
        "situational",
        (
            "If I described the hardest part of this job as dealing with frequent changes of priority from headquarters, how would that sit with you?",
            "如果我说这份工作最难的部分是应对总部频繁调整的优先级，你会怎么看？",
        ),
        probes=[
            ("When have you worked with constant change before?", "你以前在哪里经历过频繁的变化？"),
            ("What would you need from us to cope well?", "你需要我们提供什么来更好地应对？"),
        ],
        strong=(
            "Realistic, gives evidence of adapting to change and names reasonable support.",
            "态度现实，有适应变化的实例，并提出合理的支持需求。",
        ),
        average=("Says they are flexible.", "说自己很灵活。"),
        weak=("Visibly dislikes the idea but says it is fine.", "明显不喜欢，却说没关系。"),
    ),
    q(
        "mo-beyond-duty",
        "behavioural",
        (
            "Tell me about a time you went beyond what your role required. Why did you do it?",
            "请讲一次你超出岗位要求去做事的经历。你为什么这样做？",
        ),
        probes=[("What did it cost you?", "这让你付出了什么？"), ("Would you do it again?", "你还会这样做吗？")],
        strong=(
            "A clear reason tied to the customer or team, with judgement about sustainability.",
            "理由清楚，与客户或团队相关，并考虑可持续性。",
        ),
        average=("Did extra hours to meet a deadline.", "为赶期限加了班。"),
        weak=("Presents overwork as a virtue in itself.", "把过度工作本身当作美德。"),
    ),
    q(
        "mo-career-change",
        "situational",
        (
            "What would success in this role look like to you at the end of the first year?",
            "对你来说，第一年结束时在这个岗位上的成功是什么样的？",
        ),
        probes=[("How would you measure it?", "你会怎样衡量？"), ("What would disappoint you?", "什么会让你失望？")],
        strong=(
            "Concrete, measurable outcomes aligned with the role, and a realistic view of obstacles.",
            "成果具体、可衡量，与岗位一致，并对困难有现实的认识。",
        ),
        average=("Good reviews and settling in.", "考核不错、顺利融入。"),
        weak=("Promotion within a year.", "一年内晋升。"),
    ),
    q(
        "mo-not-selected",
        "stress",
        (
            "Suppose we decided today that you are not the right fit. What would you want to ask us, and what would you do next?",
            "假设我们今天决定你不合适。你想问我们什么？接下来你会怎么做？",
        ),
        probes=[
            ("What feedback would be most useful to you?", "什么样的反馈对你最有用？"),
            ("How have you handled a rejection before?", "以前你是怎样面对被拒绝的？"),
        ],
        strong=(
            "Composed and curious; asks for specific feedback and has a constructive plan.",
            "从容而好奇，请求具体反馈，并有建设性的计划。",
        ),
        average=("Accepts it politely.", "礼貌接受。"),
        weak=("Argues or becomes visibly upset.", "争辩或明显失态。"),
    ),
    q(
        "mo-mission-link",
        "situational",
        (
            "Which part of what our company does matters most to you personally, and why?",
            "我们公司所做的事情中，哪一部分对你个人最有意义？为什么？",
        ),
        probes=[
            ("How would that show in your day-to-day work?", "这会怎样体现在你的日常工作中？"),
            ("What would make you lose that interest?", "什么会让你失去这份兴趣？"),
        ],
        strong=(
            "A genuine, specific link to the company's work with an example of acting on it.",
            "与公司业务有真实、具体的联系，并有相应行动的例子。",
        ),
        average=("General interest in the industry.", "对行业有一般的兴趣。"),
        weak=("No connection beyond the job offer.", "除了这份工作本身，没有任何联系。"),
    ),
]
