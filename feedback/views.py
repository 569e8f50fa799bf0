"""The family-facing side of page feedback: one POST endpoint behind every "Was this page
helpful?" form. Surveys are pages, and take their answers in `SurveyPage.serve`."""

from functools import partial

from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from wagtail.models import Page

from feedback.answers import accept
from feedback.forms import PageFeedbackForm
from feedback.models import PageFeedback
from localoffer.http import see_other
from localoffer.restrictions import public
from localoffer.security import form_limits

WIDGET_TEMPLATE = "feedback/includes/widget.html"
THANKS, TOO_MANY = "thanks", "too_many"


def page_feedback(request, page_id):
    """Store an answer to "Was this page helpful?" and go back to the page to thank the family.

    With JavaScript, the form sends `Accept: application/json` and gets back the widget's new
    HTML (thanks, errors, or slow down) to put in place of the form, without a reload."""
    page = get_object_or_404(public(Page.objects.live()).specific(), pk=page_id)
    if page.get_url(request) is None:
        # The root of the page tree, or a page outside every site: no family can open it to rate
        # it, and there is no page to go back to.
        raise Http404
    if request.method != "POST":
        return redirect(page.get_url(request))
    if form_limits.is_rate_limited(request):
        if _wants_json(request):
            return _widget_json(request, page, state=TOO_MANY, status=429)
        return form_limits.too_many_submissions(request, page)

    form = PageFeedbackForm(request.POST, page=page)
    if not form.is_valid():
        return _problem(request, page, form, status=400)

    feedback = form.feedback()
    submission = (page.pk, *feedback.values())
    store = partial(PageFeedback.objects.record, page=page, **feedback)
    if not accept(request, page, form, submission, store):
        return _problem(request, page, form, status=503)
    if _wants_json(request):
        return _widget_json(request, page, state=THANKS)
    return see_other(thanks_url(page, request) + "#feedback-thanks")


def thanks_url(page, request=None):
    """Where a family lands after rating a page: the page, thanking them."""
    return f"{page.get_url(request)}?feedback={THANKS}"


def _problem(request, page, form, status):
    """The form again, with what the family entered and what went wrong."""
    if _wants_json(request):
        return _widget_json(request, page, form=form, status=status)
    return TemplateResponse(
        request, "feedback/page_feedback_problem.html", {"page": page, "form": form}, status=status
    )


def _wants_json(request):
    return request.get_preferred_type(["text/html", "application/json"]) == "application/json"


def _widget_json(request, page, *, form=None, state="form", status=200):
    context = {"page": page, "form": form, "state": state}
    return JsonResponse(
        {"html": render_to_string(WIDGET_TEMPLATE, context, request)}, status=status
    )
