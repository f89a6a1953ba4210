"""The authorization code flow's messages (RFC 6749 §4.1, RFC 7636, RFC 9207, RFC 7009) and client auth."""

from __future__ import annotations

import base64
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest

from desktop_app.core.auth import code_flow
from desktop_app.core.auth.client_auth import ClientAuthenticator, secret_from_env
from desktop_app.core.auth.discovery import ProviderMetadata
from desktop_app.core.auth.loopback import CallbackParams
from desktop_app.core.auth.pkce import s256_challenge
from desktop_app.core.errors import AuthFlowError, ConfigError, IdpError, NetworkError, ProtocolError

ISSUER = "https://idp.test/auth/realms/esante-wallet"


def metadata(**overrides: object) -> ProviderMetadata:
    doc = {
        "issuer": ISSUER,
        "authorization_endpoint": "https://wallet.test/auth",
        "token_endpoint": ISSUER + "/protocol/openid-connect/token",
        "jwks_uri": ISSUER + "/protocol/openid-connect/certs",
        "revocation_endpoint": ISSUER + "/protocol/openid-connect/revoke",
        "end_session_endpoint": "https://wallet.test/logout",
        "code_challenge_methods_supported": ["S256"],
        "authorization_response_iss_parameter_supported": True,
        **overrides,
    }
    return ProviderMetadata.from_document(doc, issuer=ISSUER)


def request(md: ProviderMetadata | None = None) -> code_flow.AuthorizationRequest:
    return code_flow.build_authorization_request(
        md or metadata(),
        client_id="desktop-app",
        redirect_uri="http://127.0.0.1:50123/callback",
        scope="openid scope_all",
        acr_values="eidas1",
        state="state-123",
    )


def test_authorization_url_carries_every_psc_parameter() -> None:
    req = request()
    url = urlsplit(req.url)
    assert f"{url.scheme}://{url.netloc}{url.path}" == "https://wallet.test/auth"
    q = {k: v[0] for k, v in parse_qs(url.query).items()}
    assert q["response_type"] == "code"
    assert q["client_id"] == "desktop-app"
    assert q["redirect_uri"] == "http://127.0.0.1:50123/callback"
    assert q["scope"] == "openid scope_all"
    assert q["acr_values"] == "eidas1"
    assert q["state"] == "state-123"
    assert q["nonce"] == req.nonce and len(req.nonce) >= 32
    assert q["code_challenge_method"] == "S256"
    assert q["code_challenge"] == s256_challenge(req.pkce.verifier)
    assert req.pkce.verifier not in req.url
    assert req.pkce.verifier not in repr(req)


def test_pkce_without_s256_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        request(metadata(code_challenge_methods_supported=["plain"]))
    assert info.value.code == "config.pkce_unsupported"


def test_rfc9207_iss_is_required_when_advertised() -> None:
    md = metadata()
    code_flow.check_issuer_parameter(CallbackParams(state="s", code="c", iss=ISSUER), md)
    with pytest.raises(AuthFlowError, match="RFC 9207"):
        code_flow.check_issuer_parameter(CallbackParams(state="s", code="c", iss=None), md)
    with pytest.raises(AuthFlowError) as info:
        code_flow.check_issuer_parameter(CallbackParams(state="s", code="c", iss="https://evil.test"), md)
    assert info.value.code == "auth.issuer_mismatch"


def test_iss_optional_when_not_advertised_but_checked_when_present() -> None:
    md = metadata(authorization_response_iss_parameter_supported=False)
    code_flow.check_issuer_parameter(CallbackParams(state="s", code="c", iss=None), md)
    with pytest.raises(AuthFlowError):
        code_flow.check_issuer_parameter(CallbackParams(state="s", code="c", iss="https://evil.test"), md)


class Recorder:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response
        self.requests: list[httpx.Request] = []

    def __call__(self, req: httpx.Request) -> httpx.Response:
        self.requests.append(req)
        return self.response

    def form(self, index: int = -1) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(self.requests[index].content.decode()).items()}


def client_for(recorder: Recorder) -> httpx.Client:
    return httpx.Client(transport=httpx.MockTransport(recorder))


TOKEN_BODY = {"access_token": "a", "token_type": "Bearer", "expires_in": 120, "id_token": "i", "refresh_token": "r"}


def test_code_exchange_repeats_redirect_uri_and_sends_the_verifier_public_client() -> None:
    rec = Recorder(httpx.Response(200, json=TOKEN_BODY))
    req = request()
    body = code_flow.exchange_code(
        client_for(rec), metadata(), ClientAuthenticator("desktop-app", "none"), code="the-code", request=req
    )
    assert body["access_token"] == "a"
    sent = rec.requests[0]
    assert str(sent.url) == ISSUER + "/protocol/openid-connect/token"
    assert sent.headers["content-type"] == "application/x-www-form-urlencoded"
    assert "authorization" not in sent.headers
    assert rec.form() == {
        "grant_type": "authorization_code",
        "code": "the-code",
        "redirect_uri": "http://127.0.0.1:50123/callback",
        "code_verifier": req.pkce.verifier,
        "client_id": "desktop-app",
    }


def test_client_secret_basic_form_encodes_before_base64(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDBOX_SECRET", "s3cr:t/é")
    rec = Recorder(httpx.Response(200, json=TOKEN_BODY))
    auth = ClientAuthenticator("my client", "client_secret_basic", secret_from_env("SANDBOX_SECRET"))
    code_flow.refresh(client_for(rec), metadata(), auth, refresh_token="rt", scope="openid scope_all")
    header = rec.requests[0].headers["authorization"]
    assert header.startswith("Basic ")
    # RFC 6749 §2.3.1: application/x-www-form-urlencoded id and secret
    assert base64.b64decode(header[6:]).decode() == "my+client:s3cr%3At%2F%C3%A9"
    assert rec.form() == {"grant_type": "refresh_token", "refresh_token": "rt", "scope": "openid scope_all"}


def test_client_secret_post_and_missing_secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANDBOX_SECRET", "sandbox-secret")
    rec = Recorder(httpx.Response(200, json=TOKEN_BODY))
    auth = ClientAuthenticator("c", "client_secret_post", secret_from_env("SANDBOX_SECRET"))
    code_flow.refresh(client_for(rec), metadata(), auth, refresh_token="rt", scope="openid")
    assert rec.form()["client_secret"] == "sandbox-secret"
    monkeypatch.delenv("SANDBOX_SECRET")
    with pytest.raises(ConfigError) as info:
        code_flow.refresh(client_for(rec), metadata(), auth, refresh_token="rt", scope="openid")
    assert info.value.code == "config.no_client_secret"


def test_tls_client_auth_uses_the_mtls_alias_and_sends_client_id() -> None:
    rec = Recorder(httpx.Response(200, json=TOKEN_BODY))
    md = metadata(mtls_endpoint_aliases={"token_endpoint": "https://mtls.idp.test/token"})
    code_flow.refresh(client_for(rec), md, ClientAuthenticator("c", "tls_client_auth"), refresh_token="r", scope="o")
    assert str(rec.requests[0].url) == "https://mtls.idp.test/token"
    assert rec.form()["client_id"] == "c"


def test_oauth_error_is_typed_with_the_error_code() -> None:
    rec = Recorder(httpx.Response(400, json={"error": "invalid_grant", "error_description": "Session not active"}))
    with pytest.raises(IdpError) as info:
        code_flow.refresh(client_for(rec), metadata(), ClientAuthenticator("c", "none"), refresh_token="r", scope="o")
    assert info.value.params["error"] == "invalid_grant"
    assert "r" not in info.value.params.values()


@pytest.mark.parametrize(
    ("response", "error"),
    [
        (httpx.Response(200, text="<html>maintenance</html>"), ProtocolError),
        (httpx.Response(200, json=["not", "an", "object"]), ProtocolError),
        (httpx.Response(502, text="bad gateway"), NetworkError),
        (httpx.Response(418, text="teapot"), ProtocolError),
    ],
)
def test_garbage_answers_are_typed(response: httpx.Response, error: type[Exception]) -> None:
    with pytest.raises(error):
        code_flow.refresh(
            client_for(Recorder(response)), metadata(), ClientAuthenticator("c", "none"), refresh_token="r", scope="o"
        )


def test_revocation_rfc7009() -> None:
    rec = Recorder(httpx.Response(200))
    assert code_flow.revoke(client_for(rec), metadata(), ClientAuthenticator("c", "none"), token="rt")
    assert str(rec.requests[0].url) == ISSUER + "/protocol/openid-connect/revoke"
    assert rec.form() == {"token": "rt", "token_type_hint": "refresh_token", "client_id": "c"}
    no_endpoint = metadata(revocation_endpoint=None)
    assert not code_flow.revoke(client_for(rec), no_endpoint, ClientAuthenticator("c", "none"), token="rt")


def test_end_session_url() -> None:
    url = code_flow.end_session_url(
        metadata(), id_token="idt", client_id="c", post_logout_redirect_uri="http://127.0.0.1:5/callback", state="st"
    )
    assert url is not None
    q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
    assert q == {
        "id_token_hint": "idt",
        "client_id": "c",
        "post_logout_redirect_uri": "http://127.0.0.1:5/callback",
        "state": "st",
    }
    assert (
        code_flow.end_session_url(
            metadata(end_session_endpoint=None), id_token="i", client_id="c", post_logout_redirect_uri="x", state="s"
        )
        is None
    )
