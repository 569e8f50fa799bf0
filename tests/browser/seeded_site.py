"""Pages with known accessibility problems, to prove the checks find them. Serve them with
`@pytest.mark.urls("tests.browser.seeded_site")`, which keeps the rest of the site's URLs."""

from django.http import HttpResponse
from django.urls import path

from localoffer.urls import urlpatterns as site_urlpatterns

WITH_PROBLEMS = """<!DOCTYPE html>
<html lang="en"><head><title>Seeded problems</title></head>
<body><main>
  <h1>Seeded problems</h1>
  <img src="/static/localoffer/img/favicon.svg">
  <p style="color: #bbbbbb; background: #ffffff">Pale grey text on white.</p>
</main></body></html>"""

WITHOUT_PROBLEMS = """<!DOCTYPE html>
<html lang="en"><head><title>No problems</title></head>
<body><main>
  <h1>No problems</h1>
  <img src="/static/localoffer/img/favicon.svg" alt="Anyshire Council logo">
  <p style="color: #0b0c0c; background: #ffffff">Dark text on white.</p>
</main></body></html>"""

urlpatterns = [
    path("seeded-problems/", lambda request: HttpResponse(WITH_PROBLEMS)),
    *site_urlpatterns,
]
