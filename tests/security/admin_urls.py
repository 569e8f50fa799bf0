"""Every admin URL in the URLconf, with its parameters filled from the records of a test.

`admin_urls(samples)` walks the URL resolver for everything under /admin/ and /django-admin/ and
gives (name, address) pairs. A URL that takes `app_label` and `model_name` is listed once for each
snippet model (and, for bulk actions, for each action registered for it), its name then saying
which: "wagtail_bulk_action[feedback.pagefeedback:delete]". A snippet's own views get the primary
key of that snippet's sample record; other parameters get a record of the kind they name, or a
placeholder (those views then answer 404 to everyone, which no role table can mistake for access).
"""

import re

from django.contrib.admin.utils import quote
from django.urls import URLPattern, URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.snippets.models import get_snippet_models

ADMIN_PREFIXES = ("admin/", "django-admin/")
_PARAMETER = re.compile(r"<(?:(?P<converter>\w+):)?(?P<name>\w+)>")
_SNIPPET_NAMESPACE = re.compile(
    r"^wagtailsnippet(?:s|choosers)_(?P<app>\w+?)_(?P<model>[a-z0-9]+)$"
)


def _walk(patterns, prefix="", namespace=None):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else pattern.namespace
            yield from _walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or f"(unnamed {prefix}{pattern.pattern})"
            yield prefix + str(pattern.pattern), f"{namespace}:{name}" if namespace else name


def admin_routes():
    """(route, name) of every admin URL pattern, in URLconf order, first match only."""
    seen = set()
    for route, name in _walk(get_resolver().url_patterns):
        if not route.startswith(ADMIN_PREFIXES) or route in seen:
            continue
        seen.add(route)
        yield route, name


def _model_label(model):
    return f"{model._meta.app_label}.{model._meta.model_name}"


def admin_urls(samples):
    """(name, address) for every admin URL. `samples` maps a model label ("feedback.pagefeedback")
    or a parameter name ("page_id") to the value to put in the address."""
    for route, name in admin_routes():
        if route.startswith("^"):  # a regular expression (Django's admin): no parameters here
            route = route.lstrip("^").rstrip("$")
            if "(" in route:
                yield name, None
                continue
        parameters = [match["name"] for match in _PARAMETER.finditer(route)]
        if "app_label" in parameters and "model_name" in parameters:
            yield from _per_model(route, name, parameters, samples)
            continue
        namespace = name.rsplit(":", 1)[0]
        snippet = _SNIPPET_NAMESPACE.match(namespace)
        values = {}
        for parameter in parameters:
            if snippet and parameter == "pk":
                values[parameter] = samples[f"{snippet['app']}.{snippet['model']}"]
            else:
                values[parameter] = samples.get(
                    f"{namespace}:{parameter}", samples.get(parameter, 1)
                )
        yield name, "/" + _fill(route, values)


def _per_model(route, name, parameters, samples):
    if "action" in parameters:
        for app_label, model_name, action in _bulk_actions():
            values = {"app_label": app_label, "model_name": model_name, "action": action}
            sample = samples.get(f"{app_label}.{model_name}", 1)
            yield (
                f"{name}[{app_label}.{model_name}:{action}]",
                "/" + _fill(route, values) + f"?id={sample}",
            )
        return
    for model in get_snippet_models():
        label = _model_label(model)
        values = {"app_label": model._meta.app_label, "model_name": model._meta.model_name}
        for parameter in set(parameters) - set(values):  # the record's key, whatever its name
            values[parameter] = samples[label]
        yield f"{name}[{label}]", "/" + _fill(route, values)


def _bulk_actions():
    """(app_label, model_name, action) of every registered bulk action."""
    bulk_action_registry._scan_for_bulk_actions()
    for app_label, models in sorted(bulk_action_registry.actions.items()):
        for model_name, actions in sorted(models.items()):
            for action in sorted(actions):
                yield app_label, model_name, action


def _fill(route, values):
    return _PARAMETER.sub(lambda match: quote(str(values[match["name"]])), route)
