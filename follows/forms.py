from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency, Preferences, SavedSearch


class SaveSearchForm(forms.Form):
    section = forms.ChoiceField(choices=SavedSearch.Section.choices)
    query = forms.CharField(max_length=1000, required=False)


class RenameSearchForm(forms.ModelForm):
    class Meta:
        model = SavedSearch
        fields = ["name"]
        labels = {"name": _("Naam")}


class FrequencyForm(forms.ModelForm):
    frequency = forms.ChoiceField(
        label=_("Hoe vaak wilt u een e-mail met nieuws?"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "In de e-mail staan alleen titels en links. Direct: binnen een uur na iets nieuws. "
            "Nooit: u ziet het nieuws alleen op Mijn KPO en bij Meldingen."
        ),
    )

    class Meta:
        model = Preferences
        fields = ["frequency"]
