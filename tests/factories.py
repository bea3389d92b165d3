from datetime import timedelta

import factory
from django.utils import timezone

from accounts.models import MembershipStatus, Organisation, OrganisationDomain, PartnerType, Region, User
from knowledge.models import Article, Phenomenon, Reference, Theme


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


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")


class PhenomenonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Phenomenon
        django_get_or_create = ["slug"]

    name = factory.Sequence(lambda n: f"Fenomeen {n}")
    slug = factory.Sequence(lambda n: f"fenomeen-{n}")


class ArticleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Artikel nummer {n}")
    slug = factory.Sequence(lambda n: f"artikel-{n}")
    summary = "Een korte samenvatting over de aanpak."
    body = "Dit artikel gaat over samenwerking tussen partners."
    kind = Article.Kind.BACKGROUND
    status = Article.Status.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(days=1))

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def phenomena(self, create, extracted, **kwargs):
        if create and extracted:
            self.phenomena.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)


class ReferenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Reference

    article = factory.SubFactory(ArticleFactory)
    title = "RIEC-LIEC jaarverslag"
    url = "https://www.riec.nl/"


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
    from allauth.account.models import EmailAddress

    from accounts import services

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


def document(title, owner, text="", groups=(), status="gepubliceerd", themes=(), name=None, **fields):
    """A closed document with a text file, saved and shared through the services."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from knowledge import services
    from knowledge.models import Document

    doc = Document(
        title=title,
        summary=fields.pop("summary", f"Samenvatting van {title}"),
        owner=owner,
        status=status,
        published_at=fields.pop("published_at", timezone.now() - timedelta(days=1)),
        **fields,
    )
    content = (text or f"Inhoud van {title}.").encode()
    services.save_document(doc, uploaded_file=SimpleUploadedFile(name or f"{title}.txt", content))
    if themes:
        doc.themes.set(themes)
    services.share_document(doc, set(groups))
    return doc


def quiz_question(level=1, text=None, right="Tien", wrong=("Vijf", "Twaalf"), articles=(), **fields):
    from knowledge.models import QuizChoice, QuizQuestion

    question = QuizQuestion.objects.create(
        level=level,
        text=text or f"Vraag op niveau {level} nummer {QuizQuestion.objects.count() + 1}?",
        explanation=fields.pop("explanation", "Zo zit het."),
        **fields,
    )
    QuizChoice.objects.create(question=question, text=right, is_correct=True, order=1)
    for i, text in enumerate(wrong):
        QuizChoice.objects.create(question=question, text=text, order=2 + i)
    question.articles.set(articles)
    return question
