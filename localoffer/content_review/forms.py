from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.forms import WagtailAdminPageForm

from .models import Owner


class ContentPageForm(WagtailAdminPageForm):
    """The edit form of every content page: it must have an owner (a new page starts with its
    parent's), and publishing records a review only when the editor ticks "Content reviewed"."""

    content_reviewed = forms.BooleanField(
        label=_("Content reviewed"),
        required=False,
        help_text=_(
            "Tick when you have checked that the whole page is still right. Publishing without "
            "ticking keeps the page's last review date."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "content_owner" in self.fields:
            self.fields["content_owner"].required = True
            if self.instance._state.adding and not self.initial.get("content_owner"):
                parent = self.parent_page.specific_deferred if self.parent_page else None
                self.initial["content_owner"] = getattr(parent, "content_owner_id", None)

    def save(self, commit=True):
        # Read by `record_content_reviewed` when the page is published from this form.
        self.instance.content_reviewed = self.cleaned_data.get("content_reviewed", False)
        return super().save(commit=commit)


class MarkReviewedForm(forms.Form):
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, what you checked. It is kept in each page's history."),
    )

    def __init__(self, *args, long_overdue=(), **kwargs):
        """`long_overdue`: titles of the pages being marked that are more than 12 months
        overdue; marking those needs a note saying what was checked."""
        super().__init__(*args, **kwargs)
        self.long_overdue = list(long_overdue)
        if self.long_overdue:
            self.fields["note"].required = True
            self.fields["note"].help_text = ngettext(
                "Required: %(pages)s is more than 12 months overdue. Say what you checked.",
                "Required: %(pages)s are more than 12 months overdue. Say what you checked.",
                len(self.long_overdue),
            ) % {"pages": "; ".join(self.long_overdue)}
            self.fields["note"].error_messages["required"] = _(
                "Say what you checked: a page more than 12 months overdue needs a note."
            )

    def clean_note(self):
        note = self.cleaned_data["note"].strip()
        if self.long_overdue and not note:
            raise forms.ValidationError(self.fields["note"].error_messages["required"])
        return note


class HandOverForm(forms.Form):
    new_owner = forms.ModelChoiceField(
        label=_("New owner"),
        queryset=Owner.objects.none(),
        help_text=_("They own these pages from now on, and get their review reminders."),
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_owner"].queryset = Owner.objects.filter(active=True).exclude(pk=owner.pk)
