# ruff: noqa: E501  (question texts are data: one sentence per line reads better than wrapped text)
"""Communication: clear, honest and adapted to the listener, in speech and in writing."""

from __future__ import annotations

from ._helpers import q

COMPETENCY = "communication"

QUESTIONS = [
    q(
        "co-bad-news",
        "behavioural",
        (
            "Tell me about a time you had to deliver bad news to a customer or a manager.",
            "请讲一次你需要向客户或上级传达坏消息的经历。",
        ),
        probes=[
            ("How did you open the conversation?", "你是怎样开场的？"),
            ("What did you offer alongside the news?", "除了坏消息，你还提供了什么？"),
        ],
        strong=(
            "Told it early and plainly, with facts, impact and a proposed next step; kept the relationship.",
            "及早、直接地说明，附上事实、影响和下一步建议，维护了关系。",
        ),
        average=("Delivered it but softened it until the message was unclear.", "传达了，但措辞过于委婉，信息不清。"),
        weak=("Delayed it or left someone else to deliver it.", "拖延，或让别人去说。"),
    ),
    q(
        "co-written-update",
        "situational",
        (
            "You have to send a weekly update to a busy director who reads it on a phone. What goes in the first three lines?",
            "你每周要给一位很忙、在手机上阅读的总监发进展汇报。前三行写什么？",
        ),
        probes=[
            ("What would make you write it differently one week?", "什么情况下你某一周会换一种写法？"),
            ("How do you show a risk without alarming them?", "你如何在不引起恐慌的情况下提示风险？"),
        ],
        strong=(
            "Status, the decision or help needed, and the main risk, in plain words; details below.",
            "用平实的语言写明进展、需要的决定或支持，以及主要风险；细节放在后面。",
        ),
        average=("A tidy summary of activities.", "整齐地罗列了各项活动。"),
        weak=("A long narrative with the important point at the end.", "长篇叙述，重点放在最后。"),
    ),
    q(
        "co-listen-misunderstood",
        "behavioural",
        (
            "Describe a time you realised you had misunderstood what someone needed. How did you find out?",
            "请描述一次你意识到自己误解了对方需求的经历。你是怎样发现的？",
        ),
        probes=[
            ("What question would have revealed it earlier?", "哪个问题本可以更早发现？"),
            ("What do you do now at the start of a request?", "现在接到需求时你一开始会做什么？"),
        ],
        strong=(
            "Specific case, what they now ask or paraphrase to confirm, and the effect.",
            "案例具体，说明现在会如何提问或复述确认，以及效果。",
        ),
        average=("Realised late but fixed it.", "发现得晚，但纠正了。"),
        weak=("Puts it down to the other person explaining badly.", "归咎于对方没说清楚。"),
    ),
    q(
        "co-persuade-without-authority",
        "behavioural",
        (
            "Tell me about persuading someone you had no authority over to change what they were doing.",
            "请讲一次你说服一位你无权管理的人改变做法的经历。",
        ),
        probes=[
            ("What did they care about, and how did you find out?", "他们在意什么？你是怎样了解到的？"),
            ("What did you concede?", "你做了哪些让步？"),
        ],
        strong=(
            "Understood the other's interests, used evidence and a small first step, and gave something in return.",
            "理解对方的利益，用证据和一个小的起步来推动，并给予对方回报。",
        ),
        average=("Persuaded through persistence.", "靠坚持说服了对方。"),
        weak=("Escalated to the other person's manager straight away.", "直接找对方的上级。"),
    ),
    q(
        "co-explain-technical",
        "situational",
        (
            "Explain something from your field that you know well to me as if I were a customer with no background in it. You have two minutes.",
            "请把你专业领域里一个你很熟悉的内容讲给我听，假设我是没有相关背景的客户。你有两分钟。",
        ),
        probes=[
            ("Which word did you avoid, and why?", "你刻意避开了哪个词？为什么？"),
            ("How would you check I understood?", "你会如何确认我听懂了？"),
        ],
        strong=(
            "Plain words, a relevant example, within time, and a check for understanding.",
            "语言平实，例子贴切，不超时，并确认理解。",
        ),
        average=("Accurate but uses some jargon.", "内容准确，但用了一些行话。"),
        weak=("Lecture-like, over time, or loses the listener.", "像讲课一样，超时或让听者不知所云。"),
    ),
    q(
        "co-difficult-meeting",
        "behavioural",
        (
            "Describe a meeting that was going badly and what you did to turn it around.",
            "请描述一次进行得很不顺利的会议，以及你是如何扭转局面的。",
        ),
        probes=[
            ("What was the first sign it was going wrong?", "最初出现了什么不对劲的信号？"),
            ("What did you do after the meeting?", "会后你做了什么？"),
        ],
        strong=(
            "Noticed early, re-framed the goal or paused, and followed up in writing.",
            "及早察觉，重新明确目标或暂停，会后书面跟进。",
        ),
        average=("Got through it and sent notes.", "熬过去，发了纪要。"),
        weak=("Did nothing or made it worse.", "什么都没做，或使局面更糟。"),
    ),
    q(
        "co-say-no",
        "behavioural",
        (
            "Tell me about a time you said no to a request from someone important to you at work.",
            "请讲一次你拒绝工作中一位重要人物的请求的经历。",
        ),
        probes=[
            ("How did you phrase it?", "你是怎样措辞的？"),
            ("What happened to the relationship?", "你们的关系后来怎样？"),
        ],
        strong=(
            "Said no clearly with the reason and an alternative; the relationship held.",
            "清楚地拒绝，说明理由并提出替代方案；关系没有受损。",
        ),
        average=("Said yes, then struggled to deliver.", "答应了，之后很难兑现。"),
        weak=("Avoided answering until the request went away.", "一直拖着不回应，直到请求不了了之。"),
    ),
    q(
        "co-conflict-peer",
        "behavioural",
        (
            "Tell me about a disagreement with a peer that you resolved by talking it through.",
            "请讲一次你通过沟通解决与同级同事分歧的经历。",
        ),
        probes=[
            ("What did you understand about their view by the end?", "到最后你对对方的观点有了什么理解？"),
            ("What did you agree, and was it kept?", "你们达成了什么共识？后来执行了吗？"),
        ],
        strong=(
            "Sought to understand first, separated facts from positions, agreed a concrete way forward that held.",
            "先求理解，把事实和立场分开，达成具体且得到执行的方案。",
        ),
        average=("Reached a compromise without understanding the other view.", "达成了妥协，但没有真正理解对方观点。"),
        weak=("'I was right and eventually they saw it.'", "“我是对的，最后他们也认了。”"),
    ),
    q(
        "co-interrupted-pressure",
        "stress",
        (
            "I am going to interrupt you a few times while you describe your last project. Please carry on and get your main points across.",
            "在你介绍上一个项目时，我会打断你几次。请继续讲下去，并把要点讲清楚。",
        ),
        probes=[
            ("What were the three points you wanted me to remember?", "你希望我记住的三个要点是什么？"),
            ("How did the interruptions change what you said?", "打断对你的表达有什么影响？"),
        ],
        strong=(
            "Stays composed, answers the interruption briefly and returns to a clear structure.",
            "保持镇定，简短回应打断，然后回到清晰的结构。",
        ),
        average=("Gets flustered at first but recovers.", "开始有些慌乱，但能恢复。"),
        weak=("Loses the thread or becomes irritated.", "思路中断或变得恼火。"),
    ),
    q(
        "co-email-tone",
        "behavioural",
        (
            "Tell me about an email or message of yours that was read very differently from how you meant it.",
            "请讲一次你发出的邮件或消息被对方理解得与本意完全不同的经历。",
        ),
        probes=[
            ("How did you repair it?", "你是怎样补救的？"),
            ("What do you check before sending now?", "现在发送前你会检查什么？"),
        ],
        strong=(
            "Picked up the reaction, called the person, clarified, and changed a writing habit.",
            "察觉到对方的反应，打电话澄清，并改变了写作习惯。",
        ),
        average=("Sent a clarification by email.", "又发了一封邮件解释。"),
        weak=("Thinks the reader overreacted.", "认为是读者反应过度。"),
    ),
    q(
        "co-presenting-senior",
        "behavioural",
        (
            "Describe the most senior audience you have presented to. How did you prepare, and what questions came?",
            "请描述你做过汇报的最高层级受众。你是怎样准备的？他们问了什么问题？",
        ),
        probes=[
            ("Which question could you not answer?", "哪个问题你没能回答上来？"),
            ("What did you do afterwards?", "之后你做了什么？"),
        ],
        strong=(
            "Prepared for the decision they needed, anticipated questions, handled an unknown honestly and followed up.",
            "围绕对方需要的决定做准备，预判问题，对不知道的如实回答并事后跟进。",
        ),
        average=("Well prepared slides; answers were adequate.", "幻灯片准备充分，回答尚可。"),
        weak=("Bluffed an answer.", "对不会的问题不懂装懂。"),
    ),
    q(
        "co-clarify-ambiguous",
        "situational",
        (
            "A customer writes: 'This is not what we agreed.' You are not sure what they mean. How do you reply?",
            "客户来信说：“这不是我们约定的。”你不确定对方指什么。你会怎样回复？",
        ),
        probes=[
            ("What would you avoid saying in the first reply?", "第一次回复中你会避免说什么？"),
            ("When would you pick up the phone?", "什么时候你会直接打电话？"),
        ],
        strong=(
            "Acknowledges the concern without admitting or denying, asks a precise question or proposes a quick call, and refers to the written agreement.",
            "承认对方的关切但不急于认错或否认，提出明确的问题或建议尽快通话，并对照书面约定。",
        ),
        average=("Defends what was delivered.", "为已交付的内容辩护。"),
        weak=("Argues or ignores it.", "争辩或置之不理。"),
    ),
    q(
        "co-summarise",
        "situational",
        (
            "In one minute, summarise for me the most important thing you have learned about our company during this process.",
            "请用一分钟概括你在这次应聘过程中了解到的关于我们公司最重要的一点。",
        ),
        probes=[
            ("Where did that impression come from?", "这个印象来自哪里？"),
            ("What are you still unsure about?", "你还有哪些不确定的地方？"),
        ],
        strong=(
            "Concise, accurate, links to the role, and names an open question.",
            "简洁准确，与岗位相关，并提出一个待解的问题。",
        ),
        average=("Accurate but rambling.", "内容准确但啰嗦。"),
        weak=("Generic praise or repeats the advert.", "泛泛称赞，或复述招聘广告。"),
    ),
    q(
        "co-receive-feedback",
        "behavioural",
        (
            "Tell me about critical feedback you received that was hard to hear. What did you do with it?",
            "请讲一次你收到的很难接受的批评性反馈。你是怎样对待的？",
        ),
        probes=[
            ("What was your first reaction?", "你的第一反应是什么？"),
            ("What changed as a result?", "结果带来了什么改变？"),
        ],
        strong=(
            "Honest about the first reaction, sought to understand, acted on it and can show the change.",
            "坦诚说出第一反应，主动了解原因，付诸行动并能展示改变。",
        ),
        average=("Accepted it and tried to improve.", "接受了并努力改进。"),
        weak=("Explains why the feedback was wrong.", "解释为什么那条反馈是错的。"),
    ),
    q(
        "co-cross-team-alignment",
        "behavioural",
        (
            "Describe how you kept several teams aligned on a shared piece of work.",
            "请描述你如何让多个团队在一项共同的工作上保持一致。",
        ),
        probes=[
            ("What did you write down and share?", "你记录并分享了哪些内容？"),
            ("What happened when one team fell behind?", "某个团队落后时发生了什么？"),
        ],
        strong=(
            "Clear owners, a shared written plan, regular short check-ins and early escalation.",
            "负责人明确、有共享的书面计划、定期简短沟通并及早上报。",
        ),
        average=("Regular meetings; alignment depended on them.", "定期开会，一致性全靠开会维持。"),
        weak=("Assumed everyone knew their part.", "默认大家都清楚自己的分工。"),
    ),
    q(
        "co-hostile-question",
        "stress",
        (
            "If I told you that your answers so far sound rehearsed, how would you respond?",
            "如果我说你到目前为止的回答听起来像是背好的，你会怎样回应？",
        ),
        probes=[
            ("Can you give me an example you have not prepared?", "你能举一个没有准备过的例子吗？"),
            ("How do you usually react to blunt feedback?", "你平时怎样面对直率的反馈？"),
        ],
        strong=(
            "Stays calm, takes it as a fair challenge and offers a fresh, specific example.",
            "保持冷静，把它当作合理的挑战，并给出一个新的具体例子。",
        ),
        average=("Slightly defensive, then gives another example.", "略有防御，然后举了另一个例子。"),
        weak=("Becomes defensive or shuts down.", "变得防御或不再回应。"),
    ),
    q(
        "co-negotiation",
        "behavioural",
        (
            "Tell me about a negotiation where you had to find an outcome both sides could accept.",
            "请讲一次你需要找到双方都能接受的结果的谈判。",
        ),
        probes=[
            ("What did you know about the other side's limits?", "你对对方的底线了解多少？"),
            ("What was your walk-away point?", "你的底线是什么？"),
        ],
        strong=(
            "Prepared interests and limits, listened, traded concessions and reached a durable agreement.",
            "事先梳理利益和底线，认真倾听，交换让步，达成可持续的协议。",
        ),
        average=("Reached agreement by splitting the difference.", "通过折中达成协议。"),
        weak=("Won at the other side's expense or gave everything away.", "牺牲对方利益取胜，或全盘让步。"),
    ),
    q(
        "co-meeting-silent",
        "situational",
        (
            "In a video call with a candidate or customer, one participant stays silent throughout. What might be going on, and what do you do?",
            "在和候选人或客户的视频会议中，有一位参与者自始至终没有说话。可能是什么原因？你会怎么做？",
        ),
        probes=[
            ("How would you invite them in without putting them on the spot?", "你会如何邀请对方发言而不让其难堪？"),
            ("What would you do after the call?", "会后你会做什么？"),
        ],
        strong=(
            "Considers several reasons (language, hierarchy, connection), invites them gently and follows up one to one.",
            "考虑多种原因（语言、层级、网络），温和地邀请发言，会后单独跟进。",
        ),
        average=("Asks them directly for their view.", "直接问对方的意见。"),
        weak=("Ignores them.", "忽略对方。"),
    ),
    q(
        "co-instructions-clear",
        "behavioural",
        (
            "Tell me about a time your instructions to someone were not followed as you intended. What did you learn about giving instructions?",
            "请讲一次你给出的指示没有按你的本意被执行的经历。你从中学到了哪些关于布置任务的经验？",
        ),
        probes=[
            ("How do you check understanding now?", "现在你如何确认对方理解了？"),
            ("What do you put in writing?", "哪些内容你会写下来？"),
        ],
        strong=(
            "Takes responsibility for clarity and describes a better method (purpose, outcome, deadline, confirm back).",
            "承担表达不清的责任，并说明改进的方法（目的、结果、期限、请对方复述）。",
        ),
        average=("Explains it more carefully now.", "现在解释得更仔细了。"),
        weak=("Blames the other person.", "责怪对方。"),
    ),
    q(
        "co-interpreter",
        "situational",
        (
            "You are working through an interpreter for the first time with an important customer. How do you make it go well?",
            "你第一次通过译员与一位重要客户沟通。你会怎样确保沟通顺利？",
        ),
        probes=[
            ("What would you tell the interpreter beforehand?", "事先你会和译员交代什么？"),
            ("Who would you look at while speaking?", "说话时你会看着谁？"),
        ],
        strong=(
            "Briefs the interpreter on terms and goals, speaks in short segments, addresses the customer directly and checks understanding.",
            "事先向译员说明术语和目标，分段简短表达，直接面向客户说话，并确认理解。",
        ),
        average=("Speaks slowly and hopes for the best.", "放慢语速，听天由命。"),
        weak=(
            "Talks to the interpreter instead of the customer, in long paragraphs.",
            "对着译员而不是客户讲话，而且一说一大段。",
        ),
    ),
]
