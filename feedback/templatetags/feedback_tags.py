from django import template

from feedback.charts import format_value, plain_number
from feedback.forms import PageFeedbackForm, error_summary
from feedback.views import THANKS, WIDGET_TEMPLATE

register = template.Library()


@register.inclusion_tag(WIDGET_TEMPLATE, takes_context=True)
def page_feedback_widget(context):
    """Asks "Was this page helpful?" about the page being shown, or thanks the family once they
    have answered (the feedback view sends them back with ?feedback=thanks)."""
    request = context["request"]
    page = context["page"]
    return {
        "page": page,
        "form": PageFeedbackForm(page=page),
        "state": THANKS if request.GET.get("feedback") == THANKS else "form",
        "request": request,
    }


@register.filter
def indicator_value(value, unit):
    """72.5 as "72.5%" for percentages; None as "Too few responses" (see `format_value`)."""
    return format_value(value, unit)


register.filter("plain_number", plain_number)


register.filter("error_summary", error_summary)
