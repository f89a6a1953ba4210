"""UserInfo (OpenID Connect Core §5.3): JSON or signed JWT, and the sub check of §5.3.2."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey

from desktop_app.core.auth.discovery import ProviderMetadata
from desktop_app.core.auth.jwks import JwksCache
from desktop_app.core.auth.userinfo import fetch_userinfo
from desktop_app.core.errors import IdpError, ProtocolError, TokenValidationError

ISSUER = "https://idp.test/auth/realms/esante-wallet"
SUB = "f:550dc1c8:899900000011"
NOW = 1_700_000_000.0
CLAIMS = {"sub": SUB, "SubjectNameID": "899900000011", "given_name": "Camille"}


@pytest.fixture(scope="module")
def key() -> RSAKey:
    return RSAKey.generate_key(2048, parameters={"kid": "k1"})


def call(answer: httpx.Response, key: RSAKey, *, expected_sub: str = SUB) -> tuple[dict[str, Any], httpx.Request]:
    seen: list[httpx.Request] = []

    def serve(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/certs"):
            return httpx.Response(200, json={"keys": [key.as_dict(private=False)]})
        seen.append(request)
        return answer

    http = httpx.Client(transport=httpx.MockTransport(serve))
    metadata = ProviderMetadata.from_document(
        {
            "issuer": ISSUER,
            "authorization_endpoint": "https://wallet.test/auth",
            "token_endpoint": ISSUER + "/token",
            "jwks_uri": ISSUER + "/certs",
            "userinfo_endpoint": ISSUER + "/userinfo",
        },
        issuer=ISSUER,
    )
    claims = fetch_userinfo(
        http,
        metadata,
        access_token="the-access-token",
        expected_sub=expected_sub,
        jwks=JwksCache(http, None, clock=lambda: NOW),
        client_id="desktop-app",
        now=NOW,
    )
    return claims, seen[0]


def signed(key: RSAKey, **extra: Any) -> str:
    return jwt.encode({"alg": "RS256", "kid": "k1"}, {**CLAIMS, "iss": ISSUER, "aud": "desktop-app", **extra}, key)


def test_json_answer_with_bearer_token(key: RSAKey) -> None:
    claims, request = call(httpx.Response(200, json=CLAIMS), key)
    assert claims["SubjectNameID"] == "899900000011"
    assert request.headers["authorization"] == "Bearer the-access-token"  # RFC 6750 §2.1
    assert "application/jwt" in request.headers["accept"]


def test_signed_jwt_answer_is_verified(key: RSAKey) -> None:
    answer = httpx.Response(200, content=signed(key).encode(), headers={"content-type": "application/jwt"})
    claims, _ = call(answer, key)
    assert claims["given_name"] == "Camille"


def test_jwt_signed_by_another_key_is_refused(key: RSAKey) -> None:
    other = RSAKey.generate_key(2048, parameters={"kid": "k1"})
    answer = httpx.Response(200, content=signed(other).encode(), headers={"content-type": "application/jwt"})
    with pytest.raises(TokenValidationError):
        call(answer, key)


def test_jwt_for_another_audience_is_refused(key: RSAKey) -> None:
    answer = httpx.Response(
        200, content=signed(key, aud="someone-else").encode(), headers={"content-type": "application/jwt"}
    )
    with pytest.raises(TokenValidationError):
        call(answer, key)


def test_sub_must_match_the_id_token(key: RSAKey) -> None:
    with pytest.raises(TokenValidationError) as info:
        call(httpx.Response(200, json=CLAIMS), key, expected_sub="f:other:899900000029")
    assert info.value.code == "token.userinfo_sub_mismatch"
    with pytest.raises(TokenValidationError):
        call(httpx.Response(200, json={"SubjectNameID": "899900000011"}), key)  # no sub at all


@pytest.mark.parametrize(
    ("answer", "error", "code"),
    [
        (httpx.Response(401, headers={"WWW-Authenticate": 'Bearer error="invalid_token"'}), IdpError, "idp.error"),
        (httpx.Response(500, text="oops"), ProtocolError, "userinfo.failed"),
        (httpx.Response(200, text="<html>login</html>", headers={"content-type": "text/html"}), ProtocolError, None),
    ],
)
def test_failures_are_typed(key: RSAKey, answer: httpx.Response, error: type[Exception], code: str | None) -> None:
    with pytest.raises(error) as info:
        call(answer, key)
    if code:
        assert getattr(info.value, "code", None) == code
