"""Fake credentials for GUI tests: real ``CredentialConfig`` and real ``CertificateInfo`` (read by the core from
certificates generated here), a credential set with the real one's shape, and PKCS#11 token listings.

``FakeCredentialSet`` behaves like the real one where the GUI can tell: ``certificate()`` raises the error set
for a name, a locked .p12 stays unreadable until ``ssl_context()`` got the right password from the set's
``pin_provider`` (the GUI's dialog in tests that want it).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import AppError, ConfigError, CredentialError
from desktop_app.core.tls.certificate import CertificateInfo, certificate_info
from desktop_app.core.tls.credentials import TokenInfo
from desktop_app.core.tls.pin import SecretRequest

_KEY: Any = None


def make_certificate(
    common_name: str = "ORG AUTH_CLI CABINET DES TILLEULS",
    *,
    days_left: float = 365,
    structure_id: str | None = "399999999900011",
    issuer: str = "TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS",
) -> CertificateInfo:
    """A real certificate (EC P-256, fast), read by the core's ``certificate_info``; ``days_left`` < 0: expired."""
    global _KEY  # noqa: PLW0603 - one key for every test certificate: generating keys is the slow part
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    if _KEY is None:
        _KEY = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    not_after = now + timedelta(days=days_left)
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "FR"), x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if structure_id:
        attributes.insert(1, x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, structure_id))
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name(attributes))
        .issuer_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, issuer)]))
        .public_key(_KEY.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(min(now, not_after) - timedelta(days=30))
        .not_valid_after(not_after)
        .sign(_KEY, hashes.SHA256())
    )
    return certificate_info(cert.public_bytes(serialization.Encoding.DER))


class FakeCredential:
    """``Credential``'s shape: ``certificate()`` returns the info, or raises the set's error for it."""

    def __init__(self, owner: FakeCredentialSet, config: CredentialConfig, info: CertificateInfo | None) -> None:
        self.name = config.name
        self.kind = config.type
        self.config = config
        self.info = info
        self._owner = owner
        self.forgotten = 0

    def certificate(self) -> CertificateInfo:
        error = self._owner.errors.get(self.name)
        if error is not None:
            raise error
        if self.name in self._owner.locked:
            raise CredentialError("protected by its password", code="credential.locked", credential=self.name)
        if self.info is None:
            raise CredentialError("no certificate", code="credential.unreadable")
        return self.info

    def ssl_context(self, ca_bundle: Any) -> Any:
        """Asks the set's ``pin_provider`` (like a real .p12): the right answer unlocks the certificate."""
        self._owner.contexts.append((self.name, ca_bundle))
        answer = self._owner.pin_provider.ask(SecretRequest("password", self.name, self.name + ".p12"))
        if answer is None:
            raise CredentialError("cancelled", code="credential.cancelled", credential=self.name)
        if answer != self._owner.password:
            raise CredentialError("wrong password", code="credential.bad_password", credential=self.name)
        self._owner.locked.discard(self.name)
        return object()

    def forget(self) -> None:
        self.forgotten += 1


class FakeCredentialSet:
    """``CredentialSet``'s shape. ``infos``/``errors`` by name; files added later get ``default_info``."""

    def __init__(self, configs: Mapping[str, CredentialConfig], infos: Mapping[str, CertificateInfo]) -> None:
        self._configs = dict(configs)
        self.infos = dict(infos)
        self.errors: dict[str, AppError] = {}
        self.locked: set[str] = set()
        self.contexts: list[tuple[str, Any]] = []
        self.password = "bac-a-sable"
        self.pin_provider: Any = None  # a test sets the GUI's provider (the real set gets it from build_services)
        self.default_info = make_certificate("IMPORTED CERTIFICATE", days_left=200)
        self.worker = object()
        self.added: list[CredentialConfig] = []
        self.removed: list[str] = []
        self._lock = threading.Lock()

    @classmethod
    def sandbox(cls) -> FakeCredentialSet:
        structure = CredentialConfig("sandbox-structure", "pkcs12", Path("/sandbox/pki/org-auth-cli.p12"))
        card = CredentialConfig(
            "sandbox-card", "pkcs11", module="/usr/lib/softhsm/libsofthsm2.so", token_label="CPS-BAC-A-SABLE"
        )
        return cls(
            {structure.name: structure, card.name: card},
            {
                structure.name: make_certificate(),
                card.name: make_certificate("CAMILLE FICTIVE", structure_id=None, issuer="TEST AC PERSONNES"),
            },
        )

    def names(self) -> list[str]:
        with self._lock:
            return list(self._configs)

    def config(self, name: str) -> CredentialConfig:
        with self._lock:
            if name not in self._configs:
                raise ConfigError(f"unknown credential {name!r}", code="config.unknown_credential", credential=name)
            return self._configs[name]

    def get(self, name: str) -> FakeCredential:
        config = self.config(name)
        info = self.infos.get(name, self.default_info if config.path is not None else None)
        return FakeCredential(self, config, info)

    def add(self, config: CredentialConfig) -> None:
        with self._lock:
            self._configs[config.name] = config
        self.added.append(config)

    def remove(self, name: str) -> None:
        with self._lock:
            self._configs.pop(name, None)
        self.removed.append(name)

    def forget_all(self) -> None:
        pass

    def close(self) -> None:
        pass


def make_token(slot: int, label: str, *certificates: CertificateInfo, **flags: Any) -> TokenInfo:
    """A PKCS#11 token as ``list_tokens`` describes it (SoftHSM-like unless ``flags`` say otherwise)."""
    values: dict[str, Any] = {
        "slot_description": "SoftHSM slot",
        "manufacturer": "SoftHSM project",
        "model": "SoftHSM v2",
        "serial": "0123456789abcdef",
        "mechanisms": ("CKM_RSA_PKCS", "CKM_SHA256_RSA_PKCS"),
        "supports_pss": False,
        "login_required": True,
        "pin_count_low": False,
        "pin_final_try": False,
        "pin_locked": False,
        "protected_auth_path": False,
        **flags,
    }
    labels = tuple("authentification" for _ in certificates)
    return TokenInfo(slot=slot, label=label, certificates=certificates, certificate_labels=labels, **values)
