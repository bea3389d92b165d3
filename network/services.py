"""Writes to the network: profiles and contact requests."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from kpo.audit import record
from kpo.mail import send_templated_mail

from .models import ContactRequest, Profile


def ensure_profile(user) -> Profile:
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


def update_profile(profile: Profile, data: dict, themes, phenomena) -> None:
    for field in ("introduction", "phone", "visibility"):
        setattr(profile, field, data[field])
    profile.completed = True
    profile.save()
    profile.themes.set(themes)
    profile.phenomena.set(phenomena)


def _mail(to_user, template, context):
    send_templated_mail(to_user, f"network/email/{template}", context)


@transaction.atomic
def send_contact_request(sender, recipient, message: str) -> ContactRequest:
    """Ask `recipient` for contact. Refused (ValidationError, in Dutch) for yourself, with
    a request still open, after the other declined, or past the daily limit."""
    if sender.pk == recipient.pk:
        raise ValidationError(_("U kunt geen contactverzoek aan uzelf sturen."))
    # One sender's requests are decided one at a time: the lock on their row holds the
    # next request until this one is committed, so parallel requests cannot all count
    # the same number sent today and pass the limit together.
    get_user_model().objects.select_for_update().filter(pk=sender.pk).values_list("pk").first()
    pair = ContactRequest.objects.filter(sender=sender, recipient=recipient)
    if pair.filter(status=ContactRequest.Status.OPEN).exists():
        raise ValidationError(_("U hebt deze persoon al een contactverzoek gestuurd; wacht op het antwoord."))
    if pair.filter(status=ContactRequest.Status.DECLINED).exists():
        raise ValidationError(_("Deze persoon heeft uw eerdere verzoek afgewezen; u kunt geen nieuw verzoek sturen."))
    if pair.filter(status=ContactRequest.Status.ACCEPTED).exists():
        raise ValidationError(_("U bent al met deze persoon in contact."))
    since = timezone.now() - timedelta(days=1)
    sent_today = ContactRequest.objects.filter(sender=sender, created_at__gte=since).count()
    if sent_today >= settings.KPO_CONTACT_REQUESTS_PER_DAY:
        raise ValidationError(
            _("U hebt vandaag al %(n)d contactverzoeken gestuurd. Probeer het morgen opnieuw.")
            % {"n": settings.KPO_CONTACT_REQUESTS_PER_DAY}
        )
    request = ContactRequest.objects.create(sender=sender, recipient=recipient, message=message)
    _mail(
        recipient,
        "contact_requested",
        {"request": request, "url": settings.KPO_SITE_URL + reverse("network:contacts")},
    )
    record("contact_requested", by=sender, target=request, recipient=recipient.pk)
    return request


def accept_contact_request(request: ContactRequest) -> None:
    request.status = ContactRequest.Status.ACCEPTED
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_at"])
    _mail(
        request.sender,
        "contact_accepted",
        {"request": request, "url": settings.KPO_SITE_URL + reverse("network:contacts")},
    )


def decline_contact_request(request: ContactRequest) -> None:
    request.status = ContactRequest.Status.DECLINED
    request.decided_at = timezone.now()
    request.save(update_fields=["status", "decided_at"])
    _mail(
        request.sender,
        "contact_declined",
        {"request": request, "url": settings.KPO_SITE_URL + reverse("network:directory")},
    )


def forget_user(user) -> None:
    """On account deletion: the profile and every contact request to or from the person go,
    so nobody reads their messages (or their name beside one) any more."""
    Profile.objects.filter(user=user).delete()
    ContactRequest.objects.filter(Q(sender=user) | Q(recipient=user)).delete()


def personal_data(user) -> dict:
    profile = Profile.objects.filter(user=user).prefetch_related("themes", "phenomena").first()
    requests = ContactRequest.objects.filter(sender=user) | ContactRequest.objects.filter(recipient=user)
    return {
        "netwerkprofiel": (
            {
                "introductie": profile.introduction,
                "telefoon": profile.phone,
                "zichtbaar voor": profile.get_visibility_display(),
                "thema's": [t.name for t in profile.themes.all()],
                "fenomenen": [p.name for p in profile.phenomena.all()],
            }
            if profile
            else None
        ),
        "contactverzoeken": [
            {
                "van": r.sender.email if r.sender_id == user.pk else "(iemand anders)",
                "aan": r.recipient.email if r.recipient_id == user.pk else "(iemand anders)",
                "richting": "verstuurd" if r.sender_id == user.pk else "ontvangen",
                "bericht": r.message,
                "status": r.get_status_display(),
                "verstuurd": r.created_at,
            }
            for r in requests.select_related("sender", "recipient").order_by("created_at")
        ],
    }
