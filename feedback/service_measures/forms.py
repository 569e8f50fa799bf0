from django import forms
from django.utils.translation import gettext_lazy as _


class FiguresUploadForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file of figures"),
        help_text=_(
            "One row per period, with the columns period, value, base, target and published "
            "(dates as 2025-09-01; base and target may be empty). A figure already stored for a "
            "period is replaced."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )
