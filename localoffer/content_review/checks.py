from django.conf import settings
from django.core.checks import Warning, register


@register()
def leads_email_check(app_configs, **kwargs):
    """Escalations about pages not reviewed in 12 months need somewhere to go."""
    if settings.CONTENT_REVIEW_REMINDERS and not settings.CONTENT_REVIEW_LEADS_EMAIL:
        return [
            Warning(
                "Review reminders are switched on, but CONTENT_REVIEW_LEADS_EMAIL is empty.",
                hint=(
                    "Pages not reviewed in 12 months are escalated to the leads' address. Set "
                    "CONTENT_REVIEW_LEADS_EMAIL to the Local Offer leads' shared mailbox."
                ),
                id="content_review.W001",
            )
        ]
    return []
