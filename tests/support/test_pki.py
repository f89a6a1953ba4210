"""A throwaway test PKI, TLS peers and a SoftHSM card for the credential tests — made at test time, never shipped.

- :class:`Pki`: an IGC-Santé-like root and "ORGANISATIONS" sub-CA (EC keys kept in memory), issuing server
  certificates for 127.0.0.1 and client certificates (structure id in the subject OU), as PEM files or
  password-protected PKCS#12;
- :class:`EchoServer`: ``http.server`` + ``ssl`` on 127.0.0.1 with client certificates REQUIRED, answering
  each GET with the peer certificate's subject and the TLS version as JSON; it can be forced down to TLS 1.1;
- :class:`SoftCard`: a SoftHSM2 token with a non-extractable RSA key and its certificate, made with the real
  ``softhsm2-util`` and ``pkcs11-tool`` (as a CPS card is personalised: key generated on the token).

The server's private key must be a file for ``ssl``; it goes to ``secrets_dir``, which callers keep outside
the folders the "no clear private key on disk" checks scan.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import shutil
import ssl
import subprocess
import threading
import warnings
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

SOFTHSM_MODULES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
PKCS11_SPY_MODULES = ("/usr/lib/x86_64-linux-gnu/pkcs11-spy.so", "/usr/lib/x86_64-linux-gnu/pkcs11/pkcs11-spy.so")
PEM_PRIVATE_KEY = b"PRIVATE KEY-----"


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _name(cn: str, *, ou: str | None = None, org: str = "ASIP-SANTE TEST") -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)]
    if ou is not None:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, ou))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    return x509.Name(attrs)


@dataclass
class Issued:
    """A certificate with its private key (None when the key lives on a token)."""

    cert: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


class Pki:
    """A root CA and an "ORGANISATIONS" sub-CA, like IGC Santé's test chain."""

    def __init__(self, secrets_dir: Path, *, name: str = "TEST AC RACINE IGC-SANTE ELEMENTAIRE") -> None:
        self.secrets_dir = secrets_dir
        secrets_dir.mkdir(parents=True, exist_ok=True)
        root_key = ec.generate_private_key(ec.SECP256R1())
        self.root = Issued(self._ca_cert(_name(name), root_key, None, root_key), root_key)
        sub_key = ec.generate_private_key(ec.SECP256R1())
        sub_name = _name(f"TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS ({name[-12:]})", ou="IGC-SANTE TEST")
        self.sub = Issued(self._ca_cert(sub_name, sub_key, self.root, root_key), sub_key)

    def ca_bundle(self, path: Path) -> Path:
        """Write the root (the trust anchor a client is given) to ``path``."""
        path.write_bytes(self.root.pem)
        return path

    def server(self, host: str = "127.0.0.1") -> Issued:
        key = ec.generate_private_key(ec.SECP256R1())
        san = x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host)), x509.DNSName("localhost")])
        builder = self._leaf(_name(host), key.public_key(), now() + dt.timedelta(days=30), now())
        builder = builder.add_extension(san, critical=False).add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        return Issued(builder.sign(self.sub.key, hashes.SHA256()), key)  # type: ignore[arg-type]

    def client(
        self,
        cn: str = "ORG AUTH_CLI",
        *,
        ou: str | None = "3180000000000",
        public_key: Any = None,
        not_after: dt.datetime | None = None,
        not_before: dt.datetime | None = None,
    ) -> Issued:
        """A client certificate; a fresh RSA key unless ``public_key`` (a key that lives on a token) is given."""
        key = None
        if public_key is None:
            key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
            public_key = key.public_key()
        builder = self._leaf(
            _name(cn, ou=ou), public_key, not_after or now() + dt.timedelta(days=365), not_before or now()
        )
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
        return Issued(builder.sign(self.sub.key, hashes.SHA256()), key)  # type: ignore[arg-type]

    def write_p12(self, path: Path, issued: Issued, password: str) -> Path:
        """The client certificate, its key and the sub-CA as a password-protected PKCS#12 (AES, PBKDF2)."""
        assert issued.key is not None
        data = pkcs12.serialize_key_and_certificates(
            b"client",
            issued.key,  # type: ignore[arg-type]
            issued.cert,
            [self.sub.cert],
            serialization.BestAvailableEncryption(password.encode()),
        )
        path.write_bytes(data)
        return path

    def server_files(self, issued: Issued, stem: str = "server") -> tuple[Path, Path]:
        """Write the server chain and key to ``secrets_dir`` (the key in clear: ``ssl`` needs a file)."""
        assert issued.key is not None
        cert_path = self.secrets_dir / f"{stem}.pem"
        key_path = self.secrets_dir / f"{stem}.key"
        cert_path.write_bytes(issued.pem + self.sub.pem)
        key_path.write_bytes(
            issued.key.private_bytes(
                serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
            )
        )
        return cert_path, key_path

    def _ca_cert(self, subject: x509.Name, key: Any, issuer: Issued | None, signer: Any) -> x509.Certificate:
        builder = (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(issuer.cert.subject if issuer else subject)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now() - dt.timedelta(days=1))
            .not_valid_after(now() + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        )
        if issuer is not None:
            builder = builder.add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.cert.public_key()),  # type: ignore[arg-type]
                critical=False,
            )
        return builder.sign(signer, hashes.SHA256())

    def _leaf(
        self, subject: x509.Name, public_key: Any, not_after: dt.datetime, not_before: dt.datetime
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.sub.cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(min(not_before, not_after) - dt.timedelta(minutes=5))
            .not_valid_after(not_after)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self.sub.cert.public_key()),  # type: ignore[arg-type]
                critical=False,
            )
        )


class _Handler(BaseHTTPRequestHandler):
    server: _TlsHttpServer

    def do_GET(self) -> None:
        peer = self.connection.getpeercert(binary_form=True)  # type: ignore[attr-defined]
        body = json.dumps(
            {
                "subject": x509.load_der_x509_certificate(peer).subject.rfc4514_string() if peer else None,
                "version": self.connection.version(),  # type: ignore[attr-defined]
            }
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        return


class _TlsHttpServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, context: ssl.SSLContext) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.context = context
        self.handshake_errors: list[str] = []
        self.handshakes = 0

    def finish_request(self, request: Any, client_address: Any) -> None:
        # The handshake runs here, on the connection's thread, so a refused client never stops the server.
        try:
            tls = self.context.wrap_socket(request, server_side=True)
        except (ssl.SSLError, OSError) as exc:
            self.handshake_errors.append(f"{type(exc).__name__}: {exc}")
            return
        self.handshakes += 1
        try:
            super().finish_request(tls, client_address)
        finally:
            tls.close()


class EchoServer:
    """An HTTPS server on 127.0.0.1 requiring a client certificate from ``client_ca`` (a context manager)."""

    def __init__(self, pki: Pki, *, client_ca: Pki | None = None, tls11_only: bool = False) -> None:
        cert_path, key_path = pki.server_files(pki.server(), stem=f"server-{id(self)}")
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert_path, key_path)
        context.verify_mode = ssl.CERT_REQUIRED
        # Like a real IGC Santé server, it knows the sub-CA too: a card sends only its own certificate.
        trusted = client_ca or pki
        context.load_verify_locations(cadata=(trusted.root.pem + trusted.sub.pem).decode())
        if tls11_only:
            context.set_ciphers("DEFAULT:@SECLEVEL=0")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                context.minimum_version = ssl.TLSVersion.TLSv1
                context.maximum_version = ssl.TLSVersion.TLSv1_1
        self._server = _TlsHttpServer(context)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return f"https://127.0.0.1:{self._server.server_address[1]}/"

    @property
    def handshake_errors(self) -> list[str]:
        return self._server.handshake_errors

    def __enter__(self) -> EchoServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)


def softhsm_module() -> str:
    for path in SOFTHSM_MODULES:
        if Path(path).is_file():
            return path
    raise FileNotFoundError("SoftHSM2 is not installed (tools/system-deps.sh installs it)")


def pkcs11_spy_module() -> str:
    for path in PKCS11_SPY_MODULES:
        if Path(path).is_file():
            return path
    raise FileNotFoundError("OpenSC's pkcs11-spy is not installed (tools/system-deps.sh installs opensc)")


@dataclass
class SoftCard:
    """A SoftHSM2 token holding a non-extractable RSA key and its certificate, like a CPS card."""

    folder: Path
    token_label: str
    key_label: str
    pin: str
    certificate: Issued

    @property
    def conf(self) -> Path:
        return self.folder / "softhsm2.conf"

    @property
    def tokens_dir(self) -> Path:
        return self.folder / "tokens"

    @classmethod
    def create(
        cls, folder: Path, pki: Pki, *, token_label: str = "CPS-TEST", key_label: str = "authentification"
    ) -> SoftCard:
        pin = "1234"
        (folder / "tokens").mkdir(parents=True)
        conf = folder / "softhsm2.conf"
        conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
        env = {**os.environ, "SOFTHSM2_CONF": str(conf)}
        module = softhsm_module()
        tool = ["pkcs11-tool", "--module", module, "--token-label", token_label, "--login", "--pin", pin]

        def run(*args: str) -> None:
            subprocess.run(args, env=env, check=True, capture_output=True, timeout=60)

        run("softhsm2-util", "--init-token", "--free", "--label", token_label, "--pin", pin, "--so-pin", "12345678")
        run(*tool, "--keypairgen", "--key-type", "rsa:2048", "--id", "01", "--label", key_label)
        public_der = folder / "public.der"
        run(*tool, "--read-object", "--type", "pubkey", "--id", "01", "-o", str(public_der))
        public_key = serialization.load_der_public_key(public_der.read_bytes())
        issued = pki.client("899700218896", ou="CPS", public_key=public_key)
        cert_der = folder / "cert.der"
        cert_der.write_bytes(issued.der)
        run(*tool, "--write-object", str(cert_der), "--type", "cert", "--id", "01", "--label", key_label)
        return cls(folder=folder, token_label=token_label, key_label=key_label, pin=pin, certificate=issued)

    def copy(self, folder: Path) -> SoftCard:
        """An independent copy (its own token directory), for a test that removes the token."""
        shutil.copytree(self.tokens_dir, folder / "tokens")
        (folder / "softhsm2.conf").write_text(
            self.conf.read_text().replace(str(self.tokens_dir), str(folder / "tokens"))
        )
        return SoftCard(folder, self.token_label, self.key_label, self.pin, self.certificate)

    def remove_token(self) -> None:
        """What pulling the card out looks like to SoftHSM: its token directory disappears."""
        for child in self.tokens_dir.iterdir():
            shutil.rmtree(child)


def private_key_files(*roots: Path) -> list[str]:
    """Files under ``roots`` holding a PEM private key block (clear or encrypted)."""
    hits = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and PEM_PRIVATE_KEY in path.read_bytes():
                hits.append(str(path))
    return hits
