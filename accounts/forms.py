from django import forms
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from . import services
from .models import Organisation, PartnerType, Region, User

NO_PARTNER_DOMAIN = _(
    "Alleen medewerkers van de convenantpartners van het RIEC-LIEC-netwerk (gemeenten, provincies, OM, "
    "Politie, Belastingdienst, Douane, FIOD, Arbeidsinspectie, KMar, IND, UWV, NVWA en RIEC's/LIEC) kunnen "
    "een account aanvragen, met hun werk-e-mailadres. Wij kennen dit e-maildomein nog niet. Werkt u bij een "
    "partner die nog niet in onze lijst staat?"
)


ANOTHER_NAME_FOR_A_MAILBOX = _(
    "Gebruik het e-mailadres van uw eigen mailbox, zonder toevoegingen zoals +, % of aanhalingstekens "
    "vóór de @. Vóór de @ mogen alleen letters, cijfers, punten, streepjes en apostrofs staan."
)


def own_mailbox_address(email: str) -> str:
    """Form validation (sign-up, adding an address): one mailbox, one account."""
    if not services.is_own_mailbox_address(email):
        raise forms.ValidationError(ANOTHER_NAME_FOR_A_MAILBOX)
    return email


def no_control_characters(value: str) -> None:
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise forms.ValidationError(_("Gebruik geen regeleinden of andere besturingstekens."))


class PartnerSignupForm(forms.Form):
    """Extra fields on allauth's sign-up form. The e-mail domain picks the organisation;
    where several organisations share the domain, the person chooses among them."""

    name = forms.CharField(
        label=_("Naam"),
        max_length=150,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    function = forms.CharField(
        label=_("Functie"),
        max_length=150,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    organisation = forms.ModelChoiceField(
        label=_("Organisatie"),
        queryset=Organisation.objects.none(),
        required=False,
        empty_label=_("Kies uw organisatie"),
        help_text=_("Uw e-maildomein hoort bij meerdere organisaties."),
    )

    field_order = ["name", "email", "function", "organisation", "password1", "password2"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.data.get("email", "") if self.is_bound else ""
        self.matching_organisations = list(services.organisations_for_email(email)) if email else []
        self.fields["organisation"].queryset = Organisation.objects.filter(
            pk__in=[o.pk for o in self.matching_organisations]
        )
        if len(self.matching_organisations) < 2:
            self.fields["organisation"].widget = forms.HiddenInput()

    def clean(self):
        cleaned = super().clean()
        email = cleaned.get("email")
        if not email:
            return cleaned
        # Decide on the cleaned address (the choices shown came from what was typed).
        matches = list(services.organisations_for_email(email))
        if not matches:
            self.add_error(
                "email",
                format_html(
                    '{} <a href="{}">{}</a>',
                    NO_PARTNER_DOMAIN,
                    reverse("accounts:request_organisation"),
                    _("Vraag aan dat wij uw organisatie toevoegen."),
                ),
            )
        elif len(matches) == 1:
            cleaned["organisation"] = matches[0]
        elif cleaned.get("organisation") not in matches:
            self.add_error("organisation", _("Kies bij welke organisatie u werkt."))
        return cleaned

    def signup(self, request, user):
        user.name = self.cleaned_data["name"]
        user.save(update_fields=["name"])
        services.register_partner(user, self.cleaned_data["organisation"], self.cleaned_data["function"])


class ProfileForm(forms.ModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in ("name", "function"):
            self.fields[name].validators.append(no_control_characters)

    class Meta:
        model = User
        fields = ["name", "function"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "function": forms.TextInput(attrs={"autocomplete": "organization-title"}),
        }


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Reden van afwijzing"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        help_text=_("De aanvrager krijgt deze reden per e-mail."),
    )


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label=_("Ja, verwijder mijn account en mijn gegevens. Ik begrijp dat ik dit niet ongedaan kan maken."),
    )


class ConfirmIdentityForm(forms.Form):
    """Re-verification: the code from the mailbox, typed in this session, and the person's
    confirmation that organisation and function are still right."""

    code = forms.CharField(
        label=_("Code uit de e-mail"),
        max_length=20,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "text", "autocapitalize": "characters"}
        ),
    )
    function = forms.CharField(
        label=_("Functie"),
        max_length=150,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    organisation_confirmed = forms.BooleanField(label="")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, initial={"function": user.function}, **kwargs)
        self.fields["organisation_confirmed"].label = _("Ik werk bij %(organisation)s.") % {
            "organisation": user.organisation.name if user.organisation_id else "–"
        }


# Addresses anyone can get: never the work address of a government organisation.
PERSONAL_MAIL_DOMAINS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "hotmail.com",
        "hotmail.nl",
        "outlook.com",
        "outlook.nl",
        "live.com",
        "live.nl",
        "msn.com",
        "yahoo.com",
        "yahoo.nl",
        "icloud.com",
        "me.com",
        "proton.me",
        "protonmail.com",
        "ziggo.nl",
        "kpnmail.nl",
        "kpnplanet.nl",
        "planet.nl",
        "home.nl",
        "xs4all.nl",
        "hetnet.nl",
        "casema.nl",
        "upcmail.nl",
        "chello.nl",
        "telfort.nl",
        "tele2.nl",
        "online.nl",
        "gmx.com",
        "gmx.net",
        "aol.com",
    }
)


class OrganisationRequestForm(forms.Form):
    """A request to add an organisation whose e-mail domain KPO does not know yet."""

    email = forms.EmailField(
        label=_("Uw werk-e-mailadres"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        help_text=_("Het adres waarmee u straks een account aanvraagt. Wij voegen het domein (na de @) toe."),
    )
    name = forms.CharField(
        label=_("Uw naam"),
        max_length=150,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    function = forms.CharField(
        label=_("Uw functie"),
        max_length=150,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    organisation_name = forms.CharField(
        label=_("Naam van uw organisatie"),
        max_length=200,
        validators=[no_control_characters],
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        help_text=_("Bijvoorbeeld: Gemeente Noordenveld."),
    )
    partner_type = forms.ModelChoiceField(
        label=_("Soort organisatie"), queryset=PartnerType.objects.all(), empty_label=_("Kies een soort")
    )
    region = forms.ModelChoiceField(
        label=_("Regio"),
        queryset=Region.objects.riecs(),
        required=False,
        empty_label=_("Landelijke organisatie (geen regio)"),
        help_text=_("Het RIEC van uw regio beoordeelt uw verzoek."),
    )
    message = forms.CharField(
        label=_("Toelichting (niet verplicht)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        domain = services.email_domain(email)
        if domain in PERSONAL_MAIL_DOMAINS:
            raise forms.ValidationError(
                _("Dit is een privé-e-mailadres. Gebruik het e-mailadres dat u van uw werkgever hebt gekregen.")
            )
        if services.organisations_for_email(email).exists():
            raise forms.ValidationError(
                format_html(
                    '{} <a href="{}">{}</a>',
                    _("Uw organisatie staat al in de lijst."),
                    reverse("account_signup"),
                    _("Vraag direct een account aan."),
                )
            )
        return email


class AddRequestedOrganisationForm(forms.Form):
    """The moderator's yes to a request: the organisation as it will be known."""

    name = forms.CharField(label=_("Naam van de organisatie"), max_length=200, validators=[no_control_characters])
    partner_type = forms.ModelChoiceField(label=_("Soort organisatie"), queryset=PartnerType.objects.all())
    region = forms.ModelChoiceField(label=_("Regio"), queryset=Region.objects.all(), required=False)

    def __init__(self, *args, moderator, request, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        # A region's moderator adds organisations in their own region(s) only; national
        # ones (no region) are for the superusers, who decide on national requests.
        self.fields["region"].queryset = services.regions_for_new_organisations(moderator)
        self.fields["region"].required = not moderator.is_superuser

    def clean(self):
        data = super().clean()
        # A request names a domain no organisation had when it was sent; a colleague's
        # request for the same domain may have been granted since.
        owners = list(services.organisations_for_email(self.request.email))
        if owners:
            raise forms.ValidationError(
                _("Het e-maildomein %(domain)s hoort al bij %(organisations)s. Wijs dit verzoek af.")
                % {"domain": self.request.domain, "organisations": ", ".join(o.name for o in owners)}
            )
        return data

    def clean_name(self):
        name = self.cleaned_data["name"].strip()
        if Organisation.objects.filter(name__iexact=name).exists():
            raise forms.ValidationError(
                _(
                    "Er is al een organisatie met deze naam. Kies een andere naam, "
                    "of wijs het verzoek af als het om dezelfde organisatie gaat."
                )
            )
        return name
