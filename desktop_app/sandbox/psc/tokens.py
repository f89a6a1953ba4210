"""Minting and checking PSC-shaped tokens.

Access tokens are RS256 JWTs with the claims PSC puts in them (iss, sub ``f:<uuid>:<SubjectNameID>``, typ
``Bearer``, azp, sid, session_state, scope, acr, authMode, SubjectNameID, names…) and, like PSC, NO ``aud``.
Refresh tokens are opaque random strings (only their digest is stored). The response carries Keycloak's extra
members (``refresh_expires_in``, ``session_state``, ``not-before-policy``) so the client meets them here first.
"""

from __future__ import annotations

import json
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import JoseError

from desktop_app.sandbox.cnf import thumbprint
from desktop_app.sandbox.data import Practitioner
from desktop_app.sandbox.psc.keys import ALGORITHM, SigningKeys
from desktop_app.sandbox.psc.records import Session, TokenRecord
from desktop_app.sandbox.psc.store import Store
from desktop_app.sandbox.settings import SandboxSettings


@dataclass(frozen=True)
class Principal:
    """Who a token is for: the practitioner, their SSO session, and the grant the token belongs to."""

    practitioner: Practitioner
    session: Session
    grant_id: str


def new_id() -> str:
    """A random UUID (version 4) from ``secrets``, for jti, sid and grant ids."""
    return str(uuid.UUID(bytes=secrets.token_bytes(16), version=4))


class TokenIssuer:
    def __init__(self, settings: SandboxSettings, issuer: str, store: Store, keys: SigningKeys) -> None:
        self._settings = settings
        self._issuer = issuer
        self._store = store
        self._keys = keys

    def generate(
        self,
        grant_type: str,
        client: Any,
        user: Principal,
        scope: str,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
        certificate: bytes | None = None,
    ) -> dict[str, Any]:
        """authlib's token generator signature (``register_token_generator("default", ...)``).

        ``certificate`` (DER), when the request presented one, binds the access token to it: RFC 8705 §3.1
        ``cnf`` with ``x5t#S256``, Keycloak's encoding.
        """
        clock = time.time()
        now = int(clock)
        ttl = self._settings.access_token_ttl
        session = user.session
        claims = {
            "exp": now + ttl,
            "iat": now,
            "auth_time": int(session.auth_time),
            "jti": new_id(),
            "iss": self._issuer,
            "sub": user.practitioner.sub,
            "typ": "Bearer",
            "azp": client.get_client_id(),
            "sid": session.sid,
            "session_state": session.sid,
            "scope": scope,
            "acr": session.acr,
            "authMode": session.auth_mode,
            **identity_claims(user.practitioner),
        }
        if certificate is not None:
            claims["cnf"] = {"x5t#S256": thumbprint(certificate, "rfc8705")}
        token: dict[str, Any] = {
            "access_token": self.sign(claims),
            "expires_in": ttl,
            "token_type": "Bearer",
            "scope": scope,
            "session_state": session.sid,
            "not-before-policy": 0,
        }
        if include_refresh_token:
            deadline = self._store.refresh_deadline(session, self._settings.refresh_token_ttl, clock)
            token["refresh_token"] = secrets.token_urlsafe(48)
            token["refresh_expires_in"] = max(0, int(deadline - clock))  # floor: never promise too much
        return token

    def save(self, token: dict[str, Any], request: Any) -> None:
        """authlib's ``save_token``: the grant, the access token's jti, the refresh token's digest."""
        user: Principal = request.user
        claims = json.loads(jws.extract_compact(token["access_token"].encode()).payload)
        self._store.save_tokens(
            grant_id=user.grant_id,
            client_id=request.client.get_client_id(),
            sid=user.session.sid,
            scope=token["scope"],
            jti=claims["jti"],
            access_expires_at=claims["exp"],
            refresh_token=token.get("refresh_token"),
            refresh_expires_at=self._store.refresh_deadline(user.session, self._settings.refresh_token_ttl),
        )

    def sign(self, claims: dict[str, Any]) -> str:
        key = self._keys.current()
        return jwt.encode({"alg": ALGORITHM, "typ": "JWT", "kid": key.kid}, claims, key, algorithms=[ALGORITHM])

    def find_access_token(self, token: str) -> TokenRecord | None:
        """The record of an access token this provider signed (signature, iss and typ checked; expiry not)."""
        try:
            decoded = jwt.decode(token, self._keys.verification_set(), algorithms=[ALGORITHM])
        except (JoseError, ValueError):
            return None
        claims = dict(decoded.claims)
        if claims.get("iss") != self._issuer or claims.get("typ") != "Bearer" or not isinstance(claims.get("jti"), str):
            return None
        return self._store.find_access_token(claims["jti"], claims)

    def find_token(self, token: str, hint: str | None) -> TokenRecord | None:
        """A refresh or access token, the hint deciding which to try first (RFC 7009 §2.1, RFC 7662 §2.1)."""
        finders = [self._store.find_refresh_token, self.find_access_token]
        if hint == "access_token":
            finders.reverse()
        for find in finders:
            record = find(token)
            if record is not None:
                return record
        return None


def identity_claims(practitioner: Practitioner) -> dict[str, str]:
    """The identity claims PSC repeats in access token, ID token and userinfo."""
    return {
        "preferred_username": practitioner.subject_name_id,
        "SubjectNameID": practitioner.subject_name_id,
        "given_name": practitioner.given_name,
        "family_name": practitioner.family_name,
    }
