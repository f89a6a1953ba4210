"""RP-initiated logout at the wallet's end_session endpoint."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest
from joserfc import jwt
from joserfc.jwk import RSAKey

from tests.sandbox.oidc_tester import LoopbackReceiver, OidcTester, redirect_query

pytestmark = pytest.mark.integration

SCRIPTED_BROWSER = Path(__file__).resolve().parents[1] / "support" / "scripted_browser.py"


def test_logout_redirects_with_state_and_ends_the_session(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    response = psc.wallet.get(
        psc.urls["end_session"],
        params={
            "id_token_hint": tokens["id_token"],
            "post_logout_redirect_uri": "http://127.0.0.1:53999/logout",
            "state": "bye-123",
        },
    )
    assert response.headers["location"].startswith("http://127.0.0.1:53999/logout?")
    assert redirect_query(response) == {"state": "bye-123"}
    assert psc.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"
    assert psc.introspect(tokens["access_token"]).json() == {"active": False}


def test_logout_without_redirect_shows_a_french_page(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    response = psc.wallet.get(psc.urls["end_session"], params={"id_token_hint": tokens["id_token"]})
    assert response.status_code == 200 and "Vous êtes déconnecté" in response.text
    assert psc.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"


def test_unregistered_post_logout_uri_is_not_followed(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    for uri in ("http://127.0.0.1:53999/elsewhere", "http://evil.example/logout"):
        response = psc.wallet.get(
            psc.urls["end_session"], params={"id_token_hint": tokens["id_token"], "post_logout_redirect_uri": uri}
        )
        assert response.status_code == 200 and "location" not in response.headers
        assert "Vous êtes déconnecté" in response.text


def test_a_hint_from_elsewhere_is_refused_and_ends_nothing(psc: OidcTester) -> None:
    tokens = psc.sign_in()
    claims = dict(psc.verify(tokens["id_token"]).claims)
    forged = jwt.encode({"alg": "RS256", "kid": "forged"}, claims, RSAKey.generate_key(2048))
    response = psc.wallet.get(
        psc.urls["end_session"],
        params={"id_token_hint": forged, "post_logout_redirect_uri": "http://127.0.0.1:53999/logout"},
    )
    assert response.status_code == 400 and "location" not in response.headers
    assert "Déconnexion impossible" in response.text
    assert psc.refresh(tokens["refresh_token"]).status_code == 200


def test_an_expired_id_token_is_still_a_valid_hint(psc: OidcTester) -> None:
    """RP-Initiated Logout §2: the OP SHOULD accept an expired ID token as hint."""
    tokens = psc.sign_in()
    claims = dict(psc.verify(tokens["id_token"]).claims)
    claims["exp"] = claims["iat"] - 10
    signing_key = _current_private_key(psc)
    stale = jwt.encode({"alg": "RS256", "kid": signing_key.kid}, claims, signing_key)
    response = psc.wallet.get(psc.urls["end_session"], params={"id_token_hint": stale})
    assert response.status_code == 200 and "Vous êtes déconnecté" in response.text
    assert psc.refresh(tokens["refresh_token"]).json()["error"] == "invalid_grant"


def _current_private_key(psc: OidcTester) -> RSAKey:
    """The sandbox's current signing key, read from its state folder (test material, generated at run time)."""
    newest = sorted((psc.handle.settings.state_dir / "signing").glob("*.pem"))[-1]
    return RSAKey.import_key(newest.read_bytes(), {"kid": newest.stem.split("-", 1)[1]})


def test_the_scripted_browser_follows_logout_to_the_loopback(psc: OidcTester, tmp_path: Path) -> None:
    tokens = psc.sign_in()
    log = tmp_path / "browser.jsonl"
    with LoopbackReceiver(page="<p>Vous êtes déconnecté de l'application.</p>") as loopback:
        params = {
            "id_token_hint": tokens["id_token"],
            "post_logout_redirect_uri": f"http://127.0.0.1:{loopback.port}/logout",
            "state": "s1",
        }
        url = psc.urls["end_session"] + "?" + urlencode(params)
        subprocess.run(
            [sys.executable, str(SCRIPTED_BROWSER), url],
            env={"PATH": "/usr/bin:/bin", "SCRIPTED_BROWSER_LOG": str(log)},
            timeout=30,
            check=True,
        )
        assert loopback.query() == {"state": "s1"}
    run = json.loads(log.read_text(encoding="utf-8"))
    assert run["status"] == 200 and "déconnecté" in run["text"]
    assert run["urls"] == [psc.urls["end_session"], f"http://127.0.0.1:{loopback.port}/logout"]
    assert tokens["id_token"] not in log.read_text(encoding="utf-8")
