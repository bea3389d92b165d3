"""Events, saved and made visible through the services as in real use."""

from datetime import timedelta

from django.utils import timezone

from events import services
from events.models import Event


def event(title, organiser, groups=(), is_public=False, starts_in=timedelta(days=7), hours=2, **fields):
    """A published event `starts_in` from now, closed to `groups` unless public."""
    starts_at = fields.pop("starts_at", timezone.now() + starts_in)
    item = Event.objects.create(
        title=title,
        slug=fields.pop("slug", None) or slug_for(title),
        organiser=organiser,
        starts_at=starts_at,
        ends_at=fields.pop("ends_at", starts_at + timedelta(hours=hours)),
        is_public=is_public,
        status=fields.pop("status", Event.Status.PUBLISHED),
        **fields,
    )
    if groups:
        services.set_event_audiences(item, set(groups))
    return item


def slug_for(title):
    from django.utils.text import slugify

    return slugify(title)[:120]
