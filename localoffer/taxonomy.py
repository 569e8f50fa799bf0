"""The words the SEND system uses to sort guidance, defined once for every app.

Values are stored in the database and used in shareable URLs (`?area=cognition-learning`), so they
never change; labels are what families read and are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The SEND system covers children and young people from birth to 25.
MIN_AGE = 0
MAX_AGE = 25


class Audience(models.TextChoices):
    PARENTS_AND_CARERS = "parents-carers", _("Parents and carers")
    YOUNG_PEOPLE = "young-people", _("Young people")
    PROFESSIONALS = "professionals", _("Professionals")


class AreaOfNeed(models.TextChoices):
    """The four broad areas of need in the SEND Code of Practice."""

    COMMUNICATION_INTERACTION = "communication-interaction", _("Communication and interaction")
    COGNITION_LEARNING = "cognition-learning", _("Cognition and learning")
    SOCIAL_EMOTIONAL_MENTAL_HEALTH = (
        "social-emotional-mental-health",
        _("Social, emotional and mental health"),
    )
    SENSORY_PHYSICAL = "sensory-physical", _("Sensory and/or physical needs")


class Phase(models.TextChoices):
    EARLY_YEARS = "early-years", _("Early years")
    PRIMARY = "primary", _("Primary")
    SECONDARY = "secondary", _("Secondary")
    POST_16 = "post-16", _("Post-16")
