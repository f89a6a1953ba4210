"""Refresh rotation, SSO-session lifetimes (idle and max), userinfo, introspection and revocation."""

from __future__ import annotations

import json
import time

import pytest
from joserfc import jws

from desktop_app.sandbox import SandboxHandle
from tests.sandbox.conftest import StartSandbox
from tests.sandbox.oidc_tester import CONFIDENTIAL, DOCTOR, NURSE, PUBLIC, RESOURCE_SERVER, OidcTester

pytestmark = pytest.mark.integration


def claims_of(token: str) -> dict[str, object]:
    claims: dict[str, object] = json.loads(jws.extract_compact(token.encode()).payload)
    return claims


def test_refresh_rotates_strictly(psc: OidcTester) -> None:
    first = psc.sign_in()
    second = psc.refresh(first["refresh_token"])
    assert second.status_code == 200, second.text
    renewed = second.json()
    assert renewed["refresh_token"] != first["refresh_token"]
    assert renewed["session_state"] == first["session_state"]
    old = psc.refresh(first["refresh_token"])
    assert old.status_code == 400 and old.json()["error"] == "invalid_grant"
    assert psc.refresh(renewed["refresh_token"]).status_code == 200

    id_token = psc.verify(renewed["id_token"]).claims
    assert "nonce" not in id_token  # OpenID Connect Core §12.2
    assert id_token["auth_time"] == claims_of(first["id_token"])["auth_time"]
    assert id_token["sid"] == first["session_state"]


def test_refresh_token_is_bound_to_its_client(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    stolen = psc.refresh(tokens["refresh_token"], client=CONFIDENTIAL)
    assert stolen.status_code == 400 and stolen.json()["error"] == "invalid_grant"


def test_idle_session_ends(start_sandbox: StartSandbox) -> None:
    with OidcTester(start_sandbox(session_idle=2, refresh_token_ttl=30)) as psc:
        tokens = psc.sign_in()
        time.sleep(1.2)
        tokens = psc.refresh(tokens["refresh_token"]).json()  # resets the idle clock
        time.sleep(1.2)
        tokens = psc.refresh(tokens["refresh_token"]).json()  # 2.4 s after login: alive thanks to the reset
        assert "refresh_token" in tokens
        time.sleep(2.1)
        idle = psc.refresh(tokens["refresh_token"])
        assert idle.status_code == 400 and idle.json()["error"] == "invalid_grant"
        assert psc.introspect(tokens["access_token"]).json() == {"active": False}


def test_session_max_ends_even_an_active_session(start_sandbox: StartSandbox) -> None:
    with OidcTester(start_sandbox(session_max=2, session_idle=30)) as psc:
        tokens = psc.sign_in()
        assert tokens["refresh_expires_in"] in (1, 2)  # min(refresh ttl, what is left of session_max)
        time.sleep(1.1)
        tokens = psc.refresh(tokens["refresh_token"]).json()
        assert tokens["refresh_expires_in"] <= 1
        time.sleep(1.0)
        over = psc.refresh(tokens["refresh_token"])
        assert over.status_code == 400 and over.json()["error"] == "invalid_grant"


def test_refresh_token_expires(start_sandbox: StartSandbox) -> None:
    with OidcTester(start_sandbox(refresh_token_ttl=1)) as psc:
        tokens = psc.sign_in()
        assert tokens["refresh_expires_in"] == 1
        time.sleep(1.1)
        assert psc.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_end_all_sessions_hook(start_sandbox: StartSandbox) -> None:
    handle: SandboxHandle = start_sandbox()
    with OidcTester(handle) as psc:
        tokens = psc.sign_in()
        handle.end_all_sessions()
        assert psc.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"
        assert psc.userinfo(tokens["access_token"]).status_code == 401
        assert psc.introspect(tokens["access_token"]).json() == {"active": False}


def test_userinfo_json(psc: OidcTester) -> None:
    tokens = psc.sign_in(practitioner=DOCTOR)
    for response in (
        psc.userinfo(tokens["access_token"]),
        psc.back.post(psc.urls["userinfo"], headers={"Authorization": "Bearer " + tokens["access_token"]}),
    ):
        assert response.status_code == 200 and response.headers["content-type"] == "application/json"
        info = response.json()
        assert info["SubjectNameID"] == info["preferred_username"] == DOCTOR
        assert info["sub"] == claims_of(tokens["access_token"])["sub"]
        assert info["given_name"] == "Alice" and info["family_name"] == "TESTEUR"
        assert info["SubjectRole"] == ["10^1.2.250.1.213.1.1.5.5"]
        assert info["SubjectOrganization"] and info["Secteur_Activite"].startswith("SA07^")
        assert info["Palier_Authentification"] and info["otherIds"][0]["identifiant"] == DOCTOR
        exercise = info["SubjectRefPro"]["exercices"][0]
        assert exercise["codeProfession"] == "10" and exercise["codeSavoirFaire"] == "SM54"
        activities = exercise["activities"]
        assert len(activities) == 2 and len({a["raisonSocialeSite"] for a in activities}) == 2
        assert {"numeroSiretSite", "numeroFinessSite", "codePostal", "codeModeExercice"} <= set(activities[0])


def test_userinfo_jwt(psc: OidcTester) -> None:
    tokens = psc.sign_in(practitioner=NURSE)
    response = psc.userinfo(tokens["access_token"], accept="application/jwt")
    assert response.status_code == 200 and response.headers["content-type"] == "application/jwt"
    claims = psc.verify(response.text).claims
    assert claims["iss"] == psc.urls["issuer"] and claims["aud"] == PUBLIC
    assert claims["SubjectNameID"] == NURSE and "SubjectRefPro" in claims


@pytest.mark.parametrize(
    ("authorization", "error"),
    [
        (None, False),
        ("Bearer not-a-token", True),
        ("Basic Zm9vOmJhcg==", False),
    ],
)
def test_userinfo_refuses_without_a_valid_token(psc: OidcTester, authorization: str | None, error: bool) -> None:
    headers = {"Authorization": authorization} if authorization else {}
    response = psc.back.get(psc.urls["userinfo"], headers=headers)
    assert response.status_code == 401
    challenge = response.headers["www-authenticate"]
    assert challenge.startswith("Bearer") and ('error="invalid_token"' in challenge) is error


def test_id_token_is_not_an_access_token(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    response = psc.userinfo(tokens["id_token"])
    assert response.status_code == 401 and 'error="invalid_token"' in response.headers["www-authenticate"]


def test_userinfo_refuses_an_expired_token(start_sandbox: StartSandbox) -> None:
    with OidcTester(start_sandbox(access_token_ttl=2)) as psc:
        tokens = psc.sign_in()
        assert psc.userinfo(tokens["access_token"]).status_code == 200
        expiry = claims_of(tokens["access_token"])["exp"]
        assert isinstance(expiry, int)
        time.sleep(max(0.0, expiry - time.time()) + 0.05)  # exp = iat + ttl, in whole seconds
        expired = psc.userinfo(tokens["access_token"])
        assert expired.status_code == 401 and 'error="invalid_token"' in expired.headers["www-authenticate"]
        assert psc.introspect(tokens["access_token"]).json() == {"active": False}


def test_introspection(psc: OidcTester) -> None:
    tokens = psc.sign_in(practitioner=NURSE)
    active = psc.introspect(tokens["access_token"]).json()
    assert active["active"] is True and active["SubjectNameID"] == NURSE and active["client_id"] == PUBLIC
    assert active["username"] == NURSE and active["scope"] == "openid scope_all" and "exp" in active
    refresh = psc.introspect(tokens["refresh_token"], client=CONFIDENTIAL).json()
    assert refresh["active"] is True and refresh["typ"] == "Refresh" and "SubjectNameID" not in refresh
    assert refresh["sid"] == tokens["session_state"]
    hinted = psc.introspect(tokens["access_token"], token_type_hint="refresh_token").json()
    assert hinted["active"] is True  # a wrong hint only changes the search order (RFC 7662 §2.1)
    assert psc.introspect("garbage").json() == {"active": False}


def test_introspection_is_for_confidential_clients_only(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    public = psc.back.post(psc.urls["introspection"], data={"token": tokens["access_token"], "client_id": PUBLIC})
    assert public.status_code in (400, 401) and public.json()["error"] == "invalid_client"
    wrong = psc.introspect(tokens["access_token"], client=(RESOURCE_SERVER[0], "nope"))
    assert wrong.status_code == 401


def test_revoking_a_refresh_token_revokes_its_grant(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    refreshed = psc.refresh(tokens["refresh_token"]).json()
    response = psc.revoke(refreshed["refresh_token"], token_type_hint="refresh_token")
    assert response.status_code == 200
    assert psc.refresh(refreshed["refresh_token"]).json()["error"] == "invalid_grant"
    for access in (tokens["access_token"], refreshed["access_token"]):
        assert psc.introspect(access).json() == {"active": False}
    assert psc.userinfo(refreshed["access_token"]).status_code == 401


def test_revoking_an_access_token_leaves_the_refresh_token(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    assert psc.revoke(tokens["access_token"], token_type_hint="access_token").status_code == 200
    assert psc.introspect(tokens["access_token"]).json() == {"active": False}
    assert psc.refresh(tokens["refresh_token"]).status_code == 200


def test_revocation_answers_200_for_unknown_tokens_and_checks_the_client(psc: OidcTester) -> None:
    assert psc.revoke("never-issued").status_code == 200
    tokens = psc.sign_in()
    other = psc.back.post(psc.urls["revocation"], data={"token": tokens["refresh_token"]}, auth=CONFIDENTIAL)
    assert other.status_code == 400  # RFC 7009 §2.1: not the client's token: refused, and not revoked
    assert psc.refresh(tokens["refresh_token"]).status_code == 200
