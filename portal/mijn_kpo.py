"""Mijn KPO (/mijn-kpo/): the start page of an approved partner, composed of sections.

Each section is a `Section`: a key, the template that shows it (templates/portal/mijn_kpo/),
and a function `build(user, now)` that returns the template's context, or None to leave the
section out. The page shows them in the order of SECTIONS. Every section reads through the
apps' public modules (and so through their gates), and costs a constant number of queries
whatever the person follows or how much is new (tests/follows/test_mijn_kpo.py pins it).

To add a section, write its build function and template and put it in SECTIONS where it
belongs; nothing else changes."""

from collections.abc import Callable
from dataclasses import dataclass

from accounts.public import applications_for, is_moderator
from documents.public import contributions_of, reviews_waiting_for
from events.public import events_visible_to
from follows.public import Follow, SavedSearch, news_for, record_visit
from network.public import ContactRequest

NEW_ITEMS_SHOWN = 5  # per group; the group's link shows the rest


@dataclass
class Section:
    key: str
    template: str
    build: Callable  # (user, now) -> dict | None


def new_for_me(user, now):
    since = record_visit(user, now)
    news = news_for(user, since, now)
    return {
        "since": since,
        "shared": news.shared[:10],
        "shared_count": len(news.shared),
        "groups": [
            {"group": g, "items": g.items[:NEW_ITEMS_SHOWN], "more": len(g.items) - NEW_ITEMS_SHOWN}
            for g in news.groups
        ],
        "follows_anything": bool(news.groups),
    }


def contact_requests(user, now):
    requests = list(
        ContactRequest.objects.filter(recipient=user, status=ContactRequest.Status.OPEN)
        .select_related("sender", "sender__organisation")
        .order_by("-created_at")[:10]
    )
    return {"requests": requests} if requests else None


def moderation(user, now):
    if not is_moderator(user):
        return None
    applications = list(applications_for(user)[:10])
    return {"applications": applications}


def reviews(user, now):
    """Documents partners shared beyond their organisation, waiting for this reviewer."""
    waiting = list(reviews_waiting_for(user)[:10])
    return {"reviews": waiting} if waiting else None


def contributions(user, now):
    """The person's own shared documents, with where each stands (only for contributors)."""
    own = list(contributions_of(user)[:5])
    return {"contributions": own} if own else None


def reverification(user, now):
    due = user.reverify_due_at
    return {"due": due, "soon": due is not None and (due - now).days <= 30} if due else None


def upcoming_events(user, now):
    events = list(events_visible_to(user).upcoming(now).select_related("organiser")[:5])
    return {"events": events}


def newcomer_help(user, now):
    """Only for someone who follows nothing and saved no search yet."""
    if Follow.objects.filter(user=user).exists() or SavedSearch.objects.filter(user=user).exists():
        return None
    return {}


SECTIONS = [
    Section("new", "portal/mijn_kpo/new.html", new_for_me),
    Section("contact", "portal/mijn_kpo/contact.html", contact_requests),
    Section("moderation", "portal/mijn_kpo/moderation.html", moderation),
    Section("reviews", "portal/mijn_kpo/reviews.html", reviews),
    Section("contributions", "portal/mijn_kpo/contributions.html", contributions),
    Section("events", "portal/mijn_kpo/events.html", upcoming_events),
    Section("reverification", "portal/mijn_kpo/reverification.html", reverification),
    Section("help", "portal/mijn_kpo/help.html", newcomer_help),
]


def compose(user, now) -> list[dict]:
    """The sections to show, each as {"key", "template", "data"}."""
    shown = []
    for section in SECTIONS:
        data = section.build(user, now)
        if data is not None:
            shown.append({"key": section.key, "template": section.template, "data": data})
    return shown
