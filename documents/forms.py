"""The forms of partners who share documents, and of their reviewers."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from knowledge.public import Phenomenon, Theme

from .models import Contribution
from .services import audience_choices
from .uploads import ALLOWED_TYPES_TEXT, detect_upload


def _checked_file(uploaded):
    """The upload checks of the closed section (type by content, size), with their reason."""
    if uploaded:
        detect_upload(uploaded, settings.KPO_MAX_UPLOAD_SIZE)
    return uploaded


def _file_help():
    return _("%(allowed)s Ten hoogste %(limit)s MB.") % {
        "allowed": ALLOWED_TYPES_TEXT,
        "limit": settings.KPO_MAX_UPLOAD_SIZE // (1024 * 1024),
    }


class DetailsFields(forms.Form):
    title = forms.CharField(label=_("Titel"), max_length=250)
    summary = forms.CharField(
        label=_("Samenvatting"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Waar gaat het over en voor wie is het nuttig? Noem geen namen van personen of zaken."),
    )
    themes = forms.ModelMultipleChoiceField(
        Theme.objects.all(), label=_("Thema's"), required=False, widget=forms.CheckboxSelectMultiple
    )
    phenomena = forms.ModelMultipleChoiceField(
        Phenomenon.objects.all(), label=_("Fenomenen"), required=False, widget=forms.CheckboxSelectMultiple
    )


class ContributionForm(DetailsFields):
    """A new contribution: the document, what it is about, and with whom to share it."""

    file = forms.FileField(label=_("Bestand"))
    audience = forms.ChoiceField(label=_("Delen met"), widget=forms.RadioSelect)
    show_name = forms.BooleanField(
        label=_("Toon mijn naam bij het document (anders staat alleen mijn organisatie erbij)"), required=False
    )
    field_order = ["file", "title", "summary", "themes", "phenomena", "audience", "show_name"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["audience"].choices = audience_choices(user)
        self.fields["audience"].help_text = _(
            "Met uw eigen organisatie delen kan direct. Voor een groter publiek kijkt eerst een redacteur of "
            "moderator van uw regio mee."
        )
        self.fields["file"].help_text = _file_help()

    def clean_file(self):
        return _checked_file(self.cleaned_data.get("file"))


class UpdateForm(DetailsFields):
    """A contributor changes their contribution: a new file, and before it is shared also
    its details."""

    file = forms.FileField(label=_("Nieuwe versie van het bestand"), required=False)
    message = forms.CharField(
        label=_("Toelichting voor de beoordelaar"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    field_order = ["file", "title", "summary", "themes", "phenomena", "message"]

    def __init__(self, *args, contribution, **kwargs):
        super().__init__(*args, **kwargs)
        # Details change only before the document is shared: after that, readers would see
        # them without a review.
        self.with_details = (
            contribution.status
            in (
                Contribution.Status.PENDING,
                Contribution.Status.CHANGES_REQUESTED,
            )
            and contribution.document.status != contribution.document.Status.PUBLISHED
        )
        self.fields["file"].help_text = _file_help()
        if not self.with_details:
            for name in ("title", "summary", "themes", "phenomena"):
                del self.fields[name]
            self.fields["file"].required = True
        if not contribution.needs_review:
            del self.fields["message"]

    def clean_file(self):
        return _checked_file(self.cleaned_data.get("file"))

    def details(self):
        if not self.with_details:
            return None
        return {name: self.cleaned_data[name] for name in ("title", "summary", "themes", "phenomena")}


class DecisionForm(forms.Form):
    """A reviewer's decision on a contribution."""

    APPROVE, CHANGES, REJECT = "goedkeuren", "aanpassen", "afwijzen"

    decision = forms.ChoiceField(
        label=_("Uw besluit"),
        widget=forms.RadioSelect,
        choices=[
            (APPROVE, _("Goedkeuren: delen met het gekozen publiek")),
            (CHANGES, _("Aanpassing vragen")),
            (REJECT, _("Afwijzen")),
        ],
    )
    # The latest step the reviewer saw (documents.services.last_step): a file or details
    # changed after the page was opened are not decided on unseen. Left out by old forms only.
    seen_step = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)
    message = forms.CharField(
        label=_("Bericht aan de deler"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Verplicht als u om een aanpassing vraagt of afwijst. De deler leest dit op de site en per e-mail."
        ),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") in (self.CHANGES, self.REJECT) and not data.get("message", "").strip():
            self.add_error("message", _("Schrijf wat er anders moet, of waarom u afwijst."))
        return data
