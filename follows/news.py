"""What is new for whom: derived at the moment of asking from what people follow and from
the gates, never stored. Mijn KPO, the notification list, the digests and the personal feed
all use `news_for_people`, so they cannot disagree, and a document whose share was withdrawn
(or a person whose account was suspended) drops out everywhere at once.

`news_for_people` costs the same number of queries for one person or for a batch of
thousands, whatever their number of follows or new items (tests/follows/test_queries.py):

- who may read closed documents now (accounts.public.partner_page_users), and their groups;
- their follows and saved searches;
- the documents that became readable to those groups in the window
  (documents.public.documents_new_for_groups, the gate; titles only, never text);
- the articles published and the signals changed in the window;
- at most one search per section for the words of all saved searches together.

Closed documents come only to people who may use the partner pages at that moment, through
their groups at that moment. People who may not (pending, suspended, re-verification due)
get nothing at all: no digest, an empty list."""

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from django.contrib.postgres.aggregates import ArrayAgg
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.http import QueryDict
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.public import Organisation, Region, User, partner_page_users
from documents.public import Document, documents_new_for_groups
from knowledge.public import Article, Phenomenon, Theme
from kpo.search import LexemeQuery, clean_query
from learning.public import Signal

from .models import Follow, SavedSearch

# The query parameters a saved search keeps, per section (the list pages' own filters).
SEARCH_PARAMS = {
    SavedSearch.Section.KENNISBANK: ("q", "thema", "fenomeen", "soort", "regio"),
    SavedSearch.Section.CLOSED: ("q", "thema", "fenomeen", "organisatie"),
}
SLUG = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*")  # what a facet's values look like
SECTION_URLS = {SavedSearch.Section.KENNISBANK: "knowledge:articles", SavedSearch.Section.CLOSED: "documents:list"}


@dataclass
class Item:
    """One new thing: a closed document (title and link only), an article or a signal."""

    kind: str  # "document", "article", "signal"
    pk: int
    title: str
    url: str
    at: datetime
    summary: str = ""  # public items only
    reasons: list[str] = field(default_factory=list)

    @property
    def is_closed(self) -> bool:
        return self.kind == "document"

    @property
    def key(self):
        return (self.kind, self.pk)


@dataclass
class Group:
    """The new items for one follow, saved search, or "shared with you"."""

    key: str
    label: str
    url: str
    items: list[Item] = field(default_factory=list)


@dataclass
class News:
    groups: list[Group] = field(default_factory=list)  # per follow and saved search, in their order
    shared: list[Item] = field(default_factory=list)  # every closed document new to the person

    def items(self) -> list[Item]:
        """Every item once, newest first, with the follows it came through (copies: the
        Items in `groups` and `shared` may be shared with other people's News)."""
        seen = {}
        for item in self.shared:
            seen[item.key] = (item, [])
        for group in self.groups:
            for item in group.items:
                _first, reasons = seen.setdefault(item.key, (item, []))
                if group.label not in reasons:
                    reasons.append(group.label)
        found = [Item(i.kind, i.pk, i.title, i.url, i.at, i.summary, reasons) for i, reasons in seen.values()]
        return sorted(found, key=lambda i: (i.at, i.kind, i.pk), reverse=True)

    @property
    def is_empty(self) -> bool:
        return not self.shared and not any(g.items for g in self.groups)

    def count(self) -> int:
        """len(self.items()), without making the list."""
        return len({item.key for item in self.shared}.union(*({i.key for i in g.items} for g in self.groups)))


def saved_search_params(section: str, query: str) -> dict[str, list[str]]:
    """The saved search's parameters that its section knows, cleaned (values kept in order)."""
    parsed = QueryDict(query)
    params = {}
    for name in SEARCH_PARAMS[section]:
        values = [clean_query(v) if name == "q" else v.strip() for v in parsed.getlist(name)]
        values = [v for v in values if v and (name == "q" or SLUG.fullmatch(v))]
        if values:
            params[name] = values[:1] if name == "q" else sorted(set(values))
    return params


def normalised_query(section: str, query: str) -> str:
    """One spelling per search: a saved search is found again whatever the order of its parameters."""
    params = saved_search_params(section, query)
    return urlencode([(name, value) for name in SEARCH_PARAMS[section] for value in params.get(name, [])])


def follow_url(follow: Follow) -> str:
    if follow.kind == Follow.Kind.ORGANISATION:
        return reverse("documents:list") + "?" + urlencode({"organisatie": follow.organisation.slug})
    parameter = {"theme": "thema", "phenomenon": "fenomeen", "region": "regio"}[follow.kind]
    return reverse("knowledge:articles") + "?" + urlencode({parameter: follow.target.slug})


def follow_label(follow: Follow) -> str:
    labels = {
        Follow.Kind.THEME: _("Thema: %(name)s"),
        Follow.Kind.PHENOMENON: _("Fenomeen: %(name)s"),
        Follow.Kind.REGION: _("Regio: %(name)s"),
        Follow.Kind.ORGANISATION: _("Publicaties van %(name)s"),
    }
    return labels[follow.kind] % {"name": follow.target.name}


def saved_search_url(search: SavedSearch) -> str:
    return reverse(SECTION_URLS[search.section]) + (f"?{search.query}" if search.query else "")


def _word_matches(model, ids, texts: list[str]) -> dict[str, set[int]]:
    """For each saved search's words (SavedSearch.match, expanded when saved), which of
    `ids` they find: one query for all of them."""
    matches = {text: set() for text in texts}
    queries = {}
    for n, text in enumerate(texts):
        if text:
            queries[f"m{n}"] = (text, ExpressionWrapper(Q(search_vector=LexemeQuery(text)), BooleanField()))
    if not ids or not queries:
        return matches
    rows = model.objects.filter(pk__in=ids).annotate(**{k: v for k, (_t, v) in queries.items()})
    for row in rows.values("pk", *queries):
        for name, (text, _expression) in queries.items():
            if row[name]:
                matches[text].add(row["pk"])
    return matches


def _facet_match(values: dict, params: dict[str, list[str]], facets: dict[str, str]) -> bool:
    for parameter, key in facets.items():
        wanted = params.get(parameter)
        if not wanted:
            continue
        have = values[key]
        have = set(have) if isinstance(have, list) else {have}
        if not have & set(wanted):
            return False
    return True


ARTICLE_FACETS = {"thema": "theme_slugs", "fenomeen": "phenomenon_slugs", "soort": "kind", "regio": "region_slugs"}
DOCUMENT_FACETS = {"thema": "theme_slugs", "fenomeen": "phenomenon_slugs", "organisatie": "owner__slug"}


def news_for_people(windows: dict[int, tuple[datetime, datetime]]) -> dict[int, News]:
    """{user id: News} for the window (since, until] of each user id in `windows`. A
    constant number of queries for any number of people (see the module docstring).

    The work in Python is indexed, not people × follows × items: the batch's articles and
    signals are grouped by theme, phenomenon and region, its documents by group, and a
    follow's items are worked out once per window (and per set of readable documents) and
    shared by everyone with that follow. The Items are shared between people and groups, so
    nobody changes them (News.items() hands out copies)."""
    result = {user_id: News() for user_id in windows}
    allowed = set(partner_page_users(User.objects.filter(pk__in=list(windows))).values_list("pk", flat=True))
    if not allowed:
        return result
    since = min(windows[u][0] for u in allowed)
    until = max(windows[u][1] for u in allowed)

    groups_of = defaultdict(set)
    for user_id, group_id in User.groups.through.objects.filter(user_id__in=allowed).values_list("user_id", "group_id"):
        groups_of[user_id].add(group_id)
    # Rows, not model instances (5,000 per batch): (kind, target id, slug, name) per follow.
    follows_of = defaultdict(list)
    columns = [f"{kind}{column}" for kind in FOLLOW_TARGETS for column in ("_id", "__slug", "__name")]
    for user_id, kind, *values in Follow.objects.filter(user_id__in=allowed).values_list("user_id", "kind", *columns):
        n = 3 * list(FOLLOW_TARGETS).index(kind)
        follows_of[user_id].append((kind, *values[n : n + 3]))
    searches_of = defaultdict(list)
    for search in SavedSearch.objects.filter(user_id__in=allowed):
        searches_of[search.user_id].append(search)

    documents = documents_new_for_groups(set().union(*groups_of.values()) if groups_of else set(), since, until)
    articles = {
        a["pk"]: a
        for a in Article.objects.published()
        .filter(published_at__gt=since, published_at__lte=until)
        .annotate(
            theme_slugs=ArrayAgg("themes__slug", distinct=True, filter=Q(themes__isnull=False), default=[]),
            phenomenon_slugs=ArrayAgg("phenomena__slug", distinct=True, filter=Q(phenomena__isnull=False), default=[]),
            region_slugs=ArrayAgg("regions__slug", distinct=True, filter=Q(regions__isnull=False), default=[]),
        )
        .values(
            "pk", "slug", "title", "summary", "kind", "published_at", "theme_slugs", "phenomenon_slugs", "region_slugs"
        )
    }
    signals = list(
        Signal.objects.filter(is_published=True, updated_at__gt=since, updated_at__lte=until)
        .values("pk", "slug", "title", "description", "updated_at", "phenomenon__slug")
        .order_by("-updated_at")
    )

    # The words of all saved searches: one query per section, for every person together.
    params_of = {s.pk: saved_search_params(s.section, s.query) for ss in searches_of.values() for s in ss}
    texts = {section: set() for section in SEARCH_PARAMS}
    for ss in searches_of.values():
        for s in ss:
            if "q" in params_of[s.pk]:
                texts[s.section].add(s.match)
    article_words = _word_matches(Article, list(articles), sorted(texts[SavedSearch.Section.KENNISBANK]))
    document_words = _word_matches(Document, list(documents), sorted(texts[SavedSearch.Section.CLOSED]))

    # Indexes over the batch's items, in the order of the queries above.
    article_items = {
        pk: Item(
            "article",
            pk,
            a["title"],
            reverse("knowledge:article", kwargs={"slug": a["slug"]}),
            a["published_at"],
            a["summary"],
        )
        for pk, a in articles.items()
    }
    articles_by = {key: defaultdict(list) for key in FOLLOWED_SLUGS.values()}
    for pk, a in articles.items():
        for key, index in articles_by.items():
            for slug in a[key]:
                index[slug].append(pk)
    signal_url = reverse("learning:signals")
    signals_by = defaultdict(list)
    for s in signals:
        signals_by[s["phenomenon__slug"]].append(
            Item("signal", s["pk"], s["title"], f"{signal_url}#{s['slug']}", s["updated_at"], s["description"])
        )
    document_order = {pk: n for n, pk in enumerate(documents)}
    documents_of_group = defaultdict(list)
    for pk, found in documents.items():
        for group_id, at in found["groups"].items():
            documents_of_group[group_id].append((pk, at))
    document_urls = {pk: reverse("documents:detail", kwargs={"pk": pk}) for pk in documents}

    memo = {}  # what is the same for many people is worked out once: {key: value}

    def once(key, make, *args):
        if key not in memo:
            memo[key] = make(*args)
        return memo[key]

    def in_window(window, pks):
        start, end = window
        return [pk for pk in pks if start < articles[pk]["published_at"] <= end]

    def document_item(pk, at):
        return Item("document", pk, documents[pk]["document"]["title"], document_urls[pk], at)

    def followed_articles(window, key, slug):
        return [article_items[pk] for pk in in_window(window, articles_by[key][slug])]

    def followed_signals(window, slug):
        start, end = window
        return [s for s in signals_by[slug] if start < s.at <= end]

    def searched_articles(window, params, text):
        return by_time(
            article_items[pk]
            for pk in in_window(window, articles)
            if _facet_match(articles[pk], params, ARTICLE_FACETS) and (text is None or pk in article_words[text])
        )

    def labelled(kind, pk, slug, name):
        follow = Follow(kind=kind, **{kind: FOLLOW_TARGETS[kind](pk=pk, slug=slug, name=name)})
        return follow_label(follow), follow_url(follow)

    for user_id in allowed:
        window = start, end = windows[user_id]
        news = result[user_id]
        became_readable = {}
        for group_id in groups_of[user_id]:
            for pk, at in documents_of_group.get(group_id, ()):
                if pk not in became_readable or at < became_readable[pk]:
                    became_readable[pk] = at
        my_documents = {
            pk: (documents[pk]["document"], once(("document", pk, at), document_item, pk, at))
            for pk, at in sorted(became_readable.items(), key=lambda pair: document_order[pair[0]])
            if start < at <= end
        }
        shared = [item for _d, item in my_documents.values()]
        news.shared = once(("shared", _keys(shared)), by_time, shared)

        for kind, target_pk, slug, name in follows_of[user_id]:
            group = Group(
                f"{kind}:{target_pk}", *once(("follow", kind, target_pk), labelled, kind, target_pk, slug, name)
            )
            if kind == Follow.Kind.ORGANISATION:
                mine = [item for d, item in my_documents.values() if d["owner__slug"] == slug]
                group.items = once(("organisation", slug, _keys(mine)), by_time, mine)
            else:
                key = FOLLOWED_SLUGS[kind]
                public = once(("articles", window, key, slug), followed_articles, window, key, slug)
                mine = []
                if kind != Follow.Kind.REGION:
                    mine = [item for d, item in my_documents.values() if slug in d[key]]
                extra = []
                if kind == Follow.Kind.PHENOMENON:
                    extra = once(("signals", window, slug), followed_signals, window, slug)
                group.items = once(("followed", window, key, slug, _keys(mine)), by_time, [*public, *mine, *extra])
            news.groups.append(group)

        for search in searches_of[user_id]:
            params = params_of[search.pk]
            group = Group(
                f"search:{search.pk}", _("Zoekopdracht: %(name)s") % {"name": search.name}, saved_search_url(search)
            )
            text = search.match if "q" in params else None
            if search.section == SavedSearch.Section.KENNISBANK:
                key = ("kennisbank", window, search.query, text)
                group.items = once(key, searched_articles, window, params, text)
            else:
                group.items = by_time(
                    item
                    for pk, (d, item) in my_documents.items()
                    if _facet_match(d, params, DOCUMENT_FACETS) and (text is None or pk in document_words[text])
                )
            news.groups.append(group)
    return result


def by_time(items) -> list[Item]:
    return sorted(items, key=lambda i: i.at, reverse=True)


def _keys(items: list[Item]) -> tuple:
    """What makes a list of shared Items the same list (a document's "at" is per group)."""
    return tuple((item.kind, item.pk, item.at) for item in items)


FOLLOWED_SLUGS = {"theme": "theme_slugs", "phenomenon": "phenomenon_slugs", "region": "region_slugs"}
FOLLOW_TARGETS = {"theme": Theme, "phenomenon": Phenomenon, "region": Region, "organisation": Organisation}


def news_for(user, since, until) -> News:
    """What is new for one person in (since, until]: the same as in a digest."""
    if not user.is_authenticated:
        return News()
    return news_for_people({user.pk: (since, until)})[user.pk]
