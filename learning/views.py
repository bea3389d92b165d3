"""The quiz and the signals page: public, no JavaScript needed."""

import re

from django import forms
from django.contrib import messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST, require_safe

from knowledge.public import Phenomenon

from . import quiz
from .models import QuizBestScore, Signal


class NicknameForm(forms.Form):
    nickname = forms.CharField(
        label=gettext_lazy("Bijnaam op de ranglijst"),
        min_length=2,
        max_length=30,
        help_text=gettext_lazy("Geen echte naam nodig; gebruik letters, cijfers en spaties."),
    )

    def clean_nickname(self):
        value = " ".join(self.cleaned_data["nickname"].split())
        if not re.fullmatch(r"[\w\- ]{2,30}", value):
            raise forms.ValidationError(_("Gebruik alleen letters, cijfers, spaties en streepjes."))
        return value


@never_cache
@require_safe
def quiz_home(request):
    best = {}
    if request.user.is_authenticated:
        best = dict(QuizBestScore.objects.filter(user=request.user).values_list("level", "score"))
    levels = [
        {"level": level, "name": name, "description": description, "best": best.get(level)}
        for level, (name, description) in quiz.LEVELS.items()
    ]
    return render(
        request,
        "learning/quiz_home.html",
        {"levels": levels, "leaderboard": quiz.weekly_leaderboard(), "crumbs": [("", _("Quiz"))]},
    )


@require_POST
def quiz_start(request):
    level = request.POST.get("level", "")
    # isdigit() alone accepts "²", which int() refuses.
    if level not in {str(n) for n in quiz.LEVELS} or not quiz.start_round(request.session, int(level)):
        messages.error(request, _("Kies een niveau om te beginnen."))
        return redirect("learning:quiz")
    return redirect("learning:quiz_question")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def quiz_question(request):
    if quiz.state(request.session) is None:
        return redirect("learning:quiz")
    if quiz.is_finished(request.session):
        return redirect("learning:quiz_result")
    question = quiz.current_question(request.session)
    if question is None:  # removed meanwhile
        return redirect("learning:quiz")
    state = quiz.state(request.session)
    error = None
    if request.method == "POST":
        if quiz.answer(request.session, question, request.POST.get("choice", "")) is None:
            error = _("Kies een antwoord.")
        else:
            return redirect("learning:quiz_question")
    given = state["answers"].get(str(question.pk))
    return render(
        request,
        "learning/quiz_question.html",
        {
            "question": question,
            "choices": question.choices.all(),
            "given": given,
            "number": state["index"] + 1,
            "total": len(state["ids"]),
            "level": state["level"],
            "error": error,
            "crumbs": [(reverse("learning:quiz"), _("Quiz")), ("", _("Vraag %(n)d") % {"n": state["index"] + 1})],
        },
        status=400 if error else 200,
    )


@require_POST
def quiz_next(request):
    quiz.advance(request.session)
    if quiz.is_finished(request.session):
        return redirect("learning:quiz_result")
    return redirect("learning:quiz_question")


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def quiz_result(request):
    state = quiz.state(request.session)
    if not state or not quiz.is_finished(request.session):
        return redirect("learning:quiz")
    points, total = quiz.score(request.session)
    if request.user.is_authenticated:
        quiz.record_best_score(request.user, state["level"], points)
    form = NicknameForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if quiz.add_to_leaderboard(request.session, form.cleaned_data["nickname"]):
            messages.success(request, _("Uw score staat op de ranglijst van deze week."))
        return redirect("learning:quiz")
    return render(
        request,
        "learning/quiz_result.html",
        {
            "points": points,
            "total": total,
            "level": state["level"],
            "wrong": quiz.wrongly_answered(request.session),
            "form": form,
            "on_leaderboard": state.get("on_leaderboard"),
            "crumbs": [(reverse("learning:quiz"), _("Quiz")), ("", _("Uitslag"))],
        },
        status=400 if form.errors else 200,
    )


@require_safe
def signals(request):
    phenomenon = request.GET.get("fenomeen", "").replace("\x00", "")[:100]  # PostgreSQL refuses NUL
    setting = request.GET.get("waar", "")
    items = Signal.objects.filter(is_published=True).select_related("phenomenon")
    if phenomenon:
        items = items.filter(phenomenon__slug=phenomenon)
    if setting in Signal.Setting.values:
        items = items.filter(setting=setting)
    return render(
        request,
        "learning/signals.html",
        {
            "signals": items,
            "phenomena": Phenomenon.objects.filter(signals__is_published=True).distinct(),
            "settings": Signal.Setting.choices,
            "chosen_phenomenon": phenomenon,
            "chosen_setting": setting,
            "crumbs": [("", _("Signalen herkennen"))],
        },
    )
