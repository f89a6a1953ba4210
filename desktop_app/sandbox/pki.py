"""The sandbox's test PKI, named like IGC Santé's TEST chain.

IGC Santé roots are not in public trust stores, so a client must be told which anchors to trust: the sandbox
makes the client exercise exactly that (its ``ca_bundle`` holds the test root only; servers send leaf +
intermediate, as IGC-Santé-served endpoints do).

RSA 2048 rather than EC P-256: IGC Santé issues RSA 2048 / SHA-256 certificates, CPS cards only hold RSA keys
(and CPS3 only signs PKCS#1 v1.5), and the structure ``ORG AUTH_CLI`` certificate and soft card that later
rooms add must look the same; generation (~35 ms a key) happens once per state folder.

Two intermediates, as in IGC Santé: ``ORGANISATIONS`` issues the servers' certificates and the structure
« ORG AUTH_CLI » certificate (``structure_cert.py``), ``PERSONNES`` issues the CPS-like personal certificate
of the soft card (``softcard.py``). ``Authority.issue()`` signs any public key with a ``Profile``. Servers
that verify client certificates trust ``client-ca.pem`` (the root and both intermediates), so a client that
sends its leaf alone — as a card's middleware may — is still verified up to the root.
"""

from __future__ import annotations

import datetime as dt
import enum
import ipaddress
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from desktop_app.sandbox.private_files import ensure_private_dir, write_atomically

RSA_KEY_SIZE = 2048
#: Certificates expiring sooner than this are regenerated at start.
RENEW_BEFORE = dt.timedelta(days=7)
_CLOCK_SKEW = dt.timedelta(minutes=5)


def _igc_sante_test_name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "ASIP-SANTE"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "IGC-SANTE TEST"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


ROOT_NAME = _igc_sante_test_name("TEST AC RACINE IGC-SANTE ELEMENTAIRE")
INTERMEDIATE_NAME = _igc_sante_test_name("TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS")
PERSONNES_NAME = _igc_sante_test_name("TEST AC IGC-SANTE ELEMENTAIRE PERSONNES")
SERVER_NAME = x509.Name(
    [
        x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "BAC A SABLE DESKTOP-APP"),
        x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "SERVEURS DE TEST"),
        x509.NameAttribute(NameOID.COMMON_NAME, "localhost"),
    ]
)


class Profile(enum.Enum):
    """What a certificate is for: decides basic constraints, key usage and extended key usage."""

    SUB_CA = "sub-ca"
    TLS_SERVER = "tls-server"
    TLS_CLIENT = "tls-client"


@dataclass(frozen=True)
class Authority:
    """A CA certificate with its key, able to issue certificates."""

    certificate: x509.Certificate
    key: rsa.RSAPrivateKey

    def issue(
        self,
        subject: x509.Name,
        public_key: rsa.RSAPublicKey,
        profile: Profile,
        *,
        days: int,
        san: Iterable[x509.GeneralName] = (),
    ) -> x509.Certificate:
        builder = _base_builder(subject, public_key, days).issuer_name(self.certificate.subject)
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()), critical=False
        )
        if profile is Profile.SUB_CA:
            builder = builder.add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            builder = builder.add_extension(_ca_key_usage(), critical=True)
        else:
            builder = builder.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            builder = builder.add_extension(_leaf_key_usage(), critical=True)
            usage = (
                ExtendedKeyUsageOID.SERVER_AUTH if profile is Profile.TLS_SERVER else ExtendedKeyUsageOID.CLIENT_AUTH
            )
            builder = builder.add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
        names = list(san)
        if names:
            builder = builder.add_extension(x509.SubjectAlternativeName(names), critical=False)
        return builder.sign(self.key, hashes.SHA256())


@dataclass(frozen=True)
class PkiPaths:
    """The PKI files under ``<state_dir>/pki`` (keys 0600, never committed: generated at run time)."""

    directory: Path

    @property
    def root_cert(self) -> Path:
        return self.directory / "root-ca.pem"

    @property
    def root_key(self) -> Path:
        return self.directory / "root-ca.key.pem"

    @property
    def intermediate_cert(self) -> Path:
        return self.directory / "intermediate-ca.pem"

    @property
    def intermediate_key(self) -> Path:
        return self.directory / "intermediate-ca.key.pem"

    @property
    def personnes_cert(self) -> Path:
        """The ``PERSONNES`` intermediate, issuer of personal (card) certificates."""
        return self.directory / "personnes-ca.pem"

    @property
    def personnes_key(self) -> Path:
        return self.directory / "personnes-ca.key.pem"

    @property
    def client_ca(self) -> Path:
        """What servers verifying client certificates trust: the root and both intermediates."""
        return self.directory / "client-ca.pem"

    @property
    def server_chain(self) -> Path:
        """Server leaf followed by the intermediate: what the TLS servers send."""
        return self.directory / "server-chain.pem"

    @property
    def server_key(self) -> Path:
        return self.directory / "server.key.pem"

    @property
    def ca_bundle(self) -> Path:
        """The root only: the one file a client adds to its trust anchors."""
        return self.directory / "ca-bundle.pem"


def ensure_pki(directory: Path, hosts: Iterable[str]) -> PkiPaths:
    """Create what is missing or expiring within ``RENEW_BEFORE``; a no-op (a few file reads) otherwise.

    The CAs are kept while valid so that a client's configured trust anchor survives server-cert renewals.
    """
    paths = PkiPaths(directory)
    ensure_private_dir(directory)
    root = _load_authority(paths.root_cert, paths.root_key)
    intermediate = _load_authority(paths.intermediate_cert, paths.intermediate_key)
    if root is None or intermediate is None or not issued_by(intermediate.certificate, root.certificate):
        root = _new_root()
        key = new_key()
        intermediate = Authority(root.issue(INTERMEDIATE_NAME, key.public_key(), Profile.SUB_CA, days=5 * 365), key)
        _write_authority(root, paths.root_cert, paths.root_key)
        _write_authority(intermediate, paths.intermediate_cert, paths.intermediate_key)
        paths.server_chain.unlink(missing_ok=True)
    personnes = _load_authority(paths.personnes_cert, paths.personnes_key)
    if personnes is None or not issued_by(personnes.certificate, root.certificate):
        key = new_key()
        personnes = Authority(root.issue(PERSONNES_NAME, key.public_key(), Profile.SUB_CA, days=5 * 365), key)
        _write_authority(personnes, paths.personnes_cert, paths.personnes_key)
    wanted = sorted({"127.0.0.1", "::1", "localhost", *hosts})
    if not _server_cert_fits(paths, intermediate, wanted):
        key = new_key()
        leaf = intermediate.issue(SERVER_NAME, key.public_key(), Profile.TLS_SERVER, days=397, san=_san(wanted))
        _write_private(paths.server_key, _key_pem(key))
        _write_public(paths.server_chain, cert_pem(leaf) + cert_pem(intermediate.certificate))
    root_pem = cert_pem(root.certificate)
    _write_if_changed(paths.ca_bundle, root_pem)
    _write_if_changed(paths.client_ca, root_pem + cert_pem(intermediate.certificate) + cert_pem(personnes.certificate))
    return paths


def issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool:
    """True when ``issuer``'s key signed ``cert`` (names alone are not enough: a regenerated CA keeps its name)."""
    try:
        cert.verify_directly_issued_by(issuer)
    except (ValueError, TypeError, InvalidSignature):
        return False
    return True


def fresh(cert: x509.Certificate) -> bool:
    """Valid for longer than ``RENEW_BEFORE``: anything closer to its end is regenerated."""
    return cert.not_valid_after_utc - dt.datetime.now(dt.UTC) > RENEW_BEFORE


def new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=RSA_KEY_SIZE)


def cert_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def load_authority(cert_path: Path, key_path: Path) -> Authority:
    """The intermediate (or root) CA, for rooms that issue more certificates."""
    authority = _load_authority(cert_path, key_path)
    if authority is None:
        raise FileNotFoundError(f"no usable CA at {cert_path}")
    return authority


def _new_root() -> Authority:
    key = new_key()
    cert = (
        _base_builder(ROOT_NAME, key.public_key(), 10 * 365)
        .issuer_name(ROOT_NAME)
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
        .add_extension(_ca_key_usage(), critical=True)
        .sign(key, hashes.SHA256())
    )
    return Authority(cert, key)


def _base_builder(subject: x509.Name, public_key: rsa.RSAPublicKey, days: int) -> x509.CertificateBuilder:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .public_key(public_key)
        .serial_number(int.from_bytes(secrets.token_bytes(16), "big") >> 1)
        .not_valid_before(now - _CLOCK_SKEW)
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _ca_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=False,
        content_commitment=False,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=True,
        crl_sign=True,
        encipher_only=False,
        decipher_only=False,
    )


def _leaf_key_usage() -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=True,
        content_commitment=False,
        key_encipherment=True,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=False,
        crl_sign=False,
        encipher_only=False,
        decipher_only=False,
    )


def _san(hosts: Iterable[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def _server_cert_fits(paths: PkiPaths, intermediate: Authority, hosts: list[str]) -> bool:
    if not (paths.server_chain.is_file() and paths.server_key.is_file()):
        return False
    try:
        leaf = x509.load_pem_x509_certificates(paths.server_chain.read_bytes())[0]
        san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except (ValueError, IndexError, x509.ExtensionNotFound):
        return False
    return issued_by(leaf, intermediate.certificate) and fresh(leaf) and set(_san(hosts)) <= set(san)


def _load_authority(cert_path: Path, key_path: Path) -> Authority | None:
    if not (cert_path.is_file() and key_path.is_file()):
        return None
    try:
        cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
        # Our own 0600 files: skipping the RSA consistency check (~30 ms a key) keeps the second start instant.
        key = serialization.load_pem_private_key(
            key_path.read_bytes(), password=None, unsafe_skip_rsa_key_validation=True
        )
    except ValueError:
        return None
    if not isinstance(key, rsa.RSAPrivateKey) or not fresh(cert):
        return None
    return Authority(cert, key)


def _key_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def _write_authority(authority: Authority, cert_path: Path, key_path: Path) -> None:
    _write_private(key_path, _key_pem(authority.key))
    _write_public(cert_path, cert_pem(authority.certificate))


def _write_private(path: Path, data: bytes) -> None:
    write_atomically(path, data, mode=0o600)


def _write_public(path: Path, data: bytes) -> None:
    write_atomically(path, data, mode=0o644)


def _write_if_changed(path: Path, data: bytes) -> None:
    if not path.is_file() or path.read_bytes() != data:
        _write_public(path, data)
