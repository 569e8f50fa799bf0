"""Original demo text for the fictional Anyshire Council: pathways, ordinarily available provision
and preparing for adulthood.

Plain English for a reading age of about 9: short sentences, "you", every acronym explained the
first time on each page. A step's links name pages by slug (looked up under the demo home page,
so the "Part of" sidebar shows on them) or are (address, text) pairs for other websites.
"""

from localoffer.taxonomy import AreaOfNeed, Audience, Phase
from pathways.taxonomy import AgeBand, PfaOutcome


def paragraphs(*texts):
    return "".join(text if text.startswith("<") else f"<p>{text}</p>" for text in texts)


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def step(
    title,
    body,
    responsible,
    *,
    timescale="",
    statutory=False,
    join="",
    optional=False,
    links=(),
    owner="",
):
    """One step; `owner` names the owner (a key of home.demo.OWNERS) of a step that someone other
    than the pathway's owner keeps right."""
    return {
        "title": title,
        "body": paragraphs(body) if isinstance(body, str) else paragraphs(*body),
        "responsible": responsible,
        "timescale": timescale,
        "timescale_kind": "statutory" if statutory else "typical",
        "join": join,
        "optional": optional,
        "links": list(links),
        "owner": owner,
    }


# Listing pages: (slug, title, summary, intro).
PATHWAY_INDEX = (
    "step-by-step-guides",
    "Step-by-step guides",
    "What happens next, who does it and how long it may take, one step at a time.",
    paragraphs(
        "Each guide shows the steps in order. Open a step to see who does it and how long it "
        "may take. Some steps have time limits set by law."
    ),
)
PROVISION_INDEX = (
    "ordinarily-available-provision",
    "What every school and setting should provide",
    "The help every nursery, school and college in Anyshire should give, without an EHC plan.",
    paragraphs(
        "This is called ordinarily available provision. It is the help that every nursery, "
        "school and college in Anyshire should give to children and young people with special "
        "educational needs, without an education, health and care (EHC) plan.",
        "Choose an area of need and a phase of education to see what you might notice, what the "
        "setting should do, and who can help next.",
    ),
)
PFA_INDEX = (
    "preparing-for-adulthood",
    "Preparing for adulthood",
    "Planning for adult life from Year 9: work, where to live, friends and health.",
    paragraphs(
        "Preparing for adulthood means planning for adult life, from Year 9 (age 13 to 14) until "
        "25. It covers four things: work, living more independently, friends and community, and "
        "good health.",
        "If you are a young person, choose “Young people” to read your own short version first.",
    ),
)

PATHWAYS = [
    {
        "slug": "asking-for-an-ehc-needs-assessment",
        "title": "Asking for an EHC needs assessment",
        "summary": "How to ask the council to assess your child's needs, and what happens next.",
        "intro": paragraphs(
            "An education, health and care (EHC) needs assessment is how the council finds out "
            "what help your child needs, and whether they need an EHC plan. You can ask for one "
            "yourself. You do not need a diagnosis or a report from a professional."
        ),
        "audience": Audience.PARENTS_AND_CARERS,
        "ages": (0, 25),
        "areas": [],
        "owner": "send-team",
        "steps": [
            step(
                "Talk to your child's school or nursery",
                "Most children get help through SEN support first. Ask to meet the SENCO: the "
                "special educational needs co-ordinator. Ask what help your child gets now, and "
                "what difference it makes.",
                "You and your child's school",
                timescale="You can ask for a meeting at any time",
                links=["sen-support", "what-a-senco-does"],
            ),
            step(
                "Get free advice if you would like it",
                "SENDIASS (the SEND information, advice and support service) can explain each "
                "step, help you write your request and come to meetings with you. It is free and "
                "does not take sides.",
                "Anyshire SENDIASS",
                optional=True,
                links=["sendiass"],
            ),
            step(
                "Send your request to the council",
                (
                    "Write to the Anyshire SEND team. Say why you think your child needs an "
                    "assessment, and send any reports you already have.",
                    "Keep a copy, and note the date you sent it: the time limits start then.",
                ),
                "You",
                links=["ehc-plans"],
            ),
            step(
                "Ask the school to send the request",
                "Your child's school or nursery can send the request instead. Ask them to tell "
                "you when they send it, and to give you a copy.",
                "Your child's school",
                join="or",
            ),
            step(
                "The council decides whether to assess",
                "The council reads your request and asks the school what it has tried. It then "
                "writes to tell you whether it will assess your child, and why.",
                "The council's SEND team",
                timescale="The council must tell you within 6 weeks of getting your request",
                statutory=True,
            ),
            step(
                "Professionals give their advice",
                "If the council agrees to assess, it asks people who know your child for advice. "
                "This can include teachers, an educational psychologist (EP), health workers "
                "and social care.",
                "Professionals who work with your child",
                timescale="Professionals must send their advice within 6 weeks of being asked",
                statutory=True,
                owner="health",
            ),
            step(
                "Tell the council what you and your child think",
                "Say what your child is good at, what they find hard, and what you hope for. "
                "Your child can share their views in words, pictures or with help from someone "
                "they trust.",
                "You and your child",
                join="and",
            ),
            step(
                "The council decides whether to write a plan",
                "The council reads all the advice. It decides whether your child needs an EHC "
                "plan, or whether their school can meet their needs with SEN support.",
                "The council's SEND team",
                timescale="Usually by week 16 after your request",
                links=["ehc-plans"],
            ),
            step(
                "Check the draft plan",
                "If the council will write a plan, it sends you a draft first. You can ask for "
                "changes and say which school or college you would like it to name.",
                "You",
                timescale="You have at least 15 days to reply to the draft",
                statutory=True,
                links=["choosing-a-school"],
            ),
            step(
                "The council sends the final plan",
                "The final plan says what help your child must get and who will give it. It is "
                "checked at least once a year at an annual review.",
                "The council's SEND team",
                timescale="The whole process must take no more than 20 weeks from your request",
                statutory=True,
                links=["annual-reviews"],
            ),
            step(
                "If you disagree with a decision",
                "You can ask the council to explain and look again. Before you can appeal to the "
                "tribunal, you must think about mediation first.",
                "You, with help from SENDIASS if you want it",
                optional=True,
                links=["disagreements"],
            ),
        ],
    },
    {
        "slug": "extra-help-in-school",
        "title": "Extra help in school: the graduated approach",
        "summary": "The four steps a school follows when your child needs extra help: assess, "
        "plan, do and review.",
        "intro": paragraphs(
            "If your child needs extra help, their nursery, school or college should follow four "
            "steps: assess, plan, do and review. This is called the graduated approach. The steps "
            "go round again as often as your child needs."
        ),
        "audience": Audience.PARENTS_AND_CARERS,
        "ages": (2, 19),
        "areas": [],
        "owner": "inclusion",
        "steps": [
            step(
                "Share what you have noticed",
                "Tell your child's teacher or the SENCO (special educational needs co-ordinator) "
                "what you have noticed at home. You know your child best.",
                "You",
                links=["what-a-senco-does"],
            ),
            step(
                "Assess: find out what your child needs",
                "The school looks at your child's learning and progress, and listens to you and "
                "your child. It may ask a specialist for advice, such as a speech and language "
                "therapist.",
                "The SENCO and your child's teacher",
                timescale="Usually a few weeks",
                links=["communication-and-interaction", "cognition-and-learning"],
            ),
            step(
                "Plan: agree the help and what it should change",
                "You agree with the school what help your child will get, who will give it, and "
                "what difference you hope to see. Ask for a copy of the plan.",
                "The school, with you and your child",
                links=["ordinarily-available-provision"],
            ),
            step(
                "Do: the school gives the help",
                "Your child's class or subject teacher is still responsible for their learning "
                "every day, even when other staff help. Ask how you can help at home.",
                "Your child's teachers",
            ),
            step(
                "Review: look at what worked",
                "You meet to check progress and decide what to do next. Then the steps start "
                "again.",
                "The SENCO, with you and your child",
                timescale="Usually once a term: 3 times a year",
                links=["sen-support"],
            ),
            step(
                "Ask for an EHC needs assessment",
                "If your child still makes little progress after help over time, you or the "
                "school can ask the council for an education, health and care (EHC) needs "
                "assessment.",
                "You or the school",
                optional=True,
                links=["ehc-plans"],
            ),
        ],
    },
    {
        "slug": "moving-to-adult-services",
        "title": "Moving from children's to adult services",
        "summary": "What happens to your support between 14 and 25, so that nothing stops "
        "suddenly when you turn 18.",
        "intro": paragraphs(
            "As you get older, the people who help you will change from children's teams to "
            "adult teams. This guide shows what happens and when, so that you can plan ahead."
        ),
        "audience": Audience.YOUNG_PEOPLE,
        "ages": (13, 25),
        "areas": [],
        "owner": "health",
        "steps": [
            step(
                "Start planning at your Year 9 review",
                "If you have an education, health and care (EHC) plan, your review in Year 9 "
                "starts planning for adult life: work, where you live, friends and health. Say "
                "what you want for your future.",
                "You, your school and the council",
                timescale="At your review in Year 9, and at every review after that",
                statutory=True,
                links=["annual-reviews", "work-and-college"],
            ),
            step(
                "Have a health check every year",
                "If you have a learning disability, you can have a free health check with your "
                "doctor (GP) every year from age 14. Ask your surgery to add you to their "
                "learning disability register.",
                "You and your GP",
                timescale="Once a year from age 14",
                optional=True,
                links=["staying-healthy"],
            ),
            step(
                "Plan your move to adult health services",
                "Your health teams, such as CAMHS (children and young people's mental health "
                "services), should talk with you about which adult services you will move to, "
                "and when.",
                "Your health teams",
                timescale="Usually from age 16, for a move at 18",
                links=["mental-health-support"],
            ),
            step(
                "Ask adult social care what help you will get",
                "If you get help from children's social care, such as short breaks, adult social "
                "care should work out what help you will need after 18. You or your family can "
                "ask for this before you turn 18.",
                "Adult social care",
                timescale="Usually in the year before you turn 18",
                links=["short-breaks", "personal-budgets"],
            ),
            step(
                "Check your money",
                "From 16, you may be able to get some benefits in your own name. SENDIASS (the "
                "SEND information, advice and support service) can help you check.",
                "You, with help if you want it",
                join="and",
                links=["living-independently", "sendiass"],
            ),
            step(
                "Move to adult services",
                "Your care moves to adult teams. Your EHC plan can carry on until you are 25 if "
                "you are still in education or training and still need it.",
                "Your health and care teams",
                timescale="Usually at 18; an EHC plan can last until 25",
                links=["ehc-plans"],
                owner="social-care",
            ),
        ],
    },
    {
        "slug": "disagreeing-with-a-decision",
        "title": "Disagreeing with a decision",
        "summary": "What you can do if you disagree with a decision about your child's support, "
        "from talking it through to an appeal.",
        "intro": paragraphs(
            "Most disagreements are sorted out by talking. If that does not work, there are "
            "other steps you can take. You can get free help at every step."
        ),
        "audience": Audience.PARENTS_AND_CARERS,
        "ages": (0, 25),
        "areas": [],
        "owner": "send-team",
        "steps": [
            step(
                "Talk to the person who made the decision",
                "Ask the school or the council to explain the decision. Say what you disagree "
                "with and why. Write down what was said.",
                "You",
            ),
            step(
                "Get free advice that does not take sides",
                "SENDIASS (the SEND information, advice and support service) can explain your "
                "rights and come to meetings with you. The parent carer forum can put you in "
                "touch with other families.",
                "Anyshire SENDIASS",
                join="and",
                links=["sendiass", "parent-carer-forum"],
            ),
            step(
                "Ask for a disagreement resolution meeting",
                "This is a free meeting with an independent person who helps everyone agree. "
                "You can use it for most disagreements, including with a school or a health "
                "service.",
                "You and the council",
                optional=True,
                links=["disagreements"],
            ),
            step(
                "Think about mediation",
                "Before you can appeal to the tribunal, you must contact a mediation adviser. "
                "They explain how mediation works, and you decide whether to try it. If you do, "
                "the council must take part.",
                "You",
                timescale="Do this soon after the decision: appeals have time limits",
                links=["disagreements"],
            ),
            step(
                "Appeal to the tribunal",
                "The First-tier Tribunal (SEND) is an independent court. It can look again at "
                "some decisions about EHC needs assessments and plans. You need the mediation "
                "adviser's certificate to appeal.",
                "You, with help from SENDIASS if you want it",
                timescale="The decision letter tells you the last date to appeal",
                links=[
                    (
                        "https://www.gov.uk/special-educational-needs-disability-tribunal",
                        "Appeal to the SEND tribunal on GOV.UK",
                    )
                ],
            ),
        ],
    },
    {
        "slug": "annual-review-of-an-ehc-plan",
        "title": "Running an annual review of an EHC plan",
        "summary": "For schools, colleges and settings: who does what in an annual review, and "
        "the deadlines set by law.",
        "intro": paragraphs(
            "Every education, health and care (EHC) plan must be reviewed at least every 12 "
            "months. The school, college or setting usually runs the review for the council. "
            "These are the steps, and the deadlines that matter most."
        ),
        "audience": Audience.PROFESSIONALS,
        "ages": (0, 25),
        "areas": [],
        "owner": "send-team",
        "steps": [
            step(
                "Invite everyone and ask for advice",
                "Invite the child or young person, their parents and the professionals who work "
                "with them. Ask for written advice, and send it to everyone invited.",
                "The school, college or setting",
                timescale="Give at least 2 weeks' notice, and send advice at least 2 weeks "
                "before the meeting",
                statutory=True,
            ),
            step(
                "Hold the review meeting",
                "Look at progress towards each outcome in the plan, and listen to the child or "
                "young person first. From Year 9, every review must include preparing for "
                "adulthood.",
                "The school, college or setting",
                timescale="At least every 12 months",
                statutory=True,
                links=["annual-reviews", "work-and-college"],
            ),
            step(
                "Send the report",
                "Write down what was agreed, including any changes you recommend to the plan. "
                "Send it to the council and to everyone who was invited.",
                "The school, college or setting",
                timescale="Within 2 weeks of the meeting",
                statutory=True,
            ),
            step(
                "The council decides what happens to the plan",
                "The council decides to keep the plan as it is, change it, or end it. It tells "
                "the family, and explains their right to appeal.",
                "The council's SEND team",
                timescale="Within 4 weeks of the meeting",
                statutory=True,
            ),
            step(
                "Name the next school in time",
                "When a child moves to a new phase, the plan must be changed to name the new "
                "school or college. For a move to secondary school, the deadline is 15 February "
                "of the year of the move. For a move into post-16, it is 31 March.",
                "The council's SEND team",
                timescale="By 15 February, or 31 March for a move into post-16",
                statutory=True,
                optional=True,
                links=["choosing-a-school"],
            ),
        ],
    },
]


def entry(phase, title, noticing, provision, next_help):
    return {
        "phase": phase,
        "title": title,
        "noticing": bullets(*noticing),
        "provision": bullets(*provision),
        "next_help": paragraphs(next_help),
    }


# Provision pages: one per area of need.
PROVISION = [
    {
        "slug": "communication-and-interaction",
        "title": "Communication and interaction",
        "summary": "Help with talking, listening, understanding and getting on with others.",
        "area": AreaOfNeed.COMMUNICATION_INTERACTION,
        "intro": paragraphs(
            "Some children and young people find it hard to talk, to understand what others "
            "say, or to get on with other people. Some are autistic. This is what every setting "
            "should do to help."
        ),
        "entries": [
            entry(
                Phase.EARLY_YEARS,
                "Talking and listening",
                [
                    "uses fewer words than other children of the same age",
                    "finds it hard to take turns in play",
                    "gets very upset when the routine changes",
                ],
                [
                    "adults use simple words, and show pictures or objects as they talk",
                    "a picture timetable shows what happens next in the day",
                    "short group times for talking and listening games",
                    "staff tell you what is working, so you can try it at home",
                ],
                "The setting's SENCO (special educational needs co-ordinator), your health "
                "visitor, or the early years speech and language therapy (SALT) team.",
            ),
            entry(
                Phase.PRIMARY,
                "Understanding and using language",
                [
                    "finds it hard to follow instructions with more than one step",
                    "struggles to explain what happened",
                    "plays alone a lot, or finds friendships hard",
                ],
                [
                    "instructions given one step at a time, with pictures or written prompts",
                    "extra time to answer questions",
                    "a quiet space to calm down",
                    "clear routines, with a warning before anything changes",
                ],
                "The school's SENCO. The school can ask the speech and language therapy service "
                "for advice. Your doctor can refer your child for an autism assessment.",
            ),
            entry(
                Phase.SECONDARY,
                "Social communication and change",
                [
                    "finds busy corridors or group work stressful",
                    "takes words very literally",
                    "has friendships that often break down",
                ],
                [
                    "a named adult to go to when things go wrong",
                    "warning of changes to the timetable or teachers",
                    "a quiet place to go at break and lunch",
                    "homework and instructions written down, not only said",
                ],
                "The SENCO or head of year. Ask whether the council's communication and autism "
                "outreach team can advise the school.",
            ),
            entry(
                Phase.POST_16,
                "Communication at college and work",
                [
                    "finds new people, places or work placements hard",
                    "does not ask for help when stuck",
                ],
                [
                    "a named tutor who checks in every week",
                    "a clear written timetable",
                    "practice before placements and interviews",
                    "help to speak up in meetings about their own support",
                ],
                "The college's learning support team. Young people can contact SENDIASS (the "
                "SEND information, advice and support service) themselves.",
            ),
        ],
    },
    {
        "slug": "cognition-and-learning",
        "title": "Cognition and learning",
        "summary": "Help for children and young people who learn more slowly, or who find "
        "reading, writing or number hard.",
        "area": AreaOfNeed.COGNITION_LEARNING,
        "intro": paragraphs(
            "Some children and young people learn more slowly than others, or find one part of "
            "learning hard, such as reading or number. This is what every setting should do to "
            "help."
        ),
        "entries": [
            entry(
                Phase.EARLY_YEARS,
                "Learning through play",
                [
                    "finds it hard to remember new words or routines",
                    "needs a lot of help to finish simple tasks",
                ],
                [
                    "learning broken into small steps, with lots of repeating",
                    "hands-on activities with real objects",
                    "praise for trying, not only for getting it right",
                    "regular checks on progress, shared with you",
                ],
                "The setting's SENCO (special educational needs co-ordinator) and the council's "
                "early years inclusion team.",
            ),
            entry(
                Phase.PRIMARY,
                "Reading, writing and number",
                [
                    "is behind others in reading, spelling or number",
                    "forgets what was taught the day before",
                    "gets tired or upset at homework time",
                ],
                [
                    "teaching in small steps, checking your child has understood",
                    "real objects to count and measure with",
                    "short catch-up sessions in a small group, most days",
                    "targets shared with you, in plain words",
                ],
                "The SENCO. The school can ask an educational psychologist (EP) or the council's "
                "learning support service for advice.",
            ),
            entry(
                Phase.SECONDARY,
                "Keeping up in lessons",
                [
                    "struggles to take notes or read long texts",
                    "avoids reading aloud",
                    "takes much longer than others over homework",
                ],
                [
                    "slides and handouts shared before or after lessons",
                    "help to plan and organise homework",
                    "technology that helps, such as text read aloud",
                    "a check for extra time or other help in exams",
                ],
                "The SENCO. Ask whether your child can be assessed for help in exams, called "
                "access arrangements.",
            ),
            entry(
                Phase.POST_16,
                "Study skills",
                [
                    "finds it hard to plan work or meet deadlines",
                    "struggles with long written assignments",
                ],
                [
                    "study skills sessions",
                    "big pieces of work broken into smaller deadlines",
                    "technology that helps with reading and writing",
                    "regular check-ins with a tutor",
                ],
                "The college's learning support team. At university, Disabled Students' "
                "Allowance can pay for some support.",
            ),
        ],
    },
    {
        "slug": "social-emotional-and-mental-health",
        "title": "Social, emotional and mental health",
        "summary": "Help for children and young people who find it hard to manage their "
        "feelings, behaviour or wellbeing.",
        "area": AreaOfNeed.SOCIAL_EMOTIONAL_MENTAL_HEALTH,
        "intro": paragraphs(
            "Some children and young people feel worried, low or angry a lot of the time, or find "
            "it hard to manage how they behave. This is what every setting should do to help."
        ),
        "entries": [
            entry(
                Phase.PRIMARY,
                "Managing feelings",
                [
                    "is often worried, angry or very quiet",
                    "finds it hard to stay in class all day",
                    "has problems at break times",
                ],
                [
                    "a trusted adult to check in with each day",
                    "a calm space to go to",
                    "clear, kind rules that are the same every day",
                    "a talk with you before any behaviour plan is used",
                ],
                "The SENCO (special educational needs co-ordinator). The school can ask for "
                "advice from the mental health support team.",
            ),
            entry(
                Phase.SECONDARY,
                "Anxiety, mood and going to school",
                [
                    "misses school, or is often late",
                    "says they feel ill before school",
                    "talks about feeling hopeless",
                ],
                [
                    "a named adult, and a plan for difficult days",
                    "a gentle return after time off",
                    "a pass to leave a lesson for a short time",
                    "mental health support in school",
                ],
                "The SENCO or pastoral lead. If you are worried about your child's safety today, "
                "call NHS 111 and choose the mental health option.",
            ),
        ],
    },
]


def item(age_band, title, *texts):
    return {"age_band": age_band, "title": title, "guidance": paragraphs(*texts)}


# Preparing for adulthood: one page per outcome, guidance for each age band.
ADULTHOOD = [
    {
        "slug": "work-and-college",
        "title": "Work, college and training",
        "summary": "Planning for work, from Year 9 careers talks to supported internships and "
        "jobs.",
        "outcome": PfaOutcome.EMPLOYMENT,
        "for_you": paragraphs(
            "You can start thinking about work now. What do you enjoy? What are you good at?",
            "You do not have to decide yet. You can try things out: work experience, college "
            "courses, a supported internship or an apprenticeship.",
            "Tell people at your review what you want. It is your plan.",
        ),
        "items": [
            item(
                AgeBand.YEAR_9,
                "Talk about what you enjoy",
                "From Year 9, every annual review should ask what the young person wants to do "
                "as an adult. Talk about their interests, what they are good at, and jobs they "
                "might like. Careers advice should start now.",
            ),
            item(
                AgeBand.AGE_14_TO_16,
                "Try out work and choose courses",
                "Work experience, college visits and taster days help young people find out what "
                "suits them. Choose courses with the next step in mind.",
            ),
            item(
                AgeBand.AGE_16_TO_18,
                "College, apprenticeships and supported internships",
                "A supported internship is a study programme based mostly at a workplace, with a "
                "job coach, for young people with an education, health and care (EHC) plan. "
                "Apprenticeships and college courses are other routes.",
            ),
            item(
                AgeBand.AGE_18_TO_25,
                "Finding and keeping a job",
                "Help can include a job coach, changes an employer makes, and Access to Work: "
                "government money for support at work. An EHC plan can continue until 25 while "
                "a young person is in education or training, but not at university.",
            ),
        ],
    },
    {
        "slug": "living-independently",
        "title": "Living more independently",
        "summary": "Everyday skills, travel, money and where to live.",
        "outcome": PfaOutcome.INDEPENDENT_LIVING,
        "for_you": paragraphs(
            "You have a say in where you live, who you live with and how you spend your money.",
            "You can learn to travel on your own, cook and look after a home, one step at a time.",
        ),
        "items": [
            item(
                AgeBand.YEAR_9,
                "Everyday skills",
                "Practise skills at home and at school: making a snack, paying in a shop, using "
                "a calendar or phone to remember things.",
            ),
            item(
                AgeBand.AGE_14_TO_16,
                "Learning to travel alone",
                "Travel training teaches young people to make a journey on their own, step by "
                "step, with a trainer. Ask the school or the council about it.",
            ),
            item(
                AgeBand.AGE_16_TO_18,
                "Money and benefits",
                "From 16, some young people can claim benefits in their own name. SENDIASS (the "
                "SEND information, advice and support service) or a money adviser can help "
                "check.",
            ),
            item(
                AgeBand.AGE_18_TO_25,
                "Where to live",
                "Choices include living with family, supported living, or a home of your own "
                "with support. Adult social care can work out what help is needed.",
            ),
        ],
    },
    {
        "slug": "friends-and-community",
        "title": "Friends, relationships and community",
        "summary": "Making friends, staying safe, and taking part in community life.",
        "outcome": PfaOutcome.COMMUNITY,
        "for_you": paragraphs(
            "Friends matter. You can join clubs, groups and activities near you.",
            "You have the right to be safe, online and offline, and to have relationships when "
            "you are ready.",
        ),
        "items": [
            item(
                AgeBand.YEAR_9,
                "Clubs and activities",
                "Youth clubs, sports and short breaks help young people make friends outside "
                "school. Ask the school what is near you.",
            ),
            item(
                AgeBand.AGE_14_TO_16,
                "Staying safe in relationships and online",
                "Schools teach relationships and staying safe online. Ask for extra help if a "
                "young person needs it explained in a different way.",
            ),
            item(
                AgeBand.AGE_16_TO_18,
                "Having a say",
                "Volunteering and youth forums help young people have a say. You can register "
                "to vote from 16, and vote from 18.",
            ),
            item(
                AgeBand.AGE_18_TO_25,
                "Keeping in touch and meeting people",
                "Community groups, day activities and befriending schemes help young adults keep "
                "friends and meet new people after school or college ends.",
            ),
        ],
    },
    {
        "slug": "staying-healthy",
        "title": "Staying healthy",
        "summary": "Looking after your own health, health checks, and moving to adult health "
        "services.",
        "outcome": PfaOutcome.GOOD_HEALTH,
        "for_you": paragraphs(
            "As you get older, you will see adult doctors and nurses instead of children's teams.",
            "You can learn to book your own appointments and look after your medicine. If you "
            "have a learning disability, you can have a free health check every year from 14.",
        ),
        "items": [
            item(
                AgeBand.YEAR_9,
                "Knowing about your own health",
                "Help young people learn the name of any condition they have, what their "
                "medicine is for, and who to ask for help.",
            ),
            item(
                AgeBand.AGE_14_TO_16,
                "Annual health checks",
                "Young people with a learning disability can have a free health check with "
                "their doctor (GP) every year from age 14. Ask the surgery to add them to its "
                "learning disability register.",
            ),
            item(
                AgeBand.AGE_16_TO_18,
                "Planning the move to adult health services",
                "Children's health teams should plan the move to adult teams with the young "
                "person, well before it happens. A health passport helps new staff get to know "
                "them.",
            ),
            item(
                AgeBand.AGE_18_TO_25,
                "Using adult health services",
                "Adult teams may work differently: the young person may be expected to speak for "
                "themselves. They can still bring someone they trust to appointments.",
            ),
        ],
    },
]

# Finder pages, one per audience: the home page's routes lead to them. The intro links to the
# audience's "where to start" page and to each listing, by slug.
FINDERS = [
    {
        "slug": "guidance-for-parents-and-carers",
        "title": "Guidance for parents and carers",
        "summary": "Step-by-step guides, what your child's school should provide, and planning "
        "for adult life.",
        "audience": Audience.PARENTS_AND_CARERS,
        "intro": (
            "New to this? Start with our page for {parents-and-carers}. Below is the guidance "
            "written for you. Choose your child's age or area of need to narrow it down. Every "
            "guide is also listed in {step-by-step-guides}."
        ),
    },
    {
        "slug": "guidance-for-young-people",
        "title": "Guidance for young people",
        "summary": "Planning your adult life, and what happens next with your support.",
        "audience": Audience.YOUNG_PEOPLE,
        "intro": (
            "This is for you if you are 13 to 25. Start with our page for {young-people}, or "
            "read about {preparing-for-adulthood}. Choose your age to see what fits you."
        ),
    },
    {
        "slug": "guidance-for-professionals",
        "title": "Guidance for professionals",
        "summary": "For schools, settings, health and care staff: processes, deadlines and what "
        "every setting should provide.",
        "audience": Audience.PROFESSIONALS,
        "intro": (
            "Start with our page for {professionals}. See also {ordinarily-available-provision}, "
            "by area of need and phase."
        ),
    },
]
