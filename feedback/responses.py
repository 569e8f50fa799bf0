"""Each family's response to a survey as one row, every answer side by side, for leads who
analyse a survey in a spreadsheet. Anonymous: no contact details and no reference (which is what
links a response to them).

A survey and its translations are one table: a column per question, named as the question is
written in the source language, holds the answers to the question and to its translations (they
share a translation key), and answers chosen from a translated list are written as the
source-language answer in the same place on the list.
"""

from dataclasses import dataclass

from django.db.models import Prefetch
from wagtail.models import Locale

from feedback.models import SurveyAnswer, SurveyQuestion, SurveyResponse
from feedback.questions import LIST_TYPES, YES_NO_CHOICES, QuestionType
from localoffer import calendar

#: What a "tick all that apply" cell puts between the answers ticked.
TICKED_SEPARATOR = "; "


@dataclass
class QuestionColumn:
    key: str  # the question's translation key, as text: the column's name in `list_export`
    heading: str
    question: SurveyQuestion  # in the source language where there is one


class ResponseTable:
    """The responses to `survey` and its translations, and their columns."""

    def __init__(self, survey):
        self.survey = survey
        questions = list(
            SurveyQuestion.objects.filter(page__translation_key=survey.translation_key).order_by(
                "sort_order", "pk"
            )
        )
        self.questions = {question.pk: question for question in questions}
        source_locale = Locale.get_default().pk
        columns = {}
        for question in questions:
            key = str(question.translation_key)
            if key not in columns or question.locale_id == source_locale:
                columns[key] = QuestionColumn(key, question.question, question)
        self.columns = sorted(columns.values(), key=lambda column: column.question.sort_order)
        self._source_choices = {key: column.question.choice_list for key, column in columns.items()}

    def responses(self):
        """The responses, newest first, with their answers and language: three queries."""
        return (
            SurveyResponse.objects.filter(survey__translation_key=self.survey.translation_key)
            .select_related("locale")
            .prefetch_related(Prefetch("answers", queryset=SurveyAnswer.objects.order_by("pk")))
            .order_by("-submitted_at", "-pk")
        )

    def row(self, response):
        """{"submitted_on", "language", "respondent", and each column's key: the answer}. The
        day it was sent in UK time, not the moment, which says more than analysis needs."""
        row = {
            "submitted_on": calendar.date_of(response.submitted_at),
            "language": response.locale.get_display_name(),
            "respondent": response.get_respondent_display(),
            **{column.key: "" for column in self.columns},
        }
        ticked = {}
        for answer in response.answers.all():
            question = self.questions.get(answer.question_id)
            if question is None:  # a question of a page that is no longer a translation
                continue
            key = str(question.translation_key)
            if question.question_type == QuestionType.MULTIPLE_CHOICE:
                ticked.setdefault(key, []).append(self._in_source_language(question, answer))
            else:
                row[key] = self._cell(question, answer)
        for key, choices in ticked.items():
            order = self._source_choices[key]
            choices.sort(key=lambda choice: order.index(choice) if choice in order else len(order))
            row[key] = TICKED_SEPARATOR.join(choices)
        return row

    def _cell(self, question, answer):
        if question.question_type == QuestionType.RATING:
            return answer.score  # a number, for the spreadsheet to add up
        if question.question_type == QuestionType.YES_NO:
            return str(dict(YES_NO_CHOICES).get(answer.value, answer.value))
        if question.question_type in LIST_TYPES:
            return self._in_source_language(question, answer)
        return answer.text

    def _in_source_language(self, question, answer):
        """The answer chosen from a translated list, as the source-language list words it."""
        choices = question.choice_list
        source = self._source_choices[str(question.translation_key)]
        if answer.value in choices and len(choices) == len(source):
            return source[choices.index(answer.value)]
        return answer.value
