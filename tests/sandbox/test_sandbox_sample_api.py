"""The sample API: bearer + certificate binding (RFC 8705 §3) on every call, signed session data, big documents."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from joserfc import jws, jwt
from joserfc.jwk import KeySet

from desktop_app.sandbox import SandboxHandle
from desktop_app.sandbox.psc.keys import SigningKeys
from tests.sandbox.mtls_tester import (
    ClientCertificate,
    client,
    exchange_form,
    issued_certificate,
    structure_certificate,
)
from tests.sandbox.oidc_tester import DOCTOR, PHARMACIST, OidcTester

pytestmark = pytest.mark.integration

SESSION_DATA = {
    "nationalId": DOCTOR,
    "clientID": "desktop-app",
    "proxy_session_id": "sans-proxy",
    "session_state": "etat-de-session-fictif",
}


@pytest.fixture(scope="module")
def structure(shared_sandbox: SandboxHandle, tmp_path_factory: pytest.TempPathFactory) -> ClientCertificate:
    return structure_certificate(shared_sandbox, tmp_path_factory.mktemp("structure"))


@pytest.fixture
def mtls(shared_sandbox: SandboxHandle, structure: ClientCertificate) -> Iterator[httpx.Client]:
    with client(shared_sandbox, structure) as http:
        yield http


def api_token(handle: SandboxHandle, psc: OidcTester, http: httpx.Client, realm: str = "token_exchange") -> str:
    psc_token = psc.sign_in(practitioner=PHARMACIST)["access_token"]
    response = http.post(handle.urls[realm], data=exchange_form(psc_token))
    assert response.status_code == 200, response.text
    return str(response.json()["access_token"])


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_problem(response: httpx.Response, status: int, challenge_error: str | None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    problem: dict[str, Any] = response.json()
    assert problem["status"] == status and problem["type"].startswith("urn:") and problem["title"] and problem["detail"]
    challenge = response.headers.get("www-authenticate", "")
    assert challenge.startswith('Bearer realm="sandbox-api"')
    if challenge_error:
        assert f'error="{challenge_error}"' in challenge
    else:
        assert "error=" not in challenge
    return problem


def test_sign_session_data_with_a_bound_token(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client
) -> None:
    base = shared_sandbox.urls["api"]
    before = shared_sandbox.stats().api_calls
    for realm in ("token_exchange", "token_exchange_ans"):
        token = api_token(shared_sandbox, psc, mtls, realm)
        response = mtls.post(base + "signsessiondata", json=SESSION_DATA, headers=bearer(token))
        assert response.status_code == 200, response.text
        signed = response.json()
        assert {k: signed[k] for k in SESSION_DATA} == SESSION_DATA and set(signed) == {*SESSION_DATA, "signature"}
        keys = KeySet.import_key_set(mtls.get(base + ".well-known/jwks.json").json())
        verified = jws.deserialize_compact(signed["signature"], keys, algorithms=["RS256"])
        assert json.loads(verified.payload) == SESSION_DATA
        assert verified.payload == json.dumps(SESSION_DATA, sort_keys=True, separators=(",", ":")).encode()
    assert shared_sandbox.stats().api_calls == before + 2


def test_practitioner_tells_who_and_which_binding(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client
) -> None:
    for realm, encoding in (("token_exchange", "rfc8705"), ("token_exchange_ans", "ans-hex")):
        token = api_token(shared_sandbox, psc, mtls, realm)
        me = mtls.get(shared_sandbox.urls["api"] + "practitioner", headers=bearer(token)).json()
        assert me["SubjectNameID"] == PHARMACIST and me["family_name"] == "EXEMPLE"
        assert me["activities"][0]["structure"] == "PHARMACIE DU JEU D'ESSAI"
        assert me["token"]["cnf_encoding"] == encoding and me["token"]["client_id"] == "desktop-app"


def test_the_same_token_with_another_certificate_is_401(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client, tmp_path: Path
) -> None:
    token = api_token(shared_sandbox, psc, mtls)
    before = shared_sandbox.stats().api_unauthorized
    with client(shared_sandbox, issued_certificate(shared_sandbox, tmp_path, "AUTRE LOGICIEL")) as thief:
        response = thief.post(shared_sandbox.urls["api"] + "signsessiondata", json=SESSION_DATA, headers=bearer(token))
    problem = assert_problem(response, 401, "invalid_token")
    assert "RFC 8705" in problem["detail"]
    assert shared_sandbox.stats().api_unauthorized == before + 1
    assert mtls.get(shared_sandbox.urls["api"] + "practitioner", headers=bearer(token)).status_code == 200


def test_missing_garbage_and_foreign_tokens(shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client) -> None:
    url = shared_sandbox.urls["api"] + "practitioner"
    assert_problem(mtls.get(url), 401, None)
    assert_problem(mtls.get(url, headers={"Authorization": "Basic eDp5"}), 401, None)
    assert_problem(mtls.get(url, headers=bearer("n'importe quoi")), 401, "invalid_token")
    psc_token = psc.sign_in()["access_token"]  # a PSC token is not an API token (another issuer)
    assert_problem(mtls.get(url, headers=bearer(psc_token)), 401, "invalid_token")


def forged(handle: SandboxHandle, valid: str, **changes: Any) -> str:
    """The valid token's claims, changed, signed with the realm's real key (read from the state folder)."""
    keys = SigningKeys(handle.settings.state_dir / "target" / "signsessiondata" / "signing")
    claims = {**json.loads(jws.extract_compact(valid.encode()).payload), **changes}
    key = keys.current()
    return jwt.encode({"alg": "RS256", "typ": "JWT", "kid": key.kid}, claims, key, algorithms=["RS256"])


def test_expiry_audience_scope_and_signature_are_checked(
    shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client
) -> None:
    url = shared_sandbox.urls["api"] + "practitioner"
    valid = api_token(shared_sandbox, psc, mtls)
    assert mtls.get(url, headers=bearer(forged(shared_sandbox, valid))).status_code == 200  # the forge is faithful
    expired = forged(shared_sandbox, valid, exp=int(time.time()) - 1)
    assert "expiré" in assert_problem(mtls.get(url, headers=bearer(expired)), 401, "invalid_token")["detail"]
    other_audience = forged(shared_sandbox, valid, aud="autre-api")
    assert_problem(mtls.get(url, headers=bearer(other_audience)), 401, "invalid_token")
    no_scope = forged(shared_sandbox, valid, scope="openid")
    assert_problem(mtls.get(url, headers=bearer(no_scope)), 403, "insufficient_scope")
    unbound = forged(shared_sandbox, valid, cnf=None)
    assert_problem(mtls.get(url, headers=bearer(unbound)), 401, "invalid_token")
    header, payload, signature = valid.split(".")
    tampered = f"{header}.{payload}.{signature[:-4]}AAAA"
    assert_problem(mtls.get(url, headers=bearer(tampered)), 401, "invalid_token")


def test_session_data_is_validated(shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client) -> None:
    url = shared_sandbox.urls["api"] + "signsessiondata"
    headers = bearer(api_token(shared_sandbox, psc, mtls))
    missing = mtls.post(url, json={"nationalId": DOCTOR, "clientID": 3}, headers=headers)
    assert missing.status_code == 400 and missing.headers["content-type"] == "application/problem+json"
    assert missing.json()["invalid_fields"] == ["clientID", "proxy_session_id", "session_state"]
    assert mtls.post(url, content=b"pas du json", headers=headers).status_code == 400
    assert mtls.post(url, json=["liste"], headers=headers).status_code == 400


def test_journal_streams_a_large_document(shared_sandbox: SandboxHandle, psc: OidcTester, mtls: httpx.Client) -> None:
    url = shared_sandbox.urls["api"] + "journal"
    headers = bearer(api_token(shared_sandbox, psc, mtls))
    with mtls.stream("GET", url, params={"entries": 50_000}, headers=headers) as response:
        assert response.status_code == 200 and "content-length" not in response.headers  # chunked
        chunks = list(response.iter_raw())
    body = b"".join(chunks)
    assert len(chunks) > 10 and 4_500_000 < len(body) < 6_000_000
    document = json.loads(body)
    assert document["practitioner"] == PHARMACIST and document["count"] == len(document["entries"]) == 50_000
    assert document["entries"][49_999]["n"] == 49_999
    assert len(mtls.get(url, headers=headers).json()["entries"]) == 100  # the default
    for bad in ("0", "50001", "abc", "-3"):
        assert mtls.get(url, params={"entries": bad}, headers=headers).status_code == 400
