"""The words of the demo "You said, we did" entries for Anyshire, in plain English.

Each entry answers the demo comments with the words in `comment` (from `feedback.demo`) sent in
the last `heard_days_ago` days, and/or a survey question. Closed entries were resolved
`days_to_resolve` days after we first heard. Entries with `"draft": True` are still being written.
"""

from feedback.demo import MIXED_COMMENTS, NEGATIVE_COMMENTS, POSITIVE_COMMENTS
from feedback.you_said_we_did.choices import EntryStatus, EntryTopic

WHAT_WOULD_HELP = "What one thing would make the Local Offer better for you?"

PAGE_INTRO = (
    "<p>The law says we must publish what families tell us about the Local Offer, and what we "
    "did about it. This page does that.</p>"
    "<p>You can tell us what you think at the bottom of every page, in our yearly survey, or "
    "through the Anyshire Parent Carer Forum. We read every comment. We group comments about "
    "the same thing together and answer them here, usually within a month.</p>"
)

ENTRIES = [
    {
        "title": "A list of the main points on long pages",
        "topic": EntryTopic.WEBSITE,
        "status": EntryStatus.DONE,
        "you_said": "You said some of our pages had too many words, and it was hard to find "
        "the part you needed.",
        "we_did": "We added a short list of the main points to the top of our 15 longest "
        "pages. We also cut the words on those pages by about a third.",
        "approved_quotation": NEGATIVE_COMMENTS[0],
        "quotation_approved": True,
        "comment": NEGATIVE_COMMENTS[0],
        "heard_days_ago": 330,
        "days_to_resolve": 42,
        "changed_pages": ["sen-support", "ehc-plans"],
    },
    {
        "title": "A broken link to the assessment request form",
        "topic": EntryTopic.EHC_PLANS,
        "status": EntryStatus.DONE,
        "you_said": "You told us the link to the form for asking for an EHC needs assessment "
        "did not work. (EHC means education, health and care.)",
        "we_did": "We fixed the link within a week. We now check every link on the Local "
        "Offer once a month, so that we find broken links before you do.",
        "comment": NEGATIVE_COMMENTS[1],
        "heard_days_ago": 280,
        "days_to_resolve": 3,
        "changed_pages": ["ehc-plans"],
    },
    {
        "title": "Pages in other languages",
        "topic": EntryTopic.WEBSITE,
        "status": EntryStatus.IN_PROGRESS,
        "you_said": "You asked for our pages in Polish, so that more families can read them.",
        "we_did": "We are translating our most-read pages into Polish, Arabic and Urdu. You "
        "will be able to choose your language at the top of each page. We will add more pages "
        "every month.",
        "comment": NEGATIVE_COMMENTS[3],
        "heard_days_ago": 250,
    },
    {
        "title": "Who to ask about school transport",
        "topic": EntryTopic.TRANSPORT,
        "status": EntryStatus.IN_PROGRESS,
        "you_said": "You said it was hard to find out who to ask about help with travel to "
        "school for children and young people with SEND.",
        "we_did": "We are writing a new page about help with travel to school and college. It "
        "will give the travel team's phone number, when they are open, and how to apply. We "
        "plan to publish it next term.",
        "comment": MIXED_COMMENTS[0],
        "heard_days_ago": 120,
    },
    {
        "title": "Short videos about the Local Offer",
        "topic": EntryTopic.WEBSITE,
        "status": EntryStatus.NOT_POSSIBLE,
        "you_said": "You asked for short videos for parents who find reading hard.",
        "we_did": "We cannot make videos this year. Good videos cost a lot to make and to keep "
        "up to date, and we do not have the money for them. Instead, the Anyshire Parent Carer "
        "Forum runs drop-in sessions where someone goes through the Local Offer with you. The "
        "dates are on the parent carer forum page.",
        "comment": MIXED_COMMENTS[1],
        "heard_days_ago": 200,
        "days_to_resolve": 30,
        "changed_pages": ["parent-carer-forum"],
    },
    {
        "title": "How long families wait for therapy",
        "topic": EntryTopic.HEALTH,
        "status": EntryStatus.DONE,
        "you_said": "You asked us to say how long families wait for help, not just how to ask "
        "for it.",
        "we_did": "We now show waiting times for speech and language therapy (SALT) and for "
        "autism and ADHD assessments. The health team updates them on the first working day "
        "of each month.",
        "comment": MIXED_COMMENTS[2],
        "heard_days_ago": 310,
        "days_to_resolve": 75,
        "changed_pages": ["speech-and-language-therapy", "neurodevelopmental-pathway"],
    },
    {
        "title": "What to do when things go wrong",
        "topic": EntryTopic.EHC_PLANS,
        "status": EntryStatus.DONE,
        "you_said": "You said our pages explain what should happen, but not what to do when "
        "it does not happen.",
        "we_did": "We added a part called “If things go wrong” to our pages about EHC plans. "
        "It explains the time limits the council must keep, what you can do if we miss them, "
        "and who can help. That includes SENDIASS, the free and independent SEND information, "
        "advice and support service.",
        "comment": NEGATIVE_COMMENTS[2],
        "heard_days_ago": 260,
        "days_to_resolve": 50,
        "changed_pages": ["ehc-plans", "disagreements"],
    },
    {
        "title": "Answering your emails",
        "topic": EntryTopic.TALKING_TO_US,
        "status": EntryStatus.DONE,
        "you_said": "You told us you emailed the SEND team and did not hear back.",
        "we_did": "We now answer every email within 5 working days. When you email us, you get "
        "a reply straight away that tells you the date we will answer by.",
        # A lead drafted a quotation but has not approved it, so it is never shown.
        "approved_quotation": NEGATIVE_COMMENTS[4],
        "comment": NEGATIVE_COMMENTS[4],
        "survey_question": WHAT_WOULD_HELP,
        "heard_days_ago": 220,
        "days_to_resolve": 28,
        "changed_pages": ["contact-us"],
    },
    {
        "title": "Step-by-step guides for annual reviews",
        "topic": EntryTopic.EHC_PLANS,
        "status": EntryStatus.DONE,
        "you_said": "You said that seeing the 20 weeks of an EHC needs assessment set out step "
        "by step really helped.",
        "we_did": "We did the same for annual reviews. You can now see each step of the yearly "
        "review of an EHC plan, and when it should happen.",
        "comment": POSITIVE_COMMENTS[1],
        "heard_days_ago": 180,
        "days_to_resolve": 60,
        "changed_pages": ["annual-reviews"],
    },
    {
        "title": "Sharing our page about SENCOs with schools",
        "topic": EntryTopic.EDUCATION,
        "status": EntryStatus.DONE,
        "you_said": "You said our page about what a SENCO does was clearer than anything your "
        "school gave you. (A SENCO is the special educational needs co-ordinator in a school.)",
        "we_did": "We sent the page to the SENCO of every school in Anyshire. Schools can now "
        "link to it from their own websites.",
        "comment": POSITIVE_COMMENTS[4],
        "heard_days_ago": 150,
        "days_to_resolve": 21,
        "changed_pages": ["what-a-senco-does"],
    },
    {
        "title": "Reading the Local Offer on a phone",
        "topic": EntryTopic.WEBSITE,
        "status": EntryStatus.DONE,
        "you_said": "You told us you often read the Local Offer on your phone, sometimes on the "
        "school run.",
        "we_did": "We tested every page on small screens. We made the buttons bigger, and "
        "tables now fit on a phone screen.",
        "comment": POSITIVE_COMMENTS[3],
        "heard_days_ago": 100,
        "days_to_resolve": 30,
    },
    {
        "title": "The SENDIASS phone number on more pages",
        "topic": EntryTopic.TALKING_TO_US,
        "status": EntryStatus.DONE,
        "you_said": "You said the phone number for SENDIASS was just what you needed.",
        "we_did": "We now show the SENDIASS phone number on every page about EHC plans and on "
        "our page about disagreeing with a decision.",
        "comment": POSITIVE_COMMENTS[2],
        "heard_days_ago": 90,
        "days_to_resolve": 14,
        "changed_pages": ["sendiass", "disagreements"],
    },
    {
        "title": "After-school clubs for disabled children",
        "topic": EntryTopic.SOCIAL_CARE,
        "status": EntryStatus.RECEIVED,
        "you_said": "You asked for a list of after-school clubs that welcome disabled children.",
        "we_did": "We have passed this to the short breaks team. They will tell us by the end "
        "of next month what they can do, and we will update this page.",
        "survey_question": WHAT_WOULD_HELP,
        "heard_days_ago": 40,
    },
    {
        "title": "Plainer words about EHC plans",
        "topic": EntryTopic.EHC_PLANS,
        "status": EntryStatus.IN_PROGRESS,
        "you_said": "You said our pages about EHC plans used words you had to look up.",
        "we_did": "We are going through every page about EHC plans to explain each word and "
        "each short form, like EHCP, the first time we use it.",
        "survey_question": WHAT_WOULD_HELP,
        "heard_days_ago": 60,
        "draft": True,
    },
    {
        "title": "What happens after 16",
        "topic": EntryTopic.PREPARING_FOR_ADULTHOOD,
        "status": EntryStatus.RECEIVED,
        "you_said": "You asked for more about what happens when your child turns 16.",
        "survey_question": WHAT_WOULD_HELP,
        "heard_days_ago": 20,
        "draft": True,
    },
]
