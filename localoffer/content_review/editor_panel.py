"""The review panel on a content page's edit view: where the page stands (last reviewed, next due,
band, owner), what families and translations say about it since, and the review actions."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel
from wagtail.models import Page

from localoffer import calendar
from localoffer.translation.out_of_date import translation_behind_source

from .bands import Band
from .feedback_flags import ratings_since, requested_by_feedback
from .links import mark_reviewed_url
from .models import ReviewStatus


class ReviewPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Review"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "content_review/panels/review_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            today = calendar.today()
            status = (
                ReviewStatus.objects.filter(page_id=page.pk)
                .with_band(today)
                .select_related("owner")
                .first()
                if page.pk
                else None
            )
            context["status"] = status
            if status:
                statuses = ReviewStatus.objects.filter(page_id=page.pk)
                context.update(
                    band=Band(status.band).label,
                    overdue=status.next_review_due < today,
                    ratings=ratings_since(page.pk, status.last_reviewed_at),
                    requested_by_feedback=bool(requested_by_feedback(statuses)),
                    translations_behind=list(
                        Page.objects.filter(translation_key=page.translation_key)
                        .filter(translation_behind_source())
                        .select_related("locale")
                        .order_by("locale__language_code")
                    ),
                    mark_reviewed_url=mark_reviewed_url([page.pk]) if page.live else None,
                )
            return context
