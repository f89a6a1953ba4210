"""What the app shows and checks of a client certificate: pure functions over its DER encoding.

Everything here is computed from the certificate alone (``cryptography``), so the GUI, ``doctor`` and the token
exchange agree on one reading. The thumbprint is the one RFC 8705 §3.1 binds tokens to (``cnf.x5t#S256``); ANS's
Keycloak mapper writes a second encoding of the same digest, which :func:`cnf_thumbprint` also produces.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.x509.oid import NameOID

from desktop_app.core.errors import ConfigError, CredentialError

# A certificate that ends within this many days gets a warning in the GUI and ``doctor`` (issue 3): IGC Santé
# renewals take days, so a month's notice leaves time to order the next one.
EXPIRY_WARNING_DAYS = 30

CNF_ENCODINGS = ("rfc8705", "ans-hex")


@dataclass(frozen=True)
class CertificateInfo:
    """One X.509 certificate as the app reads it. Times are UTC-aware."""

    der: bytes = field(repr=False)
    subject: str
    issuer: str
    common_name: str
    serial_hex: str
    not_before: datetime
    not_after: datetime
    structure_id: str | None
    sha256_hex: str
    x5t_s256: str

    def expired(self, now: datetime | None = None) -> bool:
        """True once ``not_after`` has passed: such a certificate is refused for mTLS (``credential.expired``)."""
        return _now(now) > self.not_after

    def expires_within(self, days: int, now: datetime | None = None) -> bool:
        """True when the certificate ends within ``days`` days from ``now`` (or has already ended)."""
        return self.not_after - _now(now) <= timedelta(days=days)

    def expires_soon(self, now: datetime | None = None) -> bool:
        """Still valid but ending within :data:`EXPIRY_WARNING_DAYS`: a warning, never an error."""
        return not self.expired(now) and self.expires_within(EXPIRY_WARNING_DAYS, now)

    def not_yet_valid(self, now: datetime | None = None) -> bool:
        return _now(now) < self.not_before


def certificate_info(der: bytes) -> CertificateInfo:
    """Read a DER certificate; :class:`CredentialError` ``credential.unreadable`` if it is not one."""
    try:
        cert = x509.load_der_x509_certificate(der)
    except ValueError:
        raise CredentialError("not a DER X.509 certificate", code="credential.unreadable") from None
    digest = hashlib.sha256(der).digest()
    return CertificateInfo(
        der=der,
        subject=cert.subject.rfc4514_string(),
        issuer=cert.issuer.rfc4514_string(),
        common_name=_first(cert.subject, NameOID.COMMON_NAME) or "",
        serial_hex=_serial_hex(cert.serial_number),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        # IGC Santé ORG certificates carry the structure's identifier (a type prefix then its SIRET/FINESS…)
        # in the subject's OU; personal (CPS) certificates carry other things there, shown as they are.
        structure_id=_first(cert.subject, NameOID.ORGANIZATIONAL_UNIT_NAME),
        sha256_hex=digest.hex(),
        x5t_s256=_b64url(digest),
    )


def cnf_thumbprint(der: bytes, encoding: str) -> str:
    """The ``cnf.x5t#S256`` value a token bound to this certificate carries, in the given encoding.

    - ``rfc8705``: RFC 8705 §3.1, base64url (no padding) of the SHA-256 of the DER certificate;
    - ``ans-hex``: what ANS's Keycloak mapper and the PSC implementation guide write, standard base64 (padded)
      of the *lowercase hexadecimal* SHA-256 string.
    """
    digest = hashlib.sha256(der).digest()
    if encoding == "rfc8705":
        return _b64url(digest)
    if encoding == "ans-hex":
        return base64.b64encode(digest.hex().encode("ascii")).decode("ascii")
    raise ConfigError(
        f"unknown cnf encoding {encoding!r} (expected one of {', '.join(CNF_ENCODINGS)})",
        code="config.invalid",
        key="cnf_encoding",
    )


def cnf_matches(cnf_value: str, der: bytes) -> str | None:
    """The encoding under which ``cnf_value`` is this certificate's thumbprint, else None.

    Compared in constant time. The ANS variant is also accepted without its base64 padding, which some
    serialisers drop.
    """
    for encoding in CNF_ENCODINGS:
        expected = cnf_thumbprint(der, encoding)
        candidates = (expected, expected.rstrip("=")) if encoding == "ans-hex" else (expected,)
        if any(hmac.compare_digest(cnf_value.encode("utf-8"), c.encode("ascii")) for c in candidates):
            return encoding
    return None


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str | None:
    values = name.get_attributes_for_oid(oid)
    if not values:
        return None
    value = values[0].value
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def _serial_hex(serial: int) -> str:
    """Upper-case hex with an even number of digits, as ``openssl x509 -serial`` and ``pkcs11-tool`` print it."""
    text = format(serial, "X")
    return text if len(text) % 2 == 0 else "0" + text


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)
