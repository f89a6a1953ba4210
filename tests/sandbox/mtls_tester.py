"""Client certificates for testing the sandbox's mTLS rooms, with httpx and ``ssl`` only (never desktop_app.core).

The tests may write a private key in clear to a tmp file (the client never does): it keeps this tester a few
lines of standard ``ssl`` code, independent of the client's credential code.
"""

from __future__ import annotations

import datetime as dt
import ssl
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from desktop_app.sandbox import SANDBOX_P12_PASSWORD, SandboxHandle, describe
from desktop_app.sandbox.pki import PkiPaths, Profile, load_authority

TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN_TYPE = "urn:ietf:params:oauth:token-type:access_token"


@dataclass(frozen=True)
class ClientCertificate:
    """A certificate and its key as files, ready for ``SSLContext.load_cert_chain``."""

    der: bytes
    chain: Path
    key: Path

    @property
    def subject(self) -> str:
        return x509.load_der_x509_certificate(self.der).subject.rfc4514_string()


def _write(
    folder: Path, name: str, cert: x509.Certificate, chain: list[x509.Certificate], key: Any
) -> ClientCertificate:
    folder.mkdir(parents=True, exist_ok=True)
    chain_path = folder / f"{name}-chain.pem"
    key_path = folder / f"{name}-key.pem"
    chain_path.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [cert, *chain]))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    key_path.chmod(0o600)
    return ClientCertificate(cert.public_bytes(serialization.Encoding.DER), chain_path, key_path)


def structure_certificate(handle: SandboxHandle, folder: Path) -> ClientCertificate:
    """The sandbox's structure certificate, opened from its .p12 with the published test password."""
    p12 = Path(str(describe(handle.settings)["ca_bundle"])).parent / "org-auth-cli.p12"
    key, cert, extra = pkcs12.load_key_and_certificates(p12.read_bytes(), SANDBOX_P12_PASSWORD.encode())
    assert key is not None and cert is not None
    return _write(folder, "structure", cert, list(extra), key)


def issued_certificate(handle: SandboxHandle, folder: Path, common_name: str) -> ClientCertificate:
    """A certificate the TEST issues with the sandbox's ORGANISATIONS CA: trusted, but registered nowhere."""
    paths = PkiPaths(Path(str(describe(handle.settings)["ca_bundle"])).parent)
    organisations = load_authority(paths.intermediate_cert, paths.intermediate_key)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "STRUCTURE NON ENREGISTREE"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )
    cert = organisations.issue(name, key.public_key(), Profile.TLS_CLIENT, days=30)
    return _write(folder, common_name.lower().replace(" ", "-"), cert, [organisations.certificate], key)


def untrusted_certificate(folder: Path) -> ClientCertificate:
    """A self-signed client certificate from a CA the sandbox does not trust."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "AC PIRATE")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return _write(folder, "untrusted", cert, [], key)


def tls_context(handle: SandboxHandle, certificate: ClientCertificate | None) -> ssl.SSLContext:
    context = ssl.create_default_context(cafile=str(describe(handle.settings)["ca_bundle"]))
    if certificate is not None:
        context.load_cert_chain(str(certificate.chain), str(certificate.key))
    return context


def client(handle: SandboxHandle, certificate: ClientCertificate | None) -> httpx.Client:
    return httpx.Client(verify=tls_context(handle, certificate), timeout=10)


def exchange_form(subject_token: str, client_id: str = "desktop-app", **overrides: str | None) -> dict[str, str]:
    """An RFC 8693 §2.1 request as the sandbox's ``describe()`` says to send it."""
    form: dict[str, str | None] = {
        "grant_type": TOKEN_EXCHANGE,
        "subject_token": subject_token,
        "subject_token_type": ACCESS_TOKEN_TYPE,
        "subject_issuer": "psc",
        "scope": "signsessiondata",
        "audience": "sandbox-api",
        "client_id": client_id,
        **overrides,
    }
    return {k: v for k, v in form.items() if v is not None}
