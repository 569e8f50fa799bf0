"""Family-style searches and the pages that answer each, for the relevance figures
(`benchmarks/relevance.py`). Plain data, so that the results table can name them without Django.

Written from what a Local Offer must cover (shared/DOMAIN.md: EHC plans and their deadlines, SEN
support, health, social care, preparing for adulthood, advice, disagreements) and from the titles
of the demo site's pages, in the words families use: acronyms, lay words for conditions, plain
sentences, misspellings. Not from any backend's ranking. Where several pages answer a search, any
of them is right. Topics the demo site has no page for yet (school transport; hearing, sight and
physical needs) are left out: no backend could find them.
"""

# A search scores when a right page is in its first CUTOFF results (MRR@5).
CUTOFF = 5

EHC_PLANS = "Education, health and care plans"
ASSESSMENT = "Asking for an EHC needs assessment"
ANNUAL_REVIEWS = ("Annual reviews of EHC plans", "Running an annual review of an EHC plan")
SEN_SUPPORT = ("SEN support in school", "Extra help in school: the graduated approach")
SENCO = "What a SENCO does"
CHOOSING = "Choosing a school or college"
EOTAS = "Education otherwise than at school (EOTAS)"
SALT = "Speech and language therapy (SALT)"
OT = "Occupational therapy (OT)"
CAMHS = "Mental health support (CAMHS)"
AUTISM_ADHD = "Autism and ADHD assessment"
SHORT_BREAKS = "Short breaks"
BUDGETS = "Personal budgets"
REGISTER = "The disabled children's register"
SENDIASS = "Anyshire SENDIASS"
FORUM = "Anyshire Parent Carer Forum"
DISAGREEING = ("Disagreements, mediation and appeals", "Disagreeing with a decision")
CONTACT = "Contact the SEND team"
WORK = "Work, college and training"
LIVING = "Living more independently"
FRIENDS = "Friends, relationships and community"
HEALTHY = "Staying healthy"
ADULT_SERVICES = "Moving from children's to adult services"
PROVISION = "What every school and setting should provide"
COMMUNICATION = "Communication and interaction"
COGNITION = "Cognition and learning"
SEMH = "Social, emotional and mental health"

# (what a family types, the titles of the pages that answer it)
JUDGEMENTS = [
    # EHC plans and assessments
    ("ehc plan", (EHC_PLANS,)),
    ("ehcp", (EHC_PLANS, ASSESSMENT)),
    ("educaton helth care plan", (EHC_PLANS,)),
    ("what is an education health and care plan", (EHC_PLANS,)),
    ("how do i get an ehcp for my son", (ASSESSMENT, EHC_PLANS)),
    ("ask the council to assess my child", (ASSESSMENT,)),
    ("statutory assessment", (ASSESSMENT,)),
    ("how long does an ehc needs assessment take", (ASSESSMENT,)),
    ("20 weeks", (ASSESSMENT, EHC_PLANS)),
    ("annual review", ANNUAL_REVIEWS),
    ("ehcp review meeting", ANNUAL_REVIEWS),
    # Support in school
    ("sen support in school", SEN_SUPPORT),
    ("extra help at school", SEN_SUPPORT),
    ("graduated approach", SEN_SUPPORT),
    ("assess plan do review", SEN_SUPPORT),
    ("senco", (SENCO,)),
    ("who is the special needs teacher", (SENCO,)),
    ("choosing a secondary school", (CHOOSING,)),
    ("special school place", (CHOOSING,)),
    ("education otherwise than at school", (EOTAS,)),
    ("my child cant cope in school and is taught at home", (EOTAS,)),
    ("what schools should provide without an ehcp", (PROVISION, *SEN_SUPPORT)),
    ("ordinarily available provision", (PROVISION,)),
    # Needs and conditions, in families' words
    ("autism", (AUTISM_ADHD, COMMUNICATION)),
    ("autisim support in school", (COMMUNICATION, *SEN_SUPPORT)),
    ("autism diagnosis", (AUTISM_ADHD,)),
    ("adhd assessment waiting list", (AUTISM_ADHD,)),
    ("asd", (AUTISM_ADHD, COMMUNICATION)),
    ("my child struggles to talk and understand", (COMMUNICATION, SALT)),
    ("dyslexia", (COGNITION,)),
    ("learning difficulties", (COGNITION,)),
    ("slow reader", (COGNITION,)),
    ("dyspraxia", (OT, COGNITION)),
    ("speech therapy", (SALT,)),
    ("salt", (SALT,)),
    ("occupational therapy", (OT,)),
    ("camhs", (CAMHS,)),
    ("mental health", (CAMHS, SEMH)),
    ("my daughter is anxious and won't go to school", (SEMH, CAMHS)),
    ("anxiety", (SEMH, CAMHS)),
    ("behaviour problems at school", (SEMH,)),
    # Social care
    ("short breaks", (SHORT_BREAKS,)),
    ("respite", (SHORT_BREAKS,)),
    ("a break from caring", (SHORT_BREAKS,)),
    ("holiday clubs for disabled children", (SHORT_BREAKS,)),
    ("personal budget", (BUDGETS,)),
    ("direct payments", (BUDGETS,)),
    ("disabled childrens register", (REGISTER,)),
    # Advice, disagreements, contact
    ("sendiass", (SENDIASS,)),
    ("independent advice", (SENDIASS,)),
    ("parent carer forum", (FORUM,)),
    ("meet other parents", (FORUM,)),
    ("tribunal", DISAGREEING),
    ("mediation", DISAGREEING),
    ("appeal against the council's decision", DISAGREEING),
    ("the council refused to assess", (*DISAGREEING, ASSESSMENT)),
    ("send team phone number", (CONTACT,)),
    # Preparing for adulthood
    ("getting a job", (WORK,)),
    ("apprenticeship", (WORK,)),
    ("supported internship", (WORK,)),
    ("college after 16", (WORK, CHOOSING)),
    ("living on my own", (LIVING,)),
    ("money and benefits", (LIVING,)),
    ("making friends", (FRIENDS,)),
    ("annual health check", (HEALTHY,)),
    ("moving to adult services", (ADULT_SERVICES,)),
    ("preparing for adulthood", ("Preparing for adulthood", WORK, LIVING, FRIENDS, HEALTHY)),
    # About the Local Offer
    ("you said we did", ("You said, we did",)),
    ("give feedback on the local offer", ("Tell us what you think of the Local Offer",)),
    ("accessibility statement", ("Accessibility statement",)),
    ("what data do you keep about me", ("Privacy notice",)),
]
