"""Fakes for the API layer's unit tests: a credential, a client pool over httpx.MockTransport, and a small world
(a target authorization server + an API) that binds tokens to the credential that asked for them."""

from __future__ import annotations

import base64
import hashlib
import json
import ssl
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qs

import httpx

from desktop_app.core.config import ApiConfig, Environment

TOKEN_URL = "https://as.test/realms/sign/protocol/openid-connect/token"
BASE_URL = "https://api.test/"


def sign_api(**overrides: str) -> ApiConfig:
    name = overrides.pop("name", "sign")
    values = {
        "token_exchange_url": TOKEN_URL,
        "base_url": BASE_URL,
        "scope": "signsessiondata",
        "subject_issuer": "psc",
        "audience": "sandbox-api",
    }
    values.update(overrides)
    return ApiConfig(name=name, **values)


def environment(*apis: ApiConfig) -> Environment:
    return Environment(
        name="test",
        issuer="https://idp.test/auth/realms/esante-wallet",
        client_id="desktop-app",
        apis={api.name: api for api in apis or (sign_api(),)},
    )


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def fake_jwt(claims: dict[str, object]) -> str:
    """A JWT-shaped token (unsigned: the client never verifies API tokens)."""
    return ".".join(b64url(json.dumps(part).encode()) for part in ({"alg": "none"}, claims)) + ".c2ln"


@dataclass(frozen=True)
class FakeCertificate:
    der: bytes
    x5t_s256: str


class FakeCredential:
    """Stands for a PKCS#12 or PKCS#11 credential: a name, a certificate (fake DER), a TLS context."""

    kind = "pkcs12"

    def __init__(
        self, name: str = "structure", der: bytes | None = None, on_context: Callable[[], None] = lambda: None
    ):
        self.name = name
        self.der = der or f"certificate of {name}".encode()
        self.contexts = 0
        self.forgotten = 0
        self._on_context = on_context

    def certificate(self) -> FakeCertificate:
        return FakeCertificate(self.der, b64url(hashlib.sha256(self.der).digest()))

    def ssl_context(self, ca_bundle: Path | None) -> ssl.SSLContext:
        self.contexts += 1
        self._on_context()
        return ssl.create_default_context()

    def forget(self) -> None:
        self.forgotten += 1


Handler = Callable[[httpx.Request, str | None], httpx.Response]


class FakePool:
    """A ClientPool look-alike: one client per credential name, each over a MockTransport that knows which
    credential "presented its certificate" (what a real mTLS server sees)."""

    def __init__(self, handler: Handler) -> None:
        self._handler = handler
        self.clients: dict[str | None, httpx.Client] = {}
        self.dropped: list[str] = []
        self.requests: list[tuple[str | None, httpx.Request]] = []

    def client(self, credential: FakeCredential | None, ca_bundle: Path | None) -> httpx.Client:
        name = credential.name if credential is not None else None
        if name not in self.clients:
            if credential is not None:
                credential.ssl_context(ca_bundle)

            def handle(request: httpx.Request, name: str | None = name) -> httpx.Response:
                request.read()
                self.requests.append((name, request))
                return self._handler(request, name)

            self.clients[name] = httpx.Client(transport=httpx.MockTransport(handle))
        return self.clients[name]

    def drop(self, credential_name: str) -> None:
        self.dropped.append(credential_name)
        self.clients.pop(credential_name, None)


def form_of(request: httpx.Request) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(request.content.decode(), keep_blank_values=True).items()}


@dataclass
class World:
    """A target authorization server and an API behind one handler.

    The AS issues JWT-shaped tokens whose ``cnf.x5t#S256`` is the thumbprint of the certificate of the credential
    that made the request; the API accepts a token only over the connection of that same credential (RFC 8705
    §3). ``api_script`` queues answers the API gives before its normal behaviour.
    """

    lifetime: int = 3600
    exchange_status: int = 200
    exchange_body: dict[str, object] | None = None
    exchanges: list[dict[str, str]] = field(default_factory=list)
    api_calls: list[tuple[str | None, httpx.Request]] = field(default_factory=list)
    api_script: list[httpx.Response | Exception] = field(default_factory=list)
    issued: dict[str, str | None] = field(default_factory=dict)
    exchange_gate: threading.Event | None = None

    def __call__(self, request: httpx.Request, credential: str | None) -> httpx.Response:
        if str(request.url) == TOKEN_URL:
            return self._exchange(request, credential)
        return self._api(request, credential)

    def _exchange(self, request: httpx.Request, credential: str | None) -> httpx.Response:
        if self.exchange_gate is not None:
            self.exchange_gate.wait(5)
        form = form_of(request)
        self.exchanges.append(form)
        if self.exchange_body is not None or self.exchange_status != 200:
            return httpx.Response(self.exchange_status, json=self.exchange_body or {})
        der = f"certificate of {credential}".encode()
        token = fake_jwt({"sub": "899700218896", "n": len(self.exchanges), "cnf": {"x5t#S256": thumb(der)}})
        self.issued[token] = credential
        return httpx.Response(
            200,
            json={
                "access_token": token,
                "issued_token_type": "urn:ietf:params:oauth:token-type:access_token",
                "token_type": "Bearer",
                "expires_in": self.lifetime,
            },
        )

    def _api(self, request: httpx.Request, credential: str | None) -> httpx.Response:
        self.api_calls.append((credential, request))
        if self.api_script:
            scripted = self.api_script.pop(0)
            if isinstance(scripted, Exception):
                raise scripted
            return scripted
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        if token not in self.issued or self.issued[token] != credential:
            return httpx.Response(
                401,
                headers={"WWW-Authenticate": 'Bearer error="invalid_token", error_description="cnf mismatch"'},
                json={"type": "about:blank", "title": "Unauthorized", "status": 401},
            )
        return httpx.Response(200, json={"signed": True, "path": request.url.path})


def thumb(der: bytes) -> str:
    return b64url(hashlib.sha256(der).digest())


class Clock:
    def __init__(self, now: float = 1_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
