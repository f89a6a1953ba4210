"""The few OpenSSL 3 calls Python's ``ssl`` module does not offer, made on the very library ``_ssl`` uses.

Loading a provider or setting client signature algorithms only has an effect on the libcrypto/libssl that
``_ssl`` is linked against (a second copy would be a different library with its own state). So symbols are
looked up through ``_ssl``'s own shared object: ``dlsym`` on a library handle searches that library and its
dependencies, i.e. exactly the libssl/libcrypto it loaded. A Python whose ``_ssl`` is built in or statically
linked (no exported symbols) gets a clear ``credential.tls_unsupported`` instead of a wrong library.
"""

from __future__ import annotations

import ctypes
import functools
from typing import Any

from desktop_app.core.errors import CredentialError

# include/openssl/crypto.h
OPENSSL_INFO_MODULES_DIR = 1003
OPENSSL_INFO_DSO_EXTENSION = 1004
# include/openssl/ssl.h
SSL_CTRL_SET_CLIENT_SIGALGS_LIST = 102
SSL_CTRL_GET_MIN_PROTO_VERSION = 130
SSL_CTRL_GET_MAX_PROTO_VERSION = 131

_SIGNATURES: dict[str, tuple[Any, list[Any]]] = {
    "OSSL_PROVIDER_load": (ctypes.c_void_p, [ctypes.c_void_p, ctypes.c_char_p]),
    "OPENSSL_info": (ctypes.c_char_p, [ctypes.c_int]),
    "UI_null": (ctypes.c_void_p, []),
    "UI_set_default_method": (None, [ctypes.c_void_p]),
    "ERR_clear_error": (None, []),
    "SSL_CTX_ctrl": (ctypes.c_long, [ctypes.c_void_p, ctypes.c_int, ctypes.c_long, ctypes.c_void_p]),
    "SSL_CTX_get_options": (ctypes.c_uint64, [ctypes.c_void_p]),
}


def function(name: str) -> Any:
    """The typed ctypes function ``name`` from the OpenSSL that ``_ssl`` uses."""
    library = _library()
    try:
        func = getattr(library, name)
    except AttributeError:
        raise CredentialError(
            f"this Python's ssl module does not expose OpenSSL's {name}",
            code="credential.tls_unsupported",
            symbol=name,
        ) from None
    restype, argtypes = _SIGNATURES[name]
    func.restype = restype
    func.argtypes = argtypes
    return func


def clear_errors() -> None:
    """Empty this thread's OpenSSL error queue, so a failure of ours is not reported by a later ``ssl`` call."""
    function("ERR_clear_error")()


def info(item: int) -> str:
    value = function("OPENSSL_info")(item)
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else ""


@functools.cache
def _library() -> ctypes.CDLL:
    import _ssl

    path = getattr(_ssl, "__file__", None)
    if not path:
        raise CredentialError(
            "this Python's ssl module is built in: its OpenSSL cannot be reached",
            code="credential.tls_unsupported",
        )
    try:
        return ctypes.CDLL(path)
    except OSError:
        raise CredentialError(
            "this Python's ssl module cannot be opened by ctypes", code="credential.tls_unsupported"
        ) from None
