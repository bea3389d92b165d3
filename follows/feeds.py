"""The personal Atom feed of what a partner follows (behind a revocable secret URL)."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from .news import news_for

FEED_DAYS = 30


class PersonalAtomFeed(Feed):
    """Titles and links only: the feed reader is not signed in, so no closed text goes in.
    Which titles may go in is decided at every read (follows.news, through the gates)."""

    feed_type = Atom1Feed

    def get_object(self, request, user):
        return user

    def title(self, obj):
        return _("Nieuw voor mij – Kennisplatform Ondermijning")

    def link(self, obj):
        from django.urls import reverse

        return reverse("my_kpo")

    def subtitle(self, obj):
        return _("Wat nieuw is bij wat u volgt en wat met u is gedeeld")

    def items(self, obj):
        now = timezone.now()
        return news_for(obj, now - timezone.timedelta(days=FEED_DAYS), now).items()[:100]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary if not item.is_closed else ""

    def item_link(self, item):
        return item.url

    def item_guid(self, item):
        return f"{item.kind}-{item.pk}"

    def item_guid_is_permalink(self, item):
        return False

    def item_pubdate(self, item):
        return item.at

    def item_categories(self, item):
        return item.reasons
