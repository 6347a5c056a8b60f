"""Regional module: interviewing candidates in Germany."""

from __future__ import annotations


def _t(en: str, zh: str) -> dict:
    return {"en": en, "zh": zh}


def _taboo(topic, why_risky, legal_basis, ask_instead) -> tuple:
    return (
        "taboo_card",
        {
            "topic": topic,
            "regions": ["DE"],
            "why_risky": why_risky,
            "legal_basis": legal_basis,
            "ask_instead": ask_instead,
            "review_status": "unreviewed",
            "reviewer": "",
            "reviewed_on": "",
        },
    )


LAW = {
    "slug": "de-law-and-protected-topics",
    "title": _t("The law and protected topics in Germany", "德国的法律与受保护话题"),
    "minutes": 25,
    "required": True,
    "body": [
        (
            "heading",
            {
                "text": _t("The AGG and the applicant's 'right to lie'", "《一般平等待遇法》与求职者的“说谎权”"),
                "level": 2,
            },
        ),
        (
            "rich_text",
            _t(
                "<p>The centre of German anti-discrimination law is the <strong>Allgemeines Gleichbehandlungsgesetz "
                "(AGG, General Equal Treatment Act) of 2006</strong>. Section 1 names six grounds: race or ethnic "
                "origin, sex, religion or belief, disability, age and sexual identity. Section 7 forbids "
                "disadvantaging employees on those grounds, and the Act treats applicants as employees for this "
                "purpose, so it applies from the job advert onwards. Section 11 requires job adverts to be neutral, "
                "which is why German adverts carry '(m/w/d)' after the title.</p><p>Three features make the AGG "
                "sharper than many managers expect. First, a rejected applicant who shows facts that suggest "
                "discrimination shifts the burden of proof to the employer (§ 22), and an improper interview question "
                "is exactly such a fact. Second, compensation under § 15 does not depend on fault; where the "
                "applicant would not have been hired anyway, it is capped at three months' pay, but a claim still "
                "costs money, time and reputation. Third, the claim must be raised in writing within two months of "
                "learning of the rejection, followed by a three-month window to sue, which is why German HR keeps "
                "interview records for about six months and then deletes them under the GDPR.</p><p>German courts also "
                "recognise a so-called <em>right to lie</em>: if you ask a question you were not allowed to ask, such "
                "as whether a candidate is pregnant, she may answer untruthfully without any consequence for the "
                "contract later. A forbidden question therefore gets you no reliable information and gives the "
                "candidate evidence. There is simply nothing to gain.</p><p>Two institutions shape the process. In "
                "many companies a works council (<em>Betriebsrat</em>) has rights of information and consent over "
                "hiring, and the severely disabled employees' representative may have to be involved. Ask HR before "
                "you design the process, not after.</p>",
                "<p>德国反歧视法的核心是<strong>2006年《一般平等待遇法》（AGG）</strong>。第1条列出六项理由：种族或民族"
                "出身、性别、宗教或世界观、残疾、年龄和性身份。第7条禁止因上述理由对雇员不利对待，而该法在这方面把求职者"
                "视同雇员，所以从发布招聘广告起就适用。第11条要求招聘广告保持中立，这就是德国招聘广告职位名称后都带有“"
                "(m/w/d)”的原因。</p><p>AGG 有三点比许多管理者想象的更严格。第一，被拒的求职者只要举出足以推定歧视的事"
                "实，举证责任就转移到雇主（第22条），而一个不当的面试问题恰恰就是这样的事实。第二，第15条规定的赔偿不以"
                "过错为前提；若求职者即使没有歧视也不会被录用，赔偿上限为三个月工资，但一场索赔依然耗费金钱、时间和声誉"
                "。第三，索赔须在得知被拒后两个月内以书面形式提出，之后还有三个月的起诉期，所以德国HR通常把面试记录保存"
                "约六个月，然后依据《通用数据保护条例》（GDPR）删除。</p><p>德国法院还承认所谓的<em>“说谎权”</em>：如"
                "果你问了不允许问的问题，例如候选人是否怀孕，她可以不如实回答，日后也不会因此影响劳动合同。因此，违规提"
                "问既得不到可靠信息，又给了候选人证据，毫无收益可言。</p><p>还有两个机构会影响招聘流程。在许多公司，职工"
                "委员会（<em>Betriebsrat</em>）对招聘享有知情权和同意权，重度残疾雇员代表也可能需要参与。请在设计流程之"
                "前而不是之后向HR确认。</p>",
            ),
        ),
        _taboo(
            _t("Pregnancy and family planning", "怀孕与生育计划"),
            _t(
                "Asking a woman whether she is pregnant or wants children is treated as direct sex discrimination. "
                "She may lawfully answer untruthfully, and the question itself is evidence in a claim.",
                "问女性是否怀孕或是否想要孩子，被视为直接的性别歧视。她可以合法地不如实回答，而问题本身就是索赔证据。",
            ),
            _t(
                "AGG § 1, § 3 and § 7 (sex); Federal Labour Court case law on the inadmissible pregnancy question.",
                "AGG 第1、3、7条（性别）；联邦劳动法院关于禁止询问怀孕的判例。",
            ),
            _t(
                "Describe the real requirements to every candidate, for example the travel pattern or on-call weeks, "
                "and ask whether they can meet them.",
                "向每位候选人说明真实要求，例如出差频率或值班周，并询问对方能否做到。",
            ),
        ),
        _taboo(
            _t("Age and years until retirement", "年龄与距退休年限"),
            _t(
                "'How old are you?' or 'You'd fit well with our young team' signals age as a factor. Adverts asking "
                "for 'young, dynamic' people have led to compensation awards.",
                "“你多大了？”“你会很适合我们的年轻团队”都表明年龄是考量因素。招聘广告要求“年轻、有活力”的人，已有"
                "判赔先例。",
            ),
            _t(
                "AGG § 1 and § 7 (age); § 11 (neutral job adverts).", "AGG 第1、7条（年龄）；第11条（招聘广告须中立）。"
            ),
            _t(
                "Ask about the experience the role needs: 'Tell me about the last product launch you led from start to "
                "finish.'",
                "询问岗位所需的经验：“请讲讲你最近一次从头到尾主导的产品上市。”",
            ),
        ),
        _taboo(
            _t("Religion, belief and the headscarf", "宗教、世界观与头巾"),
            _t(
                "Questions about faith, church membership or religious dress tie the decision to religion. The church "
                "tax line on a payslip is not your business either.",
                "询问信仰、教会成员身份或宗教服饰，会把录用决定和宗教挂钩。工资单上的教会税一栏同样与你无关。",
            ),
            _t(
                "AGG § 1 and § 7 (religion or belief). Narrow exceptions exist for churches and similar employers.",
                "AGG 第1、7条（宗教或世界观）。教会及类似雇主有范围很窄的例外。",
            ),
            _t(
                "Ask only about job requirements that apply to everyone, such as safety clothing on the shop floor.",
                "只询问对所有人都适用的岗位要求，例如车间的安全着装。",
            ),
        ),
        _taboo(
            _t("Health and severe disability", "健康与重度残疾"),
            _t(
                "General questions about illnesses, sick days or a recognised severe disability suggest disability "
                "discrimination. Only questions about the ability to do the specific job are safe.",
                "泛泛询问疾病、病假天数或是否被认定为重度残疾，容易被推定为残疾歧视。只有针对能否胜任具体工作的问题才是"
                "安全的。",
            ),
            _t(
                "AGG § 1 and § 7 (disability); employers' duties towards severely disabled applicants under Social "
                "Code Book IX (SGB IX, § 164).",
                "AGG 第1、7条（残疾）；《社会法典》第九编（SGB IX）第164条规定的雇主对重度残疾求职者的义务。",
            ),
            _t(
                "'The role involves lifting boxes of up to 20 kg several times a day. Is there anything that would "
                "prevent you from doing that?' and 'Do you need any arrangement for the interview?'",
                "“这个岗位每天要多次搬运最重20公斤的箱子，有什么会妨碍你做这项工作吗？”以及“面试需要我们做什么安排吗"
                "？”",
            ),
        ),
        _taboo(
            _t("Trade union, party and political views", "工会、政党与政治观点"),
            _t(
                "Freedom of association is constitutionally protected, and a question about union membership before "
                "hiring is generally inadmissible outside organisations with a political or religious mission.",
                "结社自由受宪法保护。除具有政治或宗教宗旨的组织外，录用前询问工会成员身份一般不被允许。",
            ),
            _t(
                "Basic Law (Grundgesetz) Art. 9(3), freedom of association; AGG § 1 (belief); established labour "
                "court case law on inadmissible questions.",
                "《基本法》第9条第3款（结社自由）；AGG 第1条（世界观）；劳动法院关于不当提问的一贯判例。",
            ),
            _t(
                "Leave it out entirely. If the works council comes up, explain how it works in your company.",
                "完全不要问。如果谈到职工委员会，介绍一下贵公司的运作方式即可。",
            ),
        ),
        _taboo(
            _t("Ethnic origin, nationality and German language", "民族出身、国籍与德语水平"),
            _t(
                "'Where are your parents from?' or remarks about an accent point at ethnic origin. Demanding 'native "
                "German' rather than the level the job needs can be indirect discrimination.",
                "“你父母是哪里人？”或评论口音，指向民族出身。要求“德语为母语”而不是岗位实际需要的水平，可能构成间接"
                "歧视。",
            ),
            _t(
                "AGG § 1, § 3(2) and § 7 (ethnic origin; indirect discrimination).",
                "AGG 第1条、第3条第2款、第7条（民族出身；间接歧视）。",
            ),
            _t(
                "State the language level the job needs ('You will negotiate contracts in German with suppliers') and "
                "test it in the interview. Ask whether the candidate has the right to work in Germany.",
                "说明岗位需要的语言水平（“你将用德语与供应商谈判合同”），并在面试中实际检验。询问候选人是否具备在德国"
                "工作的资格。",
            ),
        ),
        _taboo(
            _t("Pay history", "薪资历史"),
            _t(
                "The EU Pay Transparency Directive requires employers to give the pay range before the interview and "
                "stops them asking about pay history. Even before it applies, anchoring on past pay can carry an "
                "earlier pay gap into your offer.",
                "欧盟《薪酬透明指令》要求雇主在面试前告知薪资范围，并禁止询问薪资历史。即使在生效之前，以过往薪资为锚，"
                "也可能把以往的性别薪酬差距带进你的录用条件。",
            ),
            _t(
                "Directive (EU) 2023/970, Art. 5; member states must transpose it by 7 June 2026. Ask HR whether the "
                "German implementing law is in force.",
                "欧盟指令 2023/970 第5条；成员国须在2026年6月7日前转化为国内法。请向HR确认德国的实施法律是否已生效。",
            ),
            _t(
                "Give the range for the role and ask: 'What are your salary expectations?'",
                "告知岗位的薪资范围，然后问：“你的薪资期望是多少？”",
            ),
        ),
        (
            "callout",
            {
                "kind": "warning",
                "title": _t("Not legal advice", "非法律意见"),
                "body": _t(
                    "<p>These cards summarise public law for training and have not been reviewed by counsel. "
                    "Collective agreements, works council agreements and your company's own rules may add "
                    "requirements. Ask German HR before every new hiring process.</p>",
                    "<p>以上卡片为培训目的而概括公开法律，尚未经法律顾问审核。集体合同、企业协议以及公司自身规定可能提出"
                    "更多要求。每次启动新的招聘流程前，请先咨询德国HR。</p>",
                ),
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: protected topics", "自测：受保护话题"),
                "category": "Cross-cultural communication and taboos/Protected topics",
                "count": 3,
            },
        ),
    ],
}

CULTURE = {
    "slug": "de-culture-and-etiquette",
    "title": _t("Culture, communication and etiquette in German interviews", "德国面试中的文化、沟通与礼仪"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Formal, factual, prepared", "正式、重事实、有准备"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>A German interview starts on time and starts formally. Use the formal <em>Sie</em> and surname "
                "('Frau Dr. Weber', 'Herr Hoffmann') until the candidate offers first names; in many start-ups and "
                "tech teams first names and <em>du</em> are normal, so follow the tone set in the invitation. Academic "
                "titles matter to some people; if the CV says Dr., use it once and see how they respond. A handshake "
                "and eye contact are usual in person. Small talk is brief: a question about the journey, then the "
                "agenda.</p><p>Candidates prepare thoroughly and expect you to have done the same. They will have read "
                "the job description line by line and may arrive with printed questions about reporting lines, budget, "
                "the probation period, notice periods, holiday entitlement and working hours. Detailed questions are a "
                "sign of seriousness, not of distrust. Answer concretely or promise to send the answer in writing, and "
                "then send it.</p><p>Communication is direct and low on praise. A German candidate may say 'I see a "
                "problem with your product's documentation' in the first interview; treat it as engagement. Equally, a "
                "modest 'that went reasonably well' may describe a strong result, so ask for the numbers. Avoid "
                "superlatives and sales language about your company. Claims such as 'we are the best employer in the "
                "industry' reduce credibility; facts about revenue, headcount, tenure and how decisions are made "
                "increase it.</p><p>Work-life balance is a real selection criterion. Candidates ask about overtime, "
                "home-office days and whether e-mails are expected in the evening. Never present long hours as a "
                "virtue, and never describe headquarters' overtime culture as a model. Interviews are usually held in "
                "German or English; if your German is limited, say so in the invitation and offer English or an "
                "interpreter, rather than switching language halfway through.</p>",
                "<p>德国的面试准时开始，而且一开始就很正式。在候选人主动提出互称名字之前，请使用正式的<em>“您”（Sie）"
                "</em>加姓氏（“Weber 博士女士”“Hoffmann 先生”）；在许多初创公司和技术团队，直接称名字、用<em>“你”"
                "（du）</em>很正常，所以请沿用邀请函中确定的语气。学术头衔对一些人很重要；如果简历上写着博士，就用一次，"
                "看对方如何回应。当面面试时握手和眼神交流很常见。寒暄很短：问一句路上是否顺利，然后进入议程。</p><p>候选"
                "人准备充分，也期望你同样有备而来。他们会逐行读过职位描述，可能带着打印好的问题而来：汇报关系、预算、试"
                "用期、离职通知期、年假天数和工作时间。问得细是认真的表现，不是不信任。请具体回答，或承诺会书面答复——"
                "然后一定要发。</p><p>沟通直接，很少夸奖。德国候选人可能在第一次面试就说“我觉得你们产品的文档有问题”，"
                "请把这当作投入的表现。同样，一句谦虚的“还算顺利”可能描述的是很好的结果，所以要问具体数字。介绍公司时"
                "避免最高级和推销式语言。“我们是行业最佳雇主”之类的说法会降低可信度；关于营收、人数、员工司龄以及决策"
                "方式的事实才会提高可信度。</p><p>工作与生活的平衡是实实在在的择业标准。候选人会问加班情况、居家办公天数"
                "以及晚上是否需要回邮件。绝不要把长时间工作当作美德，也绝不要把总部的加班文化当作榜样来介绍。面试通常用"
                "德语或英语进行；如果你的德语有限，请在邀请函中说明并提供英语或译员，而不是面试进行到一半才换语言。"
                "</p>",
            ),
        ),
        (
            "star_example",
            {
                "title": _t("Strong answer: modest delivery, solid evidence", "好的回答：表达低调，证据扎实"),
                "situation": _t(
                    "At my last employer, a supplier of brake components in Stuttgart, one production line had a scrap "
                    "rate of about 6%, twice the plant average.",
                    "在我上一家雇主——斯图加特的一家制动部件供应商，有一条产线的废品率约为6%，是全厂平均水平的两倍。",
                ),
                "task": _t(
                    "I was the process engineer responsible for that line and was asked to bring it to plant average "
                    "within two quarters.",
                    "我是这条产线的工艺工程师，任务是在两个季度内把废品率降到全厂平均水平。",
                ),
                "action": _t(
                    "I logged every scrap part for three weeks, traced most of them to temperature drift in one "
                    "furnace zone, and agreed a new calibration routine with maintenance and the works council, "
                    "because it changed shift handovers.",
                    "我连续三周记录每一件废品，发现大部分源于一个炉区的温度漂移，于是与维修部门和职工委员会商定了新的校"
                    "准流程，因为它会改变交接班安排。",
                ),
                "result": _t(
                    "Scrap fell to 2.8% after four months. It went reasonably well, though the second furnace still "
                    "needs work.",
                    "四个月后废品率降到2.8%。结果还算可以，不过第二台炉子仍需改进。",
                ),
                "verdict": "strong",
                "commentary": _t(
                    "The tone is understated, but the evidence is complete: measured baseline, personal ownership, a "
                    "method, stakeholders including the works council, and a number. Do not mark it down for modesty.",
                    "语气低调，但证据完整：有测量的基线、个人职责、方法、包括职工委员会在内的相关方，还有数字。不要因为"
                    "谦虚而扣分。",
                ),
            },
        ),
        (
            "star_example",
            {
                "title": _t("Weak answer: the process without the person", "弱的回答：只有流程，没有本人"),
                "situation": _t(
                    "In our department there was a quality problem with a product line.",
                    "我们部门的一条产品线出现了质量问题。",
                ),
                "task": _t(
                    "According to our process, quality issues are handled by the responsible team.",
                    "按照我们的流程，质量问题由负责的团队处理。",
                ),
                "action": _t(
                    "The team carried out an 8D analysis in accordance with the standard and documented the measures.",
                    "团队按照标准做了8D分析，并记录了各项措施。",
                ),
                "result": _t("The problem was resolved as required.", "问题按要求得到了解决。"),
                "verdict": "weak",
                "commentary": _t(
                    "Correct and orderly, but it describes a procedure, not what the candidate did or decided. Ask: "
                    "'Which part of the 8D did you own, and what did you find?'",
                    "内容正确、条理清楚，但描述的是流程，而不是候选人做了什么、决定了什么。可以追问：“8D 中哪一部分由你"
                    "负责？你发现了什么？”",
                ),
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Etiquette in practice", "礼仪实操"),
                "pairs": [
                    {
                        "do": _t("Start exactly on time with a short agenda.", "准时开始，并简要说明议程。"),
                        "dont": _t("Join late or spend ten minutes on small talk.", "迟到，或花十分钟寒暄。"),
                    },
                    {
                        "do": _t(
                            "Use Sie and the surname until the candidate suggests otherwise.",
                            "在候选人提出之前，使用“您”和姓氏称呼。",
                        ),
                        "dont": _t("Switch to first names on your own initiative.", "自作主张改为直呼名字。"),
                    },
                    {
                        "do": _t(
                            "Give facts about the company, the team and the decision process.",
                            "提供关于公司、团队和决策流程的事实。",
                        ),
                        "dont": _t("Use superlatives or promise a fast career.", "使用最高级说法或许诺快速晋升。"),
                    },
                    {
                        "do": _t(
                            "Answer questions on hours, holidays and home office precisely.",
                            "准确回答关于工作时间、假期和居家办公的问题。",
                        ),
                        "dont": _t("Praise long hours or weekend availability.", "称赞长时间工作或周末随叫随到。"),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: communicating with German candidates", "自测：与德国候选人沟通"),
                "category": "Cross-cultural communication and taboos/Communication across cultures",
                "count": 2,
            },
        ),
    ],
}

SCHEDULING = {
    "slug": "de-scheduling-and-logistics",
    "title": _t("Scheduling and logistics for German interviews", "德国面试的排期与后勤"),
    "minutes": 20,
    "required": True,
    "body": [
        ("heading", {"text": _t("Time, holidays and rest", "时间、假日与休息"), "level": 2}),
        (
            "rich_text",
            _t(
                "<p>Germany uses Central European Time (UTC+1) and summer time (UTC+2) from the last Sunday of March "
                "to the last Sunday of October. Beijing is seven hours ahead in winter and six in summer. The natural "
                "window is your afternoon and their morning: 15:00 to 18:00 in Beijing is 08:00 to 11:00 in Munich in "
                "winter, 09:00 to 12:00 in summer. Few German candidates will accept an interview after 18:00 or on a "
                "weekend, and you should not ask them to.</p><p>Public holidays are set by the sixteen federal states "
                "(<em>Länder</em>); only German Unity Day on 3 October rests on federal law. Nine holidays apply "
                "everywhere, including Good Friday, Easter Monday, Ascension Day and Whit Monday, which move with "
                "Easter every year. Others apply only in some states: Corpus Christi in largely Catholic states such "
                "as Bavaria and North Rhine-Westphalia, Reformation Day in the eastern and most northern states, "
                "Epiphany in Bavaria, Baden-Württemberg and Saxony-Anhalt. Always check the candidate's state, not "
                "just the country. Many people take 'bridge days' between a Thursday holiday and the weekend. School "
                "summer holidays are staggered by state and last about six weeks between late June and mid-September; "
                "expect slow replies in August and between Christmas and New Year.</p><h3>Working-time law that "
                "touches scheduling</h3><p>The Working Hours Act (<em>Arbeitszeitgesetz</em>) limits the working day "
                "to eight hours, extendable to ten if the average is kept (§ 3), requires at least eleven hours' "
                "uninterrupted rest between working days (§ 5) and generally prohibits work on Sundays and public "
                "holidays (§ 9). These rules protect your German colleagues on the interview panel as much as the "
                "candidate: do not book a German panel member for 21:00 and then again for 07:00.</p><p>Two practical "
                "points: candidates invited to an on-site interview can generally claim their reasonable travel costs "
                "unless the invitation clearly says costs will not be reimbursed, so agree the policy with HR first; "
                "and many candidates have contractual notice periods of three months or more, so plan start dates "
                "accordingly.</p>",
                "<p>德国使用中欧时间（UTC+1），每年三月最后一个星期日至十月最后一个星期日实行夏令时（UTC+2）。北京冬季比"
                "德国早七小时，夏季早六小时。最自然的时段是你的下午、对方的上午：北京时间15:00至18:00，冬季相当于慕尼黑"
                "08:00至11:00，夏季为09:00至12:00。很少有德国候选人愿意在18:00以后或周末面试，你也不应提出这样的要求。"
                "</p><p>公共假日由十六个联邦州（<em>Länder</em>）各自规定，只有10月3日德国统一日依据联邦层面的规定。全国"
                "通行的假日有九个，其中耶稣受难日、复活节星期一、耶稣升天节和圣灵降临节星期一每年随复活节变动。其他假日"
                "只在部分州适用：基督圣体节适用于巴伐利亚、北莱茵-威斯特法伦等天主教人口较多的州，宗教改革纪念日适用于东"
                "部和北部大多数州，主显节适用于巴伐利亚、巴登-符腾堡和萨克森-安哈尔特。务必核对候选人所在的州，而不只是"
                "国家。许多人会在周四假日和周末之间请“桥休”。各州学校暑假错开安排，在六月下旬至九月中旬之间，历时约六"
                "周；八月以及圣诞到新年期间，回复会明显变慢。</p><h3>与排期相关的工时法规</h3><p>《工作时间法》（"
                "<em>Arbeitszeitgesetz</em>）规定每日工作时间为八小时，在保持平均值的前提下可延长至十小时（第3条），两个"
                "工作日之间至少连续休息十一小时（第5条），并原则上禁止在星期日和公共假日工作（第9条）。这些规定保护的不"
                "仅是候选人，也包括面试小组中的德国同事：不要安排德国面试官晚上21:00面试后又在早上07:00面试。</p><p>两个"
                "实务要点：受邀参加现场面试的候选人，除非邀请函明确写明不报销，一般可以要求报销合理的差旅费用，所以请先"
                "与HR确定报销政策；许多候选人的劳动合同规定了三个月或更长的离职通知期，请据此规划入职日期。</p>",
            ),
        ),
        (
            "callout",
            {
                "kind": "tip",
                "title": _t("Write the state into the invitation", "在邀请函中写明州别"),
                "body": _t(
                    "<p>Put the candidate's federal state next to the time in your interview request ('Thursday 10:00, "
                    "Munich, Bavaria'). It reminds everyone to check the local holiday calendar, and it avoids booking "
                    "Corpus Christi in Munich while Hamburg colleagues are at work.</p>",
                    "<p>在面试邀请中把候选人所在的联邦州写在时间旁边（“周四10:00，慕尼黑，巴伐利亚州”）。"
                    "这能提醒所有人核对当地假日，避免在慕尼黑过基督圣体节时安排面试，而汉堡的同事却照常上班。</p>",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Logistics before a German interview", "德国面试前的后勤事项"),
                "items": [
                    _t(
                        "Confirm the federal state and check its holidays and school breaks.",
                        "确认所在联邦州，并核对当地假日和学校假期。",
                    ),
                    _t(
                        "Offer slots between 08:00 and 17:00 German time, written in both zones.",
                        "提供德国时间08:00至17:00之间的时段，并写明两个时区的时间。",
                    ),
                    _t(
                        "Agree the travel-cost policy with HR and state it in the invitation.",
                        "与HR确定差旅费用政策，并在邀请函中写明。",
                    ),
                    _t(
                        "Ask HR whether the works council must be informed or involved.",
                        "向HR确认是否需要通知职工委员会或让其参与。",
                    ),
                    _t(
                        "Decide the interview language and book an interpreter if needed.",
                        "确定面试语言，如有需要预约译员。",
                    ),
                    _t(
                        "Prepare written answers on probation, notice, holidays, hours and home office.",
                        "准备好关于试用期、离职通知期、假期、工时和居家办公的书面答复。",
                    ),
                    _t("Send the agenda and the panel names in advance.", "提前发送议程和面试官名单。"),
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: preparing the interview", "自测：面试前准备"),
                "category": "Etiquette and professional image/Before the interview",
                "count": 2,
            },
        ),
    ],
}

PRACTICE = {
    "slug": "de-practice",
    "title": _t("Practice: an engineering manager interview in Munich", "练习：慕尼黑的工程经理面试"),
    "minutes": 30,
    "required": True,
    "body": [
        (
            "rich_text",
            _t(
                "<p>Work in threes and rotate roles: interviewer, candidate, observer. The interviewer prepares with "
                "the checklist, runs a 40-minute structured interview, and the observer scores it on the standard "
                "evaluation form and leads the debrief.</p><p>This scenario tests two things German candidates notice "
                "at once: whether you stay away from family topics when a CV shows a gap, and whether you describe "
                "working hours honestly when the candidate asks about headquarters. It also tests whether you can "
                "accept blunt criticism of your product without becoming defensive.</p>",
                "<p>三人一组轮换角色：面试官、候选人、观察员。面试官先用检查清单做准备，进行40分钟的结构化面试；观察员用"
                "标准评价表打分并主持复盘。</p><p>这个情景考察德国候选人一眼就能察觉的两件事：当简历出现空档期时，你能否"
                "避开家庭话题；当候选人问起总部时，你能否如实描述工作时间。它还考察你能否接受对产品的直率批评而不急于辩"
                "解。</p>",
            ),
        ),
        (
            "scenario",
            {
                "title": _t("Engineering manager, battery systems, Munich", "电池系统工程经理，慕尼黑"),
                "setting": _t(
                    "An on-site interview at the Munich office on a Wednesday at 10:00. The interviewer has flown in "
                    "from Ningbo; a German HR partner is present. The role leads twelve engineers and works daily with "
                    "the R&D centre in China. The company reimburses travel costs for on-site interviews.",
                    "周三上午10:00在慕尼黑办公室进行现场面试。面试官从宁波飞来，一位德国HR伙伴在场。"
                    "该岗位领导十二名工程师，每天与中国的研发中心协作。公司报销现场面试的差旅费用。",
                ),
                "roles": [
                    {
                        "role": _t("Interviewer (hiring manager)", "面试官（用人经理）"),
                        "brief": _t(
                            "Use Sie and the candidate's title. Ask two behavioural questions (leading a team through "
                            "a design change; handling a conflict with another site) and one situational question "
                            "about a late test result from China. Describe the collaboration with Ningbo honestly, "
                            "including evening calls twice a week. Close with next steps.",
                            "使用“您”和对方头衔。提出两道行为题（带领团队完成设计变更；处理与其他基地的冲突），一道情"
                            "景题（中国方面测试结果延误怎么办）。如实介绍与宁波的协作，包括每周两次的晚间电话会。结束时"
                            "说明后续步骤。",
                        ),
                    },
                    {
                        "role": _t("Candidate", "候选人"),
                        "brief": _t(
                            "You are Dr. Katrin Weber. Your CV shows fourteen months without employment two years ago; "
                            "mention only that you 'took some time out'. Point out a weakness you found in the "
                            "company's battery documentation. Ask directly: 'I have read that engineers at "
                            "headquarters work until late at night. Is that expected here too?' Ask whether your "
                            "travel costs will be paid.",
                            "你是 Katrin Weber 博士。简历显示两年前有十四个月没有工作，你只说“休息了一段时间”。指出你"
                            "在公司电池文档中发现的一个不足。直接问：“我听说总部的工程师经常工作到深夜，这里也要这样吗"
                            "？”并问差旅费用是否报销。",
                        ),
                    },
                    {
                        "role": _t("Observer", "观察员"),
                        "brief": _t(
                            "Score on the evaluation form. Note the exact words used about the employment gap, the "
                            "reply to the criticism, the answer on working hours and any promise made.",
                            "用评价表打分。逐字记录面试官关于空档期的措辞、对批评的回应、关于工作时间的回答以及任何承诺"
                            "。",
                        ),
                    },
                ],
                "observer_scores": _t(
                    "Formality and punctuality; whether the gap was explored only through job-related questions ('What "
                    "have you done to keep your technical knowledge current?') and never through family or health; a "
                    "calm, curious reply to the documentation criticism; an honest account of working hours that "
                    "neither hides the evening calls nor praises overtime; a clear answer on travel costs; next steps "
                    "without revealing the outcome.",
                    "是否正式、准时；空档期是否只通过与工作相关的问题了解（“您是如何保持技术知识更新的？”），而从不涉"
                    "及家庭或健康；对文档批评的回应是否冷静且有求知欲；对工作时间的说明是否诚实——既不隐瞒晚间电话会，"
                    "也不赞美加班；对差旅费用的回答是否明确；是否说明后续步骤且未透露结果。",
                ),
            },
        ),
        (
            "checklist",
            {
                "title": _t("Pre-interview checklist: Germany", "面试前检查清单：德国"),
                "items": [
                    _t(
                        "HR has confirmed the process, including any works council role.",
                        "HR已确认流程，包括职工委员会的角色（如有）。",
                    ),
                    _t(
                        "My questions are structured, job-related and identical for all candidates.",
                        "我的问题结构化、与岗位相关，且对所有候选人相同。",
                    ),
                    _t(
                        "I have removed anything touching family, age, religion, health, origin, unions or pay "
                        "history.",
                        "我已删除所有涉及家庭、年龄、宗教、健康、出身、工会或薪资历史的问题。",
                    ),
                    _t("I know the pay range and can state it.", "我清楚薪资范围，并可以告知候选人。"),
                    _t(
                        "I can answer precisely on probation, notice, holidays, hours and home office.",
                        "我能准确回答试用期、离职通知期、假期、工时和居家办公等问题。",
                    ),
                    _t(
                        "The date is checked against the candidate's state holidays and school breaks.",
                        "日期已对照候选人所在州的假日和学校假期核对。",
                    ),
                    _t(
                        "The language and any interpreter are agreed and stated in the invitation.",
                        "面试语言和译员安排已确定，并写进邀请函。",
                    ),
                    _t(
                        "I will keep evidence notes and hand them to HR for retention and deletion.",
                        "我会记录证据要点，并交给HR按规定保存和删除。",
                    ),
                ],
            },
        ),
        (
            "do_dont",
            {
                "title": _t("Handling the scenario's pressure points", "应对情景中的压力点"),
                "pairs": [
                    {
                        "do": _t(
                            "Ask how the candidate kept their skills current and what they want next.",
                            "询问候选人如何保持专业技能，以及下一步的职业期望。",
                        ),
                        "dont": _t(
                            "Ask whether the gap was parental leave, illness or a family matter.",
                            "追问空档期是否因为育儿假、生病或家庭原因。",
                        ),
                    },
                    {
                        "do": _t(
                            "Thank the candidate for the documentation point and ask how they would fix it.",
                            "感谢候选人指出文档问题，并请教对方会如何改进。",
                        ),
                        "dont": _t("Defend the product or dismiss the criticism.", "为产品辩护或对批评不屑一顾。"),
                    },
                    {
                        "do": _t(
                            "Describe the real hours, including the two evening calls, and how they are compensated.",
                            "如实说明真实工时，包括每周两次晚间电话会，以及如何补偿。",
                        ),
                        "dont": _t(
                            "Say that dedication to the company means working late like at headquarters.",
                            "说忠于公司就意味着要像总部那样加班。",
                        ),
                    },
                ],
            },
        ),
        (
            "knowledge_check",
            {
                "title": _t("Check yourself: Germany", "自测：德国"),
                "category": "Cross-cultural communication and taboos/Regions/Germany",
                "count": 3,
            },
        ),
    ],
}

COURSE = {
    "slug": "region-de",
    "order": 42,
    "title": _t("Regional module: Germany", "地区模块：德国"),
    "summary": _t(
        "Adds the Germany endorsement to your interviewer certificate. Covers the General Equal Treatment Act (AGG) "
        "and the topics it puts off limits, the formal and factual style German candidates expect, scheduling "
        "around state holidays and the Working Hours Act, and a practice interview set in Munich.",
        "完成后可在面试官证书上增加“德国”地区授权。内容包括：《一般平等待遇法》（AGG）及其划定的禁区话题，德国候选人期"
        "待的正式、重事实的面试风格，围绕各州假日和《工作时间法》的排期，以及一场以慕尼黑为背景的模拟面试。",
    ),
    "competency": "cross_cultural",
    "level": "foundation",
    "minutes": 95,
    "regions": ["DE"],
    "prerequisites": ["cross-cultural-taboos"],
    "objectives": [
        _t(
            "Explain the six AGG grounds, the shifted burden of proof and why an improper question is evidence.",
            "解释 AGG 的六项受保护理由、举证责任转移，以及不当提问为何会成为证据。",
        ),
        _t(
            "Replace questions about family, age, religion, health, unions, origin and pay history with job-related "
            "ones.",
            "把涉及家庭、年龄、宗教、健康、工会、出身和薪资历史的问题替换为与岗位相关的提问。",
        ),
        _t(
            "Conduct an interview in the formal, factual style German candidates expect, without overselling.",
            "以德国候选人期待的正式、重事实的方式进行面试，不夸大宣传。",
        ),
        _t(
            "Schedule around state holidays, summer time and the Working Hours Act.",
            "围绕各州假日、夏令时和《工作时间法》安排面试。",
        ),
    ],
    "lessons": [LAW, CULTURE, SCHEDULING, PRACTICE],
}
