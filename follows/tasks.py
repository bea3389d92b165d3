"""Digests from the task worker (queued by `manage.py send_digests --queue`, e.g. from cron)."""

from django.tasks import task


@task
def send_digests_task(frequency: str) -> dict:
    from .services import send_digests

    return send_digests(frequency)
