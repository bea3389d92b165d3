"""Follows, saved searches, notifications, settings, one-click unsubscribe and the personal
feed. Mijn KPO itself (/mijn-kpo/) is composed in portal.views."""

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.public import Organisation, Region, approved_partner_required, may_use_partner_pages
from knowledge.public import Phenomenon, Theme
from kpo.paths import is_local_path

from . import services
from .feeds import PersonalAtomFeed
from .forms import FrequencyForm, RenameSearchForm, SaveSearchForm
from .models import Follow, PersonalFeed, Preferences, SavedSearch
from .news import SLUG, follow_label, follow_url, saved_search_url

TARGETS = {"thema": Theme, "fenomeen": Phenomenon, "regio": Region, "organisatie": Organisation}


def _back(request, default="follows:manage"):
    target = request.POST.get("next", "")
    return redirect(target if is_local_path(target) else default)


def _crumbs(*rest):
    return [(reverse("my_kpo"), _("Mijn KPO")), *rest]


@never_cache
@approved_partner_required
@require_safe
def manage(request):
    """What you follow and your saved searches: stop following, rename, remove."""
    follows = list(
        Follow.objects.filter(user=request.user).select_related("theme", "phenomenon", "region", "organisation")
    )
    searches = list(SavedSearch.objects.filter(user=request.user))
    followed = {(f.kind, f.target.pk) for f in follows}
    return render(
        request,
        "follows/manage.html",
        {
            "follows": [{"follow": f, "label": follow_label(f), "url": follow_url(f)} for f in follows],
            "searches": [
                {"search": s, "url": saved_search_url(s), "form": RenameSearchForm(instance=s)} for s in searches
            ],
            "options": [
                ("thema", _("Thema's"), [t for t in Theme.objects.all() if ("theme", t.pk) not in followed]),
                (
                    "fenomeen",
                    _("Fenomenen"),
                    [p for p in Phenomenon.objects.all() if ("phenomenon", p.pk) not in followed],
                ),
                ("regio", _("Regio's"), [r for r in Region.objects.all() if ("region", r.pk) not in followed]),
            ],
            "crumbs": _crumbs(("", _("Volgen"))),
        },
    )


@approved_partner_required
@require_POST
def follow(request):
    """Follow what the form names (?thema=slug, fenomeen, regio or organisatie)."""
    for parameter, model in TARGETS.items():
        if slug := request.POST.get(parameter):
            target = model.objects.filter(slug=slug).first() if SLUG.fullmatch(slug) else None
            if target is None:
                raise Http404
            services.follow(request.user, target)
            messages.success(request, _("U volgt nu %(name)s.") % {"name": target.name})
            return _back(request)
    messages.error(request, _("Kies wat u wilt volgen."))
    return _back(request)


@approved_partner_required
@require_POST
def unfollow(request, pk):
    found = get_object_or_404(
        Follow.objects.select_related("theme", "phenomenon", "region", "organisation"), pk=pk, user=request.user
    )
    name = found.target.name
    services.unfollow(request.user, pk)
    messages.success(request, _("U volgt %(name)s niet meer.") % {"name": name})
    return _back(request)


@approved_partner_required
@require_POST
def save_search(request):
    """One click from a results page: keep the search with its filters."""
    form = SaveSearchForm(request.POST)
    if not form.is_valid():
        messages.error(
            request,
            _(
                "Het bewaren van de zoekopdracht is niet gelukt. "
                "Zoek opnieuw en klik bij de resultaten op “Zoekopdracht bewaren”."
            ),
        )
        return _back(request)
    search = services.save_search(request.user, form.cleaned_data["section"], form.cleaned_data["query"])
    messages.success(
        request,
        _("De zoekopdracht is bewaard als “%(name)s”. Nieuwe resultaten ziet u op Mijn KPO.") % {"name": search.name},
    )
    return _back(request)


@approved_partner_required
@require_POST
def change_search(request, pk):
    """Rename a saved search, or remove it (the button named `verwijderen`)."""
    search = get_object_or_404(SavedSearch, pk=pk, user=request.user)
    if "verwijderen" in request.POST:
        services.remove_search(request.user, pk)
        messages.success(request, _("De zoekopdracht “%(name)s” is verwijderd.") % {"name": search.name})
        return redirect("follows:manage")
    form = RenameSearchForm(request.POST, instance=search)
    if form.is_valid():
        services.rename_search(request.user, pk, form.cleaned_data["name"])
        messages.success(request, _("De naam is gewijzigd."))
        return redirect("follows:manage")
    messages.error(request, _("Geef de zoekopdracht een naam van maximaal 120 tekens."))
    return redirect("follows:manage")


@never_cache
@approved_partner_required
@require_safe
def notifications(request):
    """What is new for you in the last 30 days; opening the list marks everything read."""
    now = timezone.now()
    items, seen_at = services.notifications_for(request.user, now)
    page = Paginator(items, 25).get_page(request.GET.get("page"))
    services.mark_seen(request.user, now)
    return render(
        request,
        "follows/notifications.html",
        {
            "page_obj": page,
            "items": [{"item": i, "unread": seen_at is None or i.at > seen_at} for i in page.object_list],
            "crumbs": _crumbs(("", _("Meldingen"))),
        },
    )


@never_cache
@approved_partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def notification_settings(request):
    """How often the e-mail with news comes, and the personal feed (make or renew its link)."""
    prefs = Preferences.objects.filter(user=request.user).first() or Preferences(user=request.user)
    form = FrequencyForm(request.POST if "frequency" in request.POST else None, instance=prefs)
    if request.method == "POST":
        if "feed" in request.POST:
            services.renew_feed(request.user)
            messages.success(request, _("U hebt een nieuwe feedlink. De oude link werkt niet meer."))
            return redirect("follows:settings")
        if form.is_valid():
            services.set_frequency(request.user, form.cleaned_data["frequency"])
            messages.success(request, _("Uw instelling is opgeslagen."))
            return redirect("follows:settings")
    feed = PersonalFeed.objects.filter(user=request.user).first()
    return render(
        request,
        "follows/settings.html",
        {
            "form": form,
            "feed_url": settings.KPO_SITE_URL.rstrip("/") + reverse("follows:feed", kwargs={"secret": feed.secret})
            if feed
            else "",
            "crumbs": _crumbs(("", _("Instellingen voor meldingen"))),
        },
        status=400 if form.is_bound and not form.is_valid() else 200,
    )


@csrf_exempt  # RFC 8058: mail clients POST "List-Unsubscribe=One-Click" without a session
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """The signed link in every digest. GET asks to confirm (mail scanners open links);
    POST, from the page or from the mail client, unsubscribes without signing in."""
    user = services.user_for_unsubscribe_token(token)
    if user is None:
        return render(request, "follows/unsubscribe.html", {"invalid": True}, status=400)
    if request.method == "POST":
        services.unsubscribe(user)
        return render(request, "follows/unsubscribe.html", {"done": True})
    return render(request, "follows/unsubscribe.html", {})


@require_safe
def personal_feed(request, secret):
    """A partner's Atom feed. The secret names the person; what they may read is checked at
    every read (a suspended partner, or one whose share was withdrawn, gets nothing)."""
    feed = PersonalFeed.objects.select_related("user").filter(secret=secret).first()
    if feed is None or not may_use_partner_pages(feed.user):
        return HttpResponse(status=404)
    response = PersonalAtomFeed()(request, user=feed.user)
    # Closed titles, read without a session: kept by no proxy or cache past a renewed link.
    response["Cache-Control"] = "private, no-store"
    return response
