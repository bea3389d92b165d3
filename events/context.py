"""What the event page shows: for the site's detail view and the admin's preview."""

from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.public import may_use_partner_pages
from kpo.markdown import render_markdown

from .access import may_organise
from .forms import PublicRegistrationForm
from .models import Registration


def detail_context(request, event, preview: bool = False) -> dict:
    user = request.user
    own = event.registrations.active().filter(user=user).first() if user.is_authenticated else None
    organiser = user.is_authenticated and may_organise(user, event)
    seats_taken = event.registrations.confirmed().count()
    return {
        "event": event,
        "preview": preview,
        "programme": render_markdown(event.programme),
        "themes": event.themes.all(),
        "phenomena": event.phenomena.all(),
        "seats_left": None if event.capacity is None else max(event.capacity - seats_taken, 0),
        "waiting": event.registrations.waiting().count(),
        "registration": own,
        "show_link": organiser or (own is not None and own.status == Registration.Status.CONFIRMED),
        "is_partner": may_use_partner_pages(user),
        "may_organise": organiser,
        "form": PublicRegistrationForm(),
        "crumbs": [(reverse("events:list"), _("Bijeenkomsten")), ("", event.title)],
    }
