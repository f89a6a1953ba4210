"""CertificateInfo fields, the structure id, RFC 8705 vs ANS thumbprints and expiry checks."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import subprocess

import pytest
from cryptography.hazmat.primitives import serialization

from desktop_app.core.errors import ConfigError, CredentialError
from desktop_app.core.tls.certificate import (
    EXPIRY_WARNING_DAYS,
    certificate_info,
    cnf_matches,
    cnf_thumbprint,
)
from tests.support.test_pki import Pki


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki-secrets"))


def openssl_fingerprint(pem: bytes) -> str:
    """SHA-256 fingerprint computed by the openssl command, not by our code or cryptography's hash."""
    out = subprocess.run(
        ["openssl", "x509", "-noout", "-fingerprint", "-sha256"], input=pem, capture_output=True, check=True
    ).stdout.decode()
    return out.strip().split("=", 1)[1].replace(":", "").lower()


def test_fields_of_a_structure_certificate(pki: Pki) -> None:
    issued = pki.client("ORG AUTH_CLI", ou="3180036216500")
    info = certificate_info(issued.der)
    assert info.der == issued.der
    assert info.common_name == "ORG AUTH_CLI"
    assert info.structure_id == "3180036216500"
    # RFC 4514: most specific attribute first.
    assert info.subject == "CN=ORG AUTH_CLI,OU=3180036216500,O=ASIP-SANTE TEST,C=FR"
    assert info.issuer.startswith("CN=TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS")
    assert int(info.serial_hex, 16) == issued.cert.serial_number
    assert info.serial_hex == info.serial_hex.upper() and len(info.serial_hex) % 2 == 0
    assert info.not_before.tzinfo is not None and info.not_after.tzinfo is not None
    assert info.not_after == issued.cert.not_valid_after_utc
    assert "der=" not in repr(info)  # the DER blob is kept out of repr


def test_no_ou_means_no_structure_id(pki: Pki) -> None:
    assert certificate_info(pki.client("someone", ou=None).der).structure_id is None


def test_thumbprints_match_independent_computations(pki: Pki) -> None:
    issued = pki.client()
    hex_digest = openssl_fingerprint(issued.pem)
    info = certificate_info(issued.der)
    assert info.sha256_hex == hex_digest
    rfc8705 = base64.urlsafe_b64encode(bytes.fromhex(hex_digest)).decode().rstrip("=")
    assert info.x5t_s256 == rfc8705 == cnf_thumbprint(issued.der, "rfc8705")
    ans = base64.b64encode(hex_digest.encode()).decode()
    assert cnf_thumbprint(issued.der, "ans-hex") == ans
    assert len(ans) == 88 and ans.endswith("=")  # standard base64 of 64 ASCII hex digits
    assert "=" not in rfc8705 and len(rfc8705) == 43


def test_cnf_matches_names_the_encoding(pki: Pki) -> None:
    issued, other = pki.client(), pki.client()
    digest = hashlib.sha256(issued.der).digest()
    assert cnf_matches(base64.urlsafe_b64encode(digest).decode().rstrip("="), issued.der) == "rfc8705"
    ans = base64.b64encode(digest.hex().encode()).decode()
    assert cnf_matches(ans, issued.der) == "ans-hex"
    assert cnf_matches(ans.rstrip("="), issued.der) == "ans-hex"
    assert cnf_matches(cnf_thumbprint(other.der, "rfc8705"), issued.der) is None
    assert cnf_matches(base64.b64encode(digest.hex().upper().encode()).decode(), issued.der) is None
    assert cnf_matches("", issued.der) is None


def test_unknown_encoding_is_a_config_error(pki: Pki) -> None:
    with pytest.raises(ConfigError) as caught:
        cnf_thumbprint(pki.client().der, "x5t")
    assert caught.value.code == "config.invalid"


def test_expiry_checks(pki: Pki) -> None:
    t0 = dt.datetime(2030, 1, 1, tzinfo=dt.UTC)
    info = certificate_info(pki.client(not_after=t0, not_before=t0 - dt.timedelta(days=400)).der)
    assert not info.expired(t0 - dt.timedelta(seconds=1))
    assert info.expired(t0 + dt.timedelta(seconds=1))
    assert info.expires_within(EXPIRY_WARNING_DAYS, t0 - dt.timedelta(days=29))
    assert not info.expires_within(EXPIRY_WARNING_DAYS, t0 - dt.timedelta(days=31))
    assert info.expires_soon(t0 - dt.timedelta(days=10))
    assert not info.expires_soon(t0 - dt.timedelta(days=60))
    assert not info.expires_soon(t0 + dt.timedelta(days=1))  # expired is an error, not a warning
    assert info.not_yet_valid(t0 - dt.timedelta(days=500))


def test_default_now_is_utc(pki: Pki) -> None:
    info = certificate_info(pki.client().der)
    assert not info.expired() and not info.expires_soon()


def test_garbage_is_unreadable() -> None:
    with pytest.raises(CredentialError) as caught:
        certificate_info(b"not a certificate")
    assert caught.value.code == "credential.unreadable"


def test_pem_input_is_refused_as_der(pki: Pki) -> None:
    pem = pki.client().cert.public_bytes(serialization.Encoding.PEM)
    with pytest.raises(CredentialError):
        certificate_info(pem)
