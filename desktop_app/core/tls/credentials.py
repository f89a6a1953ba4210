"""The client credential interface: what the token exchange, the API client and the GUI use of a certificate.

Two implementations, one per route (``docs/credentials.md``): :class:`~.pkcs12.Pkcs12Credential` (a software
certificate file) and :class:`~.card.Pkcs11Credential` (a PKCS#11 token, the CPS card). Each builds the
``ssl.SSLContext`` that carries its certificate, asking for the password or PIN through a
:class:`~.pin.PinProvider` the first time. Another platform route (Windows' certificate store through SChannel,
spec §6) would be a third implementation of the same protocol.

Error codes (:class:`~desktop_app.core.errors.CredentialError`): ``credential.not_found``,
``credential.bad_password``, ``credential.pin_incorrect`` (``tries_left``), ``credential.pin_locked``,
``credential.cancelled``, ``credential.token_absent``, ``credential.unreadable``, ``credential.expired``,
``credential.locked`` (PKCS#12 certificate unreadable before the first unlock), ``credential.provider_missing``,
``credential.module_missing``, ``credential.module_conflict`` (a second PKCS#11 module for the provider),
``credential.tls_unsupported`` (this Python cannot restrict signature algorithms), ``credential.timeout``,
``credential.closed``.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import Literal, Protocol

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import ConfigError
from desktop_app.core.tls.card import Pkcs11Credential
from desktop_app.core.tls.certificate import CertificateInfo
from desktop_app.core.tls.cryptolib import default_pkcs11_module
from desktop_app.core.tls.pin import PinProvider
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker
from desktop_app.core.tls.pkcs12 import Pkcs12Credential
from desktop_app.core.tls.tokens import TokenInfo, list_tokens

__all__ = [
    "Credential",
    "Pkcs11Worker",
    "TokenInfo",
    "default_pkcs11_module",
    "list_tokens",
    "open_credential",
]


class Credential(Protocol):
    """A client certificate usable for mTLS (RFC 8705 §2 at the token endpoint, and the API calls)."""

    name: str

    @property
    def kind(self) -> Literal["pkcs12", "pkcs11"]: ...

    def certificate(self) -> CertificateInfo:
        """The certificate's details (file read or token listing); never asks for a secret."""
        ...

    def ssl_context(self, ca_bundle: Path | None) -> ssl.SSLContext:
        """A cached client context: OS trust store + ``ca_bundle``, TLS >= 1.2, host names checked, this certificate.

        Asks the password/PIN through the provider the first time; the private key is never in clear on disk.
        """
        ...

    def forget(self) -> None:
        """Drop cached contexts and unlocked state (sign-out, card removed, user request)."""
        ...


def open_credential(
    config: CredentialConfig, pin_provider: PinProvider, *, worker: Pkcs11Worker | None = None
) -> Credential:
    """The credential for ``config``; cheap, no I/O.

    A PKCS#11 credential needs the app's one :class:`Pkcs11Worker` (every python-pkcs11 call runs on it); without
    one it gets a worker of its own, which is only right when it is the process's only PKCS#11 user.
    """
    if config.type == "pkcs12":
        return Pkcs12Credential(config, pin_provider)
    if config.type == "pkcs11":
        return Pkcs11Credential(config, pin_provider, worker if worker is not None else Pkcs11Worker())
    raise ConfigError(f"unknown credential type {config.type!r}", code="config.invalid", credential=config.name)
