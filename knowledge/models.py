import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector, SearchVectorField
from django.core.files.storage import FileSystemStorage, storages
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from guardian.models import GroupObjectPermissionBase, UserObjectPermissionBase

from accounts.models import Region
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
    DRAFT = "concept", _("concept")
    PUBLISHED = "gepubliceerd", _("gepubliceerd")


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """Published, with a publication date in the past."""
        return self.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())


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
    search_vector = weighted_search_vector("body")
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


def private_upload_to(instance, filename):
    """A random name: the original name is kept in the database, never in the path."""
    return f"documenten/{uuid.uuid4().hex}"


class PrivateStorage(FileSystemStorage):
    """Documents live outside every public URL; they are only served by the download view."""

    def url(self, name):
        raise NotImplementedError("Closed documents have no public URL; use the download view.")


def private_storage():
    return storages["private"]


class DocumentQuerySet(PublishedQuerySet):
    pass


class Document(models.Model):
    """A closed (non-public) document, readable by the partner groups it is shared with."""

    Status = PublicationStatus

    title = models.CharField(_("titel"), max_length=250)
    summary = models.TextField(_("samenvatting"), max_length=1000, blank=True)
    file = models.FileField(_("bestand"), upload_to=private_upload_to, storage=private_storage, max_length=200)
    original_name = models.CharField(_("oorspronkelijke bestandsnaam"), max_length=255, editable=False)
    size = models.PositiveBigIntegerField(_("grootte (bytes)"), default=0, editable=False)
    content_type = models.CharField(_("bestandstype"), max_length=120, editable=False)
    extension = models.CharField(_("extensie"), max_length=10, editable=False)
    checksum = models.CharField(_("SHA-256"), max_length=64, editable=False)
    extracted_text = models.TextField(_("tekst uit het bestand"), blank=True, editable=False)
    themes = models.ManyToManyField(Theme, verbose_name=_("thema's"), related_name="documents", blank=True)
    phenomena = models.ManyToManyField(Phenomenon, verbose_name=_("fenomenen"), related_name="documents", blank=True)
    owner = models.ForeignKey(
        "accounts.Organisation",
        verbose_name=_("eigenaar"),
        on_delete=models.PROTECT,
        related_name="documents",
        help_text=_("De organisatie die het document aanlevert."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    published_at = models.DateTimeField(_("publicatiedatum"), null=True, blank=True)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("aangemaakt door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gewijzigd door"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        editable=False,
    )
    search_vector = weighted_search_vector("extracted_text")
    rank_vector = rank_search_vector()

    objects = DocumentQuerySet.as_manager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documenten")
        ordering = ["-published_at", "title"]
        indexes = [
            GinIndex(fields=["search_vector"], name="document_search_gin"),
            models.Index(fields=["status", "-published_at"], name="document_status_published"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("knowledge:document", kwargs={"pk": self.pk})


class DocumentUserObjectPermission(UserObjectPermissionBase):
    content_object = models.ForeignKey(Document, on_delete=models.CASCADE)


class DocumentGroupObjectPermission(GroupObjectPermissionBase):
    """Sharing: `view_document` granted to an audience's group (organisation, partner
    type, region or all partners)."""

    content_object = models.ForeignKey(Document, on_delete=models.CASCADE)


class DocumentAccess(models.Model):
    """Append-only log of every view and download of a closed document."""

    class Action(models.TextChoices):
        VIEW = "view", _("bekeken")
        DOWNLOAD = "download", _("gedownload")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("gebruiker"), on_delete=models.PROTECT, related_name="+"
    )
    document = models.ForeignKey(
        Document, verbose_name=_("document"), on_delete=models.PROTECT, related_name="accesses"
    )
    action = models.CharField(_("handeling"), max_length=10, choices=Action.choices)
    at = models.DateTimeField(_("tijdstip"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("inzage van een document")
        verbose_name_plural = _("logboek documentinzage")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.user_id} {self.get_action_display()} {self.document_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise PermissionError("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise PermissionError("The audit log is append-only.")


class QuizQuestion(models.Model):
    """A multiple-choice question of the quiz (App Ondermijning), at one of six levels."""

    level = models.PositiveSmallIntegerField(_("niveau"), choices=[(i, str(i)) for i in range(1, 7)], db_index=True)
    text = models.TextField(_("vraag"), max_length=500)
    explanation = models.TextField(_("uitleg"), max_length=1500)
    theme = models.ForeignKey(Theme, verbose_name=_("thema"), on_delete=models.SET_NULL, null=True, blank=True)
    phenomenon = models.ForeignKey(
        Phenomenon, verbose_name=_("fenomeen"), on_delete=models.SET_NULL, null=True, blank=True
    )
    articles = models.ManyToManyField(Article, verbose_name=_("lees verder"), blank=True, related_name="+")
    is_active = models.BooleanField(_("actief"), default=True)
    times_answered = models.PositiveIntegerField(_("keer beantwoord"), default=0, editable=False)
    times_wrong = models.PositiveIntegerField(_("keer fout"), default=0, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("quizvraag")
        verbose_name_plural = _("quizvragen")
        ordering = ["level", "pk"]

    def __str__(self):
        return self.text[:80]


class QuizChoice(models.Model):
    question = models.ForeignKey(QuizQuestion, on_delete=models.CASCADE, related_name="choices")
    text = models.CharField(_("antwoord"), max_length=300)
    is_correct = models.BooleanField(_("juist"), default=False)
    order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("antwoord")
        verbose_name_plural = _("antwoorden")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["question"], condition=models.Q(is_correct=True), name="one_correct_choice_per_question"
            )
        ]

    def __str__(self):
        return self.text


class QuizBestScore(models.Model):
    """A signed-in player's best score per level."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    level = models.PositiveSmallIntegerField(_("niveau"))
    score = models.PositiveSmallIntegerField(_("score"))
    achieved_at = models.DateTimeField(_("behaald op"), default=timezone.now)

    class Meta:
        verbose_name = _("beste quizscore")
        verbose_name_plural = _("beste quizscores")
        constraints = [models.UniqueConstraint(fields=["user", "level"], name="one_best_score_per_level")]

    def __str__(self):
        return f"{self.level}: {self.score}"


class LeaderboardEntry(models.Model):
    """A score someone chose to show on the weekly leaderboard, under a nickname only."""

    nickname = models.CharField(_("bijnaam"), max_length=30)
    level = models.PositiveSmallIntegerField(_("niveau"))
    score = models.PositiveSmallIntegerField(_("score"))
    created_at = models.DateTimeField(_("datum"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("ranglijstscore")
        verbose_name_plural = _("ranglijst")
        ordering = ["-score", "created_at"]

    def __str__(self):
        return f"{self.nickname} ({self.score})"


class Signal(models.Model):
    """An indicator of undermining: what you may notice, where, and what to do."""

    class Setting(models.TextChoices):
        COUNTER = "balie", _("aan de balie")
        REAL_ESTATE = "vastgoed", _("in vastgoed")
        BUSINESS = "bedrijf", _("in een bedrijf")
        RURAL = "buitengebied", _("in het buitengebied")

    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("wat u kunt opmerken"), max_length=1000)
    phenomenon = models.ForeignKey(
        Phenomenon, verbose_name=_("fenomeen"), on_delete=models.PROTECT, related_name="signals"
    )
    setting = models.CharField(_("waar"), max_length=15, choices=Setting.choices)
    action = models.TextField(_("wat te doen"), max_length=1000)
    is_published = models.BooleanField(_("gepubliceerd"), default=True)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        ordering = ["phenomenon__order", "title"]

    def __str__(self):
        return self.title
