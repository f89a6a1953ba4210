"""The composition root's issue-3 wiring: the sandbox's credentials in the configuration, the active credential,
SOFTHSM2_CONF for the sandbox card, API tokens dropped with the PSC session, tls_client_auth needing a credential."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.app import build_services, read_config
from desktop_app.core.api.token_exchange import ApiToken, _Cached
from desktop_app.core.errors import ConfigError
from desktop_app.core.paths import AppPaths
from desktop_app.core.vault import MemoryVault


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    monkeypatch.setenv("DESKTOP_APP_SANDBOX_DIR", str(tmp_path / "sandbox"))
    monkeypatch.setenv("DESKTOP_APP_SANDBOX_PORT", "28443")
    monkeypatch.delenv("DESKTOP_APP_CONFIG", raising=False)
    monkeypatch.delenv("SOFTHSM2_CONF", raising=False)
    root = tmp_path / "app"
    return AppPaths(root / "config", root / "data", root / "cache", root / "log")


def write(path: Path, text: str) -> str:
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_the_sandbox_credentials_are_built_in(paths: AppPaths, tmp_path: Path) -> None:
    config = read_config(None, paths)
    structure, card = config.credentials["sandbox-structure"], config.credentials["sandbox-card"]
    assert structure.type == "pkcs12" and structure.path == tmp_path / "sandbox" / "pki" / "org-auth-cli.p12"
    assert card.type == "pkcs11" and card.token_label == "CPS-BAC-A-SABLE" and card.key_label == "authentification"
    sandbox = config.environment("sandbox")
    assert sandbox.credential == "sandbox-structure"
    assert {name: api.cnf_encoding for name, api in sandbox.apis.items()} == {"sign": "rfc8705", "sign-ans": "ans-hex"}
    assert (
        sandbox.apis["sign"].token_exchange_url
        == "https://127.0.0.1:28445/realms/signsessiondata/protocol/openid-connect/token"
    )
    assert sandbox.apis["sign"].base_url == "https://127.0.0.1:28446/"


def test_a_file_table_replaces_a_built_in_credential_whole(paths: AppPaths, tmp_path: Path) -> None:
    file = write(
        tmp_path / "c.toml",
        '[credentials.sandbox-structure]\ntype = "pkcs12"\npath = "mine.p12"\npassword_env = "MY_P12"\n'
        '[environments.sandbox]\ncredential = "sandbox-card"\n',
    )
    config = read_config(file, paths)
    structure = config.credentials["sandbox-structure"]
    assert structure.path == tmp_path / "mine.p12" and structure.password_env == "MY_P12"
    assert config.environment("sandbox").credential == "sandbox-card"  # a built-in credential can be named


def other_environment(tmp_path: Path, **keys: str) -> str:
    extra = "".join(f'{key} = "{value}"\n' for key, value in keys.items())
    return write(
        tmp_path / "other.toml",
        f'[environments.other]\nissuer = "https://idp.test/auth/realms/esante-wallet"\nclient_id = "x"\n{extra}',
    )


def test_the_active_credential_starts_as_the_environments_and_can_be_chosen(paths: AppPaths, tmp_path: Path) -> None:
    config = read_config(other_environment(tmp_path, credential="sandbox-structure"), paths)
    services = build_services(config, "other", paths, vault=MemoryVault())
    try:
        assert services.active_credential == "sandbox-structure"
        assert services.credential().name == "sandbox-structure"
        services.choose_credential("sandbox-card")
        assert services.credential().name == "sandbox-card" and services.credential().kind == "pkcs11"
        assert services.credential("sandbox-structure").name == "sandbox-structure"
        with pytest.raises(ConfigError) as caught:
            services.choose_credential("ghost")
        assert caught.value.code == "config.unknown_credential"
        assert services.active_credential == "sandbox-card"
    finally:
        services.close()


def test_no_credential_is_a_clear_configuration_error(paths: AppPaths, tmp_path: Path) -> None:
    config = read_config(other_environment(tmp_path), paths)
    services = build_services(config, "other", paths, vault=MemoryVault())
    try:
        assert services.active_credential is None
        with pytest.raises(ConfigError) as caught:
            services.credential()
        assert caught.value.code == "config.no_credential" and caught.value.params["environment"] == "other"
    finally:
        services.close()
    mtls = read_config(other_environment(tmp_path, client_auth="tls_client_auth"), paths)
    with pytest.raises(ConfigError) as caught:
        build_services(mtls, "other", paths, vault=MemoryVault())
    assert caught.value.code == "config.no_credential"


def test_api_tokens_go_with_the_psc_session(paths: AppPaths, tmp_path: Path) -> None:
    config = read_config(other_environment(tmp_path, credential="sandbox-structure"), paths)
    services = build_services(config, "other", paths, vault=MemoryVault())
    try:
        token = ApiToken("t", 9e9, "urn:ietf:params:oauth:token-type:access_token", "s", "sandbox-structure", "x", None)
        services.exchanger._cache[("sign", "sandbox-structure")] = _Cached(token, 9e9)
        services.session.clear()  # sign-out's local half
        assert services.exchanger._cache == {}
    finally:
        services.close()


def test_the_sandbox_card_configuration_is_set_for_the_process(
    paths: AppPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    bundle = tmp_path / "sandbox" / "pki" / "ca-bundle.pem"
    bundle.parent.mkdir(parents=True)
    bundle.write_bytes(_ca_pem())  # present: build_services must not generate the sandbox's PKI here
    services = build_services(read_config(None, paths), "sandbox", paths, vault=MemoryVault())
    services.close()
    assert os.environ["SOFTHSM2_CONF"] == str(tmp_path / "sandbox" / "softhsm" / "softhsm2.conf")
    monkeypatch.setenv("SOFTHSM2_CONF", "/my/own/softhsm2.conf")
    build_services(read_config(None, paths), "sandbox", paths, vault=MemoryVault()).close()
    assert os.environ["SOFTHSM2_CONF"] == "/my/own/softhsm2.conf"  # an explicit one wins


def _ca_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "test root")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)
