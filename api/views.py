"""The open, read-only API (/api/v1/): public content only, never anything closed.
Answering a quiz question is the one POST; the right answer is never in a question."""

import json
from functools import wraps

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Max
from django.http import JsonResponse
from django.urls import reverse
from django.utils.http import http_date
from django.views.decorators.csrf import csrf_exempt

from accounts.public import Region
from knowledge.public import Article, ArticleFilter, Phenomenon, Theme
from kpo.markdown import render_markdown
from kpo.ratelimit import hit
from kpo.search import clean_query, search
from learning.public import QuizChoice, QuizQuestion, Signal, published_articles, record_answer

from .openapi import openapi_document

MAX_PAGE_SIZE = 100


def _error(status, detail, **headers):
    response = JsonResponse({"detail": detail}, status=status, json_dumps_params={"ensure_ascii": False})
    for key, value in headers.items():
        response[key] = value
    return response


def api_view(methods=("GET", "HEAD")):
    """JSON errors, the rate limit, CORS for apps, and only the given methods."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in methods:
                response = _error(405, "Methode niet toegestaan.")
                response["Allow"] = ", ".join(methods)
                return response
            wait = hit(request, "api", settings.KPO_API_RATE_LIMIT, 60)
            if wait is not None:
                return _error(429, "Te veel verzoeken; probeer het zo opnieuw.", **{"Retry-After": str(wait)})
            response = view(request, *args, **kwargs)
            response["Access-Control-Allow-Origin"] = "*"
            response["Cache-Control"] = "public, max-age=60" if request.method in ("GET", "HEAD") else "no-store"
            return response

        return csrf_exempt(wrapper)

    return decorator


def _json(data, last_modified=None):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def _page(request, queryset, serialize):
    try:
        page_number = int(request.GET.get("page", "1"))
        size = min(max(int(request.GET.get("page_size", "20")), 1), MAX_PAGE_SIZE)
    except ValueError:
        return None
    paginator = Paginator(queryset, size)
    try:
        page = paginator.page(page_number)
    except EmptyPage:
        return None

    def link(number):
        params = request.GET.copy()
        params["page"] = number
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "count": paginator.count,
        "next": link(page.next_page_number()) if page.has_next() else None,
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "results": [serialize(obj) for obj in page.object_list],
    }


def _article(article, full=False):
    data = {
        "slug": article.slug,
        "title": article.title,
        "summary": article.summary,
        "kind": article.kind,
        "themes": [t.slug for t in article.themes.all()],
        "phenomena": [p.slug for p in article.phenomena.all()],
        "regions": [r.slug for r in article.regions.all()],
        "published_at": article.published_at.isoformat(),
        "url": article.get_absolute_url(),
    }
    if full:
        data["body"] = article.body
        data["body_html"] = render_markdown(article.body)
        data["references"] = [
            {"kind": r.kind, "title": r.title, "url": r.url, "description": r.description}
            for r in article.references.all()
        ]
    return data


def _taxonomy(obj):
    return {"slug": obj.slug, "name": obj.name, "description": obj.description}


def _region(region):
    return {
        "slug": region.slug,
        "name": region.name,
        "kind": region.kind,
        "area": region.area,
        "address": region.address,
        "phone": region.phone,
        "email": region.email,
        "website": region.website,
    }


def _signal(signal):
    return {
        "slug": signal.slug,
        "title": signal.title,
        "description": signal.description,
        "phenomenon": signal.phenomenon.slug,
        "setting": signal.setting,
        "action": signal.action,
    }


def _question(question):
    return {
        "id": question.pk,
        "level": question.level,
        "text": question.text,
        "choices": [{"id": c.pk, "text": c.text} for c in question.choices.all()],
        "theme": question.theme.slug if question.theme else None,
        "phenomenon": question.phenomenon.slug if question.phenomenon else None,
    }


def _listing(request, queryset, serialize, last_modified=None):
    data = _page(request, queryset, serialize)
    if data is None:
        return _error(404, "Deze pagina bestaat niet.")
    return _json(data, last_modified)


@api_view()
def articles(request):
    published = Article.objects.published()
    queryset = ArticleFilter(request.GET, queryset=published).qs
    q = clean_query(request.GET.get("q"))
    if q:
        queryset = search(queryset, q).order_by("-rank", "-published_at")
    else:
        queryset = queryset.order_by("-published_at", "title")
    queryset = queryset.prefetch_related("themes", "phenomena", "regions")
    return _listing(request, queryset, _article, published.aggregate(m=Max("updated_at"))["m"])


@api_view()
def article(request, slug):
    found = (
        Article.objects.published()
        .prefetch_related("themes", "phenomena", "regions", "references")
        .filter(slug=slug)
        .first()
    )
    if found is None:
        return _error(404, "Niet gevonden.")
    return _json(_article(found, full=True), found.updated_at)


@api_view()
def themes(request):
    return _listing(request, Theme.objects.all(), _taxonomy)


@api_view()
def phenomena(request):
    return _listing(request, Phenomenon.objects.all(), _taxonomy)


@api_view()
def regions(request):
    return _listing(request, Region.objects.all(), _region)


@api_view()
def signals(request):
    queryset = Signal.objects.filter(is_published=True).select_related("phenomenon")
    if request.GET.get("fenomeen"):
        queryset = queryset.filter(phenomenon__slug=request.GET["fenomeen"][:100].replace("\x00", ""))
    if request.GET.get("waar"):
        queryset = queryset.filter(setting=request.GET["waar"][:20].replace("\x00", ""))
    return _listing(request, queryset, _signal, queryset.aggregate(m=Max("updated_at"))["m"])


def _questions():
    return QuizQuestion.objects.filter(is_active=True).select_related("theme", "phenomenon").prefetch_related("choices")


@api_view()
def questions(request):
    queryset = _questions()
    level = request.GET.get("level")
    if level:
        if not (level.isascii() and level.isdigit() and len(level) < 4):
            return _error(400, "level moet een getal van 1 tot en met 6 zijn.")
        queryset = queryset.filter(level=int(level))
    return _listing(request, queryset, _question, queryset.aggregate(m=Max("updated_at"))["m"])


@api_view()
def question(request, pk):
    found = _questions().filter(pk=pk).first()
    if found is None:
        return _error(404, "Niet gevonden.")
    return _json(_question(found), found.updated_at)


@api_view(methods=("POST",))
def answer(request, pk):
    found = _questions().filter(pk=pk).prefetch_related(published_articles()).first()
    if found is None:
        return _error(404, "Niet gevonden.")
    try:
        payload = json.loads(request.body or b"{}")
        choice_id = int(payload["choice"])
    except (ValueError, KeyError, TypeError, OverflowError):
        return _error(400, 'Stuur JSON met het id van het gekozen antwoord, bijvoorbeeld {"choice": 12}.')
    choice = QuizChoice.objects.filter(question=found, pk=choice_id).first()
    if choice is None:
        return _error(400, "Dat antwoord hoort niet bij deze vraag.")
    record_answer(found, choice.is_correct)
    correct = next(c for c in found.choices.all() if c.is_correct)
    return _json(
        {
            "correct": choice.is_correct,
            "correct_choice": correct.pk,
            "explanation": found.explanation,
            "articles": [{"slug": a.slug, "title": a.title, "url": a.get_absolute_url()} for a in found.articles.all()],
        }
    )


@api_view()
def openapi(request):
    return JsonResponse(openapi_document(request.build_absolute_uri(reverse("api:root"))))


@api_view()
def root(request):
    return JsonResponse(
        {
            "openapi": request.build_absolute_uri(reverse("api:openapi")),
            "articles": request.build_absolute_uri(reverse("api:articles")),
        }
    )
