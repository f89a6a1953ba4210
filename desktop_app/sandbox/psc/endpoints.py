"""authlib's revocation, introspection and RP-initiated logout endpoints, bound to the sandbox store."""

from __future__ import annotations

from typing import Any, ClassVar

from authlib.oauth2.rfc6749 import InvalidRequestError
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from authlib.oidc.rpinitiated import EndSessionEndpoint, EndSessionRequest
from joserfc.jwk import KeySet

from desktop_app.sandbox.data import find_practitioner
from desktop_app.sandbox.psc.keys import ALGORITHM
from desktop_app.sandbox.psc.records import TokenRecord


class PscRevocationEndpoint(RevocationEndpoint):  # type: ignore[misc]  # authlib is untyped
    """RFC 7009. Public clients identify themselves with ``client_id`` (§2.1: "none" authentication).

    Revoking a refresh token revokes its whole grant (the access tokens issued along it die too, §2.1 "SHOULD");
    revoking an access token revokes that token only. Unknown tokens still get 200 (§2.2).
    """

    CLIENT_AUTH_METHODS: ClassVar = ["tls_client_auth", "client_secret_basic", "client_secret_post", "none"]

    def query_token(self, token_string: str, token_type_hint: str | None) -> TokenRecord | None:
        record: TokenRecord | None = self.server.tokens.find_token(token_string, token_type_hint)
        return record

    def revoke_token(self, token: TokenRecord, request: Any) -> None:
        if token.kind == "refresh_token":
            self.server.store.revoke_grant(token.grant_id)
        else:
            self.server.store.revoke_access_token(token.key)


class PscIntrospectionEndpoint(IntrospectionEndpoint):  # type: ignore[misc]  # authlib is untyped
    """RFC 7662, for confidential clients and resource servers only (§2.1: the caller must authenticate).

    Inactive — ``{"active": false}`` — for anything expired, revoked, unknown, or whose SSO session is over.
    Like PSC, ``SubjectNameID`` appears only when an access token is introspected.
    """

    CLIENT_AUTH_METHODS: ClassVar = ["tls_client_auth", "client_secret_basic", "client_secret_post"]

    def query_token(self, token_string: str, token_type_hint: str | None) -> TokenRecord | None:
        record: TokenRecord | None = self.server.tokens.find_token(token_string, token_type_hint)
        return record

    def check_permission(self, token: TokenRecord, client: Any, request: Any) -> bool:
        return bool(client.may_introspect)

    def introspect_token(self, token: TokenRecord) -> dict[str, Any]:
        if token.claims is not None:  # an access token: its verified claims, as Keycloak answers
            return {
                **token.claims,
                "active": True,
                "client_id": token.client_id,
                "username": token.claims.get("preferred_username"),
                "token_type": "Bearer",
            }
        session = self.server.store.live_session(token.sid)
        practitioner = find_practitioner(session.subject) if session else None
        return {
            "active": True,
            "iss": self.server.issuer,
            "sub": practitioner.sub if practitioner else None,
            "typ": "Refresh",
            "token_type": "refresh_token",
            "client_id": token.client_id,
            "azp": token.client_id,
            "scope": token.scope,
            "exp": int(token.expires_at),
            "sid": token.sid,
            "session_state": token.sid,
        }


class PscEndSessionEndpoint(EndSessionEndpoint):  # type: ignore[misc]  # authlib is untyped
    """OpenID Connect RP-Initiated Logout 1.0.

    §2: the ``id_token_hint`` must be one this provider issued (signature, and here also ``iss`` and the ID-token
    ``typ``); its expiry is ignored. §3: ``post_logout_redirect_uri`` must be registered for the hint's client;
    the sandbox applies the loopback any-port rule (RFC 8252 §7.3) there too, which is why the registered-URI
    check is overridden.
    """

    def get_server_jwks(self) -> KeySet:
        keys: KeySet = self.server.keys.verification_set()
        return keys

    def get_algorithms(self) -> list[str]:
        return [ALGORITHM]

    def validate_request(self, request: Any) -> EndSessionRequest:
        validated = super().validate_request(request)
        claims = validated.id_token_claims
        if claims is not None and (claims.get("iss") != self.server.issuer or claims.get("typ") != "ID"):
            raise InvalidRequestError("'id_token_hint' was not issued by this provider")
        return validated

    def _is_valid_post_logout_redirect_uri(self, client: Any, post_logout_redirect_uri: str) -> bool:
        return bool(client.check_post_logout_redirect_uri(post_logout_redirect_uri))

    def end_session(self, end_session_request: EndSessionRequest) -> None:
        claims = end_session_request.id_token_claims or {}
        if isinstance(claims.get("sid"), str):
            self.server.store.end_session(claims["sid"])
