"""Mijn KPO (/mijn-kpo/): the start page of an approved partner, composed of sections.

Each section is a `Section`: a key, the template that shows it (templates/portal/mijn_kpo/),
and a function `build(user, now)` that returns the template's context, or None to leave the
section out. The page shows them in the order of SECTIONS. Every section reads through the
apps' public modules (and so through their gates), and costs a constant number of queries
whatever the person follows or how much is new (tests/follows/test_mijn_kpo.py pins it).

To add a section, write its build function and template and put it in SECTIONS where it
belongs; nothing else changes."""

import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.core.cache import caches
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from accounts.public import User, applications_for, is_moderator, may_use_partner_pages
from documents.public import Document, contributions_of, reader_group_ids, reviews_waiting_for
from events.public import events_visible_to
from follows.public import FIRST_LOOK, Follow, SavedSearch, news_for, record_visit
from knowledge.public import Article
from kpo.cache import (
    CLOSED_VERSION_KEY,
    data_version,
    public_pages_version,
    replace_data_version,
    seconds_until_next_publication,
)
from kpo.cache import VERSION_KEY as PUBLIC_VERSION_KEY
from learning.public import Signal
from network.public import ContactRequest

NEW_ITEMS_SHOWN = 5  # per group; the group's link shows the rest
NEW_CACHE_SECONDS = 300  # "new for you" kept per person at most this long (see _new_cache_key)


@dataclass
class Section:
    key: str
    template: str
    build: Callable  # (user, now) -> dict | None


def new_for_me(user, now):
    since = record_visit(user, now)
    if since == now - FIRST_LOOK:
        # No earlier visit: "the last FIRST_LOOK days", from the start of the hour, so the
        # window (and so the kept result) is the same for an hour, not new every request.
        since = since.replace(minute=0, second=0, microsecond=0)
    key = _new_cache_key(user, since)
    cache = caches["pages"]
    kept = cache.get(key)
    if kept is None:
        data = _new_for_me(user, since, now)
        kept = (render_to_string("portal/mijn_kpo/_new_body.html", {"data": data}), data["follows_anything"])
        cache.set(key, kept, _new_cache_seconds())
    html, follows_anything = kept
    # For newcomer_help, later in the same page: a group per follow and per saved search.
    user._mijn_kpo_follows_anything = follows_anything
    return {"html": mark_safe(html)}  # noqa: S308 - our template, autoescaped, the person's own items


def _new_for_me(user, since, now):
    news = news_for(user, since, now)
    return {
        "since": since,
        "shared": news.shared[:10],
        "shared_count": len(news.shared),
        "groups": [
            {
                "group": {"key": g.key, "label": g.label, "url": g.url},  # without its items: kept small
                "items": g.items[:NEW_ITEMS_SHOWN],
                "more": len(g.items) - NEW_ITEMS_SHOWN,
            }
            for g in news.groups
        ],
        "follows_anything": bool(news.groups),
    }


# --- "new for you" kept per person ------------------------------------------------------------
#
# What is new for a person is derived through the gates (follows.news) and costs hundreds of
# milliseconds over a month of content. It is kept per person (never shared: the key holds
# the person's id) under versions that are replaced whenever what it shows could change:
# - the person's own version: a follow or saved search added or removed, their groups changed;
# - the closed section's version (kpo.cache): a document saved, shared or unshared (also in
#   bulk), its themes, phenomena or owner changed;
# - the public pages' version (kpo.cache): an article, theme, phenomenon or region changed;
# - NEWS_VERSION_KEY: a signal changed;
# and the window's start (the last visit). It lives at most NEW_CACHE_SECONDS and never past
# the next scheduled publication of an article or document, which appears without a save.

NEWS_VERSION_KEY = "mijn-kpo:news:version"


def _person_version_key(user_id) -> str:
    return f"mijn-kpo:person:{user_id}"


def _new_cache_key(user, since) -> str:
    cache = caches["pages"]
    person_key = _person_version_key(user.pk)
    found = cache.get_many([CLOSED_VERSION_KEY, PUBLIC_VERSION_KEY, NEWS_VERSION_KEY, person_key])
    versions = [
        found.get(name) or data_version(name)
        for name in (CLOSED_VERSION_KEY, PUBLIC_VERSION_KEY, NEWS_VERSION_KEY, person_key)
    ]
    return f"mijn-kpo:new-for-you:{user.pk}:{':'.join(versions)}:{get_language()}:{since.isoformat()}"


def _new_cache_seconds() -> int:
    seconds = seconds_until_next_publication(NEW_CACHE_SECONDS, Article)
    return seconds_until_next_publication(seconds, Document)


def _replace(key) -> None:
    replace_data_version(key)  # now, and again when the change commits


def forget_news_of(user_id) -> None:
    _replace(_person_version_key(user_id))


def _follows_changed(sender, instance, **kwargs):
    forget_news_of(instance.user_id)


def _signals_changed(sender, **kwargs):
    _replace(NEWS_VERSION_KEY)


def _groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if not action.startswith("post_"):
        return
    if not reverse:  # user.groups.add(...)
        forget_news_of(instance.pk)
    elif pk_set:  # group.user_set.add(...)
        for user_id in pk_set:
            forget_news_of(user_id)
    else:  # group.user_set.clear(): whose, we do not know
        _replace(NEWS_VERSION_KEY)


def connect() -> None:
    """Called from PortalConfig.ready."""
    for model in (Follow, SavedSearch):
        post_save.connect(_follows_changed, sender=model, weak=False, dispatch_uid=f"mijn-kpo-save-{model.__name__}")
        post_delete.connect(_follows_changed, sender=model, weak=False, dispatch_uid=f"mijn-kpo-del-{model.__name__}")
    post_save.connect(_signals_changed, sender=Signal, weak=False, dispatch_uid="mijn-kpo-signal-save")
    post_delete.connect(_signals_changed, sender=Signal, weak=False, dispatch_uid="mijn-kpo-signal-delete")
    m2m_changed.connect(_groups_changed, sender=User.groups.through, weak=False, dispatch_uid="mijn-kpo-groups")


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
    """The next five events the person may see. Who may see which event depends only on
    their groups (events.access), so the rendered list is kept per set of groups under the
    public pages' version (replaced on every change of an event or its audiences), and no
    longer than until the first of them is over."""
    group_ids = reader_group_ids(user)
    digest = hashlib.sha256(repr((may_use_partner_pages(user), group_ids)).encode()).hexdigest()
    key = f"mijn-kpo:events:{public_pages_version()}:{get_language()}:{digest}"
    cache = caches["pages"]
    html = cache.get(key)
    if html is None:
        events = list(events_visible_to(user).upcoming(now).select_related("organiser")[:5])
        html = render_to_string("portal/mijn_kpo/_events_body.html", {"data": {"events": events}})
        seconds = NEW_CACHE_SECONDS
        if events:
            seconds = max(1, min(seconds, int((min(e.ends_at for e in events) - now).total_seconds())))
        cache.set(key, html, seconds)
    return {"html": mark_safe(html)}  # noqa: S308 - our template, autoescaped, no personal data


def newcomer_help(user, now):
    """Only for someone who follows nothing and saved no search yet."""
    follows_anything = getattr(user, "_mijn_kpo_follows_anything", None)  # known from new_for_me
    if follows_anything is None:
        follows_anything = Follow.objects.filter(user=user).exists() or SavedSearch.objects.filter(user=user).exists()
    return None if follows_anything else {}


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
