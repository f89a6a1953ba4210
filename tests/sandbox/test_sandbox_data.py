"""The fictional world and the pure pieces: practitioners, clients, the loopback rule, describe()."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.sandbox import (
    SANDBOX_CARD_PIN,
    SANDBOX_P12_PASSWORD,
    SandboxSettings,
    describe,
    describe_credentials,
    softhsm_conf,
)
from desktop_app.sandbox.data import CLIENTS, PRACTITIONERS, Practitioner, find_client
from desktop_app.sandbox.identities import STRUCTURE_DN
from desktop_app.sandbox.psc.clients import OAuthClient, loopback_uri_matches


def luhn_valid(digits: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char) * (2 if index % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def test_luhn_helper_agrees_with_the_spec_example() -> None:
    assert luhn_valid("99700218896") and not luhn_valid("899700218896")


@pytest.mark.parametrize("practitioner", PRACTITIONERS, ids=lambda p: p.family_name)
def test_practitioners_have_test_range_rpps_with_a_valid_check_digit(practitioner: Practitioner) -> None:
    rpps = practitioner.rpps
    assert len(rpps) == 11 and rpps.startswith("99") and luhn_valid(rpps)
    assert practitioner.subject_name_id == "8" + rpps
    assert practitioner.sub.endswith(":" + practitioner.subject_name_id)


def test_at_least_three_practitioners_of_different_professions() -> None:
    assert len(PRACTITIONERS) >= 3
    assert len({p.profession_code for p in PRACTITIONERS}) >= 3
    assert len({p.subject_name_id for p in PRACTITIONERS}) == len(PRACTITIONERS)
    doctor = next(p for p in PRACTITIONERS if p.profession_code == "10")
    assert len(doctor.activities) == 2 and len({a.structure.name for a in doctor.activities}) == 2
    nurse = next(p for p in PRACTITIONERS if p.profession_code == "60")
    assert len(nurse.activities) == 2


def test_clients() -> None:
    public = find_client("desktop-app")
    assert public and public.auth_methods == ("none",) and not public.secret and not public.may_introspect
    confidential = find_client("desktop-app-confidential")
    assert confidential and confidential.secret == "sandbox-secret" and confidential.may_introspect
    api = find_client("sandbox-api")
    assert api and api.auth_methods == ("client_secret_basic",) and api.may_introspect and not api.grant_types
    mtls = find_client("desktop-app-mtls")
    assert mtls and mtls.auth_methods == ("tls_client_auth",) and not mtls.secret and not mtls.may_introspect
    assert OAuthClient(mtls).tls_subject_dn == STRUCTURE_DN
    assert len(CLIENTS) == 4


@pytest.mark.parametrize(
    ("candidate", "accepted"),
    [
        ("http://127.0.0.1:49152/callback", True),
        ("http://127.0.0.1/callback", True),
        ("http://[::1]:8080/callback", True),
        ("http://127.0.0.1:49152/callback/", False),
        ("http://127.0.0.1:49152/other", False),
        ("http://127.0.0.1:49152/callback?x=1", False),
        ("http://127.0.0.1:49152/callback#frag", False),
        ("https://127.0.0.1:49152/callback", False),
        ("http://localhost:49152/callback", False),
        ("http://127.0.0.2:49152/callback", False),
        ("http://evil.example/callback", False),
        ("http://user@127.0.0.1:1/callback", False),
        ("http://127.0.0.1:notaport/callback", False),
    ],
)
def test_rfc8252_loopback_rule(candidate: str, accepted: bool) -> None:
    client = OAuthClient(CLIENTS[0])
    assert client.check_redirect_uri(candidate) is accepted


def test_a_registered_port_must_match() -> None:
    assert loopback_uri_matches("http://127.0.0.1:8080/cb", "http://127.0.0.1:8080/cb")
    assert not loopback_uri_matches("http://127.0.0.1:8080/cb", "http://127.0.0.1:8081/cb")


def test_post_logout_uris_take_logout_and_callback_paths() -> None:
    client = OAuthClient(CLIENTS[0])
    assert client.check_post_logout_redirect_uri("http://127.0.0.1:1234/logout")
    assert client.check_post_logout_redirect_uri("http://[::1]:1234/callback")
    assert not client.check_post_logout_redirect_uri("http://127.0.0.1:1234/bye")


def test_describe_is_the_client_environment_without_io(tmp_path: Path) -> None:
    state = tmp_path / "not-created"
    described = describe(SandboxSettings(state_dir=state))
    common = {"scope": "signsessiondata", "subject_issuer": "psc", "audience": "sandbox-api"}
    assert described == {
        "issuer": "https://127.0.0.1:18443/auth/realms/esante-wallet",
        "client_id": "desktop-app",
        "client_auth": "none",
        "ca_bundle": str(state / "pki" / "ca-bundle.pem"),
        "scope": "openid scope_all",
        "acr_values": "eidas1",
        "credential": "sandbox-structure",
        "apis": {
            "sign": {
                "token_exchange_url": "https://127.0.0.1:18445/realms/signsessiondata/protocol/openid-connect/token",
                "base_url": "https://127.0.0.1:18446/",
                "cnf_encoding": "rfc8705",
                **common,
            },
            "sign-ans": {
                "token_exchange_url": (
                    "https://127.0.0.1:18445/realms/signsessiondata-ans/protocol/openid-connect/token"
                ),
                "base_url": "https://127.0.0.1:18446/",
                "cnf_encoding": "ans-hex",
                **common,
            },
        },
    }
    assert not state.exists()


def test_describe_credentials_names_the_p12_and_the_card_without_io(tmp_path: Path) -> None:
    state = tmp_path / "not-created"
    settings = SandboxSettings(state_dir=state)
    credentials = describe_credentials(settings)
    assert credentials["sandbox-structure"] == {
        "type": "pkcs12",
        "path": str(state / "pki" / "org-auth-cli.p12"),
        "password_env": "",
    }
    card = credentials["sandbox-card"]
    assert card["type"] == "pkcs11" and str(card["module"]).endswith(("libsofthsm2.so", ".dll"))
    assert card["token_label"] == "CPS-BAC-A-SABLE" and card["key_label"] == "authentification"
    assert card["signature_scheme"] == "pkcs1"
    assert softhsm_conf(settings) == state / "softhsm" / "softhsm2.conf"
    assert (SANDBOX_P12_PASSWORD, SANDBOX_CARD_PIN) == ("bac-a-sable", "1234")  # published test values
    assert not state.exists()


def test_settings_validate_ports_and_lifetimes(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="port"):
        SandboxSettings(state_dir=tmp_path, port=65535)
    with pytest.raises(ValueError, match="session_idle"):
        SandboxSettings(state_dir=tmp_path, session_idle=0)
