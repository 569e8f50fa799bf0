import uuid
from functools import partial

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import Count, Q, Sum
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from feedback.answers import accept
from feedback.forms import SurveyForm
from feedback.questions import LIST_TYPES, YES, YES_NO_CHOICES, QuestionType, Respondent
from feedback.ratings import Rating, is_positive
from localoffer import calendar
from localoffer.http import see_other
from localoffer.pages import ContentPage
from localoffer.privacy import redact
from localoffer.security import form_limits

from .tallies import TallyQuerySetMixin

# The query string value that shows the thank-you message instead of the form.
THANKS = "thanks"


class SurveyPage(ContentPage):
    """A satisfaction survey, built by editors from questions. Answers are stored one row per
    answer, so that results and indicators are counted by the database."""

    intro = RichTextField(features=["bold", "italic", "link", "ul"], blank=True)
    opens_on = models.DateField(
        null=True, blank=True, help_text=_("Leave empty to open as soon as it is published.")
    )
    closes_on = models.DateField(
        null=True,
        blank=True,
        help_text=_("The last day families can answer. Leave empty to keep it open."),
    )
    ask_for_contact_details = models.BooleanField(
        default=False,
        help_text=_(
            "Offer families the choice to leave contact details. They are stored apart from "
            "the answers and only with the family's agreement."
        ),
    )
    ask_who_is_answering = models.BooleanField(
        default=False,
        help_text=_(
            "Ask first whether a parent or carer, a young person or a professional is answering, "
            "so that results can be split by it."
        ),
    )
    thank_you_text = RichTextField(
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_("Shown after a family sends their answers."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")], heading=_("Dates")),
        FieldPanel("ask_who_is_answering"),
        InlinePanel(
            "questions",
            min_num=1,
            label=_("Questions"),
            help_text=_("Removing a question also removes the answers families gave to it."),
        ),
        MultiFieldPanel(
            [FieldPanel("ask_for_contact_details"), FieldPanel("thank_you_text")],
            heading=_("After the questions"),
        ),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("intro"),
        index.RelatedFields(
            "questions", [index.SearchField("question"), index.SearchField("hint")]
        ),
    ]
    # A survey is open on the same days, and asks for contact details and who is answering or
    # not, in every language.
    override_translatable_fields = [
        *ContentPage.override_translatable_fields,
        SynchronizedField("opens_on", overridable=False),
        SynchronizedField("closes_on", overridable=False),
        SynchronizedField("ask_for_contact_details", overridable=False),
        SynchronizedField("ask_who_is_answering", overridable=False),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "feedback/survey_page.html"

    NOT_OPEN_YET, OPEN, CLOSED = "not_open_yet", "open", "closed"

    class Meta:
        verbose_name = _("satisfaction survey")

    def clean(self):
        super().clean()
        if self.opens_on and self.closes_on and self.closes_on < self.opens_on:
            raise ValidationError({"closes_on": _("The closing date must be after it opens.")})

    def state(self, day=None):
        """Whether families can answer on `day` (today in UK time by default): one of
        NOT_OPEN_YET, OPEN or CLOSED."""
        day = day or calendar.today()
        if self.opens_on and day < self.opens_on:
            return self.NOT_OPEN_YET
        if self.closes_on and day > self.closes_on:
            return self.CLOSED
        return self.OPEN

    def is_open(self, day=None):
        return self.state(day) == self.OPEN

    @property
    def state_label(self):
        return {
            self.NOT_OPEN_YET: _("Not open yet"),
            self.OPEN: _("Open"),
            self.CLOSED: _("Closed"),
        }[self.state()]

    def get_form(self, data=None):
        return SurveyForm(
            data,
            questions=self.questions.all(),
            ask_who=self.ask_who_is_answering,
            ask_for_contact=self.ask_for_contact_details,
        )

    def get_context(self, request, *args, form=None, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["survey_state"] = self.state()
        context["thanks"] = request.GET.get("survey") == THANKS
        context["form"] = form or self.get_form()
        return context

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        if not self.is_open():
            return self._render(request, self.get_form(), status=403)
        if form_limits.is_rate_limited(request):
            return form_limits.too_many_submissions(request, self)
        form = self.get_form(request.POST)
        if not form.is_valid():
            return self._render(request, form, status=400)
        submission = (self.pk, form.cleaned_data)
        answers, contact = form.answers(), form.contact_details()
        store = partial(
            SurveyResponse.objects.record, self, answers, contact, respondent=form.respondent()
        )
        if not accept(request, self, form, submission, store):
            return self._render(request, form, status=503)
        return see_other(self.thanks_url(request) + "#survey-thanks")

    def thanks_url(self, request=None):
        """Where a family lands after answering: the survey, thanking them."""
        return f"{self.get_url(request)}?survey={THANKS}"

    def _render(self, request, form, status):
        context = self.get_context(request, form=form)
        return TemplateResponse(request, self.get_template(request), context, status=status)


class SurveyQuestion(TranslatableMixin, Orderable):
    """One question. Translatable, so that answers to a translated survey count towards the same
    indicators as the original (they share a translation key)."""

    page = ParentalKey(SurveyPage, on_delete=models.CASCADE, related_name="questions")
    question = models.CharField(max_length=255)
    hint = models.CharField(max_length=255, blank=True)
    question_type = models.CharField(max_length=10, choices=QuestionType.choices)
    choices = models.TextField(
        blank=True,
        help_text=_("For 'one answer' or 'any answers from a list': one answer on each line."),
    )
    positive_choices = models.TextField(
        blank=True,
        help_text=_(
            "For 'one answer from a list': the answers that count as positive in indicators, "
            "one on each line, written exactly as above."
        ),
    )
    required = models.BooleanField(default=True)

    panels = [
        FieldPanel("question"),
        FieldPanel("hint"),
        FieldPanel("question_type"),
        FieldPanel("choices"),
        FieldPanel("positive_choices"),
        FieldPanel("required"),
    ]
    # The words (question, hint, choices) are translated; the kind of question is not, so that
    # answers in every language count towards the same indicators.
    override_translatable_fields = [
        SynchronizedField("question_type", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("survey question")

    def __str__(self):
        return f"{self.page.title}: {self.question}"

    def clean(self):
        super().clean()
        if self.question_type in LIST_TYPES and len(self.choice_list) < 2:
            raise ValidationError({"choices": _("Give at least two answers, one on each line.")})
        if self.question_type == QuestionType.MULTIPLE_CHOICE and self.positive_choice_list:
            raise ValidationError(
                {
                    "positive_choices": _(
                        "Answers to 'any answers from a list' do not count in indicators: "
                        "leave this empty."
                    )
                }
            )
        unknown = set(self.positive_choice_list) - set(self.choice_list)
        if unknown:
            raise ValidationError(
                {"positive_choices": _("These are not among the answers: %s") % ", ".join(unknown)}
            )

    @property
    def choice_list(self):
        return _lines(self.choices)

    @property
    def positive_choice_list(self):
        return _lines(self.positive_choices)

    def answer_choices(self):
        """(value, label) for each answer a family can choose; empty for free text."""
        if self.question_type == QuestionType.RATING:
            return [(str(value), label) for value, label in Rating.choices]
        if self.question_type == QuestionType.YES_NO:
            return YES_NO_CHOICES
        if self.question_type in LIST_TYPES:
            return [(choice, choice) for choice in self.choice_list]
        return []

    def answer_rows(self, value, response):
        """Unsaved SurveyAnswers for what a family gave: one for each answer ticked in a 'tick
        all that apply' question, so that the database counts families per answer."""
        if self.question_type == QuestionType.MULTIPLE_CHOICE:
            return [self.answer(choice, response) for choice in dict.fromkeys(value)]
        return [self.answer(value, response)]

    def answer(self, value, response):
        """An unsaved SurveyAnswer to this question, counted as indicators need it (a ticked
        answer is not counted: see `COUNTED_TYPES`)."""
        answer = SurveyAnswer(response=response, question=self)
        if self.question_type == QuestionType.MULTIPLE_CHOICE:
            answer.value = value
            return answer
        if self.question_type == QuestionType.TEXT:
            answer.text = redact(value.strip())
            return answer
        answer.value = value
        if self.question_type == QuestionType.RATING:
            answer.score = int(value)
            answer.positive = is_positive(answer.score)
        elif self.question_type == QuestionType.YES_NO:
            answer.positive = value == YES
        else:
            answer.positive = value in self.positive_choice_list
        return answer


def survey_response_changed(response):
    from feedback.tallying.counting import survey_response_changed  # it imports these models

    survey_response_changed(response)


class SurveyResponseQuerySet(models.QuerySet):
    def record(self, survey, answers, contact=None, respondent=""):
        """Store one family's answers ({question: value, or a list of ticked values}, empty
        answers left out), who they said is answering, and, only if they agreed, their contact
        details, kept apart and linked by a random reference."""
        with transaction.atomic():
            response = self.create(survey=survey, locale_id=survey.locale_id, respondent=respondent)
            SurveyAnswer.objects.bulk_create(
                answer
                for question, value in answers.items()
                if value not in ("", None, [])
                for answer in question.answer_rows(value, response)
            )
            if contact:
                SurveyContact.objects.create(survey=survey, reference=response.reference, **contact)
            survey_response_changed(response)
        return response


class SurveyResponse(models.Model):
    """One family's set of answers to a survey."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="responses")
    locale = models.ForeignKey(
        "wagtailcore.Locale", on_delete=models.PROTECT, related_name="+", verbose_name=_("language")
    )
    submitted_at = models.DateTimeField(default=timezone.now, db_index=True)
    respondent = models.CharField(
        _("who is answering"),
        max_length=20,
        choices=Respondent.choices,
        blank=True,
        help_text=_("Empty where the survey did not ask."),
    )
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = SurveyResponseQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        default_permissions = ("view",)
        verbose_name = _("survey response")

    def __str__(self):
        return f"{self.survey.title} ({self.submitted_at:%Y-%m-%d})"


class SurveyAnswerQuerySet(TallyQuerySetMixin, models.QuerySet):
    time_field = "response__submitted_at"
    locale_field = "response__locale_id"
    page_path_field = "response__survey__path"
    respondent_field = "response__respondent"

    def for_questions(self, questions):
        """Answers to these questions and to their translations."""
        return self.filter(
            question__translation_key__in=[question.translation_key for question in questions]
        )

    def free_text(self):
        return self.exclude(text="")

    def text_older_than(self, moment):
        return self.free_text().filter(response__submitted_at__lt=moment)

    def counts_by_answer(self):
        """How many families gave each answer, per question: {(question_id, value): count}."""
        rows = self.exclude(value="").values("question_id", "value").annotate(count=Count("id"))
        return {(row["question_id"], row["value"]): row["count"] for row in rows.order_by()}

    def respondents_by_question(self):
        """How many families answered each question: {question_id: count}. For 'tick all that
        apply', fewer than the ticks."""
        rows = (
            self.exclude(value="")
            .values("question_id")
            .annotate(count=Count("response_id", distinct=True))
        )
        return {row["question_id"]: row["count"] for row in rows.order_by()}

    def tally_columns(self):
        return {
            "responses": Count("id", filter=Q(positive__isnull=False)),
            "positive": Count("id", filter=Q(positive=True)),
            "scored": Count("score"),
            "score_total": Sum("score"),
        }


class SurveyAnswer(models.Model):
    """One answer to one question. `value` is what was chosen ("4", "yes", a choice), `text` what
    was typed; `score` (ratings) and `positive` are what indicators count."""

    response = models.ForeignKey(SurveyResponse, on_delete=models.CASCADE, related_name="answers")
    question = models.ForeignKey(SurveyQuestion, on_delete=models.CASCADE, related_name="answers")
    value = models.CharField(max_length=255, blank=True)
    text = models.TextField(blank=True)
    score = models.PositiveSmallIntegerField(null=True, choices=Rating.choices)
    positive = models.BooleanField(null=True)

    objects = SurveyAnswerQuerySet.as_manager()

    class Meta:
        default_permissions = ()

    def __str__(self):
        return self.text or self.value


class SurveyContact(models.Model):
    """Contact details a family chose to leave. Kept apart from their answers and never exported
    with them; `reference` matches the SurveyResponse's, for a lead who must find both."""

    survey = models.ForeignKey(SurveyPage, on_delete=models.CASCADE, related_name="+")
    reference = models.UUIDField(editable=False)
    name = models.CharField(max_length=120, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(_("left on"), default=timezone.now, db_index=True)

    # Not in Wagtail's reference index: the survey's "Usage" screen, open to every editor, would
    # list each family's name.
    wagtail_reference_index_ignore = True

    class Meta:
        ordering = ["-created_at"]
        default_permissions = ("view", "delete")
        verbose_name = _("survey contact")

    def __str__(self):
        return self.name or self.email or self.phone


def _lines(text):
    return [line.strip() for line in text.splitlines() if line.strip()]
