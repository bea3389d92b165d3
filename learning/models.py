"""The quiz (App Ondermijning) and the signals of undermining. Tables keep their names from
before issue 14, when these models lived in `knowledge`."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.models import Article, Phenomenon, Theme


class QuizQuestion(models.Model):
    """A multiple-choice question of the quiz (App Ondermijning), at one of six levels."""

    level = models.PositiveSmallIntegerField(_("niveau"), choices=[(i, str(i)) for i in range(1, 7)], db_index=True)
    text = models.TextField(_("vraag"), max_length=500)
    explanation = models.TextField(_("uitleg"), max_length=1500)
    theme = models.ForeignKey(Theme, verbose_name=_("thema"), on_delete=models.SET_NULL, null=True, blank=True)
    phenomenon = models.ForeignKey(
        Phenomenon, verbose_name=_("fenomeen"), on_delete=models.SET_NULL, null=True, blank=True
    )
    articles = models.ManyToManyField(
        Article, verbose_name=_("lees verder"), blank=True, related_name="+", db_table="knowledge_quizquestion_articles"
    )
    is_active = models.BooleanField(_("actief"), default=True)
    times_answered = models.PositiveIntegerField(_("keer beantwoord"), default=0, editable=False)
    times_wrong = models.PositiveIntegerField(_("keer fout"), default=0, editable=False)
    updated_at = models.DateTimeField(_("gewijzigd"), auto_now=True)

    class Meta:
        db_table = "knowledge_quizquestion"
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
        db_table = "knowledge_quizchoice"
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
        db_table = "knowledge_quizbestscore"
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
        db_table = "knowledge_leaderboardentry"
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
        db_table = "knowledge_signal"
        verbose_name = _("signaal")
        verbose_name_plural = _("signalen")
        ordering = ["phenomenon__order", "title"]

    def __str__(self):
        return self.title
