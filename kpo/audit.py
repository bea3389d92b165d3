"""The audit log: who did what, when, from where. Every event is a row (AuditEvent, append-only)
and a line on the `kpo.audit` logger. Never pass passwords, codes, keys or tokens as detail."""

import logging

from kpo.models import AuditEvent
from kpo.requestlog import current_request

logger = logging.getLogger("kpo.audit")


def actor(user) -> str:
    """Who did it, for the log: a user id, or `system`."""
    return str(user.pk) if user is not None and user.pk else "system"


def record(action: str, *, by=None, target=None, **detail) -> None:
    """Write one audit event. `by` is the acting user (None: the system), `target` a model instance."""
    context = current_request()
    if by is not None and not getattr(by, "pk", None):
        by = None  # AnonymousUser
    event = AuditEvent.objects.create(
        action=action,
        actor=by,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        ip_address=context.get("client_ip"),
        request_id=context.get("request_id", ""),
        detail=detail,
    )
    logger.info(
        "%s by=%s target=%s:%s",
        action,
        actor(by),
        event.target_type or "-",
        event.target_id or "-",
        extra={
            "audit": {
                "action": action,
                "actor": actor(by),
                "target": f"{event.target_type}:{event.target_id}",
                **detail,
            }
        },
    )
