"""Thin views over events.access (who sees what) and events.services (what changes)."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Count, F, Max, Q
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.public import approved_partner_required, may_use_partner_pages, needs_mfa_setup
from kpo.markdown import render_markdown
from kpo.ratelimit import hit

from . import fragments, services
from .access import (
    events_organised_by,
    events_visible_to,
    get_event_for_organiser_or_404,
    get_event_for_user_or_404,
    has_organiser_rights,
    may_organise,
    regions_organised_by,
)
from .filters import EventFilter, event_facets
from .forms import EventForm, MessageForm, PublicRegistrationForm
from .ics import calendar_response
from .models import CalendarFeed, Registration

PUBLIC_REGISTRATIONS_PER_HOUR = 10
ORGANISE_MFA_MESSAGE = gettext_lazy(
    "Stel eerst tweestapsverificatie in; daarna kunt u bijeenkomsten maken en bewerken."
)
REVERIFY_MESSAGE = gettext_lazy(
    "Bevestig eerst opnieuw uw e-mailadres, organisatie en functie; daarna kunt u bijeenkomsten maken en bewerken."
)


def _with_seats(queryset):
    taken = Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED))
    return queryset.annotate(seats_left=F("capacity") - taken)


def _listing(request, archive: bool):
    visible = events_visible_to(request.user)
    visible = visible.past() if archive else visible.upcoming()
    filterset = EventFilter(request.GET, queryset=visible)
    results = filterset.qs  # validates the form
    selected = {name: filterset.form.cleaned_data.get(name) or [] for name in filterset.filters}
    ordered = _with_seats(results.select_related("organiser"))
    paginator = Paginator(ordered, settings.KPO_PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    title = _("Archief van bijeenkomsten") if archive else _("Bijeenkomsten")
    crumbs = [(reverse("events:list"), _("Bijeenkomsten")), ("", _("Archief"))] if archive else [("", title)]
    return render(
        request,
        "events/event_list.html",
        {
            "archive": archive,
            "title": title,
            "page_obj": page,
            "events": page.object_list,
            "count": paginator.count,
            "facets": event_facets(results, selected),
            "any_filter": any(selected.values()),
            "q": "",
            "may_create": not archive and request.user.is_authenticated and has_organiser_rights(request.user),
            "crumbs": crumbs,
        },
    )


@never_cache
@require_safe
def event_list(request):
    """Upcoming events the visitor may see, soonest first."""
    return _listing(request, archive=False)


@never_cache
@require_safe
def event_archive(request):
    return _listing(request, archive=True)


def _own_registration(user, event):
    if not user.is_authenticated:
        return None
    return event.registrations.active().filter(user=user).first()


@never_cache
@require_safe
def event_detail(request, slug):
    # Per request: the gate, then the visitor's own registration and the seats in one query.
    # What is the same for everyone who may see the event comes from events/fragments.py.
    event = get_event_for_user_or_404(request.user, slug)
    user = request.user
    counts = _registration_counts(event, user)
    own = {"status": counts["own_status"]} if counts["own_status"] else None
    organiser = user.is_authenticated and may_organise(user, event)
    is_partner = may_use_partner_pages(user)
    head_html, body_html, aside_html = fragments.event_fragments(event)
    context = {
        "event": event,
        "head_html": head_html,
        "body_html": body_html,
        "aside_html": aside_html,
        "seats_left": None if event.capacity is None else max(event.capacity - counts["confirmed"], 0),
        "waiting": counts["waiting"],
        "registration": own,
        "show_link": organiser or counts["own_status"] == Registration.Status.CONFIRMED,
        "is_partner": is_partner,
        "may_organise": organiser,
        "form": None if is_partner else PublicRegistrationForm(),
        "crumbs": [(reverse("events:list"), _("Bijeenkomsten")), ("", event.title)],
    }
    return render(request, "events/event_detail.html", context)


def _registration_counts(event, user) -> dict:
    """Seats taken, the waiting list and the status of the user's own active registration
    (None if none): one query."""
    confirmed, waiting = Registration.Status.CONFIRMED, Registration.Status.WAITING
    own = {"own_status": Max("status", filter=Q(user=user))} if user.is_authenticated else {}
    counts = event.registrations.filter(status__in=(confirmed, waiting)).aggregate(
        confirmed=Count("pk", filter=Q(status=confirmed)), waiting=Count("pk", filter=Q(status=waiting)), **own
    )
    counts.setdefault("own_status", None)
    return counts


@require_POST
def register(request, slug):
    event = get_event_for_user_or_404(request.user, slug)
    try:
        if may_use_partner_pages(request.user):
            registration = services.register_partner(event, request.user)
            if registration.status == Registration.Status.CONFIRMED:
                messages.success(request, _("U bent aangemeld. U krijgt een bevestiging per e-mail."))
            else:
                messages.info(request, _("De bijeenkomst is vol. U staat op de wachtlijst."))
            return redirect(event)
        form = PublicRegistrationForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Vul uw naam en een geldig e-mailadres in."))
            return redirect(event)
        if wait := hit(request, "event-register", PUBLIC_REGISTRATIONS_PER_HOUR, 3600):
            response = render(request, "429.html", status=429)
            response["Retry-After"] = str(wait)
            return response
        services.request_public_registration(event, form.cleaned_data["name"], form.cleaned_data["email"])
        messages.success(
            request,
            _("Bijna klaar: wij hebben u een e-mail gestuurd. Bevestig uw aanmelding met de link in die e-mail."),
        )
    except services.RegistrationClosed:
        messages.error(request, _("Aanmelden is niet meer mogelijk."))
    except services.AlreadyRegistered:
        messages.info(request, _("U bent al aangemeld voor deze bijeenkomst."))
    return redirect(event)


@require_POST
@approved_partner_required
def cancel(request, slug):
    event = get_event_for_user_or_404(request.user, slug)
    own = _own_registration(request.user, event)
    if own is not None:
        services.cancel_registration(own)
        messages.success(request, _("U bent afgemeld voor deze bijeenkomst."))
    return redirect(event)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def registration(request, token):
    """A registration by the secret in its mails: confirm the address, or cancel."""
    found = get_object_or_404(Registration.objects.exclude(status=Registration.Status.CANCELLED), token=token)
    # The one gate, for the person who registered: an event they may no longer see is gone.
    event = get_event_for_user_or_404(found.user, found.event.slug)
    if request.method == "POST":
        try:
            if request.POST.get("action") == "bevestigen":
                found = services.confirm_public_registration(found)
                messages.success(request, _("Uw aanmelding is bevestigd."))
            elif request.POST.get("action") == "afmelden":
                services.cancel_registration(found)
                messages.success(request, _("U bent afgemeld voor deze bijeenkomst."))
                return redirect(event)
        except services.RegistrationClosed:
            messages.error(request, _("Aanmelden is niet meer mogelijk."))
        return redirect("events:registration", token=token)
    return render(
        request,
        "events/registration.html",
        {
            "event": event,
            "registration": found,
            "crumbs": [
                (reverse("events:list"), _("Bijeenkomsten")),
                (event.get_absolute_url(), event.title),
                ("", _("Uw aanmelding")),
            ],
        },
    )


@require_safe
def event_ics(request, slug):
    event = get_event_for_user_or_404(request.user, slug)
    own = _own_registration(request.user, event)
    show_link = own is not None and own.status == Registration.Status.CONFIRMED
    return calendar_response([event], event.title, f"{event.slug}.ics", show_link=lambda _event: show_link)


@require_safe
def public_feed(request):
    events = events_visible_to(None).upcoming().select_related("organiser")[:200]  # what anyone may see
    return calendar_response(events, _("Bijeenkomsten – Kennisplatform Ondermijning"), "bijeenkomsten.ics")


@require_safe
def personal_feed(request, secret):
    """A partner's own feed. Access is checked at every read: a partner who is no longer
    approved gets a 404, and each event goes through events.access again."""
    feed = get_object_or_404(CalendarFeed.objects.select_related("user"), secret=secret)
    user = feed.user
    if not may_use_partner_pages(user):
        return HttpResponse(status=404)
    seat = Q(registrations__user=user, registrations__status=Registration.Status.CONFIRMED)
    waiting = Q(registrations__user=user, registrations__status=Registration.Status.WAITING)
    events = (
        events_visible_to(user)
        .filter(Q(is_public=False) | seat | waiting)
        .upcoming()
        .annotate(has_seat=Count("registrations", filter=seat))
        .select_related("organiser")[:500]
    )
    return calendar_response(
        events,
        _("Mijn bijeenkomsten – Kennisplatform Ondermijning"),
        "mijn-bijeenkomsten.ics",
        show_link=lambda event: bool(event.has_seat),
    )


@never_cache
@approved_partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_calendar(request):
    if request.method == "POST":
        services.renew_calendar_feed(request.user)
        messages.success(request, _("U hebt een nieuwe agendalink. De oude link werkt niet meer."))
        return redirect("events:my_calendar")
    feed = CalendarFeed.objects.filter(user=request.user).first()
    return render(
        request,
        "events/my_calendar.html",
        {
            "feed_url": settings.KPO_SITE_URL.rstrip("/")
            + reverse("events:personal_feed", kwargs={"secret": feed.secret})
            if feed
            else "",
            "crumbs": [(reverse("events:list"), _("Bijeenkomsten")), ("", _("Mijn agenda"))],
        },
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def attendees(request, slug):
    event = get_event_for_organiser_or_404(request.user, slug)
    form = MessageForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        sent = services.message_attendees(event, form.cleaned_data["subject"], form.cleaned_data["body"], request.user)
        messages.success(
            request,
            ngettext(
                "Uw bericht is verstuurd aan %(count)s deelnemer.",
                "Uw bericht is verstuurd aan %(count)s deelnemers.",
                sent,
            )
            % {"count": sent},
        )
        return redirect("events:attendees", slug=slug)
    registrations = event.registrations.active().order_by("status", "requested_at", "pk")
    return render(
        request,
        "events/attendees.html",
        {
            "event": event,
            "registrations": registrations,
            "form": form,
            "crumbs": [
                (reverse("events:list"), _("Bijeenkomsten")),
                (event.get_absolute_url(), event.title),
                ("", _("Deelnemers")),
            ],
        },
    )


@require_safe
def attendees_export(request, slug):
    event = get_event_for_organiser_or_404(request.user, slug)
    response = HttpResponse(services.attendees_csv(event), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="deelnemers-{event.slug}.csv"'
    response["Cache-Control"] = "private, no-store"
    return response


def _organiser_regions_or_refusal(request):
    """(regions, None) for someone who may organise events now; (None, response) for the
    login page (anonymous), MFA set-up (the rights, no second factor, like moderation) or
    re-verification; a 404 for everyone else."""
    user = request.user
    if not user.is_authenticated:
        return None, redirect_to_login(request.get_full_path())
    if not has_organiser_rights(user):
        raise Http404
    if needs_mfa_setup(user):
        messages.info(request, ORGANISE_MFA_MESSAGE)
        return None, redirect("mfa_index")
    regions = regions_organised_by(user)
    if not regions.exists():
        if user.is_approved_partner and user.needs_reverification:
            messages.info(request, REVERIFY_MESSAGE)
            return None, redirect("accounts:confirm_identity")
        raise Http404
    return regions, None


def _event_form_page(request, form, event=None):
    """The form; with "Voorbeeld" the programme as it will look, nothing saved."""
    preview = None
    if request.method == "POST" and request.POST.get("action") == "voorbeeld":
        preview = render_markdown(request.POST.get("programme", ""))
    title = _("Bijeenkomst bewerken") if event else _("Nieuwe bijeenkomst")
    crumbs = [(reverse("events:list"), _("Bijeenkomsten"))]
    if event:
        crumbs.append(
            (event.get_absolute_url(), event.title) if event.status == event.Status.PUBLISHED else ("", event.title)
        )
    crumbs.append(("", _("Bewerken") if event else _("Nieuw")))
    drafts = []
    if event is None:
        drafts = (
            events_organised_by(request.user)
            .filter(status="draft")
            .select_related("organiser")
            .order_by("starts_at")[:20]
        )
    return render(
        request,
        "events/event_form.html",
        {"form": form, "event": event, "title": title, "preview": preview, "drafts": drafts, "crumbs": crumbs},
        status=400 if request.method == "POST" and form.errors and preview is None else 200,
    )


def _save(request, form, event=None):
    saved = services.save_event(
        form.save(commit=False),
        themes=form.cleaned_data["themes"],
        phenomena=form.cleaned_data["phenomena"],
        audiences=form.audience_groups(),
        by=request.user,
    )
    if saved.status == saved.Status.PUBLISHED:
        messages.success(request, _("De bijeenkomst is opgeslagen en gepubliceerd."))
        return redirect(saved)
    messages.success(request, _("De bijeenkomst is opgeslagen als concept. Alleen u en de redactie zien haar."))
    return redirect("events:edit", slug=saved.slug)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def event_create(request):
    """A new event, by a curator or a moderator of the organising region."""
    regions, refusal = _organiser_regions_or_refusal(request)
    if refusal:
        return refusal
    form = EventForm(request.POST or None, user=request.user, regions=regions)
    if request.method == "POST" and request.POST.get("action") != "voorbeeld" and form.is_valid():
        return _save(request, form)
    return _event_form_page(request, form)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def event_edit(request, slug):
    """Change an event the user organises (drafts and closed events too)."""
    regions, refusal = _organiser_regions_or_refusal(request)
    if refusal:
        return refusal
    event = get_event_for_organiser_or_404(request.user, slug)
    form = EventForm(request.POST or None, instance=event, user=request.user, regions=regions)
    if request.method == "POST" and request.POST.get("action") != "voorbeeld" and form.is_valid():
        return _save(request, form, event)
    return _event_form_page(request, form, event)
