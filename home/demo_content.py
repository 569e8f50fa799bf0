"""Original demo text for the fictional Anyshire Council (general guidance pages).

Written in plain English for a reading age of about 9: short sentences, "you", every acronym
explained the first time. Each page: (slug, title, summary, body), body in the shape StreamField
stores ({"type": ..., "value": ...}).
"""


def text(*paragraphs):
    return {"type": "text", "value": "".join(_html(p) for p in paragraphs)}


def _html(paragraph):
    if paragraph.startswith(("<h2>", "<h3>", "<ul>", "<ol>")):
        return paragraph
    return f"<p>{paragraph}</p>"


def bullets(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def callout(heading, body, style="information"):
    return {
        "type": "callout",
        "value": {"style": style, "heading": heading, "text": f"<p>{body}</p>"},
    }


def details(summary, body):
    return {"type": "details", "value": {"summary": summary, "text": f"<p>{body}</p>"}}


def who_can_help(organisation, description, phone=""):
    return {
        "type": "who_can_help",
        "value": {
            "heading": "Who can help",
            "organisation": organisation,
            "description": f"<p>{description}</p>",
            "link": "",
            "phone": phone,
        },
    }


def contact(name, description, phone, email, hours="Monday to Friday, 9am to 5pm"):
    return {
        "type": "contact_card",
        "value": {
            "name": name,
            "description": description,
            "phone": phone,
            "email": email,
            "website": "",
            "opening_hours": hours,
        },
    }


SENDIASS = who_can_help(
    "Anyshire SENDIASS",
    "SENDIASS stands for SEND Information, Advice and Support Service. It gives free advice that "
    "does not take sides. It can help you write letters, read reports and go to meetings with you.",
    "01234 567891",
)

SEND_TEAM = contact(
    "Anyshire SEND team",
    "The council team that looks after education, health and care needs assessments and plans.",
    "01234 567890",
    "send@anyshire.example",
)

# Audience hubs: where the home page's three routes start.
AUDIENCE_HUBS = [
    (
        "parents-and-carers",
        "Parents and carers",
        "Help and advice if your child has special educational needs or a disability.",
        [
            text(
                "If you think your child needs extra help, you are not alone. Many families in "
                "Anyshire get support, and you do not need a diagnosis to ask for it.",
                "<h2>Where to start</h2>",
                "Talk to your child's nursery, school or college first. Ask to speak to the "
                "SENCO. The SENCO is the special educational needs co-ordinator: the person who "
                "plans extra help in a school or nursery.",
                "If your child is not yet at nursery, talk to your health visitor or your doctor.",
            ),
            callout(
                "You can ask for help at any time",
                "You do not have to wait for a school to suggest it. You can ask what help your "
                "child is getting, and ask for a meeting to talk about it.",
            ),
            SENDIASS,
        ],
    ),
    (
        "young-people",
        "Young people",
        "Information for you if you are 16 to 25 and have special educational needs or a "
        "disability.",
        [
            text(
                "This part of the Local Offer is for you. It explains your rights, and the help "
                "you can get with learning, work, health and living more on your own.",
                "<h2>You have a say</h2>",
                "From the end of the school year when you turn 16, you can make decisions about "
                "your own support. You can ask for an assessment, say what you want in your plan, "
                "and disagree with a decision. Someone you trust can help you.",
            ),
            details(
                "What if I do not want my parents involved?",
                "You can choose. You can ask for your parents to be kept informed, or not. "
                "SENDIASS can help you think about it and can speak up for you.",
            ),
            SENDIASS,
        ],
    ),
    (
        "professionals",
        "Professionals",
        "Guidance for schools, settings, health and care staff working with children with SEND.",
        [
            text(
                "This section brings together what Anyshire expects of every setting, and how to "
                "work with the council and families.",
                "<h2>What every setting should do</h2>",
                "Every mainstream setting should follow the graduated approach: assess, plan, do "
                "and review. Involve the child and their family at every step, and keep a record "
                "of what you tried and what difference it made.",
            ),
            SEND_TEAM,
        ],
    ),
]

# Sections: (slug, title, summary, body, children) — children are (slug, title, summary, body).
SECTIONS = [
    (
        "education",
        "Education and schools",
        "Support in nurseries, schools and colleges, and how education, health and care plans "
        "work.",
        [text("Find out about extra help in education, from nursery to college.")],
        [
            (
                "sen-support",
                "SEN support in school",
                "The help a school gives from its own resources, without an education, health and "
                "care plan.",
                [
                    text(
                        "SEN support is extra help that a nursery, school or college gives your "
                        "child. SEN means special educational needs. Most children with SEN get "
                        "the help they need this way.",
                        "<h2>How it works</h2>",
                        "The school follows four steps, again and again. They call it the "
                        "graduated approach:",
                        bullets(
                            "assess: find out what your child finds hard",
                            "plan: agree what help to give and what should change",
                            "do: give the help",
                            "review: check what worked and decide what to do next",
                        ),
                        "You should be asked what you think at every step.",
                    ),
                    callout(
                        "Ask for a copy of the plan",
                        "Schools write down the help they give, often in a support plan. You can "
                        "ask for a copy and for a meeting to review it.",
                    ),
                ],
            ),
            (
                "what-a-senco-does",
                "What a SENCO does",
                "The SENCO plans extra help in a nursery or school. Here is how to work with them.",
                [
                    text(
                        "Every school must have a SENCO. This is the special educational needs "
                        "co-ordinator. They make sure children with SEND get the right help.",
                        "The SENCO can talk with you about your worries, ask other professionals "
                        "for advice, and help teachers change how they teach.",
                    ),
                    details(
                        "How do I contact the SENCO?",
                        "Ask the school office, or look on the school's website. Every school "
                        "publishes a SEN information report with the SENCO's name.",
                    ),
                ],
            ),
            (
                "ehc-plans",
                "Education, health and care plans",
                "What an EHC plan is, who needs one, and what it must contain.",
                [
                    text(
                        "An education, health and care plan is a legal document. People often "
                        "call it an EHC plan or EHCP. It describes your child's needs, the help "
                        "they must get, and what it should achieve.",
                        "A plan is for a child or young person up to 25 whose needs cannot be met "
                        "by SEN support alone.",
                        "<h2>What is in a plan</h2>",
                        bullets(
                            "your child's views, interests and hopes",
                            "their needs in education, health and social care",
                            "the outcomes the help should achieve",
                            "the help they must get, and who will give it",
                            "the school or college they will go to",
                        ),
                    ),
                    callout(
                        "The council must keep to time limits",
                        "From the day you ask for an assessment, the whole process must take no "
                        "more than 20 weeks.",
                        "warning",
                    ),
                    SEND_TEAM,
                ],
            ),
            (
                "annual-reviews",
                "Annual reviews of EHC plans",
                "Every EHC plan is checked at least once a year. Here is what happens.",
                [
                    text(
                        "An annual review is a meeting to check that the plan is still right. It "
                        "must happen at least every 12 months.",
                        "The school or college usually organises it. You, your child and the "
                        "professionals who work with them are invited.",
                        "From Year 9, when your child is 13 or 14, every review must also talk "
                        "about preparing for adult life: work, where to live, friends and health.",
                    ),
                    details(
                        "What happens after the meeting?",
                        "The school sends a report to the council within 2 weeks. The council "
                        "then decides whether to keep the plan as it is, change it or end it, and "
                        "must tell you within 4 weeks of the meeting.",
                    ),
                ],
            ),
            (
                "choosing-a-school",
                "Choosing a school or college",
                "How to choose a school for a child with SEND, and the dates to remember.",
                [
                    text(
                        "Visit schools, ask how they support children like yours, and ask to meet "
                        "the SENCO.",
                        "If your child has an EHC plan, you can ask for a particular school to be "
                        "named in it.",
                    ),
                    callout(
                        "Dates to remember",
                        "For a move to a new school, the plan must name the school by 15 February. "
                        "For a move into college or sixth form, it must be named by 31 March.",
                        "warning",
                    ),
                ],
            ),
            (
                "eotas",
                "Education otherwise than at school (EOTAS)",
                "When education happens outside school because school is not right for a child.",
                [
                    text(
                        "EOTAS stands for education otherwise than at school. Sometimes a child's "
                        "needs mean that school is not the right place to learn, even with help.",
                        "If the council agrees, the EHC plan can say the education will happen "
                        "somewhere else, for example at home with tutors or in the community.",
                        "This is different from choosing to home educate, where the family "
                        "arranges and pays for education themselves.",
                    ),
                    SENDIASS,
                ],
            ),
        ],
    ),
    (
        "health",
        "Health",
        "Therapies, mental health support and assessments for children and young people.",
        [text("Health services that help children and young people with SEND in Anyshire.")],
        [
            (
                "speech-and-language-therapy",
                "Speech and language therapy (SALT)",
                "Help with talking, understanding, eating and drinking.",
                [
                    text(
                        "Speech and language therapy is often called SALT. Therapists help "
                        "children who find it hard to talk, understand others, or eat and drink "
                        "safely.",
                        "Your doctor, health visitor or school can refer your child. Families can "
                        "also phone the service for advice.",
                    ),
                    contact(
                        "Anyshire children's therapy service",
                        "Speech and language therapy, occupational therapy and physiotherapy.",
                        "01234 567900",
                        "therapies@anyshire-health.example",
                    ),
                ],
            ),
            (
                "occupational-therapy",
                "Occupational therapy (OT)",
                "Help with everyday tasks such as dressing, writing and moving around.",
                [
                    text(
                        "Occupational therapy is often called OT. An occupational therapist helps "
                        "children do everyday things, like getting dressed, holding a pencil or "
                        "using the toilet.",
                        "They may suggest equipment or changes at home or school.",
                    ),
                ],
            ),
            (
                "mental-health-support",
                "Mental health support (CAMHS)",
                "Where to get help with worries, low mood and other mental health needs.",
                [
                    text(
                        "CAMHS stands for children and young people's mental health services. "
                        "They help with problems such as anxiety, low mood and self-harm.",
                        "Most schools also have a mental health lead who can help early on.",
                    ),
                    callout(
                        "If someone is in danger now",
                        "Phone 999, or go to your nearest A&amp;E. For urgent advice that is "
                        "not an emergency, phone NHS 111.",
                        "warning",
                    ),
                ],
            ),
            (
                "neurodevelopmental-pathway",
                "Autism and ADHD assessment",
                "How the neurodevelopmental pathway works, and help you can get while you wait.",
                [
                    text(
                        "The neurodevelopmental pathway is how health services assess children "
                        "for autism and ADHD.",
                        "You do not need a diagnosis to get help at school. Support should start "
                        "as soon as a need is noticed.",
                    ),
                    details(
                        "How long is the wait?",
                        "Waits can be long. We publish the current waiting time on this page "
                        "every month, and list support you can use while you wait.",
                    ),
                ],
            ),
        ],
    ),
    (
        "social-care",
        "Social care and short breaks",
        "Short breaks, personal budgets and support for disabled children and their families.",
        [text("Help for families of disabled children from Anyshire's children's social care.")],
        [
            (
                "short-breaks",
                "Short breaks",
                "Activities and care that give disabled children fun and families a rest.",
                [
                    text(
                        "Short breaks give disabled children and young people time to have fun "
                        "and make friends. They also give parents and carers a rest.",
                        "Short breaks include after-school clubs, holiday schemes and overnight "
                        "stays. Some are open to all; others need an assessment.",
                    ),
                ],
            ),
            (
                "personal-budgets",
                "Personal budgets",
                "An amount of money to arrange some of your child's support yourself.",
                [
                    text(
                        "A personal budget is money the council sets aside for some of the help "
                        "in an EHC plan. You can ask for one when the plan is written or reviewed.",
                        "You can manage the money yourself, or ask the council or another "
                        "organisation to manage it for you.",
                    ),
                ],
            ),
            (
                "disabled-childrens-register",
                "The disabled children's register",
                "Join the register to hear about services and help us plan for the future.",
                [
                    text(
                        "The register is a list of disabled children and young people in "
                        "Anyshire. Joining is your choice, and it does not affect the services "
                        "your child gets.",
                        "It helps us plan services and tell you about activities and changes.",
                    ),
                ],
            ),
        ],
    ),
    (
        "advice",
        "Getting help and advice",
        "Independent advice, the parent carer forum, and what to do if you disagree with a "
        "decision.",
        [text("Independent advice and support for families and young people.")],
        [
            (
                "sendiass",
                "Anyshire SENDIASS",
                "Free advice that does not take sides, for families and young people.",
                [
                    text(
                        "SENDIASS stands for SEND Information, Advice and Support Service. It is "
                        "free and confidential. It is run at arm's length from the council, so it "
                        "does not take sides.",
                        "It can explain the law, help you fill in forms and come to meetings.",
                    ),
                    contact(
                        "Anyshire SENDIASS",
                        "Free, confidential advice for families and young people aged up to 25.",
                        "01234 567891",
                        "sendiass@anyshire-advice.example",
                    ),
                ],
            ),
            (
                "parent-carer-forum",
                "Anyshire Parent Carer Forum",
                "A group of parents and carers who work with the council to improve services.",
                [
                    text(
                        "The forum is run by parents and carers of children with SEND. It tells "
                        "the council what families think and works with us to change things.",
                        "Anyone in Anyshire who cares for a child or young person with SEND can "
                        "join. It is free.",
                    ),
                ],
            ),
            (
                "disagreements",
                "Disagreements, mediation and appeals",
                "What you can do if you disagree with a decision about your child's support.",
                [
                    text(
                        "Most disagreements can be sorted out by talking. Start with the school "
                        "or the SEND team.",
                        "<h2>Mediation</h2>",
                        "Mediation is a meeting with an independent person who helps you and the "
                        "council reach an agreement. Before you can appeal, you must first think "
                        "about mediation and get a certificate.",
                        "<h2>Appeals</h2>",
                        "You can appeal some decisions to the First-tier Tribunal (SEND). This is "
                        "an independent court. You usually have 2 months to appeal.",
                    ),
                    SENDIASS,
                ],
            ),
        ],
    ),
    (
        "about",
        "About the Local Offer",
        "What the Local Offer is, how we keep it up to date and how to contact us.",
        [
            text(
                "The Local Offer is Anyshire Council's information about support for children and "
                "young people with special educational needs and disabilities, from birth to 25.",
                "We write it with families. Every page has an owner who checks it regularly, and "
                "we publish what you tell us and what we changed.",
            )
        ],
        [
            (
                "contact-us",
                "Contact the SEND team",
                "How to get in touch with Anyshire Council's SEND team.",
                [SEND_TEAM],
            ),
            (
                "accessibility-statement",
                "Accessibility statement",
                "How accessible this website is, and how to report a problem.",
                [
                    text(
                        "This accessibility statement applies to the Anyshire Local Offer website.",
                        "This website is run by Anyshire Council. We want as many people as "
                        "possible to be able to use it. For example, you should be able to:",
                        bullets(
                            "change colours, contrast levels and fonts using your browser",
                            "zoom in up to 400% without the text spilling off the screen",
                            "use the website on a small screen, such as a phone",
                            "get around the website using just a keyboard",
                            "get around the website using speech recognition software",
                            "listen to the website using a screen reader",
                        ),
                        "We have also made the text as simple as we can to understand.",
                        '<a href="https://mcmw.abilitynet.org.uk/">AbilityNet has advice on '
                        "making your device easier to use</a> if you have a disability.",
                        "<h2>How accessible this website is</h2>",
                        "We do not know of any part of this website that is hard to use because "
                        "of a disability. If you find one, please tell us.",
                        "<h2>Feedback and contact information</h2>",
                        "If you need information on this website in a different format, such as "
                        "large print, easy read, audio or braille, contact the SEND team:",
                        bullets(
                            "email send@anyshire.example",
                            "phone 01234 567890, Monday to Friday, 9am to 5pm",
                        ),
                        "We will think about your request and reply within 5 working days.",
                        "<h2>Reporting accessibility problems with this website</h2>",
                        "We are always looking to make this website easier to use. If you find "
                        "a problem that is not listed on this page, or you think we are not "
                        "meeting the accessibility rules, email send@anyshire.example.",
                        "<h2>Enforcement procedure</h2>",
                        "The Equality and Human Rights Commission (EHRC) makes sure public "
                        "bodies follow the Public Sector Bodies (Websites and Mobile "
                        "Applications) (No. 2) Accessibility Regulations 2018 (the "
                        "accessibility regulations).",
                        "If you are not happy with how we reply to your complaint, "
                        '<a href="https://www.equalityadvisoryservice.com/">contact the Equality '
                        "Advisory and Support Service (EASS)</a>.",
                        "<h2>Technical information about this website's accessibility</h2>",
                        "Anyshire Council is committed to making its website accessible, in "
                        "accordance with the Public Sector Bodies (Websites and Mobile "
                        "Applications) (No. 2) Accessibility Regulations 2018.",
                        "<h2>Compliance status</h2>",
                        "This website is fully compliant with the Web Content Accessibility "
                        "Guidelines (WCAG) version 2.2 AA standard.",
                        "<h2>Non-accessible content</h2>",
                        "We do not know of any content on this website that fails the "
                        "accessibility regulations.",
                        "<h3>Content that is not within the scope of the accessibility "
                        "regulations</h3>",
                        "Some documents published before 23 September 2018, such as older "
                        "reports, may not be accessible. The rules do not ask us to fix these "
                        "unless you need them to use our services. If you do, ask us for a "
                        "version that works for you.",
                        "Websites run by other organisations that we link to, such as schools "
                        "and health services, have their own accessibility statements.",
                        "<h2>What we are doing to improve accessibility</h2>",
                        "We check every page automatically each time the website changes. We "
                        "also plan to ask disabled people who use the Local Offer to test it "
                        "with us.",
                        "<h2>Preparation of this accessibility statement</h2>",
                        "This statement was prepared on 1 September 2026. It was last reviewed "
                        "on 1 September 2026.",
                        "This website is tested every time it changes. A computer opens every "
                        "page in a real web browser, on a wide screen and on a screen as narrow "
                        "as a small phone, and checks it against WCAG 2.2 AA. It also checks "
                        "that you can use the search, the menus and the page controls with a "
                        "keyboard alone.",
                        "This is a demonstration statement for a fictional council.",
                    ),
                ],
            ),
            (
                "privacy-notice",
                "Privacy notice",
                "What information we collect when you use the Local Offer, and why.",
                [
                    text(
                        "You can use the Local Offer without telling us who you are.",
                        "When you rate a page or answer a survey, we keep your answers but not "
                        "your name, email address or internet address. If you write a comment, we "
                        "remove email addresses and phone numbers before we save it.",
                        "We only keep contact details if a survey asks for them and you agree. "
                        "You can ask us to delete them at any time.",
                        "This is a demonstration notice for a fictional council.",
                    ),
                ],
            ),
        ],
    ),
]
