"""OpenSSL's pkcs11-provider, loaded at run time, so Python's own ``ssl`` can use a key that stays on the card.

``load_cert_chain`` reads keys through OpenSSL's store API; with the pkcs11-provider loaded, a key "file" may
be a reference to a token object instead of key material. Loading is done with ``OSSL_PROVIDER_load`` on the
libcrypto that ``_ssl`` uses (:mod:`._openssl`), which works whatever was imported before (an ``OPENSSL_CONF``
would have to be set before the first ``import ssl``, and httpx, authlib and keyring all import it).

Process-wide facts, because libcrypto's default library context is process-wide:
- the provider reads the PKCS#11 module path from ``PKCS11_PROVIDER_MODULE`` when it initialises, so one
  process serves ONE module through it (a second, different module is refused with
  ``credential.module_conflict``; several tokens and keys of that module are fine);
- OpenSSL's default UI would prompt for a PIN on the terminal from inside a handshake (a provider that lost its
  login asks it there): the UI is replaced by ``UI_null()`` so such a handshake fails instead of hanging.
"""

from __future__ import annotations

import base64
import logging
import os
import threading
from pathlib import Path
from urllib.parse import quote

from desktop_app.core.errors import CredentialError
from desktop_app.core.tls import _openssl

log = logging.getLogger(__name__)

MODULE_ENV = "PKCS11_PROVIDER_MODULE"
PEM_LABEL = "PKCS#11 PROVIDER URI"
URI_DER_VERSION = "PKCS#11 Provider URI v1.0"

_lock = threading.Lock()
_loaded: dict[str, str] = {}  # {"module": …, "provider": …} once loaded into this process


def ensure_loaded(module: str, provider: str = "") -> str:
    """Load the pkcs11-provider for ``module`` into this process (once); returns the provider's path."""
    with _lock:
        if _loaded:
            if _loaded["module"] != module:
                raise CredentialError(
                    "the OpenSSL pkcs11-provider already serves another PKCS#11 module in this process",
                    code="credential.module_conflict",
                    module=module,
                    loaded=_loaded["module"],
                )
            return _loaded["provider"]
        path = provider_path(provider)
        os.environ[MODULE_ENV] = module
        load = _openssl.function("OSSL_PROVIDER_load")
        # Explicitly loading a provider turns off OpenSSL's implicit fallback to "default": keep it loaded.
        if not load(None, b"default") or not load(None, os.fsencode(path)):
            _openssl.clear_errors()
            raise CredentialError(
                f"OpenSSL could not load the pkcs11-provider {path}", code="credential.provider_missing", path=path
            )
        _openssl.function("UI_set_default_method")(_openssl.function("UI_null")())
        _loaded.update(module=module, provider=path)
        log.info("OpenSSL pkcs11-provider loaded: %s (module %s)", path, module)
        return path


def provider_path(configured: str = "") -> str:
    """Where the provider is: the credential's ``provider``, else ``$OPENSSL_MODULES``, else OpenSSL's modules dir."""
    if configured:
        candidates = [Path(configured)]
    else:
        extension = _openssl.info(_openssl.OPENSSL_INFO_DSO_EXTENSION) or ".so"
        folders = [os.environ.get("OPENSSL_MODULES", ""), _openssl.info(_openssl.OPENSSL_INFO_MODULES_DIR)]
        names = dict.fromkeys(("pkcs11" + extension, "pkcs11.so"))
        candidates = [Path(folder) / name for folder in folders if folder for name in names]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise CredentialError(
        "OpenSSL pkcs11-provider not found (looked in: " + ", ".join(map(str, candidates)) + ")",
        code="credential.provider_missing",
        path=str(candidates[0]) if candidates else "",
    )


def key_uri(token_label: str, key_label: str) -> str:
    """RFC 7512 URI of the private key ``key_label`` on the token ``token_label`` (values percent-encoded)."""
    return f"pkcs11:token={_pct(token_label)};object={_pct(key_label)};type=private"


def key_reference_pem(uri: str) -> bytes:
    """The "key file" the provider's decoder recognises (a raw ``pkcs11:`` string is not accepted).

    ``-----BEGIN PKCS#11 PROVIDER URI-----`` around the DER of
    ``SEQUENCE { VisibleString "PKCS#11 Provider URI v1.0", UTF8String uri }`` (pkcs11-provider's
    ``provider-uri`` format). It names the key; it holds no secret.
    """
    body = _der(0x30, _der(0x1A, URI_DER_VERSION.encode("ascii")) + _der(0x0C, uri.encode("utf-8")))
    lines = base64.encodebytes(body).decode("ascii")
    return f"-----BEGIN {PEM_LABEL}-----\n{lines}-----END {PEM_LABEL}-----\n".encode("ascii")


def _der(tag: int, content: bytes) -> bytes:
    """One DER TLV (X.690 §8.1: short length form below 128 bytes, long form above)."""
    size = len(content)
    if size < 0x80:
        length = bytes([size])
    else:
        raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
        length = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + length + content


def _pct(value: str) -> str:
    # RFC 7512 §2.3: pk11-pchar allows unreserved characters and a few sub-delims; encode everything else.
    return quote(value, safe="-._~:[]@!$'()*+,=&")
