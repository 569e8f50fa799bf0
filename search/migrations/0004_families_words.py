"""Synonyms in families' own words: conditions, worries and everyday phrases, each with the words
the site uses for them ("dyslexia" finds "cognition and learning", "won't go to school" finds
"social, emotional and mental health"). Editors change them in Settings > Search synonyms.

Every site gets them, beside the groups it has (a group already there, term for term, is not
added twice). Words a search drops anyway (my, to, won't) may be written: phrases are compared
as the search analyses them.
"""

from django.db import migrations

FAMILIES_WORDS = [
    # Conditions and needs
    ["dyslexia", "dyscalculia", "specific learning difficulty", "reading and spelling",
     "cognition and learning"],
    ["dyspraxia", "developmental coordination disorder", "DCD", "motor skills", "handwriting",
     "occupational therapy"],
    ["learning difficulties", "learning difficulty", "learning disability", "slow reader",
     "behind at school", "cognition and learning"],
    ["autistic", "autism", "Asperger's", "aspergers", "communication and interaction"],
    ["attention deficit", "hyperactive", "hyperactivity", "ADHD"],
    ["speech delay", "not talking", "late talker", "talking", "speech and language",
     "speech and language therapy"],
    ["hearing loss", "deaf", "deafness", "hard of hearing", "hearing impairment"],
    ["sight loss", "blind", "partially sighted", "visually impaired", "visual impairment"],
    ["wheelchair", "wheelchair user", "mobility", "physical disability", "physical needs"],
    ["anxiety", "anxious", "worries", "worried", "stress", "emotional wellbeing", "wellbeing",
     "social, emotional and mental health", "mental health"],
    ["won't go to school", "refuses to go to school", "school refusal", "school avoidance",
     "emotionally based school avoidance", "EBSA", "attendance", "missing school",
     "social, emotional and mental health"],
    ["behaviour", "challenging behaviour", "meltdowns", "social, emotional and mental health"],
    # School
    ["special needs teacher", "SEN teacher", "SENCO"],
    ["special school", "specialist school", "specialist provision", "resourced provision",
     "choosing a school"],
    ["extra help at school", "help in school", "SEN support", "graduated approach"],
    ["taught at home", "home tuition", "can't cope in school", "education otherwise than at school"],
    ["school transport", "home to school transport", "travel to school", "travel assistance",
     "school bus", "taxi to school", "transport", "travel"],
    # Plans and assessments
    ["ask for an assessment", "assess my child", "needs assessment", "EHC needs assessment"],
    ["annual review", "review meeting", "EHCP review", "yearly review"],
    ["appeal", "disagree", "disagreement", "challenge a decision", "refused"],
    # Care, money and help
    ["break from caring", "a break", "short breaks"],
    ["personal budget", "direct payments", "direct payment", "personal health budget"],
    ["money", "benefits", "financial help", "disability living allowance", "DLA",
     "personal independence payment", "PIP", "carer's allowance", "universal credit"],
    ["independent advice", "impartial advice", "free advice", "SENDIASS"],
    ["meet other parents", "parent support group", "support group", "parent carer forum"],
    ["phone number", "telephone", "phone", "contact"],
    # Growing up
    ["job", "jobs", "work", "employment", "career", "paid work", "work experience"],
    ["college", "further education", "sixth form", "post-16", "post 16"],
    ["living on my own", "living independently", "independent living", "moving out", "housing",
     "supported living"],
    ["annual health check", "health check", "staying healthy"],
    ["adult services", "adult social care", "turning 18"],
    # About the site
    ["feedback", "survey", "have your say", "tell us what you think"],
    ["personal data", "my data", "data protection", "GDPR", "privacy"],
]  # fmt: skip


def add_families_words(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    existing = {group.terms for group in SynonymGroup.objects.all()}
    SynonymGroup.objects.bulk_create(
        SynonymGroup(terms=terms)
        for terms in ("\n".join(group) for group in FAMILIES_WORDS)
        if terms not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0003_roles")]

    operations = [migrations.RunPython(add_families_words, migrations.RunPython.noop)]
