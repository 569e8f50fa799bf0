"""Daily tallies: one row per day (in the council's time), page or question, and language (and,
for questions, who answered), with the counts a `feedback.measures.Tally` is made of. Only
counted answers are in them: a comment marked abusive or spam is left out, as everywhere in
results."""

from django.db import models
from django.db.models import Sum
from wagtail.models import Page

from feedback.models.tallies import TallyQuerySetMixin


class DailyTallyQuerySet(TallyQuerySetMixin, models.QuerySet):
    time_field = "day"
    span_bounds = ("start", "end")  # a day, not a moment

    def tally_columns(self):
        return {name: Sum(name) for name in ("responses", "positive", "scored", "score_total")}


class PageRatingTallyQuerySet(DailyTallyQuerySet):
    page_path_field = "page__path"

    def under_paths(self, paths):
        """Tallies for the pages at these tree paths and every page below them."""
        query = models.Q()
        for path in paths:
            query |= models.Q(page__path__startswith=path)
        return self.filter(query) if query else self.none()


class QuestionAnswerTallyQuerySet(DailyTallyQuerySet):
    page_path_field = "question__page__path"
    respondent_field = "respondent"

    def for_questions(self, questions):
        """Tallies for these questions and their translations."""
        return self.filter(
            question__translation_key__in=[question.translation_key for question in questions]
        )


class DailyTally(models.Model):
    day = models.DateField()
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    responses = models.PositiveIntegerField(default=0)
    positive = models.PositiveIntegerField(default=0)
    scored = models.PositiveIntegerField(default=0)
    score_total = models.PositiveIntegerField(default=0)

    class Meta:
        abstract = True
        default_permissions = ()

    def __str__(self):
        return f"{self.day}: {self.responses}"


class PageRatingTally(DailyTally):
    """'Was this page helpful?' answers on one page in one language on one day. `page` is
    empty for answers on pages since deleted."""

    page = models.ForeignKey(Page, null=True, on_delete=models.SET_NULL, related_name="+")
    comments = models.PositiveIntegerField(default=0)

    objects = PageRatingTallyQuerySet.as_manager()

    class Meta(DailyTally.Meta):
        indexes = [models.Index(fields=["day", "page"])]


class QuestionAnswerTally(DailyTally):
    question = models.ForeignKey(
        "feedback.SurveyQuestion", on_delete=models.CASCADE, related_name="+"
    )
    # Who answered, as `SurveyResponse.respondent` ("" where the survey did not ask), so that
    # indicators split by it without reading the raw answers.
    respondent = models.CharField(max_length=20, blank=True, default="")

    objects = QuestionAnswerTallyQuerySet.as_manager()

    class Meta(DailyTally.Meta):
        indexes = [models.Index(fields=["day", "question"])]
