"""The structure's « ORG AUTH_CLI » software certificate, as a password-protected PKCS#12 file.

What a structure receives from IGC Santé: an RSA 2048 key and a client-authentication certificate issued by
``AC IGC-SANTE ELEMENTAIRE ORGANISATIONS``, in a .p12 with its chain. The key is encrypted with cryptography's
``BestAvailableEncryption`` (AES-256-CBC, PBKDF2) under the published test password ``SANDBOX_P12_PASSWORD``:
the client must open it the way it opens a real one (ask the password, never write the key in clear).

Beside it, ``org-auth-cli-chain.pem`` holds the certificate and its intermediate (public): what a server
administrator registers, and how the start-up check stays instant (opening the .p12 costs a PBKDF2 and a key
load). Both are kept while the certificate is valid and issued by the current ``ORGANISATIONS`` key, and
regenerated otherwise (a new PKI, expiry within ``RENEW_BEFORE``, a missing file).
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

from desktop_app.sandbox.identities import STRUCTURE_SUBJECT
from desktop_app.sandbox.pki import (
    Authority,
    PkiPaths,
    Profile,
    cert_pem,
    fresh,
    issued_by,
    load_authority,
    new_key,
)
from desktop_app.sandbox.private_files import write_atomically
from desktop_app.sandbox.settings import SANDBOX_P12_PASSWORD

#: IGC Santé issues ORG certificates for 3 years.
_VALIDITY_DAYS = 3 * 365
_FRIENDLY_NAME = b"org-auth-cli"


def structure_p12(paths: PkiPaths) -> Path:
    return paths.directory / "org-auth-cli.p12"


def structure_chain(paths: PkiPaths) -> Path:
    return paths.directory / "org-auth-cli-chain.pem"


def ensure_structure_p12(paths: PkiPaths) -> Path:
    """Create the .p12 if missing or stale; a no-op (two small file reads) otherwise."""
    target = structure_p12(paths)
    organisations = load_authority(paths.intermediate_cert, paths.intermediate_key)
    if target.is_file() and _fits(structure_chain(paths), organisations):
        return target
    key = new_key()
    cert = organisations.issue(STRUCTURE_SUBJECT, key.public_key(), Profile.TLS_CLIENT, days=_VALIDITY_DAYS)
    data = pkcs12.serialize_key_and_certificates(
        _FRIENDLY_NAME,
        key,
        cert,
        [organisations.certificate],
        BestAvailableEncryption(SANDBOX_P12_PASSWORD.encode()),
    )
    write_atomically(target, data, mode=0o600)
    write_atomically(structure_chain(paths), cert_pem(cert) + cert_pem(organisations.certificate), mode=0o644)
    return target


def load_structure_certificate(paths: PkiPaths) -> x509.Certificate:
    """The structure certificate (for the rooms and the tests; the key stays in the .p12)."""
    loaded = pkcs12.load_pkcs12(structure_p12(paths).read_bytes(), SANDBOX_P12_PASSWORD.encode())
    if loaded.cert is None:
        raise ValueError("the structure .p12 holds no certificate")
    return loaded.cert.certificate


def _fits(chain: Path, organisations: Authority) -> bool:
    try:
        cert = x509.load_pem_x509_certificates(chain.read_bytes())[0]
    except (OSError, ValueError, IndexError):
        return False
    return cert.subject == STRUCTURE_SUBJECT and issued_by(cert, organisations.certificate) and fresh(cert)
