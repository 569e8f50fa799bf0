from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .review import service_records
from .viewsets import DirectoryGroup

register_snippet(DirectoryGroup)
hooks.register("content_review_records", service_records)
