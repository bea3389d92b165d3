"""Links and redirects within the site, built only from paths the site itself resolves.

A path taken from the request (`request.path`, `?next=`) can start, after the language
prefix is stripped, with `//host` or `/\\host`, which a browser reads as another site.
These helpers answer with a path the URL configuration produced, or refuse."""

from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.translation import get_language_from_path, override


def _looks_local(path: str) -> bool:
    decoded = unquote(path)
    return (
        decoded.startswith("/")
        and "//" not in decoded
        and "\\" not in decoded
        and not any(ord(c) < 32 for c in decoded)
    )


def _resolve(path: str):
    """The match for `path` in the language its prefix names (the i18n patterns only
    resolve a prefix in the active language), or None."""
    if not _looks_local(path):
        return None
    with override(get_language_from_path(path) or settings.LANGUAGE_CODE):
        try:
            return resolve(path)
        except Resolver404:
            return None


def is_local_path(url: str) -> bool:
    """Whether `url` (a path, with an optional query string) stays on this site and names a
    page the site has: no scheme, no host, no `//` or backslash anywhere in the path."""
    if not url or not _looks_local(url.split("?", 1)[0]):
        # `///host/…` splits into a local-looking path, but a browser reads it as a host.
        return False
    parts = urlsplit(url)
    return not parts.scheme and not parts.netloc and _resolve(parts.path) is not None


def path_in_language(path_info: str, language: str) -> str:
    """The same page in `language`, reversed from its resolved name; the home page for a
    path that does not resolve (a 404 page)."""
    match = _resolve(path_info)
    with override(language):
        if match is not None and match.view_name:
            try:
                return reverse(match.view_name, args=match.args, kwargs=match.kwargs)
            except NoReverseMatch:
                pass
        return reverse("home")
