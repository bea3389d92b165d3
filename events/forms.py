from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.public import ALL_PARTNERS_GROUP, AudienceFields, audience_groups

from .access import audiences_within_reach
from .models import Event


class PublicRegistrationForm(forms.Form):
    name = forms.CharField(label=_("Naam"), max_length=150)
    email = forms.EmailField(label=_("E-mailadres"), max_length=254)


class MessageForm(forms.Form):
    subject = forms.CharField(label=_("Onderwerp"), max_length=150)
    body = forms.CharField(label=_("Bericht"), max_length=5000, widget=forms.Textarea(attrs={"rows": 6}))


class DateTimeLocalInput(forms.DateTimeInput):
    """The browser's own date and time picker; the time is Dutch time (settings.TIME_ZONE)."""

    input_type = "datetime-local"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%dT%H:%M")


# How a closed event's audiences are labelled, on the site's form and in the admin.
AUDIENCE_LABELS = {
    "organisations": _("Zichtbaar voor organisaties"),
    "partner_types": _("Zichtbaar voor soorten partners"),
    "regions": _("Zichtbaar voor regio's"),
    "all_partners": _("Zichtbaar voor alle partners"),
}


class EventForm(AudienceFields, forms.ModelForm):
    """An event as its organisers create and edit it on the site: the organising region and
    the audiences of a closed event only within the organiser's reach (events.access)."""

    audience_labels = AUDIENCE_LABELS

    class Meta:
        model = Event
        fields = [
            "title",
            "summary",
            "organiser",
            "starts_at",
            "ends_at",
            "form",
            "place",
            "online_url",
            "programme",
            "speakers",
            "capacity",
            "registration_closes_at",
            "themes",
            "phenomena",
            "is_public",
            "status",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 3}),
            "starts_at": DateTimeLocalInput(),
            "ends_at": DateTimeLocalInput(),
            "registration_closes_at": DateTimeLocalInput(),
            "form": forms.RadioSelect,
            "place": forms.Textarea(attrs={"rows": 2}),
            "programme": forms.Textarea(attrs={"rows": 10}),
            "speakers": forms.Textarea(attrs={"rows": 3}),
            "themes": forms.CheckboxSelectMultiple,
            "phenomena": forms.CheckboxSelectMultiple,
            "status": forms.RadioSelect,
        }
        help_texts = {
            "programme": _(
                "Markdown: ## voor een kopje, - voor een opsomming, **vet**. "
                "Bekijk het resultaat met de knop “Voorbeeld van het programma”."
            ),
            "starts_at": _("Nederlandse tijd."),
            "status": _("Een concept ziet alleen u en de redactie."),
        }

    def __init__(self, *args, user, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organiser"].queryset = regions
        self.fields["organiser"].empty_label = None
        reach = audiences_within_reach(user, regions)
        reach_group_ids = set()
        for name in ("organisations", "partner_types", "regions"):
            choices = reach[name]
            reach_group_ids |= set(choices.exclude(group=None).values_list("group_id", flat=True))
            if choices.exists():
                self.fields[name].widget = forms.CheckboxSelectMultiple()
                self.fields[name].queryset = choices  # also gives the widget its choices
            else:
                del self.fields[name]
        if not reach["all_partners"]:
            del self.fields["all_partners"]
        current = set(self.instance.audience_groups.all()) if self.instance.pk else set()
        if current:
            self.show_audiences(current)
        # Audiences a curator chose beyond this organiser's reach stay as they are.
        self.kept_groups = {
            g
            for g in current
            if g.pk not in reach_group_ids and not (reach["all_partners"] and g.name == ALL_PARTNERS_GROUP)
        }

    def clean(self):
        cleaned = super().clean()
        starts, ends, closes = cleaned.get("starts_at"), cleaned.get("ends_at"), cleaned.get("registration_closes_at")
        if starts and ends and ends < starts:
            self.add_error("ends_at", _("Het einde ligt vóór het begin. Kies een eindtijd na de begintijd."))
        if closes and ends and closes > ends:
            self.add_error(
                "registration_closes_at",
                _("Aanmelden moet sluiten vóór het einde van de bijeenkomst. Kies een eerder moment."),
            )
        kind = cleaned.get("form")
        if kind in (Event.Form.IN_PERSON, Event.Form.HYBRID) and not cleaned.get("place", "").strip():
            self.add_error("place", _("Vul het adres in: de bijeenkomst is (ook) op een plaats."))
        if kind in (Event.Form.ONLINE, Event.Form.HYBRID) and not cleaned.get("online_url"):
            self.add_error("online_url", _("Vul de online link in: de bijeenkomst is (ook) online."))
        chosen = any(cleaned.get(name) for name in ("organisations", "partner_types", "regions", "all_partners"))
        if not cleaned.get("is_public") and not chosen and not self.kept_groups:
            self.add_error(None, _("Kies wie deze besloten bijeenkomst mag zien, of maak haar openbaar."))
        return cleaned

    def audience_groups(self) -> set:
        """The groups that will see the event: none for a public one; for a closed one the
        audiences ticked, and those beyond the organiser's reach that were there."""
        if self.cleaned_data.get("is_public"):
            return set()
        data = self.cleaned_data
        chosen = audience_groups(
            data.get("organisations") or [],
            data.get("partner_types") or [],
            data.get("regions") or [],
            data.get("all_partners", False),
        )
        return chosen | self.kept_groups
