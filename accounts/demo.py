"""Demo data of the accounts app: regions, partner types, organisations, demo people.
Every function is idempotent: it only adds what is missing."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.utils import timezone
from guardian.shortcuts import assign_perm

from . import services
from .models import Organisation, OrganisationDomain, PartnerType, Region, User

PARTNER_TYPES = [
    ("gemeente", "Gemeente"),
    ("provincie", "Provincie"),
    ("om", "Openbaar Ministerie"),
    ("politie", "Nationale Politie"),
    ("belastingdienst", "Belastingdienst"),
    ("toeslagen", "Belastingdienst/Toeslagen"),
    ("douane", "Douane"),
    ("fiod", "FIOD"),
    ("arbeidsinspectie", "Nederlandse Arbeidsinspectie"),
    ("kmar", "Koninklijke Marechaussee"),
    ("ind", "IND"),
    ("uwv", "UWV"),
    ("nvwa", "NVWA"),
    ("riec-liec", "RIEC/LIEC"),
]

# slug, name, partner type, a word in the region's slug (None: national), domains, approval policy
ORGANISATIONS = [
    ("gemeente-amsterdam", "Gemeente Amsterdam", "gemeente", "amsterdam", ["amsterdam.nl"], "automatic"),
    ("gemeente-rotterdam", "Gemeente Rotterdam", "gemeente", "rotterdam", ["rotterdam.nl"], "moderated"),
    ("gemeente-den-haag", "Gemeente Den Haag", "gemeente", "den-haag", ["denhaag.nl"], "moderated"),
    ("gemeente-utrecht", "Gemeente Utrecht", "gemeente", "midden-nederland", ["utrecht.nl"], "automatic"),
    (
        "gemeente-groningen",
        "Gemeente Groningen",
        "gemeente",
        "noord-nederland",
        ["groningen.nl"],
        "moderated",
    ),
    ("gemeente-eindhoven", "Gemeente Eindhoven", "gemeente", "oost-brabant", ["eindhoven.nl"], "moderated"),
    ("gemeente-maastricht", "Gemeente Maastricht", "gemeente", "limburg", ["maastricht.nl"], "moderated"),
    ("gemeente-enschede", "Gemeente Enschede", "gemeente", "oost-nederland", ["enschede.nl"], "moderated"),
    ("gemeente-haarlem", "Gemeente Haarlem", "gemeente", "noord-holland", ["haarlem.nl"], "moderated"),
    ("gemeente-breda", "Gemeente Breda", "gemeente", "zeeland", ["breda.nl"], "moderated"),
    (
        "provincie-noord-brabant",
        "Provincie Noord-Brabant",
        "provincie",
        "oost-brabant",
        ["brabant.nl"],
        "moderated",
    ),
    ("politie", "Politie", "politie", None, ["politie.nl"], "automatic"),
    ("openbaar-ministerie", "Openbaar Ministerie", "om", None, ["om.nl"], "moderated"),
    ("belastingdienst", "Belastingdienst", "belastingdienst", None, ["belastingdienst.nl"], "moderated"),
    ("toeslagen", "Belastingdienst/Toeslagen", "toeslagen", None, ["belastingdienst.nl"], "moderated"),
    ("douane", "Douane", "douane", None, ["douane.nl"], "moderated"),
    ("fiod", "FIOD", "fiod", None, ["fiod.nl"], "moderated"),
    (
        "arbeidsinspectie",
        "Nederlandse Arbeidsinspectie",
        "arbeidsinspectie",
        None,
        ["nlarbeidsinspectie.nl"],
        "moderated",
    ),
    ("kmar", "Koninklijke Marechaussee", "kmar", None, ["mindef.nl"], "moderated"),
    ("ind", "Immigratie- en Naturalisatiedienst", "ind", None, ["ind.nl"], "moderated"),
    ("uwv", "UWV", "uwv", None, ["uwv.nl"], "moderated"),
    ("nvwa", "NVWA", "nvwa", None, ["nvwa.nl"], "moderated"),
    ("liec", "LIEC", "riec-liec", None, ["liec.nl"], "moderated"),
    ("riec-rotterdam", "RIEC Rotterdam", "riec-liec", "rotterdam", ["riec.nl"], "moderated"),
    ("riec-limburg", "RIEC Limburg", "riec-liec", "limburg", ["riec.nl"], "moderated"),
]

# e-mail, name, function, organisation slug
APPROVED_PEOPLE = [
    ("analist@amsterdam.nl", "Sanne de Vries", "Analist ondermijning", "gemeente-amsterdam"),
    ("rechercheur@politie.nl", "Mehmet Yilmaz", "Rechercheur georganiseerde criminaliteit", "politie"),
    ("bibob@amsterdam.nl", "Johan Bakker", "Bibob-adviseur", "gemeente-amsterdam"),
    ("handhaving@rotterdam.nl", "Fatima El Amrani", "Coördinator handhaving", "gemeente-rotterdam"),
    ("veiligheid@denhaag.nl", "Pieter Jansen", "Beleidsadviseur veiligheid", "gemeente-den-haag"),
    ("ondermijning@utrecht.nl", "Lotte Visser", "Programmamanager ondermijning", "gemeente-utrecht"),
    ("buitengebied@groningen.nl", "Henk Mulder", "Toezichthouder buitengebied", "gemeente-groningen"),
    ("vastgoed@eindhoven.nl", "Anouk Smit", "Adviseur vastgoed en integriteit", "gemeente-eindhoven"),
    ("zorg@maastricht.nl", "Ruud Peeters", "Toezichthouder zorg", "gemeente-maastricht"),
    ("ondermijning@enschede.nl", "Esther Kok", "Adviseur openbare orde en veiligheid", "gemeente-enschede"),
    ("weerbaarheid@haarlem.nl", "Daan Bos", "Adviseur bestuurlijke weerbaarheid", "gemeente-haarlem"),
    ("haven@breda.nl", "Noor Hendriks", "Beleidsmedewerker ondermijning", "gemeente-breda"),
    ("bibob@brabant.nl", "Kees van Dijk", "Bibob-coördinator", "provincie-noord-brabant"),
    ("wijkagent@politie.nl", "Iris de Boer", "Wijkagent", "politie"),
    ("intelligence@politie.nl", "Tom van den Berg", "Informatiecoördinator", "politie"),
    ("officier@om.nl", "Marieke Dekker", "Officier van justitie", "openbaar-ministerie"),
    ("fraude@belastingdienst.nl", "Bas Vermeulen", "Fraudespecialist", "belastingdienst"),
    ("controle@douane.nl", "Yasmina Bouzid", "Douanecontroleur haven", "douane"),
    ("opsporing@fiod.nl", "Gert Willems", "Financieel rechercheur", "fiod"),
    ("inspecteur@nlarbeidsinspectie.nl", "Sophie Meijer", "Inspecteur arbeidsuitbuiting", "arbeidsinspectie"),
    ("grenzen@mindef.nl", "Rick Schouten", "Rechercheur mensensmokkel", "kmar"),
    ("migratie@ind.nl", "Hanna Groot", "Medewerker signalering", "ind"),
    ("handhaving@uwv.nl", "Jeroen Koster", "Handhavingsspecialist", "uwv"),
    ("inspectie@nvwa.nl", "Linda Prins", "Inspecteur", "nvwa"),
    ("adviseur@riec.nl", "Wouter Brouwer", "Adviseur RIEC Rotterdam", "riec-rotterdam"),
    ("kennis@liec.nl", "Eva Hoekstra", "Kennisadviseur LIEC", "liec"),
]


def seed(regions: dict[str, Region], password: str) -> dict:
    partner_types = {}
    for order, (slug, name) in enumerate(PARTNER_TYPES):
        partner_types[slug], _ = PartnerType.objects.get_or_create(slug=slug, defaults={"name": name, "order": order})
    organisations = {}
    for slug, name, type_slug, region_slug, domains, policy in ORGANISATIONS:
        organisation, created = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name": name,
                "partner_type": partner_types[type_slug],
                "region": _region(regions, region_slug),
                "approval_policy": policy,
            },
        )
        if created:
            OrganisationDomain.objects.bulk_create(
                OrganisationDomain(organisation=organisation, domain=d) for d in domains
            )
        organisations[slug] = organisation

    editors, _ = Group.objects.get_or_create(name="Redacteuren")
    editors.permissions.set(
        Permission.objects.filter(
            content_type__app_label__in=["knowledge", "accounts"],
            content_type__model__in=["article", "reference", "theme", "phenomenon", "region"],
        )
    )
    liec = organisations["liec"]
    admin = _person("beheerder@liec.nl", "Beheerder LIEC", "Functioneel beheerder", liec, password, approved=True)
    if not admin.is_superuser:
        admin.is_staff = admin.is_superuser = True
        admin.save(update_fields=["is_staff", "is_superuser"])
    curator = _person("redacteur@liec.nl", "Redacteur LIEC", "Kennismanager", liec, password, approved=True)
    if not curator.is_staff:
        curator.is_staff = True
        curator.save(update_fields=["is_staff"])
        curator.groups.add(editors)
        # The curator moderates applications in the Rotterdam region (and so Gemeente Rotterdam).
        assign_perm("accounts.moderate_region", curator, _region(regions, "rotterdam"))
    for email, name, function, org_slug in APPROVED_PEOPLE:
        _person(email, name, function, organisations[org_slug], password, approved=True)
    _person(
        "aanvrager@rotterdam.nl",
        "Kim Aanvrager",
        "Medewerker vergunningen",
        organisations["gemeente-rotterdam"],
        password,
        approved=False,
    )
    return organisations


def _person(email, name, function, organisation, password, approved) -> User:
    user = User.objects.filter(email=email).first()
    if user:
        return user
    # Re-verified today: demo accounts work for a full KPO_REVERIFY_DAYS.
    user = User.objects.create_user(email, password, name=name, function=function, identity_confirmed_at=timezone.now())
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    services.register_partner(user, organisation, function)
    if approved:
        services.approve_membership(user, by=None, notify=False)
    return user


def _region(regions: dict[str, Region], word: str | None) -> Region | None:
    if not word:
        return None
    return next(region for slug, region in regions.items() if word in slug)
