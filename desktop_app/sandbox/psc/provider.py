"""The PSC look-alike assembled: authlib server, grants, endpoints, and its two ASGI apps.

PSC splits itself in two hosts and so does the sandbox: the back channel (``auth.*``: discovery, token,
userinfo, introspection, revocation, JWKS) is HTTPS under the realm path; the browser-facing wallet
(``wallet.*``: the authorization page and logout) is plain HTTP on the next port, so a real browser shows no
certificate warning on a loopback address.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from authlib.oauth2 import OAuth2Error
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop_app.sandbox.psc.authorization_server import HttpRequest, PscAuthorizationServer
from desktop_app.sandbox.psc.authorize import authorize
from desktop_app.sandbox.psc.clients import authenticate_tls_client, registered_clients
from desktop_app.sandbox.psc.discovery import metadata
from desktop_app.sandbox.psc.endpoints import PscEndSessionEndpoint, PscIntrospectionEndpoint, PscRevocationEndpoint
from desktop_app.sandbox.psc.grants import (
    PscAuthorizationCodeGrant,
    PscOpenIDCode,
    PscRefreshIdToken,
    PscRefreshTokenGrant,
    S256CodeChallenge,
    require_openid_scope,
)
from desktop_app.sandbox.psc.keys import SigningKeys
from desktop_app.sandbox.psc.pages import error_page, logged_out_page
from desktop_app.sandbox.psc.store import Store
from desktop_app.sandbox.psc.tokens import TokenIssuer
from desktop_app.sandbox.psc.userinfo import userinfo
from desktop_app.sandbox.settings import OIDC_PATH, REALM_PATH, SandboxSettings, SandboxUrls

_Endpoint = Callable[[Request], Awaitable[Response]]


class PscProvider:
    """One OpenID provider over one state folder. Test hooks run on the server's event loop (see the runner)."""

    def __init__(self, settings: SandboxSettings, urls: SandboxUrls, state_dir: Path) -> None:
        self.urls = urls
        self.store = Store(
            state_dir / "psc.sqlite3", session_max=settings.session_max, session_idle=settings.session_idle
        )
        self.keys = SigningKeys(state_dir / "signing")
        tokens = TokenIssuer(settings, urls.issuer, self.store, self.keys)
        server = PscAuthorizationServer(
            settings=settings,
            issuer=urls.issuer,
            clients=registered_clients(),
            store=self.store,
            keys=self.keys,
            tokens=tokens,
        )
        server.register_client_auth_method("tls_client_auth", authenticate_tls_client)
        server.register_grant(
            PscAuthorizationCodeGrant, [S256CodeChallenge(required=True), PscOpenIDCode(server), require_openid_scope]
        )
        server.register_grant(PscRefreshTokenGrant, [PscRefreshIdToken(server)])
        server.register_endpoint(PscRevocationEndpoint)
        server.register_endpoint(PscIntrospectionEndpoint)
        server.register_endpoint(PscEndSessionEndpoint)
        self.server = server
        self.back_channel_app = Starlette(routes=self._back_channel_routes())
        self.wallet_app = Starlette(routes=self._wallet_routes())

    def rotate_signing_key(self) -> str:
        return self.keys.rotate()

    def end_all_sessions(self) -> None:
        self.store.end_all_sessions()

    def _back_channel_routes(self) -> list[Route]:
        server = self.server
        document = metadata(self.urls)

        async def discovery(request: Request) -> Response:
            return JSONResponse(document)

        async def certs(request: Request) -> Response:
            return JSONResponse(self.keys.jwks())

        async def token(request: Request) -> Response:
            return server.create_token_response(await HttpRequest.read(request))

        async def introspect(request: Request) -> Response | None:
            return server.create_endpoint_response("introspection", await HttpRequest.read(request))

        async def revoke(request: Request) -> Response | None:
            return server.create_endpoint_response("revocation", await HttpRequest.read(request))

        async def user_info(request: Request) -> Response:
            return await userinfo(request, server)

        return [
            Route(REALM_PATH + "/.well-known/openid-configuration", discovery),
            Route(REALM_PATH + "/.well-known/wallet-openid-configuration", discovery),
            Route(OIDC_PATH + "/certs", certs),
            Route(OIDC_PATH + "/token", token, methods=["POST"]),
            Route(OIDC_PATH + "/token/introspect", introspect, methods=["POST"]),
            Route(OIDC_PATH + "/revoke", revoke, methods=["POST"]),
            Route(OIDC_PATH + "/userinfo", user_info, methods=["GET", "POST"]),
        ]

    def _wallet_routes(self) -> list[Route]:
        server = self.server

        async def auth(request: Request) -> Response:
            return await authorize(request, server)

        async def logout(request: Request) -> Response:
            http = await HttpRequest.read(request)
            try:
                validated = server.validate_endpoint_request("end_session", http)
            except OAuth2Error as error:
                return error_page(
                    "Déconnexion impossible",
                    "La demande de déconnexion n'a pas été émise par ce fournisseur d'identité.",
                    error.get_error_description() or "",
                )
            return server.create_endpoint_response("end_session", validated) or logged_out_page()

        return [
            Route("/auth", auth, methods=["GET", "POST"]),
            Route(OIDC_PATH + "/logout", logout, methods=["GET", "POST"]),
        ]
