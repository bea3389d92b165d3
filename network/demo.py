"""Demo profiles and a contact request (idempotent)."""

from accounts.models import MembershipStatus, User
from knowledge.models import Phenomenon, Theme

from .models import ContactRequest, Profile

ONLY_OWN_ORGANISATION = {"bibob@amsterdam.nl", "wijkagent@politie.nl", "officier@om.nl", "zorg@maastricht.nl"}
HIDDEN = {"buitengebied@groningen.nl"}
INTRODUCTIONS = [
    "Ik werk aan het lokale ondermijningsbeeld en deel graag ervaringen met collega's uit andere regio's.",
    "Aanspreekpunt voor de integrale aanpak; bel of mail gerust over casuïstiek en werkwijzen.",
    "Ervaring met de bestuurlijke aanpak en de samenwerking tussen gemeente, politie en OM.",
    "Ik houd me bezig met signalen uit de praktijk en hoe je die veilig en zorgvuldig doorgeeft.",
]


def seed() -> int:
    themes = list(Theme.objects.all())
    phenomena = list(Phenomenon.objects.all())
    people = User.objects.filter(status=MembershipStatus.APPROVED, is_superuser=False).order_by("email")
    created = 0
    for i, user in enumerate(people):
        profile, new = Profile.objects.get_or_create(user=user)
        if not new and profile.completed:
            continue
        profile.introduction = INTRODUCTIONS[i % len(INTRODUCTIONS)]
        profile.visibility = (
            Profile.Visibility.NOBODY
            if user.email in HIDDEN
            else Profile.Visibility.ORGANISATION
            if user.email in ONLY_OWN_ORGANISATION
            else Profile.Visibility.ALL_PARTNERS
        )
        profile.phone = "" if i % 3 else "06 0000 00" + f"{i:02d}"
        profile.completed = True
        profile.save()
        if themes:
            profile.themes.set([themes[i % len(themes)], themes[(i * 2 + 1) % len(themes)]])
        if phenomena:
            profile.phenomena.set([phenomena[i % len(phenomena)], phenomena[(i * 3 + 2) % len(phenomena)]])
        created += 1
    sender = User.objects.filter(email="rechercheur@politie.nl").first()
    recipient = User.objects.filter(email="analist@amsterdam.nl").first()
    if sender and recipient and not ContactRequest.objects.filter(sender=sender, recipient=recipient).exists():
        ContactRequest.objects.create(
            sender=sender,
            recipient=recipient,
            message=(
                "Goedemiddag, ik zag dat u werkt aan het ondermijningsbeeld van Amsterdam. Wij zien in ons "
                "onderzoek vergelijkbare signalen rond vastgoed. Zullen we ervaringen uitwisselen?"
            ),
        )
    return created
