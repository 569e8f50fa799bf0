"""Search backends for modelsearch (Wagtail's search layer). See `search.backends.whoosh`."""
