"""How the sample API checks its caller: a certificate-bound bearer token from the target authorization server.

RFC 6750 §2.1 header; the JWT's signature against its realm's keys, ``exp``, ``aud`` and ``scope``; then RFC
8705 §3: the token's ``cnf.x5t#S256`` must be the thumbprint of the certificate presented on THIS connection,
in either encoding met in the field (a token stolen with another certificate is useless). Failures are
``Problem``s: 401 with ``WWW-Authenticate: Bearer … error="invalid_token"`` (RFC 6750 §3.1), 403
``insufficient_scope``, and an RFC 9457 problem+json body in French.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from joserfc import jws, jwt
from joserfc.errors import JoseError
from joserfc.jwk import KeySet
from starlette.responses import Response

from desktop_app.sandbox.cnf import matching_encoding
from desktop_app.sandbox.data import Practitioner, find_practitioner
from desktop_app.sandbox.psc.keys import ALGORITHM
from desktop_app.sandbox.settings import API_AUDIENCE, API_SCOPE

_REALM = 'Bearer realm="sandbox-api"'
_PROBLEM_BASE = "urn:desktop-app:sandbox:problem:"


@dataclass(frozen=True)
class Caller:
    """Who is calling: the practitioner the token is about, the client, and the binding that matched."""

    practitioner: Practitioner
    claims: Mapping[str, Any]
    cnf_encoding: str


class Problem(Exception):
    """An RFC 9457 problem, answered as ``application/problem+json``."""

    def __init__(
        self, status: int, slug: str, title: str, detail: str, *, challenge: str | None = None, **extra: Any
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.slug = slug
        self.title = title
        self.detail = detail
        self.challenge = challenge
        self.extra = extra

    def response(self) -> Response:
        body = {"type": _PROBLEM_BASE + self.slug, "title": self.title, "status": self.status, "detail": self.detail}
        headers = {"Cache-Control": "no-store"}
        if self.challenge:
            headers["WWW-Authenticate"] = self.challenge
        return Response(
            json.dumps({**body, **self.extra}, ensure_ascii=False),
            status_code=self.status,
            media_type="application/problem+json",
            headers=headers,
        )


def _invalid_token(detail: str, description: str) -> Problem:
    # The header's error_description must be ASCII (RFC 6750 §3): English there, French in the body.
    return Problem(
        401,
        "invalid-token",
        "Jeton d'accès refusé",
        detail,
        challenge=f'{_REALM}, error="invalid_token", error_description="{description}"',
    )


def check_bearer(
    authorization: str,
    certificate: bytes | None,
    keys_by_issuer: Mapping[str, Callable[[], KeySet]],
    now: Callable[[], float] = time.time,
) -> Caller:
    """The caller, or a ``Problem`` saying in French why not."""
    scheme, _, token = authorization.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token:
        raise Problem(
            401, "missing-token", "Authentification requise", "Un jeton d'accès Bearer est requis.", challenge=_REALM
        )
    try:
        issuer = json.loads(jws.extract_compact(token.encode()).payload).get("iss")
    except (JoseError, ValueError, AttributeError):
        raise _invalid_token("Le jeton n'est pas un JWT.", "Malformed token") from None
    key_set = keys_by_issuer.get(issuer) if isinstance(issuer, str) else None
    if key_set is None:
        raise _invalid_token("Le jeton n'a pas été émis par le serveur d'autorisation de cette API.", "Unknown issuer")
    try:
        claims = dict(jwt.decode(token, key_set(), algorithms=[ALGORITHM]).claims)
    except (JoseError, ValueError):
        raise _invalid_token("La signature du jeton est invalide.", "Invalid signature") from None
    exp = claims.get("exp")
    if not isinstance(exp, int) or exp <= now():
        raise _invalid_token("Le jeton a expiré.", "Token expired")
    audience = claims.get("aud")
    if API_AUDIENCE not in (audience if isinstance(audience, list) else [audience]):
        raise _invalid_token("Le jeton n'est pas destiné à cette API.", "Wrong audience")
    if API_SCOPE not in str(claims.get("scope", "")).split():
        raise Problem(
            403,
            "insufficient-scope",
            "Droits insuffisants",
            f"Le jeton ne porte pas le scope « {API_SCOPE} ».",
            challenge=f'{_REALM}, error="insufficient_scope", scope="{API_SCOPE}"',
        )
    cnf = claims.get("cnf")
    encoding = matching_encoding(cnf.get("x5t#S256") if isinstance(cnf, dict) else None, certificate or b"")
    if certificate is None or encoding is None:
        raise _invalid_token(
            "Le jeton est lié à un autre certificat que celui présenté sur cette connexion (RFC 8705).",
            "Certificate does not match the token binding",
        )
    practitioner = find_practitioner(str(claims.get("sub", "")))
    if practitioner is None:
        raise _invalid_token("Le professionnel de santé du jeton est inconnu.", "Unknown subject")
    return Caller(practitioner, claims, encoding)
