from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Owner


class MarkReviewedForm(forms.Form):
    note = forms.CharField(
        label=_("Note (optional)"),
        required=False,
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example, what you checked. It is kept in each page's history."),
    )


class HandOverForm(forms.Form):
    new_owner = forms.ModelChoiceField(
        label=_("New owner"),
        queryset=Owner.objects.none(),
        help_text=_("They own these pages from now on, and get their review reminders."),
    )

    def __init__(self, *args, owner, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["new_owner"].queryset = Owner.objects.filter(active=True).exclude(pk=owner.pk)
