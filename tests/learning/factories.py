"""Quiz questions with their choices."""

from learning.models import QuizChoice, QuizQuestion


def quiz_question(level=1, text=None, right="Tien", wrong=("Vijf", "Twaalf"), articles=(), **fields):
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
