"""The test PKI: IGC-Santé-like names, a chain a TLS client accepts, private keys, renewal, idempotence."""

from __future__ import annotations

import datetime as dt
import ipaddress
import stat
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import NameOID
from cryptography.x509.verification import PolicyBuilder, Store

from desktop_app.sandbox.pki import Profile, ensure_pki, load_authority


def _cn(name: x509.Name) -> str:
    return str(name.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)


def test_chain_names_and_trust(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    bundle = x509.load_pem_x509_certificates(paths.ca_bundle.read_bytes())
    assert len(bundle) == 1  # the root only
    root = bundle[0]
    assert root.subject.rfc4514_string() == (
        "CN=TEST AC RACINE IGC-SANTE ELEMENTAIRE,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR"
    )
    leaf, intermediate = x509.load_pem_x509_certificates(paths.server_chain.read_bytes())
    assert _cn(intermediate.subject) == "TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS"
    assert intermediate.issuer == root.subject and leaf.issuer == intermediate.subject
    public_key = leaf.public_key()
    assert isinstance(public_key, rsa.RSAPublicKey) and public_key.key_size == 2048
    san = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in san.get_values_for_type(x509.DNSName)
    assert {str(ip) for ip in san.get_values_for_type(x509.IPAddress)} >= {"127.0.0.1", "::1"}
    # A TLS client trusting the root only accepts the leaf + intermediate the server sends.
    verifier = PolicyBuilder().store(Store([root])).build_server_verifier(x509.DNSName("localhost"))
    assert verifier.verify(leaf, [intermediate])[-1] == root


def test_private_keys_are_0600_and_second_run_is_a_no_op(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    for key in (paths.root_key, paths.intermediate_key, paths.server_key):
        assert stat.S_IMODE(key.stat().st_mode) == 0o600
    before = {p.name: p.read_bytes() for p in paths.directory.iterdir()}
    ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    assert {p.name: p.read_bytes() for p in paths.directory.iterdir()} == before


def test_expiring_server_certificate_is_renewed_and_the_cas_are_kept(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    root_before = paths.ca_bundle.read_bytes()
    intermediate = load_authority(paths.intermediate_cert, paths.intermediate_key)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    soon = intermediate.issue(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]),
        key.public_key(),
        Profile.TLS_SERVER,
        days=3,
        san=[x509.DNSName("localhost")],
    )
    paths.server_chain.write_bytes(soon.public_bytes(Encoding.PEM))
    ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    leaf = x509.load_pem_x509_certificates(paths.server_chain.read_bytes())[0]
    assert leaf.not_valid_after_utc - dt.datetime.now(dt.UTC) > dt.timedelta(days=300)
    assert paths.ca_bundle.read_bytes() == root_before


def test_a_missing_root_regenerates_the_whole_chain(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    before = paths.ca_bundle.read_bytes()
    paths.root_key.unlink()
    ensure_pki(tmp_path / "pki", ["127.0.0.1"])
    assert paths.ca_bundle.read_bytes() != before
    leaf, intermediate = x509.load_pem_x509_certificates(paths.server_chain.read_bytes())
    root = x509.load_pem_x509_certificate(paths.ca_bundle.read_bytes())
    verifier = (
        PolicyBuilder().store(Store([root])).build_server_verifier(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    )
    verifier.verify(leaf, [intermediate])


def test_a_client_profile_for_later_rooms(tmp_path: Path) -> None:
    paths = ensure_pki(tmp_path / "pki", [])
    intermediate = load_authority(paths.intermediate_cert, paths.intermediate_key)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = intermediate.issue(
        x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "STRUCTURE FICTIVE")]),
        key.public_key(),
        Profile.TLS_CLIENT,
        days=30,
    )
    usage = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert x509.oid.ExtendedKeyUsageOID.CLIENT_AUTH in usage
