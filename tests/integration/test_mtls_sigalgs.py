"""The PKCS#1-only restriction, proven against an independent TLS server: ``openssl s_server``.

The server asks for a client certificate and accepts only the signature algorithms it is told to
(``-client_sigalgs``). A client restricted by :func:`restrict_to_pkcs1` must fail against an RSA-PSS-only
server (it has nothing it may sign with) and succeed against a PKCS#1-only one; an unrestricted client is the
control (it signs PSS). The client key is a software key here; the card variant is in test_mtls_card.py.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from desktop_app.core.config import CredentialConfig
from desktop_app.core.tls.pin import SecretRequest
from desktop_app.core.tls.pkcs12 import Pkcs12Credential
from desktop_app.core.tls.sigalgs import restrict_to_pkcs1
from tests.support.test_pki import Pki

pytestmark = pytest.mark.integration

PASSWORD = "sigalgs-password"


class Fixed:
    def ask(self, request: SecretRequest) -> str | None:
        return PASSWORD


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("sigalgs")
    pki = Pki(folder / "secrets")
    cert, key = pki.server_files(pki.server())
    chain = folder / "client-ca.pem"
    chain.write_bytes(pki.root.pem + pki.sub.pem)
    return {
        "cert": cert,
        "key": key,
        "client_ca": chain,
        "ca": pki.ca_bundle(folder / "ca.pem"),
        "p12": pki.write_p12(folder / "client.p12", pki.client(), PASSWORD),
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def s_server(files: dict[str, Path], client_sigalgs: str) -> Iterator[str]:
    port = free_port()
    proc = subprocess.Popen(
        ["openssl", "s_server", "-accept", f"127.0.0.1:{port}", "-cert", str(files["cert"]), "-key", str(files["key"]),
         "-CAfile", str(files["client_ca"]), "-Verify", "1", "-client_sigalgs", client_sigalgs, "-www", "-quiet"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, "openssl s_server did not start"
                time.sleep(0.02)
        yield f"https://127.0.0.1:{port}/"
    finally:
        proc.kill()
        proc.wait(5)


def context(files: dict[str, Path], *, pkcs1: bool = False, tls12: bool = False) -> ssl.SSLContext:
    ctx = Pkcs12Credential(CredentialConfig(name="c", type="pkcs12", path=files["p12"]), Fixed()).ssl_context(
        files["ca"]
    )
    if tls12:
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    if pkcs1:
        restrict_to_pkcs1(ctx)
    return ctx


def fetch(ctx: ssl.SSLContext, url: str) -> str:
    with httpx.Client(verify=ctx) as client:
        return client.get(url).text


def test_pkcs1_client_cannot_answer_a_pss_only_server(files: dict[str, Path]) -> None:
    with s_server(files, "rsa_pss_rsae_sha256:rsa_pss_rsae_sha384") as url:
        # Controls: an unrestricted client signs PSS, over TLS 1.3 and over TLS 1.2 alike.
        assert "TLSv1.3" in fetch(context(files), url)
        assert "TLSv1.2" in fetch(context(files, tls12=True), url)
        with pytest.raises(httpx.HTTPError):
            fetch(context(files, pkcs1=True), url)


def test_pkcs1_client_answers_a_pkcs1_server_over_tls12(files: dict[str, Path]) -> None:
    with s_server(files, "RSA+SHA256:RSA+SHA512") as url:
        page = fetch(context(files, pkcs1=True), url)
    assert "TLSv1.2" in page
