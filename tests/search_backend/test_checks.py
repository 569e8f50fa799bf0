"""search.checks: misconfigured Whoosh backends are reported when the site starts."""

import os

import pytest
from django.core.exceptions import ImproperlyConfigured

from search.backends.whoosh import WhooshSearchBackend
from search.checks import check_whoosh_backends

BACKEND = "search.backends.whoosh"


@pytest.fixture
def configure(settings):
    def configure(**backends):
        settings.MODELSEARCH_BACKENDS = backends

    return configure


def error_ids(errors):
    return [error.id for error in errors]


def test_an_existing_writable_folder_passes(configure, tmp_path):
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path})

    assert check_whoosh_backends() == []


def test_a_folder_that_can_be_created_passes(configure, tmp_path):
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path / "var" / "search-index"})

    assert check_whoosh_backends() == []


def test_a_file_in_the_way_is_reported(configure, tmp_path):
    (tmp_path / "index").write_text("")
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path / "index"})

    errors = check_whoosh_backends()

    assert error_ids(errors) == ["search.E001"]
    assert "is not a folder" in errors[0].msg


def test_a_folder_that_cannot_be_created_is_reported(configure, tmp_path):
    (tmp_path / "var").write_text("")
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path / "var" / "search-index"})

    errors = check_whoosh_backends()

    assert error_ids(errors) == ["search.E001"]
    assert "cannot be created" in errors[0].msg


def test_a_folder_that_is_not_writable_is_reported(configure, tmp_path, monkeypatch):
    # The tests may run as root, whom file permissions don't stop: the OS's answer is faked.
    access = os.access
    monkeypatch.setattr(os, "access", lambda path, mode: path != tmp_path and access(path, mode))
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path})

    errors = check_whoosh_backends()

    assert error_ids(errors) == ["search.E001"]
    assert "is not writable" in errors[0].msg


def test_a_missing_path_is_reported(configure):
    configure(default={"BACKEND": BACKEND})

    assert error_ids(check_whoosh_backends()) == ["search.E002"]
    with pytest.raises(ImproperlyConfigured, match="needs a PATH"):
        WhooshSearchBackend({})


def test_synonyms_that_cannot_be_imported_are_reported(configure, tmp_path):
    configure(default={"BACKEND": BACKEND, "PATH": tmp_path, "SYNONYMS": "search.nowhere.synonyms"})

    assert error_ids(check_whoosh_backends()) == ["search.E003"]


def test_every_whoosh_backend_is_checked_and_no_other(configure, tmp_path):
    (tmp_path / "index").write_text("")
    configure(
        default={"BACKEND": BACKEND, "PATH": tmp_path / "index"},
        images={"BACKEND": BACKEND},
        database={"BACKEND": "modelsearch.backends.database", "PATH": tmp_path / "index"},
    )

    assert error_ids(check_whoosh_backends()) == ["search.E001", "search.E002"]
