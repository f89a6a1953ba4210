"""Client-side test PKI: the PERSONNES intermediate, the structure « ORG AUTH_CLI » .p12, the client-CA bundle."""

from __future__ import annotations

import re
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_app.sandbox import SANDBOX_P12_PASSWORD, SandboxSettings, describe_credentials, prepare
from desktop_app.sandbox.identities import STRUCTURE_DN
from desktop_app.sandbox.pki import PkiPaths, ensure_pki
from desktop_app.sandbox.structure_cert import ensure_structure_p12

# DER of the PBES2 and AES-256-CBC object identifiers: what cryptography's BestAvailableEncryption writes.
PBES2 = bytes.fromhex("06092a864886f70d01050d")
AES_256_CBC = bytes.fromhex("060960864801650304012a")


def names(name: x509.Name, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(attribute.value) for attribute in name.get_attributes_for_oid(oid)]


def test_personnes_intermediate_and_client_ca(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", [])
    root = x509.load_pem_x509_certificate(paths.ca_bundle.read_bytes())
    personnes = x509.load_pem_x509_certificate(paths.personnes_cert.read_bytes())
    assert personnes.subject.rfc4514_string() == (
        "CN=TEST AC IGC-SANTE ELEMENTAIRE PERSONNES,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR"
    )
    personnes.verify_directly_issued_by(root)
    assert x509.load_pem_x509_certificates(paths.client_ca.read_bytes()) == [
        root,
        x509.load_pem_x509_certificate(paths.intermediate_cert.read_bytes()),
        personnes,
    ]
    assert stat.S_IMODE(paths.personnes_key.stat().st_mode) == 0o600


def test_structure_p12_opens_with_the_published_password_only(tmp_path: Path) -> None:
    settings = SandboxSettings(state_dir=tmp_path / "state")
    prepare(settings)
    p12 = Path(str(describe_credentials(settings)["sandbox-structure"]["path"]))
    data = p12.read_bytes()
    assert stat.S_IMODE(p12.stat().st_mode) == 0o600
    assert PBES2 in data and AES_256_CBC in data  # the key is encrypted with PBES2 + AES-256-CBC
    assert b"PRIVATE KEY" not in data
    with pytest.raises(ValueError):
        pkcs12.load_key_and_certificates(data, b"mauvais")
    with pytest.raises((ValueError, TypeError)):
        pkcs12.load_key_and_certificates(data, None)
    key, cert, chain = pkcs12.load_key_and_certificates(data, SANDBOX_P12_PASSWORD.encode())
    assert isinstance(key, rsa.RSAPrivateKey) and key.key_size == 2048 and cert is not None
    assert cert.subject.rfc4514_string() == STRUCTURE_DN
    (ou,) = names(cert.subject, NameOID.ORGANIZATIONAL_UNIT_NAME)
    assert re.fullmatch(r"3\d{14}", ou)  # IGC Santé structure id: "3" + SIRET
    assert names(cert.subject, NameOID.ORGANIZATION_NAME) == ["CABINET MEDICAL DU BAC A SABLE"]
    assert names(cert.subject, NameOID.COUNTRY_NAME) == ["FR"]
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert list(usage) == [ExtendedKeyUsageOID.CLIENT_AUTH]
    assert [c.subject for c in chain] == [
        x509.Name.from_rfc4514_string(
            "CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR"
        )
    ]
    root = x509.load_pem_x509_certificate((p12.parent / "ca-bundle.pem").read_bytes())
    # (cryptography's client verifier wants a SAN, which ORG certificates lack: OpenSSL's check is the handshakes'.)
    cert.verify_directly_issued_by(chain[0])
    chain[0].verify_directly_issued_by(root)
    chain_file = x509.load_pem_x509_certificates((p12.parent / "org-auth-cli-chain.pem").read_bytes())
    assert chain_file == [cert, *chain]


def test_p12_is_kept_then_renewed_with_a_new_pki(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", [])
    p12 = ensure_structure_p12(paths)
    before = p12.read_bytes()
    assert ensure_structure_p12(ensure_pki(tmp_path / "pki", [])).read_bytes() == before
    paths.root_key.unlink()
    renewed = ensure_structure_p12(ensure_pki(tmp_path / "pki", []))
    assert renewed.read_bytes() != before
    _, cert, _ = pkcs12.load_key_and_certificates(renewed.read_bytes(), SANDBOX_P12_PASSWORD.encode())
    assert cert is not None
    cert.verify_directly_issued_by(
        x509.load_pem_x509_certificate(PkiPaths(paths.directory).intermediate_cert.read_bytes())
    )
    p12.unlink()
    assert ensure_structure_p12(paths).is_file()  # a missing .p12 is made again
