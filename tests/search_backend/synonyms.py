"""The synonyms callable the tests configure, standing in for the site's editable list."""

GROUPS = [["ehcp", "ehc plan", "education health and care plan", "statement"]]


def synonym_groups():
    return GROUPS
