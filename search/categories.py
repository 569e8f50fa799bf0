"""How page types plug into the search page's filters, without the search app knowing them.

A page type says what kind of information it is with a class attribute, read generically:

    class PathwayPage(ContentPage):
        search_category = "pathway"  # a SearchCategory value; "general" if not set

A page type with an `audience` field (a `localoffer.taxonomy.Audience` value) is written for that
audience; every other page is for everyone, so it stays in results filtered by audience.
"""

from django.core.checks import Error
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import get_page_models

AUDIENCE_FIELD = "audience"


class SearchCategory(models.TextChoices):
    """Values appear in shareable URLs (`/search/?q=ehcp&type=pathway`), so they never change."""

    PATHWAY = "pathway", _("Step-by-step guides")
    PROVISION = "provision", _("Support in school and settings")
    ADULTHOOD = "adulthood", _("Preparing for adulthood")
    GENERAL = "general", _("General information")


def category_of(page_model):
    return getattr(page_model, "search_category", SearchCategory.GENERAL)


def has_audience(page_model):
    """Whether pages of this type are each written for one audience."""
    try:
        page_model._meta.get_field(AUDIENCE_FIELD)
    except FieldDoesNotExist:
        return False
    return True


def check_search_categories(app_configs=None, **kwargs):
    """search.E010: a page type's `search_category` must be one of `SearchCategory`'s values,
    or its pages would be missing from every filter but "all"."""
    return [
        Error(
            f"{model.__name__}.search_category is {category_of(model)!r}, which is not a "
            "search category.",
            hint=f"Use one of: {', '.join(SearchCategory.values)}.",
            obj=model,
            id="search.E010",
        )
        for model in get_page_models()
        if category_of(model) not in SearchCategory.values
    ]
