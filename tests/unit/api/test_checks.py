"""doctor's checks that need no server: clock skew from a Date header, card listing, certificate chain."""

from __future__ import annotations

import datetime as dt
import email.utils
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from desktop_app.core.api.checks import check_card, check_chain, check_clock, check_keyring
from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import CredentialError, VaultLocked
from desktop_app.core.tls.certificate import CertificateInfo, certificate_info

NOW = 1_700_000_000.0


def client_with_date(date: str | None) -> httpx.Client:
    headers = {"Date": date} if date else {}
    return httpx.Client(transport=httpx.MockTransport(lambda request: httpx.Response(404, headers=headers)))


@pytest.mark.parametrize(
    ("offset", "status", "direction"),
    [(0, "ok", "behind"), (-10, "ok", "ahead"), (45, "warn", "behind"), (-600, "fail", "ahead")],
)
def test_clock_skew_from_the_date_header(offset: int, status: str, direction: str) -> None:
    date = email.utils.formatdate(NOW + offset, usegmt=True)
    check = check_clock(client_with_date(date), "https://idp.test/", now=lambda: NOW)
    assert check.status == status
    assert check.params == {"seconds": abs(offset), "direction": direction}


def test_clock_unchecked_without_date() -> None:
    assert check_clock(client_with_date(None), "https://idp.test/", now=lambda: NOW).code == "clock.unchecked"


def test_keyring_probe() -> None:
    assert check_keyring(lambda: None, lambda: "SecretService").params == {"backend": "SecretService"}

    def locked() -> None:
        raise VaultLocked("locked")

    check = check_keyring(locked, lambda: None)
    assert check.status == "fail" and check.error is not None and check.error.code == "vault.locked"


@dataclass
class Token:
    label: str
    certificates: tuple[CertificateInfo, ...] = ()
    labels: tuple[str, ...] = ()
    pin_locked: bool = False
    supports_pss: bool = False

    def certificate(self, label: str) -> CertificateInfo | None:
        return dict(zip(self.labels, self.certificates, strict=True)).get(label)


CARD = CredentialConfig(name="card", type="pkcs11", module="/x/lib.so", token_label="CPS", key_label="auth")


def test_card_present_absent_locked_or_without_certificate() -> None:
    info = certificate_info(_cert("Alice").public_bytes(serialization.Encoding.DER))
    present = check_card(CARD, lambda module: [Token("other"), Token("CPS", (info,), ("auth",))])  # type: ignore[list-item,return-value]
    assert present.status == "ok" and present.params["subject"] == "CN=Alice"
    assert present.params["signatures"] == "PKCS#1"
    absent = check_card(CARD, lambda module: [Token("other")])  # type: ignore[list-item,return-value]
    assert absent.code == "card.absent" and absent.params["found"] == "other"
    locked = check_card(CARD, lambda module: [Token("CPS", pin_locked=True)])  # type: ignore[list-item,return-value]
    assert locked.code == "card.pin_locked"
    bare = check_card(CARD, lambda module: [Token("CPS")])  # type: ignore[list-item,return-value]
    assert bare.code == "card.no_certificate"


def test_card_listing_failures_never_stop_doctor() -> None:
    def missing(module: str) -> list[object]:
        raise CredentialError("no module", code="credential.module_missing", module=module)

    def broken(module: str) -> list[object]:
        raise RuntimeError("middleware crashed")

    assert check_card(CARD, missing).error is not None  # type: ignore[arg-type]
    assert check_card(CARD, broken).params["reason"] == "RuntimeError"  # type: ignore[arg-type]


def test_chain_up_to_a_root_of_the_bundle_or_a_warning(tmp_path: Path) -> None:
    root_key, mid_key, leaf_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    root = _cert("Root", root_key, ca=True)
    mid = _cert("Intermediate", mid_key, issuer=root, issuer_key=root_key, ca=True)
    leaf = certificate_info(
        _cert("Leaf", leaf_key, issuer=mid, issuer_key=mid_key).public_bytes(serialization.Encoding.DER)
    )
    full = tmp_path / "full.pem"
    full.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (root, mid)))
    assert check_chain(leaf, full).code == "chain.ok"
    root_only = tmp_path / "root.pem"
    root_only.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    partial = check_chain(leaf, root_only)
    assert partial.status == "warn" and partial.params["issuer"] == "CN=Intermediate"
    impostor = tmp_path / "impostor.pem"  # same names, other keys: signatures decide
    fake_root = _cert("Root", ec.generate_private_key(ec.SECP256R1()), ca=True)
    impostor.write_bytes(b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (fake_root, mid)))
    assert check_chain(leaf, impostor).status == "warn"
    assert check_chain(leaf, None).code == "chain.no_bundle"


def _cert(
    name: str,
    key: ec.EllipticCurvePrivateKey | None = None,
    *,
    issuer: x509.Certificate | None = None,
    issuer_key: ec.EllipticCurvePrivateKey | None = None,
    ca: bool = False,
) -> x509.Certificate:
    key = key or ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .sign(issuer_key or key, hashes.SHA256())
    )
