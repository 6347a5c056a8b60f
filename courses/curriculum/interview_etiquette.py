"""Foundation course: interview etiquette and professional image (seed data, see FORMAT in __init__.py)."""

from __future__ import annotations

COURSE = {
    "slug": "interview-etiquette",
    "order": 10,
    "title": {
        "en": "Interview etiquette and professional image",
        "zh": "面试礼仪与职业形象",
    },
    "summary": {
        "en": (
            "How a certified interviewer prepares, opens, runs and closes an interview abroad, on site or on "
            "video, so that every candidate meets the same punctual, courteous and well-prepared representative of "
            "the company."
        ),
        "zh": (
            "认证面试官如何为海外面试做准备、开场、推进和收尾——无论是现场面试还是视频面试——让每一位候选人见到的都是"
            "同样守时、礼貌、准备充分的公司代表。"
        ),
    },
    "competency": "etiquette",
    "level": "foundation",
    "minutes": 110,
    "regions": [],
    "prerequisites": [],
    "objectives": [
        {
            "en": (
                "Explain why the interviewer represents the department and the employer brand, and why consistent "
                "courtesy is part of a fair process."
            ),
            "zh": "说明面试官为何代表部门和雇主品牌，以及为什么始终如一的礼貌是公平流程的一部分。",
        },
        {
            "en": (
                "Prepare an interview abroad: time zones, weekends, rest periods and local holidays, a tested "
                "interview tool, an interpreter when needed and materials checked by local HR."
            ),
            "zh": (
                "做好海外面试的准备：时区、周末、休息时段和当地节假日，提前测试的面试工具，必要时预约的翻译，以及经"
                "当地人力资源部门核对过的材料。"
            ),
        },
        {
            "en": (
                "Open, run and close an interview with correct forms of address, a clear agenda, attentive "
                "listening and factual notes, without revealing the outcome."
            ),
            "zh": (
                "以正确的称呼、清晰的议程、专注的倾听和客观的记录完成面试的开场、推进与收尾，并且在面试中不透露结果。"
            ),
        },
        {
            "en": "Present a professional image in person and on camera that suits the local market and the role.",
            "zh": "无论线下还是镜头前，都能呈现符合当地市场和岗位特点的职业形象。",
        },
    ],
    "lessons": [
        {
            "slug": "you-represent-the-department",
            "title": {
                "en": "You represent the department",
                "zh": "你代表的是部门",
            },
            "minutes": 15,
            "required": True,
            "body": [
                (
                    "heading",
                    {
                        "text": {
                            "en": "Why etiquette is part of the job",
                            "zh": "为什么礼仪是面试官的本职工作",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Only certified interviewers may conduct formal interviews for their department, "
                            "and the department head signs to authorise each of them. That signature has a "
                            "practical meaning: when you sit down opposite a candidate in Munich or join a video "
                            "call with an engineer in Ho Chi Minh City, you are not a private person with private "
                            "opinions. You are the department, and often the first person from the company the "
                            "candidate has ever met.</p><p>Candidates judge an employer they cannot see through "
                            "the people they can. A late start, a camera pointed at the ceiling, a phone buzzing "
                            "on the desk or a joke about the candidate's accent becomes 'what that company is "
                            "like', and the story travels: to the candidate's former colleagues, to review sites, "
                            "and to the agency recruiter who will be slower to send you the next strong profile. "
                            "In a market where your company is still unknown, the interview may be the whole of "
                            "your employer brand.</p><p>Etiquette is also a fairness tool. If one candidate gets a "
                            "relaxed forty-five-minute conversation and a tour of the office while another gets "
                            "twenty hurried minutes at the end of your day, you are no longer comparing "
                            "candidates; you are comparing your own moods. A consistent, courteous process gives "
                            "every candidate the same chance to show what they can do, and gives you evidence you "
                            "can defend if a decision is questioned.</p><p>Finally, etiquette protects you. Most "
                            "interview complaints that reach HR do not begin with a deliberately unlawful "
                            "question. They begin with a casual remark, a joke or an attempt at warmth that the "
                            "candidate heard very differently. The habits in this course keep you on safe ground "
                            "without making you stiff.</p>"
                        ),
                        "zh": (
                            "<p>只有通过认证的面试官才能代表部门进行正式面试，而且每一位面试官都要由部门负责人签字"
                            "授权。这个签字有很实际的含义：当你在慕尼黑和候选人面对面坐下，或者在视频里面试一位胡志"
                            "明市的工程师时，你不是一个带着个人看法的普通人，你就是这个部门，而且往往是候选人见到的"
                            "第一位公司代表。</p><p>候选人看不见公司，只能通过看得见的人来判断公司。迟到、摄像头对"
                            "着天花板、桌上手机不停震动，或者拿候选人的口音开玩笑，都会变成“那家公司就是这样”，而且"
                            "会传开：传到候选人的前同事那里，传到招聘点评网站上，也传到猎头那里，下一次有好的候选人，"
                            "他们就不那么积极推荐给你了。在公司还没有知名度的市场，一场面试可能就是雇主品牌的全部。"
                            "</p><p>礼仪也是保证公平的工具。如果一位候选人得到了四十五分钟轻松的交流外加参观办公室，"
                            "另一位却只在你一天快结束时被匆匆问了二十分钟，你比较的就不再是候选人，而是你自己的情绪。"
                            "始终如一、礼貌周到的流程，让每位候选人都有同样的机会展示自己，也让你在决定受到质疑时拿"
                            "得出站得住的依据。</p><p>最后，礼仪也是在保护你自己。闹到人力资源部门的面试投诉，大多"
                            "数并不是从一个故意违法的问题开始的，而是从一句随口的话、一个玩笑，或者一次本想拉近距离、"
                            "却被候选人完全理解成另一回事的寒暄开始的。本课程介绍的习惯能让你始终站在安全的一边，同"
                            "时又不显得拘谨生硬。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "What candidates remember",
                            "zh": "候选人记住的是什么",
                        },
                        "body": {
                            "en": (
                                "<p>Ask the people you hired what they remember from their interviews. It is "
                                "rarely a question. It is whether the interviewer was on time, had read their CV, "
                                "explained what would happen next and kept their word about when they would hear "
                                "back. None of those four things costs anything.</p>"
                            ),
                            "zh": (
                                "<p>问问你招进来的人，他们对当初的面试还记得什么。很少有人记得某个问题，他们记得的"
                                "是：面试官是否准时，是否读过自己的简历，是否讲清楚了接下来的安排，以及是否按说好的"
                                "时间给了回复。这四件事，一分钱都不用花。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Three duties of every interviewer",
                            "zh": "面试官的三项职责",
                        },
                        "level": 3,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Represent.</strong> Speak for the department accurately: what the "
                            "role is, what the team is like and what the company offers. Do not improvise promises "
                            "you cannot keep.</li><li><strong>Assess.</strong> Gather job-related evidence with "
                            "structured questions and the standard evaluation form. Your impressions are not "
                            "evidence.</li><li><strong>Respect.</strong> Give every candidate the same courtesy, "
                            "whatever their background, whether you are leaning towards yes or no, and whatever "
                            "the outcome.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>代表。</strong>准确地代表部门发言：岗位是什么、团队是什么样、公司能提"
                            "供什么。不要临场许下兑现不了的承诺。</li><li><strong>评估。</strong>用结构化问题和标准"
                            "化面试评价表收集与岗位相关的证据。你的印象不等于证据。</li><li><strong>尊重。</strong>"
                            "无论候选人背景如何、你倾向于录用还是淘汰、最终结果怎样，都给予同样的礼遇。</li></ul>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Representing the department",
                            "zh": "如何代表部门",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Introduce yourself with your name, your role and why you are on this panel.",
                                    "zh": "先介绍自己：姓名、职务，以及你为什么参加这场面试。",
                                },
                                "dont": {
                                    "en": "Open with 'So, tell me about yourself' without saying who you are.",
                                    "zh": "一开口就是“那你先介绍一下自己吧”，却没说自己是谁。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Say: 'I will pass your question about the bonus scheme to HR, and you "
                                        "will have an answer by Friday.'"
                                    ),
                                    "zh": "这样说：“关于奖金方案的问题我会转给人力资源部门，周五之前给你答复。”",
                                },
                                "dont": {
                                    "en": "Guess at pay or benefits to keep the conversation flowing.",
                                    "zh": "为了不冷场，凭感觉回答薪酬或福利问题。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Give every shortlisted candidate the same length, structure and courtesy.",
                                    "zh": "对进入候选名单的每个人，面试时长、结构和礼遇都保持一致。",
                                },
                                "dont": {
                                    "en": (
                                        "Cut an interview short because you made up your mind in the first five "
                                        "minutes."
                                    ),
                                    "zh": "因为头五分钟就有了结论，便草草结束面试。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Treat the interpreter, the receptionist and the agency recruiter with the "
                                        "same courtesy as the candidate."
                                    ),
                                    "zh": "对翻译、前台和猎头，与对候选人一样以礼相待。",
                                },
                                "dont": {
                                    "en": (
                                        "Discuss the candidate with a colleague in Chinese while the candidate is "
                                        "present, assuming they will not understand."
                                    ),
                                    "zh": "候选人在场时，以为对方听不懂，就用中文和同事议论他。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: the interviewer's role",
                            "zh": "小测：面试官的角色",
                        },
                        "category": "Etiquette and professional image/Professional image",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "before-the-interview",
            "title": {
                "en": "Before the interview: time zones, holidays, tools and people",
                "zh": "面试前：时区、节假日、工具与人员",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Most interviews that go wrong abroad go wrong before they start: the invitation "
                            "gave the time in Beijing time only, the candidate was fasting and exhausted at five "
                            "in the afternoon, the link did not open on the candidate's laptop, or the interpreter "
                            "was booked for the wrong day. Preparation is the cheapest etiquette there "
                            "is.</p><h3>Time zones</h3><p>Always state the time in the candidate's time zone first "
                            "and put the time zone in the calendar invitation, so that the candidate's calendar "
                            "converts it. Remember that China does not change its clocks but many markets do, and "
                            "not on the same dates: the United States moves to summer time on the second Sunday in "
                            "March and back on the first Sunday in November, while the European Union changes on "
                            "the last Sundays of March and October. An interview at 21:00 Beijing time is 08:00 in "
                            "New York in winter but 09:00 in summer, and for a few weeks each spring and autumn "
                            "the gap between New York and Berlin is one hour shorter than usual. Brazil no longer "
                            "uses summer time, so São Paulo stays eleven hours behind Beijing all year.</p><p>If "
                            "somebody has to be inconvenienced, it should be you, not the candidate. Asking a "
                            "candidate in Mexico City to join at ten at night so that you can interview during "
                            "your working morning tells them how the company will treat them once they are "
                            "employed.</p>"
                        ),
                        "zh": (
                            "<p>海外面试出问题，多半在开始之前就埋下了：邀请里只写了北京时间；候选人正在斋戒，下午"
                            "五点已经精疲力尽；会议链接在候选人的电脑上打不开；或者翻译被约错了日子。充分准备，是成"
                            "本最低的礼仪。</p><h3>时区</h3><p>始终先写候选人所在地的时间，并在日历邀请中注明时区，"
                            "让候选人的日历自动换算。要记住，中国不调整夏令时，但很多市场会调，而且调整日期各不相同："
                            "美国在三月第二个星期日进入夏令时，十一月第一个星期日恢复；欧盟则在三月和十月的最后一个"
                            "星期日调整。北京时间21:00的面试，冬季是纽约时间早上8:00，夏季却是9:00；每年春秋两季都"
                            "有几个星期，纽约和柏林之间的时差比平时少一个小时。巴西已经不再实行夏令时，所以圣保罗全"
                            "年都比北京晚十一个小时。</p><p>如果总得有人迁就，那应该是你，而不是候选人。为了让你在"
                            "自己的上午工作时间面试，就请墨西哥城的候选人晚上十点上线，这等于在告诉对方：入职以后，"
                            "公司也会这样对待你。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Weekends, rest periods and holidays",
                            "zh": "周末、休息时段与节假日",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Weekends are not the same everywhere. In Saudi Arabia the weekend is Friday and "
                            "Saturday, and a few Malaysian states also keep a Friday–Saturday weekend. In "
                            "Muslim-majority markets such as Indonesia and Malaysia, avoid the Friday midday "
                            "prayer, even on a working day. Respect ordinary rest periods too: lunch hours, "
                            "evenings and the candidate's weekend, and do not assume that a candidate who is still "
                            "employed can leave their current job in the middle of the morning.</p><p>Holidays "
                            "move. Islamic holidays such as Eid al-Fitr and Eid al-Adha follow the lunar Hijri "
                            "calendar, so they come about eleven days earlier each year in the Gregorian calendar, "
                            "and the exact day is often confirmed by moon sighting only shortly before. During "
                            "Ramadan many Muslim candidates fast from dawn to sunset; offer morning slots and keep "
                            "well away from the sunset meal. Lunar New Year and Vietnam's Tết follow the lunisolar "
                            "calendar and fall between late January and mid-February, with several days of travel "
                            "around them. Japan's Golden Week at the turn of April and May, Brazil's Carnival "
                            "(which moves with Easter) and the Christmas and New Year weeks in Europe and the "
                            "Americas are all poor times to expect quick replies.</p><p>Do not rely on memory for "
                            "any of this. Ask local HR for the holiday calendar of the year in question before you "
                            "propose dates.</p>"
                        ),
                        "zh": (
                            "<p>周末并非各地都一样。沙特阿拉伯的周末是星期五和星期六，马来西亚也有少数几个州实行星"
                            "期五、星期六的周末。在印度尼西亚、马来西亚等穆斯林人口占多数的市场，即使是工作日，也要"
                            "避开星期五中午的聚礼时间。还要尊重普通的休息时段：午餐时间、晚上和候选人的周末；也不要"
                            "以为在职候选人可以在上午中途随意离开现在的工作岗位。</p><p>节假日是会变动的。开斋节、"
                            "宰牲节等伊斯兰节日依照伊斯兰太阴历（回历），在公历上每年大约提前十一天，具体日期常常要"
                            "到临近时根据观月结果才能确定。斋月期间，许多穆斯林候选人从黎明到日落禁食，应优先安排上"
                            "午的时段，并远离日落后开斋进餐的时间。农历新年和越南的春节（Tết）依照阴阳历，落在一月"
                            "下旬到二月中旬之间，前后还有好几天的返乡出行。日本四月底到五月初的黄金周、巴西随复活节"
                            "日期变动的狂欢节，以及欧美的圣诞和新年假期，都不适合指望对方快速回复。</p><p>这些都不"
                            "要凭记忆。提议面试日期之前，先向当地人力资源部门要一份当年的节假日日历。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Ramadan working hours in Saudi Arabia",
                            "zh": "沙特阿拉伯的斋月工作时间",
                        },
                        "body": {
                            "en": (
                                "<p>The Saudi Labour Law (Royal Decree M/51), Article 98, limits the actual "
                                "working hours of Muslim workers during Ramadan to six hours a day or thirty-six "
                                "hours a week. A candidate who is employed there is working a shorter, shifted day "
                                "for that month, so offer morning slots and keep the interview to its planned "
                                "length.</p>"
                            ),
                            "zh": (
                                "<p>沙特《劳动法》（皇家法令M/51号）第98条规定，斋月期间穆斯林劳动者的实际工作时间"
                                "每天不超过六小时、每周不超过三十六小时。在沙特任职的候选人这个月的工作日更短、作息"
                                "也有调整，因此应提供上午的时段，并把面试控制在计划时长之内。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Tools, interpreters and materials",
                            "zh": "工具、翻译与材料",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Test the interview tool a day ahead on the same device and network you will use, "
                            "including screen sharing if you plan to show a case. Send the candidate a link that "
                            "works in their country without installing software or creating an account, ask local "
                            "HR which tools candidates there can use, and include a telephone number as a "
                            "fallback. If the candidate's working language is not yours, book a professional "
                            "interpreter early and send them the job description and the question list in advance; "
                            "a colleague who 'speaks some Portuguese' is not an interpreter.</p><p>Finally, make "
                            "sure that everything the candidate will see, from the job advertisement to the "
                            "invitation e-mail and the case exercise, has been checked by local HR. Recruiting "
                            "materials must comply with local law: an advertisement asking for 'men under 35' is "
                            "unlawful in many markets, and in California, for example, employers with fifteen or "
                            "more employees must include the pay scale in job postings (California Labor Code § "
                            "432.3).</p>"
                        ),
                        "zh": (
                            "<p>提前一天，用正式面试时同样的设备和网络测试面试工具；如果打算展示案例，还要测试屏幕"
                            "共享。发给候选人的链接要能在对方所在国家直接打开，不需要安装软件或注册账号；向当地人力"
                            "资源部门确认当地候选人能用哪些工具，并附上一个电话号码作为备用方案。如果候选人的工作语"
                            "言不是你的语言，要尽早预约专业翻译，并提前把岗位说明和问题清单发给翻译；一个“会说点葡"
                            "萄牙语”的同事不是翻译。</p><p>最后，候选人会看到的所有材料，从招聘广告、邀请邮件到案例"
                            "练习，都要经过当地人力资源部门核对。招聘材料必须符合当地法律：在许多市场，要求“35岁以"
                            "下男性”的招聘广告本身就是违法的；又如在美国加利福尼亚州，雇员十五人及以上的雇主必须在"
                            "招聘信息中列明薪资范围（《加州劳动法典》第432.3条）。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Forty-eight hours before the interview",
                            "zh": "面试前四十八小时检查清单",
                        },
                        "items": [
                            {
                                "en": (
                                    "The invitation shows the candidate's local time first, with the time zone in "
                                    "the calendar entry."
                                ),
                                "zh": "邀请中首先写明候选人当地时间，日历条目里带有时区。",
                            },
                            {
                                "en": (
                                    "The date avoids the candidate's weekend, local public holidays, Friday "
                                    "prayers and, during Ramadan, the late afternoon."
                                ),
                                "zh": "日期避开了候选人的周末、当地公共假日、星期五聚礼时间，斋月期间还避开了傍晚。",
                            },
                            {
                                "en": (
                                    "The interview tool has been tested on your device and network, and the "
                                    "candidate has a link that needs no account, plus a phone number as a fallback."
                                ),
                                "zh": (
                                    "已在你的设备和网络上测试过面试工具；候选人收到的链接无需注册账号，并附有备用电"
                                    "话号码。"
                                ),
                            },
                            {
                                "en": (
                                    "An interpreter is booked if needed and has the job description and question list."
                                ),
                                "zh": "如需翻译，已完成预约，并已把岗位说明和问题清单发给翻译。",
                            },
                            {
                                "en": (
                                    "Local HR has confirmed the taboo topics for that country and checked every "
                                    "document the candidate will see."
                                ),
                                "zh": "当地人力资源部门已确认该国的禁忌话题，并核对过候选人会看到的每一份材料。",
                            },
                            {
                                "en": (
                                    "You have read the CV and chosen your structured questions from the question bank."
                                ),
                                "zh": "你已读过简历，并从题库中选好了结构化问题。",
                            },
                            {
                                "en": "The panel knows who asks what, and the evaluation form is ready.",
                                "zh": "面试小组已明确分工，评价表也已准备好。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: preparing an interview abroad",
                            "zh": "小测：海外面试的准备",
                        },
                        "category": "Etiquette and professional image/Before the interview",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "opening-the-interview",
            "title": {
                "en": "Opening: greetings, names and the agenda",
                "zh": "开场：问候、称呼与议程",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The first two minutes decide how relaxed the candidate will be for the next forty, "
                            "and a relaxed candidate gives you better evidence. Be in the room early: ten minutes "
                            "on site, five minutes in the video meeting. Greet the candidate by name, pronounced "
                            "properly. Ask the recruiter beforehand, and if you are unsure, ask the candidate: "
                            "'How would you like me to address you?' It is a courtesy, not a "
                            "weakness.</p><h3>Names and forms of address</h3><p>Naming customs differ more than "
                            "most managers expect. Many German candidates expect 'Herr' or 'Frau' and the surname "
                            "until first names are offered, and academic titles such as 'Dr.' are used. In Japan, "
                            "use the family name with '-san'. In the United States and Brazil, first names usually "
                            "come quickly. Vietnamese names put the family name first, but people are addressed by "
                            "the given name, so Nguyễn Thị Lan is 'Ms Lan'. Many Malay names are patronymic, so "
                            "Ahmad bin Ismail is 'Mr Ahmad', never 'Mr Ismail', and many Indonesians use a single "
                            "name. When in doubt, ask, and write the answer in your notes for the next "
                            "interviewer.</p><h3>Greetings</h3><p>Let the candidate lead on physical greetings. "
                            "Some observant Muslim and Orthodox Jewish candidates do not shake hands with someone "
                            "of the opposite sex; a nod with a hand on the heart is a respectful answer, and "
                            "nothing should be read into it. In Japan, expect a bow and receive a business card "
                            "with both hands, and look at it before putting it down.</p>"
                        ),
                        "zh": (
                            "<p>开场的头两分钟，决定了候选人在接下来四十分钟里能有多放松；而放松的候选人，才能给你"
                            "更有价值的证据。要提前到场：现场面试提前十分钟，视频面试提前五分钟进入会议。用正确的发"
                            "音称呼候选人的名字。事先问问招聘专员；如果仍没把握，就直接问候选人：“我该怎么称呼您？”"
                            "这是礼貌，不是露怯。</p><h3>姓名与称呼</h3><p>各地的称呼习惯，比大多数经理想象的差别更"
                            "大。许多德国候选人在对方主动提出用名字相称之前，希望被称为“Herr”（先生）或“Frau”（女士）"
                            "加姓氏，“Dr.”之类的学术头衔也会使用。在日本，用姓氏加“さん”。在美国和巴西，通常很快就"
                            "直呼名字。越南人的姓名是姓在前，但称呼时用排在最后的名字，所以Nguyễn Thị Lan应称为“Lan"
                            "女士”。许多马来人的姓名采用父名制，Ahmad bin Ismail应称为“Ahmad先生”，绝不是“Ismail先"
                            "生”；还有不少印度尼西亚人只有一个名字。拿不准就问，并把答案写进笔记，方便下一位面试官。"
                            "</p><h3>问候</h3><p>身体接触类的问候，由候选人主导。一些虔诚的穆斯林和正统派犹太教徒不"
                            "与异性握手；点头并把手放在胸前就是得体的回应，不要对此做任何解读。在日本，对方可能会鞠"
                            "躬；接名片时要用双手，先看一看再放下。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Set the agenda, then keep small talk neutral",
                            "zh": "先讲清议程，寒暄保持中性",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>After the greeting, introduce yourself and anyone else on the panel, then explain "
                            "the plan: how long the interview will take, that you will ask the same prepared "
                            "questions of every candidate, that you will take notes, that there will be time for "
                            "their questions, and what happens afterwards. If an interpreter is present, introduce "
                            "them and explain how you will work: you speak in short segments, the interpreter "
                            "renders everything in the first person, and the candidate should answer you, not the "
                            "interpreter.</p><p>A minute of small talk helps, but small talk is where protected "
                            "topics slip in. 'Where is your accent from?', 'Do you have children?' and 'Will you "
                            "be fasting this month?' all feel friendly and all invite information you must not "
                            "use. Safe openers are the journey, the weather, whether they found the building "
                            "easily, or the candidate's interest in the role.</p>"
                        ),
                        "zh": (
                            "<p>问候之后，介绍你自己和面试小组的其他成员，然后讲清安排：面试大约多长时间；你会向每"
                            "位候选人提出同样的预设问题；你会做记录；最后会留时间给对方提问；以及面试之后的流程。如"
                            "果有翻译在场，要介绍翻译并说明工作方式：你分小段说话，翻译用第一人称完整转述，候选人应"
                            "当看着你回答，而不是对着翻译回答。</p><p>一分钟的寒暄有助于缓和气氛，但受保护的话题往"
                            "往就是在寒暄中溜进来的。“您的口音是哪里的？”“您有孩子吗？”“这个月您要斋戒吗？”听起来都"
                            "很友好，却都在引出你不得使用的信息。安全的开场话题包括：路上是否顺利、天气、是否容易找"
                            "到办公楼，或者候选人对这个岗位的兴趣。</p>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Role play: opening a video interview with an interpreter",
                            "zh": "角色扮演：有翻译参与的视频面试开场",
                        },
                        "setting": {
                            "en": (
                                "A video call at 09:30 Jakarta time. Chen Hao, supply chain director in Shenzhen, "
                                "is interviewing a candidate for a demand-planner role in the Surabaya plant. Dewi "
                                "Lestari interprets between Indonesian and English. An HR colleague observes with "
                                "camera off. The first five minutes are played."
                            ),
                            "zh": (
                                "雅加达时间上午9:30的视频面试。深圳的供应链总监陈浩面试泗水工厂需求计划员岗位的一位"
                                "候选人。Dewi Lestari担任印尼语和英语之间的翻译。一名人力资源同事关闭摄像头旁听。只"
                                "演练开场的前五分钟。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Interviewer (Chen Hao)",
                                    "zh": "面试官（陈浩）",
                                },
                                "brief": {
                                    "en": (
                                        "Join five minutes early. Find out how the candidate wishes to be "
                                        "addressed, introduce yourself and the interpreter, explain the structure, "
                                        "the notes and the timing, check that everyone can hear, and start the "
                                        "first question within five minutes. Keep each sentence short enough to "
                                        "interpret."
                                    ),
                                    "zh": (
                                        "提前五分钟上线。弄清候选人希望被如何称呼，介绍你自己和翻译，说明面试结构、"
                                        "记录方式和时间安排，确认各方都听得清，并在五分钟内开始第一个问题。每句话都"
                                        "要短到便于翻译。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate",
                                    "zh": "候选人",
                                },
                                "brief": {
                                    "en": (
                                        "Your name is Sulastri; like many Indonesians you use a single name. You "
                                        "are nervous, and your connection freezes for about twenty seconds in the "
                                        "second minute. If nobody asks how to address you, do not correct a wrong "
                                        "form of address; simply become quieter."
                                    ),
                                    "zh": (
                                        "你叫Sulastri，和许多印度尼西亚人一样，你只有一个名字。你有些紧张，第二分钟"
                                        "时网络会卡住大约二十秒。如果没人问你希望如何被称呼，被叫错了也不要纠正，只"
                                        "是话会变少。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Interpreter (Dewi Lestari)",
                                    "zh": "翻译（Dewi Lestari）",
                                },
                                "brief": {
                                    "en": (
                                        "You received the job description but not the question list. Interpret in "
                                        "the first person. If the interviewer speaks for more than about forty "
                                        "seconds without a pause, politely ask them to break it up."
                                    ),
                                    "zh": (
                                        "你收到了岗位说明，但没有收到问题清单。用第一人称翻译。如果面试官连续讲话超"
                                        "过四十秒左右不停顿，礼貌地请他分段说。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "Punctuality; asking how to address the candidate and using the answer; "
                                "introducing everyone, including the interpreter; a clear agenda (length, same "
                                "questions for all, notes, time for questions, next steps); calm handling of the "
                                "frozen connection; neutral small talk; short segments suited to interpretation."
                            ),
                            "zh": (
                                "是否准时；是否询问并使用候选人希望的称呼；是否介绍了包括翻译在内的所有人；议程是否"
                                "清楚（时长、所有人同样的问题、记录、提问时间、后续步骤）；网络卡顿时是否从容处理；"
                                "寒暄是否中性；是否分成便于翻译的短句。"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "The first two minutes",
                            "zh": "开场的头两分钟",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Ask: 'How would you like me to address you?'",
                                    "zh": "问一句：“我该怎么称呼您？”",
                                },
                                "dont": {
                                    "en": "Shorten or anglicise the candidate's name without asking.",
                                    "zh": "未经询问就擅自简化候选人的名字，或者给对方起个英文名。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Let the candidate lead on handshakes, bows and other physical greetings.",
                                    "zh": "握手、鞠躬等身体接触类问候，让候选人主导。",
                                },
                                "dont": {
                                    "en": (
                                        "Hold your hand out insistently, or comment when a candidate does not shake it."
                                    ),
                                    "zh": "执意伸手，或者在候选人没有握手时加以评论。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Tell the candidate you will take notes and why.",
                                    "zh": "告诉候选人你会做记录，以及为什么要记录。",
                                },
                                "dont": {
                                    "en": (
                                        "Type silently throughout, so that the candidate wonders whether you are "
                                        "answering e-mails."
                                    ),
                                    "zh": "全程默默打字，让候选人怀疑你是不是在回邮件。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Use small talk about the journey, the weather or the role.",
                                    "zh": "寒暄时聊路上是否顺利、天气或者岗位本身。",
                                },
                                "dont": {
                                    "en": "Ask where the candidate's family is from or whether they have children.",
                                    "zh": "问候选人家里是哪里人，或者有没有孩子。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: opening the interview",
                            "zh": "小测：面试开场",
                        },
                        "category": "Etiquette and professional image/During the interview",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "running-and-closing",
            "title": {
                "en": "Running and closing the interview",
                "zh": "面试的推进与收尾",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p><strong>Listen more than you talk.</strong> A common rule of thumb is that the "
                            "candidate should speak for about eighty per cent of the time. Let each answer finish "
                            "before you move on, and do not fill every pause: in Japan, Finland and many other "
                            "places a silence of several seconds is thinking, not a sign that the candidate has "
                            "nothing more to say. Count to five before the next question, and use short neutral "
                            "prompts such as 'What did you do next?'</p><p><strong>Take factual notes.</strong> "
                            "Write what the candidate said and did, not your verdict: 'renegotiated terms with "
                            "three distributors, cost down 6 % in two quarters' is evidence; 'seems sharp' is not. "
                            "Never note appearance, accent, age, family or religion. In the European Union and the "
                            "United Kingdom candidates can ask to see the personal data held about them, and that "
                            "can include your interview notes (GDPR, Article 15), so write every note as if the "
                            "candidate will read it.</p><p><strong>Keep time and keep attention.</strong> Stick to "
                            "the agreed length and steer a long answer politely: 'Thank you, that is clear. Let me "
                            "move to the next area so that we have time for your questions.' Phones go face down "
                            "and silent; no e-mail, no eating, no side conversations with the rest of the "
                            "panel.</p>"
                        ),
                        "zh": (
                            "<p><strong>多听少说。</strong>常用的经验法则是：候选人说话的时间约占八成。每个回答都让"
                            "对方说完再往下问，不要急于填补每一次停顿：在日本、芬兰和其他许多地方，几秒钟的沉默是在"
                            "思考，而不是没话可说。下一个问题之前，在心里数到五；可以用“接下来您做了什么？”这类简短、"
                            "中性的追问。</p><p><strong>记录事实。</strong>记下候选人说了什么、做了什么，而不是你的"
                            "结论：“与三家经销商重新谈判条款，两个季度内成本下降6%”是证据，“看起来很机灵”不是。绝不"
                            "记录外貌、口音、年龄、家庭或宗教。在欧盟和英国，候选人有权查阅公司持有的关于自己的个人"
                            "数据，其中可能包括你的面试笔记（《通用数据保护条例》（GDPR）第15条），所以每一条笔记都"
                            "要写得经得起候选人本人阅读。</p><p><strong>控制时间，保持专注。</strong>遵守约定的时长；"
                            "遇到冗长的回答，礼貌地引导：“谢谢，这点很清楚了。我们进入下一个方面，好给您留出提问的"
                            "时间。”手机屏幕朝下并静音；不看邮件、不吃东西，也不和其他面试官私下交谈。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Closing well",
                            "zh": "好好收尾",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Leave at least ten minutes for the candidate's questions and answer them honestly. "
                            "If you do not know, say so and commit to a follow-up with a date. Then explain the "
                            "next steps and a realistic timeline, thank the candidate for their time and, on site, "
                            "walk them out or hand them back to reception.</p><p>What you must not do is reveal "
                            "the outcome. 'You'll be hearing good news', 'I'll push for you' and 'you're the "
                            "strongest so far' are just as wrong as a sigh or 'we were looking for someone more "
                            "senior'. The decision is made after every interviewer has scored independently and "
                            "the panel has calibrated; other candidates, references and budget may still change "
                            "it. A positive hint creates an expectation that the candidate, and sometimes a court, "
                            "may treat as a promise. A negative hint given in the room tends to be remembered as "
                            "the real reason for a rejection, and if the candidate belongs to a protected group it "
                            "can look like prejudice.</p>"
                        ),
                        "zh": (
                            "<p>至少留十分钟给候选人提问，并如实回答。不知道的就直说，并承诺在某个具体日期之前跟进"
                            "答复。然后说明后续步骤和现实可行的时间表，感谢候选人抽出时间；如果是现场面试，送对方出"
                            "门或交还给前台。</p><p>绝对不能做的，是透露结果。“您等好消息吧”“我会帮您争取的”“您是目"
                            "前最强的一位”，和一声叹气或者一句“我们想找更资深一点的人”同样不对。录用决定要在每位面"
                            "试官独立打分、面试小组完成校准之后才作出；其他候选人、背景调查和预算都可能改变结果。正"
                            "面的暗示会制造一种期待，候选人——有时甚至法院——可能会把它当作承诺。在面试现场给出的负面"
                            "暗示，则往往会被记成被拒的真正原因；如果候选人属于受保护群体，这看起来就可能像是歧视。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": {
                            "en": "Never reveal the outcome during the interview",
                            "zh": "面试中绝不透露结果",
                        },
                        "body": {
                            "en": (
                                "<p>If the candidate asks 'How did I do?', answer the process, not the verdict: "
                                "'Thank you for asking. Every interviewer scores separately and we compare notes "
                                "afterwards, so I can't give you a result today. You will hear from Ms Weber in HR "
                                "by Thursday the 14th.' Then keep that date.</p>"
                            ),
                            "zh": (
                                "<p>如果候选人问“我表现得怎么样？”，回答流程，而不是结论：“谢谢您的提问。每位面试官"
                                "都是独立打分，之后再一起比对，所以今天我没法给您结果。人力资源部的Weber女士会在14"
                                "日星期四之前联系您。”然后务必兑现这个日期。</p>"
                            ),
                        },
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "What to say at the close",
                            "zh": "收尾时怎么说",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "'What would you like to know about the team or the role?'",
                                    "zh": "“关于团队或者这个岗位，您还想了解什么？”",
                                },
                                "dont": {
                                    "en": "'Any questions? No? Great.' while closing your laptop.",
                                    "zh": "一边合上电脑一边说：“有问题吗？没有？好的。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "'I don't know the relocation policy in detail. HR will send it to you by "
                                        "Monday.'"
                                    ),
                                    "zh": "“搬迁政策的细节我不太清楚，人力资源部会在星期一前发给您。”",
                                },
                                "dont": {
                                    "en": "'Don't worry, relocation is always generous with us.'",
                                    "zh": "“放心，我们公司的搬迁补贴一向很大方。”",
                                },
                            },
                            {
                                "do": {
                                    "en": "'You will hear from us by Thursday, whatever the decision.'",
                                    "zh": "“无论结果如何，星期四之前我们都会通知您。”",
                                },
                                "dont": {
                                    "en": "'Between us, I think you've got it.'",
                                    "zh": "“私下说一句，我觉得您没问题了。”",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Thank the candidate in the same way whether you are leaning towards yes or no."
                                    ),
                                    "zh": "无论你倾向于录用还是淘汰，都用同样的方式感谢候选人。",
                                },
                                "dont": {
                                    "en": (
                                        "Let your face, your tone or a shorter goodbye tell the candidate what you "
                                        "think."
                                    ),
                                    "zh": "让表情、语气或者草草的告别把你的想法泄露给候选人。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "The last ten minutes",
                            "zh": "最后十分钟",
                        },
                        "items": [
                            {
                                "en": (
                                    "The candidate has had time to ask questions, and every open question has an "
                                    "owner and a date."
                                ),
                                "zh": "候选人有时间提问；每个待答复的问题都有负责人和答复日期。",
                            },
                            {
                                "en": "You have explained the next steps and when the candidate will hear back.",
                                "zh": "你已说明后续步骤，以及候选人何时会收到答复。",
                            },
                            {
                                "en": "You have given no hint of the outcome, positive or negative.",
                                "zh": "你没有给出任何关于结果的暗示，无论正面还是负面。",
                            },
                            {
                                "en": (
                                    "You have completed your evaluation form independently, before talking to the "
                                    "other interviewers."
                                ),
                                "zh": "在和其他面试官交流之前，你已独立填好了自己的评价表。",
                            },
                            {
                                "en": (
                                    "Your notes contain only job-related facts you would be comfortable for the "
                                    "candidate to read."
                                ),
                                "zh": "你的笔记里只有与岗位相关的事实，即使被候选人看到也无妨。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: during and at the end of the interview",
                            "zh": "小测：面试过程与收尾",
                        },
                        "category": "Etiquette and professional image/During the interview",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "professional-image",
            "title": {
                "en": "Professional image on site and on camera",
                "zh": "现场与镜头前的职业形象",
            },
            "minutes": 20,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A professional image is not about expensive clothes. It is about signalling that "
                            "the interview matters to you as much as it does to the candidate. The candidate has "
                            "prepared, often taken time off, and is reading every detail for clues about the "
                            "company.</p><h3>Dress for the market, one notch up</h3><p>Aim to be one step more "
                            "formal than the candidate is likely to be in that market and industry. In Japan, "
                            "Saudi Arabia and the United Arab Emirates, and for finance or legal roles almost "
                            "anywhere, that means conservative business dress; in the Gulf, choose clothing that "
                            "covers the shoulders and knees. In Germany and the United Kingdom, business dress is "
                            "a safe default, while for a software team in São Paulo or San Francisco smart casual "
                            "is fine, provided it is neat. Avoid slogans and anything that makes a statement "
                            "unrelated to the job. Ask local HR if you are unsure; they will know what the last "
                            "successful interviewers wore.</p><h3>The room</h3><p>On site, book a quiet room that "
                            "will not be interrupted, put the candidate's name at reception, offer water, and make "
                            "sure the room and the route to it are accessible. Ask every candidate in the "
                            "invitation whether they need any adjustments to take part in the interview. That "
                            "question is about the interview arrangements, not about their health: in the United "
                            "Kingdom it is one of the purposes for which section 60 of the Equality Act 2010 "
                            "expressly allows a health-related question before an offer, and in the United States "
                            "an employer may ask whether an applicant needs a reasonable accommodation for the "
                            "hiring process. Informal settings such as a hotel lounge or café have their place "
                            "with senior candidates, but a formal interview belongs in a room where you can both "
                            "concentrate.</p><h3>On camera</h3><p>On video, your camera is your face. Put it at "
                            "eye level, light your face from the front, use a neutral or company background that "
                            "does not blur your outline, and wear a headset. Close other applications and silence "
                            "notifications. Show your full name and title, for example 'Chen Hao – Supply Chain "
                            "Director', and look at the camera, not at the screen, when you ask a question. If you "
                            "expect the candidate's camera to be on, keep yours on too.</p>"
                        ),
                        "zh": (
                            "<p>职业形象与衣服贵不贵无关，它传达的是：这场面试对你和对候选人一样重要。候选人做了准"
                            "备，常常还特地请了假，正在从每一个细节里揣摩这家公司。</p><h3>着装入乡随俗，再正式一档"
                            "</h3><p>着装要比候选人在当地市场和行业中的常见穿着再正式一档。在日本、沙特阿拉伯和阿联"
                            "酋，以及几乎任何地方的金融或法务岗位，这意味着保守的商务正装；在海湾地区，应选择遮住肩"
                            "膀和膝盖的服装。在德国和英国，商务装是稳妥的默认选择；而面试圣保罗或旧金山的软件团队时，"
                            "商务休闲即可，但要整洁。避免带标语的服饰，以及任何与工作无关、带有表态意味的装扮。拿不"
                            "准就问当地人力资源部门，他们知道之前成功的面试官都穿什么。</p><h3>面试场地</h3><p>现场"
                            "面试要预订一间安静、不会被打扰的会议室，在前台登记候选人的姓名，准备好饮用水，并确保会"
                            "议室及前往会议室的路线无障碍。在邀请中询问每一位候选人，参加面试是否需要任何便利安排。"
                            "这个问题针对的是面试安排，而不是对方的健康状况：在英国，这正是《2010年平等法》第60条明"
                            "确允许在发出录用通知前询问健康相关问题的目的之一；在美国，雇主也可以询问求职者在招聘过"
                            "程中是否需要合理便利。酒店大堂、咖啡馆等非正式场所适合与资深候选人交流，但正式面试应当"
                            "在双方都能集中精力的房间里进行。</p><h3>镜头前</h3><p>视频面试时，摄像头就是你的脸面。"
                            "把摄像头放在与视线平齐的高度，让光线从正面照亮面部，使用不会让人物轮廓模糊的中性背景或"
                            "公司背景，并佩戴耳机。关闭其他应用程序，屏蔽通知。显示你的全名和职务，例如“陈浩 – 供应"
                            "链总监”；提问时看着摄像头，而不是屏幕。如果你希望候选人开摄像头，你自己也要开着。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Camera check, five minutes before",
                            "zh": "开始前五分钟的镜头检查",
                        },
                        "items": [
                            {
                                "en": "Camera at eye level, face lit from the front, nothing distracting behind you.",
                                "zh": "摄像头与视线平齐，面部正面受光，身后没有分散注意力的东西。",
                            },
                            {
                                "en": "Headset connected and tested; microphone muted when others speak in a panel.",
                                "zh": "耳机已连接并测试；多人面试时别人发言你就静音。",
                            },
                            {
                                "en": "Display name shows your full name and title.",
                                "zh": "显示名称为你的全名和职务。",
                            },
                            {
                                "en": "E-mail, chat and phone notifications are off.",
                                "zh": "邮件、聊天和手机通知均已关闭。",
                            },
                            {
                                "en": (
                                    "The candidate's CV, your questions and the evaluation form are open, and "
                                    "nothing else."
                                ),
                                "zh": "只打开候选人简历、你的问题和评价表，不打开其他任何东西。",
                            },
                            {
                                "en": "The fallback phone number is at hand in case the connection fails.",
                                "zh": "备用电话号码就在手边，以防网络中断。",
                            },
                        ],
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Image and behaviour",
                            "zh": "形象与举止",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Ask local HR what interviewers usually wear for this kind of role.",
                                    "zh": "向当地人力资源部门打听，面试这类岗位时面试官通常怎么穿。",
                                },
                                "dont": {
                                    "en": (
                                        "Interview a Riyadh banking candidate in a polo shirt because it is hot in "
                                        "your office."
                                    ),
                                    "zh": "因为办公室热，就穿着POLO衫面试利雅得的银行业候选人。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Join from a quiet room with a neutral background.",
                                    "zh": "在安静的房间上线，使用中性背景。",
                                },
                                "dont": {
                                    "en": "Join from an open-plan office, a car or an airport gate.",
                                    "zh": "在开放式办公区、车里或机场登机口上线面试。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Keep a neutral, attentive expression while the candidate answers.",
                                    "zh": "候选人回答时，保持中性而专注的表情。",
                                },
                                "dont": {
                                    "en": "Frown, smirk or look at your phone when an answer does not impress you.",
                                    "zh": "听到不满意的回答就皱眉、撇嘴或者低头看手机。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "Ask every candidate whether they need any adjustments to take part in the "
                                        "interview."
                                    ),
                                    "zh": "询问每一位候选人参加面试是否需要便利安排。",
                                },
                                "dont": {
                                    "en": "Ask a candidate about a visible condition or a medical history.",
                                    "zh": "询问候选人某种看得出的身体状况或者病史。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: professional image",
                            "zh": "小测：职业形象",
                        },
                        "category": "Etiquette and professional image/Professional image",
                        "count": 2,
                    },
                ),
            ],
        },
    ],
}
