import pytest
from django.contrib.auth import get_user_model

from feedback.models import (
    PageFeedback,
    Priority,
    ServiceMeasure,
    SurveyAnswer,
    SurveyContact,
    SurveyResponse,
)
from feedback.ratings import Rating
from localoffer.directory.models import Language
from search.models import SynonymGroup
from tests.directory.factories import LocationFactory, ServiceFactory, ServiceTypeFactory
from tests.factories import OwnerFactory, StandardPageFactory
from tests.feedback.factories import OutcomeIndicatorFactory, SurveyPageFactory
from tests.you_said_we_did.factories import EntryFactory

# What families wrote: no admin screen may show these to anyone but leads and superusers.
FAMILY_COMMENT = "Family-comment-3f9a the wait for an assessment was too long"
FAMILY_ANSWER = "Family-answer-7c1e please add more about short breaks"
CONTACT_NAME = "Contact-name-b52d"
CONTACT_EMAIL = "contact-e91f@family.example"
FAMILY_TEXT = (FAMILY_COMMENT, FAMILY_ANSWER, CONTACT_NAME, CONTACT_EMAIL)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser(
        username="test-admin", password="not-a-real-password", email="admin@anyshire.example"
    )


@pytest.fixture
def family_records(home_page):
    """One record of each kind the admin shows, families' text in those that hold it; returns
    the values admin URLs are filled with (see tests/security/admin_urls.py)."""
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    feedback = PageFeedback.objects.create(
        page=page, locale_id=page.locale_id, rating=Rating.POOR, comment=FAMILY_COMMENT
    )
    survey = SurveyPageFactory(parent=home_page, title="Tell us what you think")
    response = SurveyResponse.objects.create(survey=survey, locale_id=survey.locale_id)
    SurveyAnswer.objects.create(
        response=response, question=survey.questions.get(question_type="text"), text=FAMILY_ANSWER
    )
    contact = SurveyContact.objects.create(
        survey=survey, reference=response.reference, name=CONTACT_NAME, email=CONTACT_EMAIL
    )
    entry = EntryFactory(comments=[feedback])
    service = ServiceFactory(locations=[LocationFactory()])
    language = Language.objects.create(code="pl", name="Polish")
    return {
        "feedback.pagefeedback": feedback.pk,
        "feedback.surveycontact": contact.pk,
        "feedback.yousaidwedidentry": entry.pk,
        "feedback.outcomeindicator": OutcomeIndicatorFactory().pk,
        "feedback.servicemeasure": ServiceMeasure.objects.create(
            name="Appeals to the SEND Tribunal", unit="count", better="lower"
        ).pk,
        "feedback.priority": Priority.objects.get().pk,  # the indicator's
        "content_review.owner": OwnerFactory().pk,
        "search.synonymgroup": SynonymGroup.objects.create(terms="EHCP, EHC plan").pk,
        "directory.service": service.pk,
        "directory.organisation": service.organisation_id,
        "directory.location": service.locations.first().pk,
        "directory.servicetype": ServiceTypeFactory().pk,
        "directory.language": language.pk,
        "wagtailcore.page": page.pk,
        "page_id": page.pk,
        "parent_page_id": home_page.pk,
        "feedback_surveys:pk": survey.pk,
    }
