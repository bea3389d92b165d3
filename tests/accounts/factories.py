"""Factories of accounts: people, regions, partner types, organisations."""

import factory
from allauth.account.models import EmailAddress
from django.utils import timezone

from accounts import services
from accounts.models import MembershipStatus, Organisation, OrganisationDomain, PartnerType, Region, User


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    name = factory.Faker("name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", "geheim-wachtwoord-123")


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"RIEC Regio {n}")
    slug = factory.Sequence(lambda n: f"riec-regio-{n}")
    kind = Region.Kind.RIEC


class PartnerTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PartnerType
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Soort partner {n}")
    slug = factory.Sequence(lambda n: f"soort-{n}")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    slug = factory.Sequence(lambda n: f"organisatie-{n}")
    partner_type = factory.SubFactory(PartnerTypeFactory)
    region = factory.SubFactory(RegionFactory)
    approval_policy = Organisation.ApprovalPolicy.MODERATED

    @factory.post_generation
    def domains(self, create, extracted, **kwargs):
        if create:
            for domain in extracted or [f"{self.slug}.nl"]:
                OrganisationDomain.objects.create(organisation=self, domain=domain)


def partner(organisation, email=None, status=MembershipStatus.APPROVED, **fields):
    """A person at `organisation` with a verified address and the given membership status,
    in the right groups (through the one service that keeps them)."""
    email = email or f"persoon{User.objects.count() + 1}@{organisation.domains.first().domain}"
    fields.setdefault("identity_confirmed_at", timezone.now())  # re-verified today
    user = User.objects.create_user(email, "geheim-wachtwoord-123", name=fields.pop("name", "Test Persoon"), **fields)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    services.register_partner(user, organisation)
    if status != MembershipStatus.PENDING:
        user.status = status
        user.save(update_fields=["status"])
        services.sync_partner_groups(user)
    return user
