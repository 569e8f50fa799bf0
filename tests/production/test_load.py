"""Feedback under load: families rating one page at once, through gunicorn with production
settings, lose no answer and get no error."""

import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from http.cookies import SimpleCookie
from urllib.parse import urlencode

from bs4 import BeautifulSoup
from django.conf import settings

from tests.production.conftest import PROXY_HEADERS

FAMILIES = 20
# Each family uses its whole allowance under the rate limit, which must tell families apart by
# the address the proxy forwards: keyed on the proxy's own, nearly all would be refused.
ANSWERS_PER_FAMILY = settings.FEEDBACK_RATE_LIMIT["requests"]

GUIDANCE_PAGE = """
import json
from home.models import StandardPage
from localoffer.demo import DemoSite

demo = DemoSite(log=lambda *_: None)
page = demo.page(
    demo.home,
    StandardPage,
    "short-breaks",
    title="Short breaks for disabled children",
    summary="Time away from caring, and activities for your child.",
)
print(json.dumps({"id": page.pk, "url": page.url}))
"""

STORED_COMMENTS = """
import json
from feedback.models import PageFeedback

comments = PageFeedback.objects.filter(page_id={page_id}).values_list("comment", flat=True)
print(json.dumps(list(comments)))
"""


class Family:
    """One family's browser, reaching the site through the council's proxy from its own address,
    as a person would: it opens the page, then sends the feedback form the page shows."""

    def __init__(self, site, number):
        self.site = site
        self.number = number
        self.headers = {
            **PROXY_HEADERS,
            "X-Forwarded-For": f"198.51.100.{number + 1}",
            "User-Agent": "Mozilla/5.0 (family browser)",
        }

    def rate_page(self, page_url):
        """Open the page, then answer the form ANSWERS_PER_FAMILY times; the statuses and the
        comments sent."""
        form, cookie = self._open(page_url)
        comments = [self.comment(answer) for answer in range(ANSWERS_PER_FAMILY)]
        statuses = [
            self._send(form, cookie, rating=1 + answer % 5, comment=comment)
            for answer, comment in enumerate(comments)
        ]
        return statuses, comments

    def comment(self, answer):
        return f"Family {self.number}, answer {answer}: the section on eligibility was clear."

    def _open(self, page_url):
        response, body = self._request("GET", page_url)
        assert response.status == 200, f"{page_url} answered {response.status}"
        form = BeautifulSoup(body, "html.parser").select_one("form[data-feedback-form]")
        cookie = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie", []):
            cookie.load(header)
        return form, cookie

    def _send(self, form, cookie, **answers):
        fields = {
            "csrfmiddlewaretoken": form.select_one("input[name=csrfmiddlewaretoken]")["value"],
            "website": "",  # the honeypot, left empty as people do
            **answers,
        }
        headers = {
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": "; ".join(f"{name}={morsel.value}" for name, morsel in cookie.items()),
            "Origin": self.site.origin,
        }
        response, _ = self._request("POST", form["action"], urlencode(fields), headers)
        return response.status

    def _request(self, method, path, body=None, headers=None):
        connection = self.site.connection()
        try:
            connection.request(method, path, body, {**self.headers, **(headers or {})})
            response = connection.getresponse()
            return response, response.read()
        finally:
            connection.close()


def test_every_answer_sent_at_once_by_many_families_is_stored_once(served_site):
    page = served_site.run_python(GUIDANCE_PAGE)
    families = [Family(served_site, number) for number in range(FAMILIES)]

    with served_site.serving(workers=2, threads=4):
        started = time.monotonic()
        with ThreadPoolExecutor(max_workers=FAMILIES) as pool:
            answers = list(pool.map(lambda family: family.rate_page(page["url"]), families))
        seconds = time.monotonic() - started

    statuses = Counter(status for family_statuses, _ in answers for status in family_statuses)
    sent = sorted(comment for _, comments in answers for comment in comments)
    print(f"{len(sent)} answers in {seconds:.1f} s: {len(sent) / seconds:.0f} per second")
    # 303 sends each family back to the page, thanked.
    assert statuses == {303: FAMILIES * ANSWERS_PER_FAMILY}
    stored = served_site.run_python(STORED_COMMENTS.format(page_id=page["id"]))
    assert sorted(stored) == sent
