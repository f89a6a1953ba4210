"""mTLS with a PKCS#12 certificate against real TLS servers on 127.0.0.1 (client certificate REQUIRED).

The servers are ``http.server`` + ``ssl`` answering with the peer certificate's subject; nothing is mocked.
Also checked: what a server refuses (no client certificate), what the client refuses (an untrusted server CA,
a server stuck at TLS 1.1), and that no private key — clear or encrypted — is left in the temp dir or HOME.
"""

from __future__ import annotations

import datetime as dt
import os
import ssl
import stat
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import CredentialError, NetworkError, TlsError
from desktop_app.core.http import build_http_client, send
from desktop_app.core.tls.credentials import Credential, open_credential
from desktop_app.core.tls.pin import EnvPinProvider, SecretRequest
from desktop_app.core.tls.trust import build_ssl_context
from tests.support.test_pki import EchoServer, Issued, Pki, private_key_files

pytestmark = pytest.mark.integration

PASSWORD = "mtls-p12-password"


class Answers:
    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.requests: list[SecretRequest] = []

    def ask(self, request: SecretRequest) -> str | None:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else None


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The PKI lives in a secrets folder; the client-side files in a separate, scanned one."""
    secrets = tmp_path_factory.mktemp("secrets")
    scanned = tmp_path_factory.mktemp("scanned")
    return {"secrets": secrets, "scanned": scanned}


@pytest.fixture(scope="module")
def pki(world: dict[str, Path]) -> Pki:
    return Pki(world["secrets"] / "pki")


@pytest.fixture(scope="module")
def other_pki(world: dict[str, Path]) -> Pki:
    return Pki(world["secrets"] / "other", name="TEST AC RACINE AUTRE")


@pytest.fixture(scope="module")
def ca_bundle(pki: Pki, world: dict[str, Path]) -> Path:
    return pki.ca_bundle(world["scanned"] / "ca-bundle.pem")


@pytest.fixture(scope="module")
def client_cert(pki: Pki) -> Issued:
    return pki.client("ORG AUTH_CLI")


@pytest.fixture(scope="module")
def p12(pki: Pki, client_cert: Issued, world: dict[str, Path]) -> Path:
    return pki.write_p12(world["scanned"] / "org-auth-cli.p12", client_cert, PASSWORD)


@pytest.fixture(scope="module")
def server(pki: Pki) -> Iterator[EchoServer]:
    with EchoServer(pki) as running:
        yield running


@pytest.fixture(autouse=True)
def private_temp(world: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Temp files and HOME point into the scanned folder; afterwards it holds no private key."""
    tmp = world["scanned"] / "tmp"
    home = world["scanned"] / "home"
    tmp.mkdir(exist_ok=True)
    home.mkdir(exist_ok=True)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp))
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setenv("HOME", str(home))
    yield tmp
    assert private_key_files(world["scanned"]) == []


def structure(p12: Path, provider: object) -> Credential:
    return open_credential(CredentialConfig(name="structure", type="pkcs12", path=p12), provider)  # type: ignore[arg-type]


def test_p12_client_certificate_is_accepted(server: EchoServer, p12: Path, ca_bundle: Path) -> None:
    provider = Answers(PASSWORD)
    credential = structure(p12, provider)
    context = credential.ssl_context(ca_bundle)
    with build_http_client(context) as client:
        first = send(client, "GET", server.url).json()
        second = send(client, "GET", server.url).json()
    assert first["subject"] == credential.certificate().subject
    assert first["subject"].startswith("CN=ORG AUTH_CLI,OU=3180000000000")
    assert first["version"] == "TLSv1.3"
    assert second == first
    assert credential.ssl_context(ca_bundle) is context and len(provider.requests) == 1


def test_env_password_route(server: EchoServer, p12: Path, ca_bundle: Path) -> None:
    provider = EnvPinProvider(environ={"ORG_P12_PASSWORD": PASSWORD})
    credential = open_credential(
        CredentialConfig(name="structure", type="pkcs12", path=p12, password_env="ORG_P12_PASSWORD"), provider
    )
    with httpx.Client(verify=credential.ssl_context(ca_bundle)) as client:
        assert client.get(server.url).json()["subject"].startswith("CN=ORG AUTH_CLI")


def test_without_client_certificate_the_server_refuses(server: EchoServer, ca_bundle: Path) -> None:
    errors_before = len(server.handshake_errors)
    with build_http_client(build_ssl_context(ca_bundle)) as client, pytest.raises(NetworkError):
        send(client, "GET", server.url)
    deadline = time.monotonic() + 5  # the server thread records its side of the failed handshake a moment later
    while len(server.handshake_errors) <= errors_before and time.monotonic() < deadline:
        time.sleep(0.01)
    assert len(server.handshake_errors) > errors_before
    assert "certificate" in server.handshake_errors[-1].lower()


def test_certificate_from_another_ca_is_refused(other_pki: Pki, server: EchoServer, ca_bundle: Path) -> None:
    stranger = other_pki.write_p12(Path(tempfile.gettempdir()) / "stranger.p12", other_pki.client(), PASSWORD)
    context = structure(stranger, Answers(PASSWORD)).ssl_context(ca_bundle)
    with build_http_client(context) as client, pytest.raises(NetworkError):
        send(client, "GET", server.url)
    stranger.unlink()


def test_untrusted_server_ca_is_refused(other_pki: Pki, pki: Pki, p12: Path, ca_bundle: Path) -> None:
    context = structure(p12, Answers(PASSWORD)).ssl_context(ca_bundle)
    with (
        EchoServer(other_pki, client_ca=pki) as foreign,
        build_http_client(context) as client,
        pytest.raises(TlsError) as caught,
    ):
        send(client, "GET", foreign.url)
    assert "certificate verify failed" in caught.value.message


def test_tls11_server_is_refused(pki: Pki, client_cert: Issued, p12: Path, ca_bundle: Path) -> None:
    with EchoServer(pki, tls11_only=True) as old:
        # Control: the server really serves TLS 1.1 to a client that accepts it (same certificate, key in clear
        # in the secrets folder, as a careless client would have it).
        cert_path, key_path = pki.server_files(client_cert, stem="lenient-client")
        lenient = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        lenient.load_verify_locations(ca_bundle)
        lenient.load_cert_chain(cert_path, key_path)
        lenient.set_ciphers("DEFAULT:@SECLEVEL=0")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            lenient.minimum_version = ssl.TLSVersion.TLSv1
        with httpx.Client(verify=lenient) as client:
            assert client.get(old.url).json()["version"] == "TLSv1.1"
        credential = structure(p12, Answers(PASSWORD))
        with build_http_client(credential.ssl_context(ca_bundle)) as client, pytest.raises(TlsError) as caught:
            send(client, "GET", old.url)
    assert "protocol_version" in caught.value.message.lower(), caught.value.message  # we offered only >= 1.2


def test_wrong_password_is_bad_password(p12: Path, ca_bundle: Path) -> None:
    provider = Answers("not-the-password", None)
    with pytest.raises(CredentialError) as caught:
        structure(p12, provider).ssl_context(ca_bundle)
    assert caught.value.code == "credential.bad_password"
    assert [r.retry for r in provider.requests] == [False, True]


def test_expired_certificate_is_not_used(pki: Pki, ca_bundle: Path) -> None:
    past = dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)
    expired = pki.write_p12(
        Path(tempfile.gettempdir()) / "expired.p12",
        pki.client(not_after=past, not_before=past - dt.timedelta(days=30)),
        PASSWORD,
    )
    with pytest.raises(CredentialError) as caught:
        structure(expired, Answers(PASSWORD)).ssl_context(ca_bundle)
    assert caught.value.code == "credential.expired"
    expired.unlink()


def test_fallback_without_memfd_writes_only_an_encrypted_key_and_deletes_it(
    server: EchoServer, p12: Path, ca_bundle: Path, private_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """macOS/Windows route: a 0600 file in a 0700 temp dir, deleted right after OpenSSL read it."""
    monkeypatch.delattr(os, "memfd_create")
    seen: list[tuple[str, bytes, int]] = []
    original = ssl.SSLContext.load_cert_chain

    def recording(self: ssl.SSLContext, certfile: str, keyfile: str | None = None, password: object = None) -> None:
        assert keyfile is not None
        seen.append((keyfile, Path(keyfile).read_bytes(), stat.S_IMODE(os.stat(keyfile).st_mode)))
        original(self, certfile, keyfile, password)  # type: ignore[arg-type]

    monkeypatch.setattr(ssl.SSLContext, "load_cert_chain", recording)
    with build_http_client(structure(p12, Answers(PASSWORD)).ssl_context(ca_bundle)) as client:
        assert send(client, "GET", server.url).json()["subject"].startswith("CN=ORG AUTH_CLI")
    [(keyfile, content, mode)] = seen
    assert Path(keyfile).is_relative_to(private_temp)
    assert mode == 0o600
    assert content.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----")
    assert not Path(keyfile).exists() and list(private_temp.iterdir()) == []
