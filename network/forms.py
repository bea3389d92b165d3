from django import forms
from django.utils.translation import gettext_lazy as _

from knowledge.public import Phenomenon, Theme

from .models import Profile


class ProfileForm(forms.ModelForm):
    themes = forms.ModelMultipleChoiceField(
        Theme.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Expertise: thema's"),
    )
    phenomena = forms.ModelMultipleChoiceField(
        Phenomenon.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Expertise: fenomenen"),
    )

    class Meta:
        model = Profile
        fields = ["introduction", "themes", "phenomena", "phone", "visibility"]
        widgets = {
            "introduction": forms.Textarea(attrs={"rows": 4}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "visibility": _(
                "Een nieuw profiel is eerst alleen zichtbaar voor uw eigen organisatie. Kies "
                "“alle goedgekeurde partners” als collega's van andere organisaties u mogen vinden."
            ),
        }


class ContactForm(forms.Form):
    message = forms.CharField(
        label=_("Uw bericht"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Kort: wie u bent en waarover u contact zoekt. "
            "De ander ziet uw e-mailadres pas als hij of zij uw verzoek accepteert."
        ),
    )
