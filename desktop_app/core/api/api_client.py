"""Calls to an API Pro Santé Connectée: bearer token (RFC 6750 §2.1) + the same client certificate (RFC 8705 §3).

The token comes from :class:`~desktop_app.core.api.token_exchange.TokenExchanger` for (API, credential), and the
request goes through the :class:`~desktop_app.core.api.connections.ClientPool` client of that same credential:
the API checks that the certificate presented matches the token's ``cnf.x5t#S256``.

Recovery rules, and why:

- **401 → one new exchange, one retry.** A 401 means the API refused the token before doing anything (RFC 6750
  §3.1 ``invalid_token``: expired early, revoked, or bound to another certificate), so even a POST may be sent
  again. A second 401 is :class:`ApiError` ``api.unauthorized``: looping would hide a real binding problem.
- **Retries with capped exponential back-off only for idempotent methods** (RFC 9110 §9.2.2: GET, HEAD, PUT,
  DELETE, OPTIONS) and only when the request cannot have had an effect or the server says so: connection
  refused/reset before an answer, 502, 503, 504. A POST is never sent twice by this client (a signature or a
  prescription must not be duplicated behind the user's back).
- **Streaming**: the body is read in chunks and handed to ``on_chunk`` as it arrives (the GUI shows progress
  and renders early), and is still returned in full. The bodies of answers that will be retried are not streamed.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import httpx

from desktop_app.core.api.problems import ApiError, error_for
from desktop_app.core.config import ApiConfig, Environment
from desktop_app.core.errors import CredentialError, ProtocolError
from desktop_app.core.http import caused_by_tls, transport_error

if TYPE_CHECKING:
    from desktop_app.core.api.connections import ClientPool
    from desktop_app.core.api.token_exchange import ApiToken, TokenExchanger
    from desktop_app.core.tls.credentials import Credential

log = logging.getLogger(__name__)

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})
_CHARSET = re.compile(r"charset\s*=\s*\"?([A-Za-z0-9._-]+)", re.I)
_DEFAULT_PORTS = {"https": 443, "http": 80}


@dataclass(frozen=True)
class ApiResponse:
    """An API's answer as plain data (the GUI renders it, the CLI prints it). ``repr`` hides the body."""

    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes = field(repr=False)
    content_type: str
    elapsed: float  # seconds, request sent → body fully read (the final attempt)
    url: str
    token: ApiToken  # the API token used: its cnf and certificate thumbprint are shown, never the token itself

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    def json(self) -> Any:
        """The body parsed as JSON (:class:`ProtocolError` when it is not JSON)."""
        try:
            return json.loads(self.body)
        except (ValueError, UnicodeDecodeError):
            raise ProtocolError(
                f"the API's answer is not JSON ({self.content_type or 'no content type'})",
                what="API response",
                status=self.status,
            ) from None

    def text(self) -> str:
        """The body decoded with its declared charset (UTF-8 by default), undecodable bytes replaced."""
        match = _CHARSET.search(self.content_type)
        try:
            return self.body.decode(match.group(1) if match else "utf-8", errors="replace")
        except LookupError:  # an unknown charset name
            return self.body.decode("utf-8", errors="replace")

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


class ApiCaller:
    """Calls the APIs of one environment. Thread-safe; every call blocks on the network (use a worker thread)."""

    def __init__(
        self,
        env: Environment,
        pool: ClientPool,
        exchanger: TokenExchanger,
        *,
        clock: Callable[[], float] = time.perf_counter,
        sleep: Callable[[float], None] = time.sleep,
        max_attempts: int = 3,
        backoff: float = 0.25,
        max_backoff: float = 2.0,
    ) -> None:
        """``clock`` measures ``elapsed``; ``sleep``, ``max_attempts`` (≥ 1), ``backoff`` and ``max_backoff``
        shape the retries of idempotent requests (delay = min(max_backoff, backoff × 2^n), or ``Retry-After``)."""
        self.env = env
        self._pool = pool
        self._exchanger = exchanger
        self._clock = clock
        self._sleep = sleep
        self._max_attempts = max(1, max_attempts)
        self._backoff = backoff
        self._max_backoff = max_backoff

    def api(self, name: str | None = None) -> ApiConfig:
        """The environment's API ``name`` (default: its only or first API), or :class:`ApiError` ``api.unknown``."""
        apis = self.env.apis
        if name is None and apis:
            return next(iter(apis.values()))
        if name is not None and name in apis:
            return apis[name]
        raise ApiError(
            f"no API {name!r} in environment {self.env.name!r}",
            code="api.unknown",
            api=name or "",
            environment=self.env.name,
            known=", ".join(apis) or "—",
        )

    def call(
        self,
        api: ApiConfig,
        credential: Credential,
        method: str,
        path_or_url: str,
        *,
        json_body: Any = None,
        content: bytes | None = None,
        headers: Mapping[str, str] | None = None,
        on_chunk: Callable[[bytes], None] | None = None,
    ) -> ApiResponse:
        """Send one request to ``api`` with a token bound to ``credential`` and that credential's certificate.

        Returns the 2xx answer; raises :class:`ApiError` for any other status (with the answer attached),
        ``SignInRequired`` when the PSC session is over, ``IdpError`` when the token exchange is refused,
        :class:`NetworkError`/:class:`TlsError` and :class:`CredentialError` as they come.
        """
        if json_body is not None and content is not None:
            raise ValueError("give json_body or content, not both")
        method = method.upper()
        url = resolve_url(api, path_or_url)
        try:
            token = self._exchanger.token(api, credential)
            client = self._pool.client(credential, self.env.ca_bundle)
            request = _Request(method, url, headers or {}, json_body, content)
            response = self._send(client, request, token, on_chunk, last_chance=False)
            retried = False
            if response.status == 401:
                # RFC 6750 §3.1: the token was refused; exchange again (the cache may hold one bound to another
                # certificate, or revoked) and try once more.
                log.info("API %s answered 401: new token exchange, one retry", api.name)
                self._exchanger.drop(api.name, credential.name)
                token = self._exchanger.token(api, credential, force=True)
                response = self._send(client, request, token, on_chunk, last_chance=True)
                retried = True
        except CredentialError as exc:
            if exc.code == "credential.token_absent":  # card removed: nothing bound to it is usable any more
                self._exchanger.drop(credential_name=credential.name)
                self._pool.drop(credential.name)
            raise
        if not response.ok:
            raise error_for(response, api=api.name, retried=retried)
        return response

    # ----------------------------------------------------------------- one request, with its retries
    def _send(
        self,
        client: httpx.Client,
        request: _Request,
        token: ApiToken,
        on_chunk: Callable[[bytes], None] | None,
        *,
        last_chance: bool,
    ) -> ApiResponse:
        """Send until an answer that is not retried; ``last_chance`` says a 401 will not be retried."""
        attempts = self._max_attempts if request.method in IDEMPOTENT_METHODS else 1
        for attempt in range(attempts):
            final = attempt == attempts - 1

            def stream_it(status: int, retry_after: str | None, final: bool = final) -> bool:
                if status == 401 and not last_chance:
                    return False
                return final or self._delay(status, retry_after, 0) is None

            try:
                response = self._attempt(client, request, token, on_chunk, stream_it)
            except (httpx.ConnectError, httpx.ConnectTimeout, httpx.RemoteProtocolError) as exc:
                if final or caused_by_tls(exc):
                    raise transport_error(exc, request.url) from None
                pause = min(self._max_backoff, self._backoff * 2.0**attempt)
                log.info(
                    "API request to %s failed (%s): retry in %.2f s", _origin(request.url), type(exc).__name__, pause
                )
                self._sleep(pause)
                continue
            except httpx.HTTPError as exc:
                raise transport_error(exc, request.url) from None
            delay = None if final else self._delay(response.status, response.header("retry-after"), attempt)
            if delay is None:
                return response
            log.info("API %s answered %d: retry in %.2f s", _origin(request.url), response.status, delay)
            self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")  # pragma: no cover

    def _delay(self, status: int, retry_after: str | None, attempt: int) -> float | None:
        """Seconds to wait before retrying ``status``, or ``None``: not retryable, or the server asked for longer
        than we are willing to wait (RFC 9110 §10.2.3 ``Retry-After``, seconds form)."""
        if status not in RETRY_STATUSES:
            return None
        delay = min(self._max_backoff, self._backoff * 2.0**attempt)
        if retry_after is not None and retry_after.strip().isdigit():
            asked = float(retry_after.strip())
            if asked > self._max_backoff:
                return None
            delay = max(delay, asked)
        return delay

    def _attempt(
        self,
        client: httpx.Client,
        request: _Request,
        token: ApiToken,
        on_chunk: Callable[[bytes], None] | None,
        stream_it: Callable[[int, str | None], bool],
    ) -> ApiResponse:
        headers = {"Accept": "application/json, */*;q=0.5", **request.headers}
        headers["Authorization"] = f"Bearer {token.access_token}"
        started = self._clock()
        with client.stream(
            request.method, request.url, headers=headers, json=request.json_body, content=request.content
        ) as response:
            sink = on_chunk if on_chunk is not None else None
            if sink is not None and not stream_it(response.status_code, response.headers.get("retry-after")):
                sink = None
            chunks: list[bytes] = []
            for chunk in response.iter_bytes():
                chunks.append(chunk)
                if sink is not None:
                    sink(chunk)
            elapsed = self._clock() - started
            return ApiResponse(
                status=response.status_code,
                headers=tuple(response.headers.multi_items()),
                body=b"".join(chunks),
                content_type=response.headers.get("content-type", ""),
                elapsed=elapsed,
                url=str(response.url),
                token=token,
            )


@dataclass(frozen=True)
class _Request:
    method: str
    url: str
    headers: Mapping[str, str]
    json_body: Any
    content: bytes | None


@functools.lru_cache(maxsize=512)
def resolve_url(api: ApiConfig, path_or_url: str) -> str:
    """A path is appended to ``api.base_url`` (its path kept, like httpx's ``base_url``); a full URL must have the
    API's origin (RFC 6454 §4: scheme, host, port), so the API token is never sent to another server.

    Cached (a pure function of two immutable values): parsing URLs was a third of the client's own cost per call
    in the 500-call benchmark. A refused URL raises and is not cached."""
    if not api.base_url:
        raise ApiError(f"API {api.name!r} has no base_url", code="api.bad_url", api=api.name, url=path_or_url)
    base = httpx.URL(api.base_url)
    target = path_or_url.strip()
    if "://" in target.split("?", 1)[0] or target.startswith("//"):
        try:
            url = httpx.URL(target)
        except httpx.InvalidURL:
            url = None
        if url is None or _origin_of(url) != _origin_of(base):
            raise ApiError(
                f"{_safe(target)} is outside the origin of API {api.name!r}",
                code="api.bad_url",
                api=api.name,
                url=_safe(target),
                origin=_origin(api.base_url),
            )
        return str(url)
    prefix = str(base.copy_with(query=None, fragment=None)).rstrip("/")
    return f"{prefix}/{target.lstrip('/')}"


def _origin_of(url: httpx.URL) -> tuple[str, str, int]:
    return url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme, 0)


def _origin(url: str) -> str:
    scheme, host, port = _origin_of(httpx.URL(url))
    return f"{scheme}://{host}:{port}"


def _safe(url: str) -> str:
    """A URL for a message: without its query (which could carry anything)."""
    return url.split("?", 1)[0][:200]
