"""TLS 1.2 with RSA PKCS#1 v1.5 client signatures, for cards that cannot sign RSA-PSS (CPS3).

OpenSSL signs the CertificateVerify with RSA-PSS whenever the server allows it, even on TLS 1.2, and TLS 1.3
client authentication allows only PSS (RFC 8446 §4.2.3). A CPS3 card accepts only ``CKM_RSA_PKCS``, so the
handshake must be capped at TLS 1.2 and the client must offer only ``RSA+SHA256:RSA+SHA384:RSA+SHA512``
(RFC 5246 §7.4.1.4.1 signature_algorithms, PKCS#1 v1.5).

Python's ``ssl`` gains ``SSLContext.set_client_sigalgs()`` only in 3.15. Before that the list is set with
``SSL_CTX_ctrl(SSL_CTRL_SET_CLIENT_SIGALGS_LIST)`` on the context's ``SSL_CTX``, reached through ctypes. The
assumption, checked before use: in CPython 3.11–3.14 ``Modules/_ssl.c`` declares ``PySSLContext`` as
``PyObject_HEAD`` followed by ``SSL_CTX *ctx``, so the pointer sits ``object.__basicsize__`` bytes into the
object. Before writing anything, two values Python set through its own API (maximum protocol version and
options) must read back identically through that pointer; anything else fails closed with
``credential.tls_unsupported`` rather than touch unknown memory.
"""

from __future__ import annotations

import _ssl
import ctypes
import ssl
import sys
from typing import cast

import truststore

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import _openssl

PKCS1_CLIENT_SIGALGS = "RSA+SHA256:RSA+SHA384:RSA+SHA512"
TLS1_2_VERSION = 0x0303

# The CPython versions whose PySSLContext layout was checked (first field after the object header: SSL_CTX *).
_CHECKED_LAYOUT = ((3, 11), (3, 15))


def restrict_to_pkcs1(context: ssl.SSLContext) -> None:
    """Cap ``context`` at TLS 1.2 and make it offer only PKCS#1 v1.5 client signature algorithms."""
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.maximum_version = ssl.TLSVersion.TLSv1_2
    target = _openssl_context(context)
    native = getattr(target, "set_client_sigalgs", None)
    if callable(native):  # Python >= 3.15
        native(PKCS1_CLIENT_SIGALGS)
        return
    pointer = _ssl_ctx_pointer(target)
    done = _openssl.function("SSL_CTX_ctrl")(
        pointer, _openssl.SSL_CTRL_SET_CLIENT_SIGALGS_LIST, 0, PKCS1_CLIENT_SIGALGS.encode("ascii")
    )
    if done != 1:
        _openssl.clear_errors()
        raise CredentialError("OpenSSL refused the client signature algorithms", code="credential.tls_unsupported")


def client_sigalgs_supported() -> bool:
    """True when :func:`restrict_to_pkcs1` can work in this interpreter (for ``doctor``)."""
    try:
        restrict_to_pkcs1(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT))
    except CredentialError:
        return False
    return True


def _openssl_context(context: ssl.SSLContext) -> ssl.SSLContext:
    """The ``_ssl._SSLContext`` that really makes the connections.

    ``truststore.SSLContext`` is a facade: it forwards settings, certificates and ``wrap_socket`` to the plain
    ``ssl.SSLContext`` it keeps in ``_ctx`` (truststore 0.9-0.10), and its own ``SSL_CTX`` is never used.
    """
    target: object = context
    if isinstance(context, truststore.SSLContext):
        target = getattr(context, "_ctx", None)
    if not isinstance(target, _ssl._SSLContext) or isinstance(target, truststore.SSLContext):
        raise CredentialError(
            "unexpected SSL context type: cannot set client signature algorithms", code="credential.tls_unsupported"
        )
    return cast(ssl.SSLContext, target)  # _ssl._SSLContext is ssl.SSLContext's base: same object


def _ssl_ctx_pointer(target: ssl.SSLContext) -> int:
    version = sys.version_info[:2]
    if sys.implementation.name != "cpython" or not (_CHECKED_LAYOUT[0] <= version < _CHECKED_LAYOUT[1]):
        raise CredentialError(
            f"client signature algorithms need CPython 3.11-3.14 or >= 3.15 (this is {sys.version.split()[0]})",
            code="credential.tls_unsupported",
        )
    # CPython: id() is the object's address; the SSL_CTX * is the first field after PyObject_HEAD.
    pointer = ctypes.c_void_p.from_address(id(target) + object.__basicsize__).value
    if not pointer:
        raise CredentialError("no SSL_CTX in the SSL context object", code="credential.tls_unsupported")
    ctrl = _openssl.function("SSL_CTX_ctrl")
    same_version = ctrl(pointer, _openssl.SSL_CTRL_GET_MAX_PROTO_VERSION, 0, None) == TLS1_2_VERSION
    same_options = _openssl.function("SSL_CTX_get_options")(pointer) == int(target.options)
    if not (same_version and same_options):
        raise CredentialError(
            "the SSL context layout is not the expected one", code="credential.tls_unsupported"
        )  # pragma: no cover - only on an interpreter whose layout changed
    return int(pointer)
