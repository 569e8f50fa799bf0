"""The conformance suite's fixture, provided beside the repository: every engine's run of the
suite fails with the reason when it is missing."""

from django.conf import settings


def missing_fixture_message():
    """Why the suite can't run, or None if its fixture is where the settings say."""
    fixture = settings.SEARCH_CONFORMANCE_FIXTURES / "search.json"
    if fixture.is_file():
        return None
    return (
        f"modelsearch's conformance fixture was not found at {fixture}. It is provided beside "
        "the repository (../shared/conformance/search.json); set SEARCH_CONFORMANCE_FIXTURES "
        "to the folder holding search.json if it is elsewhere."
    )


class NeedsFixture:
    """Fail every test with the reason, rather than with loaddata's "No fixture named"."""

    @classmethod
    def setUpClass(cls):
        message = missing_fixture_message()
        if message:
            raise AssertionError(message)
        super().setUpClass()
