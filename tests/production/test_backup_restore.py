"""The backup and restore in README ("Backups") give back every page, revision, owner, review,
rating, survey answer and "You said, we did" entry, and the site serves them again.

The test runs the documented commands: `dumpdata`, then, into a database emptied of every row
(`flush --inhibit-post-migrate`, so that content types and permissions come back with the ids
the backup refers to), `loaddata` and `update_index`. Ids are kept as they were: page links inside
StreamFields and revisions are stored as ids, and the audit log keeps the ids of deleted pages."""

import io

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from wagtail.models import Page, Revision

from feedback.models import PageFeedback, SurveyAnswer, SurveyContact, YouSaidWeDidEntry
from localoffer.content_review.models import Owner, ReviewStatus
from tests.factories import StandardPageFactory
from tests.feedback.factories import PageFeedbackFactory, SurveyPageFactory, answers
from tests.pathways.factories import PathwayIndexPageFactory, PathwayPageFactory, step
from tests.you_said_we_did.factories import EntryFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# As README's "Backups" section writes them.
DUMP_OPTIONS = {"exclude": ["sessions", "django_tasks_database"]}


def snapshot():
    """What must survive, model by model, in a form that compares equal after a restore."""
    return {
        "pages": list(Page.objects.order_by("path").values_list("path", "title", "live", "locale")),
        "revisions": Revision.objects.count(),
        "owners": list(Owner.objects.order_by("email").values_list("name", "email")),
        "reviews": list(
            ReviewStatus.objects.order_by("page_id").values_list("page_id", "next_review_due")
        ),
        "ratings": list(
            PageFeedback.objects.order_by("pk").values_list("page_id", "rating", "comment")
        ),
        "survey answers": list(
            SurveyAnswer.objects.order_by("pk").values_list("question_id", "value", "text")
        ),
        "contacts": list(SurveyContact.objects.values_list("email", "reference")),
        "you said we did": list(
            YouSaidWeDidEntry.objects.order_by("pk").values_list("title", "live", "status")
        ),
    }


@pytest.fixture
def site(search_index, home_page, client):
    guidance = StandardPageFactory(parent=home_page, title="Short breaks")
    pathway = PathwayPageFactory(
        parent=PathwayIndexPageFactory(parent=home_page),
        title="Asking for an assessment",
        steps=[step("Talk to the school"), step("Ask the council")],
    )
    PageFeedbackFactory(page=guidance, rating=2, comment="The bus times are wrong.")
    survey = SurveyPageFactory(parent=home_page, ask_for_contact_details=True)
    family = answers(survey, contact_consent="on", contact_email="kim@example.com")
    assert client.post(survey.url, family).status_code == 303
    EntryFactory(title="Bus times")
    return {"guidance": guidance, "pathway": pathway}


def test_a_backup_restores_into_an_empty_database(site, client, tmp_path):
    before = snapshot()
    backup = tmp_path / "localoffer.json.gz"
    call_command("dumpdata", output=str(backup), **DUMP_OPTIONS)

    call_command("flush", interactive=False, inhibit_post_migrate=True)
    assert not Page.objects.exists()
    call_command("loaddata", str(backup), stdout=io.StringIO())
    call_command("update_index", stdout=io.StringIO())

    assert snapshot() == before
    assert Page.find_problems() == ([], [], [], [], [])
    pathway = client.get(site["pathway"].url)
    assert pathway.status_code == 200
    assert "Ask the council" in pathway.content.decode()
    found = BeautifulSoup(client.get("/search/", {"q": "short breaks"}).content, "html.parser")
    assert "Short breaks" in [
        result.a.get_text(strip=True) for result in found.select(".search-result")
    ]
