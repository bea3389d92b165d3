"""iCalendar (RFC 5545) files: one event, or a feed of many. Times are written in UTC
(`…Z`), which every calendar converts to the reader's zone, across daylight saving time."""

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

PRODID = "-//Kennisplatform Ondermijning//Bijeenkomsten//NL"


def _vevent(event, show_link: bool) -> VEvent:
    item = VEvent()
    item.add("uid", f"bijeenkomst-{event.pk}@{settings.KPO_SITE_URL.split('//')[-1].split('/')[0]}")
    item.add("dtstamp", timezone.now())
    item.add("dtstart", event.starts_at)
    item.add("dtend", event.ends_at)
    item.add("summary", event.title)
    url = settings.KPO_SITE_URL.rstrip("/") + event.get_absolute_url()
    item.add("url", url)
    description = [event.summary, url]
    if show_link and event.has_online_link and event.online_url:
        description.append(event.online_url)
    item.add("description", "\n\n".join(part for part in description if part))
    location = []
    if event.has_place and event.place:
        location.append(" ".join(event.place.split()))
    if show_link and event.has_online_link and event.online_url:
        location.append(event.online_url)
    if location:
        item.add("location", " / ".join(location))
    if event.organiser.email:
        item.add("organizer", f"mailto:{event.organiser.email}", parameters={"CN": event.organiser.name})
    return item


def calendar_response(events, name: str, filename: str, show_link=lambda event: False) -> HttpResponse:
    """`show_link(event)`: whether the online link goes in (only for those with a seat)."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        calendar.add_component(_vevent(event, show_link(event)))
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response
