from django import forms
from django.utils.translation import gettext_lazy as _


class PublicRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=150)
    email = forms.EmailField(label=_("E-mailadres"), max_length=254)


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    body = forms.CharField(label=_("Bericht"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))
