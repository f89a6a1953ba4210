"""The PKCS#12 credential without a network: password flow, errors, caching, what reaches OpenSSL."""

from __future__ import annotations

import datetime as dt
import ssl
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import pkcs12 as pkcs12_module
from desktop_app.core.tls.credentials import open_credential
from desktop_app.core.tls.pin import EnvPinProvider, SecretRequest
from tests.support.test_pki import Issued, Pki

PASSWORD = "p12-test-password"


class Scripted:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.requests: list[SecretRequest] = []

    def ask(self, request: SecretRequest) -> str | None:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki-secrets"))


@pytest.fixture(scope="module")
def client(pki: Pki) -> Issued:
    return pki.client()


@pytest.fixture
def p12(tmp_path: Path, pki: Pki, client: Issued) -> Path:
    return pki.write_p12(tmp_path / "org-auth-cli.p12", client, PASSWORD)


def config(path: Path, **changes: object) -> CredentialConfig:
    return CredentialConfig(name="structure", type="pkcs12", path=path, **changes)  # type: ignore[arg-type]


def test_asks_once_then_caches(p12: Path, client: Issued) -> None:
    provider = Scripted(PASSWORD)
    credential = open_credential(config(p12, password_env="P12_TEST_PW"), provider)
    assert credential.kind == "pkcs12" and credential.name == "structure"
    context = credential.ssl_context(None)
    assert isinstance(context, ssl.SSLContext)
    assert credential.ssl_context(None) is context
    assert len(provider.requests) == 1
    request = provider.requests[0]
    assert (request.kind, request.credential, request.label, request.retry) == (
        "password",
        "structure",
        "org-auth-cli.p12",
        False,
    )
    assert request.env_var == "P12_TEST_PW"
    assert credential.certificate().der == client.der  # known after the unlock, without asking again
    credential.forget()
    provider.answers.append(PASSWORD)
    assert credential.ssl_context(None) is not context
    assert len(provider.requests) == 2


def test_one_context_per_ca_bundle(p12: Path, pki: Pki, tmp_path: Path) -> None:
    provider = Scripted(PASSWORD, PASSWORD)
    credential = open_credential(config(p12), provider)
    bundle = pki.ca_bundle(tmp_path / "ca.pem")
    assert credential.ssl_context(None) is not credential.ssl_context(bundle)
    assert credential.ssl_context(bundle) is credential.ssl_context(bundle)


def test_wrong_then_right_password(p12: Path) -> None:
    provider = Scripted("wrong", PASSWORD)
    open_credential(config(p12), provider).ssl_context(None)
    assert [r.retry for r in provider.requests] == [False, True]


def test_wrong_password_is_bad_password(p12: Path) -> None:
    provider = Scripted("typo-7f3a", None)
    with pytest.raises(CredentialError) as caught:
        open_credential(config(p12), provider).ssl_context(None)
    assert caught.value.code == "credential.bad_password"
    assert "typo-7f3a" not in str(caught.value) and "typo-7f3a" not in str(caught.value.params)


def test_attempts_are_bounded(p12: Path) -> None:
    provider = Scripted(*["wrong"] * 10)
    with pytest.raises(CredentialError) as caught:
        open_credential(config(p12), provider).ssl_context(None)
    assert caught.value.code == "credential.bad_password"
    assert len(provider.requests) == pkcs12_module.MAX_ATTEMPTS


def test_env_password_wrong_does_not_loop(p12: Path) -> None:
    provider = EnvPinProvider(environ={"P12_PW": "wrong"})
    credential = open_credential(config(p12, password_env="P12_PW"), provider)
    with pytest.raises(CredentialError) as caught:
        credential.ssl_context(None)
    assert caught.value.code == "credential.bad_password"


def test_cancel(p12: Path) -> None:
    with pytest.raises(CredentialError) as caught:
        open_credential(config(p12), Scripted(None)).ssl_context(None)
    assert caught.value.code == "credential.cancelled"


def test_missing_file(tmp_path: Path) -> None:
    credential = open_credential(config(tmp_path / "absent.p12"), Scripted(PASSWORD))
    for call in (credential.certificate, lambda: credential.ssl_context(None)):
        with pytest.raises(CredentialError) as caught:
            call()
        assert caught.value.code == "credential.not_found"
        assert caught.value.params["path"] == str(tmp_path / "absent.p12")


def test_not_a_pkcs12_file(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.p12"
    bogus.write_bytes(b"this is not DER")
    provider = Scripted(PASSWORD)
    with pytest.raises(CredentialError) as caught:
        open_credential(config(bogus), provider).ssl_context(None)
    assert caught.value.code == "credential.unreadable"
    assert provider.requests == []  # no password asked for a file that cannot be one


def test_certificate_only_file_is_unreadable(tmp_path: Path, client: Issued) -> None:
    path = tmp_path / "cert-only.p12"
    path.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"c", None, client.cert, None, serialization.BestAvailableEncryption(PASSWORD.encode())
        )
    )
    with pytest.raises(CredentialError) as caught:
        open_credential(config(path), Scripted(PASSWORD)).ssl_context(None)
    assert caught.value.code == "credential.unreadable"


def test_certificate_before_unlock(p12: Path, tmp_path: Path, client: Issued, monkeypatch: pytest.MonkeyPatch) -> None:
    credential = open_credential(config(p12, password_env="P12_TEST_PW2"), Scripted())
    with pytest.raises(CredentialError) as caught:
        credential.certificate()
    assert caught.value.code == "credential.locked"
    monkeypatch.setenv("P12_TEST_PW2", PASSWORD)
    assert credential.certificate().der == client.der
    # A file whose certificate is not encrypted shows it without any password.
    open_file = tmp_path / "open.p12"
    assert client.key is not None
    open_file.write_bytes(
        pkcs12.serialize_key_and_certificates(b"c", client.key, client.cert, None, serialization.NoEncryption())  # type: ignore[arg-type]
    )
    assert open_credential(config(open_file), Scripted()).certificate().der == client.der
    unprotected = Scripted()
    open_credential(config(open_file), unprotected).ssl_context(None)
    assert unprotected.requests == []  # no password to ask for


def test_expired_certificate_is_refused(tmp_path: Path, pki: Pki) -> None:
    past = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
    old = pki.client(not_after=past, not_before=past - dt.timedelta(days=365))
    path = pki.write_p12(tmp_path / "old.p12", old, PASSWORD)
    with pytest.raises(CredentialError) as caught:
        open_credential(config(path), Scripted(PASSWORD)).ssl_context(None)
    assert caught.value.code == "credential.expired"
    assert caught.value.params["not_after"] == old.cert.not_valid_after_utc.isoformat()


def test_expiring_soon_is_only_a_warning(tmp_path: Path, pki: Pki, caplog: pytest.LogCaptureFixture) -> None:
    soon = pki.client(not_after=dt.datetime.now(dt.UTC) + dt.timedelta(days=10))
    path = pki.write_p12(tmp_path / "soon.p12", soon, PASSWORD)
    credential = open_credential(config(path), Scripted(PASSWORD))
    credential.ssl_context(None)
    assert credential.certificate().expires_soon()
    assert any("expires on" in r.getMessage() for r in caught_warnings(caplog))


def caught_warnings(caplog: pytest.LogCaptureFixture) -> list[object]:
    return [r for r in caplog.records if r.levelname == "WARNING"]


def test_openssl_only_ever_gets_an_encrypted_key(p12: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = pkcs12_module._context_with.__globals__["private_file"]

    def spy(data: bytes, *, name: str):  # type: ignore[no-untyped-def]
        seen.append((name.encode(), data))
        return real(data, name=name)

    monkeypatch.setattr(pkcs12_module, "private_file", spy)
    open_credential(config(p12), Scripted(PASSWORD)).ssl_context(None)
    key_files = [data for name, data in seen if b"key" in name]
    assert len(key_files) == 1
    assert key_files[0].startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    cert_files = [data for name, data in seen if b"chain" in name]
    assert cert_files[0].count(b"BEGIN CERTIFICATE") == 2  # leaf + the sub-CA carried by the file
