"""Workstation checks for ``desktop-app doctor``: name resolution, TLS and trust, clock, keyring, credentials.

Each check returns a :class:`Check` — a status, a stable code and non-secret parameters — and never raises for
the condition it checks: ``doctor`` must report every problem in one run, not stop at the first. The wording
(French first) belongs to the command line; the core only says what it found.

Why these checks: they are the causes of most failed sign-ins and API calls seen in the field — an IGC Santé
chain missing from the trust anchors, a workstation clock off by minutes (PSC access tokens live 2 minutes), a
keyring that refuses to store, a certificate expired or about to, a card middleware that is not installed.
"""

from __future__ import annotations

import email.utils
import logging
import socket
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import httpx
from cryptography import x509
from cryptography.exceptions import InvalidSignature

from desktop_app.core.config import CredentialConfig
from desktop_app.core.errors import AppError, CredentialError, ParamValue, VaultError
from desktop_app.core.http import send
from desktop_app.core.tls.credentials import default_pkcs11_module
from desktop_app.core.tls.trust import build_ssl_context

if TYPE_CHECKING:
    from desktop_app.core.api.connections import ClientPool
    from desktop_app.core.tls.certificate import CertificateInfo
    from desktop_app.core.tls.credentials import Credential
    from desktop_app.core.tls.tokens import TokenInfo

log = logging.getLogger(__name__)

Status = Literal["ok", "warn", "fail"]
#: Clock skew tolerated silently, and the skew above which tokens of a few minutes become unusable.
SKEW_WARN, SKEW_FAIL = 30.0, 120.0
_MAX_CHAIN = 6


@dataclass(frozen=True)
class Check:
    """One finding: ``status``, a stable ``code`` (``tls.untrusted``…), parameters for the wording, and the typed
    error behind a failure when there is one (worded by ``gui/error_messages.py``)."""

    status: Status
    code: str
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    error: AppError | None = None


def check_dns(url: str) -> Check:
    """The host of ``url`` resolves (a name that does not is the first thing to rule out)."""
    host = httpx.URL(url).host
    try:
        addresses = {str(info[4][0]) for info in socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)}
    except (OSError, UnicodeError) as exc:
        return Check("fail", "dns.failed", {"host": host, "reason": str(exc)})
    return Check("ok", "dns.ok", {"host": host, "addresses": ", ".join(sorted(addresses))})


def check_tls(url: str, ca_bundle: Path | None, *, timeout: float = 10.0) -> Check:
    """A TLS handshake with the origin of ``url``, trusting the OS store plus ``ca_bundle`` (RFC 8446 §4.4.2: the
    server's chain and name are verified before anything else happens).

    No client certificate is sent: a server that requires one (RFC 8446 §4.3.2) still proves here that its own
    certificate is trusted, since the client checks it before being asked for its own.
    """
    parts = httpx.URL(url)
    origin = f"{parts.scheme}://{parts.host}:{parts.port or 443}"
    try:
        context = build_ssl_context(ca_bundle)
    except AppError as exc:
        return Check("fail", "tls.bad_bundle", {"origin": origin}, exc)
    try:
        with (
            socket.create_connection((parts.host, parts.port or 443), timeout=timeout) as raw,
            context.wrap_socket(raw, server_hostname=parts.host) as tls,
        ):
            return Check("ok", "tls.ok", {"origin": origin, "version": tls.version() or "?"})
    except ssl.SSLCertVerificationError as exc:
        return Check("fail", "tls.untrusted", {"origin": origin, "reason": exc.verify_message or str(exc)})
    except ssl.SSLError as exc:
        if exc.reason in ("TLSV13_ALERT_CERTIFICATE_REQUIRED", "SSLV3_ALERT_HANDSHAKE_FAILURE"):
            return Check("ok", "tls.ok_client_certificate", {"origin": origin, "version": "TLSv1.2"})
        return Check("fail", "tls.refused", {"origin": origin, "reason": exc.reason or str(exc)})
    except OSError as exc:
        return Check("fail", "tls.unreachable", {"origin": origin, "reason": exc.strerror or str(exc)})


def check_clock(http: httpx.Client, url: str, *, now: Callable[[], float] = time.time) -> Check:
    """The skew between this computer and the server, from the ``Date`` header (RFC 9110 §6.6.1, 1 s precision)."""
    before = now()
    try:
        response = send(http, "GET", url)
    except AppError as exc:
        return Check("warn", "clock.unchecked", {"url": url}, exc)
    after = now()
    date = response.headers.get("date")
    try:
        server = email.utils.parsedate_to_datetime(date).timestamp() if date else None
    except (TypeError, ValueError):
        server = None
    if server is None:
        return Check("warn", "clock.unchecked", {"url": url})
    skew = (before + after) / 2 - server
    params: dict[str, ParamValue] = {"seconds": round(abs(skew)), "direction": "ahead" if skew > 0 else "behind"}
    if abs(skew) >= SKEW_FAIL:
        return Check("fail", "clock.skewed", params)
    if abs(skew) >= SKEW_WARN:
        return Check("warn", "clock.skewed", params)
    return Check("ok", "clock.ok", params)


def check_keyring(probe: Callable[[], None], backend: Callable[[], str | None]) -> Check:
    """The OS keyring stores, returns and deletes a throwaway entry (``KeyringVault.check``)."""
    try:
        probe()
    except VaultError as exc:
        return Check("fail", "keyring.failed", {}, exc)
    return Check("ok", "keyring.ok", {"backend": backend() or "?"})


def check_certificate(
    credential: Credential, *, now: datetime | None = None
) -> tuple[list[Check], CertificateInfo | None]:
    """The credential's certificate can be read (without its secret) and is valid now; expiring within 30 days
    is a warning (IGC Santé renewals take days)."""
    try:
        info = credential.certificate()
    except CredentialError as exc:
        # A .p12 whose certificate is encrypted too cannot be read before its password is given: not a fault.
        status: Status = "warn" if exc.code == "credential.locked" else "fail"
        return [Check(status, "credential.unusable", {"credential": credential.name}, exc)], None
    found = Check(
        "ok",
        "credential.loaded",
        {"credential": credential.name, "kind": credential.kind, "subject": info.subject, "issuer": info.issuer},
    )
    dates: dict[str, ParamValue] = {
        "credential": credential.name,
        "not_before": info.not_before.date().isoformat(),
        "not_after": info.not_after.date().isoformat(),
    }
    if info.expired(now):
        validity = Check("fail", "credential.expired", dates)
    elif info.not_yet_valid(now):
        validity = Check("fail", "credential.not_yet_valid", dates)
    elif info.expires_soon(now):
        validity = Check("warn", "credential.expires_soon", dates)
    else:
        validity = Check("ok", "credential.valid", dates)
    return [found, validity], info


def check_chain(info: CertificateInfo, ca_bundle: Path | None) -> Check:
    """The certificate chains, signature by signature, to a self-signed anchor of ``ca_bundle`` (RFC 5280 §6.1,
    names and signatures only: the servers apply the full path validation)."""
    if ca_bundle is None:
        return Check("warn", "chain.no_bundle", {"issuer": info.issuer})
    try:
        anchors = x509.load_pem_x509_certificates(ca_bundle.read_bytes())
    except (OSError, ValueError):
        return Check("fail", "chain.bad_bundle", {"file": str(ca_bundle)})
    current = x509.load_der_x509_certificate(info.der)
    for _ in range(_MAX_CHAIN):
        parent = next((c for c in anchors if c.subject == current.issuer and _signed_by(current, c)), None)
        if parent is None:
            return Check(
                "warn", "chain.incomplete", {"issuer": current.issuer.rfc4514_string(), "file": str(ca_bundle)}
            )
        if parent.subject == parent.issuer:
            return Check("ok", "chain.ok", {"root": parent.subject.rfc4514_string()})
        current = parent
    return Check("warn", "chain.incomplete", {"issuer": current.issuer.rfc4514_string(), "file": str(ca_bundle)})


def check_mutual_tls(pool: ClientPool, credential: Credential, ca_bundle: Path | None, url: str) -> Check:
    """An HTTP request to ``url`` over mTLS with ``credential``: any HTTP answer proves that the server accepted
    the certificate and its chain (RFC 8446 §4.4.2.4). A secret that is not available without a prompt
    (``password_env``/``pin_env``) makes this a warning, not a failure."""
    origin = _origin(url)
    try:
        response = send(pool.client(credential, ca_bundle), "GET", url)
    except CredentialError as exc:
        if exc.code == "credential.cancelled":
            return Check("warn", "mtls.no_secret", {"credential": credential.name, "origin": origin})
        return Check("fail", "mtls.credential", {"credential": credential.name, "origin": origin}, exc)
    except AppError as exc:
        return Check("fail", "mtls.refused", {"credential": credential.name, "origin": origin}, exc)
    return Check("ok", "mtls.ok", {"credential": credential.name, "origin": origin, "status": response.status_code})


def check_card(config: CredentialConfig, list_cards: Callable[[str], list[TokenInfo]]) -> Check:
    """A PKCS#11 credential's token is present with its certificate, listed WITHOUT a PIN (PKCS#11 public objects
    and token flags), so that ``doctor`` never spends one of the card's few PIN tries."""
    module = config.module or default_pkcs11_module()
    params: dict[str, ParamValue] = {"credential": config.name, "label": config.token_label or "?", "module": module}
    try:
        tokens = list_cards(module)
    except CredentialError as exc:
        return Check("fail", "card.unusable", params, exc)
    except Exception as exc:  # a middleware's own exception: doctor reports it instead of stopping
        log.exception("listing the tokens of %s failed", module)
        return Check("fail", "card.failed", {**params, "reason": type(exc).__name__})
    token = next((t for t in tokens if not config.token_label or t.label == config.token_label), None)
    if token is None:
        return Check("fail", "card.absent", {**params, "found": ", ".join(t.label for t in tokens) or "—"})
    if token.pin_locked:
        return Check("fail", "card.pin_locked", params)
    certificate = token.certificate(config.key_label) if config.key_label else None
    if certificate is None and not config.key_label and token.certificates:
        certificate = token.certificates[0]
    if certificate is None:
        return Check("fail", "card.no_certificate", {**params, "key": config.key_label or "?"})
    details = {**params, "subject": certificate.subject, "signatures": "PSS" if token.supports_pss else "PKCS#1"}
    return Check("ok", "card.present", details)


def _signed_by(child: x509.Certificate, parent: x509.Certificate) -> bool:
    try:
        child.verify_directly_issued_by(parent)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _origin(url: str) -> str:
    parts = httpx.URL(url)
    return f"{parts.scheme}://{parts.host}:{parts.port or 443}"
