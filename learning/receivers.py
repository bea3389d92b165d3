"""The quiz's part of a person's data export (accounts imports no other app)."""

from .models import QuizBestScore


def personal_data(sender, user, **kwargs):
    return {
        "quizscores": [
            {"niveau": score.level, "score": score.score, "behaald op": score.achieved_at}
            for score in QuizBestScore.objects.filter(user=user).order_by("level")
        ],
    }
