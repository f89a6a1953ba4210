"""Discovery and the authorization endpoint: the login page, and every way an authorization request fails."""

from __future__ import annotations

import pytest
from authlib.oidc.discovery import OpenIDProviderMetadata

from tests.sandbox.oidc_tester import CONFIDENTIAL, DOCTOR, NURSE, PHARMACIST, OidcTester, redirect_query

pytestmark = pytest.mark.integration


def test_discovery_under_both_names_is_identical_and_honest(psc: OidcTester) -> None:
    wallet = psc.back.get(psc.urls["wallet_discovery"])
    standard = psc.back.get(psc.urls["discovery"])
    assert wallet.status_code == standard.status_code == 200
    doc = standard.json()
    assert wallet.json() == doc
    OpenIDProviderMetadata(doc).validate()
    assert doc["issuer"] == psc.urls["issuer"]
    assert doc["authorization_endpoint"] == psc.urls["wallet"] + "/auth"
    assert doc["end_session_endpoint"].startswith(psc.urls["wallet"] + "/auth/realms/esante-wallet/")
    assert doc["code_challenge_methods_supported"] == ["S256"]
    assert doc["response_types_supported"] == ["code"]
    assert doc["response_modes_supported"] == ["query"]
    assert doc["grant_types_supported"] == ["authorization_code", "refresh_token"]
    assert set(doc["token_endpoint_auth_methods_supported"]) == {
        "none",
        "client_secret_basic",
        "client_secret_post",
        "tls_client_auth",
    }
    # RFC 8705 §3.3 and §5: bound tokens, and the mTLS aliases (the same back channel, as Keycloak publishes).
    assert doc["tls_client_certificate_bound_access_tokens"] is True
    assert doc["mtls_endpoint_aliases"] == {
        "token_endpoint": doc["token_endpoint"],
        "revocation_endpoint": doc["revocation_endpoint"],
        "introspection_endpoint": doc["introspection_endpoint"],
        "userinfo_endpoint": doc["userinfo_endpoint"],
    }
    assert doc["acr_values_supported"] == ["eidas1", "eidas2", "eidas3"]
    assert doc["authorization_response_iss_parameter_supported"] is True
    assert doc["id_token_signing_alg_values_supported"] == ["RS256"]
    for key in ("revocation_endpoint", "introspection_endpoint", "userinfo_endpoint", "jwks_uri"):
        assert doc[key].startswith(psc.urls["issuer"] + "/protocol/openid-connect/")


def test_login_page_lists_the_practitioners_in_french(psc: OidcTester) -> None:
    page = psc.login_page(psc.authorize_params(psc.new_login()))
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    html = page.text
    assert "Bac à sable — environnement de test, aucune donnée réelle" in html
    assert html.count('name="practitioner"') >= 3
    for national_id in (DOCTOR, PHARMACIST, NURSE):
        assert f'value="{national_id}"' in html
    assert 'value="CARD"' in html and 'value="MOBILE"' in html
    assert "Carte CPS" in html and "e-CPS" in html and "Se connecter" in html and "Annuler" in html
    assert "<script" not in html and "src=" not in html and "<link" not in html  # self-contained, offline


def test_login_hint_preselects_a_practitioner(psc: OidcTester) -> None:
    page = psc.login_page(psc.authorize_params(psc.new_login(), login_hint=NURSE))
    assert f'value="{NURSE}" checked' in page.text


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"client_id": "no-such-app"}, "Application inconnue"),
        ({"redirect_uri": "http://127.0.0.1:50123/elsewhere"}, "Demande de connexion invalide"),
        ({"redirect_uri": "http://app.example/callback"}, "Demande de connexion invalide"),
        ({"redirect_uri": "https://127.0.0.1:50123/callback"}, "Demande de connexion invalide"),
        ({"redirect_uri": None}, "Demande de connexion invalide"),
        ({"client_id": None}, "Application inconnue"),
    ],
)
def test_untrusted_client_or_redirect_gets_a_page_never_a_redirect(
    psc: OidcTester, overrides: dict[str, str | None], expected: str
) -> None:
    response = psc.login_page(psc.authorize_params(psc.new_login(), **overrides))
    assert response.status_code == 400
    assert "location" not in response.headers
    assert expected in response.text and "aucune donnée réelle" in response.text


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"code_challenge": None, "code_challenge_method": None}, "invalid_request"),
        ({"code_challenge_method": None}, "invalid_request"),  # defaults to plain (RFC 7636 §4.3)
        ({"code_challenge_method": "plain"}, "invalid_request"),
        ({"code_challenge": "too-short"}, "invalid_request"),
        ({"scope": "scope_all"}, "invalid_request"),
        ({"response_type": "token"}, "unsupported_response_type"),
        ({"prompt": "none"}, "login_required"),  # no SSO cookie: the user must always log in
    ],
)
def test_bad_requests_come_back_to_the_app_with_state_and_iss(
    psc: OidcTester, overrides: dict[str, str | None], error: str
) -> None:
    login = psc.new_login()
    query = redirect_query(psc.login_page(psc.authorize_params(login, **overrides)))
    assert query["error"] == error
    assert query["state"] == login.state
    assert query["iss"] == psc.urls["issuer"]
    assert "code" not in query


def test_cancel_is_access_denied(psc: OidcTester) -> None:
    login = psc.new_login()
    response = psc.submit(psc.login_page(psc.authorize_params(login)), action="cancel")
    assert response.headers["location"].startswith(login.redirect_uri + "?")
    query = redirect_query(response)
    assert query["error"] == "access_denied" and query["state"] == login.state and query["iss"] == psc.urls["issuer"]


def test_success_redirects_with_code_state_and_iss_on_any_loopback_port(psc: OidcTester) -> None:
    for redirect_uri in ("http://127.0.0.1:61001/callback", "http://[::1]:61002/callback"):
        login = psc.new_login()
        login.redirect_uri = redirect_uri
        answered = psc.authorize(login).response
        assert answered is not None
        assert answered.headers["location"].startswith(redirect_uri + "?code=")
        query = redirect_query(answered)
        assert set(query) == {"code", "state", "iss"}
        assert query["state"] == login.state and query["iss"] == psc.urls["issuer"]


def test_an_invalid_choice_re_renders_the_page(psc: OidcTester) -> None:
    page = psc.login_page(psc.authorize_params(psc.new_login()))
    response = psc.submit(page, practitioner="800000000000")
    assert response.status_code == 400 and "Choisissez un professionnel" in response.text


def test_confidential_client_uses_the_same_page(psc: OidcTester) -> None:
    page = psc.login_page(psc.authorize_params(psc.new_login(), client_id=CONFIDENTIAL[0]))
    assert page.status_code == 200 and CONFIDENTIAL[0] in page.text
