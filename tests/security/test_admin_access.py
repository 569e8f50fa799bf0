"""Every admin URL, requested by each role, against the table of who may see what.

The URLs come from the URLconf (tests/security/admin_urls.py), so a new screen is requested
here as soon as it exists, and fails until the table below says who may open it. Whatever the
table says, no response to anyone but leads and superusers may hold a family's words.
"""

from fnmatch import fnmatchcase

import pytest

from tests.security.admin_urls import admin_urls
from tests.security.conftest import FAMILY_TEXT

ROLES = ("anonymous", "editor", "moderator", "lead", "superuser")
ANYONE = frozenset(ROLES)
STAFF = frozenset({"editor", "moderator", "lead", "superuser"})
PUBLISHERS = frozenset({"moderator", "superuser"})
TRANSLATORS = frozenset({"editor", "moderator", "superuser"})
LEADS = frozenset({"lead", "superuser"})
# The directory's records go through a workflow that moderators and leads approve.
RECORD_PUBLISHERS = frozenset({"moderator", "lead", "superuser"})
SUPERUSER = frozenset({"superuser"})
SIGNED_OUT = frozenset({"anonymous"})
NOBODY = frozenset()
# Who may see families' comments, answers and contact details.
FAMILY_DATA_ROLES = LEADS

# (URL name, who may open it), the first matching name deciding. Names may hold * wildcards;
# "[app.model]" or "[app.model:action]" follow the names of URLs listed once per model.
# Those who may open a URL must not be refused (403, or a redirect to the login page or to the
# dashboard with "you do not have permission"); the others must get no page (2xx). URLs whose
# placeholders match no record answer 404 to every role, and POST-only ones 405.
WHO_MAY_SEE = [
    # Signing in and out, and the admin's static furniture.
    ("wagtailadmin_login", SIGNED_OUT),
    ("wagtailadmin_logout", None),  # not requested: it would sign the test's user out
    ("admin:logout", None),
    ("wagtailadmin_password_reset*", ANYONE),
    ("wagtailadmin_sprite", ANYONE),
    ("wagtailadmin_javascript_catalog", ANYONE),
    ("admin:login", ANYONE),
    ("(unnamed admin/^.*/$)", ANYONE),  # adds a missing trailing slash
    ("(unnamed admin/test404/)", STAFF),  # Wagtail's "page not found", for testing it
    ("wagtailadmin_error_test", STAFF),  # answers 500 on purpose, for testing error pages
    # Django's admin: superusers only.
    ("admin:autocomplete", NOBODY),  # refused without its query parameters
    ("admin:django_tasks_database_dbtaskresult_add", NOBODY),  # tasks are queued by the site
    ("admin:django_tasks_database_dbtaskresult_delete", NOBODY),
    ("admin:*", SUPERUSER),
    # Translation: for editors and moderators, whatever the model (families' records: 404).
    ("wagtail_localize:submit_*", TRANSLATORS),
    ("wagtail_localize:update_translations", TRANSLATORS),
    # Families' records: leads only, through every route that names the model.
    ("*[feedback.pagefeedback*", LEADS),
    ("*[feedback.surveycontact*", LEADS),
    ("*[feedback.yousaidwedidentry*", LEADS),
    ("*[feedback.outcomeindicator*", LEADS),
    ("*[feedback.servicemeasure*", LEADS),
    ("*[feedback.priority*", LEADS),
    # Families create these on the site: nobody makes them up, or edits contact details.
    ("wagtailsnippet*_feedback_pagefeedback:add", NOBODY),
    ("wagtailsnippet*_feedback_pagefeedback:create", NOBODY),
    ("wagtailsnippet*_feedback_surveycontact:add", NOBODY),
    ("wagtailsnippet*_feedback_surveycontact:create", NOBODY),
    ("wagtailsnippets_feedback_surveycontact:edit", NOBODY),
    ("wagtailsnippets_feedback_surveycontact:usage", NOBODY),  # needs "change"
    ("wagtailsnippets_feedback_pagefeedback:delete", SUPERUSER),
    ("wagtailsnippets_feedback_pagefeedback:*", LEADS),
    ("wagtailsnippetchoosers_feedback_pagefeedback:*", LEADS),
    ("wagtailsnippets_feedback_surveycontact:*", LEADS),
    ("wagtailsnippetchoosers_feedback_surveycontact:*", LEADS),
    # Each response: answers side by side, never contact details; leads only, as the results.
    ("feedback_surveys:responses*", LEADS),
    ("feedback_surveys:*", LEADS),
    ("feedback_indicators:*", LEADS),
    ("wagtailsnippet*_feedback_outcomeindicator:*", LEADS),
    ("wagtailsnippet*_feedback_servicemeasure:*", LEADS),  # with the CSV upload
    ("wagtailsnippet*_feedback_priority:*", LEADS),
    ("wagtailsnippets_feedback_yousaidwedidentry:workflow_preview", NOBODY),  # none under way
    # Answers 200 to anyone, but only a form to cancel a task of an entry under moderation.
    ("wagtailsnippets_feedback_yousaidwedidentry:confirm_workflow_cancellation", STAFF),
    ("wagtailsnippet*_feedback_yousaidwedidentry:*", LEADS),
    ("you_said_we_did_report:*", LEADS),
    # Leads' reports.
    ("search_insights:*", LEADS),
    ("content_review:report*", STAFF),  # each editor sees their own and their team's pages
    ("content_review:languages*", STAFF),  # the same pages, against each language
    ("content_review:*", LEADS),
    ("accessibility_report:*", LEADS),
    # Content owners: every role chooses them; leads keep the list.
    ("*[content_review.owner*", STAFF),
    ("wagtailsnippets_content_review_owner:list*", STAFF),
    ("wagtailsnippets_content_review_owner:*", LEADS),
    ("wagtailsnippetchoosers_content_review_owner:create", LEADS),
    ("wagtailsnippetchoosers_content_review_owner:*", STAFF),
    ("*[search.synonymgroup*", STAFF),
    ("wagtailsnippet*_search_synonymgroup:*", STAFF),
    # The directory: editors keep its records; moderators and leads also publish them.
    ("wagtailsnippets_directory_*:unpublish", RECORD_PUBLISHERS),
    ("wagtailsnippets_directory_*:revisions_unschedule", RECORD_PUBLISHERS),
    ("wagtailsnippets_directory_servicetype:delete", SUPERUSER),  # lists editors add to
    ("wagtailsnippets_directory_language:delete", SUPERUSER),
    ("wagtailsnippet*_directory_*", STAFF),
    # Users, groups, sites, locales, workflows, collections and redirects: superusers.
    ("admin_access:bulk_action[auth.user:*", SUPERUSER),
    ("wagtailusers_users:delete", NOBODY),  # the placeholder is the superuser's own account
    ("wagtailusers_*", SUPERUSER),
    ("wagtailsites:*", SUPERUSER),
    ("wagtaillocales:*", SUPERUSER),
    ("wagtailadmin_workflows:task_chooser*", STAFF),
    ("wagtailadmin_workflows:task_chosen", STAFF),
    ("wagtailadmin_workflows:*", SUPERUSER),
    ("wagtailadmin_collections:*", SUPERUSER),
    ("wagtailredirects:*", SUPERUSER),
    ("wagtailsearchpromotions:search_terms*", SUPERUSER),
    ("wagtailsearchpromotions:chooser*", STAFF),
    ("wagtailsearchpromotions:*", LEADS),
    # Pages: editors' work, publishing for moderators.
    ("wagtailadmin_pages:delete", PUBLISHERS),
    ("wagtailadmin_pages:unpublish", PUBLISHERS),
    ("wagtailadmin_pages:set_privacy", PUBLISHERS),
    ("wagtailadmin_pages:revisions_unschedule", PUBLISHERS),
    ("wagtailadmin_pages:move", NOBODY),  # the placeholder is the tree's root
    ("wagtailadmin_pages:workflow_preview", NOBODY),  # no task under way
    ("wagtailadmin_reports:locked_pages*", PUBLISHERS),
    ("admin_access:*", STAFF),  # pages, images, documents, owners, synonyms
    ("wagtailadmin_*", STAFF),
    ("wagtail_localize:*", STAFF),
    ("wagtailsettings:*", STAFF),
    ("wagtailsnippets:*", STAFF),
    ("wagtaildocs*", STAFF),
    ("wagtailimages*", STAFF),
]


def who_may_see(name):
    for pattern, roles in WHO_MAY_SEE:
        if fnmatchcase(name, pattern):
            return roles
    raise LookupError(name)


def is_refusal(response):
    if response.status_code == 403:
        return True
    location = response.get("Location", "")
    return response.status_code == 302 and (
        "/login/" in location or location.rstrip("/").endswith("/admin")
    )


def body_of(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("role", ROLES)
def test_each_role_sees_exactly_what_the_table_allows(role, client, family_records, request):
    if role != "anonymous":
        client.force_login(request.getfixturevalue(role))
    client.raise_request_exception = False
    wrong = []
    for name, url in admin_urls(family_records):
        try:
            allowed = who_may_see(name)
        except LookupError:
            wrong.append(f"{name} ({url}) is not in WHO_MAY_SEE")
            continue
        if allowed is None or url is None:
            continue
        response = client.get(url)
        if role in allowed and is_refusal(response):
            wrong.append(f"{url} ({name}) refused")
        if role not in allowed and response.status_code < 300:
            wrong.append(f"{url} ({name}) answered {response.status_code}")
        if role not in FAMILY_DATA_ROLES and any(
            text.encode() in body_of(response) for text in FAMILY_TEXT
        ):
            wrong.append(f"{url} ({name}) shows families' words")
    assert not wrong, "\n".join(wrong)


def test_the_table_only_lists_urls_that_exist(family_records):
    names = [name for name, _url in admin_urls(family_records)]
    unused = [
        pattern
        for pattern, _roles in WHO_MAY_SEE
        if not any(fnmatchcase(name, pattern) for name in names)
    ]
    assert unused == []


def test_every_snippet_chooser_asks_for_permission_on_its_model():
    """The role table requests the choosers of today's snippets; this keeps tomorrow's in line."""
    from wagtail.snippets.models import get_snippet_models

    from localoffer.security.admin_access import PermissionCheckedChooserViewSet

    unchecked = [
        model._meta.label
        for model in get_snippet_models()
        if not issubclass(
            model.snippet_viewset.chooser_viewset_class, PermissionCheckedChooserViewSet
        )
    ]
    assert unchecked == []
