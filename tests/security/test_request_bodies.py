"""Every POST endpoint answers any body, declared in any charset, with a page or a 4xx.

Endpoints: page feedback, a survey, the password form and the sign-in for restricted pages, the
Wagtail admin's and Django admin's sign-in. Bodies: forms, random bytes, multipart bodies that
break off, fields far over every length limit; declared in charsets Python knows, some it does
not, and made-up names.
"""

import pytest
from django.test import Client
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from localoffer.security.request_bodies import is_readable_charset
from tests.factories import StandardPageFactory
from tests.feedback.factories import SurveyPageFactory

pytestmark = pytest.mark.django_db

KNOWN_CHARSETS = [
    "utf-8",
    "UTF-8",
    "latin-1",
    "iso-8859-1",
    "windows-1252",
    "ascii",
    "utf-16",
    "utf-16-le",
    "utf-32",
    "utf-7",
    "cp500",  # EBCDIC
    "shift_jis",
    "big5",
    "rot13",  # a codec Python knows that is not a charset
    "idna",
    "no-such-charset",
    "",
]
# Any text a header can carry: HTTP servers refuse a header with a control character such as NUL
# before the site sees it (and Django's test client would fail building the request itself).
header_text = st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)
charsets = st.one_of(st.sampled_from(KNOWN_CHARSETS), header_text)
bodies = st.one_of(
    st.binary(max_size=500),
    st.sampled_from(
        [
            b"rating=4&comment=Helpful",
            "rating=4&comment=Pomocne, dziękuję".encode("utf-16"),
            b"rating=4&comment=" + b"x" * 200_000,
            b"username=priya&password=guess",
            b'--b\r\nContent-Disposition: form-data; name="rating"\r\n\r\n4',
            b"--b\r\n\r\n\r\n--b--",
            b"\xff\xfe\x00=\x00&",
        ]
    ),
)
content_types = st.sampled_from(
    ["application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "text/plain"]
)


@pytest.fixture
def post_endpoints(home_page, settings):
    settings.PAGE_CACHE_SECONDS = 600
    page = StandardPageFactory(parent=home_page, title="Short breaks")
    survey = SurveyPageFactory(parent=home_page)
    private = StandardPageFactory(parent=home_page, title="Parent forum notes")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="forum-password"
    )
    return [
        f"/feedback/page/{page.pk}/",
        survey.url,
        f"/_util/authenticate_with_password/{restriction.pk}/{private.pk}/",
        "/_util/login/",
        "/admin/login/",
        "/django-admin/login/",
    ]


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    endpoint=st.integers(min_value=0, max_value=5),
    body=bodies,
    content_type=content_types,
    charset=charsets,
)
@example(
    endpoint=0, body=b"rating=4", content_type="application/x-www-form-urlencoded", charset="utf-16"
)
@example(endpoint=4, body=b"--b\r\n", content_type="multipart/form-data; boundary=b", charset="")
@example(endpoint=0, body=b"\x00", content_type="text/plain", charset="\u00e9\u2028")
def test_any_body_in_any_charset_gets_a_page_or_a_4xx(
    post_endpoints, endpoint, body, content_type, charset
):
    declared = f"{content_type}; charset={charset}" if charset else content_type
    client = Client(raise_request_exception=False)

    response = client.generic("POST", post_endpoints[endpoint], body, content_type=declared)

    assert response.status_code < 500
    if body and charset and not is_readable_charset(charset):  # no body: no content type sent
        assert response.status_code == 400
        assert b"We could not read what your browser sent" in response.content


@pytest.mark.parametrize("charset", ["utf-8", "UTF-8", "latin-1", "windows-1252", "ascii"])
def test_charsets_forms_are_written_in_are_readable(charset):
    assert is_readable_charset(charset)


@pytest.mark.parametrize("charset", ["utf-16", "utf-32", "cp500", "rot13", "no-such-charset", ""])
def test_other_charsets_are_not(charset):
    assert not is_readable_charset(charset)
