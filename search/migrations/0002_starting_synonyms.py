"""The synonyms every new site starts with: the acronyms and other words families meet in SEND,
each with what it stands for. Editors change them in Settings > Search synonyms.

"Statement" alone is left out on purpose: the old "statement of SEN" was replaced by the EHC plan,
but the site's accessibility statement would then be found by every search for a plan.
"""

from django.db import migrations

STARTING_SYNONYMS = [
    ["EHCP", "EHC plan", "education, health and care plan", "statement of SEN",
     "statement of special educational needs"],
    ["EHC needs assessment", "EHCNA", "statutory assessment"],
    ["SEND", "special educational needs and disabilities"],
    ["SEN", "special educational needs"],
    ["SENCO", "special educational needs co-ordinator", "special educational needs coordinator",
     "SEN co-ordinator"],
    ["SALT", "SLT", "speech and language therapy", "speech and language therapist",
     "speech therapy"],
    ["SLCN", "speech, language and communication needs"],
    ["OT", "occupational therapy", "occupational therapist"],
    ["CAMHS", "children and young people's mental health services", "mental health services",
     "mental health"],
    ["ASD", "ASC", "autism", "autistic spectrum disorder", "autism spectrum condition"],
    ["ADHD", "attention deficit hyperactivity disorder"],
    ["PfA", "preparing for adulthood"],
    ["SEMH", "social, emotional and mental health"],
    ["EOTAS", "education otherwise than at school"],
    ["SENDIASS", "IASS", "SENDIAS", "information, advice and support service"],
    ["EP", "educational psychologist", "educational psychology"],
    ["DCO", "designated clinical officer"],
    ["short breaks", "respite", "respite care"],
    ["OAP", "ordinarily available provision"],
    ["SEND tribunal", "First-tier Tribunal", "SENDIST"],
    ["ND pathway", "neurodevelopmental pathway"],
    ["SpLD", "specific learning difficulty"],
    ["MLD", "moderate learning difficulties"],
    ["PMLD", "profound and multiple learning difficulties"],
    ["VI", "visual impairment"],
    ["HI", "hearing impairment"],
    ["MSI", "multi-sensory impairment"],
    ["FE", "further education"],
]


def add_starting_synonyms(apps, schema_editor):
    SynonymGroup = apps.get_model("search", "SynonymGroup")
    if not SynonymGroup.objects.exists():
        SynonymGroup.objects.bulk_create(
            SynonymGroup(terms="\n".join(terms)) for terms in STARTING_SYNONYMS
        )


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [migrations.RunPython(add_starting_synonyms, migrations.RunPython.noop)]
