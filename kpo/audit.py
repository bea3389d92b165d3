"""The audit log of who did what (memberships, sharing, contact requests)."""

import logging

logger = logging.getLogger("kpo.audit")


def actor(user) -> str:
    """Who did it, for the log: a user id, or `system`."""
    return str(user.pk) if user else "system"
