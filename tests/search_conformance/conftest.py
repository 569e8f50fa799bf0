"""These tests run only under their own settings, in their own pytest process.

The main suite runs with the site's settings, where modelsearch's test models are not installed;
there, this folder is skipped instead of failing to import.
"""

from django.conf import settings

if "modelsearch.test.testapp" not in settings.INSTALLED_APPS:
    collect_ignore_glob = ["test_*.py"]
