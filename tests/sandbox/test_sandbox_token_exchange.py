"""The target authorization server: RFC 8693 over mTLS, subject DN ↔ client_id, bound API tokens, its errors."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from joserfc import jws, jwt
from joserfc.jwk import KeySet

from desktop_app.sandbox import SandboxHandle
from tests.sandbox.conftest import StartSandbox
from tests.sandbox.mtls_tester import (
    ACCESS_TOKEN_TYPE,
    ClientCertificate,
    client,
    exchange_form,
    issued_certificate,
    structure_certificate,
    untrusted_certificate,
)
from tests.sandbox.oidc_tester import DOCTOR, NURSE, OidcTester

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def structure(shared_sandbox: SandboxHandle, tmp_path_factory: pytest.TempPathFactory) -> ClientCertificate:
    return structure_certificate(shared_sandbox, tmp_path_factory.mktemp("structure"))


@pytest.fixture
def mtls(shared_sandbox: SandboxHandle, structure: ClientCertificate) -> Iterator[httpx.Client]:
    with client(shared_sandbox, structure) as http:
        yield http


def unverified_claims(token: str) -> dict[str, object]:
    claims: dict[str, object] = json.loads(jws.extract_compact(token.encode()).payload)
    return claims


def rfc8705(der: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(der).digest()).rstrip(b"=").decode()


def ans_hex(der: bytes) -> str:
    return base64.b64encode(hashlib.sha256(der).hexdigest().encode()).decode()


def test_exchange_in_both_realms_binds_the_api_token_in_their_encoding(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client, structure: ClientCertificate
) -> None:
    psc_token = psc.sign_in(practitioner=NURSE)["access_token"]
    before = shared_sandbox.stats().token_exchanges.get("desktop-app", 0)
    for url_key, encoding in (("token_exchange", rfc8705), ("token_exchange_ans", ans_hex)):
        url = shared_sandbox.urls[url_key]
        response = mtls.post(url, data=exchange_form(psc_token))
        assert response.status_code == 200, response.text
        assert response.headers["cache-control"] == "no-store"
        body = response.json()
        assert body["issued_token_type"] == ACCESS_TOKEN_TYPE and body["token_type"] == "Bearer"
        assert body["expires_in"] == 3600 and body["scope"] == "signsessiondata" and "refresh_token" not in body
        realm = url.removesuffix("/protocol/openid-connect/token")
        keys = KeySet.import_key_set(mtls.get(realm + "/protocol/openid-connect/certs").json())
        token = jwt.decode(body["access_token"], keys, algorithms=["RS256"])
        claims = token.claims
        assert token.header["kid"] in {key.kid for key in keys}
        assert claims["iss"] == realm and claims["sub"] == NURSE and claims["aud"] == "sandbox-api"
        assert claims["azp"] == claims["client_id"] == "desktop-app" and claims["scope"] == "signsessiondata"
        assert claims["exp"] - claims["iat"] == 3600 and claims["jti"]
        assert claims["cnf"] == {"x5t#S256": encoding(structure.der)}
        discovery = mtls.get(realm + "/.well-known/openid-configuration").json()
        assert discovery["token_endpoint"] == url and discovery["tls_client_certificate_bound_access_tokens"]
    assert shared_sandbox.stats().token_exchanges["desktop-app"] == before + 2


def test_the_mtls_client_id_and_a_jwt_subject_token_type(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client
) -> None:
    psc_token = psc.sign_in()["access_token"]
    form = exchange_form(
        psc_token, client_id="desktop-app-mtls", subject_token_type="urn:ietf:params:oauth:token-type:jwt"
    )
    response = mtls.post(shared_sandbox.urls["token_exchange"], data=form)
    assert response.status_code == 200, response.text
    claims = unverified_claims(response.json()["access_token"])
    assert claims["azp"] == "desktop-app-mtls" and claims["sub"] == DOCTOR


def test_no_client_certificate_is_refused_at_the_handshake(shared_sandbox: SandboxHandle, mtls: httpx.Client) -> None:
    for url in (shared_sandbox.urls["token_exchange"], shared_sandbox.urls["api"] + "practitioner"):
        with client(shared_sandbox, None) as anonymous, pytest.raises(httpx.TransportError):
            anonymous.post(url, data={"grant_type": "x"})
        assert mtls.post(url, data={"grant_type": "x"}).status_code in (401, 405)  # the same, with a certificate


def test_a_certificate_from_an_untrusted_ca_is_refused(shared_sandbox: SandboxHandle, tmp_path: Path) -> None:
    with client(shared_sandbox, untrusted_certificate(tmp_path)) as stranger, pytest.raises(httpx.TransportError):
        stranger.post(shared_sandbox.urls["token_exchange"], data={"grant_type": "x"})


def test_an_unregistered_subject_dn_is_invalid_client(
    shared_sandbox: SandboxHandle, psc: OidcTester, tmp_path: Path
) -> None:
    psc_token = psc.sign_in()["access_token"]
    other = issued_certificate(shared_sandbox, tmp_path, "LOGICIEL INCONNU")
    with client(shared_sandbox, other) as http:
        response = http.post(shared_sandbox.urls["token_exchange"], data=exchange_form(psc_token))
    assert response.status_code == 401 and response.json()["error"] == "invalid_client"
    assert "subject DN" in response.json()["error_description"]


@pytest.mark.parametrize(
    ("overrides", "status", "error"),
    [
        ({"client_id": "inconnu"}, 401, "invalid_client"),
        ({"client_id": None}, 401, "invalid_client"),
        ({"client_secret": "sandbox-secret"}, 401, "invalid_client"),
        ({"grant_type": "client_credentials"}, 400, "unsupported_grant_type"),
        ({"subject_token": "not-a-token"}, 400, "invalid_grant"),
        ({"subject_token": None}, 400, "invalid_request"),
        ({"subject_token_type": "urn:ietf:params:oauth:token-type:id_token"}, 400, "invalid_request"),
        ({"subject_issuer": "autre-idp"}, 400, "invalid_request"),
        ({"subject_issuer": None}, 400, "invalid_request"),
        ({"scope": "openid"}, 400, "invalid_scope"),
        ({"scope": None}, 400, "invalid_scope"),
        ({"audience": "autre-api"}, 400, "invalid_target"),
        ({"requested_token_type": "urn:ietf:params:oauth:token-type:refresh_token"}, 400, "invalid_request"),
        ({"actor_token": "x"}, 400, "invalid_request"),
    ],
)
def test_request_errors(
    shared_sandbox: SandboxHandle,
    psc: OidcTester,
    mtls: httpx.Client,
    overrides: dict[str, str | None],
    status: int,
    error: str,
) -> None:
    psc_token = psc.sign_in()["access_token"]
    before = shared_sandbox.stats().token_exchange_errors.get(error, 0)
    form = {k: v for k, v in {**exchange_form(psc_token), **overrides}.items() if v is not None}
    response = mtls.post(shared_sandbox.urls["token_exchange"], data=form)
    assert response.status_code == status, response.text
    assert response.json()["error"] == error and response.headers["cache-control"] == "no-store"
    assert shared_sandbox.stats().token_exchange_errors[error] == before + 1


def test_an_ended_psc_session_makes_the_subject_token_inactive(start_sandbox: StartSandbox, tmp_path: Path) -> None:
    handle = start_sandbox()
    with OidcTester(handle) as psc, client(handle, structure_certificate(handle, tmp_path)) as http:
        psc_token = psc.sign_in()["access_token"]
        assert http.post(handle.urls["token_exchange"], data=exchange_form(psc_token)).status_code == 200
        handle.end_all_sessions()
        response = http.post(handle.urls["token_exchange"], data=exchange_form(psc_token))
        assert response.status_code == 400 and response.json()["error"] == "invalid_grant"
        assert handle.stats().token_exchanges == {"desktop-app": 1}


def test_form_rules(shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client) -> None:
    url = shared_sandbox.urls["token_exchange"]
    as_json = mtls.post(url, json=exchange_form("x"))
    assert as_json.status_code == 400 and as_json.json()["error"] == "invalid_request"
    form = {"content-type": "application/x-www-form-urlencoded"}
    repeated = mtls.post(url, content="scope=a&scope=b&client_id=desktop-app", headers=form)
    assert repeated.status_code == 400 and repeated.json()["error"] == "invalid_request"
    unknown_realm = url.replace("/signsessiondata/", "/nulle-part/")
    assert mtls.post(unknown_realm, data=exchange_form("x")).status_code == 404
