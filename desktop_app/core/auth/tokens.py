"""The token set a sign-in or a refresh produces, and the clock it is read with.

Lifetimes always come from the response (``expires_in``, and Keycloak's ``refresh_expires_in``): PSC's access
tokens live 2 minutes today, but other sources say 4-5; never hard-code them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from desktop_app.core.errors import ProtocolError

Clock = Callable[[], float]
"""Seconds since the epoch; ``time.time`` in the app, a controllable function in tests."""

system_clock: Clock = time.time


@dataclass(frozen=True)
class TokenSet:
    """Tokens from a token response (RFC 6749 §5.1). ``repr`` never shows a token."""

    access_token: str
    access_expires_at: float
    access_lifetime: float
    id_token: str
    refresh_token: str | None = None
    refresh_expires_at: float | None = None
    token_type: str = "Bearer"
    scope: str = ""

    def __repr__(self) -> str:
        return (
            f"TokenSet(access_expires_at={self.access_expires_at:.0f}, refresh_expires_at={self.refresh_expires_at}, "
            f"scope={self.scope!r})"
        )

    @classmethod
    def from_response(cls, body: Mapping[str, Any], *, now: float, previous: TokenSet | None = None) -> TokenSet:
        """Parse a token endpoint's JSON answer.

        On refresh (``previous`` given), a missing ``refresh_token`` or ``id_token`` keeps the previous one
        (RFC 6749 §6: "the authorization server MAY issue a new refresh token").
        """
        access_token = body.get("access_token")
        token_type = body.get("token_type", "")
        if not isinstance(access_token, str) or not access_token:
            raise ProtocolError("token response without access_token", code="token_response.invalid")
        if not isinstance(token_type, str) or token_type.lower() != "bearer":
            raise ProtocolError(f"unsupported token_type {token_type!r}", code="token_response.invalid")
        lifetime = _seconds(body.get("expires_in"), default=60.0)
        id_token = body.get("id_token") or (previous.id_token if previous else None)
        if not isinstance(id_token, str) or not id_token:
            raise ProtocolError("token response without id_token", code="token_response.no_id_token")
        refresh_token = body.get("refresh_token")
        if not isinstance(refresh_token, str) or not refresh_token:
            refresh_token = previous.refresh_token if previous else None
        refresh_expires_at: float | None = None
        if "refresh_expires_in" in body and refresh_token:
            refresh_in = _seconds(body.get("refresh_expires_in"), default=0.0)
            # Keycloak writes 0 for offline tokens that do not expire on their own.
            refresh_expires_at = now + refresh_in if refresh_in > 0 else None
        elif previous is not None and refresh_token == previous.refresh_token:
            refresh_expires_at = previous.refresh_expires_at
        scope = body.get("scope")
        return cls(
            access_token=access_token,
            access_expires_at=now + lifetime,
            access_lifetime=lifetime,
            id_token=id_token,
            refresh_token=refresh_token,
            refresh_expires_at=refresh_expires_at,
            token_type="Bearer",
            scope=scope if isinstance(scope, str) else (previous.scope if previous else ""),
        )

    def refresh_margin(self) -> float:
        """How early to refresh: the smaller of 60 s and 20 % of the access token's lifetime.

        With PSC's 2-minute tokens that is 24 s: late enough not to refresh constantly, early enough that a
        token handed out is still valid when it reaches the API, even with some clock skew.
        """
        return min(60.0, 0.2 * self.access_lifetime)

    def access_valid(self, now: float, *, margin: float | None = None) -> bool:
        return now < self.access_expires_at - (self.refresh_margin() if margin is None else margin)

    def refresh_valid(self, now: float) -> bool:
        if not self.refresh_token:
            return False
        return self.refresh_expires_at is None or now < self.refresh_expires_at

    def without_access_token(self) -> TokenSet:
        return replace(self, access_token="", access_expires_at=0.0)


def _seconds(value: Any, *, default: float) -> float:
    if isinstance(value, bool):
        return default
    if isinstance(value, int | float) and value >= 0:
        return float(value)
    if isinstance(value, str) and value.isdigit():
        return float(value)
    return default
