# ruff: noqa: E501  (patterns are data: one rule line per line reads better than wrapped text)
"""English patterns per topic (see interviewing/checker/patterns.py for the language)."""

PATTERNS = {
    "age": """
how + old @2
! how + old + be + the|this|that|it|codebase|system|code|product|company|team|data|stack|platform|equipment|account|plant|site|business|firm|version|machine|building|fleet|contract|relationship|process|tool|process|brand @4
! how + old + your + codebase|system|code|product|company|team|data|stack|platform|equipment|account|laptop|car|kid|kids|child|children|son|daughter|tooling|process|software|server @5
age + you|your @3
! age + minimum|legal|working|least @3
when|year + born @4
date + birth @3
birthday|birthdate|birthyear
year|when + graduate|graduation|leave|finish + school|university|college|high @6
what + year + graduate|graduation @4
retire|retirement + plan|when|year|think|intend|expect|soon|age|close @6
! retirement + plan + contribution|scheme|benefit|401k|pension|match @4
how + many + year + before|until|leave + you + work @8
year + retire @10
much + longer + you + work @6
young|old|older|younger|mature|senior + too|bit|enough|little + you|for @4
generation|millennial|boomer + you|your @4
you + over|under + thirty|forty|fifty|sixty|30|35|40|45|50|55|60 @3
""",
    "marital_family": """
marry|married|marital|divorce|divorced|widow|widowed|fiancé|fiancée|fiance|fiancee|spouse|husband|wife|girlfriend|boyfriend + you|your @6
you + =single|=engaged @1
your + partner + do|work|job|relocate|move|think|mind|feel|agree|live|come|say|support @4
! partner + channel|business|strategic|reseller|implementation|technology|distribution|agency|vendor|delivery @3
child|kid|kids|children|baby|babies|son|daughter|childcare|nanny|babysitter|grandchild|grandchildren|toddler|dependant|=dependents + you|your @6
! child + process|thread|node|page|element|component|object|task|ticket|record|company|account @3
family + plan|planning|start|have|want|commitment|obligation|responsibility|situation|status|life|think|feel|say|mind|approve|support|cope @5
! family + business|owned|product|software|module @2
who + live + you @4
who + look|care|pick + after|up + your|kid|kids|child|children @6
household + you|your|who @4
""",
    "pregnancy": """
pregnant|pregnancy|maternity|paternity|conceive|fertility|ivf|contraception|contraceptive|sterilisation|sterilization|sterilise|sterilize|miscarriage + baby|child|you|your|plan|soon @6
=expecting + baby|child|twins @3
pregnant|pregnancy
trying|try + baby|child|conceive|pregnant @4
baby + plan|soon|want|have|next|year @5
maternity|paternity + leave + plan|take|need|soon|when|you @5
""",
    "salary_history": """
salary|pay|paid|compensation|earn|earnings|wage|wages|income|remuneration|package|ctc|bonus|payslip|base|equity + current|currently|previous|previously|last|now|prior|past|present|former|old|before|existing @6
salary|pay|compensation|earn|earnings|wage|income|remuneration + history|record|evidence|proof|slip|stub @3
payslip|paystub|=p60
how + much + you + make|earn|get|take @6
! how + much + you + make + revenue|sale|sales|profit|saving|savings|progress|impact|difference|change|deal|deals|margin|quota @10
what|how + your + salary|pay|compensation|income|wage|wages|earnings @3
! salary|pay|compensation + expectation|expect|range|band|budget|target|requirement|require|need|hope|want|seek|look|offer|equity|transparency|structure|benchmark|review @6
""",
    "health_disability": """
disability|disabled|handicap|handicapped|impairment|illness|disease|diseases|medication|medicine|medical|diagnosis|diagnose|diagnosed|psychiatric|chronic|surgery|operation|hospital|hospitalised|hospitalized|wheelchair|hiv|aids|cancer|diabetes|depression|anxiety|epilepsy|sick|ill + you|your|have|any|ever|history @6
! operation + your|you + team|business|plant|site|region|support|manage|run|scale|cost|cost|process|daily|field|sales|warehouse|logistics|centre|center|model|lead @8
! medical + device|devices|product|products|equipment|sales|sector|industry|company|client|customer|software|record|insurance + sell|work|market|build|sector|account|industry|experience @8
! team|colleague|employee|report|member|staff|customer|user|patient|candidate + support|help|accommodate|manage|handle|cover|lead @8
! ill + =defined|=advised|=suited @1
health + your|you + issue|issues|problem|problems|condition|conditions|history|status|concern|concerns|record|good|poor|check|checkup|declaration|questionnaire @6
! health + safety|check|project|codebase|pipeline|system|metric|metrics|dashboard|account|portfolio|score|care|healthcare|team|business @3
sick + day|days|leave|note|time|absence|often @3
absence + sickness|illness|medical|health @3
mental + health|illness|condition @2
therapy|therapist|psychiatrist|counselling|counseling + you|your|see|attend|have @5
take + medication|medicine|pill|pills|drug|drugs|antidepressant @4
=treated|treatment + for + you|ever @5
blood + type|group @2
you + smoke|drink @2
workers + compensation + claim @4
""",
    "religion": """
religion|religious|faith|church|mosque|temple|synagogue|pray|prayer|prayers|worship|god|bible|quran|koran|christian|muslim|islam|jewish|hindu|buddhist|catholic|protestant|atheist|sabbath|ramadan|=fasting|halal|kosher|hijab|headscarf|turban|denomination|spiritual|sect|shia|sunni|tudung + you|your|attend|practise|practice|observe|believe|go|celebrate|wear|follow @6
! faith + in + team|colleague|process|plan|product|leadership|data @4
! good + faith @1
religion|religious
holiday + you + celebrate|observe @5
""",
    "nationality_ethnicity": """
where + you|your + from @4
! where + you|your + get|take|source|learn|hear|pull|bring|download|come + data|idea|number|figure|information|requirement|lead|leads|insight|estimate|it|that|this @8
where + you|your + born|grow|raise|originally @4
nationality|citizenship|citizen|ethnicity|ethnic|race|racial|ancestry|heritage|descent|origin|origins|native|tribe|tribal|suku|bumiputera|caste|colour|color + you|your @5
! native + app|apps|mobile|code|ios|android|cloud|integration|api|module|feature|development @3
! race + condition|conditions @2
! colour|color + scheme|palette|code|coding|theme|design @2
first|native + language @2
mother + tongue @2
accent + you|your @4
what + country + you|your @5
! what + country + you|your + work|working|sell|manage|cover|visit|travel|launch|expand|enter|prefer|like|relocate @8
name + origin|originally|come|foreign @4
what + race|ethnicity|nationality @2
""",
    "sexual_orientation": """
sexual + orientation|preference @2
sexuality
gay|lesbian|bisexual|homosexual|heterosexual|queer|transgender|lgbt|lgbtq + you|your|be @5
you + =straight @1
gender + identity|transition|reassignment @2
same + sex @1
same-sex
""",
    "political_union": """
union + member|membership|join|belong|involve|active|activity|organise|organize|representative|rep|support|view|views|think|feel @6
! european|credit|customs|student|soviet + union @1
political|politics + view|views|opinion|opinions|affiliation|party|belief|beliefs|lean|leaning|stance|position|activity|involvement|support|vote @4
! office|workplace|internal|team|organisational|organizational|company|corporate + politics @2
political + you|your @4
! political + risk|risks|environment|stability|instability|situation|landscape|context + market|country|region|business|our|the @6
vote|voted + you|who|election|last @4
! vote + team|group|committee|board|stakeholder|stakeholders @4
party + member|membership|join|belong|support|affiliation|communist @4
! third + party @1
communist|socialist|conservative|liberal|republican|democrat + you|your @5
protest|demonstration|activist|activism|strike|strikes + you|your + join|take|part|involve|participate|attend|go @6
! strike + balance|deal|agreement @3
""",
    "criminal_record": """
arrest|arrested|convict|convicted|criminal|crime|jail|prison|prisoner|felony|misdemeanor|misdemeanour|offence|offense|police + you|your|ever|have|record @6
conviction + criminal|spent|unspent|any|previous|record|have|ever @4
! crime + analytics|prevention|data|detection|fraud @3
""",
    "family_background": """
parent|parents|father|mother|dad|mum|mom|sibling|siblings|brother|sister|brothers|sisters + your|you + do|job|work|occupation|have|many|live|education|income|own @6
! sister + company|companies|team|brand|site|plant @2
hometown|birthplace
your + home + town|village @2
""",
    "labour_claims": """
sue|sued|lawsuit|lawsuits|litigation|tribunal + you|your|ever|employer|former|previous @6
labour|labor + claim|claims|court|complaint|lawsuit|action + you|your|ever|file|bring|former|previous @6
""",
    "appearance": """
photo|photograph|picture|headshot + you|your + send|attach|include|cv|resume|application|yourself @6
how + tall + you @3
how + much + you + weigh @4
your + weight|height @2
skin + colour|color|tone @2
""",
    "language_filter": """
mandarin|cantonese|hokkien|dialect + you|your + speak|know|fluent|native|chinese|family @6
""",
    "outlook": """
respect + most|person|who + you @5
favourite|favorite + book|books|author|newspaper|magazine + your|you @5
what + newspaper|newspapers + you + read @5
your + motto|ideology|philosophy + life @4
outlook + on + life @3
""",
}
