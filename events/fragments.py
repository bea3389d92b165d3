"""The parts of an event's page that are the same for everyone who may see the event (title,
summary, when, where, organiser, programme, speakers, themes and phenomena), rendered once
per event and language and kept in the "pages" cache.

Nothing personal goes in: the registration state of the visitor, the seats left, the
online link (only for those with a seat), the forms with their CSRF token and the
organiser's links are rendered on every request (templates/events/event_detail.html). Who
may see the event is decided on every request before a fragment is looked up
(`access.get_event_for_user_or_404`). The key holds the event's `updated_at` and the public
pages' version, which is replaced on every change of an event, its audiences, themes or
phenomena, and of a theme, phenomenon or region (events/receivers.py, knowledge/receivers.py)."""

from django.template.loader import render_to_string
from django.utils.translation import get_language

from kpo.cache import kept_parts, public_pages_version
from kpo.markdown import render_markdown

TEMPLATES = ("events/_detail_head.html", "events/_detail_body.html", "events/_detail_aside.html")


def shared_context(event) -> dict:
    """What the fragments show: the event's own facts only."""
    return {
        "event": event,
        "programme": render_markdown(event.programme),
        "themes": event.themes.all(),
        "phenomena": event.phenomena.all(),
    }


def _render(event) -> tuple[str, ...]:
    context = shared_context(event)
    return tuple(render_to_string(name, context) for name in TEMPLATES)


def event_fragments(event) -> tuple[str, str, str]:
    """The head (notice, title, summary, the fixed facts), the body (programme, speakers)
    and the aside (themes, phenomena) of `event`, already through the gate."""

    def key():
        updated = event.updated_at.isoformat()
        return f"events:page-fragment:{public_pages_version()}:{get_language()}:{event.pk}:{updated}"

    # Our own autoescaped templates; the programme is cleaned Markdown.
    return kept_parts(key, lambda: _render(event))
