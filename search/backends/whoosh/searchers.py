"""Whoosh indexes opened once per thread and reused until they change on disk.

Opening an index reads its table of contents and opens every segment's files: most of the time
a small search takes. Each thread keeps the searchers it opened last, and before each use checks
the index's files (one directory listing, and the size, time and inode of each of the index's
files): a commit by any process, a rebuild, a reset or a damaged file changes them, and the
searcher is then replaced by a new one. Threads do not share searchers (Whoosh's are not made
for it), and a few of them, for the few indexes a process searches, are kept open.
"""

import os
import threading
from collections import OrderedDict
from contextlib import contextmanager, suppress

# Searchers each thread keeps open: one per index it searches (pages, images, documents, ...),
# with room for a test run's many index folders.
KEPT_PER_THREAD = 8

_local = threading.local()


def fingerprint(folder, name):
    """What changes whenever index `name` in `folder` does: its files' names, sizes, times and
    inodes. None when the folder does not exist."""
    own = (f"_{name}_", f"{name}_")
    try:
        with os.scandir(folder) as entries:
            files = []
            for entry in entries:
                if entry.name.startswith(own):
                    stat = entry.stat()
                    files.append((entry.name, stat.st_size, stat.st_mtime_ns, stat.st_ino))
    except FileNotFoundError:
        return None
    return tuple(sorted(files))


@contextmanager
def shared_searcher(folder, name, open_index):
    """A searcher of index `name` in `folder`, kept open for this thread's later searches while
    the index does not change; `open_index()` opens the index when it has."""
    kept = getattr(_local, "searchers", None)
    if kept is None:
        kept = _local.searchers = OrderedDict()
    key = (os.fspath(folder), name)
    current = fingerprint(folder, name)
    entry = kept.get(key)
    if entry is not None and (entry[0] != current or current is None):
        _close(kept.pop(key)[1])
        entry = None
    if entry is None:
        # Kept under the fingerprint read before opening: a commit while opening then leaves
        # files that no longer match it, and the next search opens the index again.
        entry = (current, open_index().searcher())
        kept[key] = entry
        while len(kept) > KEPT_PER_THREAD:
            _close(kept.popitem(last=False)[1][1])
    kept.move_to_end(key)
    try:
        yield entry[1]
    except BaseException:
        # A searcher that failed (a damaged file) is not trusted again.
        if kept.get(key) is entry:
            _close(kept.pop(key)[1])
        raise


def forget_searchers():
    """Close every searcher this thread keeps (the index is about to be removed, say)."""
    kept = getattr(_local, "searchers", None) or {}
    while kept:
        _close(kept.popitem()[1][1])


def _close(searcher):
    # Closing what may be a damaged index's files: there is nothing more to do if it fails.
    with suppress(Exception):
        searcher.close()
