"""The target authorization server assembled: its realms, their signing keys, and its ASGI app.

Keycloak-like layout, as ANS's servers are (``/realms/<realm>/protocol/openid-connect/token``), on its own
port with a client certificate REQUIRED at the TLS layer: a request without a trusted certificate never
reaches the app. Two realms differ only by the ``cnf`` encoding of the API tokens they issue (see
``settings.TARGET_REALMS``); each has its own rotating-capable signing key under ``<state>/target/<realm>``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from desktop_app.sandbox.psc.keys import SigningKeys
from desktop_app.sandbox.settings import TARGET_REALMS, SandboxSettings, SandboxUrls, ca_bundle_path, realm_url
from desktop_app.sandbox.stats import Counters
from desktop_app.sandbox.target.exchange import Realm, TokenExchangeEndpoint, metadata
from desktop_app.sandbox.target.introspection import PscIntrospector


class TargetAuthorizationServer:
    def __init__(self, settings: SandboxSettings, urls: SandboxUrls, state_dir: Path, counters: Counters) -> None:
        self.realms: Mapping[str, Realm] = {
            name: Realm(name, realm_url(settings, name), encoding, SigningKeys(state_dir / "target" / name / "signing"))
            for name, encoding in TARGET_REALMS.items()
        }
        introspector = PscIntrospector(urls.introspection, ca_bundle_path(settings))
        self._token = TokenExchangeEndpoint(
            self.realms, introspector, counters, token_ttl=settings.api_token_ttl, api_url=urls.api
        )
        self.app = Starlette(routes=self._routes())

    def keys_by_issuer(self) -> dict[str, SigningKeys]:
        """What the sample API trusts: each realm's issuer and its keys."""
        return {realm.issuer: realm.keys for realm in self.realms.values()}

    def rotate_signing_key(self, realm: str) -> str:
        return self.realms[realm].keys.rotate()

    def _routes(self) -> list[Route]:
        base = "/realms/{realm}"

        async def discovery(request: Request) -> Response:
            realm = self.realms.get(request.path_params["realm"])
            if realm is None:
                return JSONResponse({"error": "Realm does not exist"}, status_code=404)
            return JSONResponse(metadata(realm))

        async def certs(request: Request) -> Response:
            realm = self.realms.get(request.path_params["realm"])
            if realm is None:
                return JSONResponse({"error": "Realm does not exist"}, status_code=404)
            return JSONResponse(realm.keys.jwks())

        async def token(request: Request) -> Response:
            return await self._token(request)

        return [
            Route(base + "/.well-known/openid-configuration", discovery),
            Route(base + "/protocol/openid-connect/certs", certs),
            Route(base + "/protocol/openid-connect/token", token, methods=["POST"]),
        ]
