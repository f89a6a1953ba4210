"""The token endpoint of the target authorization server: RFC 8693 token exchange over mTLS, and nothing else.

Request (RFC 8693 §2.1): ``grant_type=urn:ietf:params:oauth:grant-type:token-exchange``, ``subject_token`` (a
PSC access token), ``subject_token_type`` (``…:access_token`` or ``…:jwt``), ``scope``, ``client_id`` in the
body, and — as ANS's Keycloak-based servers want — ``subject_issuer=psc`` and optionally ``audience``.
Response (§2.2): a JWT API token bound to the TLS client certificate (``cnf.x5t#S256``, RFC 8705 §3.1, in the
realm's encoding), ``issued_token_type``, ``token_type: Bearer``, ``expires_in``, ``scope``; no refresh token.
Errors are RFC 6749 §5.2 / RFC 8693 §2.2.2 JSON.

Hand-written rather than an authlib grant: authlib ships no RFC 8693 grant, and its grants are synchronous
while checking the subject token is an asynchronous HTTPS call to PSC on this same event loop.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from joserfc import jwt
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from desktop_app.sandbox.cnf import thumbprint
from desktop_app.sandbox.data import find_practitioner
from desktop_app.sandbox.mtls import peer_certificate
from desktop_app.sandbox.psc.keys import ALGORITHM, SigningKeys
from desktop_app.sandbox.psc.tokens import new_id
from desktop_app.sandbox.settings import API_AUDIENCE, API_SCOPE, SUBJECT_ISSUER
from desktop_app.sandbox.stats import Counters
from desktop_app.sandbox.target.clients import CLIENTS
from desktop_app.sandbox.target.introspection import PscIntrospector, PscUnavailable

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"
JWT_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:jwt"
_NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}
_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class Realm:
    name: str
    issuer: str
    cnf_encoding: str  # "rfc8705" | "ans-hex"
    keys: SigningKeys


class _Refused(Exception):
    def __init__(self, error: str, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error = error
        self.description = description
        self.status = status


class TokenExchangeEndpoint:
    def __init__(
        self,
        realms: Mapping[str, Realm],
        introspector: PscIntrospector,
        counters: Counters,
        *,
        token_ttl: int,
        api_url: str,
    ) -> None:
        self._realms = realms
        self._introspector = introspector
        self._counters = counters
        self._ttl = token_ttl
        self._api_url = api_url

    async def __call__(self, request: Request) -> Response:
        realm = self._realms.get(request.path_params["realm"])
        if realm is None:
            return JSONResponse({"error": "Realm does not exist"}, status_code=404)
        try:
            form = await _form(request)
            client_id, der = _authenticate(form, peer_certificate(request.scope))
            token = await self._exchange(realm, client_id, form, der)
        except _Refused as refused:
            self._counters.exchange_errors[refused.error] += 1
            return JSONResponse(
                {"error": refused.error, "error_description": refused.description},
                status_code=refused.status,
                headers=_NO_STORE,
            )
        self._counters.exchanges[client_id] += 1
        return JSONResponse(token, headers=_NO_STORE)

    async def _exchange(self, realm: Realm, client_id: str, form: dict[str, str], der: bytes) -> dict[str, Any]:
        if form.get("grant_type") != GRANT_TYPE:
            raise _Refused("unsupported_grant_type", "Only RFC 8693 token exchange is accepted here")
        subject_token = form.get("subject_token")
        if not subject_token:
            raise _Refused("invalid_request", "Missing subject_token")
        if form.get("subject_token_type") not in (ACCESS_TOKEN_TYPE, JWT_TOKEN_TYPE):
            raise _Refused("invalid_request", "subject_token_type must be an access_token or jwt token type")
        if form.get("requested_token_type", ACCESS_TOKEN_TYPE) != ACCESS_TOKEN_TYPE:
            raise _Refused("invalid_request", "Only access tokens can be requested")
        if "actor_token" in form:
            raise _Refused("invalid_request", "actor_token is not supported")
        if form.get("subject_issuer") != SUBJECT_ISSUER:
            raise _Refused("invalid_request", f"subject_issuer must name the identity provider ({SUBJECT_ISSUER})")
        if form.get("scope", "").split() != [API_SCOPE]:
            raise _Refused("invalid_scope", f"The scope must be {API_SCOPE}")
        if form.get("audience", API_AUDIENCE) != API_AUDIENCE:
            raise _Refused("invalid_target", "Unknown audience")  # RFC 8693 §2.2.2
        if form.get("resource", self._api_url) != self._api_url:
            raise _Refused("invalid_target", "Unknown resource")
        return self._issue(realm, client_id, await self._subject(subject_token), der)

    async def _subject(self, subject_token: str) -> str:
        """The practitioner's SubjectNameID, once PSC says the subject token is a live access token."""
        try:
            answer = await self._introspector.introspect(subject_token)
        except PscUnavailable:
            raise _Refused("temporarily_unavailable", "The identity provider did not answer", status=503) from None
        subject = answer.get("SubjectNameID")
        if answer.get("active") is not True or not isinstance(subject, str) or find_practitioner(subject) is None:
            raise _Refused("invalid_grant", "The subject token is not an active PSC access token")
        return subject

    def _issue(self, realm: Realm, client_id: str, subject: str, der: bytes) -> dict[str, Any]:
        now = int(time.time())
        claims = {
            "iss": realm.issuer,
            "sub": subject,
            "aud": API_AUDIENCE,
            "azp": client_id,
            "client_id": client_id,
            "typ": "Bearer",
            "scope": API_SCOPE,
            "preferred_username": subject,
            "iat": now,
            "exp": now + self._ttl,
            "jti": new_id(),
            "cnf": {"x5t#S256": thumbprint(der, realm.cnf_encoding)},
        }
        key = realm.keys.current()
        access_token = jwt.encode({"alg": ALGORITHM, "typ": "JWT", "kid": key.kid}, claims, key, algorithms=[ALGORITHM])
        return {
            "access_token": access_token,
            "issued_token_type": ACCESS_TOKEN_TYPE,
            "token_type": "Bearer",
            "expires_in": self._ttl,
            "scope": API_SCOPE,
        }


async def _form(request: Request) -> dict[str, str]:
    """The form parameters; RFC 6749 §3.2: none may be repeated."""
    if request.headers.get("content-type", "").split(";")[0].strip() != _FORM:
        raise _Refused("invalid_request", f"The request body must be {_FORM}")
    pairs = [(k, v) for k, v in (await request.form()).multi_items() if isinstance(v, str)]
    form = dict(pairs)
    if len(form) != len(pairs):
        raise _Refused("invalid_request", "A parameter is repeated")
    return form


def _authenticate(form: dict[str, str], der: bytes | None) -> tuple[str, bytes]:
    """tls_client_auth (RFC 8705 §2.1): client_id in the body, the certificate's subject DN registered for it.

    RFC 6749 §5.2 allows 401 for ``invalid_client``; Keycloak answers so. The TLS layer already refused a
    connection without a trusted certificate, so ``der`` is None only if that configuration changes.
    """
    if "client_secret" in form:
        raise _Refused("invalid_client", "This server authenticates clients by their certificate only", status=401)
    client = CLIENTS.get(form.get("client_id", ""))
    if client is None or der is None or _subject_dn(der) not in client.subject_dns:
        raise _Refused(
            "invalid_client",
            "The client certificate's subject DN is not registered for this client_id",
            status=401,
        )
    return client.client_id, der


def _subject_dn(der: bytes) -> str:
    return x509.load_der_x509_certificate(der).subject.rfc4514_string()


def metadata(realm: Realm) -> dict[str, Any]:
    """RFC 8414 metadata of a realm: only what this server does."""
    return {
        "issuer": realm.issuer,
        "token_endpoint": realm.issuer + "/protocol/openid-connect/token",
        "jwks_uri": realm.issuer + "/protocol/openid-connect/certs",
        "grant_types_supported": [GRANT_TYPE],
        "token_endpoint_auth_methods_supported": ["tls_client_auth"],
        "tls_client_certificate_bound_access_tokens": True,
        "scopes_supported": [API_SCOPE],
    }
