from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField, TrigramWordSimilarity
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Region
from kpo.markdown import markdown_to_text
from kpo.search import SEARCH_CONFIG


class Taxonomy(models.Model):
    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("omschrijving"), blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        abstract = True
        ordering = ["order", "name"]

    def __str__(self):
        return self.name


class Theme(Taxonomy):
    """One of the five resilience themes (weerbaarheidsthema's)."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("thema")
        verbose_name_plural = _("thema's")


class Phenomenon(Taxonomy):
    """A phenomenon of undermining crime: drugs, vastgoedfraude, mensenhandel …"""

    class Meta(Taxonomy.Meta):
        verbose_name = _("fenomeen")
        verbose_name_plural = _("fenomenen")


class PublicationStatus(models.TextChoices):
    DRAFT = "draft", _("concept")
    PUBLISHED = "published", _("gepubliceerd")


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """Published, with a publication date in the past."""
        return self.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())

    def next_publication_at(self):
        """When the next scheduled (published, dated in the future) item appears, or None."""
        return (
            self.filter(status=PublicationStatus.PUBLISHED, published_at__gt=timezone.now())
            .order_by("published_at")
            .values_list("published_at", flat=True)
            .first()
        )


def weighted_search_vector(text_field: str):
    """A stored tsvector (Dutch) where the title weighs most, then the summary, then the text."""
    return models.GeneratedField(
        expression=(
            SearchVector("title", config=SEARCH_CONFIG, weight="A")
            + SearchVector("summary", config=SEARCH_CONFIG, weight="B")
            + SearchVector(text_field, config=SEARCH_CONFIG, weight="C")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )


def rank_search_vector():
    """Title and summary only: what search results are ranked by. Matching uses the whole
    text (`search_vector`); ranking thousands of matches by it would read every long text."""
    return models.GeneratedField(
        expression=(
            SearchVector("title", config=SEARCH_CONFIG, weight="A")
            + SearchVector("summary", config=SEARCH_CONFIG, weight="B")
        ),
        output_field=SearchVectorField(),
        db_persist=True,
    )


class ArticleQuerySet(PublishedQuerySet):
    def review_overdue(self):
        return self.filter(review_due__lt=timezone.localdate())

    def title_suggestions(self, q: str, limit: int = 5) -> list:
        """Articles with a title close to what was typed, for a search that found nothing (typos)."""
        if len(q) < 3:
            return []
        return list(
            self.annotate(similarity=TrigramWordSimilarity(q, "title"))
            .filter(similarity__gte=0.3)
            .order_by("-similarity")
            .only("title", "slug")[:limit]
        )


class Article(models.Model):
    """A public kennisbank article. The body is Markdown, sanitised when rendered."""

    Status = PublicationStatus

    class Kind(models.TextChoices):
        BACKGROUND = "achtergrond", _("Achtergrond")
        APPROACH = "aanpak", _("Aanpak en instrumenten")
        CASE = "praktijkvoorbeeld", _("Praktijkvoorbeeld")
        NEWS = "nieuws", _("Nieuws")
        GUIDE = "handreiking", _("Handreiking")

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=200, unique=True)
    summary = models.TextField(_("samenvatting"), max_length=600)
    body = models.TextField(_("tekst"), help_text=_("Markdown. HTML en scripts worden verwijderd."))
    # The text as a reader sees it (kpo.markdown.markdown_to_text), filled on every save:
    # what is searched and what snippets are cut from, so they never show Markdown syntax.
    body_text = models.TextField(_("tekst zonder opmaak"), blank=True, editable=False)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices, default=Kind.BACKGROUND)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="articles", blank=True)
    phenomena = models.ManyToManyField(Phenomenon, verbose_name=_("fenomenen"), related_name="articles", blank=True)
    regions = models.ManyToManyField(
        Region,
        verbose_name=_("regio's"),
        related_name="articles",
        blank=True,
        help_text=_("Voor nieuws: de regio's waar het over gaat."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(_("publicatiedatum"), null=True, blank=True)
    last_reviewed = models.DateField(_("laatst beoordeeld"), null=True, blank=True)
    review_due = models.DateField(_("opnieuw beoordelen op"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    search_vector = weighted_search_vector("body_text")
    rank_vector = rank_search_vector()

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("artikel")
        verbose_name_plural = _("artikelen")
        ordering = ["-published_at", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="article_search_gin"),
            GinIndex(fields=["title"], opclasses=["gin_trgm_ops"], name="article_title_trgm"),
            models.Index(fields=["status", "-published_at"], name="article_status_published"),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.body_text = markdown_to_text(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:
            kwargs["update_fields"] = {*update_fields, "body_text"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("knowledge:article", kwargs={"slug": self.slug})


class Reference(models.Model):
    """A source to read further: a website, book or report."""

    class Kind(models.TextChoices):
        WEBSITE = "website", _("Website")
        BOOK = "boek", _("Boek")
        REPORT = "rapport", _("Rapport")

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="references")
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices, default=Kind.WEBSITE)
    title = models.CharField(_("titel"), max_length=250)
    url = models.URLField(_("URL"), blank=True)
    description = models.CharField(_("toelichting"), max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")
        ordering = ["order", "pk"]

    def __str__(self):
        return self.title
