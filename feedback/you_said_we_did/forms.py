"""Admin forms for "You said, we did": the entry editor, and the inbox's "Group into…" form."""

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from feedback.models import PageFeedback, SurveyQuestion, YouSaidWeDidEntry
from feedback.you_said_we_did.models import default_language_code, repeats_a_comment

from .choices import EntryTopic


def comment_label(comment):
    return _("“%(comment)s” (%(page)s, %(date)s)") % {
        "comment": comment.comment,
        "page": comment.page_title,
        "date": formats.date_format(comment.created_at, "j M Y"),
    }


class YouSaidWeDidEntryForm(WagtailAdminModelForm):
    """Comments are added from the comments inbox (“Group into…”, with its filters); here a lead
    sees those linked and can unlink them, without loading every comment into the form."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "comments" in self.fields:
            linked = [comment.pk for comment in self.instance.comments.all()]
            field = self.fields["comments"]
            field.queryset = PageFeedback.objects.filter(pk__in=linked).select_related("page")
            field.label_from_instance = comment_label
        if "survey_questions" in self.fields:
            self.fields["survey_questions"].queryset = SurveyQuestion.objects.filter(
                locale__language_code=default_language_code()
            ).select_related("page")

    def clean(self):
        cleaned_data = super().clean()
        # Those linked before this edit too: unticking a comment does not make pasting it fine.
        comments = self.fields["comments"].queryset if "comments" in self.fields else []
        for name in ("you_said", "we_did"):
            if repeats_a_comment(cleaned_data.get(name, ""), comments):
                self.add_error(
                    name,
                    _(
                        "This repeats a family's comment word for word. Summarise it in your "
                        "own words, or put it in the quotation for approval."
                    ),
                )
        return cleaned_data


class GroupCommentsForm(forms.Form):
    entry = forms.ModelChoiceField(
        label=_("Add them to"),
        queryset=YouSaidWeDidEntry.objects.none(),
        required=False,
        empty_label=_("A new entry"),
    )
    title = forms.CharField(
        label=_("Title of the new entry"),
        max_length=YouSaidWeDidEntry._meta.get_field("title").max_length,
        required=False,
        help_text=_("The theme in a few words, e.g. “Acronyms on the EHC plan pages”."),
    )
    topic = forms.ChoiceField(
        label=_("Topic of the new entry"),
        choices=[("", _("Choose a topic")), *EntryTopic.choices],
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["entry"].queryset = YouSaidWeDidEntry.objects.originals().newest_first()

    def clean(self):
        cleaned_data = super().clean()
        if not cleaned_data.get("entry"):
            for name in ("title", "topic"):
                if not cleaned_data.get(name):
                    self.add_error(name, _("A new entry needs this."))
        return cleaned_data
