"""The client pool against a real mTLS server on 127.0.0.1: the certificate is presented, connections are kept
alive (one TLS handshake per origin for many calls), and handshakes are counted per origin."""

from __future__ import annotations

import datetime as dt
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_app.core.api.connections import ClientPool
from desktop_app.core.tls.trust import build_ssl_context

pytestmark = pytest.mark.integration


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _issue(subject: str, key: ec.EllipticCurvePrivateKey, issuer: x509.Certificate | None, issuer_key, **kw):  # type: ignore[no-untyped-def]
    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(issuer.subject if issuer else _name(subject))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(hours=1))
        .add_extension(x509.BasicConstraints(ca=issuer is None, path_length=None), critical=True)
    )
    if kw.get("server"):
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(__import__("ipaddress").ip_address("127.0.0.1"))]),
            critical=False,
        ).add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    if kw.get("client"):
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def _write(path: Path, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey | None = None) -> Path:
    data = cert.public_bytes(serialization.Encoding.PEM)
    if key is not None:
        data += key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    path.write_bytes(data)
    return path


@dataclass
class Server:
    origin: str
    ca_bundle: Path
    client_pem: Path
    connections: list[str]


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive

    def do_GET(self) -> None:
        peer = self.connection.getpeercert()  # type: ignore[attr-defined]
        subject = dict(pair[0] for pair in peer["subject"])["commonName"] if peer else "-"
        body = subject.encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    """A keep-alive HTTPS server requiring a client certificate (keys live in the test's own tmp folder)."""
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _issue("Test CA", ca_key, None, ca_key)
    server_key, client_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    server_pem = _write(tmp_path / "server.pem", _issue("127.0.0.1", server_key, ca, ca_key, server=True), server_key)
    client_pem = _write(
        tmp_path / "client.pem", _issue("ORG AUTH_CLI test", client_key, ca, ca_key, client=True), client_key
    )
    ca_bundle = _write(tmp_path / "ca.pem", ca)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(server_pem)
    context.load_verify_locations(ca_bundle)
    context.verify_mode = ssl.CERT_REQUIRED
    connections: list[str] = []

    class Httpd(ThreadingHTTPServer):
        daemon_threads = True

        def get_request(self):  # type: ignore[no-untyped-def]
            sock, address = super().get_request()
            connections.append(str(address))
            return context.wrap_socket(sock, server_side=True), address

    httpd = Httpd(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield Server(f"https://127.0.0.1:{httpd.server_address[1]}", ca_bundle, client_pem, connections)
    httpd.shutdown()
    httpd.server_close()


class PemCredential:
    """A stand-in for a core/tls credential: a certificate and key from a PEM file of the test's own PKI."""

    kind = "pkcs12"

    def __init__(self, name: str, pem: Path) -> None:
        self.name, self._pem, self.contexts = name, pem, 0

    def ssl_context(self, ca_bundle: Path | None) -> ssl.SSLContext:
        self.contexts += 1
        context = build_ssl_context(ca_bundle)
        context.load_cert_chain(self._pem)
        return context


def test_twenty_calls_one_handshake_and_the_certificate_presented(server: Server) -> None:
    pool = ClientPool(timeout=5)
    credential = PemCredential("structure", server.client_pem)
    try:
        for _ in range(20):
            response = pool.client(credential, server.ca_bundle).get(server.origin + "/x")  # type: ignore[arg-type]
            assert response.status_code == 200 and response.text == "ORG AUTH_CLI test"
        assert pool.handshakes == {server.origin: 1}
        assert len(server.connections) == 1 and credential.contexts == 1
        pool.drop("structure")
        pool.client(credential, server.ca_bundle).get(server.origin + "/x")  # type: ignore[arg-type]
        assert pool.handshakes == {server.origin: 2}
    finally:
        pool.close()


def test_a_caller_trace_still_receives_events(server: Server) -> None:
    pool = ClientPool(timeout=5)
    seen: list[str] = []
    try:
        client = pool.client(PemCredential("structure", server.client_pem), server.ca_bundle)  # type: ignore[arg-type]
        client.get(server.origin, extensions={"trace": lambda event, info: seen.append(event)})
    finally:
        pool.close()
    assert "connection.start_tls.complete" in seen
    assert pool.handshakes == {server.origin: 1}
