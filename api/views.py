"""The open, read-only API (/api/v1/): public content only, never anything closed.
Answering a quiz question is the one POST; the right answer is never in a question."""

import json
import logging
from functools import wraps
from http import HTTPStatus

from django.conf import settings
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Count, Max, Q
from django.http import HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import get_conditional_response, set_response_etag
from django.utils.encoding import escape_uri_path
from django.utils.http import http_date, parse_http_date_safe
from django.views.decorators.csrf import csrf_exempt

from accounts.public import Region
from events.public import Event, EventFilter, Registration, events_visible_to
from knowledge.public import Article, ArticleFilter, Phenomenon, Theme
from kpo.markdown import render_markdown
from kpo.ratelimit import hit
from kpo.search import clean_query, search
from learning.public import QuizChoice, QuizQuestion, Signal, published_articles, record_answer

from .openapi import API_VERSION, MAX_PAGE_SIZE, openapi_document

logger = logging.getLogger(__name__)

# Query keys renamed in 1.1.0 (lowerCamelCase): a request with the old key is sent on with a 308.
RENAMED_KEYS = {"page_size": "pageSize"}
# Headers a browser script on another site may read.
EXPOSED_HEADERS = "API-Version, ETag, Last-Modified, Location, Retry-After"


class BadRequest(Exception):
    """Input the API cannot use: answered with a 400 problem."""


class NotFound(Exception):
    """Nothing (public) at this address: answered with a 404 problem."""


def _problem(request, status, detail, **headers):
    """An error as RFC 9457 problem details: type, title, status, detail and instance only."""
    response = JsonResponse(
        {
            "type": "about:blank",
            "title": HTTPStatus(status).phrase,
            "status": status,
            "detail": detail,
            "instance": escape_uri_path(request.path),
        },
        status=status,
        content_type="application/problem+json",
        json_dumps_params={"ensure_ascii": False},
    )
    for key, value in headers.items():
        response[key] = value
    return response


def _new_location(request):
    """This request's address as version 1.1.0 spells it: no trailing slash, new query keys."""
    root = reverse("api:root")
    path = request.path if request.path == root else request.path.rstrip("/")
    params = request.GET.copy()
    for old, new in RENAMED_KEYS.items():
        if old in params:
            params.setlist(new, params.getlist(old))
            del params[old]
    return f"{path}?{params.urlencode()}" if params else path


def _permanent_redirect(location):
    """308: permanent, and the client repeats the same method and body at the new address."""
    return HttpResponsePermanentRedirect(location, preserve_request=True)


def _finish(request, response):
    """What every answer of the API carries: its version, CORS for apps on any site, caching,
    and (for a GET) an answer of 304 when the client has it already, with the same headers."""
    if request.method in ("GET", "HEAD") and response.status_code == 200:
        if not response.has_header("ETag"):
            set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        response = get_conditional_response(
            request, etag=response["ETag"], last_modified=last_modified, response=response
        )
    response["API-Version"] = API_VERSION
    response["Access-Control-Allow-Origin"] = "*"
    response["Access-Control-Expose-Headers"] = EXPOSED_HEADERS
    cacheable = request.method in ("GET", "HEAD") and response.status_code in (200, 304, 308)
    response["Cache-Control"] = "public, max-age=60" if cacheable else "no-store"
    return response


def _answer(view, methods, request, *args, **kwargs):
    if request.method == "OPTIONS":  # a browser's CORS preflight, e.g. before a POST of JSON
        response = HttpResponse(status=204)
        response["Allow"] = response["Access-Control-Allow-Methods"] = ", ".join((*methods, "OPTIONS"))
        response["Access-Control-Allow-Headers"] = "Content-Type, If-None-Match, If-Modified-Since"
        response["Access-Control-Max-Age"] = "86400"
        return response
    if request.method not in methods:
        return _problem(request, 405, "Methode niet toegestaan.", Allow=", ".join(methods))
    if any(old in request.GET for old in RENAMED_KEYS):
        return _permanent_redirect(_new_location(request))
    wait = hit(request, "api", settings.KPO_API_RATE_LIMIT, 60)
    if wait is not None:
        return _problem(request, 429, "Te veel verzoeken; probeer het zo opnieuw.", **{"Retry-After": str(wait)})
    try:
        return view(request, *args, **kwargs)
    except BadRequest as error:
        return _problem(request, 400, str(error))
    except NotFound as error:
        return _problem(request, 404, str(error) or "Niet gevonden.")
    except Exception:
        # Logged (and so sent to Sentry) like any server error, answered as a problem.
        logger.exception("API error on %s", request.path)
        return _problem(request, 500, "Er ging iets mis aan onze kant.")


def api_view(methods=("GET", "HEAD")):
    """Problem details for errors, the rate limit, the version header, CORS for apps, and
    only the given methods."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            return _finish(request, _answer(view, methods, request, *args, **kwargs))

        return csrf_exempt(wrapper)

    return decorator


def _json(data, last_modified=None):
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    if last_modified:
        response["Last-Modified"] = http_date(last_modified.timestamp())
    return response


def _integer(request, key, default, low, high):
    value = request.GET.get(key)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit() and len(value) < 8 and low <= int(value) <= high):
        raise BadRequest(f"{key} moet een geheel getal van {low} tot en met {high} zijn.")
    return int(value)


def _page(request, queryset, serialize):
    page_number = _integer(request, "page", 1, 1, 1_000_000)
    size = _integer(request, "pageSize", 20, 1, MAX_PAGE_SIZE)
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


def _event(event, full=False):
    """A public event. The online link is not here: the site gives it to those with a seat."""
    data = {
        "slug": event.slug,
        "title": event.title,
        "summary": event.summary,
        "organiser": event.organiser.slug,
        "starts_at": timezone.localtime(event.starts_at).isoformat(),
        "ends_at": timezone.localtime(event.ends_at).isoformat(),
        "form": event.form,
        "place": event.place if event.has_place else "",
        "capacity": event.capacity,
        "seats_left": None if event.capacity is None else max(event.capacity - event.seats_taken, 0),
        "registration_closes_at": timezone.localtime(event.closes_at).isoformat(),
        "registration_open": event.registration_open(),
        "themes": [t.slug for t in event.themes.all()],
        "phenomena": [p.slug for p in event.phenomena.all()],
        "url": event.get_absolute_url(),
        "ics_url": reverse("events:ics", kwargs={"slug": event.slug}),
    }
    if full:
        data["programme"] = event.programme
        data["programme_html"] = render_markdown(event.programme)
        data["speakers"] = event.speaker_list
    return data


def _listing(request, queryset, serialize, last_modified=None):
    data = _page(request, queryset, serialize)
    if data is None:
        raise NotFound("Deze pagina bestaat niet.")
    return _json(data, last_modified)


def _only(request, key, allowed):
    """Every value of a key with a fixed set of values must be one of them."""
    for value in request.GET.getlist(key):
        if value not in allowed:
            raise BadRequest(f"{key} moet een van deze waarden zijn: {', '.join(allowed)}.")


FACETS = ("thema", "fenomeen", "soort", "regio")
MAX_FACET_VALUES = 20


@api_view()
def articles(request):
    for key in FACETS:
        if len(request.GET.getlist(key)) > MAX_FACET_VALUES:
            raise BadRequest(f"Geef hoogstens {MAX_FACET_VALUES} waarden voor {key}.")
    _only(request, "soort", Article.Kind.values)
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
        raise NotFound
    return _json(_article(found, full=True), found.updated_at)


EVENT_FACETS = ("regio", "thema", "fenomeen", "vorm")
PERIODS = ("komend", "voorbij")


def _public_events():
    """Public, published events only: the gate as anyone without an account sees it."""
    seats = Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED))
    return (
        events_visible_to(None)
        .select_related("organiser")
        .prefetch_related("themes", "phenomena")
        .annotate(seats_taken=seats)
    )


@api_view()
def events(request):
    for key in EVENT_FACETS:
        if len(request.GET.getlist(key)) > MAX_FACET_VALUES:
            raise BadRequest(f"Geef hoogstens {MAX_FACET_VALUES} waarden voor {key}.")
    _only(request, "vorm", Event.Form.values)
    _only(request, "periode", PERIODS)
    if len(request.GET.getlist("periode")) > 1:
        raise BadRequest("Geef periode hoogstens één keer.")
    visible = _public_events()
    queryset = EventFilter(request.GET, queryset=visible).qs
    queryset = queryset.past() if request.GET.get("periode") == "voorbij" else queryset.upcoming()
    return _listing(request, queryset, _event, events_visible_to(None).aggregate(m=Max("updated_at"))["m"])


@api_view()
def event(request, slug):
    found = _public_events().filter(slug=slug).first()
    if found is None:
        raise NotFound
    return _json(_event(found, full=True), found.updated_at)


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
    _only(request, "waar", Signal.Setting.values)
    if request.GET.get("waar"):
        queryset = queryset.filter(setting=request.GET["waar"][:20].replace("\x00", ""))
    return _listing(request, queryset, _signal, queryset.aggregate(m=Max("updated_at"))["m"])


def _questions():
    return QuizQuestion.objects.filter(is_active=True).select_related("theme", "phenomenon").prefetch_related("choices")


@api_view()
def questions(request):
    queryset = _questions()
    level = _integer(request, "level", None, 1, 6)
    if level is not None:
        queryset = queryset.filter(level=level)
    return _listing(request, queryset, _question, queryset.aggregate(m=Max("updated_at"))["m"])


@api_view()
def question(request, pk):
    found = _questions().filter(pk=pk).first()
    if found is None:
        raise NotFound
    return _json(_question(found), found.updated_at)


@api_view(methods=("POST",))
def answer(request, pk):
    found = _questions().filter(pk=pk).prefetch_related(published_articles()).first()
    if found is None:
        raise NotFound
    try:
        payload = json.loads(request.body or b"{}")
        choice_id = int(payload["choice"])
    except (ValueError, KeyError, TypeError, OverflowError) as error:
        raise BadRequest('Stuur JSON met het id van het gekozen antwoord, bijvoorbeeld {"choice": 12}.') from error
    choice = QuizChoice.objects.filter(question=found, pk=choice_id).first()
    if choice is None:
        raise BadRequest("Dat antwoord hoort niet bij deze vraag.")
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
    """The OpenAPI document, open to anyone (no login, CORS open), its servers' URL from the request."""
    return JsonResponse(openapi_document(request.build_absolute_uri(reverse("api:root"))))


@api_view()
def root(request):
    return JsonResponse(
        {
            "version": API_VERSION,
            "openapi": request.build_absolute_uri(reverse("api:openapi")),
            "articles": request.build_absolute_uri(reverse("api:articles")),
            "events": request.build_absolute_uri(reverse("api:events")),
        }
    )


@api_view(methods=("GET", "HEAD", "POST"))
def root_without_slash(request):
    """`/api/v1` is the API's root too: a 308 to `/api/v1/` that carries the API's headers,
    where Django's own slash-appending would answer a bare 301."""
    return _permanent_redirect(reverse("api:root"))


@api_view(methods=("GET", "HEAD", "POST"))
def moved(request, path):
    """The addresses of version 1.0.0 ended in a slash; they answer 308 (method and body kept)
    to the address without one throughout version 1.1 (docs/api.md)."""
    return _permanent_redirect(_new_location(request))


@api_view(methods=("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"))
def not_found(request, path=""):
    raise NotFound("Dit adres bestaat niet in de API.")
