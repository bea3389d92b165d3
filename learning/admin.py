from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import LeaderboardEntry, QuizChoice, QuizQuestion, Signal


class ChoiceFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        kept = [f for f in self.forms if f.cleaned_data and not f.cleaned_data.get("DELETE")]
        if len(kept) < 2:
            raise forms.ValidationError(_("Geef minstens twee antwoorden."))
        if sum(1 for f in kept if f.cleaned_data.get("is_correct")) != 1:
            raise forms.ValidationError(_("Precies één antwoord moet juist zijn."))


class ChoiceInline(admin.TabularInline):
    model = QuizChoice
    formset = ChoiceFormSet
    extra = 4
    max_num = 6


@admin.register(QuizQuestion)
class QuizQuestionAdmin(admin.ModelAdmin):
    list_display = ["text", "level", "theme", "phenomenon", "is_active", "times_answered", "times_wrong", "wrong_share"]
    list_filter = ["level", "is_active", "theme", "phenomenon"]
    search_fields = ["text", "explanation"]
    autocomplete_fields = ["theme", "phenomenon", "articles"]
    list_select_related = ["theme", "phenomenon"]
    inlines = [ChoiceInline]
    readonly_fields = ["times_answered", "times_wrong"]

    @admin.display(description=_("% fout"), ordering="times_wrong")
    def wrong_share(self, obj):
        return f"{round(100 * obj.times_wrong / obj.times_answered)}%" if obj.times_answered else "–"


@admin.register(Signal)
class SignalAdmin(admin.ModelAdmin):
    list_display = ["title", "phenomenon", "setting", "is_published", "updated_at"]
    list_filter = ["phenomenon", "setting", "is_published"]
    search_fields = ["title", "description", "action"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["phenomenon"]
    list_select_related = ["phenomenon"]


@admin.register(LeaderboardEntry)
class LeaderboardEntryAdmin(admin.ModelAdmin):
    """Curators remove unsuitable nicknames; nothing else to edit."""

    list_display = ["nickname", "level", "score", "created_at"]
    list_filter = ["level"]
    search_fields = ["nickname"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
