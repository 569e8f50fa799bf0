"""The demo's year of feedback, and the leads' permissions from the data migration."""

import io
from collections import Counter

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command

from feedback.indicator_results import dashboard_spans, indicator_results
from feedback.models import (
    OutcomeIndicator,
    PageFeedback,
    Priority,
    ServiceMeasure,
    SurveyAnswer,
    SurveyPage,
)
from feedback.questions import Respondent
from localoffer import calendar, roles
from localoffer.calendar import Period, recent_spans, span_containing

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_year_of_feedback_and_a_survey(demo_site, client):
    oldest = PageFeedback.objects.order_by("created_at").first().created_at
    twelve_months = recent_spans(Period.MONTH, calendar.today(), 12)
    assert span_containing(oldest, Period.MONTH) == twelve_months[0]
    assert 1000 < PageFeedback.objects.count() < 5000
    assert PageFeedback.objects.with_comments().exists()
    # The English survey (the demo also translates it).
    survey = SurveyPage.objects.get(slug="tell-us-what-you-think", locale=demo_site.locale)
    assert client.get(survey.url).status_code == 200
    assert SurveyAnswer.objects.filter(question__page=survey).count() > 500


def test_the_demo_survey_asks_who_is_answering_and_has_ticks(demo_site):
    survey = SurveyPage.objects.get(slug="tell-us-what-you-think", locale=demo_site.locale)
    assert survey.ask_who_is_answering
    who = Counter(survey.responses.values_list("respondent", flat=True))
    assert set(who) == set(Respondent.values)
    assert who.most_common(1)[0][0] == Respondent.PARENT_CARER
    ticks = SurveyAnswer.objects.filter(question__page=survey, question__question_type="multiple")
    per_response = Counter(ticks.values_list("response_id", flat=True))
    assert max(per_response.values()) > 1  # some families tick several
    assert len(per_response) < survey.responses.count()  # an optional question, sometimes skipped


def test_every_demo_indicator_has_a_trend(demo_site):
    indicators = OutcomeIndicator.objects.select_related(
        "section", "service_measure"
    ).prefetch_related("survey_questions")
    assert len({indicator.priority for indicator in indicators}) >= 3
    for results in indicator_results(indicators, dashboard_spans(calendar.today())):
        assert any(period.trend for period in results.periods), results.indicator.name


def test_loading_the_demo_again_adds_no_feedback(demo_site):
    counts = (
        PageFeedback.objects.count(),
        SurveyAnswer.objects.count(),
        OutcomeIndicator.objects.count(),
    )
    call_command("load_demo", stdout=io.StringIO())
    assert (
        PageFeedback.objects.count(),
        SurveyAnswer.objects.count(),
        OutcomeIndicator.objects.count(),
    ) == counts


def test_demo_comments_hold_no_personal_details(demo_site):
    comments = PageFeedback.objects.with_comments().values_list("comment", flat=True)
    assert not any("@" in comment or "07700" in comment for comment in comments)


@pytest.mark.parametrize(
    ("group", "has_feedback_permissions"),
    [(roles.LEADS, True), (roles.EDITORS, False), (roles.MODERATORS, False)],
)
def test_only_leads_are_given_feedback_permissions(group, has_feedback_permissions):
    codenames = set(
        Group.objects.get(name=group)
        .permissions.filter(content_type__app_label="feedback")
        .values_list("codename", flat=True)
    )
    expected = {
        "view_pagefeedback",
        "change_pagefeedback",
        "view_surveyresponse",
        "view_surveycontact",
        "delete_surveycontact",
        "add_outcomeindicator",
        "change_outcomeindicator",
        "delete_outcomeindicator",
        "view_outcomeindicator",
        # "You said, we did" entries (migration 0004).
        *(
            f"{action}_yousaidwedidentry"
            for action in ("add", "change", "delete", "view", "publish", "lock", "unlock")
        ),
        # Strategy priorities and service measures (migration 0007).
        *(
            f"{action}_{model}"
            for model in ("priority", "servicemeasure")
            for action in ("add", "change", "delete", "view")
        ),
    }
    assert codenames == (expected if has_feedback_permissions else set())


def test_the_demo_reports_every_service_measure_two_years_deep(demo_site):
    """Each measure the strategies track has figures for the last two school years at least,
    the newest for the last period that has ended, and an indicator under a priority."""
    today = calendar.today()
    for measure in ServiceMeasure.objects.prefetch_related("figures", "indicators"):
        starts = sorted(figure.period_start for figure in measure.figures.all())
        last_ended = span_containing(today, measure.period).previous()
        assert starts[-1] == last_ended.start, measure.name
        assert (starts[-1] - starts[0]).days >= 365 or measure.period == Period.YEAR, measure.name
        assert len(starts) >= 2, measure.name
        assert measure.indicators.get().priority_id, measure.name
    assert ServiceMeasure.objects.count() >= 8
    assert Priority.objects.filter(narratives__isnull=False).count() >= 3
    assert Priority.objects.filter(you_said_we_did_entries__isnull=False).distinct().count() >= 3
