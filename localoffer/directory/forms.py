"""The family search of the directory, and "Is this information right? Tell us"."""

import re
from urllib.parse import urlencode

from django import forms
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from localoffer.forms import AGE_CHOICES, HoneypotForm, LenientChoiceField, LenientTypedChoiceField
from localoffer.privacy import redact
from localoffer.taxonomy import AreaOfNeed

from .models import Cost, PostcodeCentroid, ServiceType

DISTANCES_IN_MILES = (1, 3, 5, 10, 20)
DEFAULT_MILES = 5


class DirectorySearchForm(forms.Form):
    """Plain GET filters, so a search is a link to share and works without JavaScript. Like the
    guidance filters, a value we do not recognise is ignored; only a postcode we cannot place is
    an error, because ignoring it would show services that are nowhere near."""

    q = forms.CharField(label=_("What are you looking for?"), max_length=200, required=False)
    age = LenientTypedChoiceField(
        label=_("Age of the child or young person"),
        choices=[("", _("Any age")), *AGE_CHOICES],
        coerce=int,
        empty_value=None,
        required=False,
    )
    area = LenientChoiceField(
        label=_("Area of need"),
        choices=[("", _("All areas of need")), *AreaOfNeed.choices],
        required=False,
    )
    type = LenientChoiceField(label=_("Type of service"), required=False)
    cost = LenientChoiceField(
        label=_("Cost"),
        choices=[("", _("Free or paid")), (Cost.FREE, _("Free only"))],
        required=False,
    )
    postcode = forms.CharField(
        label=_("Your postcode"),
        help_text=_("To find services near you. We do not keep it."),
        max_length=10,
        required=False,
    )
    miles = LenientTypedChoiceField(
        label=_("Distance"), coerce=int, empty_value=DEFAULT_MILES, required=False
    )

    def __init__(self, data=None, *args, **kwargs):
        # The form is always bound (a GET search), so `initial` never shows: without a distance
        # in the address, the browser would submit the first one offered (1 mile), not ours.
        if data is not None and not data.get("miles"):
            data = data.copy()
            data["miles"] = DEFAULT_MILES
        super().__init__(data, *args, **kwargs)
        self.fields["type"].choices = [
            ("", _("All types")),
            *ServiceType.objects.values_list("slug", "name"),
        ]
        self.fields["miles"].choices = [
            (
                miles,
                ngettext("Within %(miles)d mile", "Within %(miles)d miles", miles)
                % {"miles": miles},
            )
            for miles in DISTANCES_IN_MILES
        ]
        for name, field in self.fields.items():
            field.widget.attrs["class"] = (
                "select" if isinstance(field, forms.ChoiceField) else "input"
            )
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"id_{name}-hint"

    def full_clean(self):
        super().full_clean()
        # Screen readers read the error with the field it belongs to.
        for name in self.errors:
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs["aria-describedby"] = (
                    f"{attrs.get('aria-describedby', '')} id_{name}-error".strip()
                )

    def clean_postcode(self):
        postcode = self.cleaned_data["postcode"].strip()
        if not postcode:
            return None
        centroid = PostcodeCentroid.objects.locate(postcode)
        if centroid is None:
            raise forms.ValidationError(
                _(
                    "We could not find the postcode %(postcode)s in Anyshire. Check it, or leave "
                    "it empty to see services everywhere."
                ),
                params={"postcode": postcode.upper()},
                code="unknown_postcode",
            )
        return centroid

    @property
    def criteria(self):
        """The filters a valid form asks for, without the empty ones."""
        return {name: value for name, value in self.cleaned_data.items() if value not in ("", None)}

    def query_string(self, page_number=1):
        """This search as a query string, for a link back to its results: its own filters
        only, those that are valid, re-encoded from their cleaned values (never the text as
        sent). A distance without a postcode changes nothing and is left out."""
        self.is_valid()
        values = {
            name: value.postcode if name == "postcode" else value
            for name, value in self.cleaned_data.items()
            if value not in ("", None)
        }
        if "postcode" not in values:
            values.pop("miles", None)
        if page_number > 1:
            values["page"] = page_number
        return urlencode(values)


# A link from the results to a service carries the search in this parameter, so that the
# service's page leads back to the same results.
SEARCH_PARAMETER = "from"
# A search is a few short filters; anything longer is not one of ours.
MAX_SEARCH_LENGTH = 500
PAGE_NUMBER = re.compile(r"[1-9][0-9]{0,4}")


def searched_from(data):
    """The search a family came from, read from the SEARCH_PARAMETER of `data` (a service's
    GET parameters) and checked like a search (`DirectorySearchForm.query_string`): a query
    string of the directory's filters and page number, "" when there is none. Anything else
    in it is dropped, so a link back can only ever lead to the directory's own results."""
    text = data.get(SEARCH_PARAMETER, "")
    if not text or len(text) > MAX_SEARCH_LENGTH:
        return ""
    searched = QueryDict(text)
    page = searched.get("page", "")
    page_number = int(page) if PAGE_NUMBER.fullmatch(page) else 1
    return DirectorySearchForm(searched).query_string(page_number)


def search_link(query_string):
    """The query string of a link that carries the search `query_string` (or nothing)."""
    return urlencode({SEARCH_PARAMETER: query_string}) if query_string else ""


class ReportChangeForm(HoneypotForm):
    """ "Is this information right? Tell us": goes to the record's owner, personal details
    taken out first."""

    what = forms.CharField(
        label=_("What is wrong or out of date?"),
        help_text=_("Please do not include names, addresses or other personal details."),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    field_order = ["what", "website"]

    def clean_what(self):
        return redact(self.cleaned_data["what"].strip())
