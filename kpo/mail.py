"""E-mail from the site's own templates (allauth sends its own through its adapter)."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string


def send_templated_mail(to_user, template_prefix: str, context: dict) -> None:
    """Render `<prefix>_subject.txt` and `<prefix>_message.txt` and mail them to `to_user`."""
    context = {"site_url": settings.KPO_SITE_URL, **context}
    # One line, whatever people typed in their names: a header cannot hold a line break.
    subject = " ".join(render_to_string(f"{template_prefix}_subject.txt", context).split())
    body = render_to_string(f"{template_prefix}_message.txt", context)
    send_mail(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + subject, body, None, [to_user.email])
