"""Who may see a model's records in the admin: one rule for every screen that lists them.

Wagtail checks a model's permissions on its listing, edit and inspect views. Three other routes
show records by the model named in their URL and ask only that the user may use the admin: the
snippet chooser, wagtail-localize's snippet API (the translation editor reads a chosen snippet's
title from it) and the bulk action confirmation page (which lists the records the user may not
act on). Without a guard, an editor reads families' comments and contact details through them.
Each of them here asks what the listing asks: some permission on the model, under the model's
registered permission policy.
"""

from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework.permissions import BasePermission
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views import snippets_api

# What Wagtail's listing views accept: any one of these permissions lets a user see the records.
LISTING_ACTIONS = ("add", "change", "delete", "view")


def can_see(user, model):
    """True if `user` may see records of `model` in the admin."""
    return policy_registry.get_by_type(model).user_has_any_permission(user, LISTING_ACTIONS)


def _model_named(app_label, model_name):
    try:
        return apps.get_model(app_label, model_name)
    except LookupError as error:
        raise Http404 from error


def requires_permission_on_model(view):
    """For a view taking `app_label` and `model_name` from its URL: refused to users who may
    not see that model's records."""

    def guarded(request, *args, app_label, model_name, **kwargs):
        if not can_see(request.user, _model_named(app_label, model_name)):
            raise PermissionDenied
        return view(request, *args, app_label=app_label, model_name=model_name, **kwargs)

    return guarded


class CanSeeSnippets(BasePermission):
    def has_permission(self, request, view):
        return can_see(request.user, view.get_model())


class TranslationEditorSnippetAPI(snippets_api.SnippetViewSet):
    permission_classes = [CanSeeSnippets]


class ModelPermissionRequired:
    """For a chooser's views: only users who may see the model's records may choose them."""

    def dispatch(self, request, *args, **kwargs):
        if not can_see(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ChooseView(ModelPermissionRequired, chooser.ChooseView):
    pass


class ChooseResultsView(ModelPermissionRequired, chooser.ChooseResultsView):
    pass


class ChosenView(ModelPermissionRequired, chooser.SnippetChosenView):
    pass


class ChosenMultipleView(ModelPermissionRequired, chooser.SnippetChosenMultipleView):
    pass


class CreateView(ModelPermissionRequired, chooser.SnippetCreateView):
    pass


class PermissionCheckedChooserViewSet(chooser.SnippetChooserViewSet):
    choose_view_class = ChooseView
    choose_results_view_class = ChooseResultsView
    chosen_view_class = ChosenView
    chosen_multiple_view_class = ChosenMultipleView
    create_view_class = CreateView


class PermissionCheckedSnippetViewSet(SnippetViewSet):
    """The base of every snippet viewset on this site: its chooser shows records only to users
    who may see them in its listing."""

    chooser_viewset_class = PermissionCheckedChooserViewSet
