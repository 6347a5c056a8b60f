"""Seeded questions: Etiquette and professional image (keys etq-NNN; FORMAT in question_bank.seed)."""

from __future__ import annotations

from .builders import level as _level
from .builders import opt as _opt
from .builders import pair as _pair
from .builders import t as _t

BEFORE = {"en": "Etiquette and professional image/Before the interview", "zh": "面试礼仪与职业形象/面试前准备"}
DURING = {"en": "Etiquette and professional image/During the interview", "zh": "面试礼仪与职业形象/面试中礼仪"}
IMAGE = {"en": "Etiquette and professional image/Professional image", "zh": "面试礼仪与职业形象/职业形象"}


def _tags(difficulty: str, *extra: str) -> list[str]:
    return ["competency:etiquette", "level:foundation", f"difficulty:{difficulty}", *extra]


QUESTIONS = [
    # ---------------------------------------------------------------- practice: before the interview
    {
        "key": "etq-001",
        "category": BEFORE,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Choosing a slot for a candidate in São Paulo", "为圣保罗的候选人选择面试时间"),
        "stem": _t(
            "<p>You are a sales director in Shenzhen (UTC+8). Your candidate, Ana Souza, lives in São Paulo "
            "(UTC−3; Brazil currently does not use daylight saving time), so she is 11 hours behind you. HR's "
            "calendar tool suggests 10:00 Shenzhen time on Tuesday. What do you do?</p>",
            "<p>你是深圳（UTC+8）的销售总监，候选人 Ana Souza 住在圣保罗（UTC−3；巴西目前不实行夏令时），"
            "比你晚 11 个小时。HR 的日程工具建议周二深圳时间 10:00 面试。你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Offer two or three slots between 20:00 and 22:00 Shenzhen time (09:00–11:00 in São Paulo) and "
                "write both local times in the invitation.",
                "提供两到三个深圳时间 20:00–22:00 的时段（圣保罗 09:00–11:00），并在邀请里同时写明双方当地时间。",
                "Right. The inconvenience belongs to the side that is hiring. Her morning is inside her working "
                "day, and two local times in writing remove the most common cause of no-shows across time zones.",
                "正确。不方便应由招聘方承担。她的上午在正常工作时间内；书面写明双方当地时间，"
                "能消除跨时区面试缺席最常见的原因。",
            ),
            _opt(
                0.0,
                "Keep 10:00 Shenzhen time; candidates who apply to a foreign company expect unusual hours.",
                "保持深圳时间 10:00；应聘外国公司的候选人理应接受不寻常的时间。",
                "10:00 in Shenzhen is 23:00 the evening before in São Paulo. You would be assessing a tired person "
                "and telling her how your company treats its people abroad.",
                "深圳 10:00 是圣保罗前一天晚上 23:00。你面试的将是一个疲惫的人，"
                "同时也在告诉她：这家公司就是这样对待海外员工的。",
            ),
            _opt(
                0.0,
                "Book 07:00 Shenzhen time (18:00 in São Paulo) so she does not have to take time off work.",
                "定在深圳时间 07:00（圣保罗 18:00），这样她不用请假。",
                "Well meant, but it pushes the interview into her evening rest time without asking. Offer slots "
                "in her working day; if she herself asks for an evening slot, accommodate it.",
                "出发点是好的，但未经询问就把面试推到她的下班休息时间。应先提供她工作时间内的时段；"
                "如果她本人提出要晚上面试，再予以配合。",
            ),
            _opt(
                0.0,
                "Ask her to suggest any time that suits her and send the invitation in Shenzhen time only.",
                "请她随便挑一个方便的时间，邀请里只写深圳时间。",
                "Letting her choose is courteous, but an invitation in your time zone only invites a conversion "
                "mistake on her side, and an open question slows the scheduling down.",
                "让她挑时间是礼貌的，但只写深圳时间容易让她换算出错；完全开放的提问也会拖慢约时间的进度。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Schedule inside the candidate's working day, offer a small choice of slots, and always write the "
            "time in both time zones. Check daylight-saving rules for both places on the interview date.</p>",
            "<p>面试时间应安排在候选人的工作时间内，提供少量可选时段，并始终写明双方时区的时间。"
            "同时核对面试当天两地的夏令时规则。</p>",
        ),
    },
    {
        "key": "etq-002",
        "category": BEFORE,
        "purpose": "practice",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Telling the candidate the format in advance", "提前告知候选人面试形式"),
        "stem": _t(
            "<p>Sending a candidate the interviewers' names and roles, the format and the expected length of the "
            "interview beforehand gives that candidate an unfair advantage.</p>",
            "<p>提前把面试官的姓名和职务、面试形式和预计时长发给候选人，会让这位候选人获得不公平的优势。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "Not so. Every candidate receives the same information, so nobody gains an edge; what you remove is "
            "anxiety and guesswork, which add noise to what you observe.",
            "并非如此。每位候选人收到的信息相同，没有人因此占优；你消除的只是紧张和猜测，而这些会干扰你的观察。",
        ),
        "feedback_false": _t(
            "Correct. Giving every candidate the same practical information is fair and professional; it lets "
            "them show their real ability rather than their tolerance for surprises.",
            "正确。向每位候选人提供同样的实用信息既公平又专业，让他们展示真实能力，而不是比谁更能应付意外。",
        ),
        "general_feedback": _t(
            "<p>A good invitation names the interviewers and their roles, the format (video, on site, with an "
            "interpreter), the length, the tool and a contact for questions or adjustments.</p>",
            "<p>一封合格的面试邀请应写明面试官及其职务、面试形式（视频、现场、是否有口译）、时长、"
            "所用工具，以及咨询或申请便利安排的联系人。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: during the interview
    {
        "key": "etq-003",
        "category": DURING,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The connection drops mid-answer", "回答中途网络中断"),
        "stem": _t(
            "<p>Twenty minutes into a video interview, Nguyen Thi Lan's connection from Hanoi freezes in the "
            "middle of her answer about a supplier dispute. She reconnects two minutes later, flustered. What is "
            "the best way to continue?</p>",
            "<p>视频面试进行到第 20 分钟，河内的候选人 Nguyen Thi Lan 在讲一次供应商纠纷时画面卡住。"
            "两分钟后她重新连上，显得有些慌乱。最好的继续方式是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Reassure her, tell her where her answer was cut off, and invite her to pick it up from there.",
                "先安抚她，告诉她回答在哪里中断，请她从那里接着讲。",
                "Right. Technical problems are the interviewer's to absorb. Telling her the last point you heard "
                "saves her from repeating everything and keeps the evidence intact.",
                "正确。技术问题应由面试方消化。告诉她你最后听到哪里，她就不必从头再讲，证据也得以完整保留。",
            ),
            _opt(
                0.0,
                "Move on to the next question to make up the lost time.",
                "直接进入下一个问题，把耽误的时间补回来。",
                "You would lose half an answer on a core question and score her on incomplete evidence. Cut "
                "time elsewhere, for example from your own introduction of the company.",
                "这样会丢掉一个核心问题的后半段回答，只能依据不完整的证据评分。应从别处压缩时间，"
                "比如缩短你自己对公司的介绍。",
            ),
            _opt(
                0.0,
                "Ask her to start the whole answer again so that you hear it in one piece.",
                "请她把整个回答从头再讲一遍，以便你听到完整版本。",
                "A full repeat costs time and tends to produce a shorter, flatter version. Tell her where she "
                "was cut off instead.",
                "完整重复既费时间，第二遍往往也更短、更平淡。更好的做法是告诉她在哪里中断。",
            ),
            _opt(
                0.0,
                "Note the drop on the evaluation form as a sign of poor preparation.",
                "在评价表上记下掉线，作为准备不足的表现。",
                "Connection quality in another country says nothing about the competencies you are assessing, "
                "and it is often outside the candidate's control.",
                "另一个国家的网络质量与你要评估的能力毫无关系，而且往往不是候选人能控制的。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Agree a fallback (phone number or second link) in the invitation, and when something breaks, "
            "take the blame on your side and restore the candidate's footing before continuing.</p>",
            "<p>在邀请中约定备用方案（电话号码或第二个链接）。一旦出现故障，由面试方主动担责，"
            "先帮候选人稳住状态，再继续面试。</p>",
        ),
    },
    {
        "key": "etq-004",
        "category": DURING,
        "purpose": "practice",
        "type": "ordering",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("The shape of a structured interview", "结构化面试的流程"),
        "stem": _t(
            "<p>Put the parts of a one-hour interview in the order a well-run interview follows.</p>",
            "<p>请按照一场规范的一小时面试的顺序，排列下面各个环节。</p>",
        ),
        "items": [
            _t(
                "Greet the candidate and introduce everyone on the panel with their role",
                "问候候选人，介绍每位面试官及其职务",
            ),
            _t(
                "Explain the format, the time available and that you will take notes",
                "说明面试形式、时长，并告知会做记录",
            ),
            _t("Ask the core structured questions, with follow-up probes", "提出核心结构化问题并追问"),
            _t("Invite and answer the candidate's own questions", "请候选人提问并作答"),
            _t(
                "Explain the next steps and when the candidate will hear back",
                "说明后续步骤以及何时给出答复",
            ),
        ],
        "general_feedback": _t(
            "<p>The opening lowers the candidate's uncertainty, the middle gathers comparable evidence, and the "
            "close leaves them knowing exactly what happens next, without any hint of the outcome.</p>",
            "<p>开场降低候选人的不确定感，中段收集可比较的证据，收尾让候选人清楚知道接下来会发生什么，"
            "同时不透露任何结果。</p>",
        ),
    },
    # ---------------------------------------------------------------- practice: professional image
    {
        "key": "etq-005",
        "category": IMAGE,
        "purpose": "practice",
        "type": "multi",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Setting up for a video interview", "视频面试的准备"),
        "stem": _t(
            "<p>You will interview a senior engineer in Munich from your home office. Which of these set a "
            "professional tone? Select all that apply.</p>",
            "<p>你将在家中书房面试一位慕尼黑的资深工程师。以下哪些做法能体现专业形象？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "Camera at eye level, light in front of you, a plain or tidy background",
                "摄像头与视线齐平，光线从正面照来，背景简洁整齐",
                "Yes. The candidate should see your face clearly and nothing that competes with it.",
                "正确。候选人应能清楚看到你的脸，背景里不应有分散注意力的东西。",
            ),
            _opt(
                0.3333333,
                'Your display name set to your full name and role, e.g. "Li Wei – Head of Engineering"',
                "显示名称设为全名加职务，例如“Li Wei – 工程负责人”",
                "Yes. It tells the candidate who is speaking and saves an awkward introduction.",
                "正确。这让候选人知道谁在发言，也省去尴尬的自我介绍。",
            ),
            _opt(
                0.3333334,
                "Notifications silenced and other applications closed before you join",
                "入会前关闭通知和其他应用程序",
                "Yes. Pop-up sounds and glances at another window read as inattention.",
                "正确。弹窗提示音和瞥向其他窗口的动作都会被理解为心不在焉。",
            ),
            _opt(
                -0.5,
                "Camera off for the first part to save bandwidth, switched on for the candidate's questions",
                "前半段关闭摄像头以节省带宽，到候选人提问时再打开",
                "No. The candidate talks to a black square during the part that matters most to them; ask for "
                "the connection to be fixed instead.",
                "错误。在对候选人最重要的环节，他只能对着黑屏说话。应提前解决网络问题。",
            ),
            _opt(
                -0.5,
                "Joining from a café to appear relaxed and approachable",
                "在咖啡馆上线，以显得轻松亲切",
                "No. A relaxed meeting in person can work for senior candidates, but a video interview from a "
                "public place exposes the candidate's answers to strangers and brings noise.",
                "错误。与资深候选人线下在轻松场合见面可以，但在公共场所进行视频面试会让陌生人听到"
                "候选人的回答，还有噪音干扰。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>On video your setting is your office. Check the camera, light, sound, name and background ten "
            "minutes before, and treat the session as you would a meeting with an important client.</p>",
            "<p>在视频里，你的环境就是你的办公室。提前十分钟检查摄像头、光线、声音、显示名称和背景，"
            "像对待重要客户会议一样对待这次面试。</p>",
        ),
    },
    {
        "key": "etq-006",
        "category": IMAGE,
        "purpose": "practice",
        "type": "single",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What to wear when your office is casual", "公司着装随意时该穿什么"),
        "stem": _t(
            "<p>Your team in Shanghai dresses casually. Next week you interview a finance controller in Frankfurt "
            "on site. What should you wear?</p>",
            "<p>你在上海的团队平时着装随意。下周你要在法兰克福现场面试一位财务总监。你应该穿什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Business attire at least as formal as the candidate's own workplace; ask local HR if unsure.",
                "穿商务装，正式程度不低于候选人所在职场；拿不准时问当地 HR。",
                "Right. Dress for the candidate's context, not yours. Being slightly more formal costs nothing; "
                "being noticeably less formal signals that the meeting does not matter to you.",
                "正确。按候选人的环境着装，而不是按你自己的习惯。稍正式一点没有代价；"
                "明显比对方随意，则传递出你不重视这次会面。",
            ),
            _opt(
                0.0,
                "Your usual casual clothes, to show the company's relaxed culture honestly.",
                "穿平时的休闲装，真实展示公司轻松的文化。",
                "You can describe the culture honestly in words. In a finance role in Frankfurt, casual dress at "
                "the interview will more likely be read as a lack of respect.",
                "公司文化可以用语言如实介绍。面试法兰克福的财务岗位时穿休闲装，更可能被理解为不够尊重。",
            ),
            _opt(
                0.0,
                "A formal suit and tie regardless of the role, country or venue.",
                "不论岗位、国家或场地，一律正装西服加领带。",
                "Safe in Frankfurt finance, but as a rule it ignores context: in some markets and roles it looks "
                "stiff, and in hot climates local business dress differs. Check with local HR.",
                "在法兰克福金融圈没问题，但作为通用规则忽略了场景：在某些市场和岗位上显得拘谨，"
                "炎热地区的商务着装也不同。应先问当地 HR。",
            ),
            _opt(
                0.0,
                "Whatever the candidate wore in their profile photo.",
                "照着候选人头像照片里的穿着来。",
                "A profile photo tells you little about the interview setting, and copying the candidate is not "
                "the same as matching the occasion.",
                "头像照片反映不了面试场合；模仿候选人并不等于符合场合。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Your appearance is part of the employer brand. Match or slightly exceed the formality of the "
            "candidate's professional world, and ask local HR about local norms and climate.</p>",
            "<p>你的形象是雇主品牌的一部分。着装应与候选人所在职业环境的正式程度相当或略高，"
            "并向当地 HR 了解本地习惯和气候因素。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: before the interview
    {
        "key": "etq-010",
        "category": BEFORE,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Preparing for a cross-border interview", "跨境面试前的准备"),
        "stem": _t(
            "<p>Tomorrow you interview Priya Nair in Kuala Lumpur for a regional key-account role, with an "
            "interpreter joining for part of the conversation. Which preparation steps are right? Select all that "
            "apply.</p>",
            "<p>明天你要面试吉隆坡的 Priya Nair，岗位是区域大客户经理，部分环节有口译员参与。"
            "以下哪些准备是正确的？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.25,
                "Re-read her CV and write down which of your structured questions each part of it will test",
                "重读她的简历，写下简历中每一部分将由哪个结构化问题来检验",
                "Yes. Preparation turns the CV into evidence to probe, not a script to recite back to her.",
                "正确。准备的目的是把简历变成需要追问核实的证据，而不是念给她听的稿子。",
            ),
            _opt(
                0.25,
                "Ask local HR which topics are sensitive or unlawful to raise in Malaysia",
                "向当地 HR 确认在马来西亚哪些话题敏感或不能问",
                "Yes. Check before every new market; taboos and the law behind them differ by country.",
                "正确。每进入一个新市场都要先确认；各国的禁忌及其法律依据都不相同。",
            ),
            _opt(
                0.25,
                "Test the video tool with the interpreter and send them the role description and key terms",
                "与口译员一起测试视频工具，并把岗位说明和关键术语发给对方",
                "Yes. An interpreter who knows the vocabulary translates meaning instead of guessing.",
                "正确。熟悉术语的口译员才能准确传达含义，而不是靠猜。",
            ),
            _opt(
                0.25,
                "Agree with the other panel member who asks which questions and who keeps time",
                "与另一位面试官约定谁问哪些问题、谁负责控制时间",
                "Yes. A panel that has divided the work asks every question once and finishes on time.",
                "正确。分工明确的面试小组不会重复提问，也能按时结束。",
            ),
            _opt(
                -0.5,
                "Look through her personal social media to get a sense of her family situation",
                "浏览她的个人社交媒体，了解她的家庭情况",
                "No. Family status is a protected topic in many countries; knowing it can only bias you, and it "
                "is no part of the job evidence.",
                "错误。家庭状况在许多国家属于受保护话题；知道了只会带来偏见，而且与岗位证据无关。",
            ),
            _opt(
                -0.5,
                "Prepare a promise of promotion to regional head within a year to make the role attractive",
                "准备一个“一年内升任区域负责人”的承诺，增加岗位吸引力",
                "No. Over-promising wins a signature and loses the person a few months later. Describe "
                "real growth paths with real examples.",
                "错误。“画饼”能换来签约，却会在几个月后失去这个人。应该用真实案例说明真实的发展路径。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Good preparation covers four things: the candidate's evidence, local rules and taboos, the tools "
            "and people (interpreter, panel), and honest material about the role.</p>",
            "<p>充分的准备包括四方面：候选人的证据、当地规则与禁忌、工具与人员（口译、面试小组），"
            "以及关于岗位的真实信息。</p>",
        ),
    },
    {
        "key": "etq-011",
        "category": BEFORE,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Converting the time for London in summer", "换算夏季的伦敦时间"),
        "stem": _t(
            "<p>You are in Beijing (UTC+8, no daylight saving time). Your candidate is in London, and the "
            "interview is in July, when the UK is on British Summer Time (UTC+1). You propose 16:00 Beijing time. "
            "What local time is that for the candidate? Answer in the form hh:mm.</p>",
            "<p>你在北京（UTC+8，不实行夏令时），候选人在伦敦，面试在七月，英国此时实行英国夏令时"
            "（UTC+1）。你提议北京时间 16:00。对候选人来说是当地几点？请按 hh:mm 格式作答。</p>",
        ),
        "answers": [
            _opt(
                1.0,
                "09:00",
                "09:00",
                "Right: 16:00 − 8 h = 08:00 UTC, + 1 h = 09:00 BST.",
                "正确：16:00 减 8 小时为 UTC 08:00，加 1 小时为夏令时 09:00。",
            ),
            _opt(1.0, "9:00", "9:00", "Right: 09:00 in London.", "正确：伦敦时间 09:00。"),
            _opt(1.0, "9 am", "上午9点", "Right: 09:00 in London.", "正确：伦敦时间上午 9 点。"),
            _opt(1.0, "9am", "上午九点", "Right: 09:00 in London.", "正确：伦敦时间上午 9 点。"),
            _opt(1.0, "9:00 am", "9点", "Right: 09:00 in London.", "正确：伦敦时间 9 点。"),
            _opt(1.0, "9.00", "九点", "Right: 09:00 in London.", "正确：伦敦时间 9 点。"),
            _opt(
                0.0,
                "08:00",
                "08:00",
                "That is UTC. In July London is one hour ahead of UTC, so it is 09:00 there.",
                "这是 UTC 时间。七月的伦敦比 UTC 快一小时，当地是 09:00。",
            ),
            _opt(
                0.0,
                "8:00",
                "8:00",
                "That is UTC. In July London is one hour ahead of UTC, so it is 09:00 there.",
                "这是 UTC 时间。七月的伦敦比 UTC 快一小时，当地是 09:00。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>Convert through UTC and check daylight saving for the date of the interview: the same 16:00 "
            "Beijing slot is 08:00 in London in January. Put both local times in the invitation.</p>",
            "<p>先换算成 UTC，再核对面试当天是否实行夏令时：同样是北京时间 16:00，一月份在伦敦是 08:00。"
            "邀请中要同时写明双方当地时间。</p>",
        ),
    },
    {
        "key": "etq-012",
        "category": BEFORE,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Skipping the tool test", "省略设备测试"),
        "stem": _t(
            "<p>If the interpreter has used your video platform before, there is no need to test the set-up with "
            "them before the interview.</p>",
            "<p>如果口译员以前用过你们的视频平台，面试前就不必再和他一起测试设备。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "Familiarity with the platform does not test today's set-up: interpretation channels, audio routing, "
            "a new headset or a changed link. A ten-minute check saves the first fifteen minutes of the interview.",
            "熟悉平台不等于测试了今天的配置：同传频道、音频设置、新耳机或更换的链接都可能出问题。"
            "提前十分钟检查，能省下面试开头的十五分钟。",
        ),
        "feedback_false": _t(
            "Correct. Test the actual link, audio and interpretation set-up each time, and use the check to brief "
            "the interpreter on the role and its terms.",
            "正确。每次都要测试实际使用的链接、音频和口译设置，并借此向口译员介绍岗位和相关术语。",
        ),
        "general_feedback": _t(
            "<p>Tool failures fall on the candidate's nerves and on your evidence. Test the tool and brief the "
            "interpreter every time, and send the candidate a fallback contact.</p>",
            "<p>设备故障影响的是候选人的状态和你获得的证据。每次都要测试设备、向口译员交底，"
            "并给候选人一个备用联系方式。</p>",
        ),
    },
    {
        "key": "etq-013",
        "category": BEFORE,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Match each risk to the preparation that prevents it", "将风险与对应的预防准备相匹配"),
        "stem": _t(
            "<p>Match each risk in an upcoming cross-border interview with the preparation step that best "
            "prevents it.</p>",
            "<p>为即将进行的跨境面试中的每个风险，匹配最能预防它的准备步骤。</p>",
        ),
        "pairs": [
            _pair(
                "Your usual video platform is unreliable in the candidate's country",
                "你常用的视频平台在候选人所在国家不稳定",
                "Send a tested alternative link and a phone dial-in with the invitation",
                "在邀请中附上测试过的备用链接和电话接入方式",
            ),
            _pair(
                "The interpreter has never worked on a supply-chain role",
                "口译员从未接触过供应链岗位",
                "Brief the interpreter with the role description and a short glossary",
                "提前把岗位说明和简短术语表发给口译员",
            ),
            _pair(
                "Both panel members plan to ask about leadership",
                "两位面试官都打算问领导力",
                "Agree in advance who asks which questions",
                "事先约定谁问哪些问题",
            ),
            _pair(
                "You do not know which personal topics are off limits locally",
                "你不知道当地哪些个人话题不能问",
                "Ask local HR for the country's taboo topics and the law behind them",
                "向当地 HR 了解该国的禁忌话题及其法律依据",
            ),
        ],
        "distractors": [
            _t(
                "Ask the candidate to confirm their date of birth for the visa check",
                "请候选人确认出生日期，以便办理签证审核",
            ),
        ],
        "general_feedback": _t(
            "<p>Most interview failures abroad are predictable: tools, language, panel overlap and local taboos. "
            "Each has a cheap fix the day before. Age and visa details belong to HR after an offer, not to the "
            "interview.</p>",
            "<p>海外面试的大部分失误都可预见：设备、语言、面试官重复提问、当地禁忌。"
            "每一项在前一天都能低成本解决。年龄和签证信息应在发出录用意向后由 HR 处理，不属于面试内容。</p>",
        ),
    },
    {
        "key": "etq-014",
        "category": BEFORE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A request for live captions", "候选人申请实时字幕"),
        "stem": _t(
            "<p>Sarah Whitfield, a candidate in Manchester, replies to your invitation that she has a hearing "
            "impairment and asks whether live captions can be switched on during the video interview. What do you "
            "do?</p>",
            "<p>曼彻斯特的候选人 Sarah Whitfield 回复邀请说，她有听力障碍，询问视频面试时能否开启实时字幕。"
            "你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Confirm that captions will be on, ask whether anything else would help, and keep the request "
                "out of the evaluation.",
                "确认会开启字幕，询问是否还需要其他帮助，并且不让这一请求影响评价。",
                "Right. Asking what she needs for the interview is permitted and expected; the adjustment is "
                "logistics, not evidence about her ability to do the job.",
                "正确。询问她在面试中需要什么帮助是允许的，也是应该做的；这项安排属于后勤事务，"
                "不是评价她能否胜任工作的证据。",
            ),
            _opt(
                0.0,
                "Ask her to describe her condition so that you can judge which adjustment is appropriate.",
                "请她描述自己的病情，以便你判断哪种安排合适。",
                "You need to know what helps in the interview, not the diagnosis. Questions about the condition "
                "itself go beyond what the purpose requires.",
                "你需要知道的是面试中什么安排有帮助，而不是诊断。询问病情本身超出了这一目的所需的范围。",
            ),
            _opt(
                0.0,
                "Switch the interview to email questions so that hearing is not an issue.",
                "改成邮件书面答题，这样就不存在听力问题了。",
                "She asked for captions, not a different process. Changing the format unilaterally treats her "
                "differently from other candidates and may remove the conversation you need to assess.",
                "她申请的是字幕，不是换一种流程。单方面改变形式会让她受到与其他候选人不同的对待，"
                "也可能失去你需要评估的对话环节。",
            ),
            _opt(
                0.0,
                "Tell her captions are not available on your platform and that the interviewers will speak "
                "slowly instead.",
                "告诉她你们的平台不支持字幕，面试官会放慢语速。",
                "Most mainstream platforms offer captions, and a reasonable adjustment is yours to arrange. "
                "Check with HR or IT before refusing anything.",
                "大多数主流平台都提供字幕功能，合理的便利安排应由招聘方落实。拒绝之前先与 HR 或 IT 确认。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>In Great Britain the Equality Act 2010 requires reasonable adjustments for disabled candidates "
            "(s. 20), and s. 60 limits health questions before an offer but allows questions needed to arrange "
            "adjustments for the interview itself. In the United States the EEOC likewise allows employers to ask "
            "whether an applicant needs an accommodation for the hiring process under the ADA. Check local rules "
            "with HR; this is not legal advice.</p>",
            "<p>在英国，《2010 年平等法》要求为残障候选人提供合理便利（第 20 条）；第 60 条限制在发出录用前"
            "询问健康状况，但允许为安排面试本身的便利而提问。在美国，EEOC 同样允许雇主依据 ADA "
            "询问申请人在招聘流程中是否需要便利安排。具体规则请与 HR 确认；本题不构成法律意见。</p>",
        ),
    },
    {
        "key": "etq-015",
        "category": BEFORE,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Scheduling an interview across borders", "跨境面试的排期步骤"),
        "stem": _t(
            "<p>Put the steps for setting up a remote interview with a candidate in another country in order.</p>",
            "<p>请排列与另一国家候选人安排远程面试的步骤。</p>",
        ),
        "items": [
            _t(
                "Check with local HR: weekend days, public holidays, rest periods and taboo topics",
                "与当地 HR 确认：周末、公共假日、休息时段和禁忌话题",
            ),
            _t(
                "Propose two or three slots inside the candidate's working day",
                "在候选人的工作时间内提出两到三个可选时段",
            ),
            _t(
                "Send the invitation: both local times, format, interviewers, link and fallback contact",
                "发送邀请：双方当地时间、形式、面试官、链接和备用联系方式",
            ),
            _t("Test the tool and brief the interpreter", "测试设备并向口译员交底"),
            _t(
                "Send a short reminder the day before with the same details",
                "前一天发送简短提醒，重申上述信息",
            ),
        ],
        "general_feedback": _t(
            "<p>Local constraints come first because they decide which slots you can offer at all. Public "
            "holidays move: Islamic holidays shift about 11 days earlier each year, and Lunar New Year or Tết fall "
            "on different dates each year, so check every time.</p>",
            "<p>先了解当地限制，因为它决定了哪些时段可以提供。公共假日并不固定：伊斯兰节日每年约提前 11 天，"
            "农历新年和越南春节（Tết）每年日期也不同，所以每次都要核对。</p>",
        ),
    },
    {
        "key": "etq-016",
        "category": BEFORE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Reading a candidate's profile beforehand", "提前研究候选人背景"),
        "stem": _t(
            "<p>Before interviewing Carlos Mendoza for a plant-manager role in Monterrey, you look him up online. "
            "You find a conference talk he gave on lean manufacturing, and a public photo album from his church's "
            "charity run. How do you use what you found?</p>",
            "<p>在面试蒙特雷工厂经理岗位的候选人 Carlos Mendoza 之前，你在网上查了他的资料，"
            "找到他在一次行业大会上关于精益生产的演讲，以及他所在教会慈善跑活动的公开相册。"
            "你该如何使用这些信息？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Prepare a probe on the lean talk; leave the church album out of your notes and the conversation.",
                "围绕精益生产演讲准备追问；教会相册不写入笔记，也不在面试中提及。",
                "Right. Professional work is fair material for good questions. Religion is protected in nearly "
                "every market; once you have seen it, the best you can do is keep it out of the process.",
                "正确。专业成果是提出好问题的正当素材。宗教在几乎所有市场都受保护；"
                "既然已经看到了，你能做的就是让它完全不进入招聘流程。",
            ),
            _opt(
                0.0,
                "Open with the charity run to build rapport; it shows you took an interest in him.",
                "以慈善跑开场拉近关系，显示你对他的关注。",
                "Raising his church signals that his religion is on your mind, and it could later be read as "
                "the reason for a decision. Build rapport on the role or his professional work.",
                "提到他的教会等于表明你在意他的宗教，日后还可能被认为是决策的原因。"
                "应借助岗位或他的专业工作来建立融洽关系。",
            ),
            _opt(
                0.0,
                "Use neither; researching a candidate before the interview is unfair to other candidates.",
                "两者都不用；面试前研究候选人对其他候选人不公平。",
                "Studying a candidate's professional background is good practice and builds trust, especially "
                "for senior hires. Do the same depth of preparation for every candidate.",
                "研究候选人的职业背景是好做法，尤其对资深候选人能建立信任。只要对每位候选人做同等深度的准备即可。",
            ),
            _opt(
                0.0,
                "Mention both briefly so that he knows you have done your homework.",
                "两者都简单提一下，让他知道你做了功课。",
                "The talk is useful; the album is not. Mentioning a protected characteristic, however briefly, "
                "adds risk and no evidence.",
                "演讲有用，相册没有。哪怕只是简短提及受保护特征，也只会增加风险而不会增加证据。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Research the professional record (publications, talks, products, press) and use it to ask "
            "better questions. Anything touching protected characteristics stays out of your notes and your "
            "questions.</p>",
            "<p>研究候选人的职业记录（文章、演讲、产品、媒体报道），用来提出更好的问题。"
            "凡涉及受保护特征的信息，都不写入笔记，也不出现在提问中。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: during the interview
    {
        "key": "etq-020",
        "category": DURING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A candidate arrives late", "候选人迟到"),
        "stem": _t(
            "<p>Jonas Becker arrives 15 minutes late to an on-site interview in Munich because of a rail strike, "
            "and apologises. You had booked 60 minutes and have another interview straight after. What do you "
            "do?</p>",
            "<p>Jonas Becker 因铁路罢工迟到 15 分钟来到慕尼黑的现场面试，并表示道歉。"
            "你原本安排了 60 分钟，之后紧接着还有一场面试。你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Put him at ease, cover every core question with fewer probes, and offer a short follow-up call "
                "for anything you could not reach.",
                "先让他放松，缩减追问但覆盖全部核心问题，对来不及深入的部分约一个简短的补充电话。",
                "Right. He gets the same questions as everyone else, the cause was outside his control, and "
                "the follow-up keeps the evidence comparable.",
                "正确。他得到与其他候选人相同的问题；迟到原因不在他控制范围内；补充电话保证了证据的可比性。",
            ),
            _opt(
                0.0,
                "Drop the last two competencies and decide on the ones you covered.",
                "砍掉最后两项能力，只根据已覆盖的部分做决定。",
                "Then he is judged on less evidence than the other candidates, which is neither fair nor accurate.",
                "这样他被评价所依据的证据就少于其他候选人，既不公平也不准确。",
            ),
            _opt(
                0.0,
                "Run the full hour and let your next interview start late.",
                "照常进行满一小时，让下一场面试推迟开始。",
                "You fix one candidate's problem by creating it for the next one, who did nothing wrong.",
                "这是用下一位无辜候选人的等待来解决这一位的问题。",
            ),
            _opt(
                0.0,
                "Continue as planned but lower his score for reliability.",
                "按计划继续，但在“可靠性”上给他扣分。",
                "A strike is not evidence about his reliability at work, and lateness is not a dimension on the "
                "form. Score only what the questions test.",
                "罢工不能证明他在工作中是否可靠，迟到也不是评价表上的维度。只对问题所考察的内容打分。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>When time is short, protect comparability: same core questions for every candidate, fewer probes, "
            "and a follow-up for gaps. Keep lateness out of unrelated scores.</p>",
            "<p>时间不够时，要保护可比性：每位候选人的核心问题相同，可以减少追问，缺口用补充沟通填上。"
            "迟到不得影响无关维度的评分。</p>",
        ),
    },
    {
        "key": "etq-021",
        "category": DURING,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Taking notes in the interview", "面试中做记录"),
        "stem": _t(
            "<p>Which note-taking habits are right during an interview? Select all that apply.</p>",
            "<p>面试中哪些记录习惯是正确的？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "Tell the candidate at the start that you will take notes",
                "开场时告诉候选人你会做记录",
                "Yes. Otherwise your looking down reads as lack of interest.",
                "正确。否则你低头记录会被理解为不感兴趣。",
            ),
            _opt(
                0.3333333,
                "Write down what the candidate did and said, with numbers and short quotes",
                "记下候选人做了什么、说了什么，包括数字和简短原话",
                "Yes. Facts and quotes are what you will score against later.",
                "正确。事实和原话是之后评分的依据。",
            ),
            _opt(
                0.3333334,
                "Keep eye contact while the candidate speaks and write the details in the pauses",
                "候选人说话时保持目光交流，细节在停顿时补记",
                "Yes. The candidate should feel listened to, not dictated to a typist.",
                "正确。应让候选人感到被倾听，而不是在对着速记员口述。",
            ),
            _opt(
                -0.5,
                'Note first impressions such as "nervous, not our type"',
                "记下“紧张，不是我们要的类型”之类的第一印象",
                'No. Impressions are not evidence, and "not our type" is how bias gets into the file.',
                "错误。印象不是证据，“不是我们的类型”恰恰是偏见进入档案的方式。",
            ),
            _opt(
                -0.5,
                "Record the video call quietly so that you can take fewer notes",
                "悄悄录下视频通话，以便少做笔记",
                "No. Recording without telling the candidate and getting consent breaks trust and, in many "
                "places, the law. If recordings are company practice, HR sets the consent process.",
                "错误。未告知候选人并取得同意就录音录像，既破坏信任，在许多地方也违法。"
                "若公司确有录制惯例，应由 HR 制定征得同意的流程。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Write notes as if the candidate will read them, because in some jurisdictions they can ask to: "
            "behaviour, facts and quotes, never appearance, accent or guesses about private life.</p>",
            "<p>写笔记时要假设候选人会看到，因为在某些法域他们确实有权查阅：只记行为、事实和原话，"
            "绝不记外貌、口音或对私生活的猜测。</p>",
        ),
    },
    {
        "key": "etq-022",
        "category": DURING,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("Encouraging a strong candidate", "鼓励表现出色的候选人"),
        "stem": _t(
            '<p>When a clearly strong candidate asks at the end "How did I do?", saying "Honestly, you are the '
            'best person we have seen" is good candidate care.</p>',
            "<p>表现明显出色的候选人在结束时问“我表现得怎么样？”，回答“说实话，你是我们见过最好的”"
            "是照顾候选人体验的好做法。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "It feels kind, but it reveals the outcome before the panel has decided. If the decision goes the "
            "other way, the candidate feels misled and may have grounds to question the process.",
            "听起来很友善，但这是在面试小组做出决定前透露结果。如果最终结果相反，候选人会觉得被误导，"
            "也可能据此质疑流程。",
        ),
        "feedback_false": _t(
            "Correct. Thank the candidate, say what happens next and when, and keep any verdict to yourself.",
            "正确。感谢候选人，说明后续步骤和时间，对任何评价结论都不表态。",
        ),
        "general_feedback": _t(
            '<p>Never reveal the outcome during the interview, in either direction. A useful answer: "Thank you, '
            'that was helpful. The panel will review everything together and HR will contact you by Friday."</p>',
            "<p>面试过程中绝不透露结果，无论好坏。可以这样回答：“谢谢，今天的交流很有帮助。"
            "面试小组会综合评估，HR 会在周五前联系你。”</p>",
        ),
    },
    {
        "key": "etq-023",
        "category": DURING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Working with an interpreter", "与口译员合作"),
        "stem": _t(
            "<p>You interview Haruto Sato in Osaka through a consecutive interpreter. Which way of speaking is "
            "right?</p>",
            "<p>你通过交替传译面试大阪的 Haruto Sato。以下哪种说话方式是正确的？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Look at and address the candidate directly ("What did you do next?"), speak in short '
                "segments and pause for the interpreter.",
                "看着候选人、直接对他说话（“你接下来做了什么？”），分短句讲，并给口译员留出停顿。",
                "Right. The conversation stays between you and the candidate, and short segments keep the "
                "interpretation accurate.",
                "正确。对话仍是你与候选人之间的交流；分短句讲能保证翻译准确。",
            ),
            _opt(
                0.0,
                'Talk to the interpreter: "Ask him what he did next."',
                "对口译员说：“问问他接下来做了什么。”",
                "Talking about the candidate in the third person, in front of him, makes him a spectator in his "
                "own interview.",
                "当着候选人的面用第三人称谈论他，会让他变成自己面试里的旁观者。",
            ),
            _opt(
                0.0,
                "Ask your full question with all its parts at once so that the interpreter has the context.",
                "把包含多个部分的完整问题一次说完，让口译员掌握全部背景。",
                "Long, multi-part questions come back shortened or merged. Ask one thing at a time.",
                "冗长的多重问题经过翻译往往被缩短或合并。一次只问一件事。",
            ),
            _opt(
                0.0,
                "Let the interpreter summarise the candidate's answers to save time.",
                "让口译员概括候选人的回答，以节省时间。",
                "A summary is the interpreter's judgement, not the candidate's evidence. Ask for a full "
                "rendering, in the first person.",
                "概括是口译员的判断，不是候选人的证据。应要求以第一人称完整翻译。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>With an interpreter: brief them beforehand, speak to the candidate, keep segments short, ask for "
            "first-person interpretation, and allow extra time in the plan.</p>",
            "<p>使用口译时：事先向口译员交底，直接对候选人说话，分短句讲，要求以第一人称翻译，"
            "并在时间安排上预留余量。</p>",
        ),
    },
    {
        "key": "etq-024",
        "category": DURING,
        "purpose": "exam",
        "type": "short",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What you never reveal in the interview", "面试中绝不透露的内容"),
        "stem": _t(
            "<p>Whatever the candidate asks and however well it went, there is one thing an interviewer never "
            "reveals during the interview. One word: the interview's ______.</p>",
            "<p>无论候选人怎么问、面试进行得多顺利，有一样东西面试官在面试过程中绝不透露。"
            "请填一个词：面试的______。</p>",
        ),
        "answers": [
            _opt(
                1.0,
                "outcome",
                "结果",
                "Right: never reveal the outcome during the interview.",
                "正确：面试过程中绝不透露结果。",
            ),
            _opt(
                1.0,
                "result",
                "结论",
                "Right: never reveal the result during the interview.",
                "正确：面试过程中绝不透露结论。",
            ),
            _opt(
                1.0,
                "decision",
                "决定",
                "Right: the decision is the panel's, after the interview.",
                "正确：决定由面试小组在面试结束后做出。",
            ),
            _opt(1.0, "verdict", "*结果*", "Right: no verdict in the room.", "正确：面试现场不给任何结论。"),
            _opt(1.0, "*outcome*", "outcome", "Right: never reveal the outcome.", "正确：绝不透露结果（outcome）。"),
            _opt(
                0.0,
                "salary",
                "薪资",
                "Salary is for HR to discuss, but the rule meant here is about the decision: never reveal the outcome.",
                "薪资由 HR 负责沟通，但这里说的规则是关于决定的：绝不透露面试结果。",
            ),
        ],
        "case_sensitive": False,
        "general_feedback": _t(
            "<p>The panel decides after comparing independent evaluation forms. A hint in the room, good or bad, "
            "commits the company before it has decided.</p>",
            "<p>面试小组要在比较各自独立填写的评价表后才做决定。现场的任何暗示，无论好坏，"
            "都会让公司在决定之前就被绑定。</p>",
        ),
    },
    {
        "key": "etq-025",
        "category": DURING,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("What to say in difficult moments", "棘手时刻该怎么说"),
        "stem": _t(
            "<p>Match each moment in an interview with the most professional thing to say.</p>",
            "<p>为面试中的每个时刻匹配最专业的说法。</p>",
        ),
        "pairs": [
            _pair(
                'The candidate describes a team success using only "we"',
                "候选人讲述团队成绩时只用“我们”",
                '"What was your own part in that?"',
                "“其中你本人具体负责哪部分？”",
            ),
            _pair(
                "You must cut a long answer short to keep to time",
                "为控制时间必须打断一段冗长的回答",
                '"Thank you, that is helpful. I would like to move on so we cover everything."',
                "“谢谢，这很有帮助。我们往下进行，以便把所有问题都谈到。”",
            ),
            _pair(
                "The candidate asks when they will hear back",
                "候选人问何时能得到答复",
                '"HR will contact you by Friday, whatever the decision."',
                "“无论结果如何，HR 都会在周五前联系你。”",
            ),
            _pair(
                "The candidate becomes upset recalling a difficult project",
                "候选人回忆一个艰难项目时情绪激动",
                '"Take your time. Would you like a minute?"',
                "“不着急，需要休息一分钟吗？”",
            ),
        ],
        "distractors": [
            _t(
                '"Don\'t worry, between us you have basically got the job."', "“别担心，私下说，这份工作基本是你的了。”"
            ),
        ],
        "general_feedback": _t(
            "<p>Respectful control of the interview means probing for the candidate's own contribution, managing "
            "time politely, being concrete about next steps and never hinting at the outcome.</p>",
            "<p>既尊重又有掌控力的面试意味着：追问候选人本人的贡献，礼貌地管理时间，"
            "具体说明后续步骤，绝不暗示结果。</p>",
        ),
    },
    {
        "key": "etq-026",
        "category": DURING,
        "purpose": "exam",
        "type": "ordering",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Closing an interview", "面试的收尾"),
        "stem": _t(
            "<p>Put the closing steps of an interview, and what you do straight afterwards, in order.</p>",
            "<p>请排列面试收尾的步骤以及面试结束后立即要做的事。</p>",
        ),
        "items": [
            _t("Invite the candidate's questions", "邀请候选人提问"),
            _t(
                "Answer honestly, and pass questions you cannot answer (such as pay details) to HR",
                "如实回答；无法回答的问题（如薪酬细节）转交 HR",
            ),
            _t("Explain the next steps and the date they will hear back", "说明后续步骤和答复日期"),
            _t("Thank the candidate for their time", "感谢候选人抽出时间"),
            _t(
                "Complete your evaluation form on your own before talking to the other interviewers",
                "在与其他面试官交流之前，独立完成自己的评价表",
            ),
        ],
        "general_feedback": _t(
            "<p>The candidate's questions come before logistics so that the interview ends on clear next steps. "
            "Scoring independently before the debrief keeps the loudest voice from setting everyone's score.</p>",
            "<p>候选人提问放在后续安排之前，这样面试能以清晰的后续步骤收尾。"
            "在讨论会前独立评分，可以避免声音最大的人左右所有人的分数。</p>",
        ),
    },
    {
        "key": "etq-027",
        "category": DURING,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("A panel member is distracted", "面试官心不在焉"),
        "stem": _t(
            "<p>You lead a panel interview with Fatima Al-Harbi, a candidate in Riyadh. Your colleague on the "
            "panel keeps checking his phone and has twice interrupted her mid-answer to ask something unrelated. "
            "What is the best response?</p>",
            "<p>你主持一场面试，候选人是利雅得的 Fatima Al-Harbi。同组面试官一直看手机，"
            "还两次在她回答到一半时插入无关问题。最好的应对是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                'Steer back politely ("Let\'s let Fatima finish; you were telling us about the tender"), keep '
                "to the question plan, and raise his behaviour with him privately afterwards.",
                "礼貌地把话题拉回来（“我们先请 Fatima 讲完，你刚才说到投标”），按问题计划继续，"
                "事后私下和他谈他的表现。",
                "Right. You protect the candidate's answer and the company's image in the moment, and correct "
                "your colleague where it does not embarrass anyone.",
                "正确。当场保护候选人的回答和公司形象，事后在不让任何人难堪的场合纠正同事。",
            ),
            _opt(
                0.0,
                "Tell him in front of the candidate to put his phone away.",
                "当着候选人的面让他把手机收起来。",
                "The intention is right, but a public correction embarrasses everyone and shows the candidate a "
                "divided team.",
                "出发点没错，但当众纠正会让所有人难堪，也让候选人看到一个不和的团队。",
            ),
            _opt(
                0.0,
                "Say nothing; he is senior to you and it is his decision how to behave.",
                "什么都不说；他比你资历深，怎么表现是他的事。",
                "As the lead you are responsible for the candidate's experience and for the quality of the "
                "evidence. Seniority does not change the standard.",
                "作为主持人，你对候选人体验和证据质量负责。资历高低不改变标准。",
            ),
            _opt(
                0.0,
                "End the interview early and reschedule without him.",
                "提前结束面试，改期后不再让他参加。",
                "The candidate loses the interview she prepared for because of your colleague. Fix it in the "
                "room and deal with him afterwards.",
                "候选人因为你同事的问题失去了她精心准备的面试。应当场稳住局面，事后再处理同事的问题。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Every interviewer represents the department. The lead interviewer keeps the structure and the "
            "candidate's experience intact and gives colleagues feedback in private.</p>",
            "<p>每一位面试官都代表部门。主持人负责维护面试结构和候选人体验，对同事的反馈放在私下进行。</p>",
        ),
    },
    {
        "key": "etq-028",
        "category": DURING,
        "purpose": "exam",
        "type": "essay",
        "tags": _tags("hard", "kind:scenario"),
        "mark": 8,
        "name": _t("Scenario: a complaint after a careless panel", "情景题：面试失礼后的投诉"),
        "stem": _t(
            "<p>Last Tuesday you led a video interview with María Fernández, a logistics analyst in Mexico City. "
            "Your panel colleague joined ten minutes late without apology, kept his camera off, interrupted her "
            'twice and, as the call ended, said: "We\'ll let you know, but we have some very strong people."</p>'
            "<p>Today María emails HR: she felt disrespected and asks whether her application was taken "
            "seriously. She is still in the process; the panel has not yet met to decide.</p>"
            "<p>Write what you would do now: your reply to María (or what you would ask HR to send), how you "
            "handle your colleague, and how you make sure the decision about her is still fair.</p>",
            "<p>上周二你主持了一场视频面试，候选人是墨西哥城的物流分析师 María Fernández。"
            "同组面试官迟到十分钟且未道歉，全程关闭摄像头，两次打断她，"
            "结束时还说：“我们会通知你，不过我们有一些很强的人选。”</p>"
            "<p>今天 María 给 HR 发邮件，表示感觉未被尊重，并询问她的申请是否被认真对待。"
            "她仍在招聘流程中，面试小组尚未开会决定。</p>"
            "<p>请写出你现在会怎么做：你给 María 的回复（或你请 HR 发出的内容）、你如何处理这位同事，"
            "以及你如何确保对她的决定依然公平。</p>",
        ),
        "rubric": [
            {
                "criterion": _t("Reply to the candidate", "对候选人的回复"),
                "levels": [
                    _level(
                        0,
                        "No reply, a defensive reply, or one that reveals or hints at the outcome.",
                        "没有回复、回复带有辩解，或透露、暗示了结果。",
                    ),
                    _level(
                        1,
                        "Apologises in general terms but is vague about what happens next.",
                        "笼统致歉，但对后续安排语焉不详。",
                    ),
                    _level(
                        2,
                        "Prompt, sincere apology naming what went wrong; confirms the application is being assessed "
                        "on the same basis as everyone's; gives a concrete date for the next contact.",
                        "及时、真诚地致歉并具体说明哪里做得不对；确认她的申请与其他人按同样标准评估；"
                        "给出下一次联系的具体日期。",
                    ),
                    _level(
                        3,
                        "As 2, and offers a practical remedy where evidence may be missing (e.g. a short follow-up "
                        "call on the questions that were interrupted), sent through the agreed channel with HR.",
                        "达到 2 分要求，并在证据可能缺失处提供实际补救（如就被打断的问题安排简短的补充电话），"
                        "并通过与 HR 约定的渠道发出。",
                    ),
                ],
            },
            {
                "criterion": _t("Handling the colleague", "对同事的处理"),
                "levels": [
                    _level(
                        0,
                        "Ignores the colleague's behaviour or blames the candidate.",
                        "忽视同事的行为，或归咎于候选人。",
                    ),
                    _level(
                        1,
                        "Mentions speaking to the colleague but without specifics.",
                        "提到会与同事沟通，但没有具体内容。",
                    ),
                    _level(
                        2,
                        "Gives the colleague private, specific feedback on each behaviour and its effect, and "
                        "informs HR or the department head as the process requires.",
                        "私下向同事具体指出每一项行为及其影响，并按流程告知 HR 或部门负责人。",
                    ),
                ],
            },
            {
                "criterion": _t("Fairness of the decision", "决定的公平性"),
                "levels": [
                    _level(
                        0,
                        "Does not address whether the evidence is complete or the colleague's view is sound.",
                        "没有考虑证据是否完整、同事的评价是否可靠。",
                    ),
                    _level(
                        1,
                        "Recognises that the interview may have harmed her performance but proposes no remedy.",
                        "意识到面试可能影响了她的发挥，但没有提出补救办法。",
                    ),
                    _level(
                        2,
                        "Ensures each interviewer's form rests on evidence against the anchors; "
                        "questions whether the "
                        "colleague's form is usable given his absence and interruptions; fills gaps before deciding.",
                        "确保每位面试官的评价表都以对照锚点的证据为依据；审视同事因迟到和打断而填写的评价表"
                        "是否可用；在决定前补齐缺失的证据。",
                    ),
                    _level(
                        3,
                        "As 2, and records the incident and remedy so that the decision can be explained later if "
                        "challenged.",
                        "达到 2 分要求，并记录事件经过和补救措施，以便日后如遇质疑能说明决策依据。",
                    ),
                ],
            },
        ],
        "grader_info": _t(
            "<p>A strong answer treats the complaint as justified, apologises without blaming the colleague by "
            "name to the candidate, never hints at the outcome, and repairs the evidence (follow-up call or "
            "discounting the distracted interviewer's scores). Award no points for a reply that promises her the "
            "job or a next round to make up for the treatment.</p>",
            "<p>优秀的答案认可投诉合理，向候选人致歉但不点名指责同事，绝不暗示结果，并修复证据"
            "（补充电话，或不采用心不在焉的面试官的评分）。若回复以录用或进入下一轮作为补偿，该项不得分。</p>",
        ),
        "response_template": _t(
            "<p><strong>Reply to María:</strong></p><p><strong>Conversation with my colleague:</strong></p>"
            "<p><strong>Keeping the decision fair:</strong></p>",
            "<p><strong>给 María 的回复：</strong></p><p><strong>与同事的沟通：</strong></p>"
            "<p><strong>确保决定公平：</strong></p>",
        ),
        "general_feedback": _t(
            "<p>Candidates judge the company by its least careful interviewer. Repair the relationship, repair the "
            "evidence, and correct the behaviour, in that order.</p>",
            "<p>候选人会以最不用心的那位面试官来评判整个公司。先修复关系，再修复证据，然后纠正行为。</p>",
        ),
    },
    # ---------------------------------------------------------------- exam: professional image
    {
        "key": "etq-030",
        "category": IMAGE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("A request to connect on social media", "候选人请求添加社交媒体好友"),
        "stem": _t(
            '<p>At the end of a friendly interview, Dewi Lestari in Jakarta asks to add you on WhatsApp "to stay '
            'in touch". The panel has not decided yet. What do you do?</p>',
            "<p>一场气氛融洽的面试结束时，雅加达的 Dewi Lestari 提出加你 WhatsApp，“以便保持联系”。"
            "面试小组尚未作出决定。你该怎么做？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Thank her, explain that during the process all contact goes through HR so that every candidate "
                "gets the same information, and give her the HR contact.",
                "感谢她，说明招聘期间所有联系都通过 HR 进行，以保证每位候选人获得同样的信息，并把 HR 的联系方式给她。",
                "Right. A private channel invites questions about the outcome and side conversations other "
                "candidates do not get. Explaining why keeps it warm, not cold.",
                "正确。私人渠道容易引来关于结果的询问，以及其他候选人没有的私下交流。"
                "说明原因能让拒绝显得亲切而不冷淡。",
            ),
            _opt(
                0.0,
                "Accept; refusing would be rude in a relationship-oriented culture.",
                "同意；在重视人际关系的文化中拒绝会显得失礼。",
                "Warmth matters, but a private line before the decision puts you in an awkward position and "
                "treats candidates unequally. You can connect after the process ends.",
                "温度很重要，但在决定前建立私人联系会让你陷入尴尬，也对候选人不公平。流程结束后可以再联系。",
            ),
            _opt(
                0.0,
                "Accept, but do not reply to any messages until the decision is made.",
                "同意添加，但在做出决定前不回复任何消息。",
                "Unanswered messages from an interviewer feel worse than a clear, friendly explanation now.",
                "面试官已读不回，比现在友好而清楚地说明更让人难受。",
            ),
            _opt(
                0.0,
                "Decline without explanation and move on.",
                "直接拒绝，不作解释。",
                "The boundary is right but the delivery damages the good impression you built. Give the reason "
                "and the proper channel.",
                "界限是对的，但方式会破坏你刚建立的良好印象。应说明原因并给出正式渠道。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>Professional image includes boundaries: one official channel during the process, the same for "
            "every candidate, explained warmly.</p>",
            "<p>职业形象包括边界感：招聘期间只用一个正式渠道，对每位候选人都一样，并友好地说明原因。</p>",
        ),
    },
    {
        "key": "etq-031",
        "category": IMAGE,
        "purpose": "exam",
        "type": "truefalse",
        "tags": _tags("easy"),
        "mark": 1,
        "name": _t("What professional image covers", "职业形象包括什么"),
        "stem": _t(
            "<p>A professional image in an interview is mainly a matter of dress; punctuality and preparation are "
            "separate questions of etiquette that candidates rarely notice.</p>",
            "<p>面试中的职业形象主要是着装问题；守时和准备是另外的礼仪问题，候选人很少注意。</p>",
        ),
        "answer": False,
        "feedback_true": _t(
            "Candidates notice everything: an interviewer who is late, has not read the CV, or cannot say how the "
            "role fits the business looks unprofessional however well dressed.",
            "候选人什么都看在眼里：迟到、没读过简历、讲不清岗位与业务关系的面试官，穿得再好也显得不专业。",
        ),
        "feedback_false": _t(
            "Correct. Image is the whole impression: dress, punctuality, preparation, how you speak about the "
            "company and how you treat the candidate.",
            "正确。形象是整体印象：着装、守时、准备、谈论公司的方式以及对待候选人的态度。",
        ),
        "general_feedback": _t(
            "<p>Candidates, especially senior ones, read the interviewer as a preview of the manager and the "
            "company they would join.</p>",
            "<p>候选人，尤其是资深候选人，会把面试官看作未来上级和公司的预览。</p>",
        ),
    },
    {
        "key": "etq-032",
        "category": IMAGE,
        "purpose": "exam",
        "type": "multi",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("Introducing yourself", "自我介绍"),
        "stem": _t(
            "<p>You open an interview for a product manager in Ho Chi Minh City. What belongs in your own short "
            "introduction? Select all that apply.</p>",
            "<p>你在面试胡志明市的一位产品经理。你自己的简短开场介绍应包括哪些内容？请选出所有正确项。</p>",
        ),
        "choices": [
            _opt(
                0.3333333,
                "Your name, your role and how your team works with the role being filled",
                "你的姓名、职务，以及你的团队与这个岗位如何协作",
                "Yes. The candidate learns why you are the one asking.",
                "正确。候选人由此知道为什么由你来提问。",
            ),
            _opt(
                0.3333333,
                "How long the interview will take and how it is structured",
                "面试时长和流程安排",
                "Yes. It lets the candidate pace their answers.",
                "正确。候选人可以据此把握回答的节奏。",
            ),
            _opt(
                0.3333334,
                "That there will be time for their questions at the end",
                "结尾会留出时间让他们提问",
                "Yes. Candidates hold back questions less anxiously when they know the slot is coming.",
                "正确。知道有专门环节，候选人就不会因为憋着问题而焦虑。",
            ),
            _opt(
                -0.5,
                "Your own career story in detail, to build rapport",
                "详细讲述你自己的职业经历，以拉近关系",
                "No. A long story eats the candidate's time; a sentence is enough.",
                "错误。长篇讲述会占用候选人的时间，一句话就够了。",
            ),
            _opt(
                -0.5,
                "How many other candidates you are seeing and how they compare so far",
                "你们还面试了多少人、目前对比情况如何",
                "No. Other candidates' details are confidential, and comparisons hint at an outcome.",
                "错误。其他候选人的情况需要保密，作比较等于暗示结果。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>A good introduction takes under a minute: who you are, why you are here, how the hour will run, "
            "and that their questions have a place.</p>",
            "<p>好的开场介绍不超过一分钟：你是谁、为什么由你面试、这一小时怎么安排，以及他们的问题会有专门时间。</p>",
        ),
    },
    {
        "key": "etq-033",
        "category": IMAGE,
        "purpose": "exam",
        "type": "matching",
        "tags": _tags("medium"),
        "mark": 1,
        "name": _t("What the candidate concludes", "候选人会得出什么结论"),
        "stem": _t(
            "<p>Candidates draw conclusions about the company from small signals. Match each interviewer "
            "behaviour with what a candidate is most likely to conclude.</p>",
            "<p>候选人会从细节中对公司下结论。请为面试官的每种行为匹配候选人最可能得出的结论。</p>",
        ),
        "pairs": [
            _pair(
                "The interviewer reads the CV for the first time during the interview",
                "面试官在面试中才第一次看简历",
                '"They do not value my time."',
                "“他们不尊重我的时间。”",
            ),
            _pair(
                "The interviewer describes the team's late nights with pride",
                "面试官自豪地讲团队经常加班到深夜",
                '"Overtime is expected here."',
                "“这里默认要加班。”",
            ),
            _pair(
                "The interviewer gives concrete examples of local hires who were promoted",
                "面试官举出本地员工获得晋升的具体例子",
                '"There is a real path for people like me."',
                "“像我这样的人在这里有真实的发展路径。”",
            ),
            _pair(
                "The interviewer answers a hard question about the business honestly, including the risks",
                "面试官坦诚回答关于业务的尖锐问题，包括风险",
                '"I can trust what they tell me."',
                "“他们说的话可以相信。”",
            ),
        ],
        "distractors": [
            _t('"The interview was too structured to be genuine."', "“面试太结构化，不够真诚。”"),
        ],
        "general_feedback": _t(
            "<p>Preparation, honesty and concrete evidence of growth build trust; unprepared interviewers and "
            "praise of overtime drive good candidates away, especially in markets that value work-life "
            "balance.</p>",
            "<p>充分准备、坦诚和真实的成长案例能建立信任；准备不足、夸耀加班则会赶走优秀候选人，"
            "在重视工作与生活平衡的市场尤其如此。</p>",
        ),
    },
    {
        "key": "etq-034",
        "category": IMAGE,
        "purpose": "exam",
        "type": "single",
        "tags": _tags("hard"),
        "mark": 1,
        "name": _t("Speaking about headquarters", "谈论总部"),
        "stem": _t(
            "<p>Omar Haddad, a candidate in Dubai, asks how much freedom the local team really has, or whether "
            '"everything is decided in China". In reality, budgets are approved at headquarters, while hiring '
            "and key-account strategy are decided locally. What is the most professional answer?</p>",
            "<p>迪拜的候选人 Omar Haddad 问本地团队到底有多大自主权，还是“什么都由中国总部决定”。"
            "实际情况是：预算由总部审批，而招聘和大客户策略由本地决定。最专业的回答是什么？</p>",
        ),
        "choices": [
            _opt(
                1.0,
                "Say exactly that, give one recent example of a local decision, and offer to let him hear it from "
                "the country head.",
                "如实说明这一分工，举一个最近由本地决定的例子，并提出可以安排他听听国家负责人的说法。",
                "Right. Specific, honest and checkable. Candidates who have worked for foreign companies before "
                "recognise the pattern and respect a straight answer.",
                "正确。具体、坦诚、可验证。在外企工作过的候选人熟悉这种模式，会尊重直截了当的回答。",
            ),
            _opt(
                0.0,
                "Reassure him that the local team is fully independent.",
                "向他保证本地团队完全独立。",
                "That is over-promising. He will find out about budget approval in his first month.",
                "这是“画饼”。他入职第一个月就会发现预算需要总部审批。",
            ),
            _opt(
                0.0,
                "Explain that headquarters sets direction and that good employees follow it.",
                "解释说总部定方向，好员工就是执行。",
                "It is only half the truth, and it tells a strong candidate that his judgement will not be wanted.",
                "这只说了一半的事实，而且等于告诉优秀候选人：他的判断不会被需要。",
            ),
            _opt(
                0.0,
                "Say that this is a question for HR after the offer.",
                "回答说这个问题等发出录用意向后再问 HR。",
                "It is a fair question about the job, and the hiring manager is the right person to answer it. "
                "Deflecting looks evasive.",
                "这是关于工作本身的合理问题，用人经理正是回答它的合适人选。推脱会显得在回避。",
            ),
        ],
        "shuffle": True,
        "general_feedback": _t(
            "<p>A professional image abroad rests on candour about how the company really works, with examples, "
            "and on respect for the local team's role as a bridge to headquarters.</p>",
            "<p>在海外，职业形象建立在如实说明公司实际运作方式（并辅以实例）之上，"
            "也建立在尊重本地团队作为与总部之间桥梁的角色之上。</p>",
        ),
    },
]
