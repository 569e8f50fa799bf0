"""System checks for the configuration of the Whoosh search backend."""

import os
from pathlib import Path

from django.core.checks import Error
from django.utils.module_loading import import_string
from modelsearch.backends import import_backend
from modelsearch.conf import get_app_config

from search.backends.whoosh import WhooshSearchBackend


def check_whoosh_backends(app_configs=None, **kwargs):
    """Check every configured Whoosh backend: its index folder (search.E001), that it names one
    (search.E002), and that its synonyms can be imported (search.E003)."""
    errors = []
    for name, options in get_app_config().get_search_backend_config().items():
        if _is_whoosh(options.get("BACKEND")):
            errors.extend(_check_backend(name, options))
    return errors


def _check_backend(name, options):
    if not options.get("PATH"):
        yield Error(
            f"The Whoosh search backend '{name}' has no PATH option.",
            hint="Set PATH to the folder for its index (the site uses SEARCH_INDEX_DIR).",
            id="search.E002",
        )
    else:
        problem = _folder_problem(Path(options["PATH"]))
        if problem:
            yield Error(
                f"The index folder of the Whoosh search backend '{name}', {options['PATH']}, "
                f"{problem}.",
                hint="Point SEARCH_INDEX_DIR at a folder the site's user can write to.",
                id="search.E001",
            )
    if options.get("SYNONYMS"):
        try:
            import_string(options["SYNONYMS"])
        except ImportError as error:
            yield Error(
                f"The SYNONYMS of the Whoosh search backend '{name}' can't be imported: {error}",
                hint="Give the dotted path of a callable returning groups of equivalent terms.",
                id="search.E003",
            )


def _is_whoosh(backend_path):
    try:
        backend = import_backend(backend_path)
    except ImportError:
        return False
    return isinstance(backend, type) and issubclass(backend, WhooshSearchBackend)


def _folder_problem(path):
    """Why the backend couldn't keep its index in `path`, or None if it can."""
    try:
        if path.exists():
            if not path.is_dir():
                return "is not a folder"
            return None if _writable(path) else "is not writable"
        # The backend creates the folder on first write: its nearest existing parent must allow it.
        parent = next(ancestor for ancestor in path.absolute().parents if ancestor.exists())
    except OSError as error:  # e.g. a parent folder that can't be searched
        return f"cannot be checked ({error.strerror})"
    if not parent.is_dir() or not _writable(parent):
        return f"does not exist and cannot be created in {parent}"
    return None


def _writable(folder):
    return os.access(folder, os.W_OK | os.X_OK)
