"""A client certificate whose key stays on a PKCS#11 token: the CPS card (or the sandbox's SoftHSM card).

The route (proven in ``docs/credentials.md``): python-pkcs11 lists the token and its certificate without a PIN
and checks the PIN with a login on the worker thread; OpenSSL's pkcs11-provider, loaded into the ``_ssl``
libcrypto (:mod:`.provider`), then lets Python's ``ssl`` use the key through a key "file" that only names it
(RFC 7512 URI). The key never leaves the card; the PIN is used for the login (and offered once more to the
provider's password callback) and then dropped.

Login state in PKCS#11 belongs to the *application* (the process), not to a session: the login session kept
here keeps the card unlocked for this process's TLS handshakes, and :meth:`Pkcs11Credential.forget` closes it,
which logs the process out — the next use asks for the PIN again.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from pkcs11 import Attribute, ObjectClass, TokenFlag
from pkcs11 import exceptions as p11

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import provider, tokens
from desktop_app.core.tls._private_file import private_file
from desktop_app.core.tls.certificate import CertificateInfo, certificate_info
from desktop_app.core.tls.cryptolib import default_pkcs11_module
from desktop_app.core.tls.pin import PinProvider, SecretRequest
from desktop_app.core.tls.pkcs11_worker import Pkcs11Worker
from desktop_app.core.tls.sigalgs import restrict_to_pkcs1
from desktop_app.core.tls.trust import build_client_context

log = logging.getLogger(__name__)

# PIN answers taken in one ssl_context() call: a CPS card locks after 3 wrong PINs, so one call can never lock it.
MAX_ATTEMPTS = 2


@dataclass(frozen=True)
class _CardState:
    token_label: str
    key_label: str
    info: CertificateInfo
    supports_pss: bool
    flags: TokenFlag


class Pkcs11Credential:
    """A ``[credentials.NAME]`` of ``type = "pkcs11"``. Thread-safe; cheap to create (no I/O)."""

    kind: Literal["pkcs11"] = "pkcs11"

    def __init__(self, config: CredentialConfig, pin_provider: PinProvider, worker: Pkcs11Worker) -> None:
        self.name = config.name
        self.module = config.module or default_pkcs11_module()
        self._config = config
        self._pin_provider = pin_provider
        self._worker = worker
        self._lock = threading.RLock()
        self._contexts: dict[Path | None, ssl.SSLContext] = {}
        self._session: Any = None  # python-pkcs11 Session holding the login; touched only on the worker
        self._logged_in = False

    def certificate(self) -> CertificateInfo:
        """The card's certificate for ``key_label``, read without a PIN (token listing on the worker)."""
        with self._lock:
            return self._inspect().info

    def signature_scheme(self) -> Literal["pkcs1", "pss"]:
        """``pkcs1`` when configured so, or ``auto`` and the token lists no RSA-PSS mechanism (CPS3)."""
        with self._lock:
            return _scheme(self._config.signature_scheme, self._inspect().supports_pss)

    def ssl_context(self, ca_bundle: Path | None) -> ssl.SSLContext:
        """A client context whose key is on the card; asks the PIN the first time (and after :meth:`forget`)."""
        with self._lock:
            state = self._inspect()
            cached = self._contexts.get(ca_bundle)
            if cached is not None and self._logged_in:
                return cached
            if state.info.expired():
                raise CredentialError(
                    f"the card certificate of {self.name!r} expired on {state.info.not_after:%Y-%m-%d}",
                    code="credential.expired",
                    credential=self.name,
                    not_after=state.info.not_after.isoformat(),
                )
            if state.info.expires_soon():
                log.warning("credential %s: certificate expires on %s", self.name, state.info.not_after.date())
            provider.ensure_loaded(self.module, self._config.provider)  # before the PIN: fail before the user types
            # PKCS#11 logins belong to the process: a second context (another CA bundle) needs no second PIN.
            just_logged_in = not self._logged_in
            pin = self._login(state) if just_logged_in else None
            try:
                scheme = _scheme(self._config.signature_scheme, state.supports_pss)
                context = build_client_context(ca_bundle, max_tls12=scheme == "pkcs1")
                if scheme == "pkcs1":
                    restrict_to_pkcs1(context)
                self._load_key(context, state, pin)
            except BaseException:
                if just_logged_in:
                    self.forget()  # do not leave the card unlocked for a context that does not exist
                raise
            finally:
                del pin
            self._contexts[ca_bundle] = context
            log.info("credential %s: TLS client context ready (pkcs11, %s, %s)", self.name, scheme, state.info.subject)
            return context

    def forget(self) -> None:
        """Drop the cached contexts and log this process out of the card (the next use asks the PIN again)."""
        with self._lock:
            self._contexts.clear()
            self._logged_in = False
            session, self._session = self._session, None
        if session is not None:
            try:
                self._worker.submit(lambda: _close_quietly(session), timeout=5.0)
            except CredentialError:
                log.info("credential %s: the card did not answer the logout", self.name)

    # -- steps -------------------------------------------------------------------------------------------------

    def _inspect(self) -> _CardState:
        """Token present, its certificate for ``key_label`` and mechanisms; forgets everything if the card is gone."""
        try:
            return self._worker.submit(self._read_state)
        except CredentialError as exc:
            if exc.code == "credential.token_absent":
                self.forget()
            raise

    def _read_state(self) -> _CardState:  # on the worker
        lib = tokens.open_module(self.module)
        try:
            slot, token = _find_token(lib, self._config.token_label)
            if self._session is not None:
                # C_FindObjects on the login session: fails once the card was pulled out, even if re-inserted.
                next(iter(self._session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE})), None)
            certificates = tokens.token_certificates(token)
            mechanisms = set(slot.get_mechanisms())
            flags = TokenFlag(int(token.flags))
        except tokens.TOKEN_GONE:
            raise CredentialError(
                "the card was removed", code="credential.token_absent", token=self._config.token_label
            ) from None
        label, der = _pick_certificate(certificates, self._config.key_label, self.name)
        return _CardState(
            token_label=str(token.label),
            key_label=label,
            info=certificate_info(der),
            supports_pss=tokens.supports_pss(mechanisms),
            flags=flags,
        )

    def _login(self, state: _CardState) -> str:
        """Ask the PIN and check it with a login kept open (``self._session``) until :meth:`forget`."""
        flags = state.flags
        retry = False
        for _attempt in range(MAX_ATTEMPTS):
            if flags & TokenFlag.USER_PIN_LOCKED:
                raise CredentialError("the card PIN is locked", code="credential.pin_locked", credential=self.name)
            pin = self._pin_provider.ask(
                SecretRequest(
                    kind="pin",
                    credential=self.name,
                    label=state.token_label,
                    tries_left=_tries_left(flags),
                    retry=retry,
                    pin_count_low=bool(flags & TokenFlag.USER_PIN_COUNT_LOW),
                    env_var=self._config.pin_env,
                )
            )
            if pin is None:
                if retry:
                    break
                raise CredentialError("PIN entry cancelled", code="credential.cancelled", credential=self.name)
            accepted, flags = self._worker.submit(functools.partial(self._try_login, state.token_label, pin))
            if accepted:
                self._logged_in = True
                return pin
            retry = True
        raise CredentialError(
            "wrong PIN", code="credential.pin_incorrect", credential=self.name, tries_left=_tries_left(flags)
        )

    def _try_login(self, token_label: str, pin: str) -> tuple[bool, TokenFlag]:  # on the worker
        """(PIN accepted, token flags after the attempt). Keeps the login session open on success."""
        try:
            slot, token = _find_token(tokens.open_module(self.module), token_label)
        except tokens.TOKEN_GONE:
            raise CredentialError("the card was removed", code="credential.token_absent", token=token_label) from None
        try:
            self._session = token.open(user_pin=pin)
        except p11.UserAlreadyLoggedIn:
            # Another credential of this card holds this process's login (PKCS#11 logins are per process).
            log.info("credential %s: the card is already unlocked in this process", self.name)
        except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
            return False, _flags(slot)
        except p11.PinLocked:
            raise CredentialError(
                "the card PIN is locked", code="credential.pin_locked", credential=self.name
            ) from None
        except tokens.TOKEN_GONE:
            raise CredentialError("the card was removed", code="credential.token_absent", token=token_label) from None
        return True, _flags(slot)

    def _load_key(self, context: ssl.SSLContext, state: _CardState, pin: str | None) -> None:
        uri = provider.key_uri(state.token_label, state.key_label)
        asked: list[bool] = []

        def password() -> str:
            asked.append(True)  # the provider was not logged in after all: give it the PIN checked above
            return pin or ""

        cert_pem = x509.load_der_x509_certificate(state.info.der).public_bytes(serialization.Encoding.PEM)
        with (
            private_file(cert_pem, name="card-cert.pem") as cert_path,
            private_file(provider.key_reference_pem(uri), name="card-key.pem") as key_path,
        ):
            try:
                context.load_cert_chain(cert_path, key_path, password=password)
            except (ssl.SSLError, OSError):
                # OpenSSL reports a key it cannot open as FileNotFoundError / "PEM lib": say what it means.
                if asked:  # the provider logged in itself, with the PIN the card had just accepted: key missing
                    log.info("credential %s: the pkcs11-provider asked for the PIN", self.name)
                raise CredentialError(
                    f"no usable private key {state.key_label!r} on the card",
                    code="credential.unreadable",
                    credential=self.name,
                    key=state.key_label,
                ) from None


def _scheme(configured: str, token_supports_pss: bool) -> Literal["pkcs1", "pss"]:
    if configured == "pkcs1" or not token_supports_pss:
        return "pkcs1"
    return "pss"


def _tries_left(flags: TokenFlag) -> int | None:
    """PKCS#11 exposes no counter: only "final try" (1 left) is an exact number."""
    return 1 if flags & TokenFlag.USER_PIN_FINAL_TRY else None


def _flags(slot: Any) -> TokenFlag:
    """Fresh token flags (python-pkcs11's Token keeps those of the C_GetTokenInfo that created it)."""
    try:
        return TokenFlag(int(slot.get_token().flags))
    except p11.PKCS11Error:
        return TokenFlag(0)


def _find_token(lib: Any, token_label: str) -> tuple[Any, Any]:
    """The token labelled ``token_label``, or the only token present when no label is configured."""
    if token_label:
        return tokens.find_token(lib, token_label)
    present = list(tokens.present_tokens(lib))
    if len(present) != 1:
        raise CredentialError(
            f"{len(present)} tokens present and no token_label configured",
            code="credential.token_absent",
            token="",
            count=len(present),
        )
    return present[0]


def _pick_certificate(certificates: list[tuple[str, bytes]], key_label: str, name: str) -> tuple[str, bytes]:
    """The certificate labelled like the key (cards label the pair alike), or the only one when no label is set."""
    matching = [c for c in certificates if c[0] == key_label] if key_label else certificates
    if len(matching) == 1 or (key_label and matching):
        return matching[0]
    raise CredentialError(
        f"no certificate labelled {key_label!r} on the card" if key_label else "several certificates: set key_label",
        code="credential.unreadable",
        credential=name,
        key=key_label,
    )


def _close_quietly(session: Any) -> None:
    # The card may be gone or already logged out: then there is nothing left to close.
    with contextlib.suppress(p11.PKCS11Error):
        session.close()
