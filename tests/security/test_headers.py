import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

pytestmark = pytest.mark.django_db


def test_family_pages_get_a_strict_content_security_policy(home_page, client):
    response = client.get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "style-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in policy


def test_the_admin_reports_policy_breaches_without_blocking_wagtail(client):
    response = client.get(reverse("wagtailadmin_login"))
    assert "Content-Security-Policy" not in response.headers
    assert "script-src 'self'" in response.headers["Content-Security-Policy-Report-Only"]


def test_error_pages_carry_the_headers_too(home_page, client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Content-Security-Policy" in response.headers


@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailsnippets_feedback_pagefeedback:list",
        "wagtailsnippets_feedback_surveycontact:list",
        "wagtailsnippets_feedback_yousaidwedidentry:list",
        "feedback_surveys:index",
    ],
)
def test_admin_pages_with_families_words_enforce_a_policy_they_keep(client, lead, url_name):
    client.force_login(lead)
    response = client.get(reverse(url_name))
    assert response.status_code == 200
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self';" in policy
    assert "object-src 'none'" in policy
    # Every script on the page is a file (or data Wagtail reads), so the policy blocks nothing.
    scripts = BeautifulSoup(response.content, "html.parser").find_all("script")
    assert scripts
    inline = [
        script
        for script in scripts
        if not script.get("src") and script.get("type") not in ("application/json",)
    ]
    assert inline == []
