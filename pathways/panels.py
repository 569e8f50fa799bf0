"""An editor's warning, shown above a pathway's steps: links that families could not follow.

It lists the step links to pages that are unpublished or deleted in the version being edited, so an
editor sees them (after saving a draft, or on opening the page) before publishing. Families never
see a broken link either way: such a link is shown as plain text.
"""

from functools import cached_property

from wagtail.admin.panels import Panel


class UnavailableLinksPanel(Panel):
    class BoundPanel(Panel.BoundPanel):
        template_name = "pathways/admin/unavailable_links_panel.html"

        @cached_property
        def unavailable_links(self):
            return self.instance.unavailable_links()

        def is_shown(self):
            return bool(self.unavailable_links)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["unavailable_links"] = self.unavailable_links
            return context
