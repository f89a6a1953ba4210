"""What a PKCS#11 module shows without a PIN: slots, tokens, certificates, mechanisms, PIN flags.

Everything here runs on the :class:`~desktop_app.core.tls.pkcs11_worker.Pkcs11Worker` thread (the public
:func:`list_tokens` submits itself there). Certificates are public objects on a card: reading them needs no
login, so the credentials page and ``doctor`` never ask for a PIN. python-pkcs11 errors become
:class:`CredentialError` codes here, in one place.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pkcs11
from pkcs11 import Attribute, CertificateType, Mechanism, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls.certificate import CertificateInfo, certificate_info
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker

log = logging.getLogger(__name__)

# The token is gone, or going: card pulled out, reader unplugged, SoftHSM token directory removed (SoftHSM then
# answers CKR_GENERAL_ERROR to C_GetTokenInfo for a slot it had listed).
TOKEN_GONE = (
    p11.TokenNotPresent,
    p11.TokenNotRecognised,
    p11.DeviceRemoved,
    p11.DeviceError,
    p11.SessionHandleInvalid,
    p11.SessionClosed,
    p11.SlotIDInvalid,
    p11.NoSuchToken,
    p11.GeneralError,
)


@dataclass(frozen=True)
class TokenInfo:
    """One token as listed without a PIN. ``certificate_labels[i]`` is the label of ``certificates[i]``."""

    slot: int
    slot_description: str
    label: str
    manufacturer: str
    model: str
    serial: str
    certificates: tuple[CertificateInfo, ...]
    certificate_labels: tuple[str, ...]
    mechanisms: tuple[str, ...]
    supports_pss: bool
    login_required: bool
    pin_count_low: bool
    pin_final_try: bool
    pin_locked: bool
    protected_auth_path: bool

    def certificate(self, label: str) -> CertificateInfo | None:
        for cert_label, info in zip(self.certificate_labels, self.certificates, strict=True):
            if cert_label == label:
                return info
        return None


def list_tokens(module: str, worker: Pkcs11Worker) -> list[TokenInfo]:
    """Every token of ``module`` with its certificates, PIN-less (slots without a token are skipped)."""
    return worker.submit(lambda: [describe(slot, token) for slot, token in present_tokens(open_module(module))])


def open_module(module: str) -> Any:
    """``pkcs11.lib(module)``, loaded once per process; ``credential.module_missing`` if it cannot be loaded.

    Must run on the worker thread. python-pkcs11 must initialise a module before OpenSSL's pkcs11-provider
    does (it refuses ``CKR_CRYPTOKI_ALREADY_INITIALIZED``): credentials therefore always list first.
    """
    if os.sep in module and not os.path.exists(module):
        raise CredentialError(f"PKCS#11 module not found: {module}", code="credential.module_missing", module=module)
    try:
        return pkcs11.lib(module)
    except p11.PKCS11Error as exc:
        raise CredentialError(
            f"cannot load the PKCS#11 module {module}: {exc}", code="credential.module_missing", module=module
        ) from None


def find_token(lib: Any, token_label: str) -> tuple[Any, Any]:
    """The (slot, token) whose label is ``token_label``; ``credential.token_absent`` if none is inserted."""
    for slot, token in present_tokens(lib):
        if token.label == token_label:
            return slot, token
    raise CredentialError(
        f"no token labelled {token_label!r} is present", code="credential.token_absent", token=token_label
    )


def describe(slot: Any, token: Any) -> TokenInfo:
    """The PIN-less view of one token."""
    flags = TokenFlag(int(token.flags))
    labels, infos = [], []
    try:
        certificates = token_certificates(token)
    except TOKEN_GONE:
        certificates = []
    for label, der in certificates:
        try:
            infos.append(certificate_info(der))
        except CredentialError:
            log.warning("token %s: certificate %r is not readable X.509", token.label, label)
            continue
        labels.append(label)
    mechanisms = _mechanisms(slot)
    return TokenInfo(
        slot=int(slot.slot_id),
        slot_description=str(slot.slot_description).strip(),
        label=str(token.label),
        manufacturer=str(token.manufacturer_id).strip(),
        model=str(token.model).strip(),
        serial=_text(token.serial),
        certificates=tuple(infos),
        certificate_labels=tuple(labels),
        mechanisms=tuple(sorted(_name(m) for m in mechanisms)),
        supports_pss=supports_pss(mechanisms),
        login_required=bool(flags & TokenFlag.LOGIN_REQUIRED),
        pin_count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
        pin_final_try=bool(flags & TokenFlag.USER_PIN_FINAL_TRY),
        pin_locked=bool(flags & TokenFlag.USER_PIN_LOCKED),
        protected_auth_path=bool(flags & TokenFlag.PROTECTED_AUTHENTICATION_PATH),
    )


def token_certificates(token: Any) -> list[tuple[str, bytes]]:
    """(label, DER) of every X.509 certificate object on the token, read in a public session."""
    found = []
    with token.open() as session:
        for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
            try:
                if cert[Attribute.CERTIFICATE_TYPE] != CertificateType.X_509:
                    continue
                found.append((str(cert[Attribute.LABEL]), bytes(cert[Attribute.VALUE])))
            except (p11.AttributeTypeInvalid, p11.AttributeSensitive):
                continue
    return found


def supports_pss(mechanisms: set[Any]) -> bool:
    """True when the token can sign RSA-PSS (required by TLS 1.3 client authentication, RFC 8446 §4.2.3)."""
    return any("PSS" in _name(m) for m in mechanisms)


def present_tokens(lib: Any) -> Iterator[tuple[Any, Any]]:
    """(slot, token) for each initialised token (SoftHSM always shows one more, blank, slot: skipped)."""
    for slot in lib.get_slots(token_present=True):
        try:
            token = slot.get_token()
        except TOKEN_GONE:
            continue
        if TokenFlag(int(token.flags)) & TokenFlag.TOKEN_INITIALIZED:
            yield slot, token


def _mechanisms(slot: Any) -> set[Any]:
    try:
        return set(slot.get_mechanisms())
    except p11.PKCS11Error:
        return set()


def _name(mechanism: Any) -> str:
    if isinstance(mechanism, Mechanism):
        return f"CKM_{mechanism.name}"
    return f"0x{int(mechanism):08X}"


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("ascii", "replace").strip()
    return str(value).strip()
