"""`{% follow_panel "kennisbank" %}` / `{% follow_panel "closed" %}`: the follow buttons for
what the list is filtered on (one theme, phenomenon, region or organisation) and the button
that saves the search. `{% follow_panel "signals" %}`: the phenomenon's follow button only
(signals are news of what one follows, but not a search one can save). Nothing for visitors
who cannot use the partner pages; otherwise two queries, whatever the filters."""

from django import template

from accounts.public import Organisation, Region, may_use_partner_pages
from knowledge.public import Phenomenon, Theme

from ..models import Follow, SavedSearch
from ..news import SEARCH_PARAMS, SLUG, normalised_query

register = template.Library()

TARGETS = {
    "thema": (Theme, Follow.Kind.THEME),
    "fenomeen": (Phenomenon, Follow.Kind.PHENOMENON),
    "regio": (Region, Follow.Kind.REGION),
    "organisatie": (Organisation, Follow.Kind.ORGANISATION),
}


@register.inclusion_tag("follows/_follow_panel.html", takes_context=True)
def follow_panel(context, section):
    request = context["request"]
    user = request.user
    if not may_use_partner_pages(user):
        return {"panel": None, "request": request}
    if section == "signals":
        parameters, query = ("fenomeen",), ""
    else:
        section = SavedSearch.Section.CLOSED if section == "closed" else SavedSearch.Section.KENNISBANK
        parameters, query = SEARCH_PARAMS[section], normalised_query(section, request.GET.urlencode())
    chosen = {
        name: values[0]
        for name in parameters
        if name in TARGETS and len(values := request.GET.getlist(name)) == 1 and SLUG.fullmatch(values[0])
    }
    targets = []
    if chosen:
        follows = {
            (f.kind, f.target.slug): f
            for f in Follow.objects.filter(user=user).select_related("theme", "phenomenon", "region", "organisation")
        }
        for name, slug in chosen.items():
            model, kind = TARGETS[name]
            target = model.objects.filter(slug=slug).only("pk", "name", "slug").first()
            if target is not None:
                targets.append(
                    {"parameter": name, "slug": slug, "name": target.name, "follow": follows.get((kind, slug))}
                )
    saved = SavedSearch.objects.filter(user=user, section=section, query=query).first() if query else None
    return {
        "panel": {"section": section, "query": query, "targets": targets, "saved": saved},
        "request": request,
    }
