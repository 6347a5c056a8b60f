"""Attracting candidates in the interview: process, employer brand, candidate experience (advanced)."""

from __future__ import annotations

COURSE = {
    "slug": "attracting-candidates",
    "order": 60,
    "title": {
        "en": "Attracting candidates in the interview: process, employer brand, candidate experience",
        "zh": "在面试中吸引人才：流程、雇主品牌与候选人体验",
    },
    "summary": {
        "en": (
            "An interview is assessed from both sides. Learn to run a process that strong candidates abroad respect, "
            "present the company honestly and persuasively, give senior and scarce talent a faster route with "
            "executives in the decision, treat every candidate well through to the final email, and read the "
            "recruiting numbers that show where candidates are being lost."
        ),
        "zh": (
            "面试是双向的评估。本课程帮助你设计一个让海外优秀候选人认可的招聘流程，真实而有说服力地介绍公司，"
            "为高端和稀缺人才提供有高管参与决策的快速通道，从第一次接触到最后一封邮件都善待每一位候选人，"
            "并读懂那些揭示候选人在哪里流失的招聘数据。"
        ),
    },
    "competency": "attracting",
    "level": "advanced",
    "minutes": 160,
    "regions": [],
    "prerequisites": [
        "interview-etiquette",
        "structured-interviewing-star",
    ],
    "objectives": [
        {
            "en": (
                "Design the channels, scheduling, format and setting of an interview process so that it makes a "
                "professional impression on candidates in another country."
            ),
            "zh": "设计招聘渠道、时间安排、面试形式与场景，让身在另一个国家的候选人感受到专业。",
        },
        {
            "en": (
                "Present the company's stability, growth paths and strategy with checkable evidence, and describe "
                "the job honestly without over-promising."
            ),
            "zh": "用可核实的证据介绍公司的稳定性、成长路径和战略，如实描述岗位，不画饼。",
        },
        {
            "en": (
                "Run a shorter, executive-backed process for senior and scarce candidates, prepared by studying each "
                "candidate's professional record."
            ),
            "zh": "为高端和稀缺候选人安排有高管参与的精简流程，并在事前研究候选人的职业履历。",
        },
        {
            "en": (
                "Give every candidate a timely, respectful experience, including those who are not hired, and meet "
                "the legal duties on pay information and interview notes."
            ),
            "zh": (
                "让每一位候选人（包括未被录用者）都得到及时、受尊重的体验，并履行在薪酬信息和面试记录方面的法定义务。"
            ),
        },
        {
            "en": "Read recruiting metrics and choose the interview-side lever that addresses a weak number.",
            "zh": "读懂招聘数据，并针对薄弱指标选择面试环节中相应的改进杠杆。",
        },
    ],
    "lessons": [
        {
            "slug": "process-and-first-impression",
            "title": {
                "en": "The process is the first interview they have of you",
                "zh": "流程本身就是候选人对你的第一场面试",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Candidates start assessing you long before anyone asks them a question. The first "
                            "message, the calendar invitation, the video link, the person who greets them and the "
                            "order in which things happen all tell a candidate how your company runs. In "
                            "talent-scarce markets the strongest people usually have two or three processes going at "
                            "once, and the one that feels disorganised is the first they drop.</p><p>A typical "
                            "example: a hiring manager in Shenzhen invited a senior embedded-software engineer in "
                            "Munich to a call “at 9:00”. He meant 9:00 Beijing time; she read 9:00 Munich time and "
                            "sat alone in a meeting room for half an hour. He apologised and rebooked, but in her "
                            "later feedback she said the mix-up made her wonder how the team would handle customer "
                            "deadlines across time zones. Nothing about her skills or the role had changed. Only the "
                            "impression had.</p><p>This lesson covers the three things you control before the first "
                            "question: how candidates find you, when and how you meet them, and the setting in which "
                            "you meet them.</p>"
                        ),
                        "zh": (
                            "<p>候选人对你的评估，早在任何人向他提出第一个问题之前就开始了。第一条消息、日历邀请、"
                            "视频链接、接待他的人、各个环节的先后顺序，都在告诉候选人：这家公司是怎样运转的。"
                            "在人才稀缺的市场，最优秀的人通常同时在走两三个招聘流程，哪一家显得混乱，"
                            "他们就最先放弃哪一家。</p><p>一个典型的例子："
                            "深圳的一位用人经理约慕尼黑的一位资深嵌入式软件工程师“9:00”通话。他指的是北京时间9:00，"
                            "对方理解成慕尼黑时间9:00，一个人在会议室里等了半个小时。经理道歉后重新约了时间，"
                            "但候选人事后反馈说，这次误会让她怀疑这个团队能否跨时区处理好客户的交付期限。"
                            "她的能力没有变，岗位也没有变，变的只是印象。</p><p>本课讨论在提出第一个问题之前你能掌控"
                            "的三件事：候选人通过什么渠道找到你，你在什么时间、以什么形式与他们见面，以及见面的场景。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Reach candidates through several channels",
                            "zh": "多渠道触达候选人",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>No single channel reaches everyone a role needs. Mix channels on purpose, and record "
                            "where every candidate came from, because later you will need that to judge which "
                            "channels pay off.</p><ul><li><strong>Professional networks and local job "
                            "boards.</strong> LinkedIn is used in most of the eleven markets; XING still matters in "
                            "German-speaking countries, JobStreet in Malaysia and Indonesia, VietnamWorks and TopCV "
                            "in Vietnam, OCC Mundial and Computrabajo in Mexico, and doda or BizReach for mid-career "
                            "and senior hires in Japan. Ask local HR which boards people in your kind of role "
                            "actually read.</li><li><strong>Employee referrals.</strong> Your first local hires know "
                            "the people you need. A referral from a respected local colleague also answers the "
                            "question many candidates ask silently: is it safe to work for this foreign "
                            "company?</li><li><strong>Universities and industry associations.</strong> For graduate "
                            "and technical roles, careers fairs and professional bodies build a pipeline over years, "
                            "not weeks.</li><li><strong>Specialist search firms.</strong> For senior and scarce "
                            "profiles, a local search firm reaches people who are not looking. Brief the firm as "
                            "carefully as you would brief an interviewer: the same facts about the job, the same pay "
                            "range, the same topics to avoid.</li></ul><p>Whatever the channel, candidates should "
                            "see the same job title, the same description of the role and, where the law requires "
                            "it, the same pay information. A candidate who finds three different titles for one "
                            "vacancy concludes that the company has not decided what it wants.</p>"
                        ),
                        "zh": (
                            "<p>没有哪一个渠道能覆盖一个岗位所需要的全部人选。要有意识地组合多个渠道，"
                            "并记录每位候选人的来源，因为日后你要靠这些数据判断哪些渠道真正有回报。"
                            "</p><ul><li><strong>职业社交网络与本地招聘网站。</strong>LinkedIn在这十一个市场中的大多"
                            "数都有人用；在德语国家，XING依然重要；马来西亚和印度尼西亚常用JobStreet，"
                            "越南常用VietnamWorks和TopCV，墨西哥常用OCC Mundial和Computrabajo，"
                            "日本的中途和高端招聘则多用doda或BizReach。请向本地人力资源确认，"
                            "你这类岗位的人选实际会看哪些网站。</li><li><strong>员工内推。"
                            "</strong>你的第一批本地员工认识你需要的人。一位受尊重的本地同事推荐，"
                            "还能回答许多候选人心里默默在问的问题：去这家外国公司工作靠不靠谱？"
                            "</li><li><strong>高校与行业协会。</strong>对于应届生和技术岗位，"
                            "校园招聘会和专业团体建立的人才管道以年计，而不是以周计。</li><li><strong>专业猎头公司。"
                            "</strong>对于高端和稀缺人才，本地猎头能接触到并未主动求职的人。"
                            "向猎头交代需求时要像培训面试官一样细致：同样的岗位事实，同样的薪酬范围，"
                            "同样需要回避的话题。</li></ul><p>无论通过哪个渠道，候选人看到的都应是同一个职位名称、"
                            "同一份岗位描述，在法律有要求的地方还应是同样的薪酬信息。"
                            "如果候选人在不同地方看到同一个空缺有三个不同的职位名称，"
                            "他会认为公司自己都还没想清楚要什么人。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Flexible times and formats",
                            "zh": "灵活的时间与形式",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Offer a choice, not a summons. For most roles a video call works well for the first "
                            "round and an in-person meeting for the final one. For someone who is currently "
                            "employed, an early-morning or early-evening slot in their time zone is often the only "
                            "way to talk without taking leave. Give two or three options and write every time in "
                            "both time zones, for example “Tuesday 14:00 Jakarta (WIB) / 15:00 Beijing”.</p><p>Avoid "
                            "the candidate's rest periods and local holidays. Some that regularly catch interviewers "
                            "out:</p><ul><li>In Saudi Arabia the weekend is Friday and Saturday. The UAE federal "
                            "government moved to a Monday-to-Friday week with a short Friday in 2022; many private "
                            "employers followed, but not all, so ask.</li><li>Friday midday prayers matter in the "
                            "Gulf, Malaysia and Indonesia; do not book Friday around midday there.</li><li>Ramadan "
                            "shortens working hours in many Muslim-majority countries, and because it follows the "
                            "lunar Islamic calendar it moves about eleven days earlier each year. Lunar New Year and "
                            "Tết also move from year to year, and Golden Week in Japan and Carnival in Brazil are "
                            "periods when many people are away.</li><li>In Europe many people take two or three "
                            "weeks of leave in July or August; a final round planned for mid-August can slip by "
                            "weeks unless you plan around it.</li></ul><p>Test the tool beforehand, on the network "
                            "you will actually use, and send the link with a telephone fallback. If the candidate "
                            "needs an interpreter, book one in advance and tell the candidate who it will be.</p>"
                        ),
                        "zh": (
                            "<p>给候选人选择，而不是下通知。大多数岗位，第一轮用视频面试效果很好，"
                            "终面则安排线下见面。对于在职候选人，当地时间的清晨或傍晚往往是他们不请假就能交谈的唯一时"
                            "段。请提供两到三个选项，并把每个时间都用双方时区写清楚，例如“周二 雅加达时间（WIB）"
                            "14:00 / 北京时间15:00”。</p><p>避开候选人的休息时间和当地节假日。"
                            "以下几种情况经常让面试官措手不及：</p><ul><li>沙特阿拉伯的周末是周五和周六。"
                            "阿联酋联邦政府于2022年改为周一至周五工作、周五半天；许多私营企业随之调整，但并非全部，"
                            "务必先问清楚。</li><li>在海湾国家、马来西亚和印度尼西亚，周五中午的聚礼很重要，"
                            "不要把面试安排在周五中午前后。</li><li>在许多穆斯林占多数的国家，"
                            "斋月期间工作时间会缩短；斋月按伊斯兰历（阴历）确定，每年大约提前十一天。"
                            "农历新年和越南的Tết（春节）每年日期也不同；日本的黄金周和巴西的狂欢节期间，"
                            "很多人都不在岗。</li><li>在欧洲，很多人在七月或八月休两三周的假；"
                            "如果终面定在八月中旬而不提前规划，可能一拖就是几周。</li></ul><p>提前在实际要用的网络上"
                            "测试面试工具，发送链接时附上电话备用方案。如果候选人需要口译，请提前预约，"
                            "并事先告诉候选人口译员是谁。</p>"
                        ),
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Before the invitation goes out",
                            "zh": "发出面试邀请之前",
                        },
                        "items": [
                            {
                                "en": (
                                    "The time written in both time zones, and the date checked against the "
                                    "candidate's weekend and public holidays."
                                ),
                                "zh": "时间已用双方时区写明，日期已核对过候选人所在地的周末和公共假期。",
                            },
                            {
                                "en": "The names and job titles of everyone who will be in the room or on the call.",
                                "zh": "已列出所有在场或参加通话者的姓名和职务。",
                            },
                            {
                                "en": (
                                    "The format (video, telephone or on site), the expected length and what each "
                                    "part will cover."
                                ),
                                "zh": "已说明面试形式（视频、电话或现场）、预计时长以及每个环节的内容。",
                            },
                            {
                                "en": (
                                    "For video: a tested link, a telephone fallback and the name of a person to "
                                    "contact if the link fails."
                                ),
                                "zh": "视频面试：链接已测试，有电话备用方案，并注明链接失效时联系谁。",
                            },
                            {
                                "en": (
                                    "For on site: the address, how to get in, who will meet the candidate and "
                                    "whether travel costs are covered."
                                ),
                                "zh": "现场面试：写明地址、如何进入、谁来接待，以及差旅费用是否报销。",
                            },
                            {
                                "en": "An interpreter booked if needed, and the candidate told in advance.",
                                "zh": "如需口译，已预约并提前告知候选人。",
                            },
                            {
                                "en": (
                                    "An invitation to tell you about any adjustments they need for the interview "
                                    "itself, sent to every candidate, not only to those you think might need it."
                                ),
                                "zh": (
                                    "已邀请候选人告知面试本身需要的任何便利安排；这句话发给每一位候选人，"
                                    "而不是只发给你认为可能需要的人。"
                                ),
                            },
                            {
                                "en": "The recruiter's name and the date by which the candidate will hear back.",
                                "zh": "已写明招聘专员的姓名，以及候选人最晚何时会收到回复。",
                            },
                        ],
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "A professional setting",
                            "zh": "专业的面试场景",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>The setting is dress, venue and flow. <strong>Dress</strong> one step more formal "
                            "than the local norm for the role: business casual is normal for engineers in Berlin or "
                            "Ho Chi Minh City, while a suit is still expected for a banking or government-facing "
                            "role in Riyadh or Tokyo. <strong>Venue</strong>: a quiet room, a neutral background on "
                            "video, the camera at eye level, your full name and title as your display name, and "
                            "nobody walking in and out. <strong>Flow</strong>: open with introductions and an agenda "
                            "(“twenty minutes on your experience, fifteen on a short case, ten for your questions, "
                            "then next steps”), keep to it, and finish on time.</p><p>On a panel, agree before the "
                            "candidate arrives who leads, who asks which questions and who keeps time. Candidates "
                            "notice when interviewers glance at each other to decide who speaks next, and they "
                            "notice even more when one of them is reading email.</p>"
                        ),
                        "zh": (
                            "<p>面试场景包括着装、场地和流程三个方面。<strong>着装</strong>比当地同类岗位的惯例再正式"
                            "一级：在柏林或胡志明市面试工程师，商务休闲很正常；"
                            "在利雅得或东京面试银行或与政府打交道的岗位，仍然应当穿西装。<strong>场地</strong>："
                            "安静的房间；视频时背景简洁，摄像头与视线齐平，显示名称用你的全名和职务，"
                            "面试中不要有人进进出出。<strong>流程</strong>：先介绍与会者和议程（“二十分钟谈你的经历，"
                            "十五分钟做一个小案例，十分钟留给你提问，最后说明下一步”），按议程进行，并准时结束。"
                            "</p><p>如果是小组面试，要在候选人到场前商定谁主持、谁问哪些问题、谁控制时间。"
                            "面试官之间互相使眼色决定谁接话，候选人是看得出来的；如果有面试官在看邮件，"
                            "候选人更是看在眼里。</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "First-impression habits",
                            "zh": "第一印象的好习惯",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": (
                                        "Greet the candidate by the name they use, pronounced the way they say it; "
                                        "ask if you are not sure."
                                    ),
                                    "zh": "用候选人自己使用的名字称呼对方，按对方的读法发音；不确定就直接问。",
                                },
                                "dont": {
                                    "en": "Shorten or anglicise a name for your own convenience.",
                                    "zh": "为了自己方便，随意简化名字或换成英文名。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Join the video call two minutes early with your camera on.",
                                    "zh": "提前两分钟进入视频会议，并打开摄像头。",
                                },
                                "dont": {
                                    "en": "Join late, audio only, from a car or an open-plan office.",
                                    "zh": "迟到，只开语音，在车里或开放式办公区参加面试。",
                                },
                            },
                            {
                                "do": {
                                    "en": "State the agenda and how long each part will take.",
                                    "zh": "说明议程以及每个环节的时长。",
                                },
                                "dont": {
                                    "en": "Improvise the order and run twenty minutes over.",
                                    "zh": "想到哪问到哪，超时二十分钟。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Close with the next step and the date by which they will hear from you.",
                                    "zh": "结束时说明下一步，以及候选人最晚何时会收到消息。",
                                },
                                "dont": {
                                    "en": "End with “We'll be in touch.”",
                                    "zh": "用一句“我们会联系你”草草收尾。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "tip",
                        "title": {
                            "en": "One owner for every candidate",
                            "zh": "每位候选人都有一位专属负责人",
                        },
                        "body": {
                            "en": (
                                "<p>Name one person, usually the recruiter, who owns each candidate from first "
                                "contact to decision. When the candidate has a question, a delay or a broken link, "
                                "they know whom to contact, and nothing falls into the gap between the hiring "
                                "manager and HR.</p>"
                            ),
                            "zh": (
                                "<p>为每位候选人指定一名负责人（通常是招聘专员），从第一次接触一直跟进到最终决定。"
                                "候选人有疑问、遇到延误或链接打不开时，知道该找谁；"
                                "事情也不会卡在用人经理和人力资源之间无人过问。</p>"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: process and first impression",
                            "zh": "小测：流程与第一印象",
                        },
                        "category": "Attracting candidates/Process and impression",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "senior-talent-and-executives",
            "title": {
                "en": "Senior and scarce talent: a shorter route, with executives in the decision",
                "zh": "高端与稀缺人才：缩短流程，让高管参与决策",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Senior and scarce candidates behave differently from the rest of the pool. They are "
                            "usually employed, often well paid and often being approached by others. They judge a "
                            "company by how senior the people they meet are and by how quickly it decides. A "
                            "six-round process that suits a graduate intake loses them by round three.</p><p>Two "
                            "changes matter most. <strong>Shorten the process.</strong> Agree the interview plan "
                            "before the first contact, combine rounds so that two or three interviewers meet the "
                            "candidate in one longer session, and set a date for the decision. A workable pattern "
                            "for a country-manager role is one exploratory conversation, one structured panel with a "
                            "case, and one final conversation with the decision-maker, all within three weeks. "
                            "<strong>Put executives in the decision.</strong> The person the candidate will report "
                            "to, and ideally that person's manager, should meet the candidate early, and someone who "
                            "can approve the offer should be in the final conversation, so that an offer can follow "
                            "within days rather than after another round of internal approvals.</p>"
                        ),
                        "zh": (
                            "<p>高端与稀缺候选人的行为方式与一般候选人不同。他们通常在职，薪酬往往不低，"
                            "也常常同时被其他公司接触。他们会根据见到的人的职级、以及公司做决定的速度来判断这家公司。"
                            "适合校招的六轮流程，到第三轮就会把他们丢掉。</p><p>最关键的有两点改变。"
                            "<strong>缩短流程。</strong>在第一次接触之前就定好面试方案；合并轮次，"
                            "让两三位面试官在一次较长的面谈中同时见候选人；并定好做决定的日期。以国家经理岗位为例，"
                            "可行的安排是：一次探索性交流、一次带案例的结构化小组面试、一次与决策者的终面，"
                            "全部在三周内完成。<strong>让高管参与决策。</strong>候选人未来的直属上级，"
                            "最好还有上级的上级，应尽早与候选人见面；终面时要有能够批准录用的人在场，"
                            "这样录用通知可以在几天内发出，而不必再走一轮内部审批。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": {
                            "en": "Shorter is not looser",
                            "zh": "流程缩短，标准不降",
                        },
                        "body": {
                            "en": (
                                "<p>Fewer rounds must not mean lower standards. Every senior candidate is still "
                                "assessed on the same evaluation form, against the same dimensions, with evidence "
                                "notes from every interviewer. What you remove is repetition and waiting, not "
                                "structure. Executives who join the process need the same training on protected "
                                "topics as everyone else: seniority is no defence in a discrimination claim.</p>"
                            ),
                            "zh": (
                                "<p>轮次减少不等于标准降低。每位高端候选人仍然要用同一张评价表、按同样的维度评估，"
                                "每位面试官都要写下证据记录。去掉的是重复和等待，而不是结构。"
                                "参与面试的高管也要和其他人一样接受受保护话题的培训：在歧视诉讼中，"
                                "职位高不能成为免责理由。</p>"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Study the candidate beforehand",
                            "zh": "提前研究候选人",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A senior candidate expects you to know who they are. Before the first conversation, "
                            "read their professional record: the companies and results they were part of, talks and "
                            "articles they have published, the products or markets they launched, and what the "
                            "recruiter has learned about what would make them move (a bigger scope, a harder "
                            "problem, a route to a regional role, stability after a restructuring). Prepare two or "
                            "three questions that show you have done the work, such as “Your team opened the "
                            "Monterrey branch in 2021; what would you do differently if you did it again?”"
                            "</p><p>Stay on the professional record. Do not search personal social media for family, "
                            "religion, health or politics: what you have seen you cannot unsee, and later it can "
                            "look as if it influenced the decision. In the EU and the UK, collecting information "
                            "about a candidate from public sources is still processing personal data under the GDPR, "
                            "and Article 14 requires the candidate to be told about data that was not obtained from "
                            "them; the company's privacy notice for applicants normally covers this. In Japan the "
                            "Employment Security Act (職業安定法) and the guidelines under it limit what a recruiter "
                            "may collect to what the purpose of hiring requires.</p>"
                        ),
                        "zh": (
                            "<p>高端候选人会默认你知道他是谁。第一次交流之前，先研读他的职业履历："
                            "他待过的公司和参与取得的业绩、发表过的演讲和文章、主导推出的产品或开拓的市场，"
                            "以及招聘专员了解到的、能让他动心的因素（更大的职责范围、更难的挑战、通往区域职位的路径、"
                            "经历重组后对稳定的需求）。准备两三个能体现你做过功课的问题，例如："
                            "“您的团队在2021年开设了蒙特雷分公司，如果重来一次，您会有哪些不同做法？”"
                            "</p><p>只看职业履历。不要去翻候选人的私人社交媒体，查看家庭、宗教、健康或政治倾向："
                            "看过的东西无法当作没看过，日后很容易显得它影响了决定。在欧盟和英国，"
                            "从公开渠道收集候选人信息同样属于《通用数据保护条例》（GDPR）意义上的个人数据处理；"
                            "第14条要求把并非从本人处获得的数据告知本人，公司面向求职者的隐私声明通常会涵盖这一点。"
                            "在日本，《职业安定法》（職業安定法）及其配套指针要求招聘方收集的个人信息以招聘目的所必需"
                            "为限。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Relaxed settings",
                            "zh": "轻松的会面场合",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>For a first exploratory conversation with a passive senior candidate, a café or a "
                            "hotel lounge can work better than a meeting room. It signals a conversation between "
                            "peers rather than a test, and it lets the candidate talk about what they want without "
                            "feeling assessed. A few rules keep it professional:</p><ul><li>Choose a place away from "
                            "the candidate's current office, where they are unlikely to be recognised, and tell them "
                            "in advance who will come.</li><li>Default to coffee or tea. Alcohol is illegal in Saudi "
                            "Arabia and unwelcome to many candidates elsewhere; never make a bar the "
                            "default.</li><li>Where a one-to-one meeting between a man and a woman in a hotel could "
                            "be uncomfortable, meet in an open lobby or bring a colleague. Ask local HR what is "
                            "normal.</li><li>The company pays, and you say so before the bill arrives.</li><li>It is "
                            "still an interview for the purposes of law and fairness: the same protected topics are "
                            "off limits, you write a short note afterwards, and no decision is made on a café "
                            "impression. The formal assessment happens in the structured rounds.</li></ul>"
                        ),
                        "zh": (
                            "<p>与一位并未主动求职的高端候选人初次探索性交流时，"
                            "咖啡馆或酒店大堂吧往往比会议室效果更好。这传递出“同行之间聊一聊”而不是“考试”的信号，"
                            "候选人也能在不觉得被评估的状态下谈自己想要什么。以下几条规则能让会面保持专业："
                            "</p><ul><li>地点要远离候选人现在的办公室，避免被熟人撞见；并提前告诉对方谁会到场。"
                            "</li><li>默认喝咖啡或茶。在沙特阿拉伯饮酒是违法的，在其他地方也有很多候选人不愿饮酒；"
                            "永远不要默认约在酒吧。</li><li>如果男女二人在酒店单独见面可能让对方不自在，"
                            "就约在开放的大堂，或者带一位同事同去。当地的常规做法请咨询本地人力资源。"
                            "</li><li>由公司买单，并在账单送来之前就说明。</li><li>从法律和公平的角度看，"
                            "这仍然是一次面试：受保护话题同样不能碰，会后要写简短记录，也不能凭咖啡馆里的印象做决定。"
                            "正式评估在结构化面试环节进行。</li></ul>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "First conversation with a passive senior candidate in Dubai",
                            "zh": "在迪拜与一位被动型高端候选人的首次会面",
                        },
                        "setting": {
                            "en": (
                                "A hotel lobby café in Dubai, 45 minutes, mid-morning on a weekday. The company, a "
                                "Chinese maker of commercial energy-storage systems, wants a regional sales director "
                                "for the Gulf. The candidate is regional director at a European competitor and was "
                                "approached by a search firm; she has agreed to a coffee, not to an interview."
                            ),
                            "zh": (
                                "迪拜某酒店大堂的咖啡厅，工作日上午，时长45分钟。"
                                "公司是一家生产工商业储能系统的中国企业，正在招聘海湾地区销售总监。"
                                "候选人目前是一家欧洲竞争对手的区域总监，由猎头接触；她答应的是一起喝杯咖啡，"
                                "而不是参加面试。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Executive: VP International Business, visiting from headquarters",
                                    "zh": "高管：国际业务副总裁，从总部出差而来",
                                },
                                "brief": {
                                    "en": (
                                        "Your goals: explain in under ten minutes why the company is investing in "
                                        "the Gulf and what is already committed (a Dubai office since 2022, a "
                                        "service partner in Riyadh, two utility pilot projects), what this role "
                                        "would own, and what success looks like after twelve months; learn what "
                                        "would make her move; agree a next step with a date. You may not promise a "
                                        "title, salary or headcount that has not been approved. If she mentions her "
                                        "family, do not ask about it; describe the travel the role requires and let "
                                        "her judge."
                                    ),
                                    "zh": (
                                        "你的目标：用不超过十分钟讲清楚公司为何投资海湾地区、"
                                        "已经落地了哪些投入（2022年起设立迪拜办公室、在利雅得有服务合作伙伴、"
                                        "两个电力公司试点项目）、这个岗位将负责什么、十二个月后怎样算成功；"
                                        "了解什么能让她动心；约定一个有具体日期的下一步。不得承诺任何未经批准的职级、"
                                        "薪酬或编制。如果她提到家庭，不要追问；只说明岗位需要的出差情况，"
                                        "让她自己判断。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Candidate: Layla Haddad, regional director at a competitor",
                                    "zh": "候选人：Layla Haddad，竞争对手公司的区域总监",
                                },
                                "brief": {
                                    "en": (
                                        "You like your job but are frustrated that your employer keeps cutting the "
                                        "Gulf budget. You have watched two Asian companies open and close regional "
                                        "offices within three years, so your real question is commitment. At about "
                                        "minute 15, ask: “How long will you actually stay in the region?” At about "
                                        "minute 25, mention that you have two young children and that your last role "
                                        "involved too much travel. Near the end, ask what the package would be. Stay "
                                        "friendly; you will agree to a formal process only if you hear specifics."
                                    ),
                                    "zh": (
                                        "你喜欢现在的工作，但对公司不断削减海湾地区预算感到失望。"
                                        "你见过两家亚洲公司在三年内开了又关了区域办公室，"
                                        "所以你真正关心的是对方的长期投入。大约第15分钟时问："
                                        "“你们到底会在这个地区待多久？”大约第25分钟时提到你有两个年幼的孩子，"
                                        "上一份工作出差太多。接近尾声时问薪酬待遇会是多少。保持友好；"
                                        "只有听到具体的内容，你才会同意进入正式流程。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Sit apart, take time-stamped notes of what is said and do not take part. "
                                        "Afterwards, give feedback first on what worked and then on what to change, "
                                        "quoting the executive's own words."
                                    ),
                                    "zh": (
                                        "坐在一旁，按时间点记录双方说了什么，不参与对话。结束后先反馈做得好的地方，"
                                        "再反馈需要改进的地方，并引用高管的原话。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• Strategy and the value of the role explained with concrete, checkable facts "
                                "rather than slogans.\n• The commitment question answered honestly, including what "
                                "has not yet been decided.\n• The mention of children handled without any follow-up "
                                "question about family; travel described neutrally as a requirement of the job.\n• "
                                "No promise about title, pay or headcount; the package question answered by "
                                "explaining the process and, if one has been approved, the range.\n• Listening: the "
                                "candidate spoke for at least half the time, and the executive summarised back what "
                                "she said she wants.\n• A clear next step with a date and a named owner."
                            ),
                            "zh": (
                                "• 用具体、可核实的事实而不是口号来说明战略和岗位价值。\n• "
                                "如实回答关于长期投入的问题，包括哪些事情尚未决定。\n• 对方提到孩子时，"
                                "没有追问任何家庭问题；把出差作为岗位要求中性地加以说明。\n• 没有对职级、"
                                "薪酬或编制作出承诺；对薪酬问题的回答是说明流程，以及（如已获批）薪酬范围。\n• 倾听："
                                "候选人的发言时间至少占一半，高管能复述她所说的诉求。\n• 明确的下一步：有日期，"
                                "有具体负责人。"
                            ),
                        },
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: senior talent and executives",
                            "zh": "小测：高端人才与高管参与",
                        },
                        "category": "Attracting candidates/Process and impression",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "employer-brand-in-the-interview",
            "title": {
                "en": "Telling the company's story: stability, growth and honest previews",
                "zh": "讲好公司的故事：稳定性、成长路径与真实的岗位预览",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Candidates abroad often know nothing about your company, or only a headline. The "
                            "questions behind their questions are simple: will this company still be here in three "
                            "years, will I grow here, and do the people who joined stay? Your answers in the "
                            "interview are the employer brand, more than any careers page. They work when they are "
                            "specific and checkable, and they backfire when they sound like a brochure.</p>"
                        ),
                        "zh": (
                            "<p>海外候选人往往对你的公司一无所知，或者只看过一条新闻标题。"
                            "他们问题背后的问题其实很简单：这家公司三年后还在不在？我在这里能不能成长？"
                            "加入的人有没有留下来？你在面试中的回答就是雇主品牌，比任何招聘官网都更有分量。回答具体、"
                            "可核实，就有说服力；听起来像宣传册，就会适得其反。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Show stability and team cohesion",
                            "zh": "展示稳定性与团队凝聚力",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Stability is shown with facts: the year the company was founded, how long it has "
                            "operated in this country, how many people it employs here, what it has invested locally "
                            "(a plant, a warehouse, a ten-year lease) and which local customers it serves. Cohesion "
                            "is shown with people: how long the local team has stayed, who has been promoted from "
                            "within, and whom the candidate could talk to. “Our Monterrey plant opened in 2019; of "
                            "the first forty hires, thirty-one are still with us” says more than “we are a stable, "
                            "fast-growing global leader”.</p><p>Know the numbers before you go in, and check with HR "
                            "which of them may be shared. If a number is unflattering, such as high turnover in the "
                            "first year of a new office, say so and explain what changed. Candidates will hear it "
                            "from former employees anyway.</p>"
                        ),
                        "zh": (
                            "<p>稳定性要用事实来展示：公司成立于哪一年，在这个国家经营了多久，在当地雇用了多少人，"
                            "在当地有哪些投入（一座工厂、一个仓库、一份十年期租约），服务哪些本地客户。"
                            "凝聚力要用人来展示：本地团队的平均司龄有多长，谁是从内部提拔起来的，"
                            "候选人可以和谁聊一聊。“我们的蒙特雷工厂2019年投产，最早招的四十个人里有三十一个还在”，"
                            "比“我们是一家稳健、高速成长的全球领军企业”更有说服力。"
                            "</p><p>进面试间之前先掌握这些数字，并向人力资源确认哪些可以对外说。"
                            "如果某个数字不太好看，比如新办公室第一年流失率偏高，就坦白说出来，"
                            "并解释后来做了哪些改变。候选人反正也会从前员工那里听说。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Show growth paths and promotion routes",
                            "zh": "展示成长路径与晋升通道",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>“Lots of opportunities” means nothing. Describe the routes that exist: the job "
                            "levels, the specialist and management tracks, how often promotions are reviewed and on "
                            "what criteria, the training budget, and any rotation to headquarters or to other "
                            "markets. Then give one real example, with the colleague's consent, and offer an "
                            "introduction. The two examples below answer the same question.</p>"
                        ),
                        "zh": (
                            "<p>“机会很多”这句话等于什么都没说。要讲清楚实际存在的通道：职级体系、"
                            "专业序列和管理序列、晋升多久评审一次、依据什么标准、培训预算，"
                            "以及是否有机会轮岗到总部或其他市场。然后举一个真实的例子（须征得该同事同意），"
                            "并主动提出可以介绍他们认识。下面两个示例回答的是同一个问题。</p>"
                        ),
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Answering “What does growth look like here?”: strong",
                            "zh": "回答“在这里怎样成长？”：优秀示例",
                        },
                        "situation": {
                            "en": (
                                "Mariana López, a candidate for key account manager in Mexico City, asks the hiring "
                                "manager, Chen Jing, near the end of the interview: “What does growth look like "
                                "here?”"
                            ),
                            "zh": (
                                "墨西哥城大客户经理岗位的候选人Mariana López在面试快结束时问用人经理陈静："
                                "“在这里怎样成长？”"
                            ),
                        },
                        "task": {
                            "en": (
                                "Chen Jing needs an answer that Mariana can check, including its limits, without "
                                "promising a promotion."
                            ),
                            "zh": "陈静需要给出一个Mariana可以自行核实的回答，包括其中的局限，同时不能承诺晋升。",
                        },
                        "action": {
                            "en": (
                                "She describes the two tracks (senior key account manager, or team lead), the "
                                "criteria (revenue against target, customer retention and the 360-degree review) and "
                                "the promotion review held twice a year. She mentions that Rafael Torres joined as a "
                                "key account manager in 2021 and became team lead for the Bajío region two and a "
                                "half years later, and offers to introduce him. She adds that the Mexico team has "
                                "forty people, so lead positions open only as the business grows."
                            ),
                            "zh": (
                                "她介绍了两条路径（高级大客户经理，或团队负责人）、评价标准（业绩达成率、"
                                "客户留存率和360度评估），以及每年两次的晋升评审。她提到Rafael "
                                "Torres于2021年以大客户经理身份加入，两年半后成为巴希奥地区的团队负责人，"
                                "并主动提出可以介绍两人认识。她还补充说，墨西哥团队目前有四十人，"
                                "所以负责人岗位只会随着业务增长而增加。"
                            ),
                        },
                        "result": {
                            "en": (
                                "Mariana asks to speak to Rafael before the final round. She later accepts the offer "
                                "and tells HR that the honest answer about the limits was what convinced her."
                            ),
                            "zh": (
                                "Mariana请求在终面前与Rafael通话。她后来接受了录用，并告诉人力资源，"
                                "正是关于局限的坦诚回答打动了她。"
                            ),
                        },
                        "verdict": "strong",
                        "commentary": {
                            "en": (
                                "Strong because it is specific (tracks, criteria, timing), checkable (a named "
                                "colleague she can call) and honest about the constraint. It builds trust without "
                                "creating a promise the company may not keep, and it gives the candidate a way to "
                                "test the claim for herself."
                            ),
                            "zh": (
                                "之所以优秀，是因为回答具体（路径、标准、时间）、可核实（有一位她可以直接联系的同事）"
                                "，并且如实说明了限制条件。它建立了信任，却没有制造公司未必能兑现的承诺，"
                                "还给了候选人自己验证的途径。"
                            ),
                        },
                    },
                ),
                (
                    "star_example",
                    {
                        "title": {
                            "en": "Answering “What does growth look like here?”: weak",
                            "zh": "回答“在这里怎样成长？”：欠佳示例",
                        },
                        "situation": {
                            "en": (
                                "Another candidate for the same role asks a different interviewer the same question."
                            ),
                            "zh": "同一岗位的另一位候选人向另一位面试官提出了同样的问题。",
                        },
                        "task": {
                            "en": (
                                "The interviewer likes the candidate and wants to secure her before a competitor does."
                            ),
                            "zh": "面试官很欣赏这位候选人，想赶在竞争对手之前把她拿下。",
                        },
                        "action": {
                            "en": (
                                "He says: “We are growing so fast that in two years you could be running all of "
                                "Latin America. Everyone who works hard gets promoted quickly here.”"
                            ),
                            "zh": (
                                "他说：“我们发展得特别快，两年后你就可能负责整个拉美。在这里，只要肯努力，升职都很快。”"
                            ),
                        },
                        "result": {
                            "en": (
                                "The candidate accepts. Eighteen months later the Latin America role goes to a "
                                "transferee from headquarters. She resigns, tells former colleagues why, and posts a "
                                "review describing what she was promised in the interview."
                            ),
                            "zh": (
                                "候选人接受了录用。十八个月后，拉美区的职位给了一位从总部调来的同事。她辞职了，"
                                "把原因告诉了以前的同事，还发了一篇点评，讲述面试时得到的承诺。"
                            ),
                        },
                        "verdict": "weak",
                        "commentary": {
                            "en": (
                                "Weak because it is over-promising, what Chinese managers call 画饼 (“drawing a cake”"
                                "): vague, impossible to check and beyond the interviewer's authority. It creates "
                                "expectations the company never agreed to, turns a good hire into early attrition "
                                "and damages the brand with exactly the people the company wants to hire next."
                            ),
                            "zh": (
                                "之所以欠佳，是因为这就是典型的“画饼”：内容空泛、无从核实，而且超出了面试官的权限。"
                                "它制造了公司从未同意过的期望，把一次成功的招聘变成了早期流失，"
                                "还在公司下一步最想招的那群人当中损害了品牌。"
                            ),
                        },
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Executives explaining the strategy",
                            "zh": "由高管阐述战略",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>For senior hires, and for the first hires in a new country, ask an executive to "
                            "spend ten minutes on the strategy. Candidates trust a commitment more when it comes "
                            "from the person who controls the budget. A good executive segment answers four "
                            "questions: why this market, what the company has already committed here, what this role "
                            "contributes to the plan, and what success looks like in the first twelve months. It is "
                            "also honest about risk: “our first distributor partnership failed in 2022, and this is "
                            "what we learned” builds more trust than a flawless story. Executives should not share "
                            "confidential figures or promise things that belong to the offer stage, such as title, "
                            "pay or equity.</p>"
                        ),
                        "zh": (
                            "<p>对于高端岗位，以及在新国家的第一批招聘，请一位高管花十分钟讲讲战略。"
                            "承诺出自掌握预算的人之口，候选人会更相信。一段好的高管陈述要回答四个问题："
                            "为什么选择这个市场，公司在这里已经投入了什么，这个岗位在整体计划中起什么作用，"
                            "头十二个月怎样算成功。它也要坦诚面对风险：“我们2022年的第一个经销商合作失败了，"
                            "我们从中学到了这些”，比一个完美无缺的故事更能赢得信任。高管不应透露保密数据，"
                            "也不应承诺属于录用阶段的事项，例如职级、薪酬或股权。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Honest job previews and work-life balance",
                            "zh": "真实的岗位预览与工作生活平衡",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Tell candidates about the hard parts of the job before they accept it: how much "
                            "travel, how often calls with headquarters fall in their evening, how heavy the "
                            "reporting is, how quickly decisions are made. People who join with accurate "
                            "expectations stay longer; people who discover the hard parts after joining leave, often "
                            "during probation.</p><p>Talk about work-life balance, development and care for "
                            "employees in concrete terms: leave, flexible hours, which meetings are moved to suit "
                            "local hours, how on-call work is compensated. Do not praise long hours. Phrases such as "
                            "“we work like a family until the job is done” or “our best people are online at "
                            "midnight” are heard in Berlin or London as a warning, and in several markets long hours "
                            "are also limited by law. Germany's Working Hours Act (Arbeitszeitgesetz, § 3) sets "
                            "eight hours a day, extendable to ten only if the average over six months stays at "
                            "eight; Vietnam's Labour Code 2019 caps overtime at 40 hours a month and, for most "
                            "sectors, 200 hours a year.</p>"
                        ),
                        "zh": (
                            "<p>在候选人接受录用之前，就把岗位的难处告诉他：出差有多少，"
                            "和总部的电话会议多久会落在他的晚上，汇报工作量有多大，决策速度如何。"
                            "带着准确预期加入的人留得更久；入职后才发现难处的人会离开，而且往往就在试用期内。"
                            "</p><p>谈工作生活平衡、发展机会和员工关怀时要具体：休假制度、弹性工作时间、"
                            "哪些会议会调整到适合当地的时间、值班如何补偿。不要夸耀长时间加班。“我们像一家人一样，"
                            "不干完不下班”“我们最优秀的人半夜还在线”这类说法，在柏林或伦敦会被当成危险信号；"
                            "而且在好几个市场，工作时长本身就受法律限制。德国《工作时间法》（Arbeitszeitgesetz）"
                            "第3条规定每天工作八小时，只有在六个月内平均仍为八小时的前提下才可延长至十小时；"
                            "越南《2019年劳动法典》规定加班每月不超过40小时，大多数行业每年不超过200小时。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Pay information and pay history",
                            "zh": "薪酬信息与薪资历史",
                        },
                        "body": {
                            "en": (
                                "<p>Pay is part of an honest preview, and in several places the law decides how it "
                                "is handled. Directive (EU) 2023/970 on pay transparency gives applicants a right to "
                                "information about the starting pay or its range, in the vacancy notice, before the "
                                "interview or otherwise, and bars employers from asking about pay history; Member "
                                "States must transpose it by 7 June 2026, so check the national law in force. In the "
                                "United States the rules are set by states and cities: California Labor Code § 432.3 "
                                "bars seeking an applicant's salary history and requires the pay scale on reasonable "
                                "request (and in job postings by employers with 15 or more employees); New York "
                                "Labor Law § 194-a bars salary-history questions and § 194-b requires a pay range in "
                                "job advertisements. You may usually ask what the candidate expects to earn. This is "
                                "a summary, not legal advice; ask local HR before the interview.</p>"
                            ),
                            "zh": (
                                "<p>薪酬是真实岗位预览的一部分，而在不少地方，法律规定了应当如何处理。"
                                "欧盟《薪酬透明指令》（Directive (EU) 2023/970）"
                                "赋予求职者获知起薪或薪酬范围的权利（可在招聘启事中、面试前或以其他方式提供），"
                                "并禁止雇主询问薪资历史；各成员国须在2026年6月7日前将其转化为国内法，"
                                "请以当时有效的本国法律为准。在美国，相关规则由各州和城市制定："
                                "《加利福尼亚州劳动法典》第432.3条禁止打听求职者的薪资历史，"
                                "并要求在求职者合理要求时提供薪酬范围（雇员15人及以上的雇主还须在招聘广告中注明）；"
                                "《纽约州劳动法》第194-a条禁止询问薪资历史，第194-b条要求在招聘广告中注明薪酬范围。"
                                "通常可以询问候选人的期望薪酬。以上仅为概述，不构成法律意见；"
                                "面试前请咨询本地人力资源。</p>"
                            ),
                        },
                    },
                ),
                (
                    "taboo_card",
                    {
                        "topic": {
                            "en": "Asking for current or past salary",
                            "zh": "询问现薪或过往薪资",
                        },
                        "regions": [
                            "US",
                        ],
                        "why_risky": {
                            "en": (
                                "Pay history carries old pay gaps forward: if a candidate was underpaid before, "
                                "anchoring the offer on her current salary underpays her again. Asking is unlawful "
                                "in a growing number of US states and cities, and it tells the candidate that the "
                                "offer will be based on their past rather than on the job."
                            ),
                            "zh": (
                                "薪资历史会把过去的薪酬差距延续下去：如果候选人以前的薪酬就偏低，"
                                "以她的现薪为锚点定薪，只会让她再次被低估。在美国，"
                                "越来越多的州和城市已将这种询问定为违法；而且它等于告诉候选人，"
                                "录用条件取决于他的过去，而不是这个岗位本身。"
                            ),
                        },
                        "legal_basis": {
                            "en": (
                                "California Labor Code § 432.3; New York Labor Law § 194-a (in force since 6 January "
                                "2020); similar bans exist in other states and cities and their details vary. In the "
                                "EU, Article 5(2) of Directive (EU) 2023/970 once it is transposed into national law."
                            ),
                            "zh": (
                                "《加利福尼亚州劳动法典》第432.3条；《纽约州劳动法》第194-a条（自2020年1月6日起施行）"
                                "；其他州和城市也有类似禁令，具体规定各不相同。在欧盟，Directive (EU) "
                                "2023/970第5条第2款在转化为各国国内法后适用。"
                            ),
                        },
                        "ask_instead": {
                            "en": (
                                "“The range for this role is X to Y. What are your expectations?” If the candidate "
                                "volunteers their salary without being asked, do not record it on the evaluation "
                                "form."
                            ),
                            "zh": (
                                "“这个岗位的薪酬范围是X到Y，您的期望是多少？”如果候选人未经询问主动说出现薪，"
                                "不要把它记在评价表上。"
                            ),
                        },
                        "review_status": "unreviewed",
                        "reviewer": "",
                        "reviewed_on": "",
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Selling the job without over-promising",
                            "zh": "推介岗位，但不画饼",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Give numbers you can back up: founding year, local headcount, tenure.",
                                    "zh": "给出有据可查的数字：成立年份、本地员工人数、司龄。",
                                },
                                "dont": {
                                    "en": (
                                        "Use superlatives: “industry leader”, “huge growth”, “unlimited potential”."
                                    ),
                                    "zh": "堆砌最高级形容词：“行业领袖”“爆发式增长”“无限可能”。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Describe the promotion criteria and how often they are reviewed.",
                                    "zh": "说明晋升标准以及多久评审一次。",
                                },
                                "dont": {
                                    "en": (
                                        "Name a title or a timeline for promotion: “You'll be a director within two "
                                        "years.”"
                                    ),
                                    "zh": "许诺具体的职级或晋升时间：“两年内你就能当总监。”",
                                },
                            },
                            {
                                "do": {
                                    "en": "Describe travel, evening calls and workload as they really are.",
                                    "zh": "如实描述出差、晚间电话会议和工作量。",
                                },
                                "dont": {
                                    "en": "Play down the hard parts to close the candidate.",
                                    "zh": "为了拿下候选人而淡化岗位的难处。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Say “I don't know; I'll find out and reply by Friday.”",
                                    "zh": "说“这个我不清楚，我去确认后周五前答复您”。",
                                },
                                "dont": {
                                    "en": "Guess at policies on pay, visas or relocation.",
                                    "zh": "对薪酬、签证或搬迁政策凭感觉随口回答。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: employer brand",
                            "zh": "小测：雇主品牌",
                        },
                        "category": "Attracting candidates/Employer brand",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "immersive-touches",
            "title": {
                "en": "Immersive touches: site visits, meeting the team, simulated work",
                "zh": "沉浸式体验：参观现场、与团队见面、模拟工作场景",
            },
            "minutes": 30,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>What you say about culture and stability is a claim; a visit, a conversation with "
                            "future colleagues or a realistic piece of work lets the candidate test it. Immersive "
                            "steps also give you better evidence: you see how the candidate behaves with a team and "
                            "with a real problem, not only how they describe themselves. Use them mainly in the "
                            "final stage, when both sides are serious, and design them with the same care as the "
                            "interview itself.</p>"
                        ),
                        "zh": (
                            "<p>你对企业文化和稳定性的介绍只是一种说法；一次参观、一次与未来同事的交流、"
                            "一项贴近实际的工作任务，能让候选人亲自检验这些说法。沉浸式环节也能让你获得更好的证据："
                            "你看到的是候选人如何与团队相处、如何处理真实问题，而不只是他如何描述自己。"
                            "这类环节主要用在终面阶段、双方都认真考虑的时候，设计时要像设计面试本身一样用心。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Site visits",
                            "zh": "参观现场",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A visit to the plant, warehouse, laboratory or office shows the candidate where they "
                            "would work and with whom. Plan it as you would a customer visit:</p><ul><li>One named "
                            "host, an agenda and a realistic route: the production line and the break room, not only "
                            "the showroom.</li><li>Safety induction and protective equipment ready, and visitor "
                            "confidentiality terms sent in advance if the candidate will see anything "
                            "sensitive.</li><li>Travel and accommodation paid or reimbursed, and the invitation says "
                            "so plainly.</li><li>Every candidate asked whether they need any adjustments for the "
                            "visit or the assessment. That is a question about the process, not about their health: "
                            "under the UK Equality Act 2010, s. 60, finding out whether adjustments are needed for "
                            "an assessment is one of the purposes for which a health-related question is allowed "
                            "before an offer.</li></ul>"
                        ),
                        "zh": (
                            "<p>参观工厂、仓库、实验室或办公室，能让候选人看到自己将在哪里工作、和谁一起工作。"
                            "要像安排客户参观一样来策划：</p><ul><li>指定一名接待人，准备好议程和真实的参观路线："
                            "要看生产线和员工休息室，而不只是展厅。</li><li>准备好安全须知和防护用品；"
                            "如果候选人会接触敏感内容，提前发送访客保密条款。</li><li>差旅和住宿由公司支付或报销，"
                            "并在邀请中写明。</li><li>询问每一位候选人在参观或测评中是否需要任何便利安排。"
                            "这是关于流程的问题，而不是关于健康的问题：根据英国《2010年平等法》第60条，"
                            "了解测评是否需要合理调整，正是录用前允许提出与健康相关问题的目的之一。</li></ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Meeting the team",
                            "zh": "与团队见面",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Thirty minutes with two future peers, without the hiring manager in the room, is "
                            "often when candidates make up their minds. They ask peers what they would never ask a "
                            "manager: how late people really work, how decisions are made, whether headquarters "
                            "listens. Let the peers answer honestly.</p><p>Brief the peers beforehand. They are "
                            "ambassadors, but if their view feeds into the decision they are also interviewers. Give "
                            "them one or two dimensions to comment on (for example collaboration and communication), "
                            "ask them to note evidence rather than impressions, and remind them of the protected "
                            "topics: a friendly chat is exactly where “So, are you married?” or “Where is your "
                            "family from?” slips out.</p>"
                        ),
                        "zh": (
                            "<p>在用人经理不在场的情况下，与两位未来同事相处三十分钟，往往就是候选人拿定主意的时刻。"
                            "他们会问同事一些绝不会问经理的问题：大家实际上每天干到几点，决策是怎么做的，"
                            "总部听不听得进意见。让同事们如实回答。</p><p>事先给同事们做好交代。"
                            "他们是公司的形象大使，但如果他们的意见会影响录用决定，他们也就是面试官。"
                            "给他们一两个需要反馈的维度（例如协作与沟通），要求他们记录证据而不是印象，"
                            "并提醒他们哪些是受保护话题：一聊得投机，“你结婚了吗？”“你家是哪里人？”"
                            "这类话最容易脱口而出。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Simulated work scenarios",
                            "zh": "模拟工作场景",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A simulated work scenario asks the candidate to do a small, realistic piece of the "
                            "job: a customer meeting, a production problem, a debugging session, a short analysis of "
                            "market data. Design it to be fair and useful:</p><ul><li><strong>Job-related:</strong> "
                            "it tests a skill on the evaluation form, not general "
                            "cleverness.</li><li><strong>Time-boxed:</strong> 60 to 90 minutes including "
                            "preparation. A week-long take-home task screens out people with caring duties or a "
                            "demanding current job.</li><li><strong>The same for every candidate:</strong> the same "
                            "materials, time and role-players, scored against the same anchors.</li><li><strong>Not "
                            "real unpaid work:</strong> never ask for your actual market-entry plan or a fix for a "
                            "live customer problem. Candidates recognise it, and it destroys "
                            "trust.</li><li><strong>Fair on language:</strong> send materials in advance, and allow "
                            "a dictionary or an interpreter where language is not what you are testing.</li></ul>"
                        ),
                        "zh": (
                            "<p>模拟工作场景是请候选人完成一小段贴近实际的工作：一次客户会谈、一个生产问题、"
                            "一次调试、一份简短的市场数据分析。设计时要做到公平且有用：</p><ul><li><strong>与岗位相关"
                            "：</strong>考察的是评价表上的某项能力，而不是泛泛的聪明程度。</li><li><strong>限定时长："
                            "</strong>含准备时间在内60到90分钟。要花一周完成的带回家作业，"
                            "会把需要照顾家人或现职工作繁重的人筛掉。</li><li><strong>对每位候选人都一样："
                            "</strong>同样的材料、同样的时间、同样的角色扮演者，按同样的锚点评分。"
                            "</li><li><strong>不是无偿干真活：</strong>绝不要让候选人做公司真正的市场进入方案，"
                            "或解决正在发生的客户问题。候选人看得出来，信任也会因此荡然无存。"
                            "</li><li><strong>语言上公平：</strong>提前发送材料；如果考察的不是语言能力，"
                            "允许使用词典或口译。</li></ul>"
                        ),
                    },
                ),
                (
                    "scenario",
                    {
                        "title": {
                            "en": "Simulated customer meeting for a key account manager in Jakarta",
                            "zh": "雅加达大客户经理的模拟客户会谈",
                        },
                        "setting": {
                            "en": (
                                "The final round for a key account manager selling medical imaging equipment to "
                                "private hospital groups in Indonesia. Forty-eight hours earlier the candidate "
                                "received a two-page information pack: product range, list prices, service network "
                                "and a discount authority of up to 8 %. The simulation lasts 25 minutes in a meeting "
                                "room at the Jakarta office and is followed by a 10-minute conversation about how it "
                                "went."
                            ),
                            "zh": (
                                "这是印度尼西亚一个大客户经理岗位的终面，该岗位负责向私立医院集团销售医学影像设备。"
                                "候选人在48小时前收到了一份两页的资料：产品线、目录价、服务网络，"
                                "以及最高8%的折扣权限。模拟在雅加达办公室的会议室进行，时长25分钟，"
                                "之后有10分钟的复盘交流。"
                            ),
                        },
                        "roles": [
                            {
                                "role": {
                                    "en": "Candidate",
                                    "zh": "候选人",
                                },
                                "brief": {
                                    "en": (
                                        "You are meeting the procurement manager of a hospital group that is "
                                        "replacing the CT scanners in three hospitals. Your goal is to understand "
                                        "their needs, present a solution that fits and agree a next step. You may "
                                        "give up to 8 % discount; anything more needs your manager's approval."
                                    ),
                                    "zh": (
                                        "你要会见一家医院集团的采购经理，对方计划更换旗下三家医院的CT设备。"
                                        "你的目标是了解对方需求、提出合适的方案，并约定下一步。你最多可以给8%的折扣，"
                                        "超出部分须经上级批准。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": (
                                        "Role-player: the procurement manager, played by Budi Santoso, local sales lead"
                                    ),
                                    "zh": "角色扮演者：采购经理，由本地销售负责人Budi Santoso扮演",
                                },
                                "brief": {
                                    "en": (
                                        "Be polite but tough on price: say early on that a competitor has offered 15 "
                                        "% off. Ask how quickly an engineer can reach a hospital in Surabaya if a "
                                        "scanner fails (the pack says 48 hours; a weak candidate will promise 24). "
                                        "Near the end, ask for exclusivity on the next two tenders. Play every "
                                        "candidate the same way, with the same lines at the same points."
                                    ),
                                    "zh": (
                                        "态度礼貌，但在价格上寸步不让：一开始就说竞争对手给了15%的折扣。"
                                        "询问如果设备故障，工程师多快能赶到泗水的医院（资料上写的是48小时；"
                                        "表现弱的候选人会承诺24小时）。接近尾声时，"
                                        "要求在接下来的两次招标中获得独家供应。对每位候选人都用同样的方式扮演，"
                                        "在同样的时间点说同样的台词。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Hiring manager, acting as assessor",
                                    "zh": "用人经理（担任评估人）",
                                },
                                "brief": {
                                    "en": (
                                        "Introduce the exercise with the same words for every candidate, keep time "
                                        "and do not intervene. Afterwards ask: “What went well, and what would you "
                                        "do differently?” Complete your evaluation form before discussing the "
                                        "candidate with the observer."
                                    ),
                                    "zh": (
                                        "对每位候选人都用同样的话介绍这个环节，负责计时，过程中不介入。结束后问："
                                        "“哪些地方做得好？哪些地方你会换一种做法？”在与观察员讨论之前，"
                                        "先独立填好评价表。"
                                    ),
                                },
                            },
                            {
                                "role": {
                                    "en": "Observer",
                                    "zh": "观察员",
                                },
                                "brief": {
                                    "en": (
                                        "Watch both the candidate and the process. Note the candidate's questions, "
                                        "commitments and reactions under pressure, and whether the hiring manager "
                                        "and the role-player kept to their scripts."
                                    ),
                                    "zh": (
                                        "同时观察候选人和整个流程。记录候选人提出的问题、"
                                        "作出的承诺以及在压力下的反应，并记录用人经理和角色扮演者是否按脚本执行。"
                                    ),
                                },
                            },
                        ],
                        "observer_scores": {
                            "en": (
                                "• Needs discovery: open questions about the hospitals' patient volumes, budget "
                                "cycle and service expectations before any pitch.\n• The price objection handled "
                                "within the 8 % authority, with arguments about value and an offer to escalate "
                                "rather than an unauthorised discount.\n• Honesty about service: the 48-hour "
                                "response time stated accurately, with no invented commitment.\n• The exclusivity "
                                "request neither accepted nor refused on the spot; a clear next step instead.\n• "
                                "Fairness of the exercise: the same introduction, the same role-player lines and the "
                                "same timing as for the other candidates."
                            ),
                            "zh": (
                                "• 需求挖掘：在推介产品之前，先用开放式问题了解医院的患者量、预算周期和服务期望。\n• "
                                "在8%的权限内应对价格异议：讲价值，并提出向上申请，而不是擅自给出超权限的折扣。\n• "
                                "如实说明服务能力：准确说出48小时的响应时间，不编造承诺。\n• 对独家供应的要求，"
                                "不当场答应也不当场拒绝，而是提出明确的下一步。\n• 环节的公平性：开场说明、"
                                "角色扮演者的台词和时间安排与其他候选人完全一致。"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Planning a final-round visit day",
                            "zh": "策划终面到访日",
                        },
                        "items": [
                            {
                                "en": "Agenda sent three working days ahead: times, places, names and job titles.",
                                "zh": "提前三个工作日发送议程：时间、地点、人员姓名和职务。",
                            },
                            {
                                "en": "A named host, and reception told the candidate's name.",
                                "zh": "指定接待人，并把候选人姓名告知前台。",
                            },
                            {
                                "en": (
                                    "Safety induction, protective equipment and visitor confidentiality terms ready."
                                ),
                                "zh": "安全须知、防护用品和访客保密条款已准备好。",
                            },
                            {
                                "en": "Peers briefed on their dimensions and on the protected topics.",
                                "zh": "已向参与的同事交代其负责的评估维度和受保护话题。",
                            },
                            {
                                "en": "Simulation materials identical to those given to the other candidates.",
                                "zh": "模拟环节的材料与其他候选人完全相同。",
                            },
                            {
                                "en": (
                                    "Travel and meals arranged and paid for, and dietary requirements asked of every "
                                    "candidate in the invitation."
                                ),
                                "zh": "差旅和餐饮已安排并由公司支付；在邀请中向每位候选人询问饮食要求。",
                            },
                            {
                                "en": (
                                    "A quiet room for breaks, with a prayer room pointed out if one exists, without "
                                    "asking about the candidate's religion."
                                ),
                                "zh": "准备一间安静的休息室；如有祈祷室，顺带告知位置，但不询问候选人的宗教信仰。",
                            },
                            {
                                "en": (
                                    "A debrief booked for the same day, with every assessor's form completed before "
                                    "the discussion."
                                ),
                                "zh": "当天安排复盘会，所有评估人在讨论前都已填好评价表。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: immersive touches",
                            "zh": "小测：沉浸式体验",
                        },
                        "category": "Attracting candidates/Candidate experience",
                        "count": 2,
                    },
                ),
            ],
        },
        {
            "slug": "candidate-experience-and-follow-up",
            "title": {
                "en": "Candidate experience and timely follow-up",
                "zh": "候选人体验与及时跟进",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Candidate experience is every contact a candidate has with the company, from the "
                            "advertisement to the last email, and it matters as much for the people you do not hire "
                            "as for those you do. In a small market or a specialist field, rejected candidates are "
                            "tomorrow's applicants, referrers, customers and partners. The semiconductor community "
                            "in Penang or the fintech scene in São Paulo is small enough for one bad process to be "
                            "discussed at the next industry event.</p><p>Most bad experiences are not caused by rude "
                            "interviewers. They are caused by silence: a week without news after a final round, a "
                            "rejection sent by automated email after three interviews, a recruiter who stops "
                            "replying once the company has chosen someone else.</p>"
                        ),
                        "zh": (
                            "<p>候选人体验是指候选人与公司的每一次接触，从招聘广告一直到最后一封邮件；"
                            "它对未被录用的人和被录用的人同样重要。在规模不大的市场或专业领域，"
                            "今天被拒的候选人就是明天的求职者、推荐人、客户和合作伙伴。槟城的半导体圈、"
                            "圣保罗的金融科技圈都不大，一次糟糕的招聘经历，下一次行业活动上就会有人议论。"
                            "</p><p>大多数糟糕的体验并不是面试官无礼造成的，而是沉默造成的：终面后一周杳无音信；"
                            "面试了三轮，最后收到一封系统自动发出的拒信；公司一旦选定了别人，招聘专员就再也不回消息。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Timeliness",
                            "zh": "及时性",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Set time limits and keep them. A workable standard:</p><ul><li>Applications "
                            "acknowledged within two working days.</li><li>Every interviewer's evaluation form "
                            "submitted within 24 hours of the interview; this is the interview-feedback timeliness "
                            "figure that HR reports.</li><li>The candidate told the outcome of each round within "
                            "five working days.</li><li>If a decision is delayed, the candidate told before the "
                            "promised date, with the reason in general terms and a new date.</li></ul><p>Late "
                            "evaluation forms are the most common cause of delay, and they are entirely within the "
                            "interviewer's control. They are also less accurate: notes written three days later "
                            "describe an impression, not evidence.</p>"
                        ),
                        "zh": (
                            "<p>设定时限，并且说到做到。一个可行的标准是：</p><ul><li>收到申请后两个工作日内确认。"
                            "</li><li>每位面试官在面试后24小时内提交评价表；这就是人力资源统计的“面试反馈及时率”。"
                            "</li><li>每一轮的结果在五个工作日内告知候选人。</li><li>如果决定推迟，"
                            "要在承诺的日期之前告知候选人，概括说明原因，并给出新的日期。"
                            "</li></ul><p>评价表提交不及时是造成延误的最常见原因，而这完全在面试官自己的掌控之中。"
                            "迟交的评价也更不准确：三天后才写的记录反映的是印象，而不是证据。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "At the end of the interview",
                            "zh": "面试结束时",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Leave ten minutes for the candidate's questions and answer them fully. Then explain "
                            "what happens next and when. Do not reveal the outcome, in words or in tone. “You've "
                            "definitely got it” commits a panel that has not yet met; “I don't think this is going "
                            "to work” ends the candidate's goodwill and invites a complaint about why. Even a warm "
                            "hint such as “I'd be surprised if you don't hear good news” raises expectations the "
                            "panel may not meet.</p>"
                        ),
                        "zh": (
                            "<p>留出十分钟让候选人提问，并充分回答。然后说明接下来的流程和时间。不要透露结果，"
                            "无论是用言语还是语气。“你肯定没问题”等于替还没开会的面试小组做了决定；“我觉得不太合适”"
                            "会让候选人的好感荡然无存，还会引来追问原因的投诉。即使是“如果你没收到好消息，我会很意外”"
                            "这样善意的暗示，也会抬高面试小组未必能满足的期望。</p>"
                        ),
                    },
                ),
                (
                    "do_dont",
                    {
                        "title": {
                            "en": "Closing the interview",
                            "zh": "结束面试",
                        },
                        "pairs": [
                            {
                                "do": {
                                    "en": "Thank the candidate for their time and for specific things they shared.",
                                    "zh": "感谢候选人抽出时间，并具体提到他分享的某些内容。",
                                },
                                "dont": {
                                    "en": "Close with a verdict, positive or negative.",
                                    "zh": "以结论收尾，无论是肯定还是否定。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Give the next step and the date by which they will hear.",
                                    "zh": "说明下一步以及最晚何时通知结果。",
                                },
                                "dont": {
                                    "en": "Say “We'll be in touch” without a date.",
                                    "zh": "只说“我们会联系你”，却不给日期。",
                                },
                            },
                            {
                                "do": {
                                    "en": (
                                        "If they have another offer with a deadline, say you will pass it to the "
                                        "recruiter today, and do so."
                                    ),
                                    "zh": (
                                        "如果候选人手上有别的录用通知且有截止日期，告诉他你今天就会转告招聘专员，"
                                        "并且说到做到。"
                                    ),
                                },
                                "dont": {
                                    "en": "Promise to speed things up without checking that you can.",
                                    "zh": "没确认能否做到，就承诺加快流程。",
                                },
                            },
                            {
                                "do": {
                                    "en": "Answer questions about the role and the company honestly.",
                                    "zh": "如实回答关于岗位和公司的问题。",
                                },
                                "dont": {
                                    "en": "Answer questions about other candidates or about your own assessment.",
                                    "zh": "回答关于其他候选人或你本人评价的问题。",
                                },
                            },
                        ],
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Giving the decision and feedback",
                            "zh": "告知结果与反馈",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Tell successful candidates by telephone or video before the written offer arrives; a "
                            "call from the hiring manager matters more than an email from HR. Tell unsuccessful "
                            "candidates who reached the interview stage personally or by a personal email, not by an "
                            "automated rejection. If your company gives feedback, base it only on job-related "
                            "evidence from the evaluation form (“the panel was looking for more experience of "
                            "leading a team through a product launch”), never on anything touching a protected "
                            "characteristic. Some companies limit detailed feedback for legal reasons; follow HR's "
                            "policy and say politely if you cannot give more.</p>"
                        ),
                        "zh": (
                            "<p>对录用的候选人，在书面录用通知发出之前先打电话或视频告知；用人经理亲自打来的电话，"
                            "比人力资源的一封邮件更有分量。对进入面试阶段但未被录用的候选人，"
                            "要亲自告知或发送一封个人邮件，而不是系统自动拒信。如果公司允许提供反馈，"
                            "只能基于评价表上与岗位相关的证据（“面试小组希望看到更多带领团队完成产品上市的经验”），"
                            "绝不能涉及任何受保护特征。出于法律原因，有些公司会限制详细反馈；请遵守人力资源的规定，"
                            "如果无法多说，要礼貌地说明。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "law",
                        "title": {
                            "en": "Candidates can read what you write",
                            "zh": "候选人有权看到你写下的内容",
                        },
                        "body": {
                            "en": (
                                "<p>In the EU and the UK, interview notes and evaluation forms are personal data. "
                                "Under Article 15 of the GDPR (and of the UK GDPR) a candidate may ask for a copy of "
                                "the data held about them, including interview notes kept electronically or in an "
                                "organised filing system, and the company must normally reply within one month "
                                "(Article 12(3)). Keep notes for as long as the company's privacy notice says, which "
                                "is normally long enough to answer a claim: in Germany, for example, a rejected "
                                "applicant must raise a claim under the General Equal Treatment Act (AGG, § 15(4)) "
                                "in writing within two months. Not legal advice; follow HR's retention policy.</p>"
                            ),
                            "zh": (
                                "<p>在欧盟和英国，面试记录和评价表都属于个人数据。根据《通用数据保护条例》（GDPR，"
                                "英国为UK GDPR）第15条，候选人可以要求获取公司所持有的关于他的数据副本，"
                                "包括以电子形式或在有序归档系统中保存的面试记录；"
                                "公司通常须在一个月内答复（第12条第3款）。记录的保存期限以公司隐私声明为准，"
                                "通常足以应对可能的索赔：例如在德国，被拒的求职者须在两个月内以书面形式依据《一般平等"
                                "待遇法》（AGG）第15条第4款提出主张。以上不构成法律意见；请遵守人力资源的保存规定。"
                                "</p>"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "Write notes a candidate could read",
                            "zh": "写出经得起候选人查阅的记录",
                        },
                        "items": [
                            {
                                "en": "Record what the candidate said and did, in their own words where possible.",
                                "zh": "记录候选人说了什么、做了什么，尽量使用其原话。",
                            },
                            {
                                "en": "Link each note to a dimension on the evaluation form.",
                                "zh": "每条记录都对应评价表上的某个维度。",
                            },
                            {
                                "en": "No remarks about appearance, accent, age, family, religion, health or origin.",
                                "zh": "不评论外貌、口音、年龄、家庭、宗教、健康状况或出身。",
                            },
                            {
                                "en": (
                                    "No nicknames, jokes or guesses about personality, such as “seems a bit "
                                    "old-school”."
                                ),
                                "zh": "不写绰号、玩笑或对性格的揣测，比如“感觉有点老派”。",
                            },
                            {
                                "en": "Every score supported by the notes beside it.",
                                "zh": "每个分数都有旁边的记录作为依据。",
                            },
                            {
                                "en": (
                                    "Submitted within 24 hours in the company's system, not kept in a personal "
                                    "notebook or a chat."
                                ),
                                "zh": "24小时内提交到公司系统，而不是留在个人笔记本或聊天记录里。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: candidate experience",
                            "zh": "小测：候选人体验",
                        },
                        "category": "Attracting candidates/Candidate experience",
                        "count": 3,
                    },
                ),
            ],
        },
        {
            "slug": "recruiting-metrics-and-levers",
            "title": {
                "en": "Recruiting metrics: what the numbers ask of interviewers",
                "zh": "招聘数据：数字对面试官提出了什么要求",
            },
            "minutes": 25,
            "required": True,
            "body": [
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>Recruiting data shows where candidates are lost and suggests why. HR owns the "
                            "reports, but many of the numbers move only when interviewers change what they do. The "
                            "working loop is monitor, evaluate, optimise: look at the numbers every month, find the "
                            "weak stage, change one thing, and check whether the number moves.</p>"
                        ),
                        "zh": (
                            "<p>招聘数据能显示候选人在哪个环节流失，并提示可能的原因。报表由人力资源负责，"
                            "但很多数字只有在面试官改变做法后才会变化。工作闭环是“监测—评估—优化”：每月看一次数据，"
                            "找出薄弱环节，改变一件事，再看数字有没有变化。</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "The numbers that matter",
                            "zh": "关键指标",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Cycle time:</strong> days from opening the role, or from the "
                            "application, to an accepted offer. Senior candidates drop out as it "
                            "grows.</li><li><strong>Channel return:</strong> hires per channel, and hires still "
                            "employed after a year, set against what the channel costs.</li><li><strong>Stage "
                            "conversion rates:</strong> the share of candidates who move from each stage to the "
                            "next: application to screening, screening to invitation, invitation to attendance, "
                            "interview to pass, offer to acceptance.</li><li><strong>Daily outreach volume:</strong> "
                            "how many potential candidates the sourcers contact each day. It is an input, not a "
                            "result.</li><li><strong>Interview-feedback timeliness:</strong> the share of evaluation "
                            "forms submitted within 24 hours.</li><li><strong>Probation retention, tenure and "
                            "attrition:</strong> whether new hires pass probation, how long people stay and how many "
                            "leave, especially in the first year.</li></ul>"
                        ),
                        "zh": (
                            "<ul><li><strong>招聘周期：</strong>从岗位开放（或从候选人申请）"
                            "到候选人接受录用所用的天数。周期越长，高端候选人流失越多。</li><li><strong>渠道回报："
                            "</strong>每个渠道带来的录用人数，以及一年后仍在职的人数，与该渠道的成本相对照。"
                            "</li><li><strong>各环节转化率：</strong>从一个环节进入下一个环节的候选人比例："
                            "申请到筛选、筛选到邀约、邀约到实际到场、面试到通过、录用到接受。"
                            "</li><li><strong>每日触达量：</strong>寻访人员每天联系的潜在候选人数量。它是投入，"
                            "而不是结果。</li><li><strong>面试反馈及时率：</strong>在24小时内提交的评价表所占的比例。"
                            "</li><li><strong>试用期留存率、司龄与流失率：</strong>新员工能否通过试用期、"
                            "员工留任多久、有多少人离职，尤其是入职第一年。</li></ul>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Reading a funnel: an example",
                            "zh": "解读招聘漏斗：一个示例",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<p>A plant in Bắc Ninh, Vietnam, hires process engineers. Last quarter there were 400 "
                            "applications; 80 passed screening, 40 were invited to interview, 22 attended, 6 passed "
                            "the panel, 4 received offers and 2 accepted. Two figures stand out: only 55 % of "
                            "invited candidates attended, and only 27 % of those who attended passed. Offer "
                            "acceptance, at 50 %, is also low, but four offers are too few to read much "
                            "into.</p><p>Calls to candidates who had not attended showed that invitations went out "
                            "on average nine days after screening, by which time several had accepted other offers, "
                            "and that every interview was on a weekday during working hours, which is hard for "
                            "engineers on shifts at other plants. The pass rate turned out to depend on the "
                            "interviewer: one interviewer saw 10 candidates and passed 1, while the other two saw 12 "
                            "between them and passed 5.</p>"
                        ),
                        "zh": (
                            "<p>越南北宁省的一家工厂在招聘工艺工程师。上一季度共收到400份申请：80人通过筛选，"
                            "邀约面试40人，实际到场22人，通过面试小组评估6人，发出录用通知4份，接受2人。"
                            "有两个数字很突出：受邀候选人中只有55%到场；到场者中只有27%通过。录用接受率50%也偏低，"
                            "但只有四份录用通知，样本太少，说明不了太多。</p><p>给未到场的候选人打电话后发现："
                            "面试邀约平均在筛选九天后才发出，那时好几个人已经接受了别家的录用；"
                            "而且所有面试都安排在工作日的上班时间，对在其他工厂倒班的工程师来说很难参加。"
                            "通过率则因面试官而异：一位面试官面试了10人，只通过1人；另外两位共面试12人，通过了5人。"
                            "</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": {
                            "en": "Interview-side levers",
                            "zh": "面试环节可以调节的杠杆",
                        },
                        "level": 2,
                    },
                ),
                (
                    "rich_text",
                    {
                        "en": (
                            "<ul><li><strong>Low attendance:</strong> follow up faster (invite within two working "
                            "days of screening), offer flexible formats (early-evening or weekend video slots) and "
                            "improve the setting (clear instructions, a named contact, a reminder the day "
                            "before).</li><li><strong>Low pass rate:</strong> check sourcing first (does the "
                            "advertisement describe the real requirements, and do the channels reach the right "
                            "people?), then calibrate the interviewers against each other. A pass rate that varies "
                            "widely between interviewers is a scoring problem, not a candidate "
                            "problem.</li><li><strong>High attrition among new hires:</strong> ask whether the "
                            "interviews assessed cultural fit and values deeply enough, whether the job preview was "
                            "honest and whether candidates met the team. Exit conversations often reveal a promise "
                            "made during hiring.</li></ul><p>In the Bắc Ninh example, sending invitations within two "
                            "days and adding evening video slots raised attendance to 80 % the following quarter, "
                            "and a calibration session brought the three interviewers' pass rates closer together "
                            "without lowering the bar.</p>"
                        ),
                        "zh": (
                            "<ul><li><strong>到场率低：</strong>加快跟进（筛选后两个工作日内发出邀约），"
                            "提供灵活的形式（傍晚或周末的视频面试时段），改善面试安排（清晰的说明、指定联系人、"
                            "前一天提醒）。</li><li><strong>通过率低：</strong>先检查寻访环节（招聘广告是否写出了真实"
                            "要求？渠道能否触达合适的人？），再对面试官进行相互校准。如果不同面试官的通过率相差悬殊，"
                            "那是评分的问题，而不是候选人的问题。</li><li><strong>新员工流失率高："
                            "</strong>反思面试是否足够深入地评估了文化契合度和价值观，岗位预览是否真实，"
                            "候选人有没有见过团队。离职面谈常常会揭示招聘时许下的某个承诺。"
                            "</li></ul><p>在北宁的例子中，把邀约时间缩短到两天内并增加傍晚的视频面试时段后，"
                            "下一季度的到场率提高到了80%；一次校准会则让三位面试官的通过率趋于接近，"
                            "而标准并没有降低。</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": {
                            "en": "Numbers are signals, not targets for interviewers",
                            "zh": "数据是信号，不是面试官的考核指标",
                        },
                        "body": {
                            "en": (
                                "<p>Do not give interviewers a pass-rate target or reward them for speed alone. An "
                                "interviewer pushed to pass more people will lower the bar, and one pushed to be "
                                "fast will skip the probing questions. Use the numbers to decide where to look, then "
                                "look at the evidence: evaluation forms, calibration results and what candidates "
                                "say.</p>"
                            ),
                            "zh": (
                                "<p>不要给面试官设定通过率指标，也不要只按速度奖励他们。"
                                "被要求多通过人的面试官会降低标准，被要求求快的面试官会省掉追问。"
                                "用数据决定该往哪里看，然后去看证据：评价表、校准结果，以及候选人的反馈。</p>"
                            ),
                        },
                    },
                ),
                (
                    "checklist",
                    {
                        "title": {
                            "en": "A hiring manager's monthly review",
                            "zh": "用人经理的月度复盘",
                        },
                        "items": [
                            {
                                "en": "Cycle time for each open role against the agreed target.",
                                "zh": "每个在招岗位的招聘周期与约定目标的对比。",
                            },
                            {
                                "en": (
                                    "Attendance and pass rate at each interview stage, by interviewer where the "
                                    "numbers allow."
                                ),
                                "zh": "各面试环节的到场率和通过率；数量允许时按面试官分别统计。",
                            },
                            {
                                "en": "The share of your own evaluation forms submitted within 24 hours.",
                                "zh": "你本人在24小时内提交评价表的比例。",
                            },
                            {
                                "en": "Offers declined, and the reasons candidates gave.",
                                "zh": "被拒绝的录用通知，以及候选人给出的原因。",
                            },
                            {
                                "en": (
                                    "New hires who left during probation, and what their exit conversations said "
                                    "about the interview."
                                ),
                                "zh": "试用期内离职的新员工，以及离职面谈中提到的与面试有关的内容。",
                            },
                            {
                                "en": "One change to try next month, and how you will know whether it worked.",
                                "zh": "下个月要尝试的一项改变，以及如何判断它是否奏效。",
                            },
                        ],
                    },
                ),
                (
                    "knowledge_check",
                    {
                        "title": {
                            "en": "Check: metrics and levers",
                            "zh": "小测：数据与杠杆",
                        },
                        "category": "Attracting candidates/Process and impression",
                        "count": 2,
                    },
                ),
            ],
        },
    ],
}
