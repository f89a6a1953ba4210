"""A software client certificate: a password-protected PKCS#12 file (the structure's IGC Santé certificate).

``ssl`` loads keys only from files, and the key must never be written in clear. So the key is decrypted in
memory with ``cryptography``, re-encrypted at once with a one-time random password
(``BestAvailableEncryption``), handed to OpenSSL through an anonymous in-memory file (:mod:`._private_file`),
and OpenSSL decrypts it with that one-time password. The user's password is used once and not kept; the
context is cached until :meth:`Pkcs12Credential.forget`.
"""

from __future__ import annotations

import logging
import os
import secrets
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import Certificate

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import CredentialError
from desktop_app.core.tls._private_file import private_file
from desktop_app.core.tls.certificate import CertificateInfo, certificate_info
from desktop_app.core.tls.pin import PinProvider, SecretRequest
from desktop_app.core.tls.trust import build_client_context

log = logging.getLogger(__name__)

# Wrong answers accepted in one go before giving up with ``credential.bad_password``.
MAX_ATTEMPTS = 3


@dataclass(frozen=True)
class _Unlocked:
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    certificate: Certificate
    chain: tuple[Certificate, ...]


class Pkcs12Credential:
    """A ``[credentials.NAME]`` of ``type = "pkcs12"``. Thread-safe; cheap to create (no I/O)."""

    kind: Literal["pkcs12"] = "pkcs12"

    def __init__(self, config: CredentialConfig, pin_provider: PinProvider) -> None:
        if config.path is None:
            raise CredentialError(
                f"credential {config.name!r} has no path", code="credential.not_found", credential=config.name
            )
        self.name = config.name
        self._config = config
        self._path: Path = config.path
        self._pin_provider = pin_provider
        self._lock = threading.Lock()
        self._info: CertificateInfo | None = None
        self._contexts: dict[Path | None, ssl.SSLContext] = {}

    def certificate(self) -> CertificateInfo:
        """The certificate's details. Reads the file; never asks for the password.

        PKCS#12 files usually encrypt the certificate too: before the first unlock (:meth:`ssl_context`), this
        works only for files whose certificate is readable without a password or with ``password_env`` set,
        and raises ``credential.locked`` otherwise.
        """
        with self._lock:
            if self._info is not None:
                return self._info
            data = self._read()
            env_password = self._env_password()
            for password in (None, b"", *([env_password] if env_password else [])):
                try:
                    _key, cert, _chain = pkcs12.load_key_and_certificates(data, password)
                except ValueError:
                    continue
                if cert is not None:
                    self._info = certificate_info(cert.public_bytes(serialization.Encoding.DER))
                    return self._info
            raise CredentialError(
                f"the certificate of {self.name!r} is protected by its password",
                code="credential.locked",
                credential=self.name,
            )

    def ssl_context(self, ca_bundle: Path | None) -> ssl.SSLContext:
        """A client context with this certificate (asks the password through the provider the first time)."""
        with self._lock:
            cached = self._contexts.get(ca_bundle)
            if cached is not None:
                return cached
            unlocked = self._unlock()
            info = certificate_info(unlocked.certificate.public_bytes(serialization.Encoding.DER))
            self._info = info
            if info.expired():
                raise CredentialError(
                    f"the certificate of {self.name!r} expired on {info.not_after:%Y-%m-%d}",
                    code="credential.expired",
                    credential=self.name,
                    not_after=info.not_after.isoformat(),
                )
            if info.expires_soon():
                log.warning("credential %s: certificate expires on %s", self.name, info.not_after.date())
            context = _context_with(unlocked, ca_bundle)
            self._contexts[ca_bundle] = context
            log.info("credential %s: TLS client context ready (pkcs12, %s)", self.name, info.subject)
            return context

    def forget(self) -> None:
        """Drop the cached contexts (they hold the decrypted key in OpenSSL's memory)."""
        with self._lock:
            self._contexts.clear()

    def _read(self) -> bytes:
        try:
            return self._path.read_bytes()
        except FileNotFoundError:
            raise CredentialError(
                f"PKCS#12 file not found: {self._path}",
                code="credential.not_found",
                credential=self.name,
                path=str(self._path),
            ) from None
        except OSError as exc:
            raise CredentialError(
                f"cannot read {self._path}: {exc.strerror}",
                code="credential.unreadable",
                credential=self.name,
                path=str(self._path),
            ) from None

    def _env_password(self) -> bytes | None:
        value = os.environ.get(self._config.password_env) if self._config.password_env else None
        return value.encode("utf-8") if value else None

    def _unlock(self) -> _Unlocked:
        data = self._read()
        try:
            key, cert, chain = pkcs12.load_key_and_certificates(data, None)
        except ValueError as exc:
            # cryptography says "Could not deserialize" for a file that is no PKCS#12 at all, "Invalid password"
            # for a protected one.
            if "deserialize" in str(exc):
                raise CredentialError(
                    f"{self._path.name} is not a PKCS#12 file",
                    code="credential.unreadable",
                    credential=self.name,
                    path=str(self._path),
                ) from None
        else:
            return _usable(key, cert, tuple(chain), self.name)  # a file without a password: nothing to ask
        retry = False
        for _attempt in range(MAX_ATTEMPTS):
            request = SecretRequest(
                kind="password",
                credential=self.name,
                label=self._path.name,
                retry=retry,
                env_var=self._config.password_env,
            )
            password = self._pin_provider.ask(request)
            if password is None:
                if retry:
                    break
                raise CredentialError("password entry cancelled", code="credential.cancelled", credential=self.name)
            try:
                key, cert, chain = pkcs12.load_key_and_certificates(data, password.encode("utf-8"))
            except ValueError:
                retry = True
                continue
            finally:
                del password
            return _usable(key, cert, tuple(chain), self.name)
        raise CredentialError(
            f"wrong password for {self._path.name}", code="credential.bad_password", credential=self.name
        )


def _usable(key: object, cert: Certificate | None, chain: tuple[Certificate, ...], name: str) -> _Unlocked:
    if cert is None or not isinstance(key, rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey):
        raise CredentialError(
            "the PKCS#12 file holds no usable RSA/EC key and certificate pair",
            code="credential.unreadable",
            credential=name,
        )
    return _Unlocked(key=key, certificate=cert, chain=chain)


def _context_with(unlocked: _Unlocked, ca_bundle: Path | None) -> ssl.SSLContext:
    """Load the certificate and the re-encrypted key into a fresh client context (never a clear key on disk)."""
    context = build_client_context(ca_bundle)
    one_time = secrets.token_urlsafe(32).encode("ascii")
    encrypted_key = unlocked.key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(one_time),
    )
    # The leaf, then the intermediates the file carries (servers need them to build the chain); roots are useless.
    chain_pem = b"".join(
        c.public_bytes(serialization.Encoding.PEM)
        for c in (unlocked.certificate, *unlocked.chain)
        if c is unlocked.certificate or c.issuer != c.subject
    )
    with (
        private_file(chain_pem, name="client-chain.pem") as cert_path,
        private_file(encrypted_key, name="client-key.pem") as key_path,
    ):
        try:
            context.load_cert_chain(cert_path, key_path, password=one_time)
        except (ssl.SSLError, OSError) as exc:  # pragma: no cover - the key and certificate come from one file
            raise CredentialError(
                f"OpenSSL refused the key and certificate: {exc.__class__.__name__}", code="credential.unreadable"
            ) from None
    return context
