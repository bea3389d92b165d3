"""Keep logs no longer than the privacy statement promises: audit events and the document
read log five years, ended sessions not at all. Run daily (docs/deploy.md)."""

from datetime import timedelta

from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone

from documents.public import DocumentAccess
from kpo.models import AuditEvent


class Command(BaseCommand):
    help = "Delete audit events and document reads older than the retention period, and expired sessions."

    def handle(self, *args, **options):
        cutoff = timezone.now() - timedelta(days=settings.KPO_AUDIT_RETENTION_DAYS)
        audit, _ = AuditEvent.objects.filter(at__lt=cutoff).delete()
        reads, _ = DocumentAccess.objects.filter(at__lt=cutoff).delete()
        sessions, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
        self.stdout.write(
            f"Removed {audit} audit events and {reads} document reads from before {cutoff:%Y-%m-%d}, "
            f"and {sessions} expired sessions."
        )
