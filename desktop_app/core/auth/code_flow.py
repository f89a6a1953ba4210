"""The authorization code flow's wire messages, for a native app (RFC 6749 §4.1, RFC 7636, RFC 8252).

Pure request building and response checking, plus the three back-channel calls (code exchange, refresh,
revocation). Orchestration — the browser, the loopback receiver, the vault — lives in :mod:`sign_in` and
:mod:`session`. authlib builds the URIs and form bodies; this module decides what goes in them.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import httpx
from authlib.common.urls import add_params_to_uri
from authlib.oauth2.rfc6749.parameters import prepare_grant_uri, prepare_token_request

from desktop_app.core.auth.client_auth import ClientAuthenticator
from desktop_app.core.auth.discovery import ProviderMetadata
from desktop_app.core.auth.loopback import CallbackParams
from desktop_app.core.auth.pkce import PkcePair, new_nonce, new_pkce
from desktop_app.core.errors import AuthFlowError, ConfigError
from desktop_app.core.http import oauth_json, send

log = logging.getLogger(__name__)

FORM = {"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json"}


@dataclass(frozen=True)
class AuthorizationRequest:
    """One attempt's authorization URL and the secrets that bind its answer to it. ``repr`` hides them."""

    url: str
    redirect_uri: str
    state: str
    nonce: str
    pkce: PkcePair

    def __repr__(self) -> str:
        return f"AuthorizationRequest(redirect_uri={self.redirect_uri!r})"


def build_authorization_request(
    metadata: ProviderMetadata, *, client_id: str, redirect_uri: str, scope: str, acr_values: str, state: str
) -> AuthorizationRequest:
    """RFC 6749 §4.1.1 + RFC 7636 §4.3 + OpenID Connect Core §3.1.2.1.

    PSC wants ``scope=openid scope_all`` and ``acr_values=eidas1``; PKCE is always S256 (RFC 7636 §7.2), and
    refused if the provider advertises methods without S256. ``state`` comes from the caller because the
    loopback receiver must know it before the URL exists (the URL needs the receiver's port).
    """
    methods = metadata.code_challenge_methods_supported
    if methods and "S256" not in methods:
        raise ConfigError("the identity provider does not support PKCE S256", code="config.pkce_unsupported")
    pkce, nonce = new_pkce(), new_nonce()
    extra = {"nonce": nonce, "code_challenge": pkce.challenge, "code_challenge_method": pkce.method}
    if acr_values:
        extra["acr_values"] = acr_values
    url = prepare_grant_uri(
        metadata.authorization_endpoint,
        client_id=client_id,
        response_type="code",
        redirect_uri=redirect_uri,
        scope=scope,
        state=state,
        **extra,
    )
    return AuthorizationRequest(url=str(url), redirect_uri=redirect_uri, state=state, nonce=nonce, pkce=pkce)


def check_issuer_parameter(params: CallbackParams, metadata: ProviderMetadata) -> None:
    """RFC 9207 §2.4: when the provider advertises it, the redirect's ``iss`` must be present and equal.

    This defeats mix-up attacks; when ``iss`` is present without being advertised, it must still match.
    """
    if params.iss is None:
        if metadata.authorization_response_iss_parameter_supported:
            raise AuthFlowError("authorization response without iss (RFC 9207)", code="auth.issuer_mismatch")
        return
    if not secrets.compare_digest(params.iss.encode(), metadata.issuer.encode()):
        raise AuthFlowError("authorization response from another issuer (RFC 9207)", code="auth.issuer_mismatch")


def exchange_code(
    http: httpx.Client,
    metadata: ProviderMetadata,
    client: ClientAuthenticator,
    *,
    code: str,
    request: AuthorizationRequest,
) -> dict[str, Any]:
    """RFC 6749 §4.1.3 with the PKCE verifier (RFC 7636 §4.5) and the exact redirect URI, port included."""
    body = prepare_token_request(
        "authorization_code", code=code, redirect_uri=request.redirect_uri, code_verifier=request.pkce.verifier
    )
    return _token_request(http, metadata, client, body, what="code exchange")


def refresh(
    http: httpx.Client, metadata: ProviderMetadata, client: ClientAuthenticator, *, refresh_token: str, scope: str
) -> dict[str, Any]:
    """RFC 6749 §6. The scope is repeated: a real OP narrows a refresh without it."""
    body = prepare_token_request("refresh_token", refresh_token=refresh_token, scope=scope)
    return _token_request(http, metadata, client, body, what="refresh")


def revoke(
    http: httpx.Client,
    metadata: ProviderMetadata,
    client: ClientAuthenticator,
    *,
    token: str,
    hint: str = "refresh_token",
) -> bool:
    """RFC 7009 §2.1. Returns False when the provider has no revocation endpoint; raises on a failed call."""
    endpoint = metadata.endpoint("revocation_endpoint", mtls=client.uses_mtls)
    if not endpoint:
        return False
    headers = dict(FORM)
    body = client.apply(urlencode({"token": token, "token_type_hint": hint}), headers)
    response = send(http, "POST", endpoint, content=body, headers=headers)
    if response.status_code != 200:  # RFC 7009 §2.2: 200 even for an invalid token
        oauth_json(response, what="revocation")
    return True


def end_session_url(
    metadata: ProviderMetadata, *, id_token: str, client_id: str, post_logout_redirect_uri: str, state: str
) -> str | None:
    """OpenID Connect RP-Initiated Logout 1.0 §2: the browser URL that ends the provider's session."""
    if not metadata.end_session_endpoint:
        return None
    params = [
        ("id_token_hint", id_token),
        ("client_id", client_id),
        ("post_logout_redirect_uri", post_logout_redirect_uri),
        ("state", state),
    ]
    return str(add_params_to_uri(metadata.end_session_endpoint, params))


def _token_request(
    http: httpx.Client, metadata: ProviderMetadata, client: ClientAuthenticator, body: str, *, what: str
) -> dict[str, Any]:
    endpoint = metadata.endpoint("token_endpoint", mtls=client.uses_mtls) or metadata.token_endpoint
    headers = dict(FORM)
    body = client.apply(body, headers)
    response = send(http, "POST", endpoint, content=body, headers=headers)
    return oauth_json(response, what=what)
