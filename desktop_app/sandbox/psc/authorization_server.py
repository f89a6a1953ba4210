"""authlib's ``AuthorizationServer`` adapted to starlette.

authlib ships Flask and Django integrations only. Its grants are synchronous while starlette reads request
bodies asynchronously, so a route first reads the whole request into an ``HttpRequest`` (method, URL, headers,
query and form pairs), then hands it to this server, which wraps it in authlib's ``OAuth2Request`` and turns
authlib's ``(status, body, headers)`` answers into starlette responses. The sandbox serves one request at a time
on its event loop, and each call is a few milliseconds of sqlite and RSA, so running authlib inline is fine.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from authlib.oauth2.rfc6749 import AuthorizationServer, OAuth2Payload, OAuth2Request
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.responses import Response

from desktop_app.sandbox.data import find_practitioner
from desktop_app.sandbox.mtls import peer_certificate
from desktop_app.sandbox.psc.clients import OAuthClient
from desktop_app.sandbox.psc.keys import SigningKeys
from desktop_app.sandbox.psc.store import Store
from desktop_app.sandbox.psc.tokens import Principal, TokenIssuer
from desktop_app.sandbox.settings import SandboxSettings

_FORM = "application/x-www-form-urlencoded"


@dataclass(frozen=True)
class HttpRequest:
    """A request read to the end, so synchronous protocol code can look at it."""

    method: str
    url: str
    headers: Headers
    query: tuple[tuple[str, str], ...]
    form: tuple[tuple[str, str], ...]
    peer_cert: bytes | None = None  # the client certificate of the TLS connection (DER), if one was presented

    @classmethod
    async def read(cls, request: Request) -> HttpRequest:
        form: tuple[tuple[str, str], ...] = ()
        if request.method == "POST" and request.headers.get("content-type", "").split(";")[0].strip() == _FORM:
            data = await request.form()
            form = tuple((k, v) for k, v in data.multi_items() if isinstance(v, str))
        query = tuple(request.query_params.multi_items())
        return cls(request.method, str(request.url), request.headers, query, form, peer_certificate(request.scope))


class _Payload(OAuth2Payload):  # type: ignore[misc]  # authlib is untyped
    """authlib's request parameters: the query string, then the form; the first value wins."""

    def __init__(self, pairs: tuple[tuple[str, str], ...]) -> None:
        self._datalist: defaultdict[str, list[str]] = defaultdict(list)
        for key, value in pairs:
            self._datalist[key].append(value)
        self._data = {key: values[0] for key, values in self._datalist.items()}

    @property
    def data(self) -> dict[str, str]:
        return self._data

    @property
    def datalist(self) -> defaultdict[str, list[str]]:
        return self._datalist


class _StarletteOAuth2Request(OAuth2Request):  # type: ignore[misc]  # authlib is untyped
    def __init__(self, request: HttpRequest) -> None:
        super().__init__(request.method, request.url, headers=request.headers)
        self.payload = _Payload(request.query + request.form)
        self._args = dict(request.query)
        self._form = dict(request.form)
        self.peer_cert = request.peer_cert

    @property
    def args(self) -> Mapping[str, str]:
        return self._args

    @property
    def form(self) -> Mapping[str, str]:
        return self._form


class PscAuthorizationServer(AuthorizationServer):  # type: ignore[misc]  # authlib is untyped
    """The provider's authlib server: clients, store, keys and token minting in one place for grants to reach."""

    def __init__(
        self,
        *,
        settings: SandboxSettings,
        issuer: str,
        clients: Mapping[str, OAuthClient],
        store: Store,
        keys: SigningKeys,
        tokens: TokenIssuer,
    ) -> None:
        super().__init__(scopes_supported=None)  # unknown scopes are dropped by the client model, not refused
        self.settings = settings
        self.issuer = issuer
        self.clients = clients
        self.store = store
        self.keys = keys
        self.tokens = tokens
        self.register_token_generator("default", tokens.generate)

    def principal(self, sid: str, grant_id: str) -> Principal | None:
        """The practitioner of a live SSO session, or None once it has ended or expired."""
        session = self.store.live_session(sid)
        practitioner = find_practitioner(session.subject) if session else None
        if session is None or practitioner is None:
            return None
        return Principal(practitioner, session, grant_id)

    # -- authlib's framework hooks ---------------------------------------------------------------------------

    def query_client(self, client_id: str) -> OAuthClient | None:
        return self.clients.get(client_id)

    def save_token(self, token: dict[str, Any], request: Any) -> None:
        self.tokens.save(token, request)

    def create_oauth2_request(self, request: Any) -> OAuth2Request:
        if isinstance(request, OAuth2Request):
            return request
        return _StarletteOAuth2Request(request)

    def create_json_request(self, request: Any) -> Any:
        raise NotImplementedError("no JSON-bodied endpoint in this provider")

    def create_token_response(self, request: Any = None) -> Response:
        response: Response = super().create_token_response(request)
        return response

    def create_endpoint_response(self, name: str, request: Any = None) -> Response | None:
        response: Response | None = super().create_endpoint_response(name, request)
        return response

    def handle_response(self, status_code: int, payload: Any, headers: list[tuple[str, str]]) -> Response:
        body = json.dumps(payload) if isinstance(payload, dict) else payload
        return Response(body, status_code=status_code, headers=dict(headers))

    def send_signal(self, name: str, *args: Any, **kwargs: Any) -> None:
        """authlib's signals (client authenticated, token revoked): nothing listens in the sandbox."""
