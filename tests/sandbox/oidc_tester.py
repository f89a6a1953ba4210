"""A small, independent OpenID client for testing the sandbox: httpx + joserfc, never ``desktop_app.core``.

It plays the browser in-process (GET the login page, POST its form) for speed; the scripted user agent is
exercised by its own tests through a real loopback receiver (``LoopbackReceiver``).
"""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
import ssl
import threading
from dataclasses import dataclass, field
from html import unescape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
from joserfc import jwt
from joserfc.jwk import KeySet

from desktop_app.sandbox import SandboxHandle, describe

PUBLIC = "desktop-app"
CONFIDENTIAL = ("desktop-app-confidential", "sandbox-secret")
RESOURCE_SERVER = ("sandbox-api", "sandbox-api-secret")
DOCTOR, PHARMACIST, NURSE = "899700001011", "899700002027", "899700003033"


def redirect_query(response: httpx.Response) -> dict[str, str]:
    """The single-valued query parameters of a redirect's Location."""
    assert response.status_code == 302, (response.status_code, response.text[:300])
    return {k: v[0] for k, v in parse_qs(urlsplit(response.headers["location"]).query).items()}


def s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()


@dataclass
class Login:
    """What one authorization request used, and what came back."""

    redirect_uri: str
    verifier: str
    nonce: str
    state: str
    response: httpx.Response | None = None

    @property
    def code(self) -> str:
        assert self.response is not None
        return redirect_query(self.response)["code"]


class OidcTester:
    def __init__(self, handle: SandboxHandle, context: ssl.SSLContext | None = None) -> None:
        """``context``: the back channel's TLS context (e.g. with a client certificate); the sandbox CA by default."""
        self.handle = handle
        self.urls = handle.urls
        context = context or ssl.create_default_context(cafile=str(describe(handle.settings)["ca_bundle"]))
        self.back = httpx.Client(verify=context, timeout=10)
        self.wallet = httpx.Client(timeout=10, follow_redirects=False)

    def __enter__(self) -> OidcTester:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.back.close()
        self.wallet.close()

    # -- authorization endpoint ------------------------------------------------------------------------------

    def new_login(self, port: int = 50123, path: str = "/callback") -> Login:
        return Login(
            redirect_uri=f"http://127.0.0.1:{port}{path}",
            verifier=secrets.token_urlsafe(48),
            nonce=secrets.token_urlsafe(12),
            state=secrets.token_urlsafe(12),
        )

    def authorize_params(self, login: Login, client_id: str | None = PUBLIC, **overrides: str | None) -> dict[str, str]:
        params: dict[str, str | None] = {
            "response_type": "code",
            "client_id": client_id,
            "redirect_uri": login.redirect_uri,
            "scope": "openid scope_all",
            "state": login.state,
            "nonce": login.nonce,
            "code_challenge": s256(login.verifier),
            "code_challenge_method": "S256",
            "acr_values": "eidas1",
            **overrides,
        }
        return {k: v for k, v in params.items() if v is not None}

    def login_page(self, params: dict[str, str]) -> httpx.Response:
        return self.wallet.get(self.urls["authorization"], params=params)

    def submit(
        self, page: httpx.Response, practitioner: str = DOCTOR, mode: str = "MOBILE", action: str = "login"
    ) -> httpx.Response:
        assert page.status_code == 200, page.text[:500]
        match = re.search(r'<form method="post" action="([^"]+)"', page.text)
        assert match, "no login form"
        data = {"practitioner": practitioner, "auth_mode": mode, "action": action}
        return self.wallet.post(self.urls["wallet"] + unescape(match.group(1)), data=data)

    def authorize(
        self, login: Login, client_id: str = PUBLIC, practitioner: str = DOCTOR, mode: str = "MOBILE", **overrides: str
    ) -> Login:
        page = self.login_page(self.authorize_params(login, client_id, **overrides))
        login.response = self.submit(page, practitioner, mode)
        return login

    # -- token endpoint --------------------------------------------------------------------------------------

    def exchange(self, login: Login, client: str | tuple[str, str] = PUBLIC, **overrides: str) -> httpx.Response:
        data = {
            "grant_type": "authorization_code",
            "code": login.code,
            "redirect_uri": login.redirect_uri,
            "code_verifier": login.verifier,
            **overrides,
        }
        return self._token_request(data, client)

    def refresh(self, refresh_token: str, client: str | tuple[str, str] = PUBLIC) -> httpx.Response:
        return self._token_request({"grant_type": "refresh_token", "refresh_token": refresh_token}, client)

    def sign_in(
        self, practitioner: str = DOCTOR, mode: str = "MOBILE", client: str | tuple[str, str] = PUBLIC
    ) -> dict[str, Any]:
        client_id = client if isinstance(client, str) else client[0]
        login = self.authorize(self.new_login(), client_id=client_id, practitioner=practitioner, mode=mode)
        response = self.exchange(login, client)
        assert response.status_code == 200, response.text
        tokens: dict[str, Any] = response.json()
        tokens["_nonce"] = login.nonce
        return tokens

    def _token_request(self, data: dict[str, str], client: str | tuple[str, str]) -> httpx.Response:
        if isinstance(client, str):
            return self.back.post(self.urls["token"], data={**data, "client_id": client})
        return self.back.post(self.urls["token"], data=data, auth=client)

    # -- other endpoints -------------------------------------------------------------------------------------

    def jwks(self) -> KeySet:
        return KeySet.import_key_set(self.back.get(self.urls["jwks"]).json())

    def verify(self, token: str) -> jwt.Token:
        return jwt.decode(token, self.jwks(), algorithms=["RS256"])

    def introspect(self, token: str, client: tuple[str, str] = RESOURCE_SERVER, **extra: str) -> httpx.Response:
        return self.back.post(self.urls["introspection"], data={"token": token, **extra}, auth=client)

    def revoke(self, token: str, client_id: str = PUBLIC, **extra: str) -> httpx.Response:
        return self.back.post(self.urls["revocation"], data={"token": token, "client_id": client_id, **extra})

    def userinfo(self, access_token: str, accept: str = "application/json") -> httpx.Response:
        return self.back.get(
            self.urls["userinfo"], headers={"Authorization": f"Bearer {access_token}", "Accept": accept}
        )


@dataclass
class LoopbackReceiver:
    """The app's loopback redirect receiver, played by a tiny ``http.server`` on an ephemeral port."""

    page: str = "<html><body><h1>Connexion réussie</h1><p>Vous pouvez revenir à l'application.</p></body></html>"
    requests: list[str] = field(default_factory=list)
    received: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> LoopbackReceiver:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                receiver.requests.append(self.path)
                body = receiver.page.encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                receiver.received.set()

            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the request line carries the code."""

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def query(self) -> dict[str, str]:
        assert self.requests, "the loopback received nothing"
        return {k: v[0] for k, v in parse_qs(urlsplit(self.requests[0]).query).items()}
