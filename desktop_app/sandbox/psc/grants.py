"""authlib's grants, bound to the sandbox store: authorization code + PKCE S256 + OpenID, and refresh token.

Only persistence and PSC's particulars are written here; the protocol checks (client authentication, redirect
URI repetition, PKCE verification, scope narrowing) are authlib's.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, ClassVar

from authlib.oauth2.rfc6749 import InvalidRequestError, grants
from authlib.oauth2.rfc7636 import CodeChallenge
from authlib.oidc.core.grants import OpenIDCode, OpenIDToken
from authlib.oidc.core.grants.util import is_openid_scope

from desktop_app.sandbox.psc.keys import ALGORITHM
from desktop_app.sandbox.psc.records import CodeRecord, TokenRecord
from desktop_app.sandbox.psc.tokens import Principal, identity_claims, new_id

if TYPE_CHECKING:
    from desktop_app.sandbox.psc.authorization_server import PscAuthorizationServer

#: Client authentication methods at the token endpoint (public clients: none; RFC 8705 §2.1: tls_client_auth).
TOKEN_AUTH_METHODS = ["tls_client_auth", "client_secret_basic", "client_secret_post", "none"]


class S256CodeChallenge(CodeChallenge):  # type: ignore[misc]  # authlib is untyped
    """PKCE required, S256 only.

    RFC 7636 §4.4.1: a server requiring PKCE answers ``invalid_request`` when the challenge is missing, or when
    the method is one it does not support. ``plain`` (also the default when no method is sent, §4.3) is refused:
    it protects nothing once the authorization request leaks.
    """

    SUPPORTED_CODE_CHALLENGE_METHOD: ClassVar = ["S256"]

    def validate_code_challenge(self, grant: Any, redirect_uri: str | None) -> None:
        data = grant.request.payload.data
        if not data.get("code_challenge"):
            raise InvalidRequestError("PKCE is required: missing 'code_challenge'")
        if data.get("code_challenge_method") != "S256":
            raise InvalidRequestError("'code_challenge_method' must be S256")
        super().validate_code_challenge(grant, redirect_uri)


def require_openid_scope(grant: Any) -> None:
    """Grant extension: this is an OpenID provider only; a request without ``openid`` is ``invalid_request``."""

    def check(grant: Any, result: Any) -> None:
        if not is_openid_scope(grant.request.payload.scope):
            raise InvalidRequestError("The 'openid' scope is required")

    grant.register_hook("after_validate_authorization_request_payload", check)


class _PscIdToken:
    """OpenID Connect Core §2 ID token, PSC-shaped: ``aud`` is the client id (a string), acr/authMode/sid from
    the SSO session, and the practitioner's identity claims. Mixed into authlib's OpenID extensions."""

    def __init__(self, server: PscAuthorizationServer) -> None:
        self._server = server

    def get_client_algorithm(self, client: Any) -> str:
        return ALGORITHM

    def get_encode_header(self, client: Any) -> dict[str, Any]:
        return {"alg": ALGORITHM, "typ": "JWT", "kid": self._server.keys.current().kid}

    def resolve_client_private_key(self, client: Any) -> Any:
        return self._server.keys.current()

    def get_client_claims(self, client: Any) -> dict[str, Any]:
        now = int(time.time())
        client_id = client.get_client_id()
        return {
            "iss": self._server.issuer,
            "aud": client_id,
            "azp": client_id,
            "typ": "ID",
            "iat": now,
            "exp": now + self._server.settings.access_token_ttl,
        }

    def generate_user_info(self, user: Principal, scope: str) -> dict[str, Any]:
        session = user.session
        return {
            "sub": user.practitioner.sub,
            "auth_time": int(session.auth_time),
            "acr": session.acr,
            "sid": session.sid,
            "session_state": session.sid,
            "authMode": session.auth_mode,
            **identity_claims(user.practitioner),
        }


class PscOpenIDCode(_PscIdToken, OpenIDCode):  # type: ignore[misc]  # authlib is untyped
    """ID token on the code exchange, with the request's ``nonce`` (replays of a nonce are refused)."""

    def __init__(self, server: PscAuthorizationServer) -> None:
        _PscIdToken.__init__(self, server)
        OpenIDCode.__init__(self, require_nonce=False)

    def exists_nonce(self, nonce: str, request: Any) -> bool:
        return self._server.store.nonce_seen(request.payload.client_id, nonce)


class PscRefreshIdToken(_PscIdToken, OpenIDToken):  # type: ignore[misc]  # authlib is untyped
    """ID token on refresh too, as Keycloak does; without ``nonce`` (OpenID Connect Core §12.2)."""


class _CertificateBound:
    """RFC 8705 §3: a token request that presented a client certificate gets access tokens bound to it.

    authlib's token generator is not given the request, so the grant hands the certificate over itself.
    """

    request: Any
    server: PscAuthorizationServer
    GRANT_TYPE: str

    def generate_token(
        self,
        user: Principal | None = None,
        scope: str | None = None,
        grant_type: str | None = None,
        expires_in: int | None = None,
        include_refresh_token: bool = True,
    ) -> dict[str, Any]:
        if user is None:  # authlib only generates tokens for an authenticated user
            raise RuntimeError("no user to issue a token for")
        return self.server.tokens.generate(
            grant_type or self.GRANT_TYPE,
            self.request.client,
            user,
            scope or "",
            include_refresh_token=include_refresh_token,
            certificate=getattr(self.request, "peer_cert", None),
        )


class PscAuthorizationCodeGrant(_CertificateBound, grants.AuthorizationCodeGrant):  # type: ignore[misc]
    """RFC 6749 §4.1. Codes are one-time, short-lived and bound to client, redirect_uri, PKCE, nonce, session."""

    TOKEN_ENDPOINT_AUTH_METHODS = TOKEN_AUTH_METHODS
    server: PscAuthorizationServer

    def save_authorization_code(self, code: str, request: Any) -> None:
        data = request.payload.data
        principal: Principal = request.user
        self.server.store.save_code(
            code,
            client_id=request.client.get_client_id(),
            redirect_uri=request.payload.redirect_uri,
            scope=request.scope,
            code_challenge=data["code_challenge"],
            code_challenge_method=data["code_challenge_method"],
            nonce=data.get("nonce"),
            sid=principal.session.sid,
            ttl=self.server.settings.code_ttl,
        )

    def query_authorization_code(self, code: str, client: Any) -> CodeRecord | None:
        store = self.server.store
        record = store.find_code(code)
        if record is None or record.client_id != client.get_client_id():
            return None
        if record.used:
            # RFC 6749 §4.1.2: a code used twice SHOULD revoke the tokens it already issued.
            if record.grant_id:
                store.revoke_grant(record.grant_id)
            return None
        if store.code_expired(record):
            return None
        return record

    def delete_authorization_code(self, authorization_code: CodeRecord) -> None:
        """Mark, do not delete: a replay must still find the code to revoke its grant."""
        self.server.store.mark_code_used(authorization_code, self.request.user.grant_id)

    def authenticate_user(self, authorization_code: CodeRecord) -> Principal | None:
        return self.server.principal(authorization_code.sid, grant_id=new_id())


class PscRefreshTokenGrant(_CertificateBound, grants.RefreshTokenGrant):  # type: ignore[misc]
    """RFC 6749 §6 with strict rotation: every refresh issues a new refresh token and kills the old one."""

    TOKEN_ENDPOINT_AUTH_METHODS = TOKEN_AUTH_METHODS
    INCLUDE_NEW_REFRESH_TOKEN = True
    server: PscAuthorizationServer

    def authenticate_refresh_token(self, refresh_token: str) -> TokenRecord | None:
        record = self.server.store.find_refresh_token(refresh_token)
        if record is None or record.is_revoked() or record.is_expired():
            return None
        return record

    def authenticate_user(self, refresh_token: TokenRecord) -> Principal | None:
        self.server.store.touch_session(refresh_token.sid)  # a refresh resets the idle clock
        return self.server.principal(refresh_token.sid, grant_id=refresh_token.grant_id)

    def revoke_old_credential(self, refresh_token: TokenRecord) -> None:
        self.server.store.rotate_refresh_token(refresh_token)
