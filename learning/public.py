"""What other apps may use of the quiz and the signals: the questions (the API serves them
and checks answers with the same rules as /quiz/) and the signals.

Other apps import these names from here, never the quiz's views or admin."""

from .models import QuizChoice, QuizQuestion, Signal
from .quiz import published_articles, record_answer

__all__ = ["QuizChoice", "QuizQuestion", "Signal", "published_articles", "record_answer"]
