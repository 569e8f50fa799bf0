"""The demo site's loader: one `DemoSite` that every app's `demo.py` adds its content to, reading
the words from data files beside the app (see `pages` and `translations`)."""

from .site import DEMO_USERS, DemoSite

__all__ = ["DEMO_USERS", "DemoSite"]
