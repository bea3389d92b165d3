"""Factories of the kennisbank: themes, phenomena, articles, references."""

from datetime import timedelta

import factory
from django.utils import timezone

from knowledge.models import Article, Phenomenon, Reference, Theme


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
