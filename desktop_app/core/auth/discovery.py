"""Provider metadata: OpenID Connect Discovery 1.0 (RFC 8414 for the OAuth fields), cached.

PSC publishes its metadata under its own name, ``/.well-known/wallet-openid-configuration``; the standard
``openid-configuration`` is tried when that one answers 404. The document is checked strictly only where
security depends on it — the ``issuer`` must equal the configured one (Discovery §4.3) and every endpoint
must be ``https://`` (plain ``http://`` only on loopback) — and read tolerantly elsewhere, because PSC's real
metadata carries junk (``acr_values_supported: ["0", "0"]``).

Metadata is public and changes rarely, so it is cached in memory and on disk: a second sign-in, even in a
new process, makes no discovery round trip. :class:`PublicDocumentCache` is also the JWKS cache's store
(``jwks.py``): both are public documents a provider publishes, with the same freshness rules.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import httpx

from desktop_app.core.config import check_endpoint_url
from desktop_app.core.errors import AppError, ConfigError, ProtocolError
from desktop_app.core.http import json_object, raise_oauth_error, send

log = logging.getLogger(__name__)

PSC_WELL_KNOWN = "/.well-known/wallet-openid-configuration"
OIDC_WELL_KNOWN = "/.well-known/openid-configuration"
_REQUIRED = ("issuer", "authorization_endpoint", "token_endpoint", "jwks_uri")

T = TypeVar("T")


@dataclass(frozen=True)
class ProviderMetadata:
    """The fields of the provider's metadata the client uses; everything else stays in ``raw``."""

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    jwks_uri: str
    userinfo_endpoint: str | None
    end_session_endpoint: str | None
    revocation_endpoint: str | None
    introspection_endpoint: str | None
    backchannel_authentication_endpoint: str | None
    code_challenge_methods_supported: tuple[str, ...]
    token_endpoint_auth_methods_supported: tuple[str, ...]
    id_token_signing_alg_values_supported: tuple[str, ...]
    authorization_response_iss_parameter_supported: bool
    tls_client_certificate_bound_access_tokens: bool
    mtls_endpoint_aliases: Mapping[str, str]
    raw: Mapping[str, Any]

    @classmethod
    def from_document(cls, document: Mapping[str, Any], *, issuer: str) -> ProviderMetadata:
        """Validate a metadata document for the configured ``issuer``; :class:`ProtocolError` if unusable."""
        if document.get("issuer") != issuer:  # OIDC Discovery §4.3: exact string comparison
            raise ProtocolError(
                "the provider's metadata names another issuer", code="discovery.issuer_mismatch", issuer=issuer
            )
        for name in _REQUIRED:
            if not isinstance(document.get(name), str) or not document[name]:
                raise ProtocolError(f"provider metadata lacks {name}", code="discovery.missing_field", field=name)
        aliases = document.get("mtls_endpoint_aliases")
        mtls_aliases = (
            {k: v for k, v in aliases.items() if isinstance(k, str) and isinstance(v, str)}
            if isinstance(aliases, Mapping)
            else {}
        )
        _check_urls(document, mtls_aliases)
        return cls(
            issuer=issuer,
            authorization_endpoint=document["authorization_endpoint"],
            token_endpoint=document["token_endpoint"],
            jwks_uri=document["jwks_uri"],
            userinfo_endpoint=_optional_str(document, "userinfo_endpoint"),
            end_session_endpoint=_optional_str(document, "end_session_endpoint"),
            revocation_endpoint=_optional_str(document, "revocation_endpoint"),
            introspection_endpoint=_optional_str(document, "introspection_endpoint"),
            backchannel_authentication_endpoint=_optional_str(document, "backchannel_authentication_endpoint"),
            code_challenge_methods_supported=_strings(document, "code_challenge_methods_supported"),
            token_endpoint_auth_methods_supported=_strings(document, "token_endpoint_auth_methods_supported"),
            id_token_signing_alg_values_supported=_strings(document, "id_token_signing_alg_values_supported"),
            authorization_response_iss_parameter_supported=document.get(
                "authorization_response_iss_parameter_supported"
            )
            is True,
            tls_client_certificate_bound_access_tokens=document.get("tls_client_certificate_bound_access_tokens")
            is True,
            mtls_endpoint_aliases=MappingProxyType(mtls_aliases),
            raw=MappingProxyType(dict(document)),
        )

    def endpoint(self, name: str, *, mtls: bool = False) -> str | None:
        """The URL of endpoint ``name`` (``"token_endpoint"``…), or None when not advertised.

        RFC 8705 §5: a client authenticating with a certificate uses the ``mtls_endpoint_aliases`` entry
        when there is one, the plain endpoint otherwise.
        """
        if mtls and name in self.mtls_endpoint_aliases:
            return self.mtls_endpoint_aliases[name]
        return _optional_str(self.raw, name)


class DiscoveryClient:
    """Fetches and caches provider metadata; one instance per app, shared across threads."""

    def __init__(
        self,
        http: httpx.Client,
        cache_dir: Path | None,
        *,
        clock: Callable[[], float] = time.time,
        ttl: float = 86400.0,
    ) -> None:
        self._http = http
        self._cache: PublicDocumentCache[ProviderMetadata] = PublicDocumentCache(
            cache_dir, "discovery", clock=clock, ttl=ttl
        )
        #: HTTP requests made so far (a 404 then the fallback count two); benchmarks count round trips.
        self.fetches = 0

    def metadata(self, issuer: str, discovery_url: str = "", *, refresh: bool = False) -> ProviderMetadata:
        """The validated metadata of ``issuer``, from memory, disk or the network (``refresh`` forces the latter)."""
        cached = self._cache.get(
            f"{issuer}\n{discovery_url}",
            fetch=lambda: self._fetch(issuer, discovery_url),
            parse=lambda document: ProviderMetadata.from_document(document, issuer=issuer),
            max_age=0.0 if refresh else None,
        )
        return cached.value

    def _fetch(self, issuer: str, discovery_url: str) -> dict[str, Any]:
        # OIDC Discovery §4: a terminating "/" of the issuer is removed before appending the well-known path.
        base = issuer.rstrip("/")
        urls = [discovery_url] if discovery_url else [base + PSC_WELL_KNOWN, base + OIDC_WELL_KNOWN]
        for url in urls:
            _check_url(url, "discovery_url")
            self.fetches += 1  # safe: the cache calls fetch under its lock
            response = send(self._http, "GET", url, headers=_ACCEPT_JSON)
            if response.status_code == 404:
                continue
            if not response.is_success:
                raise_oauth_error(response, what="discovery")
            return json_object(response, what="discovery")
        raise ProtocolError(
            "no provider metadata found at the issuer's well-known addresses", code="discovery.not_found", status=404
        )


_ACCEPT_JSON = {"Accept": "application/json"}


@dataclass(frozen=True)
class CachedDocument(Generic[T]):
    """A parsed public document and the wall-clock time it was fetched (for freshness and rate limits)."""

    value: T
    fetched_at: float


class PublicDocumentCache(Generic[T]):
    """Memory + disk cache of public JSON documents (metadata, JWKS), single-flight across threads.

    On disk: ``<cache_dir>/<kind>/<sha256(key)>.json`` holding the key, the fetch time and the document as
    fetched. Documents are public, so plain files are fine; they are re-validated when read back, and a
    corrupt or mismatched file is ignored and replaced. One lock per cache: two threads asking at once make
    one fetch, the second reads the first one's result.
    """

    def __init__(self, cache_dir: Path | None, kind: str, *, clock: Callable[[], float], ttl: float) -> None:
        self._dir = cache_dir / kind if cache_dir is not None else None
        self._clock = clock
        self._ttl = ttl
        self._lock = threading.Lock()
        self._memory: dict[str, CachedDocument[T]] = {}

    def get(
        self,
        key: str,
        *,
        fetch: Callable[[], dict[str, Any]],
        parse: Callable[[Mapping[str, Any]], T],
        max_age: float | None = None,
    ) -> CachedDocument[T]:
        """The cached value for ``key`` if younger than ``max_age`` (default: the TTL), else fetch and store.

        ``max_age=0`` forces a fetch; a small ``max_age`` is how the JWKS cache rate-limits refetches.
        """
        limit = self._ttl if max_age is None else max_age
        with self._lock:
            cached = self._memory.get(key) or self._read_disk(key, parse)
            if cached is not None:
                self._memory[key] = cached
                age = self._clock() - cached.fetched_at
                if 0 <= age < limit:
                    return cached
            document = fetch()
            fresh = CachedDocument(parse(document), self._clock())
            self._memory[key] = fresh
            self._write_disk(key, document, fresh.fetched_at)
            return fresh

    def _path(self, key: str) -> Path | None:
        if self._dir is None:
            return None
        return self._dir / (hashlib.sha256(key.encode("utf-8")).hexdigest() + ".json")

    def _read_disk(self, key: str, parse: Callable[[Mapping[str, Any]], T]) -> CachedDocument[T] | None:
        path = self._path(key)
        if path is None or not path.is_file():
            return None
        try:
            stored = json.loads(path.read_text(encoding="utf-8"))
            fetched_at = stored["fetched_at"]
            if stored["key"] != key or isinstance(fetched_at, bool) or not isinstance(fetched_at, int | float):
                raise ValueError("cache entry for another key or without a fetch time")
            return CachedDocument(parse(stored["document"]), float(fetched_at))
        except (OSError, ValueError, KeyError, TypeError, AttributeError, AppError) as exc:
            log.info("ignoring unusable cache file %s: %s", path.name, type(exc).__name__)
            return None

    def _write_disk(self, key: str, document: Mapping[str, Any], fetched_at: float) -> None:
        path = self._path(key)
        if path is None:
            return
        temporary = path.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_text(
                json.dumps({"key": key, "fetched_at": fetched_at, "document": document}), encoding="utf-8"
            )
            os.replace(temporary, path)  # atomic: a concurrent reader sees the old file or the new one
        except OSError as exc:
            log.warning("cannot write cache file %s: %s", path, exc)
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _check_urls(document: Mapping[str, Any], aliases: Mapping[str, str]) -> None:
    """Every advertised endpoint (and every RFC 8705 alias) must be https, or http on loopback (RFC 8252 §8.3)."""
    for name, value in document.items():
        if (name.endswith("_endpoint") or name == "jwks_uri") and isinstance(value, str):
            _check_url(value, name)
    for name, value in aliases.items():
        _check_url(value, f"mtls_endpoint_aliases.{name}")


def _check_url(url: str, name: str) -> None:
    try:
        check_endpoint_url(url, name, "provider metadata")
    except ConfigError:
        raise ProtocolError(
            f"provider metadata: {name} is not an https:// URL", code="discovery.insecure_endpoint", field=name
        ) from None


def _optional_str(document: Mapping[str, Any], name: str) -> str | None:
    value = document.get(name)
    return value if isinstance(value, str) and value else None


def _strings(document: Mapping[str, Any], name: str) -> tuple[str, ...]:
    value = document.get(name)
    return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()
