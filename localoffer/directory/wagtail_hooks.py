from wagtail.snippets.models import register_snippet

from .viewsets import DirectoryGroup

register_snippet(DirectoryGroup)
