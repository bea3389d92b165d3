"""All mail the site sends, in one shape: a plain-text part and an HTML part in the site's
layout, links in full from KPO_SITE_URL, and bodies that stay readable as they are.

KPO's own mail comes from `send_templated_mail`; allauth's passes through the account
adapter's `render_mail`, which hands its message to `as_site_mail`.

Python's e-mail package chooses quoted-printable (or base64) for any body with a line over
78 characters, which breaks a long link with `=` at each fold: copied from the console or a
mail client without MIME support, it no longer works. RFC 5322 allows lines up to 998
characters, so `SiteMail` allows that much and the body goes as 7bit (or 8bit for
accented letters), unchanged."""

import email.policy
import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils.html import escape, linebreaks

LONGEST_LINE = 998  # RFC 5322, section 2.1.1
_URL = re.compile(r"https?://[^\s<>\"]+")


class SiteMail(EmailMultiAlternatives):
    """A message whose lines are folded only past 998 characters (see the module docstring)."""

    def message(self, *, policy=email.policy.default):
        return super().message(policy=policy.clone(max_line_length=LONGEST_LINE))


def _is_site_link(url: str) -> bool:
    site = settings.KPO_SITE_URL.rstrip("/")
    return url == site or url.startswith(site + "/")


def html_from_text(text: str, subject: str) -> str:
    """The HTML part for a plain-text body: its paragraphs in the site's mail layout, each
    link to this site made clickable. Any other address stays text: it can only come from
    something a person typed (a moderator's reason), not from the site."""
    return render_to_string("email/layout.html", {"body": linked_paragraphs(text.strip()), "subject": subject})


def linked_paragraphs(text: str) -> str:
    """The body of html_from_text: the text's paragraphs (split at blank lines, joined by
    a blank line) as escaped HTML, links to this site clickable. Text made of paragraphs
    gives the same as its paragraphs one by one joined by "\n\n" (the digests use that)."""
    return _URL.sub(
        lambda m: f'<a href="{m.group(0)}">{m.group(0)}</a>' if _is_site_link(m.group(0)) else m.group(0),
        linebreaks(escape(text)),
    )


def as_site_mail(message) -> SiteMail:
    """`message` (allauth's) as a SiteMail, with an HTML part made from the text if it
    has none."""
    result = SiteMail(
        message.subject,
        message.body,
        message.from_email,
        message.to,
        bcc=message.bcc,
        headers=message.extra_headers,
        cc=message.cc,
        reply_to=message.reply_to,
    )
    for alternative in getattr(message, "alternatives", []):
        result.attach_alternative(alternative.content, alternative.mimetype)
    if not any(a.mimetype == "text/html" for a in result.alternatives):
        result.attach_alternative(html_from_text(message.body, message.subject), "text/html")
    return result


def send_templated_mail(to_user, template_prefix: str, context: dict, headers: dict | None = None) -> None:
    """Render `<prefix>_subject.txt`, `<prefix>_message.txt` (and `<prefix>_message.html`
    if there is one) and mail them to `to_user`. Templates name no one but the recipient and
    carry nothing another person typed: it would reach a mailbox as official text.
    `headers`: extra headers, such as List-Unsubscribe for a digest (RFC 8058)."""
    context = {"site_url": settings.KPO_SITE_URL, "site_name": "Kennisplatform Ondermijning", **context}
    # One line, whatever people typed in their names: a header cannot hold a line break.
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(
        render_to_string(f"{template_prefix}_subject.txt", context).split()
    )
    body = render_to_string(f"{template_prefix}_message.txt", context).strip() + "\n"
    try:
        html = render_to_string(f"{template_prefix}_message.html", context)
    except TemplateDoesNotExist:
        html = html_from_text(body, subject)
    message = SiteMail(subject, body, None, [to_user.email], headers=headers)
    message.attach_alternative(html, "text/html")
    message.send()
