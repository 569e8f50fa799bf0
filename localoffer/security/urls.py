"""Admin addresses whose views would otherwise show any model's records to anyone in the admin
(see admin_access.py). In front of Wagtail's and wagtail-localize's own views at the same
addresses (localoffer/urls.py); `reverse()` still finds theirs by their names, which give the
same addresses."""

from django.urls import path
from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.bulk_action import index as bulk_action

from .admin_access import TranslationEditorSnippetAPI, requires_permission_on_model

app_name = "admin_access"
urlpatterns = [
    path(
        "bulk/<str:app_label>/<str:model_name>/<str:action>/",
        require_admin_access(requires_permission_on_model(bulk_action)),
        name="bulk_action",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/",
        require_admin_access(TranslationEditorSnippetAPI.as_view({"get": "list"})),
        name="translation_editor_snippets",
    ),
    path(
        "localize/api/snippets/<slug:app_label>/<slug:model_name>/<str:pk>/",
        require_admin_access(TranslationEditorSnippetAPI.as_view({"get": "retrieve"})),
        name="translation_editor_snippet",
    ),
]
