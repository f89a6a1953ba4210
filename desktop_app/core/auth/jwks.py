"""The provider's signing keys (JWK Set, RFC 7517 §5), cached, with one refetch on key rotation.

OpenID Connect Core §10.1.1: a provider rotates keys by publishing the new one in its JWKS before signing with
it, so a token whose ``kid`` we do not know means "fetch the set again" — once, and not more often than
``min_refetch_interval``, so a stream of forged ``kid`` values cannot make us hammer the provider.

Only public signature keys are kept. A JWKS member carrying private material (``d``, ``p``, ``k``…) is a
provider mistake: that key is dropped, never used and never written to the cache.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import httpx
from joserfc.errors import JoseError
from joserfc.jwk import JWKRegistry, Key, KeySet
from joserfc.jws import JWSRegistry

from desktop_app.core.auth.discovery import PublicDocumentCache
from desktop_app.core.config import check_endpoint_url
from desktop_app.core.errors import ConfigError, ProtocolError, TokenValidationError
from desktop_app.core.http import json_object, raise_oauth_error, send

log = logging.getLogger(__name__)

# RFC 7518 §6.2.2, §6.3.2, §6.4 and RFC 8037 §2: members that only a private (or symmetric) key has.
_PRIVATE_MEMBERS = frozenset({"d", "p", "q", "dp", "dq", "qi", "oth", "k"})


class JwksCache:
    """Public keys by ``jwks_uri``: memory, then disk, then network. Shared across threads."""

    def __init__(
        self,
        http: httpx.Client,
        cache_dir: Path | None,
        *,
        clock: Callable[[], float] = time.time,
        ttl: float = 86400.0,
        min_refetch_interval: float = 10.0,
    ) -> None:
        self._http = http
        self._min_refetch_interval = min_refetch_interval
        self._cache: PublicDocumentCache[KeySet] = PublicDocumentCache(cache_dir, "jwks", clock=clock, ttl=ttl)
        #: HTTP requests made so far; benchmarks count round trips.
        self.fetches = 0

    def key_set(self, jwks_uri: str, *, refresh: bool = False) -> KeySet:
        """The provider's public keys (``refresh`` forces a fetch)."""
        return self._get(jwks_uri, max_age=0.0 if refresh else None)

    def find_key(self, jwks_uri: str, kid: str | None, alg: str) -> Key:
        """The key that verifies a token whose header says ``kid`` and ``alg``.

        Unknown ``kid``: fetch the set again once, unless it was fetched less than ``min_refetch_interval``
        ago, then :class:`TokenValidationError` ``token.unknown_kid``. Without ``kid`` the set must hold
        exactly one key usable with ``alg`` (OIDC Core §10.1: several keys require a ``kid``).
        """
        key = _select(self._get(jwks_uri, max_age=None), kid, alg)
        if key is None:
            key = _select(self._get(jwks_uri, max_age=self._min_refetch_interval), kid, alg)
        if key is None:
            raise TokenValidationError(
                "no key of the provider's JWKS matches the token header", code="token.unknown_kid", alg=alg
            )
        return key

    def _get(self, jwks_uri: str, *, max_age: float | None) -> KeySet:
        return self._cache.get(
            jwks_uri, fetch=lambda: self._fetch(jwks_uri), parse=_parse_key_set, max_age=max_age
        ).value

    def _fetch(self, jwks_uri: str) -> dict[str, Any]:
        try:
            check_endpoint_url(jwks_uri, "jwks_uri", "provider metadata")
        except ConfigError:
            raise ProtocolError("jwks_uri is not an https:// URL", code="jwks.insecure_uri") from None
        self.fetches += 1  # safe: the cache calls fetch under its lock
        response = send(self._http, "GET", jwks_uri, headers={"Accept": "application/json"})
        if not response.is_success:
            raise_oauth_error(response, what="jwks")
        document = json_object(response, what="jwks")
        # Keep only what we trust, so that the disk cache never holds private members.
        return {"keys": _public_members(document)}


def _public_members(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    members = document.get("keys")
    if not isinstance(members, list):
        raise ProtocolError("the JWKS has no keys array", code="jwks.invalid")
    kept = []
    for member in members:
        if not isinstance(member, Mapping):
            continue
        private = sorted(_PRIVATE_MEMBERS.intersection(member))
        if private or member.get("kty") == "oct":
            log.warning("JWKS member with private or symmetric material ignored (kid %r)", member.get("kid"))
            continue
        kept.append(member)
    return kept


def _parse_key_set(document: Mapping[str, Any]) -> KeySet:
    """Import each usable public key; one odd member (unknown kty, bad numbers) does not spoil the others."""
    keys: list[Key] = []
    for member in _public_members(document):
        try:
            keys.append(JWKRegistry.import_key(dict(member)))
        except (JoseError, ValueError, TypeError) as exc:
            log.info("JWKS member ignored (kid %r): %s", member.get("kid"), type(exc).__name__)
    if not keys:
        raise ProtocolError("the JWKS holds no usable public key", code="jwks.no_usable_key")
    return KeySet(keys)


def _select(key_set: KeySet, kid: str | None, alg: str) -> Key | None:
    """The key with ``kid`` that ``alg`` can use (RFC 7515 §4.1.4), honouring the key's ``use``/``alg``."""
    algorithm = JWSRegistry.algorithms.get(alg)
    if algorithm is None:
        return None
    usable = []
    for key in key_set:
        try:
            algorithm.check_key(key)  # key type, curve, "use": "sig" and the key's own "alg" (RFC 7517 §4.2, §4.4)
        except JoseError:
            continue
        usable.append(key)
    if kid is None:
        return usable[0] if len(usable) == 1 else None
    return next((key for key in usable if key.kid == kid), None)
