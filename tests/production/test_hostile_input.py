"""Hostile input on every public form and query string.

Families make typing mistakes, old links carry old values, robots fill in every field and attackers
send whatever they like: text with NUL bytes, megabytes of it, SQL and script snippets, letters
where numbers go, numbers too big for any column, a field repeated, missing or nobody asked for,
bytes that are not UTF-8, bodies that are not forms at all. Whatever arrives, the site answers
with a page or a clear refusal (2xx, 3xx or 4xx, never a server error) and what it stores is
whole: a rating is a rating, a survey response has all its required answers or does not exist,
and one request adds at most one of anything.

Requests go through Django's test client, so the full middleware stack runs, the page cache
included. What is stored is also checked to fit PostgreSQL's columns (no NUL bytes, no varchar
overflow), which SQLite would accept silently: production runs on PostgreSQL.
"""

import dataclasses
import datetime
from dataclasses import dataclass
from urllib.parse import quote_from_bytes

import pytest
from django.core.cache import caches
from django.db import models
from django.db.models import Sum
from django.utils.http import url_has_allowed_host_and_scheme
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, PageViewRestriction

from feedback.forms import COMMENT_MAX_LENGTH
from feedback.models import (
    FeedbackStatus,
    PageFeedback,
    SurveyAnswer,
    SurveyContact,
    SurveyResponse,
)
from feedback.questions import YES, YES_NO_CHOICES, QuestionType
from feedback.ratings import Rating, is_positive
from feedback.you_said_we_did.choices import EntryTopic
from localoffer.taxonomy import MAX_AGE, AreaOfNeed, Audience, Phase
from pathways.taxonomy import PfaOutcome
from search.categories import SearchCategory
from search.insights import search_term
from search.models import SearchTermCount
from tests.factories import StandardPageFactory
from tests.feedback.factories import SurveyPageFactory
from tests.pathways.factories import (
    GuidanceFinderPageFactory,
    PathwayIndexPageFactory,
    PathwayPageFactory,
    PfaIndexPageFactory,
    PfaPageFactory,
    ProvisionIndexPageFactory,
    ProvisionPageFactory,
    step,
)
from tests.you_said_we_did.factories import EntryFactory, YouSaidWeDidPageFactory

pytestmark = pytest.mark.django_db

hostile_examples = settings(
    max_examples=80,
    deadline=None,
    # The site is built once per test; each example only adds what the site stores from it.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def clear_caches():
    for cache in caches.all():
        cache.clear()


# What can be sent ---------------------------------------------------------------------------------

INJECTIONS = [
    "' OR '1'='1' --",
    "1; DROP TABLE feedback_pagefeedback; --",
    '" UNION SELECT password FROM auth_user --',
    "<script>hostile()</script>",
    '"><img src=x onerror=hostile()>',
    "javascript:hostile()",
    "{{ request.META }}{% debug %}",
    "%s%s%s%n%x",
    "../../../../etc/passwd",
    "\x00",
    "\r\nSet-Cookie: hostile=1",
    "\u202eevil\u202c\u200f",
    "👨‍👩‍👧 مدرسة التوحد",
    'AND OR ( title:"unbalanced [a TO z] ehcp~2^3 *',
]
NUMBERS = [
    "-1",
    "0",
    "26",
    "99999999999999999999999",
    str(2**63),
    "1e309",
    "NaN",
    "inf",
    "4.0",
    "1.5",
    " 3 ",
    "٣",  # an Arabic-Indic digit: Python's int() reads it
    "5_0",  # so does this
    "0x10",
    "+5",
]
PERSONAL_DETAILS = ["jane.doe@example.com", "07700 900123", "QQ 12 34 56 C", "SW1A 1AA"]
# Valid, and longer than the 254 characters an email column holds.
LONG_EMAIL = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".uk"

utf8_text = st.text(st.characters(codec="utf-8"), max_size=60)
huge_text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=4).map(
    lambda piece: piece * 10_000
)
hostile_values = st.one_of(
    utf8_text,
    st.sampled_from(INJECTIONS),
    st.sampled_from(NUMBERS),
    st.integers().map(str),
    huge_text,
)


def field_values(valid=()):
    """One field's value: valid, hostile, or the field repeated with several values."""
    single = st.one_of(st.sampled_from(valid), hostile_values) if valid else hostile_values
    return st.one_of(single, st.lists(single, min_size=2, max_size=3))


unknown_fields = st.dictionaries(
    st.one_of(
        utf8_text,
        st.sampled_from(["question_0", "question_99999999999999999999", "csrfmiddlewaretoken"]),
    ),
    field_values(),
    max_size=3,
)


def form_data(valid_answers, fields):
    """Form data from `fields` ({name: valid values}): any of them, each valid or hostile, or one
    of `valid_answers` with a few of them changed or removed; and fields nobody asked for."""
    anything = st.fixed_dictionaries({}, optional=_changes(fields, fields))
    return st.one_of(
        st.builds(_merged, st.just({}), anything, unknown_fields),
        *(
            st.builds(_merged, st.just(valid), _a_few_changes(fields), unknown_fields)
            for valid in valid_answers
        ),
    )


def _a_few_changes(fields):
    names = st.lists(st.sampled_from(list(fields)), max_size=2, unique=True)
    return names.flatmap(lambda names: st.fixed_dictionaries(_changes(fields, names)))


def _changes(fields, names):
    """Each of `names` set to a valid or hostile value, or to None: removed."""
    return {name: st.one_of(st.none(), field_values(fields[name])) for name in names}


def _merged(answers, changes, unknown):
    data = {**unknown, **answers, **changes}
    return {name: value for name, value in data.items() if value is not None}


def raw_query_strings():
    """Query strings no form would make: bytes that are not UTF-8, broken escapes, bare `&`."""
    pieces = st.one_of(
        st.binary(max_size=30).map(lambda raw: quote_from_bytes(raw, safe="")),
        st.sampled_from(["%", "%z", "%ff", "%00", "%C0%AF", "%ED%A0%80", "=", "&", ";", "+"]),
        st.sampled_from(["q", "page", "age", "year", "topic", "phase", "audience"]),
    )
    return st.lists(pieces, max_size=12).map("".join)


def just_under_the_limit(detail):
    """`detail` repeated to just under the comment limit: redaction makes it longer."""
    return (detail + " ") * (COMMENT_MAX_LENGTH // (len(detail) + 1))


RATINGS = [str(value) for value in Rating.values]
AGES = [str(age) for age in range(MAX_AGE + 1)]
QUERY_FIELDS = {
    "q": ["ehcp", "short breaks", "school transport"],
    "type": SearchCategory.values,
    "audience": Audience.values,
    "area": AreaOfNeed.values,
    "phase": Phase.values,
    "outcome": PfaOutcome.values,
    "age": AGES,
    "topic": EntryTopic.values,
    "year": ["2025"],
    "page": ["1", "2"],
    "feedback": ["thanks"],
    "survey": ["thanks"],
}
STEPS = ["Talk to the school", "Ask for an assessment"]
PAGE_FEEDBACK_FIELDS = {
    "rating": RATINGS,
    "step": [f"{number}. {title}" for number, title in enumerate(STEPS, start=1)],
    "comment": ["Clear, thank you.", *map(just_under_the_limit, PERSONAL_DETAILS)],
    "website": ["", "http://spam.example"],
}
SURVEY_CHOICES = ["Very well", "Quite well", "Not well"]
# Questions by their type: the test sends each answer under its question's field name.
SURVEY_FIELDS = {
    QuestionType.RATING: RATINGS,
    QuestionType.YES_NO: [value for value, _label in YES_NO_CHOICES],
    QuestionType.CHOICE: SURVEY_CHOICES,
    QuestionType.TEXT: ["Call me back on 07700 900123", "x" * COMMENT_MAX_LENGTH],
    "contact_consent": ["on", "true", "1", "false", ""],
    "contact_name": ["Sam Parent", "x" * 120],
    "contact_email": ["parent@example.com", LONG_EMAIL],
    "contact_phone": ["01632 960 001", "+44 7700 900123"],
    "website": ["", "http://spam.example"],
}
SURVEY_ANSWERS = {
    QuestionType.RATING: "5",
    QuestionType.YES_NO: YES,
    QuestionType.CHOICE: "Not well",
}
CONTACT = {"contact_consent": "on", "contact_email": "parent@example.com"}

# Wagtail's own public forms: a page's password, and the login for pages only for signed-in users.
PASSWORD = "forum-password"
RETURN_URLS = ["/", "/search/?q=ehcp", "//evil.example/", "https://evil.example/", "home", "0"]
WAGTAIL_FORM_FIELDS = {
    "password": [PASSWORD, "not-the-password"],
    "return_url": RETURN_URLS,
    "username": ["test-editor", "admin"],
    "next": RETURN_URLS,
}

# The site ---------------------------------------------------------------------------------------

#: In `Site.feedback_pages`: every page type families can rate, and what they cannot (answered 404).
RATEABLE = [
    "home",
    "guidance",
    "pathway index",
    "pathway",
    "finder",
    "provision index",
    "provision",
    "PfA index",
    "PfA",
    "survey",
    "closed survey",
    "you said we did",
]
NOT_FOR_RATING = ["draft", "tree root", "password-protected page", "never a page"]


@dataclass
class Site:
    urls: dict  # what a family can open, by name
    feedback_pages: dict  # pages a rating could be sent for, by name; None: no page at all
    survey: object
    closed_survey: object


@pytest.fixture
def site(search_index, home_page, settings):
    """One published page of every family-facing type, with the page cache on as in production."""
    settings.PAGE_CACHE_SECONDS = 600
    guidance = StandardPageFactory(parent=home_page, title="Short breaks for disabled children")
    pathway_index = PathwayIndexPageFactory(parent=home_page)
    pathway = PathwayPageFactory(
        parent=pathway_index, title="Asking for an EHC plan", steps=[step(t) for t in STEPS]
    )
    provision_index = ProvisionIndexPageFactory(parent=home_page)
    provision = ProvisionPageFactory(parent=provision_index, title="Communication")
    pfa_index = PfaIndexPageFactory(parent=home_page)
    pfa = PfaPageFactory(parent=pfa_index, title="Getting a job")
    finder = GuidanceFinderPageFactory(parent=home_page, title="For parents and carers")
    survey = SurveyPageFactory(parent=home_page, ask_for_contact_details=True)
    closed_survey = SurveyPageFactory(parent=home_page, closes_on=datetime.date(2020, 1, 31))
    you_said_we_did = YouSaidWeDidPageFactory(parent=home_page)
    EntryFactory()
    draft = StandardPageFactory(parent=home_page, title="Not published yet", publish=False)
    private = StandardPageFactory(parent=home_page, title="Parent forum notes")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    tree_root = Page.objects.get(depth=1)  # live and public, but no family can open it
    pages = {
        "home": home_page,
        "guidance": guidance,
        "pathway index": pathway_index,
        "pathway": pathway,
        "provision index": provision_index,
        "provision": provision,
        "PfA index": pfa_index,
        "PfA": pfa,
        "finder": finder,
        "survey": survey,
        "closed survey": closed_survey,
        "you said we did": you_said_we_did,
        "password-protected page": private,
    }
    urls = {name: page.url for name, page in pages.items()}
    urls |= {
        "provision, printable": f"{provision.url}print/",
        "you said we did, feed": f"{you_said_we_did.url}feed/",
        "search": "/search/",
        "search, in Polish": "/pl/search/",
        "search result link": "/search/open/",
        "page feedback": f"/feedback/page/{guidance.pk}/",
        "page feedback, tree root": f"/feedback/page/{tree_root.pk}/",
        "password form": f"/_util/authenticate_with_password/{restriction.pk}/{private.pk}/",
        "password form, no such restriction": f"/_util/authenticate_with_password/{2**63}/1/",
        "front-end login": "/_util/login/",
        "health check": "/healthz",
    }
    feedback_pages = {**pages, "draft": draft, "tree root": tree_root, "never a page": None}
    return Site(urls, feedback_pages, survey, closed_survey)


# What is stored ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stored:
    """How much of each thing families' requests store."""

    feedback: int
    responses: int
    answers: int
    contacts: int
    search_terms: int
    searches: int
    opens: int

    @classmethod
    def now(cls):
        counts = SearchTermCount.objects.aggregate(searches=Sum("searches"), opens=Sum("opens"))
        return cls(
            feedback=PageFeedback.objects.count(),
            responses=SurveyResponse.objects.count(),
            answers=SurveyAnswer.objects.count(),
            contacts=SurveyContact.objects.count(),
            search_terms=SearchTermCount.objects.count(),
            searches=counts["searches"] or 0,
            opens=counts["opens"] or 0,
        )

    def added_since(self, before):
        return {
            f.name: getattr(self, f.name) - getattr(before, f.name)
            for f in dataclasses.fields(self)
        }


def assert_at_most_one_of_each(before, status):
    """One request adds at most one of anything (a survey response brings its answers), and a
    refused one adds nothing."""
    added = Stored.now().added_since(before)
    # How often each answer came and something was stored: `pytest --hypothesis-show-statistics`.
    event(f"{status}, {'stored' if any(added.values()) else 'nothing stored'}")
    assert all(count >= 0 for count in added.values()), added
    assert all(added[name] <= 1 for name in added if name != "answers"), added
    if not added["responses"]:
        assert added["answers"] == added["contacts"] == 0, added
    if status >= 400:
        assert not any(added.values()), added


def assert_fits_postgresql(row):
    """PostgreSQL refuses NUL bytes in text and text longer than a varchar column; SQLite keeps
    both, so a request that works in tests could fail in production."""
    for field in row._meta.concrete_fields:
        value = getattr(row, field.attname)
        if isinstance(value, str):
            assert "\x00" not in value, (field.name, value)
            if isinstance(field, models.CharField) and field.max_length:
                assert len(value) <= field.max_length, (field.name, len(value))


def assert_feedback_whole(site):
    pages = {
        page.pk: page
        for name, page in site.feedback_pages.items()
        if name not in NOT_FOR_RATING and page is not None
    }
    for row in PageFeedback.objects.all():
        assert row.page_id in pages
        page = pages[row.page_id]
        assert row.locale_id == page.locale_id
        assert row.rating in Rating.values
        assert row.step in ("", *getattr(page, "feedback_steps", list)())
        assert row.status == (FeedbackStatus.UNREAD if row.comment else "")
        assert row.comment == row.comment.strip()
        assert_fits_postgresql(row)


def assert_surveys_whole(site):
    """Every response has exactly one answer to each required question, at most one to others,
    each a valid answer of its kind; contact details only ever go with a response."""
    assert not SurveyResponse.objects.filter(survey=site.closed_survey).exists()
    questions = {question.pk: question for question in site.survey.questions.all()}
    required = {pk for pk, question in questions.items() if question.required}
    for response in SurveyResponse.objects.prefetch_related("answers"):
        assert response.survey_id == site.survey.pk
        assert_fits_postgresql(response)
        answered = [answer.question_id for answer in response.answers.all()]
        assert len(answered) == len(set(answered))
        assert required <= set(answered) <= set(questions)
        for answer in response.answers.all():
            assert_answer_whole(answer, questions[answer.question_id])
    references = set(SurveyResponse.objects.values_list("reference", flat=True))
    for contact in SurveyContact.objects.all():
        assert contact.reference in references
        assert contact.email or contact.phone
        assert_fits_postgresql(contact)


def assert_answer_whole(answer, question):
    assert_fits_postgresql(answer)
    if question.question_type == QuestionType.TEXT:
        assert answer.text
        assert answer.text == answer.text.strip()
        assert (answer.value, answer.score, answer.positive) == ("", None, None)
        return
    assert answer.text == ""
    if question.question_type == QuestionType.RATING:
        assert answer.value == str(answer.score)
        assert answer.score in Rating.values
        assert answer.positive == is_positive(answer.score)
    elif question.question_type == QuestionType.YES_NO:
        assert answer.value in SURVEY_FIELDS[QuestionType.YES_NO]
        assert answer.positive == (answer.value == YES)
    else:
        assert answer.value in question.choice_list
        assert answer.positive == (answer.value in question.positive_choice_list)


def assert_search_terms_whole():
    for row in SearchTermCount.objects.all():
        assert row.term
        assert row.term == search_term(row.term)
        assert row.no_results <= row.searches
        assert_fits_postgresql(row)


def assert_no_script_reflected(response):
    """Script we sent never comes back as markup (JSON and Atom escape it their own way)."""
    assert b"<script>hostile()" not in response.content
    assert b"<img src=x onerror" not in response.content


# Query strings ----------------------------------------------------------------------------------

# Pages answer 200 whatever their filters say: what they do not recognise is ignored with a note.
GET_ANSWERS = {
    "search result link": {302, 400, 404},
    "page feedback": {302},
    "page feedback, tree root": {404},
    "password form, no such restriction": {404},
}
# Every address in the site fixture, in two halves so that each test stays short.
ADDRESSES = {
    "guidance pages": [
        "home",
        "guidance",
        "pathway index",
        "pathway",
        "finder",
        "provision index",
        "provision",
        "provision, printable",
        "PfA index",
        "PfA",
        "password-protected page",
    ],
    "forms, search and feeds": [
        "survey",
        "closed survey",
        "you said we did",
        "you said we did, feed",
        "search",
        "search, in Polish",
        "search result link",
        "page feedback",
        "page feedback, tree root",
        "password form",
        "password form, no such restriction",
        "front-end login",
        "health check",
    ],
}


@pytest.mark.parametrize("addresses", ADDRESSES.values(), ids=ADDRESSES.keys())
@settings(hostile_examples, max_examples=30)  # each example opens every address in the half
@given(
    params=form_data([{"q": "short breaks"}], QUERY_FIELDS),
    raw=st.one_of(st.none(), raw_query_strings()),
)
@example(params={"q": "ehcp", "page": str(2**63), "year": "99999999999", "age": "٣"}, raw=None)
@example(params={}, raw="phase=%ff%00&phase=primary&age=%&q=%ED%A0%80&page=-1")
def test_any_query_string_gets_a_page_or_a_clear_refusal(site, client, addresses, params, raw):
    for name in addresses:
        clear_caches()  # a fresh page cache, and no rate limit carried over
        before = Stored.now()
        url = site.urls[name]

        response = client.get(f"{url}?{raw}") if raw is not None else client.get(url, params)

        assert response.status_code in GET_ANSWERS.get(name, {200}), name
        assert_no_script_reflected(response)
        assert_at_most_one_of_each(before, response.status_code)
    assert_search_terms_whole()


def test_every_address_and_page_is_sent_hostile_input(site):
    assert sorted(name for half in ADDRESSES.values() for name in half) == sorted(site.urls)
    assert sorted([*RATEABLE, *NOT_FOR_RATING]) == sorted(site.feedback_pages)


# "Was this page helpful?" -----------------------------------------------------------------------

HUGE_PAGE_IDS = [0, 2**31, 2**63, 10**30]


@hostile_examples
@given(
    target=st.sampled_from([*RATEABLE, *NOT_FOR_RATING]),
    huge_id=st.sampled_from(HUGE_PAGE_IDS),
    data=form_data(
        [{"rating": "4"}, {"rating": "2", "step": "2. Ask for an assessment"}], PAGE_FEEDBACK_FIELDS
    ),
    accept=st.one_of(
        st.sampled_from(["text/html", "application/json", "application/json;q=x, */*;q=nan"]),
        st.text(st.characters(codec="latin-1"), max_size=40),  # what a header can carry
    ),
)
def test_any_page_feedback_is_stored_whole_or_refused(site, client, target, huge_id, data, accept):
    clear_caches()
    before = Stored.now()
    page = site.feedback_pages[target]

    response = client.post(
        f"/feedback/page/{page.pk if page else huge_id}/", data, headers={"accept": accept}
    )

    # Thanked with the widget's HTML in JSON (200) or by going back to the page (303).
    assert response.status_code in {200, 303, 400, 404, 429}
    assert (response.status_code == 404) == (target in NOT_FOR_RATING)
    assert_no_script_reflected(response)
    assert_at_most_one_of_each(before, response.status_code)
    assert_feedback_whole(site)


# Surveys ----------------------------------------------------------------------------------------


@hostile_examples
@given(
    closed=st.booleans(),
    data=form_data([SURVEY_ANSWERS, {**SURVEY_ANSWERS, **CONTACT}], SURVEY_FIELDS),
)
@example(
    closed=False, data={**SURVEY_ANSWERS, "contact_consent": "on", "contact_email": LONG_EMAIL}
)
@example(closed=False, data={**SURVEY_ANSWERS, QuestionType.TEXT: "\x00"})
def test_any_survey_answer_is_stored_whole_or_refused(site, client, closed, data):
    clear_caches()
    before = Stored.now()
    survey = site.closed_survey if closed else site.survey
    fields = {
        question.question_type: f"question_{question.pk}" for question in survey.questions.all()
    }

    response = client.post(
        survey.url, {fields.get(name, name): value for name, value in data.items()}
    )

    assert response.status_code in ({403} if closed else {303, 400, 429})
    assert_no_script_reflected(response)
    assert_at_most_one_of_each(before, response.status_code)
    assert_surveys_whole(site)


# Wagtail's own forms -----------------------------------------------------------------------------

WAGTAIL_FORM_ANSWERS = {
    "password form": {200, 302, 400},  # the form again, the right password, a broken form
    "password form, no such restriction": {400, 404},
    "front-end login": {200},  # the form again: nobody here can sign in
}


@hostile_examples
@given(
    target=st.sampled_from(list(WAGTAIL_FORM_ANSWERS)),
    data=form_data([{"password": PASSWORD, "return_url": "/"}], WAGTAIL_FORM_FIELDS),
)
@example(target="password form", data={"password": PASSWORD, "return_url": "home"})
def test_wagtails_own_forms_answer_anything_and_only_go_back_to_this_site(
    site, client, target, data
):
    clear_caches()
    before = Stored.now()

    response = client.post(site.urls[target], data)

    event(f"{target}: {response.status_code}")
    assert response.status_code in WAGTAIL_FORM_ANSWERS[target]
    if response.status_code == 302:
        assert url_has_allowed_host_and_scheme(response["Location"], "testserver")
    assert_no_script_reflected(response)
    assert not any(Stored.now().added_since(before).values())


# Bodies that are not forms ----------------------------------------------------------------------

CONTENT_TYPES = [
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded; charset=utf-16",
    "application/x-www-form-urlencoded; charset=no-such-charset",
    "multipart/form-data; boundary=hostile",
    "multipart/form-data",
    "application/json",
    "text/plain",
    "",
]
bodies = st.one_of(
    st.binary(max_size=300),
    raw_query_strings().map(str.encode),
    st.sampled_from([b"rating=4", b"rating=4&comment=%00", b'{"rating": 4}', b"--hostile\r\n"]),
)


@hostile_examples
@given(
    target=st.sampled_from(["page feedback", "survey"]),
    body=bodies,
    content_type=st.sampled_from(CONTENT_TYPES),
)
@example(target="page feedback", body=b"rating=4&" * 1001, content_type=CONTENT_TYPES[0])
@example(target="survey", body=b"comment=" + b"x" * 3_000_000, content_type=CONTENT_TYPES[0])
@example(
    target="page feedback",
    body=b'--hostile\r\nContent-Disposition: form-data; name="rating"\r\n\r\n4',
    content_type=CONTENT_TYPES[3],
)
def test_a_body_that_is_not_a_form_is_refused_or_read_safely(
    site, client, target, body, content_type
):
    clear_caches()
    before = Stored.now()
    url = site.urls[target]

    response = client.generic("POST", url, body, content_type=content_type)

    assert response.status_code < 500
    assert_at_most_one_of_each(before, response.status_code)
    assert_feedback_whole(site)
    assert_surveys_whole(site)
