import functools
import operator

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.models import Q
from django.http import JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.public import MembershipStatus, PartnerType, Region, approved_partner_required, may_use_partner_pages
from documents.public import Document, documents_visible_to, reader_group_ids
from events.public import event_search_group
from knowledge.public import Article, Phenomenon, Theme
from kpo.cache import cache_public_page, cached, closed_list_key, page_not_canonical, public_result
from kpo.markdown import render_content_file
from kpo.search import clean_query, expand, first_results, is_canonical_query, search, word_filter
from learning.public import QuizQuestion, Signal
from network.public import people_search_group

from . import mijn_kpo

# The statements' text, one Markdown file per language (privacy.nl.md, privacy.en.md …).
CONTENT_DIR = settings.BASE_DIR / "portal" / "content"


@never_cache
@require_safe
def healthz(request):
    """Liveness and database check for load balancers and monitoring."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any database failure means unhealthy
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_safe
@cache_public_page
def home(request):
    latest_news = Article.objects.published().filter(kind=Article.Kind.NEWS)[:4]
    return render(
        request,
        "home.html",
        {
            "themes": Theme.objects.all(),
            "phenomena": Phenomenon.objects.all(),
            "latest_news": latest_news,
            # Who can ask for an account: the partner types that have organisations.
            "partner_types": PartnerType.objects.filter(organisations__isnull=False).distinct(),
            "approval_working_days": settings.KPO_APPROVAL_WORKING_DAYS,
        },
    )


@require_safe
def regions(request):
    all_regions = list(Region.objects.all())
    return render(
        request,
        "pages/regions.html",
        {
            "liec": [r for r in all_regions if r.kind == Region.Kind.LIEC],
            "riecs": [r for r in all_regions if r.kind == Region.Kind.RIEC],
            "crumbs": [("", _("RIEC in uw regio"))],
        },
    )


@require_safe
def accessibility(request):
    # The statement names the site it covers: this installation's own address.
    values = {"site_url": request.build_absolute_uri("/")}
    return render(
        request,
        "pages/accessibility.html",
        {"statement": _statement("accessibility", values), "crumbs": [("", _("Toegankelijkheid"))]},
    )


@require_safe
def privacy(request):
    values = {"regions_url": reverse("regions"), "account_url": reverse("accounts:home")}
    return render(
        request, "pages/privacy.html", {"statement": _statement("privacy", values), "crumbs": [("", _("Privacy"))]}
    )


def _statement(name: str, values: dict) -> str:
    return mark_safe(render_content_file(CONTENT_DIR, name, values))  # noqa: S308 - sanitised by nh3


def _worth_keeping(q):
    """Public results are kept for a search that finds something and is canonical
    (kpo.search.is_canonical_query): nobody fills the cache by varying a search."""
    return lambda groups: is_canonical_query(q) and any(group["count"] for group in groups)


def _mentions(*lookups):
    return lambda word: functools.reduce(operator.or_, (Q(**{f"{lookup}__icontains": word}) for lookup in lookups))


def _counted(key, ranked, shown=10):
    """A search group: its first `shown` results and how many there are (kpo.search.first_results)."""
    items, count = first_results(ranked, shown)
    return {"key": key, "count": count, "items": items}


def _public_groups(q, expansion):
    """Articles, signals, quiz topics, RIEC pages and topics matching `q`: the same for
    every visitor. Each group: its count, its first items and the page with all of them."""
    articles = (
        search(Article.objects.published(), q, expansion=expansion)
        .order_by("-rank", "-published_at")
        .defer("body", "body_text", "search_vector", "rank_vector")
    )
    if not expansion:
        return [{"key": "artikelen", "count": 0, "items": []}]
    signals = list(
        Signal.objects.filter(is_published=True)
        .filter(word_filter(expansion, _mentions("title", "description", "action", "phenomenon__name")))
        .select_related("phenomenon")
        .order_by("title")
    )
    quiz_topics = {}
    for question in (
        QuizQuestion.objects.filter(is_active=True)
        .filter(word_filter(expansion, _mentions("text", "explanation")))
        .select_related("theme", "phenomenon")
    ):
        for topic in (question.phenomenon, question.theme):
            if topic is not None:
                quiz_topics[topic.name] = topic
    regions = list(Region.objects.filter(word_filter(expansion, _mentions("name", "area"))))
    topic_filter = word_filter(expansion, _mentions("name"))
    topics = [
        *[(t, "thema") for t in Theme.objects.filter(topic_filter)],
        *[(p, "fenomeen") for p in Phenomenon.objects.filter(topic_filter)],
    ]
    return [
        _counted("artikelen", articles),
        {"key": "signalen", "count": len(signals), "items": signals[:10]},
        {"key": "quiz", "count": len(quiz_topics), "items": sorted(quiz_topics.values(), key=lambda t: t.name)},
        {"key": "riec", "count": len(regions), "items": regions},
        {"key": "onderwerpen", "count": len(topics), "items": topics},
    ]


def _closed_group(user, q, expansion):
    """The closed documents `user` may read that match `q`: the same for everyone in the same
    partner groups, so kept per audience (kpo.cache.closed_list_key, stale at any change of a
    document or its sharing) for a plain search that finds something."""
    group_ids = reader_group_ids(user)

    def compute():
        documents = (
            search(
                documents_visible_to(user, group_ids),
                q,
                snippet_fields=("summary", "extracted_text"),
                expansion=expansion,
            )
            .select_related("owner")
            .order_by("-rank", "-published_at")
            .defer("extracted_text", "search_vector", "rank_vector")
        )
        return _counted("documenten", documents)

    key = closed_list_key(group_ids, [("zoeken", q)]) if is_canonical_query(q) else None
    return cached(key, compute, model=Document, keep=lambda group: group["count"] > 0)


@never_cache  # partners see closed titles here
@require_safe
@cache_public_page(params={"q"})  # anonymous visitors only: they see public results alone
def search_everything(request):
    """One search over everything the visitor may see, grouped by kind of result."""
    q = clean_query(request.GET.get("q"))
    groups = []
    if q:
        expansion = expand(q)
        groups = [*public_result("zoeken", q, lambda: _public_groups(q, expansion), keep=_worth_keeping(q))]
        if may_use_partner_pages(request.user) and expansion:
            groups[1:1] = [
                _closed_group(request.user, q, expansion),
                people_search_group(request.user, q, expansion),
            ]
        if events := event_search_group(request.user, q):
            groups.insert(1, events)
    total = sum(g["count"] for g in groups)
    if "q" in request.GET and (request.GET["q"] != q or not total or not is_canonical_query(q)):
        page_not_canonical(request)  # nor one that finds nothing, or is not one plain word
    return render(
        request,
        "portal/search.html",
        {
            "q": q,
            "groups": groups,
            "total": total,
            "suggestions": Article.objects.published().title_suggestions(q) if q and not total else [],
            "crumbs": [("", _("Zoeken"))],
        },
    )


@never_cache
@login_required
@require_safe
def my_kpo(request):
    """Mijn KPO: where signing in lands. Approved partners get their start page (the
    sections of portal.mijn_kpo); anyone else signed in a page that explains their status,
    with no closed data at all."""
    if not request.user.is_approved_partner:
        return render(
            request,
            "portal/mijn_kpo_status.html",
            {"Status": MembershipStatus, "crumbs": [("", _("Mijn KPO"))]},
        )
    return _partner_start_page(request)


@approved_partner_required  # re-verification due or MFA missing: the page that fixes it
def _partner_start_page(request):
    return render(
        request,
        "portal/mijn_kpo.html",
        {"sections": mijn_kpo.compose(request.user, timezone.now()), "crumbs": [("", _("Mijn KPO"))]},
    )
