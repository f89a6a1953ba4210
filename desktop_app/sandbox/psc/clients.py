"""Registered clients as authlib sees them, with the loopback redirect rule of native apps and mTLS clients.

RFC 8252 §7.3: for a loopback IP redirect URI the authorization server MUST allow any port at request time,
because the app binds an ephemeral port. Keycloak (PSC's engine) applies it when the registered URI has no
port; the path must still match exactly. The same rule serves ``post_logout_redirect_uri``.

RFC 8705 §2.1: a ``tls_client_auth`` client sends its ``client_id`` in the body and authenticates with the
certificate of the TLS connection, whose subject DN must equal the registered one (§2.1.2
``tls_client_auth_subject_dn``; Keycloak compares the whole DN exactly). authlib has no such method: it is
registered on the server with ``authenticate_tls_client`` below.
"""

from __future__ import annotations

import hmac
from typing import Any
from urllib.parse import urlsplit

from authlib.oauth2.rfc6749 import ClientMixin
from authlib.oauth2.rfc6749.util import scope_to_list
from cryptography import x509

from desktop_app.sandbox.data import CLIENTS, ClientRegistration
from desktop_app.sandbox.identities import STRUCTURE_DN

SUPPORTED_SCOPES = ("openid", "scope_all")
#: RFC 8705 §2.1.2 ``tls_client_auth_subject_dn`` of the mTLS clients.
_TLS_SUBJECT_DNS = {"desktop-app-mtls": STRUCTURE_DN}


class OAuthClient(ClientMixin):  # type: ignore[misc]  # authlib is untyped
    def __init__(self, registration: ClientRegistration) -> None:
        self.registration = registration
        self.client_id = registration.client_id
        self.tls_subject_dn = _TLS_SUBJECT_DNS.get(registration.client_id, "")

    @property
    def may_introspect(self) -> bool:
        return self.registration.may_introspect

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> None:
        """None: a native app must always say where to come back (it is on an ephemeral port)."""
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        """Keep the supported scopes, drop the others silently, as Keycloak does."""
        return " ".join(s for s in scope_to_list(scope or "") if s in SUPPORTED_SCOPES)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return any(loopback_uri_matches(r, redirect_uri) for r in self.registration.redirect_uris)

    def check_post_logout_redirect_uri(self, uri: str) -> bool:
        return any(loopback_uri_matches(r, uri) for r in self.registration.post_logout_redirect_uris)

    def check_certificate(self, der: bytes) -> bool:
        """RFC 8705 §2.1.2: the certificate's subject DN is exactly the registered one."""
        try:
            subject = x509.load_der_x509_certificate(der).subject.rfc4514_string()
        except ValueError:
            return False
        return bool(self.tls_subject_dn) and subject == self.tls_subject_dn

    def check_client_secret(self, client_secret: str) -> bool:
        expected = self.registration.secret
        return bool(expected) and hmac.compare_digest(expected.encode(), client_secret.encode())

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in self.registration.auth_methods

    def check_response_type(self, response_type: str) -> bool:
        return response_type == "code" and "authorization_code" in self.registration.grant_types

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.registration.grant_types


def loopback_uri_matches(registered: str, candidate: str) -> bool:
    """RFC 8252 §7.3: same scheme, same loopback IP literal, same path and query; any port if none registered."""
    reg, cand = urlsplit(registered), urlsplit(candidate)
    try:
        cand_port = cand.port
        reg_port = reg.port
    except ValueError:
        return False
    return (
        cand.scheme == reg.scheme == "http"
        and cand.hostname is not None
        and cand.hostname == reg.hostname
        and cand.username is None
        and cand.password is None
        and not cand.fragment
        and cand.path == reg.path
        and cand.query == reg.query
        and (reg_port is None or cand_port == reg_port)
    )


def authenticate_tls_client(query_client: Any, request: Any) -> OAuthClient | None:
    """authlib client authentication method ``tls_client_auth`` (RFC 8705 §2.1): None lets authlib try the
    next method, then answer ``invalid_client``."""
    client_id = request.payload.client_id
    der: bytes | None = getattr(request, "peer_cert", None)
    if not client_id or der is None:
        return None
    client: OAuthClient | None = query_client(client_id)
    if client is None or not client.check_certificate(der):
        return None
    return client


def registered_clients() -> dict[str, OAuthClient]:
    return {c.client_id: OAuthClient(c) for c in CLIENTS}
