"""The Atom feed of published "You said, we did" entries, served by `YouSaidWeDidPage` at
`<page address>feed/`. Like the page, it shows only what leads wrote: the summary, what we did
and an approved quotation, never the comments an entry links to."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed

FEED_LENGTH = 20


class YouSaidWeDidFeed(Feed):
    """Make one per request: `YouSaidWeDidFeed()(request, page=page)`."""

    feed_type = Atom1Feed
    description_template = "feedback/you_said_we_did/feed_entry.html"

    def get_object(self, request, page):
        self.page_url = page.get_full_url(request)
        return page

    def title(self, page):
        return page.title

    def subtitle(self, page):
        return page.summary

    def link(self, page):
        return self.page_url

    def items(self, page):
        return page.entries()[:FEED_LENGTH]

    def item_title(self, entry):
        return f"{entry.title}: {entry.get_status_display()}"

    def item_link(self, entry):
        return f"{self.page_url}#{entry.anchor}"

    def item_pubdate(self, entry):
        return entry.first_published_at

    def item_updateddate(self, entry):
        return entry.last_published_at

    def item_categories(self, entry):
        return [entry.get_topic_display()]
