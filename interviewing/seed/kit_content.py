# ruff: noqa: E501  (guidance is data: one sentence per line reads better than wrapped text)
"""The fixed parts of an interview kit, in English and Chinese: how to open and close, what candidates ask, the
tools to check, talking points, and per region what scheduling depends on.

Regional scheduling notes are descriptions, not calculations: the product holds no prayer-time or holiday tables,
so the kit tells the interviewer what to check and where (the facts come from the regional course modules).
"""

from __future__ import annotations

INTRODUCTION = [
    (
        "Greet the candidate by the name and form of address they use in their application; introduce yourself, your role and anyone else present.",
        "按候选人在申请材料中使用的姓名和称呼问候对方；介绍你自己、你的职位以及其他在场人员。",
    ),
    (
        "Say how long the interview will take, how it is structured (questions from us, then time for theirs) and that you will take notes.",
        "说明面试时长和流程（先由我们提问，再留时间给对方提问），并告知你会做记录。",
    ),
    (
        "If an interpreter or a tool is used, explain how it works and check that the candidate is comfortable with it.",
        "如使用译员或工具，说明其工作方式，并确认候选人对此没有顾虑。",
    ),
    (
        "Give a two-minute, factual picture of the role and the team before the first question.",
        "在第一个问题之前，用两分钟如实介绍岗位和团队。",
    ),
]

CLOSE = [
    (
        "Thank the candidate and summarise what happens next, with a date by which they will hear from you.",
        "感谢候选人，说明后续流程，并告知对方会在哪一天之前收到答复。",
    ),
    (
        "Do not indicate the outcome, hint at an offer or discuss terms that have not been agreed with HR.",
        "不要透露结果、暗示录用，或讨论未经HR确认的条件。",
    ),
    (
        "Complete the scorecard within 24 hours, rating each dimension on the evidence you noted.",
        "在24小时内填写评价表，依据所记录的证据为每个维度打分。",
    ),
]

CANDIDATE_QUESTIONS = [
    (
        "Leave at least ten minutes. Prepare factual answers on: reporting line, team size, working hours and flexibility, probation, notice periods, holidays, remote work, travel, and the next steps of the process.",
        "至少留出十分钟。提前准备好以下方面的事实性答复：汇报关系、团队规模、工作时间及弹性、试用期、离职通知期、假期、远程办公、出差以及后续流程。",
    ),
    (
        "If you do not know an answer, say so and promise a written reply by a date; then send it.",
        "不知道的问题如实说明，并承诺在某个日期前书面答复，之后一定兑现。",
    ),
    (
        "Note the candidate's questions on the scorecard: what they ask shows motivation and preparation.",
        "在评价表中记下候选人提出的问题：他们问什么能反映其动机和准备程度。",
    ),
]

TOOLS_CHECKLIST = [
    (
        "Video tool tested with a colleague in the candidate's region; a dial-in or backup link ready.",
        "已与候选人所在地区的同事测试视频工具；准备好电话接入或备用链接。",
    ),
    (
        "Invitation sent with the time in both time zones, the agenda, the panel names and the language of the interview.",
        "邀请函已发送，写明两地时区的时间、议程、面试官名单和面试语言。",
    ),
    (
        "Candidate's CV and this kit printed or open; the scorecard ready for notes.",
        "候选人简历和本面试包已打印或打开；评价表已准备好记录。",
    ),
    ("Quiet room with a neutral background; notifications switched off.", "安静的房间、简洁的背景；已关闭消息提醒。"),
]

INTERPRETER_CHECKLIST = [
    (
        "Book a professional interpreter, not a colleague who happens to speak the language; agree confidentiality.",
        "预约专业译员，而不是碰巧会这门语言的同事；约定保密要求。",
    ),
    (
        "Brief the interpreter on the role, technical terms and the structure of the interview in advance.",
        "提前向译员介绍岗位、专业术语和面试结构。",
    ),
    (
        "Speak to the candidate, not to the interpreter, in short segments; allow extra time (about half as long again).",
        "面向候选人而不是译员说话，分段简短表达；预留更多时间（约多一半）。",
    ),
]

TALKING_POINTS = [
    (
        "What the role will achieve in its first year and how success is measured, described concretely.",
        "具体说明这个岗位第一年要达成什么、如何衡量成功。",
    ),
    (
        "The team: who the candidate would work with, how decisions are made, and how the local team works with headquarters.",
        "团队情况：候选人将与谁共事、如何做决策、本地团队如何与总部协作。",
    ),
    (
        "Development: training (including this academy), mentoring and realistic paths from this role, with an example of someone who took one.",
        "发展机会：培训（包括本学院）、导师制度以及从这个岗位出发的现实发展路径，并举一个真实的例子。",
    ),
    (
        "Working conditions stated accurately: hours, flexibility, travel and local benefits as HR has confirmed them; no promises beyond that.",
        "如实说明工作条件：经HR确认的工作时间、弹性安排、出差和本地福利；不做超出范围的承诺。",
    ),
    (
        "Why the company is investing in this market, with facts (customers, growth, commitment) rather than superlatives.",
        "用事实（客户、增长、投入）而不是最高级的形容来说明公司为什么投资这个市场。",
    ),
]

SENIOR_TALKING_POINTS = [
    (
        "The scope of decisions the role owns, the budget and the people it leads, and who it reports to.",
        "岗位拥有的决策范围、预算和所带领的人员，以及汇报对象。",
    ),
    (
        "Offer a conversation with an executive sponsor before the final decision.",
        "在最终决定前，安排候选人与一位高管进行交流。",
    ),
]

# candidate's local hours considered reasonable for an interview
REASONABLE_HOURS = (8, 18)

# region → rest periods, prayer times and public holidays: (English, Chinese) each
REGIONAL_NOTES: dict[str, dict[str, tuple[str, str]]] = {
    "US": {
        "rest": (
            "No federal rule on rest between shifts, but candidates expect interviews in normal office hours; four time zones on the mainland, so name the candidate's zone.",
            "联邦层面没有班次间休息的规定，但候选人期望在正常办公时间面试；本土有四个时区，请写明候选人所在时区。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Eleven federal holidays, several on Mondays (Memorial Day, Labor Day); Thanksgiving week and the last two weeks of December are slow.",
            "有十一个联邦假日，其中几个固定在星期一（阵亡将士纪念日、劳动节）；感恩节所在周和十二月最后两周回复较慢。",
        ),
    },
    "DE": {
        "rest": (
            "The Working Hours Act requires eleven hours' rest between working days and generally forbids Sunday work: this protects German panel members as well as the candidate.",
            "《工作时间法》规定两个工作日之间至少休息十一小时，并原则上禁止星期日工作：这既保护候选人，也保护德国面试官。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Public holidays are set by each federal state, several move with Easter; check the candidate's state. August and the weeks around Christmas are slow.",
            "公共假日由各联邦州规定，其中几个随复活节变动；请核对候选人所在的州。八月和圣诞前后回复较慢。",
        ),
    },
    "GB": {
        "rest": (
            "Working-time rules give eleven hours' daily rest; keep interviews within office hours.",
            "工时规定每日休息十一小时；面试安排在办公时间内。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Bank holidays differ between England and Wales, Scotland and Northern Ireland; Easter and late May and August Mondays are common holidays.",
            "英格兰和威尔士、苏格兰、北爱尔兰的银行假日不同；复活节以及五月末和八月的星期一常为假日。",
        ),
    },
    "BR": {
        "rest": (
            "The labour code (CLT) requires eleven hours between working days and a lunch break; avoid the long lunch hour.",
            "劳动法典（CLT）规定两个工作日之间至少休息十一小时，并有午休；避开较长的午餐时间。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Carnival (dates move with Easter) closes much of the country for several days; states and cities add their own holidays.",
            "狂欢节（日期随复活节变动）期间全国大部分地区休息数天；各州和城市另有各自的假日。",
        ),
    },
    "MX": {
        "rest": (
            "The working week is long by law; respect the lunch break (often 14:00–16:00) and do not book late evenings.",
            "法定工作周较长；尊重午休时间（通常为14:00–16:00），不要安排在晚间。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Several statutory holidays fall on Mondays; Holy Week and 12 December (Guadalupe) are widely observed; the last two weeks of December are slow.",
            "若干法定假日固定在星期一；圣周和12月12日（瓜达卢佩节）普遍休息；十二月最后两周回复较慢。",
        ),
    },
    "SA": {
        "rest": (
            "The working week runs Sunday to Thursday; working hours shorten during Ramadan.",
            "工作周为星期日至星期四；斋月期间工作时间缩短。",
        ),
        "prayer": (
            "Five daily prayers whose times move with the sun: leave gaps around midday and afternoon prayers and check a local prayer timetable for the date. Do not ask about the candidate's own practice.",
            "每日五次礼拜，时间随日出日落变化：在中午和下午礼拜前后留出空档，并查询当天的当地礼拜时间表。不要询问候选人本人的宗教习惯。",
        ),
        "holidays": (
            "Eid al-Fitr and Eid al-Adha follow the lunar calendar and move about eleven days earlier each year; dates are confirmed only shortly before.",
            "开斋节和宰牲节按伊斯兰历计算，每年提前约十一天；具体日期临近时才确定。",
        ),
    },
    "AE": {
        "rest": (
            "Federal government works Monday to Friday with a short Friday; many private employers follow. Working hours shorten during Ramadan.",
            "联邦政府工作日为星期一至星期五，星期五为半天；许多私营企业也照此安排。斋月期间工作时间缩短。",
        ),
        "prayer": (
            "Avoid Friday midday, when the main weekly prayer takes place; check local prayer times for the date.",
            "避开星期五中午的每周主要礼拜时间；查询当天的当地礼拜时间。",
        ),
        "holidays": (
            "Eid holidays follow the lunar calendar and are announced shortly before; National Day is on 2 December.",
            "开斋节和宰牲节等按伊斯兰历计算，临近时才公布；国庆日为12月2日。",
        ),
    },
    "ID": {
        "rest": (
            "Three time zones (WIB, WITA, WIT): name the candidate's zone. Working hours shorten during Ramadan.",
            "有三个时区（WIB、WITA、WIT）：请写明候选人所在时区。斋月期间工作时间缩短。",
        ),
        "prayer": (
            "Leave Friday 11:30–13:00 free for Friday prayers; check local prayer times for other days.",
            "星期五11:30–13:00留给周五聚礼；其他日子请查询当地礼拜时间。",
        ),
        "holidays": (
            "Lebaran (Eid al-Fitr) brings a week or more of collective leave and mass travel; many other holidays follow lunar calendars.",
            "开斋节（Lebaran）前后有一周或更长的集体休假和返乡潮；许多其他假日按阴历计算。",
        ),
    },
    "MY": {
        "rest": (
            "Some states (such as Kelantan and Terengganu) keep a Friday–Saturday weekend; check the candidate's state.",
            "部分州（如吉兰丹、登嘉楼）周末为星期五和星期六；请核对候选人所在的州。",
        ),
        "prayer": (
            "Leave Friday 12:30–14:30 free for Friday prayers in most states; check local prayer times.",
            "大多数州星期五12:30–14:30留给周五聚礼；请查询当地礼拜时间。",
        ),
        "holidays": (
            "Hari Raya, Chinese New Year and Deepavali are all major holidays; several follow lunar calendars and state holidays differ.",
            "开斋节、农历新年和屠妖节都是重要假日；其中几个按阴历计算，各州假日也不同。",
        ),
    },
    "VN": {
        "rest": (
            "A long lunch break is common (around 11:30–13:30); do not book over it.",
            "午休普遍较长（约11:30–13:30）；不要安排在这个时段。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Tết (Lunar New Year) closes business for a week or more, and the weeks before are busy; 30 April and 1 May are consecutive holidays.",
            "春节（Tết）期间企业停工一周或更久，节前几周也很忙；4月30日和5月1日连休。",
        ),
    },
    "JP": {
        "rest": (
            "Punctuality is expected to the minute; keep interviews within office hours.",
            "时间观念精确到分钟；面试安排在办公时间内。",
        ),
        "prayer": ("", ""),
        "holidays": (
            "Golden Week (late April to early May), Obon in mid-August and the New Year period are slow; a holiday falling on a Sunday moves to Monday.",
            "黄金周（四月末至五月初）、八月中旬的盂兰盆节和新年期间回复较慢；假日逢星期日顺延至星期一。",
        ),
    },
}
