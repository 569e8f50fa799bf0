"""Outcome indicator results counted by the database: periods, sources, suppression, splits by
language and section, and a number of queries that does not grow with the number of answers."""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from feedback.indicator_results import indicator_results
from feedback.measures import Trend
from feedback.models import FeedbackStatus, OutcomeIndicator, PageFeedback, SurveyResponse
from feedback.tallying import counting as tallies
from localoffer.calendar import Period, recent_spans
from tests.factories import StandardPageFactory
from tests.feedback.factories import OutcomeIndicatorFactory

pytestmark = pytest.mark.django_db

LONDON = ZoneInfo("Europe/London")
TODAY = datetime.date(2025, 4, 15)


def at(year, month, day, hour=12):
    return datetime.datetime(year, month, day, hour, tzinfo=LONDON)


def rate(page, ratings, moment, **fields):
    PageFeedback.objects.bulk_create(
        PageFeedback(page=page, locale_id=page.locale_id, rating=r, created_at=moment, **fields)
        for r in ratings
    )
    tallies.rebuild()  # rows added in bulk, as the demo does


def answer(survey, question_text, values, moment):
    question = survey.questions.get(question__startswith=question_text)
    for value in values:
        response = SurveyResponse.objects.record(survey, {question: value})
        SurveyResponse.objects.filter(pk=response.pk).update(submitted_at=moment)
    tallies.rebuild()  # answers moved back in time in bulk


def results_for(*indicators, day=TODAY, count=3):
    indicators = OutcomeIndicator.objects.filter(pk__in=[i.pk for i in indicators])
    indicators = indicators.select_related("section").prefetch_related("survey_questions")
    return indicator_results(indicators, lambda i: recent_spans(i.period, day, count))


def values(results):
    return [(p.span.short_label, p.value, p.responses) for p in results.periods]


def test_percentage_positive_per_month_with_suppression(section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section, period=Period.MONTH, target=60)
    rate(guidance_page, [5, 4, 4, 4, 4, 4, 3, 2, 1, 1], at(2025, 3, 10))  # 6 of 10 positive
    rate(guidance_page, [5] * 9, at(2025, 4, 2))  # too few

    [results] = results_for(indicator)

    assert values(results) == [
        ("Feb 2025", None, 0),
        ("Mar 2025", Decimal("60.0"), 10),
        ("Apr 2025", None, 9),
    ]
    march, april = results.periods[1:]
    assert march.on_track is True
    assert april.too_few
    assert april.on_track is None
    assert april.trend is None


def test_average_score(section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section, measure="mean_score", target=4)
    rate(guidance_page, [5, 5, 4, 4, 4, 3, 3, 2, 1, 5, 4], at(2025, 4, 1))  # 40 / 11
    [results] = results_for(indicator)
    assert results.latest.value == Decimal("3.64")
    assert results.latest.on_track is False


def test_trend_against_the_previous_period(section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section)
    rate(guidance_page, [5] * 5 + [1] * 5, at(2025, 3, 3))
    rate(guidance_page, [5] * 8 + [1] * 2, at(2025, 4, 3))
    [results] = results_for(indicator)
    assert results.latest.trend == Trend.UP


def test_answers_are_placed_in_periods_by_uk_local_time(section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section, period=Period.MONTH)
    utc = datetime.UTC
    # 23:30 UTC on 31 March is 00:30 on 1 April in British Summer Time.
    rate(guidance_page, [5] * 10, datetime.datetime(2025, 3, 31, 23, 30, tzinfo=utc))
    rate(guidance_page, [1] * 10, datetime.datetime(2025, 3, 31, 22, 30, tzinfo=utc))
    [results] = results_for(indicator)
    assert values(results)[1:] == [
        ("Mar 2025", Decimal("0.0"), 10),
        ("Apr 2025", Decimal("100.0"), 10),
    ]


def test_school_terms(section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section, period=Period.TERM)
    rate(guidance_page, [5] * 10, at(2024, 12, 31, 23))  # autumn term
    rate(guidance_page, [1] * 10, at(2025, 1, 1, 0))  # spring term
    rate(guidance_page, [4] * 10, at(2025, 4, 1, 0))  # summer term
    [results] = results_for(indicator)
    assert values(results) == [
        ("Autumn 2024", Decimal("100.0"), 10),
        ("Spring 2025", Decimal("0.0"), 10),
        ("Summer 2025", Decimal("100.0"), 10),
    ]


def test_only_the_section_counts_and_excluded_feedback_does_not(home_page, section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=section)
    elsewhere = StandardPageFactory(parent=home_page, title="Health")
    rate(section, [5] * 5, at(2025, 4, 2))
    rate(guidance_page, [5] * 5, at(2025, 4, 2))
    rate(elsewhere, [1] * 20, at(2025, 4, 2))
    rate(guidance_page, [1] * 20, at(2025, 4, 2), status=FeedbackStatus.EXCLUDED, comment="abuse")
    [results] = results_for(indicator)
    assert values(results)[-1] == ("Apr 2025", Decimal("100.0"), 10)


def test_translations_count_and_are_split_by_language(section, guidance_page, polish_page):
    indicator = OutcomeIndicatorFactory(section=section)
    rate(guidance_page, [5] * 10, at(2025, 4, 2))
    rate(polish_page, [5] * 5 + [1] * 5, at(2025, 4, 2))

    [results] = results_for(indicator)

    assert results.latest.value == Decimal("75.0")
    assert [(b.label, b.value, b.responses) for b in results.by_locale] == [
        ("English", Decimal("100.0"), 10),
        ("Polski", Decimal("50.0"), 10),
    ]
    assert [(b.label, b.responses) for b in results.by_section] == [
        ("Education and schools", 10),
        ("Education and schools (Polski)", 10),
    ]


def test_split_by_section_for_the_whole_site(home_page, section, guidance_page):
    indicator = OutcomeIndicatorFactory(section=home_page)
    health = StandardPageFactory(parent=home_page, title="Health")
    rate(guidance_page, [5] * 10, at(2025, 4, 2))
    rate(health, [1] * 4, at(2025, 4, 2))
    [results] = results_for(indicator)
    assert [(b.label, b.value, b.responses) for b in results.by_section] == [
        ("Education and schools", Decimal("100.0"), 10),
        ("Health", None, 4),  # too few to show
    ]


def test_survey_questions_and_page_ratings_count_together(section, guidance_page, survey):
    indicator = OutcomeIndicatorFactory(section=section)
    indicator.survey_questions.set(survey.questions.filter(question_type__in=["rating", "yes_no"]))
    rate(guidance_page, [5] * 4, at(2025, 4, 2))
    answer(survey, "How would you rate", ["1", "2", "4"], at(2025, 4, 3))
    answer(survey, "Did you find", ["yes", "no", "yes"], at(2025, 4, 4))
    [results] = results_for(indicator)
    assert values(results)[-1] == ("Apr 2025", Decimal("70.0"), 10)  # 7 of 10 positive


def test_the_average_ignores_answers_without_a_score(survey):
    indicator = OutcomeIndicatorFactory(measure="mean_score", target=3)
    indicator.survey_questions.set(survey.questions.filter(question_type__in=["rating", "yes_no"]))
    answer(survey, "How would you rate", ["5"] * 5 + ["2"] * 5, at(2025, 4, 3))
    answer(survey, "Did you find", ["yes"] * 10, at(2025, 4, 4))
    [results] = results_for(indicator)
    assert (results.latest.value, results.latest.responses) == (Decimal("3.50"), 10)


def test_the_number_of_queries_does_not_grow_with_the_answers(
    home_page, section, guidance_page, survey
):
    indicators = [
        OutcomeIndicatorFactory(section=home_page, period=Period.TERM),
        OutcomeIndicatorFactory(section=section, period=Period.MONTH, measure="mean_score"),
        OutcomeIndicatorFactory(period=Period.QUARTER),
    ]
    indicators[2].survey_questions.set(survey.questions.filter(question_type="rating"))

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            results_for(*indicators, count=4)
        return len(queries)

    rate(guidance_page, [4] * 10, at(2025, 4, 2))
    answer(survey, "How would you rate", ["4"] * 2, at(2025, 4, 3))
    few = count_queries()
    for month in range(1, 5):
        rate(guidance_page, [5, 4, 3, 2, 1] * 40, at(2025, month, 2))
    answer(survey, "How would you rate", ["4", "5"] * 10, at(2025, 2, 3))
    many = count_queries()

    # indicators, their questions, section translations, ONE query for every count, languages,
    # section names.
    assert few == many == 6
