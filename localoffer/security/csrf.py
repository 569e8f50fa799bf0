"""The page shown when a form is sent after its page has been open too long (Django's CSRF check
fails: the session or the CSRF cookie expired, or the visitor signed in or out meanwhile).

Instead of Django's bare 403, families get a page in the site's look and their language that
explains, leads back to the form, and keeps their answer: a button sends it again with a fresh
token. Family forms are anonymous, so sending an answer again gives nobody anything they could not
send themselves. Forms behind a sign-in (the admins) are different: an answer planted by another
site must never be one click from being sent with an editor's rights, so there the page only
leads back, and it never shows or keeps passwords."""

from django.shortcuts import render
from django.urls import reverse

CSRF_TOKEN_FIELD = "csrfmiddlewaretoken"


def csrf_failure(request, reason=""):
    """Django's CSRF_FAILURE_VIEW: always a 403, as the check failed."""
    answers = _answers_to_keep(request)
    context = {
        "answers": answers,
        "answer_texts": [value for _name, value in answers if value.strip()],
        "form_address": request.get_full_path(),
    }
    return render(request, "security/csrf_failure.html", context, status=403)


def _answers_to_keep(request):
    """[(field name, value)] of the form that was sent, to send again; none from the admins."""
    if request.user.is_authenticated or request.path.startswith(_admin_prefixes()):
        return []
    return [
        (name, value)
        for name, values in request.POST.lists()
        if name != CSRF_TOKEN_FIELD and "password" not in name.lower()
        for value in values
    ]


def _admin_prefixes():
    return (reverse("wagtailadmin_home"), reverse("admin:index"))
