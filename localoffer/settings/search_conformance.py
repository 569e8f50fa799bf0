"""Settings for the Whoosh search backend's tests: modelsearch's conformance suite and our own.

They need modelsearch's test models and the `modelsearch` app itself (for its
`rebuild_modelsearch_index` command), which can't sit beside Wagtail's `wagtail.search`, so they
run in a pytest process of their own:

    pytest tests/search_conformance tests/search_backend --ds=localoffer.settings.search_conformance
"""

import os
import tempfile
from pathlib import Path

# modelsearch's own test settings are the base: its test app, its `modelsearch` app, taggit.
from modelsearch.test.settings import *

REPO_ROOT = Path(__file__).resolve().parents[2]

# modelsearch's conformance fixture (`search.json`), provided beside the repository, never in it.
SEARCH_CONFORMANCE_FIXTURES = Path(
    os.environ.get("SEARCH_CONFORMANCE_FIXTURES", REPO_ROOT.parent / "shared" / "conformance")
)
FIXTURE_DIRS = [SEARCH_CONFORMANCE_FIXTURES]

# Tests give each test its own index folder. This one, created only if something is indexed
# outside a test's own, keeps such writes out of the working tree.
MODELSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "search.backends.whoosh",
        "PATH": Path(tempfile.gettempdir()) / f"localoffer-search-tests-{os.getpid()}",
    }
}

# Index objects as they are saved, inside the test's transaction (as the site's test settings do).
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
        "ENQUEUE_ON_COMMIT": False,
    }
}

# The site's tests empty the cache around every test; modelsearch's database cache would need
# database access for that, so these tests use memory instead.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
