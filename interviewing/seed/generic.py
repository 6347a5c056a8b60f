"""Explanations and safe alternatives for rules that rest on company policy rather than a regional statute.

The programme's own rule for every country: private topics such as religion, marital status, age and salary
are never asked about (see the cross-cultural taboos course); where a regional module records no statute for a
topic, the pack still carries a `caution` rule resting on that policy.
"""

from __future__ import annotations

POLICY = (
    "Company interviewing policy for every country: private topics (religion, marital status, age, salary and "
    "the like) are not asked about. The regional module records no specific statute for this topic; ask local HR."
)

TEXTS = {
    "age": (
        "Age, birth year or graduation year say nothing about ability and invite the inference that the decision "
        "turned on age.",
        "年龄、出生年份或毕业年份与能力无关，还会让人推断录用决定与年龄有关。",
        "Ask about relevant experience: 'Walk me through your last two roles and what you delivered.'",
        "询问相关经历：“请介绍你最近两段工作经历和取得的成果。”",
    ),
    "marital_family": (
        "Marriage, partners, children and care duties are private and irrelevant to the job; asking suggests the "
        "answer could affect the decision.",
        "婚姻、伴侣、子女和照护责任属于隐私，与岗位无关；提问会让人以为答案可能影响录用。",
        "Describe the job's real demands and ask everyone the same: 'The role travels four times a year for a "
        "week. Can you meet that schedule?'",
        "如实说明岗位要求并对所有人问同一个问题：“这个岗位每年出差四次，每次一周，你能接受吗？”",
    ),
    "pregnancy": (
        "Questions about pregnancy or plans for children are asked mostly of women and are evidence of sex "
        "discrimination.",
        "关于怀孕或生育计划的问题几乎只问女性，本身就是性别歧视的证据。",
        "State the role's schedule and travel, then ask: 'Can you meet these requirements?'",
        "说明岗位的工作时间和出差要求，然后问：“你能满足这些要求吗？”",
    ),
    "salary_history": (
        "Pay history carries past inequities into the offer and is private; many places restrict asking for it.",
        "薪资历史会把过去的不公平带进新的报价，也属于隐私；许多地方限制询问。",
        "Share the approved range and ask: 'What are your expectations for this role?'",
        "告知已批准的薪资范围，并问：“你对这个岗位的薪资期望是多少？”",
    ),
    "health_disability": (
        "Health, disability, medication and sick leave are private and sensitive; they are not a basis for hiring.",
        "健康、残疾、用药和病假属于敏感隐私，不能作为录用依据。",
        "Describe the essential duties and ask: 'Can you perform these duties, with or without adjustments?'",
        "说明岗位的基本职责，然后问：“在有或没有便利安排的情况下，你能否履行这些职责？”",
    ),
    "religion": (
        "Religion and religious practice are private and protected almost everywhere.",
        "宗教信仰和宗教活动属于隐私，几乎在所有地方都受保护。",
        "State the working schedule and ask: 'Can you work this schedule?' Arrange breaks on request.",
        "说明工作时间安排并问：“你能按这个时间表工作吗？”如有需要再另行安排。",
    ),
    "nationality_ethnicity": (
        "Origin, ethnicity, nationality and accent are not job criteria; asking invites discrimination claims.",
        "出身、民族、国籍和口音都不是岗位标准，提问会招致歧视指控。",
        "Ask only what the job needs: 'Are you legally authorised to work here?' and 'Which languages do you "
        "use at work, and at what level?'",
        "只问岗位需要的：“你是否具有在当地合法工作的资格？”以及“你在工作中使用哪些语言，水平如何？”",
    ),
    "sexual_orientation": (
        "Sexual orientation and gender identity are private and irrelevant to the job.",
        "性取向和性别认同属于隐私，与岗位无关。",
        "Leave the topic out; ask about the competencies the role needs.",
        "不要涉及这个话题，只问岗位所需的能力。",
    ),
    "political_union": (
        "Political views, party and union membership are private and often protected.",
        "政治观点、党派和工会成员身份属于隐私，往往受法律保护。",
        "Ask about working with stakeholders: 'Tell me about a time you built agreement among people who disagreed.'",
        "询问与利益相关方合作的经历：“请讲一次你让意见不同的人达成一致的经历。”",
    ),
    "criminal_record": (
        "Criminal records may be asked about only as far as the law and the role allow.",
        "只能在法律和岗位允许的范围内询问犯罪记录。",
        "Leave checks to HR's lawful background-check process.",
        "把核查交给人力资源部门依法进行的背景调查。",
    ),
    "family_background": (
        "Parents' jobs, siblings, household and hometown say nothing about the candidate's ability.",
        "父母职业、兄弟姐妹、家庭情况和籍贯与候选人的能力无关。",
        "Ask about the candidate's own experience: 'What drew you to this field?'",
        "询问候选人自己的经历：“是什么让你进入这个领域的？”",
    ),
}
