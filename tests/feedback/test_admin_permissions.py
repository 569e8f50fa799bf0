"""Who sees what: families never see results; editors and moderators who are not leads never see
families' comments, survey answers, contact details or indicators; leads see them all."""

import csv
import io
import uuid

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from feedback.models import PageFeedback, SurveyContact, SurveyResponse
from tests.feedback.factories import OutcomeIndicatorFactory, PageFeedbackFactory, answers

pytestmark = pytest.mark.django_db

COMMENT = "The transport page left me confused."


@pytest.fixture
def private_things(guidance_page, survey):
    feedback = PageFeedbackFactory(page=guidance_page, comment=COMMENT, status="unread")
    contact = SurveyContact.objects.create(
        survey=survey, reference=uuid.uuid4(), name="Sam", email="sam@example.com"
    )
    indicator = OutcomeIndicatorFactory(section=guidance_page)
    return {
        "inbox": reverse("wagtailsnippets_feedback_pagefeedback:list"),
        "comment": reverse("wagtailsnippets_feedback_pagefeedback:edit", args=[feedback.pk]),
        "inbox export": reverse("wagtailsnippets_feedback_pagefeedback:list") + "?export=csv",
        "dashboard": reverse("feedback_indicators:dashboard"),
        "dashboard export": reverse("feedback_indicators:dashboard") + "?export=csv",
        "board report": reverse("feedback_indicators:board_report"),
        "indicators": reverse("wagtailsnippets_feedback_outcomeindicator:list"),
        "indicator": reverse("wagtailsnippets_feedback_outcomeindicator:edit", args=[indicator.pk]),
        "surveys": reverse("feedback_surveys:index"),
        "survey results": reverse("feedback_surveys:results", args=[survey.pk]),
        "survey free text": reverse("feedback_surveys:comments", args=[survey.pk]),
        "contacts": reverse("wagtailsnippets_feedback_surveycontact:list"),
        "contact": reverse("wagtailsnippets_feedback_surveycontact:inspect", args=[contact.pk]),
    }


def test_families_are_sent_to_the_login_page(client, private_things):
    for name, url in private_things.items():
        response = client.get(url)
        assert response.status_code == 302, name
        assert response["Location"].startswith(reverse("wagtailadmin_login")), name


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_see_none_of_it(role, request, client, private_things):
    client.force_login(request.getfixturevalue(role))
    for name, url in private_things.items():
        response = client.get(url)
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home"), name
        assert COMMENT not in response.content.decode(), name


@pytest.mark.parametrize("role", ["editor", "moderator"])
def test_editors_and_moderators_have_no_feedback_menu(role, request, client):
    client.force_login(request.getfixturevalue(role))
    assert "Family feedback" not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_leads_see_all_of_it(client, lead, private_things):
    client.force_login(lead)
    for name, url in private_things.items():
        assert client.get(url).status_code == 200, name
    home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Family feedback" in home


def test_nobody_makes_up_feedback_or_contact_details_in_the_admin(client, private_things):
    superuser = get_user_model().objects.create_superuser("boss", "boss@example.com", "x" * 12)
    client.force_login(superuser)
    assert_denied(client.get(reverse("wagtailsnippets_feedback_pagefeedback:add")))
    assert_denied(client.get(reverse("wagtailsnippets_feedback_surveycontact:add")))
    contact = SurveyContact.objects.get()
    assert_denied(
        client.get(reverse("wagtailsnippets_feedback_surveycontact:edit", args=[contact.pk]))
    )


def test_leads_can_delete_contact_details(client, lead, private_things):
    client.force_login(lead)
    contact = SurveyContact.objects.get()
    url = reverse("wagtailsnippets_feedback_surveycontact:delete", args=[contact.pk])
    assert client.post(url).status_code == 302
    assert not SurveyContact.objects.exists()


def test_one_familys_contact_details_are_found_and_exported_alone(client, lead, private_things):
    survey = SurveyContact.objects.get().survey
    SurveyContact.objects.create(
        survey=survey, reference=uuid.uuid4(), name="Alex", email="alex@example.com"
    )
    client.force_login(lead)

    found = client.get(private_things["contacts"], {"q": "sam@example.com"})
    export = client.get(private_things["contacts"], {"q": "sam@example.com", "export": "csv"})

    assert "sam@example.com" in found.content.decode()
    assert "alex@example.com" not in found.content.decode()
    rows = list(csv.reader(io.StringIO(b"".join(export.streaming_content).decode())))
    assert rows[0] == ["Name", "Email", "Phone", "Survey", "Left on", "Reference"]
    assert [row[:2] for row in rows[1:]] == [["Sam", "sam@example.com"]]


def test_deleting_contact_details_keeps_the_anonymous_answers(client, lead, survey):
    survey.ask_for_contact_details = True
    survey.save_revision().publish()
    family = answers(survey, contact_consent="on", contact_email="kim@example.com")
    assert client.post(survey.url, family).status_code == 303
    contact = SurveyContact.objects.get()
    client.force_login(lead)

    url = reverse("wagtailsnippets_feedback_surveycontact:delete", args=[contact.pk])
    assert client.post(url).status_code == 302

    assert not SurveyContact.objects.exists()
    assert SurveyResponse.objects.filter(reference=contact.reference).count() == 1


def test_leads_change_a_comments_status_but_not_what_the_family_wrote(client, lead, private_things):
    client.force_login(lead)
    feedback = PageFeedback.objects.get()
    client.post(private_things["comment"], {"status": "needs_action", "comment": "Rewritten"})
    feedback.refresh_from_db()
    assert feedback.status == "needs_action"
    assert feedback.comment == COMMENT


def assert_denied(response):
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
