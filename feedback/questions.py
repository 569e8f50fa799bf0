"""The kinds of question a satisfaction survey can ask."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    RATING = "rating", _("Rating, from very poor to very good")
    YES_NO = "yes_no", _("Yes or no")
    CHOICE = "choice", _("One answer from a list")
    TEXT = "text", _("Free text")


#: Question types whose answers can feed an outcome indicator.
COUNTED_TYPES = (QuestionType.RATING, QuestionType.YES_NO, QuestionType.CHOICE)

YES, NO = "yes", "no"
YES_NO_CHOICES = [(YES, _("Yes")), (NO, _("No"))]
