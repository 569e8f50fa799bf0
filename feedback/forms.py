import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from feedback.questions import QuestionType, Respondent
from feedback.ratings import Rating
from localoffer.forms import HoneypotForm

COMMENT_MAX_LENGTH = 1200
STEP_MAX_LENGTH = 255
# What `SurveyContact.email` holds (Django's EmailField column). The form field alone would take
# up to 320 characters, which PostgreSQL then refuses, and the family could never send the form.
EMAIL_MAX_LENGTH = 254
PERSONAL_DETAILS_HINT = _(
    "Do not include personal details, like your name, email address or phone number."
)
SELECT_ALL_HINT = _("Select all that apply.")
_PHONE = re.compile(r"^\+?[\d\s()-]{7,20}$")


def error_summary(form):
    """[(anchor, message)] for GOV.UK's error summary, linking each message to its field (for
    radios, the first radio)."""
    return [
        (_field_anchor(form, name), message)
        for name, errors in form.errors.items()
        for message in errors
    ]


def _field_anchor(form, name):
    if name not in form.fields:
        return ""
    field = form[name]
    if isinstance(field.field.widget, forms.RadioSelect):
        return f"{field.auto_id}_0"
    return field.id_for_label


class PageFeedbackForm(HoneypotForm):
    """Asks "Was this page helpful?" at the foot of every content page.

    A page type can also ask which step of a process the family was on, by defining
    `feedback_steps()`, returning the steps' titles in order (meant for pathway pages)."""

    rating = forms.TypedChoiceField(
        label=_("Was this page helpful?"),
        choices=Rating.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Select how helpful this page was"),
            "invalid_choice": _("Select how helpful this page was, from the five answers"),
        },
    )
    step = forms.ChoiceField(
        label=_("Which step were you on? (optional)"),
        required=False,
        error_messages={"invalid_choice": _("Select one of the steps on this page")},
    )
    comment = forms.CharField(
        label=_("What could we improve? (optional)"),
        help_text=PERSONAL_DETAILS_HINT,
        required=False,
        max_length=COMMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={
            "max_length": _("Your comment must be %(limit_value)d characters or fewer")
        },
    )

    field_order = ["rating", "step", "comment", "website"]

    def __init__(self, data=None, *, page, **kwargs):
        # Its own ids, so that they never clash with a form in the page's body.
        kwargs.setdefault("auto_id", "feedback-%s")
        super().__init__(data, **kwargs)
        steps = page.feedback_steps() if hasattr(page, "feedback_steps") else []
        if steps:
            self.fields["step"].choices = [("", _("Choose a step")), *((s, s) for s in steps)]
        else:
            del self.fields["step"]

    def feedback(self):
        """The answers, as `PageFeedback.objects.record()` takes them."""
        data = self.cleaned_data
        return {"rating": data["rating"], "comment": data["comment"], "step": data.get("step", "")}


class SurveyForm(HoneypotForm):
    """A survey's questions as form fields (`question_<id>`), first asking who is answering if
    the survey asks, then, if the survey asks, optional contact details that are only kept with
    the family's explicit agreement."""

    contact_fields = ("contact_name", "contact_email", "contact_phone")

    def __init__(self, data=None, *, questions, ask_for_contact, ask_who=False, **kwargs):
        super().__init__(data, **kwargs)
        self.questions = list(questions)
        if ask_who:
            self.fields["respondent"] = respondent_field()
        for question in self.questions:
            self.fields[self.field_name(question)] = question_field(question)
        if ask_for_contact:
            self.fields.update(contact_details_fields())
        self.order_fields([*(name for name in self.fields if name != "website"), "website"])

    @staticmethod
    def field_name(question):
        return f"question_{question.pk}"

    def question_fields(self):
        first = [self["respondent"]] if "respondent" in self.fields else []
        return [*first, *(self[self.field_name(question)] for question in self.questions)]

    def contact_detail_fields(self):
        return [self[name] for name in self.contact_fields if name in self.fields]

    def clean(self):
        data = super().clean()
        if "contact_consent" not in self.fields:
            return data
        given = any(data.get(name) for name in self.contact_fields)
        if given and not data.get("contact_consent"):
            self.add_error(
                "contact_consent",
                _("Tick the box to say we can contact you, or remove your contact details"),
            )
        elif data.get("contact_consent") and not (
            data.get("contact_email") or data.get("contact_phone")
        ):
            self.add_error(
                "contact_email", _("Enter an email address or a phone number so we can contact you")
            )
        return data

    def answers(self):
        """{question: value} for every question, "" where the family left it blank."""
        return {q: self.cleaned_data[self.field_name(q)] for q in self.questions}

    def respondent(self):
        """Who the family said is answering, or "" if the survey did not ask."""
        return self.cleaned_data.get("respondent", "")

    def contact_details(self):
        """The contact details to keep, or None without the family's agreement."""
        if not self.cleaned_data.get("contact_consent"):
            return None
        return {
            "name": self.cleaned_data["contact_name"],
            "email": self.cleaned_data["contact_email"],
            "phone": self.cleaned_data["contact_phone"],
        }


def question_field(question):
    required_message = _("Answer the question: %(question)s") % {"question": question.question}
    label = (
        question.question
        if question.required
        else _("%(question)s (optional)") % {"question": question.question}
    )
    options = {
        "label": label,
        "help_text": question.hint,
        "required": question.required,
        "error_messages": {"required": required_message, "invalid_choice": required_message},
    }
    if question.question_type == QuestionType.MULTIPLE_CHOICE:
        options["error_messages"] = {
            "required": _("Select at least one answer: %(question)s")
            % {"question": question.question},
            "invalid_choice": _("Select only answers from the list: %(question)s")
            % {"question": question.question},
        }
        options["help_text"] = " ".join(filter(None, [question.hint, str(SELECT_ALL_HINT)]))
        return forms.MultipleChoiceField(
            **options, choices=question.answer_choices(), widget=forms.CheckboxSelectMultiple
        )
    if question.question_type == QuestionType.TEXT:
        options["help_text"] = " ".join(filter(None, [question.hint, str(PERSONAL_DETAILS_HINT)]))
        return forms.CharField(
            **options,
            max_length=COMMENT_MAX_LENGTH,
            widget=forms.Textarea(attrs={"rows": 5}),
        )
    return forms.ChoiceField(**options, choices=question.answer_choices(), widget=forms.RadioSelect)


def respondent_field():
    message = _("Select who is answering, or “Prefer not to say”")
    return forms.ChoiceField(
        label=_("Which best describes you?"),
        choices=Respondent.choices,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


def contact_details_fields():
    return {
        "contact_consent": forms.BooleanField(
            label=_("You can contact me about my answers"),
            help_text=_(
                "Only if you want us to. We keep your contact details apart from your answers, "
                "use them only to talk to you about this survey, and delete them afterwards."
            ),
            required=False,
        ),
        "contact_name": forms.CharField(label=_("Your name"), max_length=120, required=False),
        "contact_email": forms.EmailField(
            label=_("Email address"),
            max_length=EMAIL_MAX_LENGTH,
            required=False,
            error_messages={
                "invalid": _("Enter an email address in the right format, like name@example.com"),
                "max_length": _("Enter an email address of %(limit_value)d characters or fewer"),
            },
        ),
        "contact_phone": forms.RegexField(
            label=_("Phone number"),
            regex=_PHONE,
            max_length=40,
            required=False,
            error_messages={"invalid": _("Enter a phone number, like 01632 960 001")},
        ),
    }


class OutcomeIndicatorForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each question once, as written in the source language: an indicator counts the
        # answers to its translations too (see `SurveyAnswerQuerySet.for_questions`).
        questions = self.fields["survey_questions"]
        questions.queryset = (
            questions.queryset.filter(locale=Locale.get_default())
            .select_related("page")
            .order_by("page__title", "sort_order")
        )

    def clean(self):
        data = super().clean()
        counts_answers = data.get("section") or data.get("survey_questions")
        if data.get("measure") == "service":
            if counts_answers:
                raise ValidationError(
                    _("A service measure's figures are shown alone: leave pages and questions.")
                )
        elif not counts_answers:
            raise ValidationError(
                _("Choose the pages whose ratings count, survey questions, or both.")
            )
        elif data.get("service_measure"):
            raise ValidationError(
                _("Choose the measure “A service measure's figures” to show a service measure.")
            )
        return data
