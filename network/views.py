from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from accounts.public import approved_partner_required
from kpo.cache import audience_fragment, page_not_canonical
from kpo.search import clean_query, is_canonical_query

from . import services
from .access import directory_audience, get_profile_for_user_or_404, profiles_visible_to
from .cache import directory_cached, directory_version
from .filters import ProfileFilter, profile_facets, search_profiles
from .forms import ContactForm, ProfileForm
from .models import ContactRequest, Profile

PAGE_SIZE = 25
# The query parameters the directory reads: a page with any other is not kept (kpo.cache).
DIRECTORY_PARAMS = frozenset({"q", "organisatie", "soort", "regio", "thema", "fenomeen", "page"})
# What a card shows (templates/network/directory.html): no password hashes or phone numbers.
PAGE_FIELDS = (
    "public_id",
    "introduction",
    "user__name",
    "user__email",
    "user__function",
    "user__organisation__name",
    "user__organisation__slug",
)


def _aggregates(results, selected):
    """Count and facets of the directory, the costly part over thousands of profiles, in one
    query: everyone listed has an organisation (the gate), so the count is the sum of the
    organisation facet."""
    facets = profile_facets(results, selected)
    organisations = next(facet for facet in facets if facet.param == "organisatie")
    return sum(value.count for value in organisations.values), facets


@never_cache
@approved_partner_required
@require_safe
def directory(request):
    q = clean_query(request.GET.get("q"))
    own = Profile.objects.filter(user=request.user).only("completed").first()
    personal = {"invite_to_complete": own is None or not own.completed, "crumbs": [("", _("Netwerk"))]}
    # The search form, facets, count, cards and pages are the same for everyone in the
    # viewer's audience asking the same URL (network.access.directory_audience): rendered
    # once per audience and directory version (kpo.cache.audience_fragment). On a hit no
    # directory query runs at all; the header and the invitation above stay personal.
    audience = directory_audience(request.user)
    fragment = None
    if audience is not None:
        fragment = audience_fragment(
            request, "directory", audience, version=directory_version(), params=DIRECTORY_PARAMS
        )
    if fragment is not None and fragment.stored() is not None:
        return render(request, "network/directory.html", {"q": q, "fragment": fragment, **personal})
    filterset = ProfileFilter(request.GET, queryset=profiles_visible_to(request.user))
    results = filterset.qs
    if q:
        results = search_profiles(results, q)
    selected = filterset.selected()
    ordered = (
        results.select_related("user", "user__organisation").only(*PAGE_FIELDS).order_by("user__name", "user__email")
    )
    paginator = Paginator(ordered, PAGE_SIZE)
    # Count and facets are the same for everyone in the viewer's audience (network.cache);
    # kept only for a known filter value and an empty or canonical search that finds someone.
    keep = None
    if filterset.all_known and (not q or is_canonical_query(q)):
        keep = lambda value: not q or value[0] > 0  # noqa: E731
    params = (q, sorted((name, sorted(values)) for name, values in selected.items()))
    paginator.count, facets = directory_cached(
        "directory", directory_audience(request.user), params, lambda: _aggregates(results, selected), keep
    )
    page = paginator.get_page(request.GET.get("page"))
    if keep is None or not keep((paginator.count, facets)) or request.GET.get("page", "1") != str(page.number):
        # Not one to keep in a shared cache (kpo.cache): an invented filter value or search,
        # a search that finds nothing, a page number past the last page.
        page_not_canonical(request)
    return render(
        request,
        "network/directory.html",
        {
            "fragment": fragment,
            **personal,
            "q": q,
            "page_obj": page,
            "profiles": page.object_list,
            "count": paginator.count,
            "facets": facets,
            "any_filter": any(selected.values()),
            "filter_count": sum(len(values) for values in selected.values()),
        },
    )


def _contact_between(viewer, other):
    return (
        ContactRequest.objects.filter(Q(sender=viewer, recipient=other) | Q(sender=other, recipient=viewer))
        .order_by("-created_at")
        .first()
    )


def _profile_page(request, profile, form, status=200):
    return render(
        request,
        "network/profile.html",
        {
            "profile": profile,
            "contact": _contact_between(request.user, profile.user),
            "form": form,
            "is_self": profile.user_id == request.user.pk,
            "crumbs": [(reverse("network:directory"), _("Netwerk")), ("", profile.user.name or _("Profiel"))],
        },
        status=status,
    )


@never_cache
@approved_partner_required
@require_safe
def profile_detail(request, public_id):
    return _profile_page(request, get_profile_for_user_or_404(request.user, public_id), ContactForm())


@approved_partner_required
@require_POST
def contact(request, public_id):
    profile = get_profile_for_user_or_404(request.user, public_id)
    form = ContactForm(request.POST)
    if form.is_valid():
        try:
            services.send_contact_request(request.user, profile.user, form.cleaned_data["message"])
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Uw contactverzoek is verstuurd. U krijgt bericht als er antwoord is."))
            return redirect(profile.get_absolute_url())
    return _profile_page(request, profile, form, status=400)


@never_cache
@approved_partner_required
@require_safe
def contacts(request):
    requests = ContactRequest.objects.select_related(
        "sender",
        "sender__organisation",
        "sender__profile",
        "recipient",
        "recipient__organisation",
        "recipient__profile",
    )
    return render(
        request,
        "network/contacts.html",
        {
            "incoming": requests.filter(recipient=request.user).exclude(status=ContactRequest.Status.WITHDRAWN),
            "outgoing": requests.filter(sender=request.user),
            "crumbs": [(reverse("network:directory"), _("Netwerk")), ("", _("Contactverzoeken"))],
        },
    )


@approved_partner_required
@require_POST
def answer(request, public_id):
    contact_request = get_object_or_404(
        ContactRequest, public_id=public_id, recipient=request.user, status=ContactRequest.Status.OPEN
    )
    if request.POST.get("decision") == "accept":
        services.accept_contact_request(contact_request)
        messages.success(request, _("U hebt het verzoek geaccepteerd; u ziet nu elkaars contactgegevens."))
    elif request.POST.get("decision") == "decline":
        services.decline_contact_request(contact_request)
        messages.success(request, _("U hebt het verzoek afgewezen. De afzender krijgt daar beleefd bericht van."))
    else:
        raise Http404
    return redirect("network:contacts")


@never_cache
@approved_partner_required
@require_http_methods(["GET", "HEAD", "POST"])
def my_profile(request):
    profile = services.ensure_profile(request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        services.update_profile(profile, form.cleaned_data, form.cleaned_data["themes"], form.cleaned_data["phenomena"])
        messages.success(request, _("Uw profiel is opgeslagen."))
        return redirect("network:my_profile")
    return render(
        request,
        "network/my_profile.html",
        {
            "form": form,
            "profile": profile,
            "crumbs": [(reverse("network:directory"), _("Netwerk")), ("", _("Mijn profiel"))],
        },
    )
