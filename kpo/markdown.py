"""Markdown to safe HTML: curators write Markdown, visitors get sanitised HTML."""

import html as htmllib
import re
from pathlib import Path

import markdown as md
import nh3
from django.conf import settings
from django.utils.translation import get_language

ALLOWED_TAGS = {
    "a",
    "abbr",
    "blockquote",
    "br",
    "code",
    "em",
    "h2",
    "h3",
    "h4",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "strong",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "tr",
    "ul",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}
URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(text: str) -> str:
    """Render Markdown and strip everything that could run script: tags outside the
    allow-list, event-handler attributes and javascript:/data: links."""
    html = md.markdown(text or "", extensions=["tables", "sane_lists"], output_format="html")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
    )


# The site's own pages (files in the repository, not curators' input) may also use
# definition lists, ids on headings and classes on paragraphs ({: #id } and {: .class }),
# an address, dates and telephone links.
PAGE_TAGS = ALLOWED_TAGS | {"address", "dd", "dl", "dt", "time"}
PAGE_ATTRIBUTES = {**ALLOWED_ATTRIBUTES, "h2": {"id"}, "h3": {"id"}, "p": {"class"}, "time": {"datetime"}}


def render_content_file(directory: Path, name: str, values: dict[str, str] | None = None) -> str:
    """Render `<directory>/<name>.<language>.md` in the active language (the default
    language's file when there is none), with `{{ key }}` replaced by each of `values`."""
    path = directory / f"{name}.{get_language()}.md"
    if not path.is_file():
        path = directory / f"{name}.{settings.LANGUAGE_CODE}.md"
    text = path.read_text(encoding="utf-8")
    for key, value in (values or {}).items():
        text = text.replace("{{ " + key + " }}", value)
    html = md.markdown(text, extensions=["sane_lists", "def_list", "attr_list"], output_format="html")
    return nh3.clean(html, tags=PAGE_TAGS, attributes=PAGE_ATTRIBUTES, url_schemes=URL_SCHEMES | {"tel"}, link_rel=None)


# Where a block of rendered Markdown ends: a paragraph, heading, list item, table cell,
# quote, code block or line break. Each becomes a line of its own in the plain text.
_BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|td|th|tr|blockquote|pre)>|<br\s*/?>|<hr\s*/?>", re.IGNORECASE)
_BLANK_LINES = re.compile(r"[ \t]*\n\s*")


def markdown_to_text(text: str) -> str:
    """The text a reader sees of Markdown `text`, without its syntax (`- `, `**`, `#`, link
    targets): rendered and sanitised as on the site, tags stripped, one line per block (a
    heading, paragraph or list item), so a snippet can start at any line (docs/search.md)."""
    html = _BLOCK_END.sub(lambda match: match.group(0) + "\n", render_markdown(text))
    plain = htmllib.unescape(nh3.clean(html, tags=set(), attributes={}, link_rel=None))
    return _BLANK_LINES.sub("\n", plain).strip()
