"""Reviewer login tokens: shown once, stored only as their sha256."""

from __future__ import annotations

import hashlib
import hmac
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session

from miner.errors import ConfigError
from miner.store.repository import audit
from miner.store.schema import ReviewerRow

__all__ = ["add_reviewer", "csrf_token", "hash_token", "reviewer_for_token"]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def add_reviewer(session: Session, name: str, *, rotate: bool = False) -> str:
    """Create a reviewer (or give an existing one a new token); return the token to show once.

    Raises:
        ConfigError: the name is empty, or the reviewer has a token and ``rotate`` is False.
    """
    name = name.strip()
    if not name or len(name) > 120:
        raise ConfigError("a reviewer name is 1-120 characters")
    row = session.scalar(select(ReviewerRow).where(ReviewerRow.name == name))
    if row is not None and row.token_hash and not rotate:
        raise ConfigError(f"reviewer {name!r} already has a token (use --rotate to replace it)")
    if row is None:
        row = ReviewerRow(name=name)
        session.add(row)
    token = secrets.token_urlsafe(24)
    row.token_hash = hash_token(token)
    audit(session, actor=name, action="reviewer_token", document_id=None, detail={"rotated": bool(rotate)})
    session.flush()
    return token


def reviewer_for_token(session: Session, token: str | None) -> str | None:
    """The reviewer whose token this is, or None."""
    if not token or len(token) > 200:
        return None
    wanted = hash_token(token)
    row = session.scalar(select(ReviewerRow).where(ReviewerRow.token_hash == wanted))
    # The lookup is by hash already; compare again in constant time for good measure.
    if row is None or row.token_hash is None or not hmac.compare_digest(row.token_hash, wanted):
        return None
    return row.name


def csrf_token(session_token: str) -> str:
    """The form token bound to a login: forms must echo it back (with SameSite=Strict cookies)."""
    return hashlib.sha256(b"miner-csrf:" + session_token.encode("utf-8")).hexdigest()
