"""Trust anchors and the client-side ``ssl.SSLContext``.

PSC's public endpoints chain to public roots (the OS trust store, through ``truststore``); IGC Santé roots
are not in public stores, so each environment may add a ``ca_bundle``. TLS 1.2 is the minimum (CI-SIS
transport guide: TLS 1.3 recommended, 1.2 tolerated, older forbidden) and host-name checks are always on.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore

from desktop_app.core.errors import ConfigError


def build_ssl_context(ca_bundle: Path | None = None) -> ssl.SSLContext:
    """A client context trusting the OS store plus ``ca_bundle`` (PEM), TLS >= 1.2, hostname checked."""
    ctx: ssl.SSLContext = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
    if ca_bundle is not None:
        try:
            ctx.load_verify_locations(cafile=str(ca_bundle))
        except (OSError, ssl.SSLError) as exc:
            raise ConfigError(
                f"cannot read the CA bundle {ca_bundle}: {exc}", code="config.ca_bundle", file=str(ca_bundle)
            ) from None
    return ctx


def build_client_context(ca_bundle: Path | None = None, *, max_tls12: bool = False) -> ssl.SSLContext:
    """The context a client credential loads its certificate into: :func:`build_ssl_context`, optionally capped.

    ``max_tls12`` serves cards that cannot sign RSA-PSS (CPS3): TLS 1.3 client authentication requires PSS
    (RFC 8446 §4.2.3), so such a card can only authenticate over TLS 1.2 with PKCS#1 v1.5 signatures (the
    signature algorithms are restricted by :mod:`desktop_app.core.tls.sigalgs`).
    """
    ctx = build_ssl_context(ca_bundle)
    if max_tls12:
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    return ctx
