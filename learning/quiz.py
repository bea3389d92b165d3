"""The quiz round: ten questions of one level, one at a time, kept in the session so it
works without JavaScript and without an account."""

import random
import re
from datetime import timedelta

from django.db import transaction
from django.db.models import F, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from knowledge.public import Article

from .models import LeaderboardEntry, QuizBestScore, QuizChoice, QuizQuestion

ROUND_SIZE = 10
SESSION_KEY = "kpo_quiz"
LEVELS = {
    1: (_("Basis"), _("Wat is ondermijning, en wie pakken het aan?")),
    2: (_("Partners"), _("De RIEC's, het LIEC en de convenantpartners.")),
    3: (_("Instrumenten"), _("Bibob, bestuurlijke aanpak en informatie delen.")),
    4: (_("Signalen"), _("Herken ondermijning aan de balie, in vastgoed en in het buitengebied.")),
    5: (_("Fenomenen"), _("Drugs, witwassen, mensenhandel, zorgfraude en meer.")),
    6: (_("Expert"), _("Voor wie de aanpak van binnen en buiten kent.")),
}


def published_articles() -> Prefetch:
    """'Read more' links: only articles the public may read."""
    return Prefetch("articles", queryset=Article.objects.published().only("slug", "title"))


def start_round(session, level: int) -> bool:
    ids = list(QuizQuestion.objects.filter(level=level, is_active=True).values_list("pk", flat=True))
    if not ids:
        return False
    chosen = random.sample(ids, min(ROUND_SIZE, len(ids)))  # noqa: S311 - not security related
    session[SESSION_KEY] = {"level": level, "ids": chosen, "index": 0, "answers": {}, "on_leaderboard": False}
    return True


def state(session) -> dict | None:
    return session.get(SESSION_KEY)


def current_question(session) -> QuizQuestion | None:
    quiz = state(session)
    if not quiz or quiz["index"] >= len(quiz["ids"]):
        return None
    return (
        QuizQuestion.objects.prefetch_related("choices", published_articles())
        .filter(pk=quiz["ids"][quiz["index"]])
        .first()
    )


def answer(session, question: QuizQuestion, choice_id) -> bool | None:
    """Record the answer to the current question (once). None if it is no choice of it."""
    quiz = state(session)
    key = str(question.pk)
    if key in quiz["answers"]:
        return quiz["answers"][key]["correct"]
    # An id of ASCII digits only: isdigit() alone also accepts "²", which int() refuses.
    is_id = re.fullmatch(r"[0-9]{1,18}", str(choice_id)) is not None
    choice = QuizChoice.objects.filter(question=question, pk=choice_id).first() if is_id else None
    if choice is None:
        return None
    record_answer(question, choice.is_correct)
    quiz["answers"][key] = {"choice": choice.pk, "correct": choice.is_correct}
    session.modified = True
    return choice.is_correct


def record_answer(question: QuizQuestion, correct: bool) -> None:
    """Count how often a question is answered, and answered wrongly (for curators)."""
    QuizQuestion.objects.filter(pk=question.pk).update(
        times_answered=F("times_answered") + 1, times_wrong=F("times_wrong") + (0 if correct else 1)
    )


def advance(session) -> None:
    quiz = state(session)
    if quiz and str(quiz["ids"][quiz["index"]]) in quiz["answers"]:
        quiz["index"] += 1
        session.modified = True


def is_finished(session) -> bool:
    quiz = state(session)
    return bool(quiz) and quiz["index"] >= len(quiz["ids"])


def score(session) -> tuple[int, int]:
    quiz = state(session)
    return sum(1 for a in quiz["answers"].values() if a["correct"]), len(quiz["ids"])


def wrongly_answered(session):
    quiz = state(session)
    wrong = [int(pk) for pk, a in quiz["answers"].items() if not a["correct"]]
    return QuizQuestion.objects.filter(pk__in=wrong).prefetch_related(published_articles())


@transaction.atomic
def record_best_score(user, level: int, points: int) -> None:
    best, created = QuizBestScore.objects.select_for_update().get_or_create(
        user=user, level=level, defaults={"score": points}
    )
    if not created and points > best.score:
        best.score = points
        best.achieved_at = timezone.now()
        best.save(update_fields=["score", "achieved_at"])


def add_to_leaderboard(session, nickname: str) -> bool:
    quiz = state(session)
    if not quiz or not is_finished(session) or quiz.get("on_leaderboard"):
        return False
    points, _total = score(session)
    LeaderboardEntry.objects.create(nickname=nickname, level=quiz["level"], score=points)
    quiz["on_leaderboard"] = True
    session.modified = True
    return True


def weekly_leaderboard(limit: int = 10):
    since = timezone.now() - timedelta(days=7)
    return LeaderboardEntry.objects.filter(created_at__gte=since).order_by("-score", "-level", "created_at")[:limit]
