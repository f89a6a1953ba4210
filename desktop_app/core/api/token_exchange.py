"""RFC 8693 token exchange: the PSC access token becomes a certificate-bound token for one API.

The request (RFC 8693 §2.1) goes to the API's own authorization server over mTLS with the chosen credential: the
client authenticates with its certificate and sends only ``client_id`` in the body (``tls_client_auth``, RFC 8705
§2.1.1; the ANS guide 1.2.0 replaced the client secret by this proof of possession). The answer (§2.2) is an
access token bound to that certificate (``cnf.x5t#S256``, RFC 8705 §3), so every API call must present the same
certificate.

One API token is cached per (API, credential) and handed out until it enters its margin — min(60 s, 20 % of its
lifetime), the same rule as the PSC session — so a token handed out is still valid when it reaches the API.
Exchanges are single-flight per key: ten threads wanting the same token cause one exchange.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import httpx

from desktop_app.core.config import ApiConfig
from desktop_app.core.errors import ConfigError, IdpError, ProtocolError
from desktop_app.core.http import json_object, raise_oauth_error, send

if TYPE_CHECKING:
    from desktop_app.core.api.connections import ClientPool
    from desktop_app.core.tls.credentials import Credential

log = logging.getLogger(__name__)

GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
TOKEN_TYPE_URN = "urn:ietf:params:oauth:token-type:"  # RFC 8693 §3: + access_token | jwt | id_token …
#: Lifetime assumed when the answer has neither ``expires_in`` nor a JWT ``exp`` (the IG's example shows 60 s).
FALLBACK_LIFETIME = 60.0
#: RFC 6749 §5.2 / RFC 8693 §2.2.2 errors that get their own code (and wording); others are ``exchange.error``.
_SPECIFIC_ERRORS = frozenset({"invalid_client", "invalid_grant", "invalid_scope", "invalid_target"})


@dataclass(frozen=True)
class ApiToken:
    """An API access token and what the user may see of it. ``repr`` never shows the token."""

    access_token: str = field(repr=False)
    expires_at: float
    issued_token_type: str
    scope: str
    credential: str
    certificate_x5t_s256: str
    cnf: str | None

    def expires_in(self, now: float | None = None) -> float:
        return self.expires_at - (time.time() if now is None else now)


@dataclass(frozen=True)
class _Cached:
    token: ApiToken
    renew_at: float


class TokenExchanger:
    """Exchanges the PSC access token for API tokens, and caches them. Thread-safe."""

    def __init__(
        self,
        pool: ClientPool,
        *,
        client_id: str,
        subject_token: Callable[[], str],
        clock: Callable[[], float] = time.time,
        ca_bundle: Path | None,
    ) -> None:
        """``subject_token`` is ``AuthService.access_token``: it refreshes the PSC token first when it is inside its
        margin, and raises ``SignInRequired`` when the PSC session is over (which then propagates unchanged)."""
        self._pool = pool
        self._client_id = client_id
        self._subject_token = subject_token
        self._clock = clock
        self._ca_bundle = ca_bundle
        self._cache: dict[tuple[str, str], _Cached] = {}
        self._key_locks: dict[tuple[str, str], threading.Lock] = {}
        self._lock = threading.Lock()
        self._generation = 0
        self.exchanges = 0

    def token(self, api: ApiConfig, credential: Credential, *, force: bool = False) -> ApiToken:
        """A token for ``api`` bound to ``credential``: the cached one while outside its margin, else a new exchange
        (network, and possibly the credential's password or PIN prompt). ``force`` always exchanges."""
        key = (api.name, credential.name)
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._lock:
                cached = self._cache.get(key)
                generation = self._generation
            if cached is not None and not force and self._clock() < cached.renew_at:
                return cached.token
            fresh = self._exchange(api, credential)
            with self._lock:
                if generation == self._generation:  # not dropped meanwhile (sign-out, card removed)
                    self._cache[key] = fresh
                self.exchanges += 1
            return fresh.token

    def drop(self, api_name: str | None = None, credential_name: str | None = None) -> None:
        """Forget the cached tokens of an API, of a credential, of both, or (no argument) all of them."""
        with self._lock:
            self._generation += 1
            for key in list(self._cache):
                if (api_name is None or key[0] == api_name) and (credential_name is None or key[1] == credential_name):
                    del self._cache[key]

    def _exchange(self, api: ApiConfig, credential: Credential) -> _Cached:
        if not api.token_exchange_url:
            raise ConfigError(f"API {api.name!r} has no token_exchange_url", code="config.api_incomplete", api=api.name)
        client_id = self._client_id
        if not client_id:
            raise ConfigError("the token exchange needs a client_id", code="config.missing_client_id")
        self._subject_token()  # fail fast (sign-in required) before asking for a password or PIN
        client = self._pool.client(credential, self._ca_bundle)  # may ask for the password or PIN
        certificate = credential.certificate()
        form = {
            "grant_type": GRANT_TYPE,
            "subject_token": self._subject_token(),  # again: the prompt may have taken longer than the margin
            "subject_token_type": TOKEN_TYPE_URN + api.subject_token_type,
            "client_id": client_id,  # RFC 8705 §2.1.1: the certificate is the proof, the id names the client
        }
        optional = {"scope": api.scope, "audience": api.audience, "subject_issuer": api.subject_issuer}
        form.update({name: value for name, value in optional.items() if value})
        sent_at = self._clock()
        response = send(client, "POST", api.token_exchange_url, data=form, headers={"Accept": "application/json"})
        if not response.is_success:
            _raise_exchange_error(response, api=api, credential=credential, client_id=client_id)
        body = json_object(response, what="token exchange")
        token = _parse(body, api=api, credential=credential, x5t_s256=certificate.x5t_s256, now=sent_at)
        lifetime = max(0.0, token.expires_at - sent_at)
        log.info("token exchange for API %s with %s: %.0f s token", api.name, credential.name, lifetime)
        return _Cached(token=token, renew_at=token.expires_at - min(60.0, 0.2 * lifetime))


def _raise_exchange_error(
    response: httpx.Response, *, api: ApiConfig, credential: Credential, client_id: str
) -> NoReturn:
    """RFC 6749 §5.2 (and RFC 8693 §2.2.2) error answers as :class:`IdpError` with an ``exchange.*`` code.

    ``invalid_client`` at an mTLS token endpoint means the certificate's subject DN is not registered for this
    ``client_id`` (RFC 8705 §2.1): it gets a code of its own so the user is told which certificate was refused.
    """
    try:
        raise_oauth_error(response, what="token exchange")
    except IdpError as exc:
        error = str(exc.params.get("error") or "")
        code = f"exchange.{error}" if error in _SPECIFIC_ERRORS else "exchange.error"
        raise IdpError(
            exc.message,
            code=code,
            error=error,
            status=response.status_code,
            what="token exchange",
            api=api.name,
            credential=credential.name,
            client_id=client_id,
            scope=api.scope,
            audience=api.audience,
        ) from None


def _parse(body: dict[str, Any], *, api: ApiConfig, credential: Credential, x5t_s256: str, now: float) -> ApiToken:
    """RFC 8693 §2.2.1: ``access_token``, ``issued_token_type`` and ``token_type`` are required; the token must be
    usable as a bearer token (``token_type`` ``Bearer``, not ``N_A``); ``scope`` may be omitted when it is the
    requested one; ``expires_in`` is only recommended, so a JWT's ``exp`` (or a short default) stands in."""
    access_token = body.get("access_token")
    issued_type = body.get("issued_token_type")
    token_type = body.get("token_type")
    if not isinstance(access_token, str) or not access_token:
        raise ProtocolError("token exchange: no access_token", code="protocol.invalid_response", what="token exchange")
    if not isinstance(issued_type, str) or not issued_type:
        raise ProtocolError(
            "token exchange: no issued_token_type", code="protocol.invalid_response", what="token exchange"
        )
    if not isinstance(token_type, str) or token_type.lower() != "bearer":
        raise ProtocolError(
            f"token exchange: token_type {token_type!r} is not Bearer",
            code="protocol.invalid_response",
            what="token exchange",
        )
    claims = _jwt_claims(access_token)
    expires_in = body.get("expires_in")
    if isinstance(expires_in, int | float) and not isinstance(expires_in, bool) and expires_in > 0:
        expires_at = now + float(expires_in)
    elif isinstance(claims.get("exp"), int | float):
        expires_at = float(claims["exp"])
    else:
        expires_at = now + FALLBACK_LIFETIME
    scope = body.get("scope")
    cnf = claims.get("cnf")
    thumbprint = cnf.get("x5t#S256") if isinstance(cnf, dict) else None
    return ApiToken(
        access_token=access_token,
        expires_at=expires_at,
        issued_token_type=issued_type,
        scope=scope if isinstance(scope, str) else api.scope,
        credential=credential.name,
        certificate_x5t_s256=x5t_s256,
        cnf=thumbprint if isinstance(thumbprint, str) else None,
    )


def _jwt_claims(token: str) -> dict[str, Any]:
    """The claims of a JWT access token, UNVERIFIED: for display (the cnf shown to the user) and as a lifetime
    fallback only. The API verifies its tokens; a client must not trust what it cannot verify (RFC 9068 §6)."""
    parts = token.split(".")
    if len(parts) != 3:
        return {}
    try:
        payload = base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4))
        claims = json.loads(payload)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return {}
    return claims if isinstance(claims, dict) else {}
