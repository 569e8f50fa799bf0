import io
import json
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed_site(home_page):
    call_command("update_index", stdout=io.StringIO())
    return home_page


def test_healthy_site_answers_200_with_each_check(indexed_site, client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert json.loads(response.content) == {
        "status": "ok",
        "checks": {"database": "ok", "search_index": "ok"},
    }
    assert "no-cache" in response.headers["Cache-Control"]


def test_a_missing_index_answers_503_without_exposing_details(indexed_site, client, caplog):
    shutil.rmtree(settings.SEARCH_INDEX_DIR)
    response = client.get("/healthz")
    body = response.content.decode()
    assert response.status_code == 503
    assert json.loads(body)["checks"] == {"database": "ok", "search_index": "error"}
    assert str(settings.SEARCH_INDEX_DIR) not in body
    assert "Health check failed: search_index" in caplog.text


def test_only_get_is_allowed(client):
    assert client.post("/healthz").status_code == 405
