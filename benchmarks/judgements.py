"""Family-style searches and the page that answers each, for the relevance figures
(`benchmarks/relevance.py`). Plain data, so that the results table can name them without Django."""

# (what a family types, the title of the page that answers it): plain words, acronyms, synonyms
# and misspellings, as families search.
JUDGEMENTS = [
    ("ehc plan", "Education, health and care plans"),
    ("ehcp", "Education, health and care plans"),
    ("educaton helth care plan", "Education, health and care plans"),
    ("annual review", "Annual reviews of EHC plans"),
    ("sen support in school", "SEN support in school"),
    ("senco", "What a SENCO does"),
    ("speech therapy", "Speech and language therapy (SALT)"),
    ("salt", "Speech and language therapy (SALT)"),
    ("occupational therapy", "Occupational therapy (OT)"),
    ("camhs", "Mental health support (CAMHS)"),
    ("autism assessment", "Autism and ADHD assessment"),
    ("adhd", "Autism and ADHD assessment"),
    ("short breaks", "Short breaks"),
    ("personal budget", "Personal budgets"),
    ("tribunal", "Disagreements, mediation and appeals"),
    ("mediation", "Disagreements, mediation and appeals"),
    ("sendiass", "Anyshire SENDIASS"),
    ("education otherwise than at school", "Education otherwise than at school (EOTAS)"),
    ("choosing a school", "Choosing a school or college"),
    ("disabled childrens register", "The disabled children's register"),
    ("parent carer forum", "Anyshire Parent Carer Forum"),
]
