from django.apps import AppConfig


class ContentReviewConfig(AppConfig):
    name = "localoffer.content_review"
    label = "content_review"
    verbose_name = "Content review"

    def ready(self):
        from wagtail.signals import page_published

        from . import checks  # noqa: F401  (registers the system check)
        from .reviews import record_publish

        page_published.connect(record_publish, dispatch_uid="content_review.record_publish")
