"""What the store hands out: SSO sessions, authorization codes, token records.

Record classes carry the method names authlib's grants and endpoints call (``get_scope``, ``check_client``,
``is_revoked``…), so they plug into authlib without adapters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Session:
    sid: str
    subject: str  # the practitioner's SubjectNameID
    auth_mode: str  # CARD | MOBILE
    acr: str
    auth_time: float
    last_seen: float  # last login or refresh: the idle clock starts here


@dataclass(frozen=True)
class CodeRecord:
    """An authorization code, bound to client, redirect_uri, PKCE challenge, nonce and session."""

    digest: str
    client_id: str
    redirect_uri: str
    scope: str
    code_challenge: str
    code_challenge_method: str
    nonce: str | None
    sid: str
    expires_at: float
    used: bool
    grant_id: str | None

    def get_redirect_uri(self) -> str:
        return self.redirect_uri

    def get_scope(self) -> str:
        return self.scope

    def get_nonce(self) -> str | None:
        return self.nonce

    # The ID token's auth_time and acr come from the session (see the OpenID extension), not from the code.
    def get_auth_time(self) -> None:
        return None

    def get_acr(self) -> None:
        return None

    def get_amr(self) -> None:
        return None


@dataclass(frozen=True)
class TokenRecord:
    """A refresh token (``kind="refresh_token"``, ``key`` = digest) or an access token (``key`` = jti)."""

    kind: str
    key: str
    grant_id: str
    client_id: str
    sid: str
    scope: str
    expires_at: float
    revoked: bool  # rotated, revoked, grant revoked, or SSO session over
    claims: dict[str, Any] | None = None  # access tokens: the verified JWT claims

    def check_client(self, client: Any) -> bool:
        return bool(client.get_client_id() == self.client_id)

    def get_client_id(self) -> str:
        return self.client_id

    def get_scope(self) -> str:
        return self.scope

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at

    def is_revoked(self) -> bool:
        return self.revoked
