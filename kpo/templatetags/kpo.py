import re
from urllib.parse import quote, urlencode

from django import template
from django.conf import settings
from django.urls import Resolver404, resolve
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_from_path, gettext, override

from kpo import useragent
from kpo.cache import render_fragment
from kpo.markdown import render_markdown
from kpo.paths import is_local_path, path_in_language
from kpo.search import HIGHLIGHT_START, HIGHLIGHT_STOP

register = template.Library()


class SharedFragmentNode(template.Node):
    def __init__(self, nodelist, fragment):
        self.nodelist = nodelist
        self.fragment = fragment

    def render(self, context):
        fragment = self.fragment.resolve(context, ignore_failures=True)
        return render_fragment(context.get("request"), fragment, lambda: self.nodelist.render(context))


# Rendered markup that depends on nothing but the code (URLs, translations) and the values
# named in the tag: kept in this process, per template node, language and those values.
_STATIC_FRAGMENTS: dict = {}
_STATIC_FRAGMENTS_MAX = 1000


class StaticFragmentNode(template.Node):
    def __init__(self, nodelist, values):
        self.nodelist = nodelist
        self.values = values

    def render(self, context):
        # The template's name and the tag's place in it (stable, unlike id() of a node that a
        # template loader without cache parses anew on every request).
        where = (getattr(self.origin, "name", None), getattr(self.token, "position", None), self.token.contents)
        key = (where, get_language(), *(value.resolve(context, ignore_failures=True) for value in self.values))
        html = _STATIC_FRAGMENTS.get(key)
        if html is None:
            html = self.nodelist.render(context)
            if len(_STATIC_FRAGMENTS) >= _STATIC_FRAGMENTS_MAX:
                _STATIC_FRAGMENTS.clear()
            _STATIC_FRAGMENTS[key] = html
        return html


@register.tag
def static_fragment(parser, token):
    """`{% static_fragment value … %}…{% endstatic_fragment %}`: markup rendered once per
    process for the active language and the given values (e.g. the current view's name for the
    main navigation, the footer with none), then reused. Only for markup that reads nothing but
    those values, URLs and translations: no data, nothing of the person, no CSRF token."""
    values = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endstatic_fragment",))
    parser.delete_first_token()
    return StaticFragmentNode(nodelist, values)


@register.tag
def shared_fragment(parser, token):
    """`{% shared_fragment fragment %}…{% endshared_fragment %}`: the part of a signed-in page
    that is the same for everyone in one audience, rendered once per key and then served as
    stored. `fragment` comes from kpo.cache.audience_fragment (whose comment says what the key
    holds and what may go inside); None renders it every time. Nothing personal inside."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("shared_fragment takes one argument: the fragment's key")
    nodelist = parser.parse(("endshared_fragment",))
    parser.delete_first_token()
    return SharedFragmentNode(nodelist, parser.compile_filter(bits[1]))


@register.filter
def machine_datetime(value):
    """A date and time for <time datetime="…">: ISO 8601 in the current time zone, to the second.
    Django's |date:"c" adds microseconds, which HTML does not allow (at most three digits)."""
    if not value:
        return ""
    return timezone.localtime(value).isoformat(timespec="seconds")


@register.filter
def markdown(text):
    return mark_safe(render_markdown(text))  # noqa: S308 - sanitised by nh3


# Markdown syntax that would show in a snippet: emphasis, headings, quotes, link targets,
# and list bullets at the start of a line.
MARKDOWN_NOISE = re.compile(r"\]\([^)]*\)|[*_`#>\[\]]|^\s*(?:[-+]|\d+[.)])\s+", re.MULTILINE)
# Where a snippet may start: after the end of a sentence, or at a new line (a heading, a
# list item, a paragraph).
FRAGMENT_BOUNDARY = re.compile(r"(?<=[.!?])\s+(?=\S)|\s*\n\s*")
SNIPPET_WORDS = 35


def snippet_text(text: str) -> str:
    """About SNIPPET_WORDS words of `text` (the searched fields, every match marked),
    starting at the sentence or line with the first match, without Markdown syntax."""
    fragments = [f for f in (MARKDOWN_NOISE.sub("", f).strip() for f in FRAGMENT_BOUNDARY.split(text)) if f]
    start = next((i for i, fragment in enumerate(fragments) if HIGHLIGHT_START in fragment), 0)
    words = []
    for fragment in fragments[start:]:
        if words and len(words) + len(fragment.split()) > SNIPPET_WORDS:
            words.append("…")
            break
        words += fragment.split()
    if len(words) > SNIPPET_WORDS + 15:  # one very long sentence
        words = words[:SNIPPET_WORDS] + ["…"]
    shown = " ".join(words)
    if shown.count(HIGHLIGHT_START) > shown.count(HIGHLIGHT_STOP):
        shown += HIGHLIGHT_STOP
    return shown


@register.filter
def highlight(snippet):
    """Escape a search snippet (from the sentence with the first match, without Markdown
    syntax), then turn the database's markers into <mark>."""
    escaped = escape(snippet_text(snippet or ""))
    return mark_safe(  # noqa: S308 - everything else is escaped above
        escaped.replace(escape(HIGHLIGHT_START), "<mark>").replace(escape(HIGHLIGHT_STOP), "</mark>")
    )


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (None removes one).
    Changing anything but the page goes back to page 1."""
    params = context["request"].GET.copy()
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        params.pop(key, None)
        if value not in (None, ""):
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.simple_tag(takes_context=True)
def query_toggle(context, key, value):
    """The current query string with `value` added to or removed from the
    multi-valued parameter `key` (facet links), back on page 1."""
    params = context["request"].GET.copy()
    params.pop("page", None)
    values = params.getlist(key)
    value = str(value)
    values = [v for v in values if v != value] if value in values else [*values, value]
    params.setlist(key, values)
    pairs = [(k, v) for k in params for v in params.getlist(k) if v != ""]
    return "?" + urlencode(pairs) if pairs else "?"


@register.simple_tag(takes_context=True)
def language_path(context, language):
    """The current page in `language` (the language switch), never a path taken as typed."""
    return path_in_language(context["request"].path_info, language)


# The result lists a detail page can lead back to (`?terug=`): their URL names.
RESULT_LISTS = frozenset({"knowledge:articles", "search", "documents:list", "network:directory"})


def _results_view(path: str) -> str | None:
    with override(get_language_from_path(path) or settings.LANGUAGE_CODE):
        try:
            return resolve(path.split("?", 1)[0]).view_name
        except Resolver404:
            return None


@register.simple_tag(takes_context=True)
def keep_search(context, url):
    """`url` (a detail page), carrying the current result list's address as `?terug=` when the
    page is one of RESULT_LISTS with a search, filter or page, so the detail page can link back
    to the same results."""
    request = context.get("request")
    match = getattr(request, "resolver_match", None)
    # Without a query string the breadcrumb leads back to the same list already.
    if match is None or match.view_name not in RESULT_LISTS or not request.GET:
        return url
    return f"{url}?terug={quote(request.get_full_path(), safe='/')}"


@register.simple_tag(takes_context=True)
def back_to_results(context):
    """The result list this detail page was opened from (`?terug=`), when that is a local path
    to one of RESULT_LISTS; otherwise "" (no link). Never a path taken as given otherwise."""
    request = context.get("request")
    back = request.GET.get("terug", "") if request is not None else ""
    if not back or not is_local_path(back) or _results_view(back) not in RESULT_LISTS:
        return ""
    return back


@register.filter
def browser_and_system(user_agent):
    """Like "Firefox 133 op Windows 10/11", from a User-Agent header; "" when neither is known."""
    found_browser, found_system = useragent.browser(user_agent), useragent.system(user_agent)
    if found_browser and found_system:
        return gettext("%(browser)s op %(system)s") % {"browser": found_browser, "system": found_system}
    return found_browser or found_system
