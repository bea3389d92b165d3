"""The audience fields of a form (organisations, partner types, regions, all partners), for
what is shared with partner groups: closed documents, closed events."""

from django import forms
from django.contrib.admin.widgets import FilteredSelectMultiple
from django.utils.translation import gettext_lazy as _

from .models import Organisation, PartnerType, Region
from .services import ALL_PARTNERS_GROUP, audience_groups


class AudienceFields(forms.Form):
    """Mix into a (model) form before its base class. `audience_labels` names the fields the
    way the form's subject needs ("Delen met …", "Zichtbaar voor …")."""

    audience_labels = {
        "organisations": _("Delen met organisaties"),
        "partner_types": _("Delen met soorten partners"),
        "regions": _("Delen met regio's"),
        "all_partners": _("Delen met alle partners"),
    }

    organisations = forms.ModelMultipleChoiceField(
        Organisation.objects.all(), required=False, widget=FilteredSelectMultiple(_("organisaties"), is_stacked=False)
    )
    partner_types = forms.ModelMultipleChoiceField(
        PartnerType.objects.all(), required=False, widget=forms.CheckboxSelectMultiple
    )
    regions = forms.ModelMultipleChoiceField(Region.objects.all(), required=False, widget=forms.CheckboxSelectMultiple)
    all_partners = forms.BooleanField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in self.audience_labels.items():
            self.fields[name].label = label

    def show_audiences(self, groups) -> None:
        """Tick the audiences behind `groups` (the groups something is shared with now)."""
        self.initial["organisations"] = Organisation.objects.filter(group__in=groups)
        self.initial["partner_types"] = PartnerType.objects.filter(group__in=groups)
        self.initial["regions"] = Region.objects.filter(group__in=groups)
        self.initial["all_partners"] = any(g.name == ALL_PARTNERS_GROUP for g in groups)

    def audience_groups(self) -> set:
        """The groups behind the audiences ticked."""
        data = self.cleaned_data
        return audience_groups(data["organisations"], data["partner_types"], data["regions"], data["all_partners"])
