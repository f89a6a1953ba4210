"""The code flow end to end: scripted user agent, loopback, PKCE exchange, token claims, and its failures."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

import pytest
from joserfc import jws

from tests.sandbox.conftest import StartSandbox
from tests.sandbox.oidc_tester import (
    CONFIDENTIAL,
    DOCTOR,
    NURSE,
    PHARMACIST,
    PUBLIC,
    LoopbackReceiver,
    OidcTester,
)

pytestmark = pytest.mark.integration

SCRIPTED_BROWSER = Path(__file__).resolve().parents[1] / "support" / "scripted_browser.py"


def run_browser(url: str, log: Path, **env: str) -> dict[str, object]:
    variables = {"PATH": "/usr/bin:/bin", "SCRIPTED_BROWSER_LOG": str(log), **env}
    done = subprocess.run([sys.executable, str(SCRIPTED_BROWSER), url], env=variables, timeout=30, check=False)
    assert done.returncode == 0
    run: dict[str, object] = json.loads(log.read_text(encoding="utf-8").splitlines()[-1])
    return run


def unverified_claims(token: str) -> dict[str, object]:
    claims: dict[str, object] = json.loads(jws.extract_compact(token.encode()).payload)
    return claims


def test_full_flow_through_the_scripted_browser(psc: OidcTester, tmp_path: Path) -> None:
    log = tmp_path / "browser.jsonl"
    with LoopbackReceiver() as loopback:
        login = psc.new_login(port=loopback.port)
        url = psc.urls["authorization"] + "?" + urlencode(psc.authorize_params(login))
        run = run_browser(url, log, SCRIPTED_BROWSER_PRACTITIONER=PHARMACIST, SCRIPTED_BROWSER_MODE="CARD")
        query = loopback.query()
    assert run["status"] == 200 and "Vous pouvez revenir à l'application" in str(run["text"])
    assert run["urls"] == [
        psc.urls["authorization"],
        psc.urls["authorization"],
        f"http://127.0.0.1:{loopback.port}/callback",
    ]
    assert query["state"] == login.state and query["iss"] == psc.urls["issuer"]  # RFC 9207
    assert query["code"] not in log.read_text(encoding="utf-8")

    response = psc.back.post(
        psc.urls["token"],
        data={
            "grant_type": "authorization_code",
            "code": query["code"],
            "redirect_uri": login.redirect_uri,
            "client_id": PUBLIC,
            "code_verifier": login.verifier,
        },
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    tokens = response.json()
    assert tokens["token_type"] == "Bearer" and tokens["expires_in"] == 120
    assert tokens["refresh_expires_in"] == 1800 and tokens["not-before-policy"] == 0
    assert tokens["scope"] == "openid scope_all"

    id_token = psc.verify(tokens["id_token"])  # signature against /certs
    claims = id_token.claims
    assert id_token.header["kid"] in {key.kid for key in psc.jwks()}
    assert claims["iss"] == psc.urls["issuer"] and claims["aud"] == PUBLIC and claims["azp"] == PUBLIC
    assert claims["nonce"] == login.nonce
    assert claims["SubjectNameID"] == claims["preferred_username"] == PHARMACIST
    assert claims["sub"].startswith("f:") and claims["sub"].endswith(":" + PHARMACIST)
    assert claims["given_name"] == "Bruno" and claims["family_name"] == "EXEMPLE"
    assert claims["authMode"] == "CARD" and claims["acr"] == "eidas3"  # CARD answers eidas3 to eidas1
    assert claims["sid"] == tokens["session_state"]
    assert claims["at_hash"] == s256_half(tokens["access_token"])
    assert claims["exp"] > claims["iat"] >= claims["auth_time"]

    access = psc.verify(tokens["access_token"]).claims
    assert "aud" not in access
    assert access["typ"] == "Bearer" and access["azp"] == PUBLIC and access["exp"] - access["iat"] == 120
    assert access["sub"] == claims["sub"] and access["SubjectNameID"] == PHARMACIST
    assert access["scope"] == "openid scope_all" and access["sid"] == access["session_state"] == claims["sid"]
    assert access["acr"] == "eidas3" and access["authMode"] == "CARD" and access["jti"]


def s256_half(access_token: str) -> str:
    """OpenID Connect Core §3.1.3.6: left half of SHA-256, base64url."""
    import base64
    import hashlib

    digest = hashlib.sha256(access_token.encode()).digest()
    return base64.urlsafe_b64encode(digest[:16]).rstrip(b"=").decode()


def test_scripted_browser_cancel_and_close(psc: OidcTester, tmp_path: Path) -> None:
    log = tmp_path / "browser.jsonl"
    with LoopbackReceiver() as loopback:
        login = psc.new_login(port=loopback.port)
        url = psc.urls["authorization"] + "?" + urlencode(psc.authorize_params(login))
        run_browser(url, log, SCRIPTED_BROWSER_ACTION="cancel")
        assert loopback.query()["error"] == "access_denied"
        loopback.requests.clear()
        closed = run_browser(url, log, SCRIPTED_BROWSER_ACTION="close")
        assert closed["urls"] == [psc.urls["authorization"]] and "Connexion à Pro Santé Connect" in str(closed["text"])
        assert loopback.requests == []


def test_mobile_answers_the_requested_acr(psc: OidcTester) -> None:
    for requested, answered in (("eidas1", "eidas1"), ("eidas2", "eidas2"), ("bogus", "eidas1")):
        login = psc.authorize(psc.new_login(), practitioner=NURSE, mode="MOBILE", acr_values=requested)
        tokens = psc.exchange(login).json()
        assert unverified_claims(tokens["id_token"])["acr"] == answered
        assert unverified_claims(tokens["access_token"])["authMode"] == "MOBILE"


def test_redirect_uri_must_be_repeated_exactly(psc: OidcTester) -> None:
    login = psc.authorize(psc.new_login(port=50200))
    other_port = psc.exchange(login, redirect_uri="http://127.0.0.1:50201/callback")
    assert other_port.status_code == 400 and other_port.json()["error"] == "invalid_grant"
    assert psc.exchange(login).status_code == 200  # the refusal did not consume the code


def test_pkce_verifier_is_checked(psc: OidcTester) -> None:
    login = psc.authorize(psc.new_login())
    wrong = psc.exchange(login, code_verifier="x" * 43)
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    missing = psc.back.post(
        psc.urls["token"],
        data={
            "grant_type": "authorization_code",
            "code": login.code,
            "redirect_uri": login.redirect_uri,
            "client_id": PUBLIC,
        },
    )
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"


def test_code_reuse_is_refused_and_revokes_what_it_issued(psc: OidcTester) -> None:
    login = psc.authorize(psc.new_login())
    first = psc.exchange(login)
    assert first.status_code == 200
    again = psc.exchange(login)
    assert again.status_code == 400 and again.json()["error"] == "invalid_grant"
    # RFC 6749 §4.1.2: the tokens issued from the replayed code are revoked.
    assert psc.introspect(first.json()["access_token"]).json() == {"active": False}
    assert psc.refresh(first.json()["refresh_token"]).json()["error"] == "invalid_grant"


def test_code_is_bound_to_its_client(psc: OidcTester) -> None:
    login = psc.authorize(psc.new_login())
    stolen = psc.exchange(login, client=CONFIDENTIAL)
    assert stolen.status_code == 400 and stolen.json()["error"] == "invalid_grant"


def test_confidential_client_authenticates_with_basic_or_post(psc: OidcTester) -> None:
    client_id, secret = CONFIDENTIAL
    login = psc.authorize(psc.new_login(), client_id=client_id)
    assert psc.exchange(login, client=CONFIDENTIAL).status_code == 200
    login = psc.authorize(psc.new_login(), client_id=client_id)
    posted = psc.exchange(login, client=client_id, client_secret=secret)
    assert posted.status_code == 200
    login = psc.authorize(psc.new_login(), client_id=client_id)
    bad = psc.exchange(login, client=(client_id, "wrong"))
    assert bad.status_code == 401 and bad.json()["error"] == "invalid_client"
    login = psc.authorize(psc.new_login(), client_id=client_id)
    no_secret = psc.exchange(login, client=client_id)
    assert no_secret.status_code == 401 and no_secret.json()["error"] == "invalid_client"


def test_codes_expire(start_sandbox: StartSandbox) -> None:
    with OidcTester(start_sandbox(code_ttl=1)) as psc:
        login = psc.authorize(psc.new_login())
        time.sleep(1.1)
        late = psc.exchange(login)
        assert late.status_code == 400 and late.json()["error"] == "invalid_grant"


def test_unknown_grant_type(psc: OidcTester) -> None:
    response = psc.back.post(psc.urls["token"], data={"grant_type": "password", "client_id": PUBLIC})
    assert response.status_code == 400 and response.json()["error"] == "unsupported_grant_type"


def test_doctor_signs_in_by_default_order(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    assert unverified_claims(tokens["access_token"])["SubjectNameID"] == DOCTOR
