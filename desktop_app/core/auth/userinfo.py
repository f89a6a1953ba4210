"""The UserInfo request (OpenID Connect Core §5.3): who the practitioner is, professionally.

PSC answers ``application/json`` or a signed ``application/jwt``; both are accepted, the JWT verified against the
provider's keys. The answer's ``sub`` must equal the ID token's (§5.3.2), or a token substitution could show one
practitioner's identity under another's session.
"""

from __future__ import annotations

import secrets
from typing import Any

import httpx

from desktop_app.core.auth.discovery import ProviderMetadata
from desktop_app.core.auth.id_token import verify_signed_jwt
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.errors import IdpError, ProtocolError, TokenValidationError
from desktop_app.core.http import json_object, send

ACCEPT = "application/json, application/jwt;q=0.9"


def fetch_userinfo(
    http: httpx.Client,
    metadata: ProviderMetadata,
    *,
    access_token: str,
    expected_sub: str,
    jwks: JwksCache,
    client_id: str,
    now: float,
) -> dict[str, Any]:
    """GET the userinfo endpoint with the bearer token (RFC 6750 §2.1) and check the answer's ``sub``."""
    if not metadata.userinfo_endpoint:
        raise ProtocolError("the provider has no userinfo endpoint", code="discovery.no_userinfo")
    response = send(
        http,
        "GET",
        metadata.userinfo_endpoint,
        headers={"Authorization": f"Bearer {access_token}", "Accept": ACCEPT},
    )
    if response.status_code == 401:
        raise IdpError("userinfo refused the access token", error="invalid_token", status=401, what="userinfo")
    if not response.is_success:
        raise ProtocolError(
            f"userinfo answered HTTP {response.status_code}", code="userinfo.failed", status=response.status_code
        )
    content_type = response.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type == "application/jwt":
        claims = dict(
            verify_signed_jwt(
                response.text.strip(),
                jwks=jwks,
                jwks_uri=metadata.jwks_uri,
                issuer=metadata.issuer,
                audience=client_id,
                now=now,
            )
        )
    else:
        claims = json_object(response, what="userinfo")
    sub = claims.get("sub")
    if not isinstance(sub, str) or not secrets.compare_digest(sub.encode(), expected_sub.encode()):
        raise TokenValidationError("userinfo sub differs from the ID token's", code="token.userinfo_sub_mismatch")
    return claims
