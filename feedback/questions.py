"""The kinds of question a satisfaction survey can ask, and who a survey may ask is answering."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class QuestionType(models.TextChoices):
    RATING = "rating", _("Rating, from very poor to very good")
    YES_NO = "yes_no", _("Yes or no")
    CHOICE = "choice", _("One answer from a list")
    MULTIPLE_CHOICE = "multiple", _("Any answers from a list (tick all that apply)")
    TEXT = "text", _("Free text")


#: Question types whose answers can feed an outcome indicator. Not "tick all that apply": its
#: answers say what a family used or needs, not how satisfied they are, and a positive share of
#: ticks would count a family once per tick (its answers are stored with no positive-or-not).
COUNTED_TYPES = (QuestionType.RATING, QuestionType.YES_NO, QuestionType.CHOICE)

#: Question types answered from a list the editor writes (`SurveyQuestion.choices`).
LIST_TYPES = (QuestionType.CHOICE, QuestionType.MULTIPLE_CHOICE)

YES, NO = "yes", "no"
YES_NO_CHOICES = [(YES, _("Yes")), (NO, _("No"))]


class Respondent(models.TextChoices):
    """Who is answering, when a survey asks (`SurveyPage.ask_who_is_answering`)."""

    PARENT_CARER = "parent_carer", _("A parent or carer")
    YOUNG_PERSON = "young_person", _("A child or young person")
    PROFESSIONAL = "professional", _("A professional who works with children and young people")
    NOT_SAID = "not_said", _("Prefer not to say")


#: How results name answers given where the survey did not ask who was answering.
NOT_ASKED = _("Not asked")
