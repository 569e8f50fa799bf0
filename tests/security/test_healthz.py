import io
import json
import shutil

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder

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
        "checks": {"database": "ok", "migrations": "ok", "cache": "ok", "search_index": "ok"},
    }
    assert "no-cache" in response.headers["Cache-Control"]


def test_a_missing_index_answers_503_without_exposing_details(indexed_site, client, caplog):
    shutil.rmtree(settings.SEARCH_INDEX_DIR)
    response = client.get("/healthz")
    body = response.content.decode()
    assert response.status_code == 503
    assert json.loads(body)["checks"] == {
        "database": "ok",
        "migrations": "ok",
        "cache": "ok",
        "search_index": "error",
    }
    assert str(settings.SEARCH_INDEX_DIR) not in body
    assert "Health check failed: search_index" in caplog.text


def test_only_get_is_allowed(client):
    assert client.post("/healthz").status_code == 405


def test_a_database_without_the_sites_tables_answers_503(indexed_site, client):
    """What a new, empty SQLite file in place of the real one looks like: it answers queries."""
    MigrationRecorder(connection).migration_qs.filter(app="feedback").delete()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"]["migrations"] == "error"


def test_a_cache_that_cannot_be_written_answers_503(indexed_site, client, settings, tmp_path):
    blocked = tmp_path / "a-file"  # a folder cannot be made inside a file, even by root
    blocked.write_text("")
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": "localoffer.caching.FileBasedCache", "LOCATION": str(blocked / "c")},
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert json.loads(response.content)["checks"] == {
        "database": "ok",
        "migrations": "ok",
        "cache": "error",
        "search_index": "ok",
    }
